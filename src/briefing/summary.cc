// The choices made from a story's text: headline, summary, perspectives, key quotes. See
// story_text.h; the rules are in newsdesk/briefing.h.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "briefing/quotes.h"
#include "briefing/story_text.h"
#include "util/text_shape.h"

namespace newsdesk::briefing {
namespace {

// Headlines: a question or an exclamation does not state the event, a quoted headline states
// someone's words, a short one (under kFullHeadlineWords words) leaves the event out.
constexpr double kQuestionFactor = 0.4;
constexpr double kExclamationFactor = 0.5;
constexpr double kQuotedFactor = 0.7;
constexpr double kAllCapsFactor = 0.7;
constexpr int kFullHeadlineWords = 7;

// Summaries read the first sentences of each article (news puts the facts first) ...
constexpr int kSummaryReadSentences = 15;
// ... and favour early ones: a sentence's weight is 1 / (1 + kPositionDecay * its index).
constexpr double kPositionDecay = 0.1;
// A question informs less than a statement; a sentence opening with "But" or "He" needs the one
// before it; one opening with a quote is someone's words rather than the facts.
constexpr double kSummaryQuestionFactor = 0.5;
constexpr double kDependentFactor = 0.7;
constexpr double kOpensWithQuoteFactor = 0.85;
// Two sentences closer than this (cosine) say the same thing: the second is left out.
constexpr float kRedundantCosine = 0.5F;

// Angles: a sentence must be about the story (cosine with its centre at least this) ...
constexpr float kMinAngleRelevance = 0.05F;
// ... and not said by another outlet too (a wire copy's sentences are no one's angle) ...
constexpr float kMaxAngleEcho = 0.8F;
// ... and the reading is bounded: an outlet's first kAngleReadSentences sentences are compared
// with the first kAngleOtherSentences of at most kAngleMaxOthers other outlets (the most central
// ones), so a story of O outlets costs O * 20 * 30 * 10 products at most, not O^2 * 400.
constexpr int kAngleReadSentences = 20;
constexpr int kAngleOtherSentences = 10;
constexpr std::size_t kAngleMaxOthers = 30;

bool HasQuoteMarks(std::string_view s) {
  return s.find('"') != std::string_view::npos ||
         s.find("\xE2\x80\x9C") != std::string_view::npos ||  // “
         s.find("\xE2\x80\x9D") != std::string_view::npos ||  // ”
         s.find("\xC2\xAB") != std::string_view::npos ||      // «
         s.rfind('\'', 0) == 0 || s.find(" '") != std::string_view::npos ||
         s.find(" \xE2\x80\x98") != std::string_view::npos || s.rfind("\xE2\x80\x98", 0) == 0;
}

bool AllCaps(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 4;
}

double HeadlineScore(const ArticleText& m, const SparseVector& centroid) {
  std::string_view title = m.article->title;
  double score = Dot(m.title_vector, centroid);
  if (title.find('?') != std::string_view::npos) score *= kQuestionFactor;
  if (title.find('!') != std::string_view::npos) score *= kExclamationFactor;
  if (HasQuoteMarks(title)) score *= kQuotedFactor;
  if (AllCaps(title)) score *= kAllCapsFactor;
  int words = static_cast<int>(WordCount(title));
  if (words < kFullHeadlineWords) score *= double(words) / kFullHeadlineWords;
  // The outlet's name is not a headline (a page whose title is only the site's).
  if (LowerFolded(title) == LowerFolded(m.outlet)) score = 0;
  return score;
}

double SummaryScore(const Sentence& s, const SparseVector& v, const SparseVector& centroid) {
  double score = Dot(v, centroid) / (1.0 + kPositionDecay * s.index);
  if (s.question) score *= kSummaryQuestionFactor;
  if (s.dependent) score *= kDependentFactor;
  std::string_view t = s.text;
  if (!t.empty() && (t.front() == '"' || t.rfind("\xE2\x80\x9C", 0) == 0)) {
    score *= kOpensWithQuoteFactor;
  }
  return score;
}

// The first sentence that can stand as the outlet's lead: not a promotion, byline or link.
std::string LeadOf(const ArticleText& m) {
  for (const Sentence& s : m.sentences) {
    if (s.flaw == SentenceFlaw::kNone || s.flaw == SentenceFlaw::kTooLong ||
        s.flaw == SentenceFlaw::kCutOff) {
      if (s.words >= 4) return std::string(s.text);
    }
  }
  return m.article->description;
}

int LeanRank(std::string_view lean) {
  static constexpr std::string_view kOrder[] = {
      "left",   "lean left",    "center-left",  "centre-left", "center",
      "centre", "center-right", "centre-right", "lean right",  "right"};
  std::string lower = LowerFolded(lean);
  for (std::size_t i = 0; i < std::size(kOrder); ++i) {
    if (lower == kOrder[i]) return static_cast<int>(i);
  }
  return lean.empty() ? 100 : 50;
}

// The sentence of `own` that the other outlets say least, among those about the story.
std::string AngleOf(const ArticleText& own, const std::vector<const ArticleText*>& others,
                    const SparseVector& centroid, std::string_view lead) {
  double best = 0;
  std::string angle;
  for (std::size_t i = 0; i < own.sentences.size() && i < kAngleReadSentences; ++i) {
    const Sentence& s = own.sentences[i];
    const SparseVector& v = own.sentence_vectors[i];
    if (s.flaw != SentenceFlaw::kNone || s.text == lead || v.empty()) continue;
    float relevance = Dot(v, centroid);
    if (relevance < kMinAngleRelevance) continue;
    float closest = 0;
    for (const ArticleText* other : others) {
      for (std::size_t j = 0; j < other->sentence_vectors.size() && j < kAngleOtherSentences; ++j) {
        closest = std::max(closest, Dot(v, other->sentence_vectors[j]));
      }
    }
    if (closest >= kMaxAngleEcho) continue;
    double score = (1.0 - closest) * std::sqrt(relevance) / (1.0 + 0.03 * s.index);
    if (s.dependent) score *= kDependentFactor;
    if (score > best) {
      best = score;
      angle = std::string(s.text);
    }
  }
  return angle;
}

}  // namespace

std::string ChooseHeadline(const StoryText& story) {
  const ArticleText* best = nullptr;
  double best_score = -1;
  for (const ArticleText* m : story.members) {
    if (m->article->title.empty()) continue;
    double score = HeadlineScore(*m, story.centroid);
    if (score > best_score) {
      best_score = score;
      best = m;
    }
  }
  return best == nullptr ? std::string() : best->article->title;
}

std::vector<SummarySentence> Summarise(const StoryText& story, int max_sentences) {
  struct Candidate {
    const ArticleText* m;
    std::size_t i;
    double score;
  };
  std::vector<Candidate> candidates;
  for (const ArticleText* m : story.members) {
    for (std::size_t i = 0; i < m->sentences.size() && i < kSummaryReadSentences; ++i) {
      const Sentence& s = m->sentences[i];
      if (s.flaw != SentenceFlaw::kNone || m->sentence_vectors[i].empty()) continue;
      candidates.push_back({m, i, SummaryScore(s, m->sentence_vectors[i], story.centroid)});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  std::vector<Candidate> chosen;
  std::set<std::string_view> texts;
  for (const Candidate& c : candidates) {
    if (static_cast<int>(chosen.size()) >= max_sentences) break;
    const SparseVector& v = c.m->sentence_vectors[c.i];
    std::string_view text = c.m->sentences[c.i].text;
    if (texts.count(text) != 0) continue;
    bool redundant = std::any_of(chosen.begin(), chosen.end(), [&](const Candidate& o) {
      return Dot(v, o.m->sentence_vectors[o.i]) >= kRedundantCosine;
    });
    if (redundant) continue;
    texts.insert(text);
    chosen.push_back(c);
  }
  // The order of a news report: leads first, then what follows them; among equals, the article
  // that appeared first.
  std::stable_sort(chosen.begin(), chosen.end(), [](const Candidate& a, const Candidate& b) {
    if (a.i != b.i) return a.i < b.i;
    return a.m->order < b.m->order;
  });
  std::vector<SummarySentence> out;
  for (const Candidate& c : chosen) {
    out.push_back({std::string(c.m->sentences[c.i].text), c.m->article->id});
  }
  return out;
}

std::vector<Perspective> Perspectives(const StoryText& story, const OutletTable* outlets) {
  // Each outlet's most central article speaks for it.
  std::vector<std::string> order;
  std::map<std::string, std::pair<const ArticleText*, int>> by_outlet;
  for (const ArticleText* m : story.members) {
    auto [it, inserted] = by_outlet.try_emplace(m->outlet, m, 0);
    if (inserted) order.push_back(m->outlet);
    ++it->second.second;
    if (Dot(m->vector, story.centroid) > Dot(it->second.first->vector, story.centroid)) {
      it->second.first = m;
    }
  }
  std::vector<const ArticleText*> speakers;
  for (const std::string& outlet : order) speakers.push_back(by_outlet[outlet].first);
  // The outlets an angle is told apart from: the most central ones.
  std::vector<const ArticleText*> central = speakers;
  std::stable_sort(central.begin(), central.end(), [&](const ArticleText* a, const ArticleText* b) {
    return Dot(a->vector, story.centroid) > Dot(b->vector, story.centroid);
  });
  if (central.size() > kAngleMaxOthers + 1) central.resize(kAngleMaxOthers + 1);
  std::vector<Perspective> out;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const ArticleText& m = *speakers[k];
    Perspective p;
    p.outlet = order[k];
    p.article = m.article->id;
    p.url = m.article->url;
    p.title = m.article->title;
    p.lead = LeadOf(m);
    p.articles = by_outlet[order[k]].second;
    if (speakers.size() > 1) {
      std::vector<const ArticleText*> others;
      for (const ArticleText* c : central) {
        if (c != &m && others.size() < kAngleMaxOthers) others.push_back(c);
      }
      p.angle = AngleOf(m, others, story.centroid, p.lead);
    }
    if (outlets != nullptr) {
      if (const OutletInfo* info = outlets->Find(m.article->url, m.article->sitename)) {
        p.lean = info->lean;
      }
    }
    out.push_back(std::move(p));
  }
  if (outlets != nullptr) {
    std::stable_sort(out.begin(), out.end(), [](const Perspective& a, const Perspective& b) {
      int ra = LeanRank(a.lean);
      int rb = LeanRank(b.lean);
      if (ra != rb) return ra < rb;
      return ra == 50 && a.lean < b.lean;
    });
  }
  return out;
}

std::vector<Quote> KeyQuotes(const StoryText& story, int max_quotes) {
  struct Found {
    Quote quote;
    std::string key;  // the speaker folded, for counting
    double relevance = 0;
  };
  std::vector<Found> found;
  std::map<std::string, std::set<std::string>> outlets_by_speaker;
  for (const ArticleText* m : story.members) {
    for (const FoundQuote& q : FindQuotes(m->sentences)) {
      Found f;
      f.quote = {std::string(q.text), q.speaker, m->article->id, m->outlet};
      f.key = LowerFolded(q.speaker);
      f.relevance = Dot(m->sentence_vectors[static_cast<std::size_t>(q.sentence)], story.centroid);
      outlets_by_speaker[f.key].insert(m->outlet);
      found.push_back(std::move(f));
    }
  }
  // The speakers most outlets quote first; each speaker's most relevant words.
  auto score = [&](const Found& f) {
    return static_cast<double>(outlets_by_speaker[f.key].size()) + f.relevance;
  };
  std::stable_sort(found.begin(), found.end(),
                   [&](const Found& a, const Found& b) { return score(a) > score(b); });
  std::vector<Quote> out;
  std::set<std::string> speakers;
  std::set<std::string> texts;
  for (int pass = 0; pass < 2; ++pass) {
    for (const Found& f : found) {
      if (static_cast<int>(out.size()) >= max_quotes) return out;
      if (texts.count(f.quote.text) != 0) continue;
      if (pass == 0 && speakers.count(f.key) != 0) continue;
      speakers.insert(f.key);
      texts.insert(f.quote.text);
      out.push_back(f.quote);
    }
  }
  return out;
}

}  // namespace newsdesk::briefing

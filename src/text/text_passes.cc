#include "text/text_passes.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/catalog.h"
#include "text/line_signals.h"
#include "util/text_shape.h"

namespace newsdesk::text {
namespace {

// Repeated lines up to this long are boilerplate in every copy (longer ones may be pull quotes).
constexpr std::size_t kMaxRepeatedBlurbChars = 200;
constexpr uint32_t kMinRepeatedBlurbWords = 6;

using extract::Label;

// Prose: a long line with sentence shape or many function words, or a sentence of several
// words with some.
constexpr double kLongProseStopShare = 0.2;
constexpr uint32_t kMinSentenceWords = 6;
constexpr double kSentenceStopShare = 0.15;
// A prose line is worth its length; without a final full stop, less (it may be a dek).
constexpr double kSentenceWorth = 1.0;
constexpr double kNonSentenceWorth = 0.7;
// A non-prose line costs a share of its length on top of kLinePenalty.
constexpr double kNonProseCostPerChar = 0.3;
// A copy: a line this long whose word triples came earlier, this share of them at least.
constexpr std::size_t kMinCopyChars = 1500;
constexpr double kCopyShare = 0.6;
// Pairs of (title, dek) in a row that make a teaser list.
constexpr int kMinTeaserPairs = 3;
// What a section marker costs: the article never runs past one.
constexpr double kSectionBreak = 1e9;
// The article resumes after an inline box: this much prose, in two lines or more, within this
// many lines after its headlines.
constexpr std::size_t kInlineBoxResumeWindow = 4;
constexpr std::size_t kInlineBoxResumeChars = 250;
constexpr int kInlineBoxResumeLines = 2;
// Comment heads this close under a section marker make it a comment thread's.
constexpr std::size_t kThreadHeadWindow = 6;
// A comment thread without a marker: at least kMinThreadMetas timestamp lines within
// kThreadWindow lines, after at least kArticleBeforeThread characters of prose.
constexpr int kMinThreadMetas = 3;
constexpr std::size_t kThreadWindow = 30;
// What a line of prose in a comment thread is worth, against the article's.
constexpr double kCommentDiscount = 0.2;
// A numbered list item this long at least counts as the article's text.
constexpr std::size_t kMinListItemChars = 20;
// Numbered items in sequence that make a list article.
constexpr std::size_t kMinListItems = 3;
// What a list item is worth, against a prose line of its length.
constexpr double kListItemWorth = 0.5;

// The boilerplate label a line's own wording gives it; later signals override earlier ones.
Label LineLabel(const TextLine& l, bool site) {
  Label label = Label::kNone;
  extract::PhraseMatch phrase = extract::ClassifyPhrase(l.text);
  if (phrase.label != Label::kNone && (phrase.overrides_prose || !l.prose)) label = phrase.label;
  if (IsBio(l.text)) label = Label::kBio;
  if (IsMachineText(l.text)) label = Label::kHidden;
  if (IsCaption(l.text)) label = Label::kCaption;
  if (IsShoutedLink(l.text)) label = Label::kRelated;
  if (EndsWithShareButton(l.text) || IsPitch(l.text)) label = Label::kPromo;
  if (IsCommentHead(l.text)) label = Label::kComments;
  if (site) label = Label::kSiteProfile;
  return label;
}

// Whether the article's sentences come back within a few lines after the section marker at i
// (with no comment head on the way): the marker opens a box inside the article.
bool ArticleResumesAfter(const LineState& s, std::size_t i) {
  const std::vector<TextLine>& lines = s.lines;
  std::size_t k = i + 1;
  for (int skipped = 0; k < lines.size() && skipped < kMaxInlineBoxLines &&
                        !(lines[k].prose && lines[k].text.size() >= kLongLine);
       ++k, ++skipped) {
    if (IsCommentHead(lines[k].text)) return false;
  }
  int prose_lines = 0;
  std::size_t prose_chars = 0;
  for (std::size_t m = k; m < lines.size() && m < k + kInlineBoxResumeWindow; ++m) {
    if (IsCommentHead(lines[m].text)) return false;
    if (lines[m].prose && lines[m].sentence && !s.duplicate[m] && lines[m].label == Label::kNone) {
      ++prose_lines;
      prose_chars += lines[m].text.size();
    }
  }
  return prose_lines >= kInlineBoxResumeLines && prose_chars >= kInlineBoxResumeChars;
}

// An inline box: the marker at i and its headlines go; the article goes on below them.
void MarkInlineRelatedBox(LineState* s, std::size_t i) {
  std::vector<TextLine>& lines = s->lines;
  lines[i].label = Label::kRelated;
  for (std::size_t k = i + 1; k < lines.size() && !lines[k].prose; ++k)
    if (lines[k].label == Label::kNone) lines[k].label = Label::kRelated;
}

// Whether the section marker at i opens a comment thread: comment heads below it, or numbered
// ("34 responses to ...").
bool OpensCommentThread(const LineState& s, std::size_t i) {
  bool heads = false;
  for (std::size_t k = i + 1; k < s.lines.size() && k <= i + kThreadHeadWindow; ++k)
    heads |= IsCommentHead(s.lines[k].text);
  return IsCountedThreadMarker(s.lines[i].text) || heads;
}

}  // namespace

void ScoreLines(LineState* s) {
  for (std::size_t i = s->first; i < s->lines.size(); ++i) {
    TextLine& l = s->lines[i];
    const double chars = static_cast<double>(l.text.size());
    l.sentence = EndsLikeSentence(l.text);
    double stops = StopWordShare(l.text);
    uint32_t words = WordCount(l.text);
    l.prose = (l.text.size() >= kLongLine && (l.sentence || stops >= kLongProseStopShare)) ||
              (l.sentence && words >= kMinSentenceWords && stops >= kSentenceStopShare);
    l.value = l.prose ? chars * (l.sentence ? kSentenceWorth : kNonSentenceWorth)
                      : -(kLinePenalty + kNonProseCostPerChar * chars);
    l.label = LineLabel(l, s->site[i]);
    if (l.label != Label::kNone) l.value = -(kLinePenalty + chars);
  }
}

// Repeated lines: the second and later copies are duplicates. A short sentence printed more than
// once (a sign-up blurb) is boilerplate in every place, its first copy too (marked `repeated`:
// dropped from the article without weighing in the run search): an article does not repeat its
// own sentences; a long repeated line may be a pull quote of one.
void MarkRepeatedLines(LineState* s) {
  std::unordered_map<std::string, int> count;
  for (std::size_t i = s->first; i < s->lines.size(); ++i) {
    if (++count[s->lines[i].text] > 1) {
      s->duplicate[i] = true;
      s->lines[i].value = BoilerplateCost(s->lines[i]);
    }
  }
  for (std::size_t i = s->first; i < s->lines.size(); ++i) {
    TextLine& l = s->lines[i];
    if (s->duplicate[i] || l.text.size() > kMaxRepeatedBlurbChars || count[l.text] < 2) continue;
    // Only statements (". " or "!"), not numbered: a repeated heading, question or list item is a
    // table of contents above its section.
    const char last = l.text.back(), first = l.text.front();
    if ((last != '.' && last != '!') || WordCount(l.text) < kMinRepeatedBlurbWords ||
        std::isdigit(static_cast<unsigned char>(first)))
      continue;
    s->repeated[i] = true;
  }
}

// Copies of text already seen under another shape: a long line most of whose word triples
// came earlier (the whole article again in one hidden field, a print version, a repeated dek).
void MarkCopiedLines(LineState* s) {
  std::unordered_set<uint64_t> seen;
  std::vector<uint64_t> triples;
  for (std::size_t i = s->first; i < s->lines.size(); ++i) {
    TextLine& l = s->lines[i];
    WordTriples(l.text, &triples);
    if (!s->duplicate[i] && l.text.size() >= kMinCopyChars && !triples.empty()) {
      std::size_t old = 0;
      for (uint64_t t : triples) old += seen.count(t);
      if (old >= kCopyShare * static_cast<double>(triples.size())) {
        s->duplicate[i] = true;
        l.value = BoilerplateCost(l);
      }
    }
    seen.insert(triples.begin(), triples.end());
  }
}

// Teasers: a title-like line, then a short label or a one-sentence dek, repeated: the related
// stories after an article. "-" lines are the bullets of such lists.
void MarkTeaserPairs(LineState* s) {
  const std::vector<TextLine>& lines = s->lines;
  for (std::size_t i = s->first; i + 1 < lines.size(); ++i) {
    const TextLine& a = lines[i];
    const TextLine& b = lines[i + 1];
    if (IsTeaserBullet(a.text)) {
      s->teaser[i] = true;
      continue;
    }
    bool title_then_dek = IsTitleLike(a.text) && IsTeaserDek(b.text);
    if (title_then_dek && i > s->first && (s->teaser[i - 1] || (lines[i - 1].text == "-"))) {
      s->teaser[i] = s->teaser[i + 1] = true;
    }
  }
}

// Teaser lists without bullets: three or more (title, one-sentence dek) pairs in a row,
// optionally with a short label or time line ("2H ago", "Analysis") between them.
void MarkTeaserLists(LineState* s) {
  const std::vector<TextLine>& lines = s->lines;
  for (std::size_t i = s->first; i < lines.size();) {
    std::size_t k = i;
    int pairs = 0;
    while (k + 1 < lines.size() && IsTitleLike(lines[k].text) &&
           IsSingleSentenceDek(lines[k + 1].text)) {
      ++pairs;
      k += 2;
      if (k < lines.size() && IsSectionLabel(lines[k].text) && !IsTitleLike(lines[k].text))
        ++k;
      else if (k < lines.size() && IsShortTag(lines[k].text))
        ++k;
    }
    if (pairs >= kMinTeaserPairs) {
      for (std::size_t t = i; t < k; ++t) s->teaser[t] = true;
      i = k;
    } else {
      ++i;
    }
  }
}

// Teasers under an all-capitals kicker ("TIME TRAVELLER" / "Conspiracy theorists say ..."),
// two or more in a row.
void MarkKickerTeasers(LineState* s) {
  const std::vector<TextLine>& lines = s->lines;
  auto kicked = [&](std::size_t k) {
    return IsKicker(lines[k].text) && IsTitleLike(lines[k + 1].text);
  };
  for (std::size_t i = s->first; i + 3 < lines.size(); ++i) {
    if (!(kicked(i) && kicked(i + 2))) continue;
    std::size_t k = i;
    while (k + 1 < lines.size() && kicked(k)) {
      s->teaser[k] = s->teaser[k + 1] = true;
      k += 2;
    }
    i = k;
  }
}

// Teaser cards whose headline and dek were glued together by the dump ("... Strike
// PossibleThe United Auto Workers union on Monday ..."): two or more such lines in a row.
void MarkGluedTeasers(LineState* s) {
  const std::vector<TextLine>& lines = s->lines;
  WordCounts counts;
  for (std::size_t i = s->first; i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    for (std::size_t p = 0; p < t.size();) {
      std::size_t e = t.find(' ', p);
      if (e == std::string_view::npos) e = t.size();
      ++counts[t.substr(p, e - p)];
      p = e + 1;
    }
  }
  for (std::size_t i = s->first; i + 1 < lines.size(); ++i) {
    if (!HasGluedDek(lines[i].text, counts) || !HasGluedDek(lines[i + 1].text, counts)) continue;
    std::size_t k = i;
    while (k < lines.size() && HasGluedDek(lines[k].text, counts)) s->teaser[k++] = true;
    i = k;
  }
}

// Teaser lines no other signal labelled are related stories.
void LabelTeasers(LineState* s) {
  for (std::size_t i = s->first; i < s->lines.size(); ++i) {
    TextLine& l = s->lines[i];
    if (s->teaser[i] && l.label == Label::kNone) {
      l.label = Label::kRelated;
      l.value = BoilerplateCost(l);
    }
  }
}

// Section markers end an article: once prose has been seen, the run cannot cross one. But a
// related-stories box inside the article (the marker, a few headlines, then the article's
// sentences again) does not end it; a comments marker always does. After a comment thread's
// marker, prose is readers' comments: it counts for little, so a long thread cannot outweigh the
// article above it.
void BreakAtSectionMarkers(LineState* s) {
  std::vector<TextLine>& lines = s->lines;
  double prose_above = 0;
  for (std::size_t i = s->first; i < lines.size(); ++i) {
    if (lines[i].prose) prose_above += lines[i].text.size();
    if (!IsSectionMarker(lines[i].text)) continue;
    // A comments marker under an article ends it; one in the header ("0 comments") does not.
    bool ends_article = IsCommentMarker(lines[i].text) && prose_above >= kArticleBeforeThread;
    if (!ends_article && ArticleResumesAfter(*s, i)) {
      MarkInlineRelatedBox(s, i);
      continue;
    }
    lines[i].value = -kSectionBreak;
    if (lines[i].label == Label::kNone) lines[i].label = Label::kRelated;
    if (!OpensCommentThread(*s, i)) continue;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      if (lines[k].value > 0) lines[k].value *= kCommentDiscount;
      if (lines[k].label == Label::kNone) lines[k].label = Label::kComments;
    }
    break;
  }
}

// Comment threads without a marker: after the article, a stretch where timestamps ("2 days
// ago at 07:52 am", "March 3, 2024 at 9:14 am") keep coming back between short names and
// prose is readers talking; it counts for little.
void MarkCommentThreads(LineState* s) {
  std::vector<TextLine>& lines = s->lines;
  double prose_seen = 0;
  for (std::size_t i = s->first; i < lines.size(); ++i) {
    if (lines[i].prose) prose_seen += lines[i].text.size();
    if (prose_seen < kArticleBeforeThread || !IsCommentMeta(lines[i].text)) continue;
    int metas = 0;
    for (std::size_t k = i; k < lines.size() && k < i + kThreadWindow; ++k)
      metas += IsCommentMeta(lines[k].text);
    if (metas < kMinThreadMetas) continue;
    std::size_t start = i > s->first + 1 && !lines[i - 1].prose ? i - 1 : i;  // the name above
    for (std::size_t k = start; k < lines.size(); ++k) {
      if (lines[k].value > 0)
        lines[k].value *= kCommentDiscount;
      else
        lines[k].value = BoilerplateCost(lines[k]);
      if (lines[k].label == Label::kNone) lines[k].label = Label::kComments;
    }
    break;
  }
}

// Numbered items ("1) ...", "2. ...", "3 - ..."), three or more in sequence, are the body of a
// list article: they count as prose (the links and labels between them stay out).
void MarkNumberedList(LineState* s) {
  std::vector<TextLine>& lines = s->lines;
  std::vector<std::size_t> items;
  for (std::size_t i = s->first; i < lines.size(); ++i) {
    int n = ListItemNumber(lines[i].text);
    if (n < 0 || lines[i].text.size() < kMinListItemChars) continue;
    if (!items.empty() && n != ListItemNumber(lines[items.back()].text) + 1) {
      if (items.size() < kMinListItems)
        items.clear();
      else
        break;
    }
    if (items.empty() && n != 1) continue;
    items.push_back(i);
  }
  if (items.size() < kMinListItems) return;
  for (std::size_t i : items) {
    TextLine& l = lines[i];
    if (l.label == Label::kNone && l.value < 0) l.value = kListItemWorth * l.text.size();
  }
  // A bare link under each item (shop links) costs nothing between the items.
  for (std::size_t i = items.front(); i < items.back(); ++i)
    if (lines[i].label == Label::kHidden) lines[i].value = 0;
}

}  // namespace newsdesk::text

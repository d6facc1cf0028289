#include "text/text_extractor.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/catalog.h"
#include "util/text_shape.h"
#include "metadata/authors.h"
#include "metadata/date.h"
#include "metadata/title.h"
#include "newsdesk/site_profile.h"
#include "text/line_signals.h"
#include "util/ascii.h"
#include "util/utf8.h"

namespace newsdesk::text {
namespace {

// A line this long or longer with sentence shape is prose without doubt.
constexpr std::size_t kLongLine = 80;
// Every non-prose line costs at least this much (a menu of many one-word lines adds up).
constexpr double kLinePenalty = 15;
// Headlines are short and do not end like a sentence.
constexpr std::size_t kMaxHeadlineChars = 250;
// A teaser dek is one short sentence.
constexpr std::size_t kMaxDekChars = 220;
// What a section marker costs: the article never runs past one.
constexpr double kSectionBreak = 1e9;
// How far above the article the headline line is looked for.
constexpr std::size_t kHeadlineSearchLines = 12;
// The headline lines a related-stories box inside an article may hold.
constexpr int kMaxInlineBoxLines = 6;
// ... after which the article resumes: this much prose, in two lines or more, within this many.
constexpr std::size_t kInlineBoxResumeWindow = 4;
constexpr std::size_t kInlineBoxResumeChars = 250;
// A copy: a line this long whose word triples came earlier, this share of them at least.
constexpr std::size_t kMinCopyChars = 1500;
constexpr double kCopyShare = 0.6;
// A numbered list item this long at least counts as the article's text.
constexpr std::size_t kMinListItemChars = 20;
// How many lines at the top of the article are searched for its header (headline, byline).
constexpr std::size_t kMaxHeaderLines = 8;
// Where a teaser's headline may end when a dump glued it to its dek.
constexpr std::size_t kMinGluedHeadline = 15;
constexpr std::size_t kMaxGluedHeadline = 150;
// Pairs of (title, dek) in a row that make a teaser list.
constexpr int kMinTeaserPairs = 3;
// A comment thread: at least kMinThreadMetas timestamp lines within kThreadWindow lines, after
// at least kArticleBeforeThread characters of prose.
constexpr int kMinThreadMetas = 3;
constexpr std::size_t kThreadWindow = 30;
constexpr double kArticleBeforeThread = 400;
// What a line of prose in a comment thread is worth, against the article's.
constexpr double kCommentDiscount = 0.2;

using Line = TextLine;


// A bio that names the writer's trade ("... is a freelance writer based in Toronto"): stricter
// than IsBio ("Acme has worked with clients ..." is prose), so it may end an article.
bool IsWriterBio(const Line& l) {
  if (l.label != extract::Label::kBio || l.text.size() > 400) return false;
  std::string t = AsciiLowerCopy(l.text);
  for (std::string_view w : {"writer", "reporter", "journalist", "editor", "correspondent",
                             "has appeared", "reporting on"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

// Short lines that look like a title: a few capitalised words, no final full stop.
bool TitleLike(const Line& l) {
  return !l.text.empty() && l.text.size() <= 140 && !l.sentence &&
         WordCount(l.text) >= 2;
}

// A section label as teasers use them: one to three words ("Analysis", "In brief").
bool LabelLike(std::string_view s) {
  std::size_t words = WordCount(s);
  return words >= 1 && words <= 3 && s.size() <= 30 && !EndsLikeSentence(s);
}

}  // namespace

bool LooksLikePlainText(std::string_view input) {
  std::string_view head = input.substr(0, 64 * 1024);
  // Markup first (after a byte-order mark or spaces) means HTML, however few tags follow.
  std::size_t start = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < head.size() && std::isspace(static_cast<unsigned char>(head[start]))) ++start;
  if (start < head.size() && head[start] == '<') return false;
  int tags = 0;
  for (std::size_t i = 0; i + 1 < head.size(); ++i) {
    if (head[i] != '<') continue;
    char c = head[i + 1];
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '/' || c == '!') {
      if (++tags >= 3) return false;
    }
  }
  return true;
}

void AnalyzeText(std::string_view input, const ExtractOptions& options, TextAnalysis* analysis) {
  // Lines, whitespace collapsed; empty lines dropped.
  std::vector<Line>& lines = analysis->lines;
  std::string* title = &analysis->title;
  std::size_t pos = 0;
  while (pos < input.size()) {
    std::size_t nl = input.find('\n', pos);
    if (nl == std::string_view::npos) nl = input.size();
    Line l;
    bool pending = false;
    AppendCollapsed(input.substr(pos, nl - pos), &l.text, &pending);
    if (!l.text.empty()) lines.push_back(std::move(l));
    pos = nl + 1;
  }
  if (lines.empty()) return;

  // Corpus mode: the lines the site repeats on its pages. Those at the very top (the outlet's
  // name, its menu) are dropped before the headline is looked for.
  std::vector<bool> site(lines.size(), false);
  if (const SiteProfile* profile = options.site_profile.get()) {
    for (std::size_t i = 0; i < lines.size(); ++i) site[i] = profile->IsBoilerplate(lines[i].text);
  }
  std::size_t start = 0;
  for (; start < lines.size() && site[start]; ++start) lines[start].removed_as = "site-profile";
  if (start == lines.size()) return;

  // Headline: the first line, when it looks like one.
  std::size_t first = start;
  if (lines[start].text.size() <= kMaxHeadlineChars &&
      !EndsLikeSentence(lines[start].text)) {
    *title = metadata::StripSiteSuffix(lines[start].text);
    lines[start].removed_as = "title";
    first = start + 1;
  }

  // 1. Values and labels.
  for (std::size_t i = first; i < lines.size(); ++i) {
    Line& l = lines[i];
    const double chars = static_cast<double>(l.text.size());
    l.sentence = EndsLikeSentence(l.text);
    double stops = StopWordShare(l.text);
    uint32_t words = WordCount(l.text);
    l.prose = (l.text.size() >= kLongLine && (l.sentence || stops >= 0.2)) ||
              (l.sentence && words >= 6 && stops >= 0.15);
    l.value = l.prose ? chars * (l.sentence ? 1.0 : 0.7) : -(kLinePenalty + 0.3 * chars);
    extract::PhraseMatch phrase = extract::ClassifyPhrase(l.text);
    if (phrase.label != extract::Label::kNone && (phrase.overrides_prose || !l.prose)) {
      l.label = phrase.label;
    }
    if (IsBio(l.text)) l.label = extract::Label::kBio;
    if (IsMachineText(l.text)) l.label = extract::Label::kHidden;
    if (IsCaption(l.text)) l.label = extract::Label::kCaption;
    if (IsShoutedLink(l.text)) l.label = extract::Label::kRelated;
    // "Quote worth sharing.Click To Tweet": a pull quote with a share button.
    if (l.text.size() > 14 && l.text.compare(l.text.size() - 14, 14, "Click To Tweet") == 0)
      l.label = extract::Label::kPromo;
    if (IsCommentHead(l.text)) l.label = extract::Label::kComments;
    if (site[i]) l.label = extract::Label::kSiteProfile;
    if (l.label != extract::Label::kNone) l.value = -(kLinePenalty + chars);
  }
  // Repeated lines: the second and later copies are duplicates.
  std::unordered_map<std::string, int> count;
  std::vector<bool> duplicate(lines.size(), false);
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (++count[lines[i].text] > 1) {
      duplicate[i] = true;
      lines[i].value = -(kLinePenalty + lines[i].text.size());
    }
  }
  // Copies of text already seen under another shape: a long line most of whose word triples
  // came earlier (the whole article again in one hidden field, a print version, a repeated dek).
  {
    std::unordered_set<uint64_t> seen;
    std::vector<uint64_t> triples;
    for (std::size_t i = first; i < lines.size(); ++i) {
      WordTriples(lines[i].text, &triples);
      if (!duplicate[i] && lines[i].text.size() >= kMinCopyChars && !triples.empty()) {
        std::size_t old = 0;
        for (uint64_t t : triples) old += seen.count(t);
        if (old >= kCopyShare * static_cast<double>(triples.size())) {
          duplicate[i] = true;
          lines[i].value = -(kLinePenalty + lines[i].text.size());
        }
      }
      seen.insert(triples.begin(), triples.end());
    }
  }
  // Teasers: a title-like line, then a short label or a one-sentence dek, repeated: the related
  // stories after an article. "-" lines are the bullets of such lists.
  std::vector<bool> teaser(lines.size(), false);
  for (std::size_t i = first; i + 1 < lines.size(); ++i) {
    const Line& a = lines[i];
    const Line& b = lines[i + 1];
    if (a.text == "-" || a.text == "\xE2\x80\x93" || a.text == "\xE2\x80\xA2") {
      teaser[i] = true;
      continue;
    }
    bool title_then_dek = TitleLike(a) && b.text.size() <= kMaxDekChars &&
                          (LabelLike(b.text.substr(0, b.text.find(' ') == std::string::npos
                                                       ? b.text.size()
                                                       : b.text.find(' '))) ||
                           b.sentence);
    // A dek that starts with a section label word: "Analysis What cheaper petrol means ...".
    if (title_then_dek && i > first && (teaser[i - 1] || (lines[i - 1].text == "-"))) {
      teaser[i] = teaser[i + 1] = true;
    }
  }
  // Teaser lists without bullets: three or more (title, one-sentence dek) pairs in a row,
  // optionally with a short label or time line ("2H ago", "Analysis") between them.
  auto single_sentence_dek = [&](const Line& l) {
    if (l.text.size() > kMaxDekChars || !l.sentence) return false;
    std::size_t stops = 0;
    for (std::size_t k = 0; k + 1 < l.text.size(); ++k)
      stops += (l.text[k] == '.' || l.text[k] == '!' || l.text[k] == '?') && l.text[k + 1] == ' ';
    return stops <= 1;
  };
  for (std::size_t i = first; i < lines.size();) {
    std::size_t k = i;
    int pairs = 0;
    while (k + 1 < lines.size() && TitleLike(lines[k]) && single_sentence_dek(lines[k + 1])) {
      ++pairs;
      k += 2;
      if (k < lines.size() && LabelLike(lines[k].text) && !TitleLike(lines[k])) ++k;
      else if (k < lines.size() && lines[k].text.size() <= 12 && !lines[k].sentence) ++k;
    }
    if (pairs >= kMinTeaserPairs) {
      for (std::size_t t = i; t < k; ++t) teaser[t] = true;
      i = k;
    } else {
      ++i;
    }
  }
  // Teaser cards whose headline and dek were glued together by the dump ("... Strike
  // PossibleThe United Auto Workers union on Monday ..."): two or more such lines in a row.
  // A camel-cased name the text uses more than once ("ColdFusion", "PlayStation") is a word,
  // not a seam.
  std::unordered_map<std::string_view, int> word_count;
  for (std::size_t i = first; i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    for (std::size_t p = 0; p < t.size();) {
      std::size_t e = t.find(' ', p);
      if (e == std::string_view::npos) e = t.size();
      ++word_count[t.substr(p, e - p)];
      p = e + 1;
    }
  }
  auto glued = [&](const Line& l) {
    std::string_view t = l.text;
    for (std::size_t k = kMinGluedHeadline; k + 2 < t.size() && k < kMaxGluedHeadline; ++k) {
      if (!std::isupper(static_cast<unsigned char>(t[k])) ||
          !std::islower(static_cast<unsigned char>(t[k + 1])) ||
          !std::islower(static_cast<unsigned char>(t[k - 1])) ||
          !std::islower(static_cast<unsigned char>(t[k - 2])) ||
          !std::islower(static_cast<unsigned char>(t[k - 3])) ||
          WordCount(t.substr(0, k)) < 4)
        continue;
      std::size_t b = t.rfind(' ', k);
      b = b == std::string_view::npos ? 0 : b + 1;
      std::size_t e = t.find(' ', k);
      if (e == std::string_view::npos) e = t.size();
      if (word_count[t.substr(b, e - b)] == 1) return true;
    }
    // "... stateless WASHINGTON: Express ..." - a dek's dateline after its headline.
    for (std::size_t k = kMinGluedHeadline; k < t.size() && k < kMaxGluedHeadline; ++k) {
      if (t[k - 1] != ' ' || !std::isupper(static_cast<unsigned char>(t[k]))) continue;
      std::size_t e = k;
      while (e < t.size() && (std::isupper(static_cast<unsigned char>(t[e])) || t[e] == ' ' ||
                              t[e] == '.'))
        ++e;
      if (e + 1 < t.size() && t[e] == ':' && t[e + 1] == ' ' && e - k >= 4 &&
          WordCount(t.substr(0, k)) >= 4)
        return true;
    }
    return false;
  };
  // Teasers under an all-capitals kicker ("TIME TRAVELLER" / "Conspiracy theorists say ..."),
  // two or more in a row.
  auto kicker = [&](const Line& l) {
    if (l.text.size() > 40 || l.text.size() < 3 || WordCount(l.text) > 5) return false;
    int letters = 0;
    for (char c : l.text) {
      if (std::islower(static_cast<unsigned char>(c))) return false;
      letters += std::isupper(static_cast<unsigned char>(c)) != 0;
    }
    return letters >= 3;
  };
  for (std::size_t i = first; i + 3 < lines.size(); ++i) {
    if (!(kicker(lines[i]) && TitleLike(lines[i + 1]) && kicker(lines[i + 2]) &&
          TitleLike(lines[i + 3])))
      continue;
    std::size_t k = i;
    while (k + 1 < lines.size() && kicker(lines[k]) && TitleLike(lines[k + 1])) {
      teaser[k] = teaser[k + 1] = true;
      k += 2;
    }
    i = k;
  }
  for (std::size_t i = first; i + 1 < lines.size(); ++i) {
    if (!glued(lines[i]) || !glued(lines[i + 1])) continue;
    std::size_t k = i;
    while (k < lines.size() && glued(lines[k])) teaser[k++] = true;
    i = k;
  }
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (teaser[i] && lines[i].label == extract::Label::kNone) {
      lines[i].label = extract::Label::kRelated;
      lines[i].value = -(kLinePenalty + lines[i].text.size());
    }
  }

  // Whether long prose follows line i at once or after a few short lines (no comment heads):
  // an end heading or a share line with the article going on below it is inside the article.
  auto prose_follows = [&](std::size_t i) {
    std::size_t k = i + 1;
    for (int skipped = 0; k < lines.size() && skipped < kMaxInlineBoxLines && !lines[k].prose;
         ++k, ++skipped) {
      if (IsCommentHead(lines[k].text)) return false;
    }
    int long_prose = 0;
    for (std::size_t m = k; m < lines.size() && m < k + 3; ++m) {
      if (IsCommentHead(lines[m].text)) return false;
      if (lines[m].prose && !duplicate[m] && lines[m].text.size() >= 150) ++long_prose;
    }
    return long_prose >= 2;
  };
  // Section markers end an article: once prose has been seen, the run cannot cross one. But a
  // related-stories box inside the article (the marker, a few headlines, then the article's
  // sentences again) does not end it; a comments marker always does.
  auto article_resumes = [&](std::size_t i) {
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
      if (lines[m].prose && lines[m].sentence && !duplicate[m] &&
          lines[m].label == extract::Label::kNone) {
        ++prose_lines;
        prose_chars += lines[m].text.size();
      }
    }
    return prose_lines >= 2 && prose_chars >= kInlineBoxResumeChars;
  };
  // Section markers break the run. After a comment thread's marker (confirmed by comment heads
  // below it, or numbered: "34 responses to ..."), prose is readers' comments: it counts for
  // little, so a long thread cannot outweigh the article above it.
  double prose_above = 0;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (lines[i].prose) prose_above += lines[i].text.size();
    if (!IsSectionMarker(lines[i].text)) continue;
    // A comments marker under an article ends it; one in the header ("0 comments") does not.
    bool ends_article = IsCommentMarker(lines[i].text) && prose_above >= kArticleBeforeThread;
    if (!ends_article && article_resumes(i)) {
      // An inline box: the marker and its headlines go; the article goes on below them.
      lines[i].label = extract::Label::kRelated;
      for (std::size_t k = i + 1; k < lines.size() && !lines[k].prose; ++k)
        if (lines[k].label == extract::Label::kNone) lines[k].label = extract::Label::kRelated;
      continue;
    }
    lines[i].value = -kSectionBreak;

    if (lines[i].label == extract::Label::kNone) lines[i].label = extract::Label::kRelated;
    std::string l = AsciiLowerCopy(lines[i].text);
    bool numbered = !l.empty() && std::isdigit(static_cast<unsigned char>(l[0]));
    bool heads = false;
    for (std::size_t k = i + 1; k < lines.size() && k <= i + 6; ++k) heads |= IsCommentHead(lines[k].text);
    bool thread = (numbered && (l.find("comment") != std::string::npos ||
                                l.find("respons") != std::string::npos ||
                                l.find("repl") != std::string::npos)) ||
                  heads;
    if (!thread) continue;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      if (lines[k].value > 0) lines[k].value *= kCommentDiscount;
      if (lines[k].label == extract::Label::kNone) lines[k].label = extract::Label::kComments;
    }
    break;
  }

  // Comment threads without a marker: after the article, a stretch where timestamps ("2 days
  // ago at 07:52 am", "March 3, 2024 at 9:14 am") keep coming back between short names and
  // prose is readers talking; it counts for little.
  {
    double prose_seen = 0;
    for (std::size_t i = first; i < lines.size(); ++i) {
      if (lines[i].prose) prose_seen += lines[i].text.size();
      if (prose_seen < kArticleBeforeThread || !IsCommentMeta(lines[i].text)) continue;
      int metas = 0;
      for (std::size_t k = i; k < lines.size() && k < i + kThreadWindow; ++k) metas += IsCommentMeta(lines[k].text);
      if (metas < kMinThreadMetas) continue;
      std::size_t start = i > first + 1 && !lines[i - 1].prose ? i - 1 : i;  // the name above
      for (std::size_t k = start; k < lines.size(); ++k) {
        if (lines[k].value > 0) lines[k].value *= kCommentDiscount;
        else lines[k].value = -(kLinePenalty + lines[k].text.size());
        if (lines[k].label == extract::Label::kNone) lines[k].label = extract::Label::kComments;
      }
      break;
    }
  }

  // Numbered items ("1) ...", "2. ...", "3 - ..."), three or more in sequence, are the body of a
  // list article: they count as prose (the links and labels between them stay out).
  {
    auto number_of = [](const std::string& t) -> int {
      std::size_t d = 0;
      while (d < t.size() && d < 3 && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
      if (d == 0 || d + 1 >= t.size()) return -1;
      char sep = t[d];
      if (sep != ')' && sep != '.' && sep != ' ') return -1;
      if (sep == ' ' && !(d + 2 < t.size() && (t[d + 1] == '-' || t[d + 1] == ':'))) return -1;
      return std::atoi(t.c_str());
    };
    std::vector<std::size_t> items;
    for (std::size_t i = first; i < lines.size(); ++i) {
      int n = number_of(lines[i].text);
      if (n < 0 || lines[i].text.size() < kMinListItemChars) continue;
      if (!items.empty() && n != number_of(lines[items.back()].text) + 1) {
        if (items.size() < 3) items.clear();
        else break;
      }
      if (items.empty() && n != 1) continue;
      items.push_back(i);
    }
    if (items.size() >= 3) {
      for (std::size_t i : items) {
        Line& l = lines[i];
        if (l.label == extract::Label::kNone && l.value < 0) l.value = 0.5 * l.text.size();
      }
      // A bare link under each item (shop links) costs nothing between the items.
      for (std::size_t i = items.front(); i < items.back(); ++i)
        if (lines[i].label == extract::Label::kHidden) lines[i].value = 0;
    }
  }
  // 2. The best run (Kadane).
  double best = 0, running = 0;
  std::size_t best_lo = 0, best_hi = 0, lo = first;
  bool found = false;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (running <= 0) {
      running = 0;
      lo = i;
    }
    running += lines[i].value;
    if (running > best) {
      best = running;
      best_lo = lo;
      best_hi = i + 1;
      found = true;
    }
  }
  if (!found) return;

  // The article ends at the first end marker or author bio inside the run, once it has had its
  // say (teaser rails after it read as prose too and would otherwise join it).
  {
    double prose = 0;
    for (std::size_t i = best_lo; i < best_hi; ++i) {
      if (prose >= kArticleBeforeThread &&
          ((IsEndMarker(lines[i].text) && !prose_follows(i)) || IsWriterBio(lines[i]) ||
           (lines[i].label == extract::Label::kShare && !prose_follows(i)))) {
        best_hi = i;
        break;
      }
      if (lines[i].prose) prose += lines[i].text.size();
    }
  }

  // The visible headline usually stands just above the article: a line the <title> line holds
  // ("Headline | Site" over "Headline"), or any title-like line right before the run.
  if (first == start + 1) {
    std::string title_line = AsciiLowerCopy(lines[start].text);
    bool matched = false;
    for (std::size_t i = best_lo; i-- > first && i + kHeadlineSearchLines >= best_lo;) {
      const std::string& t = lines[i].text;
      if (t.size() >= 15 && t.size() <= kMaxHeadlineChars && !lines[i].sentence &&
          title_line.find(AsciiLowerCopy(t)) != std::string::npos) {
        *title = t;
        matched = true;
        break;
      }
    }
    // A first line of one or two words is a menu item ("Home"), not a headline: take the
    // nearest headline-like line above the article instead (not a byline).
    if (!matched && WordCount(lines[start].text) <= 2) {
      for (std::size_t i = best_lo; i-- > first && i + kHeadlineSearchLines >= best_lo;) {
        const Line& l = lines[i];
        if (l.label == extract::Label::kNone && TitleLike(l) && WordCount(l.text) >= 4 &&
            l.text.rfind("By ", 0) != 0 && l.text.rfind("by ", 0) != 0) {
          *title = l.text;
          break;
        }
      }
    }
  }

  // The article's header inside the run (headline, byline, dateline, "Updated ..."), before
  // its first paragraph, is metadata, not body text.
  std::vector<bool> header(lines.size(), false);
  {
    std::string headline = AsciiLowerCopy(*title);
    for (std::size_t i = best_lo; i < best_hi && i < best_lo + kMaxHeaderLines; ++i) {
      const Line& l = lines[i];
      std::string t = AsciiLowerCopy(l.text);
      bool is_header = (!headline.empty() && t == headline) ||
                       ((t.rfind("by ", 0) == 0 || t.rfind("updated", 0) == 0 ||
                         t.rfind("published", 0) == 0 || t.rfind("posted", 0) == 0) &&
                        l.text.size() <= 120) ||
                       (l.text.size() <= 80 && WordCount(l.text) <= 12 &&
                        metadata::ParseDate(l.text).has_value());
      if (is_header) {
        header[i] = true;
      } else if (l.prose) {
        break;  // the first paragraph
      }
    }
  }

  // 3. Keep the run's lines but the labelled ones; short non-prose lines inside the run stay
  // (subheadings) unless they are boilerplate.
  for (std::size_t i = first; i < lines.size(); ++i) {
    Line& l = lines[i];
    l.inside_run = i >= best_lo && i < best_hi;
    bool inside = i >= best_lo && i < best_hi;
    std::string_view label;
    if (!inside) {
      label = l.label != extract::Label::kNone ? extract::LabelName(l.label) : "navigation";
    } else if (duplicate[i]) {
      label = "duplicate";
    } else if (l.label != extract::Label::kNone) {
      label = extract::LabelName(l.label);
    } else if ((i == best_lo && !l.prose && metadata::SplitAuthors(l.text).size() > 0 &&
                (l.text.rfind("By ", 0) == 0 || l.text.rfind("by ", 0) == 0)) ||
               header[i]) {
      label = "byline";
    }
    l.removed_as = label;
  }
  analysis->run_begin = best_lo;
  analysis->run_end = best_hi;
}

void ExtractFromText(std::string_view input, const ExtractOptions& options, Article* article) {
  TextAnalysis analysis;
  AnalyzeText(input, options, &analysis);
  const std::vector<Line>& lines = analysis.lines;
  article->title = std::move(analysis.title);
  const bool found = analysis.run_begin < analysis.run_end;
  const std::size_t best_lo = analysis.run_begin;
  std::vector<std::string_view> kept;
  for (const Line& l : lines) {
    if (l.removed_as == "title" || (!found && l.removed_as != "site-profile")) continue;
    if (l.removed_as.empty()) {
      kept.push_back(l.text);
    } else if (options.report_boilerplate) {
      article->removed.push_back({std::string(l.removed_as), l.text});
    }
  }
  if (!found) return;
  // Authors: a byline near the top, else a bio.
  for (std::size_t i = 0; i < std::min(lines.size(), best_lo + 3); ++i) {
    if (lines[i].removed_as == "title" || lines[i].removed_as == "site-profile") continue;
    const std::string& t = lines[i].text;
    if (metadata::BylineBody(t, {.colon = false, .max_chars = 149})) {
      article->authors = metadata::SplitAuthors(t);
      if (!article->authors.empty()) break;
    }
  }
  if (article->authors.empty()) {
    for (const Line& l : lines) {
      if (l.label == extract::Label::kBio) {
        std::string name = metadata::NameFromBio(l.text);
        if (!name.empty()) {
          article->authors.push_back(name);
          break;
        }
      }
    }
  }
  for (std::string_view k : kept) {
    if (!article->text.empty()) article->text += "\n\n";
    article->text += k;
    article->html += "<p>";
    for (char c : k) {
      if (c == '<') article->html += "&lt;";
      else if (c == '&') article->html += "&amp;";
      else article->html.push_back(c);
    }
    article->html += "</p>\n";
  }
  article->markdown = article->text;
}

}  // namespace newsdesk::text

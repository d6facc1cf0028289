#include "text/text_extractor.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "metadata/authors.h"
#include "metadata/title.h"
#include "newsdesk/site_profile.h"
#include "text/line_signals.h"
#include "text/text_passes.h"
#include "util/ascii.h"
#include "util/text_shape.h"
#include "util/utf8.h"

namespace newsdesk::text {
namespace {

using extract::Label;

// How far above the article the headline line is looked for.
constexpr std::size_t kHeadlineSearchLines = 12;
// A line above the run that the first (<title>) line holds is the headline if this long at
// least (a shorter match is a word of it: "Home", the site's name).
constexpr std::size_t kMinTitleMatchChars = 15;
// A first line of this many words or fewer is a menu item ("Home"), not a headline.
constexpr uint32_t kMaxMenuItemWords = 2;
// A headline looked for above the article has this many words at least.
constexpr uint32_t kMinHeadlineWords = 4;
// An end heading or share line with long prose right below it is inside the article: this many
// lines of at least kLongProseChars within kProseFollowsWindow lines.
constexpr std::size_t kProseFollowsWindow = 3;
constexpr std::size_t kLongProseChars = 150;
constexpr int kMinLongProseLines = 2;
// How many lines at the top of the article are searched for its header (headline, byline).
constexpr std::size_t kMaxHeaderLines = 8;
// Authors come from a byline this close to the run's top, and this short.
constexpr std::size_t kBylineSearchLines = 3;
constexpr std::size_t kMaxAuthorBylineChars = 150;
// How much of the input LooksLikePlainText reads.
constexpr std::size_t kSniffBytes = 64 * 1024;
// Tags in that much input that make it HTML.
constexpr int kMaxTagsInText = 3;

// Lines, whitespace collapsed; empty lines dropped.
void SplitLines(std::string_view input, std::vector<TextLine>* lines) {
  std::size_t pos = 0;
  while (pos < input.size()) {
    std::size_t nl = input.find('\n', pos);
    if (nl == std::string_view::npos) nl = input.size();
    TextLine l;
    bool pending = false;
    AppendCollapsed(input.substr(pos, nl - pos), &l.text, &pending);
    if (!l.text.empty()) lines->push_back(std::move(l));
    pos = nl + 1;
  }
}

// Corpus mode: the lines the site repeats on its pages. Those at the very top (the outlet's
// name, its menu) are dropped before the headline is looked for.
void MarkSiteLines(const SiteProfile* profile, LineState* s) {
  if (profile) {
    for (std::size_t i = 0; i < s->lines.size(); ++i)
      s->site[i] = profile->IsBoilerplate(s->lines[i].text);
  }
  for (s->start = 0; s->start < s->lines.size() && s->site[s->start]; ++s->start) {
    s->lines[s->start].fate = LineFate::kRemoved;
    s->lines[s->start].removed_label = Label::kSiteProfile;
  }
}

// Headline: the first line, when it looks like one.
void TakeHeadlineLine(LineState* s) {
  TextLine& l = s->lines[s->start];
  s->first = s->start;
  if (l.text.size() <= kMaxHeadlineChars && !EndsLikeSentence(l.text)) {
    s->title = metadata::StripSiteSuffix(l.text);
    l.fate = LineFate::kTitle;
    s->first = s->start + 1;
  }
}

// The best run (Kadane): the contiguous lines with the largest total value. False when no run
// has a positive total.
bool FindBestRun(LineState* s) {
  double best = 0, running = 0;
  std::size_t lo = s->first;
  bool found = false;
  for (std::size_t i = s->first; i < s->lines.size(); ++i) {
    if (running <= 0) {
      running = 0;
      lo = i;
    }
    running += s->lines[i].value;
    if (running > best) {
      best = running;
      s->run_begin = lo;
      s->run_end = i + 1;
      found = true;
    }
  }
  return found;
}

// Whether long prose follows line i at once or after a few short lines (no comment heads):
// an end heading or a share line with the article going on below it is inside the article.
bool ProseFollows(const LineState& s, std::size_t i) {
  const std::vector<TextLine>& lines = s.lines;
  std::size_t k = i + 1;
  for (int skipped = 0; k < lines.size() && skipped < kMaxInlineBoxLines && !lines[k].prose;
       ++k, ++skipped) {
    if (IsCommentHead(lines[k].text)) return false;
  }
  int long_prose = 0;
  for (std::size_t m = k; m < lines.size() && m < k + kProseFollowsWindow; ++m) {
    if (IsCommentHead(lines[m].text)) return false;
    if (lines[m].prose && !s.duplicate[m] && lines[m].text.size() >= kLongProseChars) ++long_prose;
  }
  return long_prose >= kMinLongProseLines;
}

// The article ends at the first end marker or author bio inside the run, once it has had its
// say (teaser rails after it read as prose too and would otherwise join it).
void TrimRunAtEndHeading(LineState* s) {
  const std::vector<TextLine>& lines = s->lines;
  double prose = 0;
  for (std::size_t i = s->run_begin; i < s->run_end; ++i) {
    const TextLine& l = lines[i];
    if (prose >= kArticleBeforeThread && ((IsEndMarker(l.text) && !ProseFollows(*s, i)) ||
                                          (l.label == Label::kBio && IsWriterBio(l.text)) ||
                                          (l.label == Label::kShare && !ProseFollows(*s, i)))) {
      s->run_end = i;
      break;
    }
    if (l.prose) prose += l.text.size();
  }
}

// A line just above the run that the first line holds ("Headline | Site" over "Headline").
bool TakeHeadlineFromTitleLine(LineState* s) {
  std::string title_line = AsciiLowerCopy(s->lines[s->start].text);
  for (std::size_t i = s->run_begin; i-- > s->first && i + kHeadlineSearchLines >= s->run_begin;) {
    const TextLine& l = s->lines[i];
    if (l.text.size() >= kMinTitleMatchChars && l.text.size() <= kMaxHeadlineChars && !l.sentence &&
        title_line.find(AsciiLowerCopy(l.text)) != std::string::npos) {
      s->title = l.text;
      return true;
    }
  }
  return false;
}

// The nearest headline-like line above the article (not a byline).
void TakeHeadlineAboveRun(LineState* s) {
  for (std::size_t i = s->run_begin; i-- > s->first && i + kHeadlineSearchLines >= s->run_begin;) {
    const TextLine& l = s->lines[i];
    if (l.label == Label::kNone && IsTitleLike(l.text) && WordCount(l.text) >= kMinHeadlineWords &&
        !StartsWithBy(l.text)) {
      s->title = l.text;
      return;
    }
  }
}

// The visible headline usually stands just above the article: a line the <title> line holds,
// or any title-like line right before the run. A first line of one or two words is a menu item
// ("Home"), not a headline: then the nearest headline-like line above the article is taken.
void ChooseHeadline(LineState* s) {
  if (s->first != s->start + 1) return;
  if (!TakeHeadlineFromTitleLine(s) && WordCount(s->lines[s->start].text) <= kMaxMenuItemWords)
    TakeHeadlineAboveRun(s);
}

// The article's header inside the run (headline, byline, dateline, "Updated ..."), before
// its first paragraph, is metadata, not body text.
void MarkArticleHeader(LineState* s) {
  std::string headline = AsciiLowerCopy(s->title);
  for (std::size_t i = s->run_begin; i < s->run_end && i < s->run_begin + kMaxHeaderLines; ++i) {
    const TextLine& l = s->lines[i];
    bool is_header =
        (!headline.empty() && AsciiLowerCopy(l.text) == headline) || IsHeaderMeta(l.text);
    if (is_header) {
      s->header[i] = true;
    } else if (l.prose) {
      break;  // the first paragraph
    }
  }
}

// A byline opening the run ("By Jane Doe"), or a line of the article's header.
bool IsRunByline(const LineState& s, std::size_t i) {
  const TextLine& l = s.lines[i];
  return (i == s.run_begin && !l.prose && metadata::SplitAuthors(l.text).size() > 0 &&
          StartsWithBy(l.text)) ||
         s.header[i];
}

// 3. Keep the run's lines but the labelled ones; short non-prose lines inside the run stay
// (subheadings) unless they are boilerplate. Lines outside the run are navigation unless
// labelled otherwise.
void DecideLines(LineState* s) {
  for (std::size_t i = s->first; i < s->lines.size(); ++i) {
    TextLine& l = s->lines[i];
    l.inside_run = i >= s->run_begin && i < s->run_end;
    l.fate = LineFate::kRemoved;
    if (!l.inside_run) {
      l.removed_label = l.label != Label::kNone ? l.label : Label::kNavigation;
    } else if (s->duplicate[i] || s->repeated[i]) {
      l.fate = LineFate::kDuplicate;
    } else if (l.label != Label::kNone) {
      l.removed_label = l.label;
    } else if (IsRunByline(*s, i)) {
      l.removed_label = Label::kByline;
    } else {
      l.fate = LineFate::kKept;
    }
  }
}

// The cascade of text_extractor.h over lines already split. Leaves the run empty when no
// article is found.
void AnalyzeLines(const ExtractOptions& options, LineState* s) {
  MarkSiteLines(options.site_profile.get(), s);
  if (s->start == s->lines.size()) return;
  TakeHeadlineLine(s);
  // 1. Values and labels.
  ScoreLines(s);
  MarkRepeatedLines(s);
  MarkCopiedLines(s);
  MarkTeaserPairs(s);
  MarkTeaserLists(s);
  MarkKickerTeasers(s);
  MarkGluedTeasers(s);
  LabelTeasers(s);
  BreakAtSectionMarkers(s);
  MarkCommentThreads(s);
  MarkNumberedList(s);
  // 2. The best run.
  if (!FindBestRun(s)) return;
  TrimRunAtEndHeading(s);
  // 3. Headline, header and each line's fate.
  ChooseHeadline(s);
  MarkArticleHeader(s);
  DecideLines(s);
}

// The name output gives a line's fate.
std::string_view RemovedAsName(const TextLine& l) {
  switch (l.fate) {
    case LineFate::kKept:
      return "";
    case LineFate::kTitle:
      return "title";
    case LineFate::kDuplicate:
      return "duplicate";
    case LineFate::kRemoved:
      return extract::LabelName(l.removed_label);
  }
  return "";
}

bool IsSiteProfileLine(const TextLine& l) {
  return l.fate == LineFate::kRemoved && l.removed_label == Label::kSiteProfile;
}

// Authors: a byline near the top, else a bio.
std::vector<std::string> FindAuthors(const TextAnalysis& analysis) {
  const std::vector<TextLine>& lines = analysis.lines;
  std::vector<std::string> authors;
  for (std::size_t i = 0; i < std::min(lines.size(), analysis.run_begin + kBylineSearchLines);
       ++i) {
    if (lines[i].fate == LineFate::kTitle || IsSiteProfileLine(lines[i])) continue;
    const std::string& t = lines[i].text;
    if (metadata::BylineBody(t, {.colon = false, .max_chars = kMaxAuthorBylineChars - 1})) {
      authors = metadata::SplitAuthors(t);
      if (!authors.empty()) return authors;
    }
  }
  for (const TextLine& l : lines) {
    if (l.label != Label::kBio) continue;
    std::string name = metadata::NameFromBio(l.text);
    if (!name.empty()) return {name};
  }
  return authors;
}

}  // namespace

bool LooksLikePlainText(std::string_view input) {
  std::string_view head = input.substr(0, kSniffBytes);
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
      if (++tags >= kMaxTagsInText) return false;
    }
  }
  return true;
}

void AnalyzeText(std::string_view input, const ExtractOptions& options, TextAnalysis* analysis) {
  SplitLines(input, &analysis->lines);
  const std::size_t n = analysis->lines.size();
  LineState s{.lines = analysis->lines,
              .title = analysis->title,
              .site = std::vector<bool>(n, false),
              .duplicate = std::vector<bool>(n, false),
              .repeated = std::vector<bool>(n, false),
              .teaser = std::vector<bool>(n, false),
              .header = std::vector<bool>(n, false)};
  if (n > 0) AnalyzeLines(options, &s);
  for (TextLine& l : analysis->lines) l.removed_as = RemovedAsName(l);
  analysis->run_begin = s.run_begin;
  analysis->run_end = s.run_end;
}

void ExtractFromText(std::string_view input, const ExtractOptions& options, Article* article) {
  TextAnalysis analysis;
  AnalyzeText(input, options, &analysis);
  const std::vector<TextLine>& lines = analysis.lines;
  article->title = std::move(analysis.title);
  const bool found = analysis.run_begin < analysis.run_end;
  std::vector<std::string_view> kept;
  for (const TextLine& l : lines) {
    if (l.fate == LineFate::kTitle || (!found && !IsSiteProfileLine(l))) continue;
    if (l.fate == LineFate::kKept) {
      kept.push_back(l.text);
    } else if (options.report_boilerplate) {
      article->removed.push_back({std::string(l.removed_as), l.text});
    }
  }
  if (!found) return;
  article->authors = FindAuthors(analysis);
  for (std::string_view k : kept) {
    if (!article->text.empty()) article->text += "\n\n";
    article->text += k;
  }
  article->markdown = article->text;
}

}  // namespace newsdesk::text

// The passes of plain-text mode's cascade (text_extractor.h documents it), one function each.
// Every pass reads and writes a LineState, the lines and what earlier passes found; AnalyzeText
// calls them in cascade order. Internal to src/text; not thread-safe (one state per document).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/text_extractor.h"

namespace newsdesk::text {

// Every non-prose line costs at least this much (a menu of many one-word lines adds up).
constexpr double kLinePenalty = 15;
// A line this long or longer with sentence shape is prose without doubt.
constexpr std::size_t kLongLine = 80;
// Headlines are short and do not end like a sentence.
constexpr std::size_t kMaxHeadlineChars = 250;
// The article's prose before a comment thread or an end heading may close it: a few paragraphs
// (less is a page header: "0 comments" under the headline).
constexpr double kArticleBeforeThread = 400;
// The headline lines a related-stories box inside an article may hold.
constexpr int kMaxInlineBoxLines = 6;

// The lines of one document and what the passes found so far.
struct LineState {
  std::vector<TextLine>& lines;
  std::string& title;
  std::size_t start = 0;        // the first line the site profile did not drop from the top
  std::size_t first = 0;        // the first body line: after the headline line when there is one
  std::vector<bool> site;       // lines the site repeats on its pages (corpus mode)
  std::vector<bool> duplicate;  // copies of earlier lines
  // First copies of short sentences printed again later (blurbs): dropped from the article, but
  // left out of the run search, which must not be cut by them.
  std::vector<bool> repeated;
  std::vector<bool> teaser;   // lines of teaser lists (related stories)
  std::vector<bool> header;   // the article's header inside the run (headline, byline)
  std::size_t run_begin = 0;  // the article's span [run_begin, run_end)
  std::size_t run_end = 0;
};

// What a boilerplate line costs in the run search: more the longer it is.
inline double BoilerplateCost(const TextLine& l) {
  return -(kLinePenalty + static_cast<double>(l.text.size()));
}

// 1. Values and labels (text_passes.cc), in cascade order.
void ScoreLines(LineState* s);
void MarkRepeatedLines(LineState* s);
void MarkCopiedLines(LineState* s);
void MarkTeaserPairs(LineState* s);
void MarkTeaserLists(LineState* s);
void MarkKickerTeasers(LineState* s);
void MarkGluedTeasers(LineState* s);
void LabelTeasers(LineState* s);
void BreakAtSectionMarkers(LineState* s);
void MarkCommentThreads(LineState* s);
void MarkNumberedList(LineState* s);

}  // namespace newsdesk::text

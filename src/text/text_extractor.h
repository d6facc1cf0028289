// Plain-text mode: the article from text whose HTML is gone but whose boilerplate is not
// (web-corpus dumps, copy-pasted pages): one block per line.
//
// The cascade, line by line (each step one function; AnalyzeText calls them in this order):
//   0. SplitLines; corpus mode: MarkSiteLines (lines the site repeats, ExtractOptions::
//      site_profile, are boilerplate; those at the very top are dropped before the headline is
//      looked for); TakeHeadlineLine (the first line, when it looks like a headline).
//   1. Each line gets a prose value and boilerplate labels (text_passes.h):
//      ScoreLines: signals like the HTML mode's (length, sentence shape, stop-word share) and
//        the labels of the line's own wording: calls to action and promos (the phrase catalog),
//        author bios, captions, markup values (bare URLs, timestamps), comment heads;
//      MarkRepeatedLines, MarkCopiedLines: repeated lines and copies of earlier text;
//      MarkTeaserPairs, MarkTeaserLists, MarkKickerTeasers, MarkGluedTeasers, LabelTeasers:
//        teaser runs (short title-like line, then a label or a one-line dek);
//      BreakAtSectionMarkers: section markers ("Related stories", "Comments", and their
//        Portuguese, Spanish, French, German, Italian and Russian forms) break the run, unless
//        the article's sentences resume right after a few headlines (an inline box, whose lines
//        are dropped); a comments marker under the article always ends it, and the comment
//        thread below counts for little;
//      MarkCommentThreads: comment threads without a marker (timestamps coming back);
//      MarkNumberedList: the numbered items of a list article count as prose.
//   2. FindBestRun: the article is the contiguous run of lines with the largest total value
//      (boilerplate lines count against it), so menus before and related teasers after fall
//      outside. TrimRunAtEndHeading: once it holds enough prose, the run ends at an end heading
//      ("More articles from ...", "About the author") or a writer's bio.
//   3. ChooseHeadline: the first line is the headline when it looks like one (no final full
//      stop, more than two words; a one- or two-word first line is a menu item and the headline
//      is looked for above the article); a line just above the run that the first line holds
//      is preferred. MarkArticleHeader: the byline and dateline at the run's top.
//      DecideLines: inside the run, labelled lines are dropped (reported with their label).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/label.h"
#include "newsdesk/article.h"
#include "newsdesk/options.h"

namespace newsdesk::text {

// What became of a line.
enum class LineFate : uint8_t {
  kKept,       // in the article's text
  kTitle,      // the headline line
  kDuplicate,  // a copy of an earlier line
  kRemoved,    // boilerplate; TextLine::removed_label says which kind
};

// One line of a dump (whitespace collapsed) and what the extractor made of it.
struct TextLine {
  std::string text;
  double value = 0;  // prose worth (> 0) or boilerplate cost (< 0) in the run search
  extract::Label label = extract::Label::kNone;
  bool prose = false;
  bool sentence = false;
  bool inside_run = false;  // inside the best run (the article's span)
  LineFate fate = LineFate::kKept;
  extract::Label removed_label = extract::Label::kNone;  // why, when fate is kRemoved
  // fate and removed_label as output names them: empty when kept, else "title", "duplicate" or
  // the label's name.
  std::string_view removed_as;
};

// Every line with its decision, the headline, and the article's span [run_begin, run_end)
// (empty when no article was found).
struct TextAnalysis {
  std::vector<TextLine> lines;
  std::string title;
  std::size_t run_begin = 0;
  std::size_t run_end = 0;
};

// The cascade above, line by line, without assembling the article (tools and tests look at it).
void AnalyzeText(std::string_view text, const ExtractOptions& options, TextAnalysis* analysis);

// Fills `article` (title, text, markdown, authors, removed with report_boilerplate); the HTML is
// rendered from the text by the output stage (output::RenderParagraphsHtml).
void ExtractFromText(std::string_view text, const ExtractOptions& options, Article* article);

// True when `input` reads as plain text rather than HTML (almost no tags in its first 64 KiB).
bool LooksLikePlainText(std::string_view input);

}  // namespace newsdesk::text

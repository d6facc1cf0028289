// Plain-text mode: the article from text whose HTML is gone but whose boilerplate is not
// (web-corpus dumps, copy-pasted pages): one block per line.
//
// The cascade, line by line:
//   0. Corpus mode: lines the site repeats (ExtractOptions::site_profile) are boilerplate; those
//      at the very top are dropped before the headline is looked for.
//   1. Each line gets a prose value (signals like the HTML mode's: length, sentence shape,
//      stop-word share) and boilerplate labels: calls to action and promos (the phrase catalog),
//      repeated lines, teaser runs (short title-like line, then a label or a one-line dek),
//      author bios, bylines, markup values (bare URLs, timestamps). Section markers ("Related
//      stories", "Comments", and their Portuguese, Spanish, French, German, Italian and Russian
//      forms) break the run, unless the article's sentences resume right after a few headlines
//      (an inline box, whose lines are dropped); a comments marker under the article always
//      ends it.
//   2. The article is the contiguous run of lines with the largest total value (boilerplate
//      lines count against it), so menus before and related teasers after fall outside. Once it
//      holds enough prose, the run ends at an end heading ("More articles from ...", "About the
//      author") or a writer's bio.
//   3. Inside the run, labelled lines are dropped (reported with their label).
// The first line is the headline when it looks like one (no final full stop, more than two
// words; a one- or two-word first line is a menu item and the headline is looked for above the
// article).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/label.h"
#include "newsdesk/article.h"
#include "newsdesk/options.h"

namespace newsdesk::text {

// One line of a dump (whitespace collapsed) and what the extractor made of it.
struct TextLine {
  std::string text;
  double value = 0;  // prose worth (> 0) or boilerplate cost (< 0) in the run search
  extract::Label label = extract::Label::kNone;
  bool prose = false;
  bool sentence = false;
  bool inside_run = false;     // inside the best run (the article's span)
  std::string_view removed_as;  // empty when kept; else why it was left out ("title" for the headline)
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

// Fills `article` (title, text, markdown, html, authors, removed with report_boilerplate).
void ExtractFromText(std::string_view text, const ExtractOptions& options, Article* article);

// True when `input` reads as plain text rather than HTML (almost no tags in its first 64 KiB).
bool LooksLikePlainText(std::string_view input);

}  // namespace newsdesk::text

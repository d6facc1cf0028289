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
//      stories", "Comments") break the run, unless the article's paragraphs resume right after
//      a few headlines (an inline box, whose lines are dropped).
//   2. The article is the contiguous run of lines with the largest total value (boilerplate
//      lines count against it), so menus before and related teasers after fall outside. Once it
//      holds enough prose, the run ends at an end heading ("More articles from ...", "About the
//      author") or a writer's bio.
//   3. Inside the run, labelled lines are dropped (reported with their label).
// The first line is the headline when it looks like one (no final full stop, more than two
// words; a one- or two-word first line is a menu item and the headline is looked for above the
// article).
#pragma once

#include <string>
#include <string_view>

#include "newsdesk/article.h"
#include "newsdesk/options.h"

namespace newsdesk::text {

// Fills `article` (title, text, markdown, html, authors, removed with report_boilerplate).
void ExtractFromText(std::string_view text, const ExtractOptions& options, Article* article);

// True when `input` reads as plain text rather than HTML (almost no tags in its first 64 KiB).
bool LooksLikePlainText(std::string_view input);

}  // namespace newsdesk::text

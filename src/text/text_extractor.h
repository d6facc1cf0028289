// Plain-text mode: the article from text whose HTML is gone but whose boilerplate is not
// (web-corpus dumps, copy-pasted pages): one block per line.
//
// The cascade, line by line:
//   1. Each line gets a prose value (signals like the HTML mode's: length, sentence shape,
//      stop-word share) and boilerplate labels: calls to action and promos (the phrase catalog),
//      repeated lines, teaser runs (short title-like line, then a label or a one-line dek),
//      author bios, bylines.
//   2. The article is the contiguous run of lines with the largest total value (boilerplate
//      lines count against it), so menus before and related teasers after fall outside.
//   3. Inside the run, labelled lines are dropped (reported with their label).
// The first line is the headline when it looks like one (no final full stop, a few words).
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

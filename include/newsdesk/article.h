// newsdesk/article.h: what extraction returns for one page.
//
// A plain value type; copy and move freely. Empty strings and lists mean "not found": newsdesk
// never invents a value.
#pragma once

#include <string>
#include <vector>

namespace newsdesk {

// One block of boilerplate that extraction left out of the body, kept when
// ExtractOptions::report_boilerplate is set.
struct RemovedBlock {
  std::string label;  // why it was left out: "navigation", "related", "newsletter", "share", ...
  std::string text;   // its text, whitespace collapsed
};

struct Article {
  // Main text.
  std::string text;      // plain text: one block per paragraph, blocks separated by a blank line
  std::string markdown;  // the same blocks as Markdown (headings, lists, quotes, emphasis kept)
  std::string html;      // the same blocks as clean, minimal HTML (no attributes but href/src/alt)

  // Metadata.
  std::string title;  // the headline, without a " | Site Name" suffix
  std::string url;    // the page's URL as given by the caller (ExtractOptions::url)

  // Diagnostics.
  std::vector<RemovedBlock> removed;  // only with ExtractOptions::report_boilerplate
};

}  // namespace newsdesk

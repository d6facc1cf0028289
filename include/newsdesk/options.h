// newsdesk/options.h: knobs for one extraction. A plain value type.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace newsdesk {

class SiteProfile;

enum class InputFormat {
  kAuto,  // plain text when the input has (almost) no tags, HTML otherwise
  kHtml,
  kText,  // already-extracted text, one block per line (text/text_extractor.h)
};

struct ExtractOptions {
  // What the input is. Default: kAuto.
  InputFormat input_format = InputFormat::kAuto;

  // The page's URL, if known; copied to Article::url and used to resolve relative links.
  // Default: empty.
  std::string url;

  // The charset the bytes are in when the transport says so (HTTP Content-Type), e.g.
  // "windows-1252". Valid UTF-8 and byte-order marks win over it. Default: empty (detect).
  std::string charset;

  // The date the page was fetched (ISO 8601, e.g. a WARC-Date), used to read relative dates
  // ("yesterday"). Default: empty (relative dates are not read).
  std::string reference_date;

  // Inputs larger than this are refused with StatusCode::kLimitExceeded.
  // Default: 256 MiB.
  std::size_t max_input_bytes = std::size_t{256} << 20;

  // Elements nested deeper than this are not given their own node; their text is kept and
  // attached to the deepest allowed ancestor, so no text is lost. Default: 400.
  std::size_t max_tree_depth = 400;

  // Render Article::markdown and Article::html. Turning off what a caller does not need saves
  // their time and memory (each is about the size of the text). Default: true.
  bool render_markdown = true;
  bool render_html = true;

  // Keep the blocks that extraction left out, with a label each, in Article::removed.
  // Default: false.
  bool report_boilerplate = false;

  // Plain-text mode: the lines this site repeats across its pages (learned by SiteProfile from
  // many of its documents) are boilerplate wherever they appear. Shared, immutable; may be used
  // by many threads at once. Default: none.
  std::shared_ptr<const SiteProfile> site_profile;
};

}  // namespace newsdesk

// Renderers: the selected blocks as plain text, Markdown and clean HTML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/blocks.h"

namespace newsdesk::output {

struct RenderInput {
  const extract::BlockBuilder* blocks;
  const std::vector<uint32_t>* kept;  // block indices, document order
  const dom::Node* container;         // list and quote context is read up to here
};

// Paragraphs separated by a blank line; table cells of one row joined by " | ".
void RenderText(const RenderInput& in, std::string* out);
// Headings as "## ", list items as "- " / "1. ", quotes as "> ", code blocks fenced, links as
// [text](href), bold and italics kept.
void RenderMarkdown(const RenderInput& in, std::string* out);
// Minimal HTML: p, h1-h6, ul/ol/li, blockquote, pre, table rows; a href, b, i, code, br inline.
void RenderHtml(const RenderInput& in, std::string* out);

// Plain text whose paragraphs are separated by a blank line (plain-text mode's article) as one
// <p> per paragraph, escaped.
void RenderParagraphsHtml(std::string_view text, std::string* out);

}  // namespace newsdesk::output

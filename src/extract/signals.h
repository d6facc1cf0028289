// Scoring signals for one block of text, one small function each, named for what it measures.
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/blocks.h"
#include "util/text_shape.h"

namespace newsdesk::extract {

using dom::HeadingLevel;
using dom::IsTableCell;

// Share of the block's text that sits inside links, 0..1.
double LinkDensity(const Block& b);

// How much a block looks like article prose, in chars: positive for running sentences, zero for
// neutral text (headings), negative for menus, link lists and short labels. Labels from the
// catalog are applied by the caller.
double ProseValue(const Block& b, std::string_view text);

}  // namespace newsdesk::extract

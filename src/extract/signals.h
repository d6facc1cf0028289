// Scoring signals for one block of text, one small function each, named for what it measures.
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/blocks.h"

namespace newsdesk::extract {

// Share of the block's text that sits inside links, 0..1.
double LinkDensity(const Block& b);

// True when the text ends like a sentence: . ! ? … or a closing quote/bracket after one.
bool EndsLikeSentence(std::string_view text);

// Number of whitespace-separated words.
uint32_t WordCount(std::string_view text);

// Share of punctuation that marks running prose (, . ; :) per word, a hint of sentences.
double ProsePunctuationPerWord(std::string_view text);

// td or th.
bool IsTableCell(dom::Tag tag);

// Heading level 1-6 of an element, 0 if not a heading.
int HeadingLevel(dom::Tag tag);

// How much a block looks like article prose, in chars: positive for running sentences, zero for
// neutral text (headings), negative for menus, link lists and short labels. Labels from the
// catalog are applied by the caller.
double ProseValue(const Block& b, std::string_view text);

}  // namespace newsdesk::extract

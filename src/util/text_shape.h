// The shape of a run of text: word counts and sentence ends. Pure functions on UTF-8; safe from
// any thread.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsdesk {

// True when the text ends like a sentence: . ! ? … or a closing quote/bracket after one.
bool EndsLikeSentence(std::string_view text);

// Number of whitespace-separated words (space and newline separate).
uint32_t WordCount(std::string_view text);

// Share of punctuation that marks running prose (, . ; :) per word, a hint of sentences.
double ProsePunctuationPerWord(std::string_view text);

}  // namespace newsdesk

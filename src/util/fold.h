// Case and diacritic folding of text into words, without ICU: the near-duplicate sketches and the
// story terms read words the same way.
//
// A code point folds to lower case without diacritics for ASCII, Latin-1, Latin Extended-A, Greek
// and Cyrillic (small tables); apostrophes inside words are dropped ("AP's" and "APs" are one
// word), and so are the separators of a number ("1,250.5"); every other punctuation or symbol
// ends a word. Chinese and Japanese characters are a word each (those scripts do not space their
// words). All functions are pure and thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsdesk {

// What FoldCodePoint returns besides a code point.
inline constexpr uint32_t kFoldSeparator = 0;        // ends a word
inline constexpr uint32_t kFoldElided = 0xFFFFFFFF;  // dropped (apostrophes)

// A code point as it takes part in a word: lower case, without diacritics where cheap.
uint32_t FoldCodePoint(uint32_t c);

// FoldCodePoint of the ASCII code points, as a table (the word walks below read it inline):
// letters lower case, digits as they are, the apostrophe elided, everything else a separator.
inline constexpr std::array<uint32_t, 128> kAsciiFold = [] {
  std::array<uint32_t, 128> fold{};
  for (uint32_t c = 0; c < 128; ++c) {
    fold[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c
              : c >= 'A' && c <= 'Z'                           ? c + 32
              : c == '\''                                      ? kFoldElided
                                                               : kFoldSeparator;
  }
  return fold;
}();

// Chinese and Japanese characters, which those scripts do not space into words.
inline bool IsCharacterWord(uint32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

// Decodes the code point at s[i] and its length; an ill-formed sequence reads as U+FFFD, 1 byte.
uint32_t DecodeUtf8At(std::string_view s, std::size_t i, std::size_t* length);

// Appends code point `c` to `out` as UTF-8.
void AppendUtf8(uint32_t c, std::string* out);

// True when text[i] is a ',' or '.' between two ASCII digits ("1,250.5"): not a word end.
inline bool IsNumberSeparatorAt(std::string_view text, std::size_t i) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  char c = text[i];
  return (c == ',' || c == '.') && i > 0 && digit(text[i - 1]) && i + 1 < text.size() &&
         digit(text[i + 1]);
}

// Calls fn(code_point, end_of_word) for each folded code point of `text` that is part of a word,
// and fn(kFoldSeparator, true) at each word end: the walk both the sketches and ForEachFoldedWord
// make. `fn` sees each word's code points in order, then one end call.
template <class Fn>
void ForEachFoldedCodePoint(std::string_view text, Fn&& fn) {
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) fn(kFoldSeparator, true);
    in_word = false;
  };
  std::size_t length = 1;
  for (std::size_t i = 0; i < text.size(); i += length) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint32_t cp = c < 0x80 ? (length = 1, c) : DecodeUtf8At(text, i, &length);
    if (IsNumberSeparatorAt(text, i)) continue;
    uint32_t f = c < 0x80 ? kAsciiFold[c] : FoldCodePoint(cp);
    if (f == kFoldElided) continue;
    if (f == kFoldSeparator) {
      end_word();
    } else if (IsCharacterWord(f)) {
      end_word();
      fn(f, false);
      in_word = true;
      end_word();
    } else {
      fn(f, false);
      in_word = true;
    }
  }
  end_word();
}

// Calls fn(word) for each word of `text`, folded, as UTF-8 (the view is valid during the call).
template <class Fn>
void ForEachFoldedWord(std::string_view text, Fn&& fn) {
  std::string word;
  ForEachFoldedCodePoint(text, [&](uint32_t c, bool end) {
    if (!end) {
      if (c < 0x80) {
        word.push_back(static_cast<char>(c));
      } else {
        AppendUtf8(c, &word);
      }
      return;
    }
    fn(std::string_view(word));
    word.clear();
  });
}

}  // namespace newsdesk

// Folding tables and the UTF-8 walk behind util/fold.h.
#include "util/fold.h"

namespace newsdesk {
namespace {

// U+00C0..U+00FF without diacritics, lower case; '\0' for the two signs (multiply, divide).
constexpr char kLatin1Fold[] =
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyts"
    "aaaaaaaceeeeiiii"
    "dnooooo\0ouuuuyty";
// U+0100..U+017F (Latin Extended-A) without diacritics, lower case.
constexpr char kLatinAFold[] =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "iiiijjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oooorrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";

bool IsPunctuationOrSymbol(uint32_t c) {
  return (c >= 0x00A0 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7 ||
         (c >= 0x2000 && c <= 0x2BFF) ||  // general punctuation, symbols, arrows, box drawing
         (c >= 0x3000 && c <= 0x303F) ||  // CJK punctuation
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFEFF ||
         c == 0xFFFD || c == 0x060C || c == 0x061B || c == 0x061F || (c >= 0x066A && c <= 0x066D) ||
         c == 0x06D4 || c == 0x0964 || c == 0x0965 || c == 0x037E || c == 0x0387 ||
         c >= 0x1F000;  // emoji and pictographs
}

}  // namespace

// A code point as it takes part in a word: lower case, without diacritics where cheap;
// kFoldSeparator when it ends a word, kFoldElided when it is dropped (apostrophes).
uint32_t FoldCodePoint(uint32_t c) {
  if (c < 0x80) return kAsciiFold[c];
  if (c == 0x2019 || c == 0x2018 || c == 0x02BC) return kFoldElided;
  if (c >= 0x00C0 && c <= 0x00FF) {
    char f = kLatin1Fold[c - 0x00C0];
    return f == '\0' ? kFoldSeparator : static_cast<uint32_t>(f);
  }
  if (c >= 0x0100 && c <= 0x017F) return static_cast<uint32_t>(kLatinAFold[c - 0x0100]);
  if (c >= 0x0391 && c <= 0x03A9) return c + 0x20;  // Greek capitals
  if (c >= 0x0400 && c <= 0x040F) c += 0x50;        // Cyrillic capitals with a mark
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;  // Cyrillic capitals
  if (c == 0x0451) return 0x0435;                   // yo -> ye, as most Russian text writes it
  if (IsPunctuationOrSymbol(c)) return kFoldSeparator;
  return c;
}

// Decodes the code point at s[i] and its length; an ill-formed sequence reads as U+FFFD, 1 byte.
uint32_t DecodeUtf8At(std::string_view s, std::size_t i, std::size_t* length) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  *length = 1;
  int extra = c >= 0xF5 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
  if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) return 0xFFFD;
  uint32_t cp = c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char t = byte(i + k);
    if ((t & 0xC0) != 0x80) return 0xFFFD;
    cp = cp << 6 | (t & 0x3F);
  }
  *length = static_cast<std::size_t>(extra) + 1;
  return cp;
}

void AppendUtf8(uint32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace newsdesk

#include "util/text_shape.h"

namespace newsdesk {

bool EndsLikeSentence(std::string_view t) {
  while (!t.empty()) {
    unsigned char c = t.back();
    // Skip closing quotes and brackets: ASCII, and the UTF-8 tails of ” ’ » (E2 80 9D/99, C2 BB).
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      t.remove_suffix(1);
      continue;
    }
    if (t.size() >= 3 && static_cast<unsigned char>(t[t.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(t[t.size() - 2]) == 0x80 && (c == 0x9D || c == 0x99)) {
      t.remove_suffix(3);
      continue;
    }
    if (t.size() >= 2 && static_cast<unsigned char>(t[t.size() - 2]) == 0xC2 && c == 0xBB) {
      t.remove_suffix(2);
      continue;
    }
    break;
  }
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  // … (E2 80 A6) and the ideographic full stop 。 (E3 80 82)
  if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6") return true;
  if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE3\x80\x82") return true;
  return false;
}

uint32_t WordCount(std::string_view t) {
  uint32_t words = 0;
  bool in_word = false;
  for (char c : t) {
    bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

double ProsePunctuationPerWord(std::string_view t) {
  uint32_t marks = 0;
  for (char c : t) marks += (c == ',' || c == '.' || c == ';' || c == ':');
  uint32_t words = WordCount(t);
  return words == 0 ? 0.0 : static_cast<double>(marks) / words;
}

}  // namespace newsdesk

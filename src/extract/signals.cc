#include "extract/signals.h"

namespace newsdesk::extract {

namespace {
// A block at least this long with few links is prose even without final punctuation
// (a paragraph that ends in a link or a colon).
constexpr uint32_t kLongBlockChars = 80;
// Shorter blocks count only when they end like a sentence and have a few words.
constexpr uint32_t kMinSentenceChars = 30;
constexpr uint32_t kMinSentenceWords = 5;
// Above this share of linked text a block is navigation or a teaser.
constexpr double kMaxProseLinkDensity = 0.35;
constexpr double kLinkListDensity = 0.5;
}  // namespace

bool IsTableCell(dom::Tag tag) { return tag == dom::Tag::k_td || tag == dom::Tag::k_th; }

double LinkDensity(const Block& b) {
  return b.chars() == 0 ? 0.0 : static_cast<double>(b.link_chars) / b.chars();
}

bool EndsLikeSentence(std::string_view t) {
  while (!t.empty()) {
    unsigned char c = t.back();
    // Skip closing quotes and brackets: ASCII, and the UTF-8 tails of ” ’ » (E2 80 9D/99, C2 BB).
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      t.remove_suffix(1);
      continue;
    }
    if (t.size() >= 3 && static_cast<unsigned char>(t[t.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(t[t.size() - 2]) == 0x80 &&
        (c == 0x9D || c == 0x99)) {
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

int HeadingLevel(dom::Tag tag) {
  switch (tag) {
    case dom::Tag::k_h1: return 1;
    case dom::Tag::k_h2: return 2;
    case dom::Tag::k_h3: return 3;
    case dom::Tag::k_h4: return 4;
    case dom::Tag::k_h5: return 5;
    case dom::Tag::k_h6: return 6;
    default: return 0;
  }
}

double ProseValue(const Block& b, std::string_view text) {
  const double chars = b.chars();
  const double link_density = LinkDensity(b);
  if (link_density > kLinkListDensity) return -chars;
  if (HeadingLevel(b.owner->tag) != 0) return 0.0;
  const bool sentence = EndsLikeSentence(text);
  if (link_density < kMaxProseLinkDensity) {
    if (b.chars() >= kLongBlockChars) return chars * (sentence ? 1.0 : 0.7);
    if (b.chars() >= kMinSentenceChars && sentence && WordCount(text) >= kMinSentenceWords)
      return chars * 0.6;
  } else if (b.chars() >= kLongBlockChars && sentence) {
    // A long sentence whose subject is a link ("<a>Company X</a> said on Monday ...") is still
    // prose, with less confidence.
    return chars * 0.5;
  }
  if (IsTableCell(b.owner->tag) && link_density < kMaxProseLinkDensity) {
    // Short cells of a data table (scores, prices, figures) belong to the article that holds the
    // table; they neither win nor sink a container.
    return 0.25 * chars;
  }
  // A short list item without links: a point in an article's list (menus are links, and were
  // counted above); neutral.
  if (b.owner->tag == dom::Tag::k_li && link_density < kMaxProseLinkDensity) return 0.0;
  // Short text that is not a sentence: labels, buttons, dates.
  return -0.5 * chars;
}

}  // namespace newsdesk::extract

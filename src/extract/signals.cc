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

double LinkDensity(const Block& b) {
  return b.chars() == 0 ? 0.0 : static_cast<double>(b.link_chars) / b.chars();
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

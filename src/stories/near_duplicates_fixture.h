// The near-duplicate fixture set, made here (no outside data): ~40 wire stories written from
// templates with varied vocabulary and numbers, for each several copies as outlets republish
// them, and hard negatives that must not count as copies. Deterministic (its own PRNG), so the
// figures in near_duplicates_test.cc are the same everywhere. Used only by the tests.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::stories::fixture {

// How an article of the set relates to its story's original.
enum class Kind {
  kOriginal,
  // Copies of the original's wire text (positives).
  kNewHeadline,  // another headline, the dateline's credit dropped
  kBoilerplate,  // promo and copyright lines added at the top, middle and end
  kCutEnding,    // the first 60-80% of the words only (whole paragraphs)
  kReordered,    // paragraphs moved
  kEditedWords,  // a few words changed or dropped
  kCombined,     // boilerplate + cut + edits + headline, as a busy outlet does it
  // Hard negatives (their own texts).
  kOwnArticle,    // another outlet's own article on the same event: same names and numbers
  kFollowUp,      // the next day's story: new lead and facts, a background paragraph reused
  kSameTemplate,  // another event written from the same template (earnings, quakes, results)
};

const char* KindName(Kind kind);

struct Article {
  int group = 0;  // articles with the same group are one text (copies of one original)
  int story = 0;  // the original this article was made from or about
  Kind kind = Kind::kOriginal;
  std::string outlet;
  std::string title;
  std::string text;  // paragraphs separated by blank lines
};

// The whole set, originals first, then copies and negatives story by story.
std::vector<Article> MakeFixtureSet();

// A deterministic shuffle of `articles` (the order in which they "arrive").
void Shuffle(std::vector<Article>* articles, uint64_t seed);

}  // namespace newsdesk::stories::fixture

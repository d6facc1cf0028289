#include "util/word_set.h"

#include <gtest/gtest.h>

#include "util/hash.h"

namespace newsdesk {
namespace {

TEST(WordSet, ReportsEveryWordThatOccurs) {
  WordSet set = {"byline", "date", "dateline", "bio"};
  EXPECT_EQ(set.Find("article-dateline byline"), 0b0111u);
  EXPECT_EQ(set.Find("author-bio"), 0b1000u);
  EXPECT_EQ(set.Find("nothing here"), 0u);
  EXPECT_EQ(set.Find("dat"), 0u);  // a prefix of a word at the end is no match
  EXPECT_EQ(set.Find(""), 0u);
}

TEST(HashPair, DependsOnWhereTheSplitFalls) {
  EXPECT_NE(HashPair("ab", "c"), HashPair("a", "bc"));
  EXPECT_EQ(HashPair("post-body", ""), HashPair("post-body", ""));
  EXPECT_NE(HashPair("post-body-123456", ""), HashPair("post-body-123457", ""));
  EXPECT_NE(HashPair("", ""), 0u);
}

}  // namespace
}  // namespace newsdesk

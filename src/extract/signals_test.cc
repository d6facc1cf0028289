#include "extract/signals.h"

#include <gtest/gtest.h>

namespace newsdesk::extract {
namespace {

TEST(Signals, SentenceEndings) {
  EXPECT_TRUE(EndsLikeSentence("He left."));
  EXPECT_TRUE(EndsLikeSentence("“We are done,” she said.”"));
  EXPECT_TRUE(EndsLikeSentence("Really?\xE2\x80\x9D"));
  EXPECT_TRUE(EndsLikeSentence("and so on\xE2\x80\xA6"));
  EXPECT_FALSE(EndsLikeSentence("Read more"));
  EXPECT_FALSE(EndsLikeSentence(""));
}

TEST(Signals, WordsAndPunctuation) {
  EXPECT_EQ(WordCount("  one two\nthree "), 3u);
  EXPECT_DOUBLE_EQ(ProsePunctuationPerWord("a, b. c d"), 0.5);
}

TEST(Signals, ProseValueRewardsSentencesAndPunishesLinks) {
  dom::Node p;
  p.tag = dom::Tag::k_p;
  std::string sentence =
      "The council voted on Tuesday to build new cycle lanes along the harbour road.";
  Block prose{&p, 0, static_cast<uint32_t>(sentence.size()), 0, 0, 0};
  EXPECT_GT(ProseValue(prose, sentence), 0);
  Block linked = prose;
  linked.link_chars = linked.chars();
  EXPECT_LT(ProseValue(linked, sentence), 0);
  std::string label = "Sport";
  Block short_block{&p, 0, 5, 0, 0, 0};
  EXPECT_LT(ProseValue(short_block, label), 0);
  dom::Node h2;
  h2.tag = dom::Tag::k_h2;
  Block heading{&h2, 0, 5, 0, 0, 0};
  EXPECT_EQ(ProseValue(heading, label), 0);
}

TEST(Signals, MostlyLinkedTextCountsFullyAgainstWhateverItsShape) {
  // More than half linked: a teaser or a link list, even as a long sentence or a heading.
  std::string teaser =
      "The council voted on Tuesday to build new cycle lanes along the harbour road, after months "
      "of debate.";
  const auto size = static_cast<uint32_t>(teaser.size());
  dom::Node p;
  p.tag = dom::Tag::k_p;
  Block linked{&p, 0, size, 0, 0, size * 3 / 5};
  EXPECT_DOUBLE_EQ(ProseValue(linked, teaser), -static_cast<double>(size));
  dom::Node h3;
  h3.tag = dom::Tag::k_h3;
  Block headline{&h3, 0, size, 0, 0, size};
  EXPECT_DOUBLE_EQ(ProseValue(headline, teaser), -static_cast<double>(size));
  // Half linked or less, the long sentence is prose (its subject a link), with less weight.
  Block half = linked;
  half.link_chars = size / 2;
  EXPECT_DOUBLE_EQ(ProseValue(half, teaser), 0.5 * size);
}

}  // namespace
}  // namespace newsdesk::extract

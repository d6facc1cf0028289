#include "stories/term_slots.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <utility>

namespace newsdesk::stories {
namespace {

// Random insertions and weight updates against std::map, through several growths.
TEST(TermSlotsTest, AgreesWithAMap) {
  std::mt19937 rng(1);
  for (int trial = 0; trial < 50; ++trial) {
    TermSlots slots;
    std::map<uint32_t, std::pair<uint32_t, float>> expected;  // term -> (slot, weight)
    const int inserts = static_cast<int>(rng() % 3000);
    for (int i = 0; i < inserts; ++i) {
      uint32_t term = rng() % 5000;
      bool inserted = false;
      uint32_t slot = 0;
      float* weight =
          slots.FindOrInsert(term, static_cast<uint32_t>(expected.size()), &inserted, &slot);
      ASSERT_EQ(inserted, expected.count(term) == 0);
      if (inserted) expected[term] = {slot, 0.0F};
      ASSERT_EQ(slot, expected[term].first);
      ASSERT_EQ(*weight, expected[term].second);
      *weight = static_cast<float>(rng() % 1000) / 7;
      expected[term].second = *weight;
    }
    ASSERT_EQ(slots.size(), expected.size());
    for (uint32_t term = 0; term < 5000; ++term) {
      auto it = expected.find(term);
      EXPECT_EQ(slots.WeightOf(term), it == expected.end() ? 0.0F : it->second.second);
      EXPECT_EQ(slots.SlotOf(term), it == expected.end() ? TermSlots::kNone : it->second.first);
    }
    slots.ZeroWeights();
    for (const auto& [term, value] : expected) EXPECT_EQ(slots.WeightOf(term), 0.0F);
  }
}

TEST(TermSlotsTest, Empty) {
  TermSlots slots;
  EXPECT_EQ(slots.WeightOf(7), 0.0F);
  EXPECT_EQ(slots.SlotOf(7), TermSlots::kNone);
  EXPECT_EQ(slots.size(), 0U);
}

}  // namespace
}  // namespace newsdesk::stories

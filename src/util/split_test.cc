#include "util/split.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsdesk {
namespace {

std::vector<std::string> Parts(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  ForEachPart(text, separator, [&](std::string_view p) { parts.emplace_back(p); });
  return parts;
}

TEST(Split, PartsBetweenSeparatorsEmptyOnesIncluded) {
  EXPECT_EQ(Parts("a||b", "|"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(Parts("Head | Site | Section", " | "),
            (std::vector<std::string>{"Head", "Site", "Section"}));
  EXPECT_EQ(Parts("line\n", "\n"), (std::vector<std::string>{"line", ""}));
  EXPECT_EQ(Parts("", " "), (std::vector<std::string>{""}));
}

TEST(Split, FalseStopsTheWalk) {
  std::vector<std::string> seen;
  EXPECT_FALSE(ForEachPart("a b c", " ", [&](std::string_view p) {
    seen.emplace_back(p);
    return p != "b";
  }));
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(ForEachPart("a b", " ", [](std::string_view) { return true; }));
}

}  // namespace
}  // namespace newsdesk

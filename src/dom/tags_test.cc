#include "dom/tags.h"

#include <gtest/gtest.h>

namespace newsdesk::dom {
namespace {

TEST(Tags, EveryNameRoundTrips) {
  for (int t = 1; t < static_cast<int>(Tag::kCount); ++t) {
    Tag tag = static_cast<Tag>(t);
    EXPECT_EQ(LookupTag(TagName(tag)), tag) << TagName(tag);
  }
}

TEST(Tags, UnknownNames) {
  EXPECT_EQ(LookupTag(""), Tag::kUnknown);
  EXPECT_EQ(LookupTag("my-widget"), Tag::kUnknown);
  EXPECT_EQ(LookupTag("blockquotes"), Tag::kUnknown);
  EXPECT_EQ(LookupTag("DIV"), Tag::kUnknown);  // callers lower-case first
  EXPECT_TRUE(IsVoid(LookupTag("br")));
  EXPECT_FALSE(IsVoid(LookupTag("p")));
}

}  // namespace
}  // namespace newsdesk::dom

#include "output/json.h"

#include <gtest/gtest.h>

namespace newsdesk::output {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

TEST(Json, EscapesWhatJsonRequires) {
  EXPECT_EQ(Json("plain"), "\"plain\"");
  EXPECT_EQ(Json("a\"b\\c\nd\te\rf"), "\"a\\\"b\\\\c\\nd\\te\\rf\"");
  EXPECT_EQ(Json(std::string_view("\x01\x1f", 2)), "\"\\u0001\\u001f\"");
  EXPECT_EQ(Json("caf\xC3\xA9 \xE2\x80\x9C"), "\"caf\xC3\xA9 \xE2\x80\x9C\"");
}

TEST(Json, SpecialsAtEveryOffsetOfALongString) {
  for (std::size_t pos = 0; pos < 40; ++pos) {
    std::string s(40, 'x');
    s[pos] = '"';
    std::string expected = "\"" + std::string(pos, 'x') + "\\\"" + std::string(39 - pos, 'x') + "\"";
    EXPECT_EQ(Json(s), expected) << pos;
  }
}

}  // namespace
}  // namespace newsdesk::output

#include "store/fts_query.h"

#include <gtest/gtest.h>

namespace newsdesk::store {
namespace {

TEST(FtsQueryTest, Translates) {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"ferry", "\"ferry\""},
      {"harbour ferry", "\"harbour\" AND \"ferry\""},
      {"\"harbour ferry\"", "\"harbour ferry\""},
      {"ferr*", "\"ferr\"*"},
      {"\"harbour fer\"*", "\"harbour fer\"*"},
      {"ferry OR boat", "(\"ferry\" OR \"boat\")"},
      {"ferry OR boat harbour", "(\"ferry\" OR \"boat\") AND \"harbour\""},
      {"ferry -strike", "(\"ferry\") NOT \"strike\""},
      {"title:ferry", "\"title ferry\""},
      {"NEAR(a b)", "\"NEAR a\" AND \"b\""},
      {"a AND b", "\"a\" AND \"AND\" AND \"b\""},
      {"ferry*boat", "\"ferry boat\""},
      {"'; DROP TABLE articles; --", "\"DROP\" AND \"TABLE\" AND \"articles\""},
      {"café", "\"café\""},
      {"^ferry", "\"ferry\""},
  };
  for (const Case& c : cases) {
    Result<std::string> r = ToFtsQuery(c.in);
    ASSERT_TRUE(r.ok()) << c.in << ": " << r.status().ToString();
    EXPECT_EQ(*r, c.want) << c.in;
  }
}

TEST(FtsQueryTest, RefusesWithAClearMessage) {
  const char* bad[] = {"",   "   ",      "*",        "()",     "\"",        "\"unclosed phrase",
                       "OR", "ferry OR", "OR ferry", "-ferry", "a OR OR b", "-a -b"};
  for (const char* q : bad) {
    Result<std::string> r = ToFtsQuery(q);
    ASSERT_FALSE(r.ok()) << q << " gave " << r.value();
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << q;
    EXPECT_EQ(r.status().message().find("fts5"), std::string_view::npos);
  }
  EXPECT_FALSE(ToFtsQuery(std::string(10 * 1024, 'x')).ok());
  std::string many;
  for (int i = 0; i < 40; ++i) many += "w" + std::to_string(i) + " ";
  EXPECT_FALSE(ToFtsQuery(many).ok());
}

}  // namespace
}  // namespace newsdesk::store

#include "newsdesk/json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace newsdesk {
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
    std::string expected =
        "\"" + std::string(pos, 'x') + "\\\"" + std::string(39 - pos, 'x') + "\"";
    EXPECT_EQ(Json(s), expected) << pos;
  }
}

TEST(Json, BackslashesAtEveryOffsetOfALongString) {
  // The 8-byte fast path must stop at a backslash wherever it sits ("C:\Users\..." titles).
  for (std::size_t pos = 0; pos < 40; ++pos) {
    std::string s(40, 'x');
    s[pos] = '\\';
    std::string expected =
        "\"" + std::string(pos, 'x') + "\\\\" + std::string(39 - pos, 'x') + "\"";
    EXPECT_EQ(Json(s), expected) << pos;
  }
  EXPECT_EQ(Json("C:\\Users\\jane\\report.txt"), "\"C:\\\\Users\\\\jane\\\\report.txt\"");
}

TEST(Json, ControlBytesAtEveryOffsetOfALongString) {
  for (std::size_t pos = 0; pos < 24; ++pos) {
    std::string s(24, 'y');
    s[pos] = '\x02';
    std::string expected =
        "\"" + std::string(pos, 'y') + "\\u0002" + std::string(23 - pos, 'y') + "\"";
    EXPECT_EQ(Json(s), expected) << pos;
  }
}

Article SampleArticle() {
  Article a;
  a.url = "https://example.org/2024/03/14/ferry";
  a.title = "Ferry \"returns\" \\ after C:\\ ten years";
  a.date = "2024-03-14T09:30:00+01:00";
  a.authors = {"Jane Doe", "Ana P\xC3\xA9rez"};
  a.sitename = "The Coastal Herald";
  a.language = "en";
  a.tags = {"ferries", "islands"};
  a.text = "First paragraph.\n\nSecond\tparagraph.";
  a.markdown = "First paragraph.\n\nSecond paragraph.";
  a.html = "<p>First paragraph.</p>";
  a.warnings = {"input was not clean UTF-8: decoded or repaired"};
  a.sources = {{"title", "h1"}, {"date", "json-ld:datePublished"}};
  a.removed = {{"newsletter", "Sign up for our newsletter"}};
  return a;
}

TEST(Json, ArticleRoundTripsThroughParse) {
  Article a = SampleArticle();
  JsonOptions options;
  options.id = "ferry";
  options.source = "pages/ferry.html";
  options.extra = {{"warc_date", "2024-03-14T10:00:00Z"}};
  options.with_html = true;
  options.with_explain = true;
  std::string line;
  AppendArticleJson(a, options, &line);
  // It is valid JSON whatever the strings hold.
  ASSERT_FALSE(nlohmann::json::parse(line, nullptr, false).is_discarded()) << line;

  Result<ArticleRecord> r = ParseArticleJson(line);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->id, "ferry");
  EXPECT_EQ(r->source, "pages/ferry.html");
  ASSERT_EQ(r->extra.size(), 1u);
  EXPECT_EQ(r->extra[0].first, "warc_date");
  const Article& b = r->article;
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.date, a.date);
  EXPECT_EQ(b.authors, a.authors);
  EXPECT_EQ(b.tags, a.tags);
  EXPECT_EQ(b.text, a.text);
  EXPECT_EQ(b.html, a.html);
  EXPECT_EQ(b.warnings, a.warnings);
  EXPECT_EQ(b.sources, a.sources);
  ASSERT_EQ(b.removed.size(), 1u);
  EXPECT_EQ(b.removed[0].label, "newsletter");

  // Written again, the parsed article gives the same line.
  std::string again;
  AppendArticleJson(b, options, &again);
  EXPECT_EQ(again, line);
}

TEST(Json, HtmlAndEmptyWarningsAreLeftOutUnlessAsked) {
  Article a = SampleArticle();
  a.warnings.clear();
  std::string line;
  AppendArticleJson(a, JsonOptions{}, &line);
  auto j = nlohmann::json::parse(line);
  EXPECT_FALSE(j.contains("html"));
  EXPECT_FALSE(j.contains("warnings"));
  EXPECT_FALSE(j.contains("removed"));
  EXPECT_EQ(j["title"], a.title);
}

TEST(Json, ParseReadsSkippedAndErrorLinesAndRefusesBadOnes) {
  auto skipped = ParseArticleJson(R"({"id":"a","source":"x.warc@0","skipped":"not HTML"})");
  ASSERT_TRUE(skipped.ok());
  EXPECT_EQ(skipped->skipped, "not HTML");
  auto error = ParseArticleJson(R"({"id":"b","source":"y","error":"not found: y"})");
  ASSERT_TRUE(error.ok());
  EXPECT_EQ(error->error, "not found: y");
  EXPECT_EQ(ParseArticleJson("not json").status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(ParseArticleJson("[1,2]").status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(ParseArticleJson(R"({"title": 5})").status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(ParseArticleJson(R"({"authors": "Jane"})").status().code(), StatusCode::kCorruptInput);
}

}  // namespace
}  // namespace newsdesk

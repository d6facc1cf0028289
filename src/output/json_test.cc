#include "newsdesk/json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "article_record_text.h"
#include "output/json_nlohmann.h"

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

// ParseArticleJson (simdjson) reads every line as the nlohmann reader it replaced did: the same
// record, or the same error.
TEST(Json, ParseAgreesWithTheNlohmannReader) {
  const std::string deep = "{\"x\":" + std::string(2000, '[') + std::string(2000, ']') + "}";
  const std::string long_text = "{\"text\":\"" + std::string(3 << 20, 'a') + "\"}";
  const std::vector<std::string> lines = {
      // Well-formed records, nulls, unknown fields, repeated keys (first place, last value).
      R"({"id":"a","source":"s","warc_date":"d","title":"T","authors":["A","B"],"x":1})",
      R"({"id": "uci-35", "url": "http://x/", "text": "", "date": "2014-03-10"})",
      R"({"title":null,"authors":null,"sources":null,"removed":null,"x":null})",
      R"({"title":"a","title":"b","authors":["x"],"authors":["y","z"]})",
      R"({"title":5,"title":"b"})",
      R"({"title":"b","title":5})",
      R"({"u":"1","v":"2","u":"3","w":4,"v":5})",
      R"({"a1":"1","a2":"2","a3":"3","a4":"4","a5":"5","a6":"6","a7":"7","a8":"8","a9":"9",)"
      R"("a10":"","a11":"","a12":"","a13":"","a14":"","a15":"","a16":"","a17":"","a3":"x"})",
      R"({"sources":{"title":"h1","date":"meta","title":"og"},"removed":[{"label":"l","text":"t"}]})",
      R"({"sources":{"a":5,"a":"x"}})",
      R"({"removed":[{"label":"a","label":"b","text":"c","other":1},{}]})",
      R"({"removed":[{"label":null,"text":"c"}]})",
      R"({"t\u0069tle":"escaped key","k\u0000ey":"nul in key","\ud83d\ude00":"emoji"})",
      R"({"title":"caf\u00e9 \ud83d\ude00 \u0000 \/ \b\f\n\r\t"})",
      // Wrong types, in field order and against it.
      R"({"title":5})",
      R"({"authors":"Jane"})",
      R"({"authors":["Jane",5]})",
      R"({"tags":{},"title":5})",
      R"({"warnings":[1],"id":2})",
      R"({"skipped":true})",
      R"({"sources":[]})",
      R"({"sources":{"a":1}})",
      R"({"removed":{}})",
      R"({"removed":[1]})",
      R"({"removed":[{"label":1}]})",
      R"({"removed":[{"text":[]}]})",
      R"({"removed":[{"text":1,"label":2}]})",
      R"({"sources":"x","removed":"y"})",
      R"({"removed":"y","title":1})",
      // Not objects, broken JSON.
      "",
      " ",
      "not json",
      "[1,2]",
      "null",
      "\"s\"",
      "5",
      "{",
      "}",
      R"({"a":1,})",
      R"({"a" 1})",
      R"({"a":1}x)",
      R"({"a":1} {"b":2})",
      R"({"a":1} )",
      "\t{\"a\":1}\r\n",
      "{\"a\":1}\f",
      R"({"a":tru})",
      R"({"a":nul})",
      R"({'a':1})",
      R"({"a":1 /* c */})",
      R"({"a":01})",
      R"({"a":1.})",
      R"({"a":.5})",
      R"({"a":-})",
      R"({"a":-0})",
      R"({"a":1e999})",
      R"({"a":-1e999})",
      R"({"a":1.7976931348623157e308})",
      R"({"a":123456789012345678901234567890})",
      R"({"a":18446744073709551615})",
      R"({"a":18446744073709551616})",
      R"({"a":-9223372036854775809})",
      R"({"a":1e-400})",
      std::string("{\"a\":1}\0", 8),
      "\xEF\xBB\xBF{\"a\":\"bom\"}",
      deep,
      long_text,
      // Escapes and UTF-8.
      R"({"title":"\x"})",
      R"({"title":"\u12"})",
      R"({"title":"\u12G4"})",
      R"({"title":"\ud800"})",
      R"({"title":"\udc00"})",
      R"({"title":"\ud800\u0041"})",
      R"({"title":"\ud800\udbff"})",
      R"({"title":"\ud800x"})",
      R"({"title":"\uDBFF\uDFFF"})",
      R"({"title":"a\"})",
      "{\"title\":\"tab\there\"}",
      "{\"title\":\"nl\nhere\"}",
      std::string("{\"t\":\"\0\"}", 9),
      "{\"title\":\"del\x7f\"}",
      "{\"title\":\"\xC3\xA9\"}",
      "{\"title\":\"\xC3\"}",
      "{\"title\":\"\xC0\xAF\"}",
      "{\"title\":\"\xED\xA0\x80\"}",
      "{\"title\":\"\xF4\x90\x80\x80\"}",
      "{\"title\":\"\xFF\"}",
      "{\"ti\xFFle\":\"x\"}",
      "{\"title\":\"x\"}\xFF",
  };
  for (const std::string& line : lines) {
    EXPECT_EQ(testing::DescribeArticleRecord(ParseArticleJson(line)),
              testing::DescribeArticleRecord(output::ParseArticleJsonNlohmann(line)))
        << line.substr(0, 200);
  }
}

}  // namespace
}  // namespace newsdesk

// Hostile and broken pages: each test is one quirk, with the outcome a user should get (an
// article, a clear error, or a documented truncation). Sizes here are kept moderate so the suite
// stays quick; bench/pathological.sh runs the full-size versions with time and memory figures.
#include <gtest/gtest.h>

#include <string>

#include "newsdesk/extract.h"
#include "test_util.h"

namespace newsdesk {
namespace {

const std::string kProse =
    "The council voted on Tuesday to build protected cycle lanes along the harbour road, "
    "ending a long argument over the busiest street in the old town.";

std::string Paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "<p>" + kProse + "</p>";
  return out;
}

TEST(Pathological, Nesting100000DeepKeepsTheText) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += Paragraphs(3);
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("cycle lanes"), std::string::npos);
  ASSERT_EQ(a->warnings.size(), 1u);
  EXPECT_NE(a->warnings[0].find("tree depth limit 400"), std::string::npos);
}

TEST(Pathological, ADeepDivInTheMiddleKeepsEveryParagraphAfterIt) {
  // 450 nested divs between the article's paragraphs: the depth limit (400) flattens the deepest
  // 50, and their 450 end tags must not close the article around them.
  std::string html = "<html><body><article><h1>Harbour lanes approved</h1>";
  for (int i = 0; i < 3; ++i) html += "<p>Before " + std::to_string(i) + ": " + kProse + "</p>";
  for (int i = 0; i < 450; ++i) html += "<div>";
  html += "<p>Deep: " + kProse + "</p>";
  for (int i = 0; i < 450; ++i) html += "</div>";
  for (int i = 0; i < 3; ++i) html += "<p>After " + std::to_string(i) + ": " + kProse + "</p>";
  html += "</article><footer><p>Copyright the Harbour Gazette, all rights reserved.</p></footer>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  std::size_t last = 0;
  for (std::string label : {"Before 0", "Before 2", "Deep", "After 0", "After 1", "After 2"}) {
    std::size_t at = a->text.find(label + ": ");
    ASSERT_NE(at, std::string::npos) << label << " lost:\n" << a->text;
    EXPECT_GE(at, last) << label << " out of document order";
    last = at;
  }
  EXPECT_EQ(a->text.find("Copyright"), std::string::npos);
}

TEST(Pathological, NestedInlineElements100000Deep) {
  std::string html = "<p>";
  for (int i = 0; i < 100000; ++i) html += "<span><b>";
  html += kProse;
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("cycle lanes"), std::string::npos);
}

TEST(Pathological, MillionAttributesOnOneTag) {
  std::string html = "<div";
  for (int i = 0; i < 1000000; ++i) html += " a" + std::to_string(i) + "=x";
  html += ">" + Paragraphs(3) + "</div>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("cycle lanes"), std::string::npos);
}

TEST(Pathological, UnclosedTagsAndCommentToEndOfFile) {
  Result<Article> a = Extract("<html><body><article>" + Paragraphs(3) + "<div><p><span");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("cycle lanes"), std::string::npos);
  Result<Article> c = Extract(Paragraphs(3) + "<!-- never closed <p>hidden text</p>");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->text.find("hidden text"), std::string::npos);
}

TEST(Pathological, ScriptNeverClosedHidesNothingBefore) {
  Result<Article> a = Extract(Paragraphs(3) + "<script>var x = '<p>not text</p>';");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("cycle lanes"), std::string::npos);
  EXPECT_EQ(a->text.find("not text"), std::string::npos);
}

TEST(Pathological, NulBytesBecomeReplacementCharacters) {
  std::string html = Paragraphs(2) + "<p>before";
  html.push_back('\0');
  html += "after and more words so the paragraph is long enough to be prose in the article.</p>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find('\0'), std::string::npos);
  EXPECT_NE(a->text.find("before\xEF\xBF\xBD"
                         "after"),
            std::string::npos);
}

TEST(Pathological, APagePaddedWithAMegabyteOfNulBytesKeepsItsText) {
  // Markup that starts clean is a page, not binary, whatever garbage follows it.
  std::string html = Paragraphs(5) + std::string(1 << 20, '\0');
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("cycle lanes"), std::string::npos);
  // Random-looking bytes of the same size are still refused.
  std::string noise;
  uint32_t x = 12345;
  for (int i = 0; i < (1 << 16); ++i)
    noise.push_back(static_cast<char>((x = x * 1103515245 + 12345) >> 24));
  Result<Article> b = Extract(noise);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().ToString().find("binary input"), std::string::npos);
}

TEST(Pathological, InvalidAndOverlongUtf8IsRepaired) {
  std::string html = "<meta charset=utf-8>" + Paragraphs(2) +
                     "<p>Bad \xC0\xAF overlong \xED\xA0\x80 surrogate \xF8\x88\x80\x80\x80 and a "
                     "truncated \xE2\x82 sequence in a long enough sentence.</p>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Bad \xEF\xBF\xBD overlong"), std::string::npos);
  EXPECT_EQ(a->text.find("\xC0\xAF"), std::string::npos);
}

std::string Utf16(const std::string& ascii, bool little_endian, bool bom) {
  std::string out;
  if (bom) out += little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    if (little_endian) {
      out.push_back(c);
      out.push_back('\0');
    } else {
      out.push_back('\0');
      out.push_back(c);
    }
  }
  return out;
}

TEST(Pathological, Utf16WithAndWithoutBom) {
  std::string page = "<html><body>" + Paragraphs(3) + "</body></html>";
  for (bool le : {true, false}) {
    Result<Article> with_bom = Extract(Utf16(page, le, true));
    ASSERT_TRUE(with_bom.ok());
    EXPECT_NE(with_bom->text.find("cycle lanes"), std::string::npos);
  }
  ExtractOptions utf16;
  utf16.charset = "utf-16le";
  Result<Article> no_bom = Extract(Utf16(page, true, false), utf16);
  ASSERT_TRUE(no_bom.ok());
  EXPECT_NE(no_bom->text.find("cycle lanes"), std::string::npos);
}

TEST(Pathological, DeclaredCharsetThatLies) {
  // Declares windows-1252 but is UTF-8: the UTF-8 wins.
  Result<Article> a = Extract("<meta charset=windows-1252>" + Paragraphs(2) +
                              "<p>Caf\xC3\xA9 owners say the lanes will bring more customers to "
                              "the harbour front this summer.</p>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Caf\xC3\xA9 owners"), std::string::npos);
  // Declares UTF-8 but is windows-1252: broken bytes are replaced, the text survives.
  Result<Article> b = Extract("<meta charset=utf-8>" + Paragraphs(2) +
                              "<p>Caf\xE9 owners say the lanes will bring more customers to the "
                              "harbour front this summer.</p>");
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("owners say the lanes"), std::string::npos);
}

TEST(Pathological, FiftyMegabyteTextNodeIsKept) {
  std::string words;
  words.reserve(50u << 20);
  while (words.size() < (50u << 20)) words += "word, ";
  Result<Article> a = Extract("<p>" + words + "end.</p>");
  ASSERT_TRUE(a.ok());
  EXPECT_GT(a->text.size(), 40u << 20);
}

TEST(Pathological, InputOverTheLimitIsAClearError) {
  ExtractOptions options;
  options.max_input_bytes = 1 << 20;
  Result<Article> a = Extract(std::string(2 << 20, 'x'), options);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kLimitExceeded);
}

TEST(Pathological, HundredThousandListItems) {
  std::string html = "<article>" + Paragraphs(2) + "<ol>";
  for (int i = 0; i < 100000; ++i) html += "<li>item number " + std::to_string(i) + " of the list";
  html += "</ol></article>";
  Result<Article> a = Extract(html);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->markdown.find("100000. item number 99999"), std::string::npos);
}

TEST(Pathological, BinaryGarbage) {
  std::string garbage;
  uint32_t x = 12345;
  for (int i = 0; i < 1 << 20; ++i) {
    x = x * 1103515245 + 12345;
    garbage.push_back(static_cast<char>(x >> 24));
  }
  // Not an article: refused with a clear error rather than extracted as a megabyte of "text".
  Result<Article> a = Extract(garbage);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(a.status().message(), "binary input (unknown binary), not HTML or text");
}

}  // namespace
}  // namespace newsdesk

// The public API end to end: options, limits, formats, errors as values.
#include "newsdesk/extract.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace newsdesk {
namespace {

const char* kParagraphs =
    "<p>The first paragraph of the story is long enough to count as prose, and it ends well.</p>"
    "<p>The second paragraph adds <b>detail</b> and a <a href=\"https://example.org/x\">link</a> "
    "to a source, as articles do.</p>"
    "<h2>A subheading</h2>"
    "<ul><li>A point made in a list.</li><li>Another point.</li></ul>"
    "<blockquote><p>A quotation from someone who was there at the time.</p></blockquote>";

TEST(Extractor, TextMarkdownAndHtmlCarryTheSameBlocks) {
  Extractor extractor;
  Result<Article> a = extractor.Extract(testing::Page("Story", "<article>" + std::string(kParagraphs) + "</article>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The second paragraph adds detail and a link to a source"), std::string::npos);
  EXPECT_NE(a->text.find("\n\nA subheading\n\n"), std::string::npos);
  EXPECT_NE(a->markdown.find("**detail**"), std::string::npos);
  EXPECT_NE(a->markdown.find("[link](https://example.org/x)"), std::string::npos);
  EXPECT_NE(a->markdown.find("## A subheading"), std::string::npos);
  EXPECT_NE(a->markdown.find("- A point made in a list.\n- Another point."), std::string::npos);
  EXPECT_NE(a->markdown.find("> A quotation"), std::string::npos);
  EXPECT_NE(a->html.find("<h2>A subheading</h2>"), std::string::npos);
  EXPECT_NE(a->html.find("<a href=\"https://example.org/x\">link</a>"), std::string::npos);
  EXPECT_NE(a->html.find("<ul>\n<li>A point made in a list.</li>"), std::string::npos);
}

TEST(Extractor, ReusedExtractorGivesTheSameResult) {
  Extractor extractor;
  std::string page = testing::Page("Story", kParagraphs);
  Result<Article> first = extractor.Extract(page);
  Result<Article> other = extractor.Extract(testing::Page("Other", "<p>Something else entirely, a different page.</p>"));
  Result<Article> again = extractor.Extract(page);
  ASSERT_TRUE(first.ok() && other.ok() && again.ok());
  EXPECT_EQ(first->text, again->text);
  EXPECT_NE(first->text, other->text);
}

TEST(Extractor, InputOverTheLimitIsAnError) {
  ExtractOptions options;
  options.max_input_bytes = 100;
  Result<Article> a = Extract(std::string(200, 'x'), options);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(a.status().ToString().find("max_input_bytes"), std::string::npos);
}

TEST(Extractor, EmptyAndTextlessPagesGiveEmptyArticles) {
  for (const char* page : {"", "<html></html>", "<script>var x = 1;</script>", "\x00\x01"}) {
    Result<Article> a = Extract(page);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->text, "");
  }
}

TEST(Extractor, ReportsRemovedBoilerplateWhenAsked) {
  ExtractOptions options;
  options.report_boilerplate = true;
  options.url = "https://example.org/story";
  Result<Article> a = Extract(
      testing::Page("Story", std::string("<article>") + kParagraphs +
                                 "<div class=\"share-buttons\"><a href=\"#\">Share</a></div></article>"),
      options);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->url, "https://example.org/story");
  bool found = false;
  for (const auto& r : a->removed) found |= (r.label == "share" && r.text == "Share");
  EXPECT_TRUE(found);
}

TEST(Extractor, Windows1252PageIsDecoded) {
  std::string page = "<meta charset=\"windows-1252\"><p>Caf\xE9 society returns to the old "
                     "quarter, with \x93quotes\x94 and accents, in a long enough sentence.</p>";
  Result<Article> a = Extract(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Caf\xC3\xA9 society"), std::string::npos);
  EXPECT_NE(a->text.find("\xE2\x80\x9Cquotes\xE2\x80\x9D"), std::string::npos);
}

}  // namespace
}  // namespace newsdesk

// The three renderings (text, Markdown, HTML) of the same blocks.
#include "output/render.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/tree_builder.h"
#include "test_util.h"
#include "util/arena.h"

namespace newsdesk::output {
namespace {

struct Rendered {
  std::string text, markdown, html;
};

// Renders every block of the page's body, the body as the container.
Rendered Render(const std::string& body_html) {
  // The tree's names and texts point into the page: it lives as long as the tree.
  const std::string page = testing::Page("Story", body_html);
  Arena arena;
  dom::Document doc;
  html::TreeBuilder().Build(page, html::TreeBuilderOptions{}, &arena, &doc);
  extract::BlockBuilder blocks;
  blocks.Build(doc.body);
  std::vector<uint32_t> kept;
  for (uint32_t b = 0; b < blocks.blocks().size(); ++b) kept.push_back(b);
  RenderInput in{&blocks, &kept, doc.body};
  Rendered r;
  RenderText(in, &r.text);
  RenderMarkdown(in, &r.markdown);
  RenderHtml(in, &r.html);
  return r;
}

struct RenderCase {
  const char* name;
  const char* body;
  const char* text;
  const char* markdown;
  const char* html;
};

TEST(Render, BlocksInTextMarkdownAndHtml) {
  const RenderCase cases[] = {
      {"heading then paragraph", "<h2>Harbour news</h2><p>The ferry is back.</p>",
       "Harbour news\n\nThe ferry is back.", "## Harbour news\n\nThe ferry is back.",
       "<h2>Harbour news</h2>\n<p>The ferry is back.</p>\n"},
      {"heading levels", "<h1>Top</h1><h3>Third</h3>", "Top\n\nThird", "# Top\n\n### Third",
       "<h1>Top</h1>\n<h3>Third</h3>\n"},
      {"unordered list", "<p>Stops:</p><ul><li>Quay</li><li>Island</li></ul>",
       "Stops:\n\nQuay\n\nIsland", "Stops:\n\n- Quay\n- Island",
       "<p>Stops:</p>\n<ul>\n<li>Quay</li>\n<li>Island</li>\n</ul>\n"},
      {"ordered list", "<ol><li>Board</li><li>Pay</li><li>Sit</li></ol>", "Board\n\nPay\n\nSit",
       "1. Board\n2. Pay\n3. Sit", "<ol>\n<li>Board</li>\n<li>Pay</li>\n<li>Sit</li>\n</ol>\n"},
      {"quote", "<blockquote><p>We waited four years.</p></blockquote>", "We waited four years.",
       "> We waited four years.", "<blockquote><p>We waited four years.</p></blockquote>\n"},
      {"link", "<p>Read <a href=\"https://example.org/report\">the report</a> today.</p>",
       "Read the report today.", "Read [the report](https://example.org/report) today.",
       "<p>Read <a href=\"https://example.org/report\">the report</a> today.</p>\n"},
      {"in-page and script links lose their target",
       "<p><a href=\"#top\">Back</a> or <a href=\"javascript:void(0)\">close</a>.</p>",
       "Back or close.", "Back or close.", "<p>Back or close.</p>\n"},
      {"emphasis and code",
       "<p>A <b>bold</b>, <strong>strong</strong>, <i>slanted</i>, <em>stressed</em> and "
       "<code>run()</code> word.</p>",
       "A bold, strong, slanted, stressed and run() word.",
       "A **bold**, **strong**, *slanted*, *stressed* and `run()` word.",
       "<p>A <b>bold</b>, <b>strong</b>, <i>slanted</i>, <i>stressed</i> and <code>run()</code> "
       "word.</p>\n"},
      {"line break", "<p>Harbour Road 1<br>Northport</p>", "Harbour Road 1\nNorthport",
       "Harbour Road 1  \nNorthport", "<p>Harbour Road 1<br>Northport</p>\n"},
      {"code block keeps its whitespace", "<pre>if (x &lt; 2)\n  go();</pre>",
       "if (x < 2)\n  go();", "```\nif (x < 2)\n  go();\n```",
       "<pre>if (x &lt; 2)\n  go();</pre>\n"},
  };
  for (const RenderCase& c : cases) {
    SCOPED_TRACE(c.name);
    Rendered r = Render(c.body);
    EXPECT_EQ(r.text, c.text);
    EXPECT_EQ(r.markdown, c.markdown);
    EXPECT_EQ(r.html, c.html);
  }
}

TEST(Render, HtmlEscapesMarkupCharactersInTextAndAttributes) {
  Rendered r = Render(
      "<p>Fish &amp; chips &lt;b&gt; cost \"two\" pounds</p>"
      "<p><a href='https://example.org/?q=\"a\"&amp;n=&lt;1&gt;'>search</a> results.</p>");
  EXPECT_EQ(r.html,
            "<p>Fish &amp; chips &lt;b&gt; cost &quot;two&quot; pounds</p>\n"
            "<p><a href=\"https://example.org/?q=&quot;a&quot;&amp;n=&lt;1&gt;\">search</a> "
            "results.</p>\n");
  // Text and Markdown carry the characters themselves.
  EXPECT_EQ(r.text, "Fish & chips <b> cost \"two\" pounds\n\nsearch results.");
  EXPECT_EQ(r.markdown.substr(0, r.markdown.find('\n')), "Fish & chips <b> cost \"two\" pounds");
}

TEST(Render, TwoListsInARowStayApartInHtml) {
  Rendered r = Render("<ul><li>Quay</li></ul><ol><li>Board</li></ol>");
  EXPECT_EQ(r.html, "<ul>\n<li>Quay</li>\n</ul>\n<ol>\n<li>Board</li>\n</ol>\n");
}

TEST(Render, NestedListsIndentInMarkdown) {
  Rendered r = Render("<ul><li>Routes<ul><li>North</li><li>South</li></ul></li></ul>");
  EXPECT_EQ(r.markdown, "- Routes\n  - North\n  - South");
  EXPECT_EQ(r.text, "Routes\n\nNorth\n\nSouth");
}

TEST(Render, TableCellsOfARowShareALineInText) {
  Rendered r = Render(
      "<table><tr><th>Route</th><th>Minutes</th></tr><tr><td>North</td><td>25</td></tr></table>");
  EXPECT_EQ(r.text, "Route | Minutes\n\nNorth | 25");
  EXPECT_NE(r.html.find("<tr><th>Route</th><th>Minutes</th></tr>"), std::string::npos) << r.html;
  EXPECT_NE(r.html.find("<tr><td>North</td><td>25</td></tr></table>"), std::string::npos) << r.html;
}

TEST(Render, NothingKeptRendersNothing) {
  Rendered r = Render("");
  EXPECT_EQ(r.text, "");
  EXPECT_EQ(r.markdown, "");
  EXPECT_EQ(r.html, "");
}

TEST(Render, PlainTextParagraphsBecomeEscapedHtmlParagraphs) {
  std::string out;
  RenderParagraphsHtml("Fares rise 5% & more.\n\nA <b> is not markup; \"quoted\" > too.", &out);
  EXPECT_EQ(out,
            "<p>Fares rise 5% &amp; more.</p>\n"
            "<p>A &lt;b&gt; is not markup; &quot;quoted&quot; &gt; too.</p>\n");
  out.clear();
  RenderParagraphsHtml("", &out);
  EXPECT_EQ(out, "");
}

}  // namespace
}  // namespace newsdesk::output

#include "html/tree_builder.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsdesk::html {
namespace {

// Serialises the body as nested tags, text in quotes: <p>"a"</p>.
void Dump(const dom::Node* n, std::string* out) {
  for (const dom::Node* c = n->first_child; c; c = c->next_sibling) {
    if (c->is_text()) {
      *out += "\"" + std::string(c->text()) + "\"";
    } else if (c->is_element()) {
      *out += "<" + std::string(c->name) + ">";
      Dump(c, out);
      *out += "</" + std::string(c->name) + ">";
    }
  }
}

std::string Body(std::string_view html, std::size_t max_depth = 400) {
  Arena arena;
  dom::Document doc;
  TreeBuilder builder;
  TreeBuilderOptions options;
  options.max_depth = max_depth;
  builder.Build(html, options, &arena, &doc);
  std::string out;
  Dump(doc.body, &out);
  return out;
}

TEST(TreeBuilder, ImpliedParagraphAndListItemEnds) {
  EXPECT_EQ(Body("<p>a<p>b<ul><li>x<li>y</ul>"),
            "<p>\"a\"</p><p>\"b\"</p><ul><li>\"x\"</li><li>\"y\"</li></ul>");
  EXPECT_EQ(Body("<p>a<div>b</div>"), "<p>\"a\"</p><div>\"b\"</div>");
}

TEST(TreeBuilder, HeadElementsGoToHeadAndTextStartsBody) {
  Arena arena;
  dom::Document doc;
  TreeBuilder builder;
  builder.Build("<title>T</title><meta charset=utf-8>Hello", {}, &arena, &doc);
  ASSERT_NE(doc.head->first_child, nullptr);
  EXPECT_TRUE(doc.head->first_child->is(Tag::k_title));
  ASSERT_NE(doc.body->first_child, nullptr);
  EXPECT_EQ(doc.body->first_child->text(), "Hello");
}

TEST(TreeBuilder, EndTagsOfElementsPastTheDepthLimitCloseNothing) {
  // Depth 3 (html, body, div): the inner divs are not created; their text joins the outer div and
  // their end tags are dropped, so the outer div's own end tag closes it and "after" follows it.
  EXPECT_EQ(Body("<div>a<div>b<div>c</div>d</div>e</div>after", 3),
            "<div>\"a\"\"b\"\"c\"\"d\"\"e\"</div>\"after\"");
  EXPECT_EQ(Body("<section><div><div><p>x</p></div></div><p>y</p></section><p>z</p>", 3),
            "<section>\"x\"\"y\"</section><p>\"z\"</p>");
}

TEST(TreeBuilder, StrayEndTagsCannotCloseBlocks) {
  EXPECT_EQ(Body("<div><p>a</span>b</p></div>"), "<div><p>\"a\"\"b\"</p></div>");
  EXPECT_EQ(Body("<table><tr><td><div>a</table>b"),
            "<table><tbody><tr><td><div>\"a\"</div></td></tr></tbody></table>\"b\"");
}

TEST(TreeBuilder, TableCellsAndRowsCloseEachOther) {
  EXPECT_EQ(Body("<table><tr><td>1<td>2<tr><td>3</table>"),
            "<table><tbody><tr><td>\"1\"</td><td>\"2\"</td></tr><tr><td>\"3\"</td></tr></tbody>"
            "</table>");
}

TEST(TreeBuilder, VoidAndRawTextElements) {
  EXPECT_EQ(Body("<p>a<br>b<img src=x>c</p><script>x<y</script>"),
            "<p>\"a\"<br></br>\"b\"<img></img>\"c\"</p><script>\"x<y\"</script>");
}

TEST(TreeBuilder, ForeignContentSelfClosesAndBreaksOut) {
  EXPECT_EQ(Body("<svg><path/><g></g></svg><p>t"), "<svg><path></path><g></g></svg><p>\"t\"</p>");
  EXPECT_EQ(Body("<svg><g><p>t</p>"), "<svg><g></g></svg><p>\"t\"</p>");
}

TEST(TreeBuilder, CDataIsTextOnlyInForeignContent) {
  EXPECT_EQ(Body("<svg><![CDATA[a<b]]></svg>"), "<svg>\"a<b\"</svg>");
  EXPECT_EQ(Body("<![CDATA[<p>x]]>"), "\"x]]>\"");  // the comment ends at the first >
}

TEST(TreeBuilder, MisnestedFormattingRunsTheAdoptionAgency) {
  // The text after </b> stays in the paragraph, and the paragraph's text keeps its bold.
  EXPECT_EQ(Body("<b>1<p>2</b>3</p>"), "<b>\"1\"</b><p><b>\"2\"</b>\"3\"</p>");
  EXPECT_EQ(Body("<a href=x>1<div>2</a>3</div>"), "<a>\"1\"</a><div><a>\"2\"</a>\"3\"</div>");
}

TEST(TreeBuilder, TextMisplacedInTablesIsFosterParented) {
  EXPECT_EQ(Body("<table>lost<tr><td>cell</table>"),
            "\"lost\"<table><tbody><tr><td>\"cell\"</td></tr></tbody></table>");
}

TEST(TreeBuilder, IndexesFollowDocumentOrderAfterReparenting) {
  Arena arena;
  dom::Document doc;
  TreeBuilder builder;
  builder.Build("<b>1<p>2<i>3</b>4</i><table>x<tr><td>5</table>", {}, &arena, &doc);
  uint32_t expected = 0;
  std::vector<const dom::Node*> todo = {doc.root};
  while (!todo.empty()) {  // pre-order walk
    const dom::Node* n = todo.back();
    todo.pop_back();
    EXPECT_EQ(n->index, expected++);
    std::vector<const dom::Node*> children;
    for (const dom::Node* c = n->first_child; c; c = c->next_sibling) children.push_back(c);
    todo.insert(todo.end(), children.rbegin(), children.rend());
  }
  EXPECT_EQ(doc.node_count, expected);
}

TEST(TreeBuilder, ManyDistinctFormattingElementsStayBounded) {
  // Each </p> leaves a distinct <b> in the list of active formatting elements; every text run
  // would reopen all of them (quadratic) without the bound.
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<p><b id=" + std::to_string(i) + ">x</p>";
  Arena arena;
  dom::Document doc;
  TreeBuilder builder;
  builder.Build(html, {}, &arena, &doc);
  EXPECT_LT(doc.node_count, 5000u * (kMaxFormattingElements + 4));
}

TEST(TreeBuilder, DeepNestingIsFlattenedAndTextKept) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  std::string body = Body(html, 50);
  EXPECT_NE(body.find("\"deep text\""), std::string::npos);
  // 49 levels below <html> and <body>: no more divs than the limit allows.
  std::size_t divs = 0;
  for (std::size_t p = 0; (p = body.find("<div>", p)) != std::string::npos; ++p) ++divs;
  EXPECT_LE(divs, 50u);
}

}  // namespace
}  // namespace newsdesk::html

#include "html/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsdesk::html {
namespace {

// Renders the token stream compactly: <p class=x>, </p>, "text", <!--c-->.
std::string Tokens(std::string_view input) {
  Arena arena;
  Tokenizer tok(input, &arena);
  std::string out;
  Token t;
  for (int guard = 0; guard < 1000; ++guard) {
    tok.Next(&t);
    switch (t.kind) {
      case TokenKind::kEof:
        return out;
      case TokenKind::kText:
        out += "\"" + std::string(t.name) + "\"";
        break;
      case TokenKind::kComment:
        out += "<!--" + std::string(t.name) + "-->";
        break;
      case TokenKind::kDoctype:
        out += "<!doctype " + std::string(t.name) + ">";
        break;
      case TokenKind::kEndTag:
        out += "</" + std::string(t.name) + ">";
        break;
      case TokenKind::kStartTag: {
        out += "<" + std::string(t.name);
        for (uint32_t i = 0; i < t.attribute_count; ++i)
          out += " " + std::string(t.attributes[i].name) + "=" + std::string(t.attributes[i].value);
        out += t.self_closing ? "/>" : ">";
        Tokenizer::ContentModel model;
        if (ContentModelFor(t.tag, &model)) tok.SwitchTo(model);
        break;
      }
    }
  }
  return out + "(no EOF)";
}

TEST(Tokenizer, TagsTextAndAttributesInEveryQuotingStyle) {
  EXPECT_EQ(Tokens("<P CLASS=\"a b\" id='x' data-n=3 hidden>Hi</P>"),
            "<p class=a b id=x data-n=3 hidden=>\"Hi\"</p>");
}

TEST(Tokenizer, DuplicateAttributesKeepTheFirst) {
  EXPECT_EQ(Tokens("<a href=1 href=2>"), "<a href=1>");
}

TEST(Tokenizer, SelfClosingFlag) { EXPECT_EQ(Tokens("<br/><img src=x />"), "<br/><img src=x/>"); }

TEST(Tokenizer, CharacterReferencesInTextAndAttributes) {
  EXPECT_EQ(Tokens("a &amp; b &lt;&#8217;&#x2014;&nbsp;&nosuchname; &copy"),
            "\"a & b <\xE2\x80\x99\xE2\x80\x94\xC2\xA0&nosuchname; \xC2\xA9\"");
  // The spec's own example: "&notit;" holds the legacy "&not" and decodes to "¬it;".
  EXPECT_EQ(Tokens("&notit;"),
            "\"\xC2\xAC"
            "it;\"");
  // In attributes a legacy reference followed by '=' or an alphanumeric stays literal.
  EXPECT_EQ(Tokens("<a href=\"?a=1&copy=2&amp;b\">"), "<a href=?a=1&copy=2&b>");
}

TEST(Tokenizer, NumericReferencesFollowTheSpec) {
  EXPECT_EQ(Tokens("&#128;&#0;&#xD800;&#x110000;"),
            "\"\xE2\x82\xAC\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(Tokenizer, CommentsDoctypeAndBogusComments) {
  EXPECT_EQ(Tokens("<!DOCTYPE html><!-- c --><?xml x?><!--->"),
            "<!doctype html><!-- c --><!--?xml x?--><!---->");
}

TEST(Tokenizer, CDataOutsideForeignContentIsABogusComment) {
  EXPECT_EQ(Tokens("<![CDATA[ <div> ]]>x"), "<!--[CDATA[ <div-->\" ]]>x\"");
}

TEST(Tokenizer, RawTextRunsToItsOwnEndTag) {
  EXPECT_EQ(Tokens("<script>if (a<b) x='</div>';</script>t"),
            "<script>\"if (a<b) x='</div>';\"</script>\"t\"");
  EXPECT_EQ(Tokens("<title>A &amp; <b>B</b></title>"), "<title>\"A & <b>B</b>\"</title>");
}

TEST(Tokenizer, ScriptCommentsHideTheirEndTagOnlyWhenDoubleEscaped) {
  // Inside "<!--", a "<script>" starts a double-escaped section: its "</script>" is text.
  EXPECT_EQ(Tokens("<script><!--<script>x</script>y--></script>z"),
            "<script>\"<!--<script>x</script>y-->\"</script>\"z\"");
  // Without the inner <script>, the first </script> ends the element even inside "<!--".
  EXPECT_EQ(Tokens("<script><!--x</script>y-->"), "<script>\"<!--x\"</script>\"y-->\"");
}

TEST(Tokenizer, DoctypeIdentifiersAndQuirks) {
  Arena arena;
  Tokenizer tok("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://w3.org/x.dtd'>",
                &arena);
  Token t;
  tok.Next(&t);
  ASSERT_EQ(t.kind, TokenKind::kDoctype);
  EXPECT_EQ(t.name, "html");
  EXPECT_EQ(t.public_id, "-//W3C//DTD HTML 4.01//EN");
  EXPECT_EQ(t.system_id, "http://w3.org/x.dtd");
  EXPECT_FALSE(t.force_quirks);
  Tokenizer bad("<!DOCTYPE html PUBLIC>", &arena);
  bad.Next(&t);
  EXPECT_TRUE(t.force_quirks);
}

TEST(Tokenizer, NulBecomesReplacementExceptInData) {
  using namespace std::string_literals;
  EXPECT_EQ(Tokens("<a b\0c=d\0>"s),
            "<a b\xEF\xBF\xBD"
            "c=d\xEF\xBF\xBD>");
  EXPECT_EQ(Tokens("<style>\0</style>"s), "<style>\"\xEF\xBF\xBD\"</style>");
}

TEST(Tokenizer, EofInsideConstructsNeverHangs) {
  EXPECT_EQ(Tokens("<div class=\"unterminated"), "");
  EXPECT_EQ(Tokens("text<!-- open comment"), "\"text\"<!-- open comment-->");
  EXPECT_EQ(Tokens("<script>never closed"), "<script>\"never closed\"");
  EXPECT_EQ(Tokens("a < b"), "\"a < b\"");
  EXPECT_EQ(Tokens("</"), "\"</\"");
}

}  // namespace
}  // namespace newsdesk::html

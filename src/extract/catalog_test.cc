#include "extract/catalog.h"

#include <gtest/gtest.h>

namespace newsdesk::extract {
namespace {

dom::Node Element(dom::Tag tag, std::vector<dom::Attribute>* attrs) {
  dom::Node n;
  n.tag = tag;
  n.attributes = attrs->data();
  n.attribute_count = static_cast<uint32_t>(attrs->size());
  return n;
}

TEST(Catalog, ClassWordsLabelBoilerplate) {
  std::vector<dom::Attribute> a = {{"class", "Newsletter-Signup box"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_aside, &a)).negative, Label::kNewsletter);
  std::vector<dom::Attribute> b = {{"id", "related-posts"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &b)).negative, Label::kRelated);
  std::vector<dom::Attribute> c = {{"class", "comments-area"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &c)).negative, Label::kComments);
}

TEST(Catalog, ShortWordsMatchWholeTokensOnly) {
  std::vector<dom::Attribute> a = {{"class", "ad"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &a)).negative, Label::kPromo);
  std::vector<dom::Attribute> b = {{"class", "canvas-wrapper loaded"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &b)).negative, Label::kNone);
}

TEST(Catalog, StrongPositiveWinsOverNegativeWords) {
  std::vector<dom::Attribute> a = {{"class", "article-body has-sidebar"}};
  ElementHints h = ClassifyElement(Element(dom::Tag::k_div, &a));
  EXPECT_EQ(h.positive, 2);
  EXPECT_EQ(h.negative, Label::kNone);
  std::vector<dom::Attribute> b = {{"itemprop", "articleBody"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &b)).positive, 2);
}

TEST(Catalog, SemanticTagsAndRoles) {
  std::vector<dom::Attribute> none;
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_nav, &none)).negative, Label::kNavigation);
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_footer, &none)).negative, Label::kFooter);
  std::vector<dom::Attribute> r = {{"role", "complementary"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &r)).negative, Label::kSidebar);
}

TEST(Catalog, PhrasesOnlyDecideShortBlocks) {
  EXPECT_EQ(ClassifyPhrase("Sign up for our free newsletters"), Label::kNewsletter);
  EXPECT_EQ(ClassifyPhrase("Subscribe to The Morning Ledger"), Label::kNewsletter);
  EXPECT_EQ(ClassifyPhrase("\xC2\xA9 2024 Example Media"), Label::kFooter);
  std::string prose(200, 'x');
  prose += " subscribe to";
  EXPECT_EQ(ClassifyPhrase(prose), Label::kNone);
}

}  // namespace
}  // namespace newsdesk::extract

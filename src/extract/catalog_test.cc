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
  // "sidebar" anywhere in a class or id, with nothing else in the name that marks boilerplate.
  std::vector<dom::Attribute> d = {{"id", "sidebar"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &d)).negative, Label::kSidebar);
  std::vector<dom::Attribute> e = {{"class", "left-sidebar"}};
  EXPECT_EQ(ClassifyElement(Element(dom::Tag::k_div, &e)).negative, Label::kSidebar);
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
  EXPECT_EQ(ClassifyPhrase("Sign up for our free newsletters").label, Label::kNewsletter);
  EXPECT_TRUE(ClassifyPhrase("Subscribe to The Morning Ledger").overrides_prose);
  EXPECT_EQ(ClassifyPhrase("\xC2\xA9 2024 Example Media").label, Label::kFooter);
  // A footer line of links, and the same words as a sentence: both footer furniture.
  EXPECT_EQ(ClassifyPhrase("Privacy Policy").label, Label::kFooter);
  PhraseMatch privacy = ClassifyPhrase("Read how we use your data in our privacy policy.");
  EXPECT_EQ(privacy.label, Label::kFooter);
  EXPECT_TRUE(privacy.overrides_prose);
  EXPECT_EQ(ClassifyPhrase("Related Articles").label, Label::kRelated);
  EXPECT_EQ(ClassifyPhrase("Photo: Jane Roe, AP").label, Label::kCaption);
  std::string prose(300, 'x');
  prose += " subscribe to";
  EXPECT_EQ(ClassifyPhrase(prose).label, Label::kNone);
  // Label words decide only for label-length lines.
  EXPECT_EQ(ClassifyPhrase("The related question of funding was left to a committee that will "
                           "report in the spring.")
                .label,
            Label::kNone);
  // A call to action without the word "newsletter" is still a sign-up blurb, even as a sentence.
  PhraseMatch sign_up = ClassifyPhrase("Sign up for the Morning Ledger briefing, free each day.");
  EXPECT_EQ(sign_up.label, Label::kNewsletter);
  EXPECT_TRUE(sign_up.overrides_prose);
  // Bare words do not override prose.
  EXPECT_FALSE(ClassifyPhrase("Readers left 200 comments.").overrides_prose);
}

}  // namespace
}  // namespace newsdesk::extract

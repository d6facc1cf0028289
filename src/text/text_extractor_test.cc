#include "text/text_extractor.h"

#include <gtest/gtest.h>

namespace newsdesk::text {
namespace {

TEST(PlainText, DetectsTextAndMarkup) {
  EXPECT_TRUE(LooksLikePlainText("A headline\nA paragraph of text.\n"));
  EXPECT_TRUE(LooksLikePlainText("Prices rose 5% (a < b) in the year.\n"));
  EXPECT_FALSE(LooksLikePlainText("<p>one paragraph"));
  EXPECT_FALSE(LooksLikePlainText("  \n<!DOCTYPE html><html>"));
  EXPECT_FALSE(LooksLikePlainText("text <b>bold</b> and <i>more</i> <a href=x>link</a>"));
}

TEST(PlainText, RepeatedBlurbIsADuplicate) {
  std::string doc =
      "A headline about the council\n"
      "The council voted on Tuesday evening to build protected cycle lanes along the full length "
      "of the harbour road, ending a long argument.\n"
      "Get the day's top stories from the Ledger in one short email each morning, it is free.\n"
      "Councillors approved the plan by nine votes to four after a debate that ran for almost "
      "three hours and drew many residents.\n"
      "Get the day's top stories from the Ledger in one short email each morning, it is free.\n"
      "Work on the first section is expected to begin in March and to take about four months, "
      "the transport office said.\n";
  ExtractOptions options;
  options.report_boilerplate = true;
  Article a;
  ExtractFromText(doc, options, &a);
  EXPECT_EQ(a.title, "A headline about the council");
  EXPECT_NE(a.text.find("Work on the first section"), std::string::npos);
  std::size_t first = a.text.find("Get the day's top stories");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(a.text.find("Get the day's top stories", first + 1), std::string::npos);
  bool reported = false;
  for (const auto& r : a.removed) reported |= r.label == "duplicate";
  EXPECT_TRUE(reported);
}

TEST(PlainText, EmptyInput) {
  Article a;
  ExtractFromText("", {}, &a);
  EXPECT_EQ(a.text, "");
  ExtractFromText("\n\n  \n", {}, &a);
  EXPECT_EQ(a.text, "");
}

}  // namespace
}  // namespace newsdesk::text

#include "metadata/authors.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace newsdesk::metadata {
namespace {

using Names = std::vector<std::string>;

TEST(Authors, BylinesSplitIntoPeople) {
  EXPECT_EQ(SplitAuthors("By Jane Doe and John Roe"), (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(SplitAuthors("By Jane Doe, John Roe & Ann Lee"),
            (Names{"Jane Doe", "John Roe", "Ann Lee"}));
  EXPECT_EQ(SplitAuthors("Written by Maria Lindqvist"), (Names{"Maria Lindqvist"}));
}

TEST(Authors, RolesCredentialsAndContactsAreCut) {
  EXPECT_EQ(SplitAuthors("Jane Doe, Senior Writer"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Jane Doe - Staff Reporter"), (Names{"Jane Doe"}));
  EXPECT_EQ(SplitAuthors("Jillian Kubala, MS, RD"), (Names{"Jillian Kubala"}));
  EXPECT_EQ(SplitAuthors("Jeffrey A. Slotnick CPP"), (Names{"Jeffrey A. Slotnick"}));
  EXPECT_EQ(SplitAuthors("By jane@example.org"), (Names{}));
  EXPECT_EQ(SplitAuthors("Senior Writer"), (Names{}));
  EXPECT_EQ(SplitAuthors("Full Bio"), (Names{}));
}

TEST(Authors, ARoleChunkIsSkippedWholeWithTheOutletsInIt) {
  // The role names two outlets: neither is a person ("Weekly Post" alone would pass as a name).
  EXPECT_EQ(SplitAuthors("Jane Doe, Senior Writer at The Ledger and Weekly Post"),
            (Names{"Jane Doe"}));
}

TEST(Authors, DatesAfterAVisibleNameAreCut) {
  EXPECT_EQ(SplitAuthors("Russell Miller Dec 3, 2025"), (Names{"Russell Miller"}));
  EXPECT_EQ(SplitAuthors("Haley Hoekstra \xE2\x80\xA2 March 3"), (Names{"Haley Hoekstra"}));
  EXPECT_EQ(SplitAuthors("Theresa May"), (Names{"Theresa May"}));
}

TEST(Authors, ADatelinesLeftoversAreNotNames) {
  // A byline element that holds only the date's month or weekday gives no author.
  EXPECT_EQ(SplitAuthors("Dec"), (Names{}));
  EXPECT_EQ(SplitAuthors("Sat."), (Names{}));
  EXPECT_EQ(SplitAuthors("October"), (Names{}));
  EXPECT_EQ(SplitAuthors("Luke KimDecember 17, 2025"), (Names{"Luke Kim"}));
  EXPECT_EQ(SplitAuthors("Mayra Decker"), (Names{"Mayra Decker"}));
  EXPECT_EQ(SplitAuthors("Mateusz HabernyFounder at Oakywood"), (Names{"Mateusz Haberny"}));
  EXPECT_EQ(SplitAuthors("Ronald McDonald"), (Names{"Ronald McDonald"}));
  EXPECT_EQ(SplitAuthors("David at 3:15 pm"), (Names{"David"}));
}

TEST(Authors, VisibleNamesAreCapitalisedWordsGroupBylinesAside) {
  EXPECT_EQ(SplitAuthors("By outsourcing payroll, HR professionals can focus"), (Names{}));
  EXPECT_EQ(SplitAuthors("By Marna van der Merwe"), (Names{"Marna van der Merwe"}));
  EXPECT_EQ(SplitAuthors("By The Currency editors"), (Names{"The Currency editors"}));
  EXPECT_EQ(SplitAuthors("C"), (Names{}));
  EXPECT_EQ(SplitAuthors("By Resy Staff"), (Names{"Resy Staff"}));
  EXPECT_EQ(SplitAuthors("Meet Our Staff"), (Names{}));
  EXPECT_EQ(SplitAuthors("content: MarketingSherpa, design: Scott McDaniel", true), (Names{}));
}

TEST(Authors, MarkupKeepsALoneRoleButCutsARoleAfterAName) {
  EXPECT_EQ(SplitAuthors("Nicole Forbes, Master Horticulturalist, Garden Educator", true),
            (Names{"Nicole Forbes"}));
  EXPECT_EQ(SplitAuthors("Everfit Team", true), (Names{"Everfit Team"}));
  EXPECT_EQ(SplitAuthors("Matt De La O", true), (Names{"Matt De La O"}));
}

TEST(Authors, OrganisationsStayWholeAndATrailingOnIsTheNames) {
  EXPECT_EQ(SplitAuthors("Center for Drug Evaluation and Research", true),
            (Names{"Center for Drug Evaluation and Research"}));
  EXPECT_EQ(SplitAuthors("By Audiophile On"), (Names{"Audiophile On"}));
  EXPECT_EQ(SplitAuthors("By Jane Doe on March 3"), (Names{"Jane Doe"}));
}

TEST(Authors, WrittenOutLabels) {
  EXPECT_EQ(WrittenByBody("Written by Cassidy Horton"), "Cassidy Horton");
  EXPECT_EQ(WrittenByBody("  This post was written by Vanessa Mendez, MD"), "Vanessa Mendez, MD");
  EXPECT_EQ(WrittenByBody("By Jane Doe"), std::nullopt);  // teaser cards say "By" too
  EXPECT_EQ(WrittenByBody("Written by"), std::nullopt);
  EXPECT_TRUE(IsBylineLeadIn("Article written by:"));
  EXPECT_TRUE(IsBylineLeadIn("Author(s)"));
  EXPECT_TRUE(IsBylineLeadIn("Contributors:"));
  EXPECT_FALSE(IsBylineLeadIn("Written by Jane"));
}

TEST(Authors, MarkupFieldsKeepHandlesAndTeams) {
  EXPECT_EQ(SplitAuthors("jsteinhardt", /*from_markup=*/true), (Names{"jsteinhardt"}));
  EXPECT_EQ(SplitAuthors("Everfit Team", true), (Names{"Everfit Team"}));
  EXPECT_EQ(SplitAuthors("page.head.extra.author", true), (Names{}));
  EXPECT_EQ(SplitAuthors("Maria &amp; Katerina", true), (Names{"Maria", "Katerina"}));
  EXPECT_EQ(SplitAuthors("Jean-Luc Aufranc (CNXSoft)", true),
            (Names{"Jean-Luc Aufranc (CNXSoft)"}));
}

TEST(Authors, VisibleTextNeedsCapitalisedNames) {
  EXPECT_TRUE(LooksLikePersonName("Jane Doe"));
  EXPECT_FALSE(LooksLikePersonName("jsteinhardt"));
  EXPECT_FALSE(LooksLikePersonName("Read more about our team and what we do here today"));
  EXPECT_FALSE(LooksLikePersonName("Staff Reporter"));
  EXPECT_TRUE(IsBylineLeadIn("Written by"));
  EXPECT_FALSE(IsBylineLeadIn("Written by Jane"));
}

TEST(Authors, NameFromBio) {
  EXPECT_EQ(NameFromBio("Jane Doe has worked as a senior writer at The Ledger since 2014."),
            "Jane Doe");
  EXPECT_EQ(NameFromBio("Tomas Berglund is a reporter covering food prices."), "Tomas Berglund");
  EXPECT_EQ(NameFromBio("The council has been asked to review the plan."), "");
}

TEST(Authors, MergeSkipsDuplicates) {
  Names names = {"Jane Doe"};
  MergeAuthors(&names, {"jane doe", "John Roe"});
  EXPECT_EQ(names, (Names{"Jane Doe", "John Roe"}));
}

TEST(Authors, BylineBody) {
  EXPECT_EQ(BylineBody("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(BylineBody("by Jane Doe"), "Jane Doe");
  EXPECT_EQ(BylineBody("By: Jane Doe"), "Jane Doe");
  EXPECT_EQ(BylineBody("By: Jane Doe", {.colon = false}), std::nullopt);
  EXPECT_EQ(BylineBody("BY JANE DOE"), std::nullopt);
  EXPECT_EQ(BylineBody("BY JANE DOE", {.any_case = true}), "JANE DOE");
  EXPECT_EQ(BylineBody("Byron Bay is lovely"), std::nullopt);
  EXPECT_EQ(BylineBody("Jane Doe"), std::nullopt);
  EXPECT_EQ(BylineBody("By "), "");
  // A 150-char byline: within the default 200, beyond text mode's 149.
  std::string long_line = "By Jane Doe, " + std::string(137, 'x');
  ASSERT_EQ(long_line.size(), 150u);
  EXPECT_TRUE(BylineBody(long_line).has_value());
  EXPECT_FALSE(BylineBody(long_line, {.colon = false, .max_chars = 149}).has_value());
  EXPECT_FALSE(BylineBody("By " + std::string(198, 'x')).has_value());  // 201 chars
}

}  // namespace
}  // namespace newsdesk::metadata

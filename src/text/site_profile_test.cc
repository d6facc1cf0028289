#include "newsdesk/site_profile.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "newsdesk/extract.h"

namespace newsdesk {
namespace {

// Pages of one made-up outlet: its name on top, a house sign-up blurb and a bio line that the
// generic catalog does not know, each page with its own headline and paragraphs.
std::string Page(int n) {
  // Each page's own lines differ in words, not only in digits (digits are one shape).
  const char* kRoutes[] = {"North Quay", "Ferry Point", "Salt Island", "Gull Rock",
                           "Old Pier",   "Mill Bay",    "Cape Hollow"};
  std::string d = kRoutes[n % 7];
  return "The Harbour Gazette\n"
         "Ferry timetable " +
         d +
         " changes as the winter schedule begins\n"
         "The harbour board confirmed on Monday that the crossing to " +
         d +
         " will run every forty minutes until March, after months of complaints from commuters.\n"
         "Our morning briefing lands at 6am, with 40,000 readers and counting.\n"
         "Operators said the change to " +
         d +
         " reflects lower demand in the dark months and "
         "a shortage of qualified crew, which has cancelled sailings at short notice.\n"
         "Mara Lind covers transport and the waterfront for the Gazette.\n"
         "\u00a9 202" +
         std::to_string(n % 10) + " Harbour Gazette Media\n";
}

SiteProfile Learn(int pages, std::size_t min_documents = 3) {
  SiteProfile profile;
  for (int i = 0; i < pages; ++i) profile.AddDocument(Page(i));
  SiteProfile::Options options;
  options.min_documents = min_documents;
  profile.Finish(options);
  return profile;
}

TEST(SiteProfile, LearnsTheLinesTheSiteRepeats) {
  SiteProfile profile = Learn(6);
  EXPECT_EQ(profile.documents(), 6u);
  EXPECT_TRUE(profile.IsBoilerplate("The Harbour Gazette"));
  EXPECT_TRUE(profile.IsBoilerplate(
      "  our MORNING briefing lands at 6am, with 40,000 readers and counting. "));
  EXPECT_TRUE(
      profile.IsBoilerplate("Mara Lind covers transport and the waterfront for the Gazette."));
  // Digits are one shape: every year's copyright line matches.
  EXPECT_TRUE(profile.IsBoilerplate("\u00a9 2031 Harbour Gazette Media"));
  // Each page's own lines are not boilerplate.
  EXPECT_FALSE(profile.IsBoilerplate(
      "Operators said the change to Gull Rock reflects lower demand in the dark months and a "
      "shortage of qualified crew, which has cancelled sailings at short notice."));
  EXPECT_FALSE(profile.IsBoilerplate("A line never seen"));
}

TEST(SiteProfile, NeedsEnoughDocuments) {
  // Two pages are not enough evidence with the default of three documents.
  EXPECT_EQ(Learn(2).size(), 0u);
  EXPECT_GT(Learn(3).size(), 0u);
}

TEST(SiteProfile, SavesAndLoads) {
  SiteProfile profile = Learn(5);
  std::string path =
      (std::filesystem::temp_directory_path() / "newsdesk-site-profile-test.profile").string();
  ASSERT_TRUE(profile.Save(path).ok());
  auto loaded = SiteProfile::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->documents(), 5u);
  EXPECT_EQ(loaded->size(), profile.size());
  EXPECT_TRUE(loaded->IsBoilerplate("The Harbour Gazette"));
  std::remove(path.c_str());
}

TEST(SiteProfile, BadFilesAreErrorsNotCrashes) {
  EXPECT_EQ(SiteProfile::Load("/nonexistent/site.profile").status().code(), StatusCode::kNotFound);
  std::string path = (std::filesystem::temp_directory_path() / "newsdesk-bad.profile").string();
  std::ofstream(path) << "<html>not a profile</html>\n";
  EXPECT_EQ(SiteProfile::Load(path).status().code(), StatusCode::kCorruptInput);
  std::ofstream(path) << "newsdesk site profile v1\ndocuments\t3\nno tab here\n";
  EXPECT_EQ(SiteProfile::Load(path).status().code(), StatusCode::kCorruptInput);
  std::remove(path.c_str());
}

TEST(SiteProfile, TextModeDropsTheSiteLinesEverywhere) {
  auto profile = std::make_shared<const SiteProfile>(Learn(6));
  std::string page = Page(6);  // Cape Hollow: not among the six pages learned
  ExtractOptions options;
  options.input_format = InputFormat::kText;
  options.report_boilerplate = true;
  auto without = Extract(page, options);
  ASSERT_TRUE(without.ok());
  // Without the profile the outlet's name is taken for the headline and its house lines stay.
  EXPECT_EQ(without->title, "The Harbour Gazette");
  EXPECT_NE(without->text.find("Our morning briefing"), std::string::npos);

  options.site_profile = profile;
  auto with = Extract(page, options);
  ASSERT_TRUE(with.ok());
  EXPECT_EQ(with->title, "Ferry timetable Cape Hollow changes as the winter schedule begins");
  EXPECT_EQ(
      with->text,
      "The harbour board confirmed on Monday that the crossing to Cape Hollow will run every "
      "forty minutes until March, after months of complaints from commuters.\n\n"
      "Operators said the change to Cape Hollow reflects lower demand in the dark months and a "
      "shortage of qualified crew, which has cancelled sailings at short notice.");
  int site_lines = 0;
  for (const auto& r : with->removed) site_lines += r.label == "site-profile";
  EXPECT_EQ(site_lines, 4);
}

}  // namespace
}  // namespace newsdesk

#include "metadata/date.h"

#include <gtest/gtest.h>

namespace newsdesk::metadata {
namespace {

std::string Iso(std::string_view text, const DateTime* reference = nullptr) {
  auto d = ParseDate(text, reference);
  return d ? d->ToIso() : "none";
}

TEST(Date, IsoFormsKeepTheirOffset) {
  EXPECT_EQ(Iso("2019-11-19T08:02:00Z"), "2019-11-19T08:02:00Z");
  EXPECT_EQ(Iso("2019-11-19T08:02:00.123-05:00"), "2019-11-19T08:02:00-05:00");
  EXPECT_EQ(Iso("2019-11-19 08:02"), "2019-11-19T08:02:00");
  EXPECT_EQ(Iso("2019/11/19"), "2019-11-19");
  EXPECT_EQ(Iso("published 2024-03-14"), "2024-03-14");
}

TEST(Date, Rfc2822AndEnglishMonths) {
  EXPECT_EQ(Iso("Tue, 19 Nov 2019 08:02:00 GMT"), "2019-11-19T08:02:00Z");
  EXPECT_EQ(Iso("November 19, 2019"), "2019-11-19");
  EXPECT_EQ(Iso("19th November 2019"), "2019-11-19");
  EXPECT_EQ(Iso("Nov. 19, 2019 8:21 am ET"), "2019-11-19T08:21:00-05:00");
  EXPECT_EQ(Iso("Updated 3:14 PM ET, Thu February 17, 2022"), "2022-02-17T15:14:00-05:00");
  EXPECT_EQ(Iso("Sept 3, 2021 11:05 pm PDT"), "2021-09-03T23:05:00-07:00");
}

TEST(Date, NoonAndMidnightOnTheTwelveHourClock) {
  EXPECT_EQ(Iso("Nov. 19, 2019 12:30 pm ET"), "2019-11-19T12:30:00-05:00");
  EXPECT_EQ(Iso("Nov. 19, 2019 12:05 am ET"), "2019-11-19T00:05:00-05:00");
}

TEST(Date, NumericYearLast) {
  EXPECT_EQ(Iso("19.11.2019"), "2019-11-19");
  EXPECT_EQ(Iso("Updated: 10/31/2024"), "2024-10-31");
  EXPECT_EQ(Iso("31/10/2024"), "2024-10-31");  // 31 cannot be a month
}

TEST(Date, HugeNumbersDoNotOverflow) {
  EXPECT_EQ(Iso("11390445820th of nothing 99999999999999999999"), "none");
}

TEST(Date, ImpossibleDatesAreRejected) {
  EXPECT_EQ(Iso("2019-02-30"), "none");
  EXPECT_EQ(Iso("1850-01-01"), "none");
  EXPECT_EQ(Iso("no date here, 12 items"), "none");
}

TEST(Date, RelativeDatesNeedAReference) {
  EXPECT_EQ(Iso("yesterday"), "none");
  DateTime reference;
  reference.year = 2024;
  reference.month = 3;
  reference.day = 1;
  EXPECT_EQ(Iso("Yesterday at 5pm", &reference), "2024-02-29");
  EXPECT_EQ(Iso("3 days ago", &reference), "2024-02-27");
  EXPECT_EQ(Iso("today", &reference), "2024-03-01");
}

TEST(Date, FromUrlPaths) {
  auto iso = [](std::string_view url) {
    auto d = DateFromUrl(url);
    return d ? d->ToIso() : "none";
  };
  EXPECT_EQ(iso("https://venturebeat.com/2019/11/18/new-york-state/"), "2019-11-18");
  EXPECT_EQ(iso("https://example.org/news/2024-03-14-ferry"), "2024-03-14");
  EXPECT_EQ(iso("https://example.org/a/20191119/story"), "2019-11-19");
  EXPECT_EQ(iso("https://blog.example.org%2Farticles%2F2025-12-15%2Btitle"), "2025-12-15");
  EXPECT_EQ(iso("https://2019.example.org/page/2"), "none");
}

TEST(DateLineLabel, PublicationAndRevisionLabels) {
  EXPECT_EQ(DateLineLabel("Posted on the 15/12/2025 at 19:00 by"), DateLabel::kPublished);
  EXPECT_EQ(DateLineLabel("  Published: 3 May 2024"), DateLabel::kPublished);
  EXPECT_EQ(DateLineLabel("Last updated: November 13, 2025"), DateLabel::kUpdated);
  EXPECT_EQ(DateLineLabel("Updated on March 7, 2025"), DateLabel::kUpdated);
  EXPECT_EQ(DateLineLabel("Posted in Gardening"), DateLabel::kNone);
  EXPECT_EQ(DateLineLabel("Published"), DateLabel::kNone);  // a bare label: the date is elsewhere
}

}  // namespace
}  // namespace newsdesk::metadata

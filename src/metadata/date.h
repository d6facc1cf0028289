// Dates as pages write them, to ISO 8601.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsdesk::metadata {

struct DateTime {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  bool has_offset = false;
  int offset_minutes = 0;  // east of UTC

  // "2019-11-19", "2019-11-19T08:02:00", or "2019-11-19T08:02:00-05:00" (offset "Z" for UTC).
  std::string ToIso() const;
};

// Parses the date forms found in markup and bylines:
//   ISO 8601 and its common variants ("2019-11-19T08:02:00Z", "2019-11-19 08:02", "2019/11/19");
//   RFC 822/2822 ("Tue, 19 Nov 2019 08:02:00 GMT");
//   English month names ("November 19, 2019", "Nov. 19, 2019 8:21 am ET", "19 November 2019",
//   "Updated 3:14 PM ET, Thu February 17, 2022");
//   numeric dates with the year last: "19.11.2019" (day first) and "10/31/2024" (month first
//   unless the first number is over 12).
// US time-zone names (ET, EST, EDT, CT, PT, ...), GMT and UTC give an offset. Relative dates
// ("today", "yesterday", "3 days ago") need `reference` (the crawl or file date), else fail.
// Returns nothing for text with no plausible date (years 1990-2100).
std::optional<DateTime> ParseDate(std::string_view text, const DateTime* reference = nullptr);

// A date in a URL path: /2019/11/19/, /2019-11-19/, /20191119/ (day optional: /2019/11/ gives
// only year and month and is not returned).
std::optional<DateTime> DateFromUrl(std::string_view url);

// A line that opens with a date's label: "Posted on the 15/12/2025 at 19:00", "Published:
// 3 May 2024" (kPublished), "Last updated: November 13, 2025" (kUpdated); kNone otherwise or when
// longer than 80 bytes. Case-insensitive.
enum class DateLabel { kNone, kPublished, kUpdated };
DateLabel DateLineLabel(std::string_view line);

}  // namespace newsdesk::metadata

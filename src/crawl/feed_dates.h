// Feed dates to ISO 8601: RFC 822/2822 dates (RSS pubDate) and RFC 3339 dates (Atom, JSON Feed,
// dc:date, sitemaps' W3C datetimes).
//
// Written here rather than taken from metadata/date.h, which sits in the same layer and reads
// the far looser dates of page markup. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::crawl {

// "Tue, 10 Jun 2003 04:00:00 GMT" -> "2003-06-10T04:00:00Z"; "10 Jun 03 09:30 EST" ->
// "2003-06-10T09:30:00-05:00"; "2003-12-13T18:30:02.25+01:00" -> "2003-12-13T18:30:02+01:00";
// "2003-12-13" -> "2003-12-13". The time keeps its zone offset ("Z" for UTC; none when the
// RFC 822 zone is unknown, e.g. a military letter); fractions of a second are dropped.
// Empty when `text` is neither form or names an impossible date (month 13, 30 February).
std::string NormalizeFeedDate(std::string_view text);

}  // namespace newsdesk::crawl

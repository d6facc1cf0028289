// Feeds: RSS 2.0 (and 0.9x), RSS 1.0 / RDF, Atom 1.0 and JSON Feed 1.0/1.1 parsed into items;
// feed links found in HTML pages.
//
// ParseFeed tells the kind by the bytes (a JSON object is a JSON Feed; XML by its root element:
// <rss>, <rdf:RDF>, Atom's <feed>) and reads XML with expat through xml_reader.h, so its limits
// hold: no DTD or external entity is read and a document declaring entities is refused.
// Elements are known by namespace URI, never by prefix (dc:date, content:encoded, atom:link
// inside RSS). Item URLs are resolved against the xml:base in scope, else `base_url`, else the
// feed's own link; only absolute http(s) URLs are kept (an item without one keeps an empty url).
//
// Failures: kCorruptInput when the bytes are no feed (another root element, JSON that is no
// feed), when a document declares entities, or when the XML or JSON breaks before a single item
// was read. When it breaks later, the items read before the break are returned and
// Feed::truncated is set; it is set too when the feed holds more than kMaxFeedItems items (the
// rest is not read).
//
// Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk::crawl {

// Items read per feed; a news feed holds tens, an archive feed a few thousand.
inline constexpr std::size_t kMaxFeedItems = 10000;

enum class FeedKind { kRss, kRdf, kAtom, kJson };

struct FeedItem {
  std::string url;       // absolute http(s), or empty
  std::string id;        // guid, atom:id or the JSON Feed id, as given
  std::string title;     // text as given (entities decoded; may hold HTML in RSS)
  std::string date;      // published (else updated) date as given
  std::string date_iso;  // `date` in ISO 8601 (feed_dates.h), empty when it does not parse
  std::string summary;   // description / summary (else the full content), as given: often HTML
};

struct Feed {
  FeedKind kind = FeedKind::kRss;
  std::string title;
  std::string link;  // the site's home page, absolute http(s), or empty
  std::vector<FeedItem> items;
  bool truncated = false;  // malformed after some items, or more than kMaxFeedItems
};

// Parses a feed's bytes (UTF-8 or the encoding its XML declaration names; see xml_reader.h);
// `base_url` is the URL the feed was fetched from (may be empty).
Result<Feed> ParseFeed(std::string_view bytes, std::string_view base_url);

// The feeds an HTML page links to: <link rel="alternate" type="application/rss+xml" (or
// atom+xml, feed+json, rdf+xml) href="...">, in page order, resolved against the page's <base href>
// (or `base_url`), absolute http(s) only, without repeats.
std::vector<std::string> DiscoverFeeds(std::string_view html, std::string_view base_url);

}  // namespace newsdesk::crawl

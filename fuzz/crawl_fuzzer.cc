// Fuzz target: the crawler's parsers: robots.txt (parse and match), feeds (RSS, RDF, Atom, JSON
// Feed), feed discovery in HTML, and sitemaps (XML, gzip, text).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "crawl/feeds.h"
#include "crawl/robots.h"
#include "crawl/sitemaps.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newsdesk::crawl::Robots robots = newsdesk::crawl::ParseRobots(bytes);
  (void)robots.Allowed("newsdesk/0.1", "/a/b?c=%7e&d=\xC3\xA9");
  (void)robots.CrawlDelay("newsdesk");
  // The input's own first line as a path too: wildcards against wildcards.
  std::string_view first_line = bytes.substr(0, bytes.find('\n'));
  (void)robots.Allowed("*", first_line);
  newsdesk::Result<newsdesk::crawl::Feed> feed =
      newsdesk::crawl::ParseFeed(bytes, "https://news.example/feed.xml");
  if (feed.ok() && feed->items.size() > newsdesk::crawl::kMaxFeedItems) __builtin_trap();
  (void)newsdesk::crawl::DiscoverFeeds(bytes, "https://news.example/");
  newsdesk::Result<newsdesk::crawl::Sitemap> sitemap =
      newsdesk::crawl::ParseSitemap(bytes, "https://news.example/sitemap.xml");
  if (sitemap.ok() && sitemap->entries.size() > newsdesk::crawl::kMaxSitemapUrls) __builtin_trap();
  return 0;
}

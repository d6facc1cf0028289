// Sitemaps (sitemaps.org protocol 0.9, and Google News sitemaps) parsed into entries.
//
// ParseSitemap reads a sitemap index (<sitemapindex><sitemap><loc>), a URL set
// (<urlset><url><loc>, <lastmod>, and the Google News extension's <news:news> with
// <news:publication_date> and <news:title>), gzip-compressed sitemaps (told by the gzip magic
// bytes, inflated to at most kMaxSitemapBytes) and text sitemaps (one URL per line). Sitemap
// elements are those in the sitemaps.org namespace (or none, or Google's old 0.84 one); the news
// elements are known by their namespace URI (kGoogleNewsNamespace), so <image:loc> and the like are
// never taken for a page. XML is read with expat through xml_reader.h, whose hardening holds. URLs
// are resolved against `base_url` (the protocol wants them absolute); only http(s) URLs are kept.
//
// Failures: kLimitExceeded when gzip data inflates past kMaxSitemapBytes; kCorruptInput for
// corrupt gzip, an XML root other than <urlset> or <sitemapindex>, a DOCTYPE declaring entities,
// or XML that breaks before a single entry was read. When it breaks later, the entries read are
// returned and Sitemap::truncated is set; it is set too when the file lists more than
// kMaxSitemapUrls URLs (the rest is not read).
//
// Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk::crawl {

// The protocol's limits per sitemap file: 50,000 URLs and 50 MiB uncompressed.
inline constexpr std::size_t kMaxSitemapUrls = 50000;
inline constexpr std::size_t kMaxSitemapBytes = 50 * 1024 * 1024;

inline constexpr std::string_view kSitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
inline constexpr std::string_view kGoogleNewsNamespace =
    "http://www.google.com/schemas/sitemap-news/0.9";

struct SitemapEntry {
  std::string url;         // absolute http(s): a page, or in an index a sitemap
  std::string lastmod;     // as given (W3C datetime), or empty
  std::string news_title;  // <news:title>, or empty
  std::string news_date;   // <news:publication_date> as given, or empty
};

struct Sitemap {
  bool index = false;  // a sitemap index: the entries are sitemaps
  std::vector<SitemapEntry> entries;
  bool truncated = false;  // malformed after some entries, or more than kMaxSitemapUrls
};

// Parses a sitemap's bytes (plain or gzip); `base_url` is the URL it was fetched from (may be
// empty).
Result<Sitemap> ParseSitemap(std::string_view bytes, std::string_view base_url);

}  // namespace newsdesk::crawl

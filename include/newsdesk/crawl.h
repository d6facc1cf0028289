// newsdesk/crawl.h: bringing in outlets' new articles from their feeds and sitemaps, politely,
// archived as WARC, extracted and kept in the archive (newsdesk/store.h). Part of newsdesk_crawl
// (libcurl).
//
// A Crawler runs rounds. Each round reads the sources (home pages, feeds, sitemaps; a home page's
// feeds are discovered, and its robots.txt Sitemap lines followed), fetches every listed article
// URL the archive does not hold yet (and none older than `since`), writes every response and its
// request to the WARC files in `warc_dir`, extracts each page and stores it (near-duplicate
// copies linked as `ingest` does), and remembers every URL it asked for in the archive's
// crawl_urls table: feeds' and sitemaps' validators for the next round's conditional GETs, and
// the outcome of each article URL (a 404 is not asked again; a timeout is, next round).
// Politeness: robots.txt (RFC 9309, Crawl-delay), one request at a time per host with
// `delay_seconds` between them, retries with exponential back-off (Retry-After honoured), a host
// that keeps failing paused for the round.
//
// A killed crawl loses nothing it fetched: the WARC holds every response before it is extracted;
// the archive commits at most once a second, and at the latest a second after the last page
// stored (so the write lock is never held long: `serve` and `briefing --db` can use the file
// meanwhile), and a page whose transaction was lost is fetched again next time (its URL is not
// known yet). Feeds' validators are saved only at the end of a whole round, so a feed whose items
// were not all fetched is read again in full next time, not answered with a 304.
//
// Thread-safety: one thread; the Store is the crawler's while it runs.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "newsdesk/status.h"
#include "newsdesk/store.h"

namespace newsdesk {

struct CrawlOptions {
  // Home pages, feeds or sitemaps (absolute http(s) URLs).
  std::vector<std::string> sources;
  // Where the WARC files go (created when missing); empty: nothing is archived.
  std::string warc_dir;
  // The User-Agent: names the project and how to reach whoever runs it. robots.txt groups are
  // matched by its product token ("newsdesk").
  std::string user_agent = "newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)";
  // Seconds between two requests to one host (robots.txt's Crawl-delay may ask for more).
  double delay_seconds = 1.0;
  double timeout_seconds = 30.0;  // a whole transfer
  double connect_timeout_seconds = 10.0;
  std::size_t max_page_bytes = 16u << 20;  // bytes as received; a larger response is dropped
  int max_retries = 3;
  double backoff_seconds = 1.0;  // the first retry's wait; it doubles
  int parallel_hosts = 32;       // transfers at once (one per host)
  // Items dated before this (YYYY-MM-DD or an ISO time) are not fetched. Empty: `since_days`
  // days before each round's start (0: no bound). Default: 2 days.
  std::string since;
  int since_days = 2;
  // An address or URL for site owners: the WARC's warcinfo `operator` (put it in user_agent
  // too). Default: none.
  std::string contact;
  int max_articles_per_host = 500;               // new articles per host per round
  uint64_t warc_file_bytes = uint64_t{1} << 30;  // rotate WARC files past this size
  std::size_t min_article_chars = 200;           // shorter extractions are kept as "not an article"
  // Set (from a signal handler) to end a round early: nothing new starts; transfers under way
  // finish and are kept.
  const std::atomic<bool>* stop = nullptr;
  // Called a few times a second with the round's counts (a progress line); may be empty.
  std::function<void(const struct CrawlSummary&)> progress;
};

struct CrawlSummary {
  uint64_t requests = 0;
  uint64_t responses = 0;
  uint64_t bytes = 0;         // payload bytes received
  uint64_t not_modified = 0;  // 304s (unchanged feeds and sitemaps)
  uint64_t redirects = 0;
  uint64_t retries = 0;
  uint64_t feeds = 0;
  uint64_t sitemaps = 0;
  uint64_t hosts = 0;
  uint64_t fetched = 0;       // article pages fetched
  uint64_t added = 0;         // new articles stored
  uint64_t updated = 0;       // newer versions of stored articles
  uint64_t duplicates = 0;    // new articles linked as near-duplicate copies
  uint64_t not_articles = 0;  // pages with too little text
  uint64_t known = 0;         // listed URLs already in the archive
  uint64_t too_old = 0;       // listed URLs dated before `since`
  uint64_t disallowed = 0;    // URLs robots.txt disallows
  uint64_t failed = 0;        // URLs that gave no page (errors: the first few)
  double seconds = 0;
  // Seconds the fetching waited for extraction and storing to catch up (the queue between them
  // was full): near 0 when the network is the limit, most of the round when extraction is.
  double waited_for_store = 0;
  std::vector<std::string> errors;
  std::string warc_file;  // the WARC file written last; empty when none
};

class Crawler {
 public:
  // Checks the options; opens nothing on the network yet. Fails with kInvalidArgument for a
  // source that is no http(s) URL or a bad option, kIoError when the WARC directory cannot be
  // made.
  static Result<std::unique_ptr<Crawler>> Create(Store* store, CrawlOptions options);
  ~Crawler();
  Crawler(const Crawler&) = delete;
  Crawler& operator=(const Crawler&) = delete;

  // One round over the sources. Fails only when the archive or the WARC cannot be written (a full
  // disk): what was done before is kept.
  Result<CrawlSummary> Round();
  // Closes the WARC file (flushed and synced).
  Status Close();

 private:
  struct Impl;
  explicit Crawler(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Reads a sources file: one URL a line; blank lines and lines starting with '#' are skipped, and
// anything after the URL on its line (a name, a comment) is ignored. Fails with kNotFound /
// kInvalidArgument (naming the line) for a line that is no http(s) URL.
Result<std::vector<std::string>> ReadSources(const std::string& path);

}  // namespace newsdesk

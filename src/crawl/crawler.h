// One crawl round: from sources (home pages, feeds, sitemaps) to the article pages they list,
// fetched politely (frontier.h), each exchange archived (warc_writer.h), each article handed to
// a sink that keeps it. The round knows nothing of the store: the sink says which URLs are known
// and remembers feeds' validators (src/pipeline/crawl.cc keeps them in the archive).
//
// What a source is, is told by its bytes: a feed (feeds.h), a sitemap (sitemaps.h), else an HTML
// page whose feed links are followed (and, when it has none, the common feed paths /feed,
// /rss.xml, /feed.xml, /atom.xml); a source host's robots.txt Sitemap lines are followed too.
// Sitemap indexes are followed max_sitemap_depth levels down. Feed items and sitemap entries
// older than `since` (by their date) are not fetched, nor are URLs the sink knows. Redirects are
// followed hop by hop (each hop a request of its own, robots.txt and delays holding), at most
// max_redirects; a loop ends the chain. Feeds, sitemaps and sources are asked for with the
// validators the sink remembers (If-None-Match, If-Modified-Since): a 304 costs nothing more.
//
// Not thread-safe. `stop` (set from a signal handler) ends the round early: nothing new starts,
// the transfers under way finish.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "crawl/fetcher.h"
#include "crawl/frontier.h"
#include "crawl/warc_writer.h"
#include "newsdesk/status.h"

namespace newsdesk::crawl {

struct CrawlerOptions {
  FetcherOptions fetch;
  FrontierOptions frontier;
  int max_in_flight = 32;  // transfers at once (each to another host)
  int max_redirects = 5;
  int max_sitemap_depth = 2;
  std::string since;                // ISO 8601 date or time: older items are skipped; empty: none
  int max_articles_per_host = 500;  // new article URLs taken per host per round
  const std::atomic<bool>* stop = nullptr;
  // Called now and then with the round's counts so far (for a progress line); may be empty.
  std::function<void(const struct CrawlRoundSummary&)> progress;
};

struct CrawlRoundSummary {
  uint64_t requests = 0;
  uint64_t responses = 0;     // HTTP responses (any status)
  uint64_t bytes = 0;         // payload bytes received
  uint64_t not_modified = 0;  // 304s
  uint64_t redirects = 0;     // 3xx hops followed
  uint64_t retries = 0;       // failed attempts queued again
  uint64_t articles = 0;      // article pages handed to the sink
  uint64_t known = 0;         // listed article URLs skipped: the sink knew them
  uint64_t too_old = 0;       // listed article URLs skipped: dated before `since`
  uint64_t disallowed = 0;    // tasks robots.txt disallowed
  uint64_t failed = 0;        // tasks that ended without a usable response
  uint64_t feeds = 0;         // feeds read
  uint64_t sitemaps = 0;      // sitemaps read
  uint64_t hosts = 0;
  double seconds = 0;
  std::vector<std::string> errors;  // the first few failures, "URL: why"
};

// A feed's, sitemap's or source's validators.
struct Validators {
  std::string etag;
  std::string last_modified;
};

// An article page as it came (a 2xx response, archived).
struct FetchedPage {
  std::string url;        // as listed
  std::string final_url;  // after redirects (== url when none)
  int status = 0;
  std::string content_type;  // the media type, lower-cased ("text/html")
  std::string charset;       // Content-Type's charset, lower-cased; empty when none
  std::string content_encoding;
  std::string body;  // as received (Content-Encoding kept)
  std::string title_hint, date_hint;
  WarcLocation warc;       // empty path when not archived
  std::string fetched_at;  // WARC-Date style
};

class CrawlSink {
 public:
  virtual ~CrawlSink() = default;
  // For each URL, true when its article is kept already (it is not fetched again).
  virtual std::vector<bool> Known(const std::vector<std::string>& urls) = 0;
  // The validators remembered for a feed or a URL set sitemap (never for a page or a sitemap
  // index: a 304 there would hide the feeds and sitemaps they lead to, which change more often).
  virtual Validators GetValidators(const std::string& url) = 0;
  // A source, feed or sitemap was read (a 2xx): what it turned out to be ("feed", "sitemap",
  // "sitemap index", "page"), its status and validators.
  virtual Status Checked(const std::string& url, std::string_view kind, int status,
                         const Validators& validators) = 0;
  // An article page: keep it. A failure (the store cannot be written) ends the round.
  virtual Status Page(FetchedPage page) = 0;
  // Article URLs to try again this round (they failed for a while last time: a timeout).
  virtual std::vector<std::string> ToRetry() = 0;
  // An article URL that ended without a page: `status` 0 when no response came. `retry_later`:
  // the failure may pass (a timeout, a paused host), so try again next round.
  virtual Status Failed(const CrawlTask& task, int status, const std::string& why,
                        bool retry_later) = 0;
};

// Runs one round over `sources`. `warc` may be null (nothing archived). Fails only when the
// archive or the sink fails (a full disk); every other failure is counted and the round goes on.
Result<CrawlRoundSummary> CrawlRound(const std::vector<std::string>& sources,
                                     const CrawlerOptions& options, Fetcher* fetcher,
                                     WarcWriter* warc, CrawlSink* sink);

}  // namespace newsdesk::crawl

// The crawl frontier: what is left to fetch in a round, host by host, and when each host may be
// asked again. Pure logic on a clock the caller passes in (tests drive it with a fake one).
//
// Politeness, per origin (scheme, host and port: robots.txt's scope): robots.txt is fetched
// before anything else of the host and every task is checked against it before it starts (a
// disallowed task is dropped, never started); one request at a time; after each response the
// host rests max(min_delay, its Crawl-delay) (a Crawl-delay is capped at max_crawl_delay). A
// failed attempt (timeout, 429, 5xx, no answer) is retried up to max_retries times after
// backoff * 2^attempt seconds, or after the Retry-After the server sent (capped); a host with
// failures_to_pause failures in a row is paused: its tasks are dropped for the round (the next
// round finds them again). Hosts do not wait for each other.
//
// Not thread-safe.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "crawl/robots.h"

namespace newsdesk::crawl {

using CrawlClock = std::chrono::steady_clock;

enum class TaskKind { kRobots, kSource, kFeed, kSitemap, kArticle };

// "robots", "source", "feed", "sitemap", "article".
const char* TaskKindName(TaskKind kind);

struct CrawlTask {
  TaskKind kind = TaskKind::kArticle;
  std::string url;
  std::string origin;              // the host whose queue and robots.txt it goes by (set by Add)
  int attempt = 0;                 // failed attempts so far
  std::vector<std::string> chain;  // the redirect hops before this URL, the URL as listed first
  std::string title;               // hints from the feed or sitemap that listed it
  std::string date;
  int depth = 0;  // sitemap index nesting
  CrawlClock::time_point not_before{};
};

// A task that leaves the frontier without being fetched (or after its last retry).
struct DroppedTask {
  CrawlTask task;
  std::string reason;  // "disallowed by robots.txt", "host paused after 5 failures", ...
};

struct FrontierOptions {
  std::string user_agent = "newsdesk";  // the product token robots.txt groups are matched by
  double min_delay_seconds = 1.0;
  double max_crawl_delay_seconds = 60.0;
  int max_retries = 3;
  double backoff_seconds = 1.0;
  double max_retry_after_seconds = 600.0;  // a longer Retry-After drops the task for the round
  int failures_to_pause = 5;
};

// "http://example.com:8080" for any URL of that origin (scheme and host lower-cased, default port
// dropped); empty when `url` is not http(s).
std::string UrlOrigin(std::string_view url);

class Frontier {
 public:
  explicit Frontier(FrontierOptions options) : options_(std::move(options)) {}

  // Queues a task, unless its URL was queued before this round (`again` skips that check: a
  // retry, a redirect hop). A new host gets its robots.txt task first. False when not queued.
  bool Add(CrawlTask task, bool again = false);
  // The next task that may start at `now`; none when nothing may. `*wake` is set to the
  // earliest time one may (time_point::max() when nothing is queued). Tasks that robots.txt
  // disallows are moved to `dropped`.
  std::optional<CrawlTask> Next(CrawlClock::time_point now, CrawlClock::time_point* wake,
                                std::vector<DroppedTask>* dropped);
  // The host's robots.txt, once read (or its status rule applied).
  void SetRobots(const std::string& origin, Robots robots);
  // A started task ended at `now`: the host rests, its failure count is reset (ok) or grows.
  // When it reaches failures_to_pause, the host's queued tasks are moved to `dropped`.
  void Finished(const CrawlTask& task, CrawlClock::time_point now, bool ok,
                std::vector<DroppedTask>* dropped);
  // Queues a failed task again after `retry_after_seconds` (< 0: the exponential backoff). False
  // (and the task is not queued) when its retries are used up or the wait is too long.
  bool Retry(CrawlTask task, CrawlClock::time_point now, double retry_after_seconds);

  bool empty() const { return queued_ == 0 && busy_ == 0; }
  std::size_t queued() const { return queued_; }
  std::size_t busy() const { return busy_; }
  std::size_t hosts() const { return hosts_.size(); }
  // The pause between two requests to `origin` (seconds).
  double DelayOf(const std::string& origin) const;

 private:
  struct Host {
    std::deque<CrawlTask> robots_tasks;  // robots.txt (and its redirect hops)
    std::deque<CrawlTask> tasks;         // sources, feeds, sitemaps first; then articles
    std::deque<CrawlTask> articles;
    std::optional<Robots> robots;
    double delay = 1.0;
    bool busy = false;
    bool paused = false;
    int failures = 0;
    CrawlClock::time_point next_at{};
  };
  // Puts a task in its host's queue for its kind.
  void Enqueue(Host* host, CrawlTask task);
  void Drop(Host* host, const std::string& reason, std::vector<DroppedTask>* dropped);
  std::optional<CrawlTask> TakeReady(Host* host, CrawlClock::time_point now,
                                     CrawlClock::time_point* wake,
                                     std::vector<DroppedTask>* dropped);

  FrontierOptions options_;
  std::map<std::string, Host> hosts_;
  std::unordered_set<std::string> seen_;
  std::size_t queued_ = 0;
  std::size_t busy_ = 0;
};

}  // namespace newsdesk::crawl

// The crawl frontier: what is left to fetch in a round, host by host, and when each host may be
// asked again. Pure logic on a clock the caller passes in (tests drive it with a fake one).
//
// Politeness. robots.txt is read per origin (scheme, host and port: its scope): it is fetched
// before anything else of the origin (unless a RobotsCache holds it from an earlier round of the
// last 24 hours) and every task is checked against it before it starts (a
// disallowed task is dropped, never started; an unreachable robots.txt drops the origin's tasks
// for the round). Requests are paced per server (host and port, http and https alike: an http
// URL that redirects to https goes to the same server): one at a time, and after each response
// the server rests max(min_delay, the origin's Crawl-delay) (a Crawl-delay is capped at
// max_crawl_delay, and holds from the first request after robots.txt). A failed attempt
// (timeout, 429, 5xx, no answer) is retried up to max_retries times after backoff * 2^attempt
// seconds, or after the Retry-After the server sent (capped); the whole server waits that long
// too. An origin with failures_to_pause failures in a row is paused: its tasks are dropped for
// the round (the next round finds them again). Servers do not wait for each other.
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
  int depth = 0;         // sitemap index nesting
  bool guessed = false;  // a common feed path tried on a page that links no feed
  CrawlClock::time_point not_before{};
};

enum class DropReason {
  kDisallowed,         // robots.txt disallows it: do not ask again
  kRobotsUnreachable,  // robots.txt did not answer (5xx, no answer): wait, ask next round
  kHostPaused,         // its host failed too often this round: ask next round
};

// A task that leaves the frontier without being fetched.
struct DroppedTask {
  CrawlTask task;
  DropReason why = DropReason::kDisallowed;
  std::string reason;  // in words: "disallowed by robots.txt", "host paused after 5 failures"
};

// robots.txt files read in earlier rounds, per origin, kept for max_age (RFC 9309 2.4: a cached
// copy is not used for more than 24 hours). Only answers the RFC lets one keep are put here: a
// file read (2xx) or an unavailable one (4xx: allow all); an unreachable one is asked for again.
// Not thread-safe; owned by whoever runs the rounds (src/pipeline/crawl.cc).
class RobotsCache {
 public:
  explicit RobotsCache(std::chrono::seconds max_age = std::chrono::hours(24)) : max_age_(max_age) {}
  // The origin's robots.txt when read less than max_age before `now`; else null.
  const Robots* Find(const std::string& origin, CrawlClock::time_point now) const;
  // Keeps `robots` for the origin, read at `now` (entries past max_age are let go).
  void Put(const std::string& origin, Robots robots, CrawlClock::time_point now);
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    Robots robots;
    CrawlClock::time_point read_at;
  };
  std::chrono::seconds max_age_;
  std::map<std::string, Entry> entries_;
};

struct FrontierOptions {
  std::string user_agent = "newsdesk";  // the product token robots.txt groups are matched by
  double min_delay_seconds = 1.0;
  double max_crawl_delay_seconds = 60.0;
  int max_retries = 3;
  double backoff_seconds = 1.0;
  double max_retry_after_seconds = 600.0;  // a longer Retry-After drops the task for the round
  int failures_to_pause = 5;
  // robots.txt files of earlier rounds (not owned; may be null): a new origin found there is not
  // asked for its robots.txt again.
  RobotsCache* robots_cache = nullptr;
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
  // The origin's robots.txt, once read (or its status rule applied).
  void SetRobots(const std::string& origin, Robots robots);
  // The origin's robots.txt could not be had (5xx or no answer after the retries): its tasks are
  // dropped (kRobotsUnreachable) for the round.
  void SetRobotsUnreachable(const std::string& origin);
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
  // A server (host and port): one request at a time, and when the next may start.
  struct Gate {
    bool busy = false;
    CrawlClock::time_point next_at{};
    CrawlClock::time_point last_done{};
  };
  // An origin: its queues and robots.txt.
  struct Host {
    std::deque<CrawlTask> robots_tasks;  // robots.txt (and its redirect hops)
    std::deque<CrawlTask> tasks;         // sources, feeds, sitemaps first; then articles
    std::deque<CrawlTask> articles;
    std::optional<Robots> robots;
    bool robots_unreachable = false;
    double delay = 1.0;
    bool paused = false;
    int failures = 0;
    Gate* gate = nullptr;  // in gates_ (map nodes do not move)
  };
  // Puts a task in its host's queue for its kind.
  void Enqueue(Host* host, CrawlTask task);
  void Drop(Host* host, DropReason why, const std::string& reason,
            std::vector<DroppedTask>* dropped);
  std::optional<CrawlTask> TakeReady(Host* host, CrawlClock::time_point now,
                                     CrawlClock::time_point* wake,
                                     std::vector<DroppedTask>* dropped);

  FrontierOptions options_;
  std::map<std::string, Host> hosts_;
  std::map<std::string, Gate> gates_;
  std::unordered_set<std::string> seen_;
  std::size_t queued_ = 0;
  std::size_t busy_ = 0;
};

}  // namespace newsdesk::crawl

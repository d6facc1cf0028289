// The crawl frontier; see frontier.h.
#include "crawl/frontier.h"

#include <algorithm>
#include <cmath>

#include "util/ascii.h"
#include "util/url.h"

namespace newsdesk::crawl {
namespace {

using Seconds = std::chrono::duration<double>;

CrawlClock::duration After(double seconds) {
  return std::chrono::duration_cast<CrawlClock::duration>(Seconds(std::max(0.0, seconds)));
}

// Tasks looked at per queue for one whose retry time has come (the rest wait their turn).
constexpr int kScan = 8;

}  // namespace

const char* TaskKindName(TaskKind kind) {
  switch (kind) {
    case TaskKind::kRobots:
      return "robots";
    case TaskKind::kSource:
      return "source";
    case TaskKind::kFeed:
      return "feed";
    case TaskKind::kSitemap:
      return "sitemap";
    case TaskKind::kArticle:
      return "article";
  }
  return "article";
}

std::string UrlOrigin(std::string_view url) {
  if (!IsHttpUrl(url)) return "";
  std::size_t colon = url.find(':');
  std::string scheme = AsciiLowerCopy(url.substr(0, colon));
  std::string_view rest = url.substr(colon + 3);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  if (std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    authority.remove_prefix(at + 1);
  }
  std::string host = AsciiLowerCopy(authority);
  // Drop a default port (":80" for http, ":443" for https); an IPv6 literal keeps its brackets.
  std::size_t port = host.rfind(':');
  if (port != std::string::npos && host.find(']', port) == std::string::npos) {
    std::string_view p = std::string_view(host).substr(port + 1);
    if (p.empty() || (scheme == "http" && p == "80") || (scheme == "https" && p == "443")) {
      host.resize(port);
    }
  }
  return scheme + "://" + host;
}

bool Frontier::Add(CrawlTask task, bool again) {
  task.origin =
      task.kind == TaskKind::kRobots && !task.origin.empty() ? task.origin : UrlOrigin(task.url);
  if (task.origin.empty()) return false;
  if (!again && task.kind != TaskKind::kRobots) {
    std::string key = NormalizeUrl(task.url);
    if (!seen_.insert(key.empty() ? task.url : key).second) return false;
  }
  auto [it, is_new] = hosts_.try_emplace(task.origin);
  Host& host = it->second;
  if (is_new) {
    host.delay = options_.min_delay_seconds;
    // The server: the origin without its scheme ("example.com", "127.0.0.1:8080").
    host.gate = &gates_[task.origin.substr(task.origin.find("://") + 3)];
  }
  if (is_new && options_.robots_cache != nullptr) {
    if (const Robots* known = options_.robots_cache->Find(task.origin, CrawlClock::now())) {
      SetRobots(task.origin, *known);
      is_new = false;  // no robots.txt task
    }
  }
  if (is_new) {
    CrawlTask robots;
    robots.kind = TaskKind::kRobots;
    robots.url = task.origin + "/robots.txt";
    robots.origin = task.origin;
    host.robots_tasks.push_back(std::move(robots));
    ++queued_;
  }
  if (host.paused) return false;
  Enqueue(&host, std::move(task));
  return true;
}

void Frontier::Enqueue(Host* host, CrawlTask task) {
  if (task.kind == TaskKind::kRobots) {
    host->robots_tasks.push_back(std::move(task));
  } else if (task.kind == TaskKind::kArticle) {
    host->articles.push_back(std::move(task));
  } else {
    host->tasks.push_back(std::move(task));
  }
  ++queued_;
}

const Robots* RobotsCache::Find(const std::string& origin, CrawlClock::time_point now) const {
  auto it = entries_.find(origin);
  if (it == entries_.end() || now - it->second.read_at >= max_age_) return nullptr;
  return &it->second.robots;
}

void RobotsCache::Put(const std::string& origin, Robots robots, CrawlClock::time_point now) {
  std::erase_if(entries_, [&](const auto& e) { return now - e.second.read_at >= max_age_; });
  entries_.insert_or_assign(origin, Entry{std::move(robots), now});
}

void Frontier::SetRobots(const std::string& origin, Robots robots) {
  auto it = hosts_.find(origin);
  if (it == hosts_.end()) return;
  Host& host = it->second;
  std::optional<double> crawl_delay = robots.CrawlDelay(options_.user_agent);
  host.delay = std::max(options_.min_delay_seconds,
                        std::min(crawl_delay.value_or(0.0), options_.max_crawl_delay_seconds));
  host.robots = std::move(robots);
  host.robots_unreachable = false;
  if (host.gate != nullptr) {  // the Crawl-delay holds from the first request after robots.txt
    host.gate->next_at = std::max(host.gate->next_at, host.gate->last_done + After(host.delay));
  }
}

void Frontier::SetRobotsUnreachable(const std::string& origin) {
  auto it = hosts_.find(origin);
  if (it == hosts_.end()) return;
  SetRobots(origin, Robots::DisallowAll());
  it->second.robots_unreachable = true;
}

double Frontier::DelayOf(const std::string& origin) const {
  auto it = hosts_.find(origin);
  return it == hosts_.end() ? options_.min_delay_seconds : it->second.delay;
}

void Frontier::Drop(Host* host, DropReason why, const std::string& reason,
                    std::vector<DroppedTask>* dropped) {
  for (auto* queue : {&host->robots_tasks, &host->tasks, &host->articles}) {
    for (CrawlTask& task : *queue) dropped->push_back({std::move(task), why, reason});
    queued_ -= queue->size();
    queue->clear();
  }
}

std::optional<CrawlTask> Frontier::TakeReady(Host* host, CrawlClock::time_point now,
                                             CrawlClock::time_point* wake,
                                             std::vector<DroppedTask>* dropped) {
  auto take = [&](std::deque<CrawlTask>* queue) -> std::optional<CrawlTask> {
    int looked = 0;  // tasks dropped here do not count
    for (auto it = queue->begin(); it != queue->end() && looked < kScan;) {
      if (it->kind != TaskKind::kRobots && host->robots &&
          !host->robots->Allowed(options_.user_agent, it->url)) {
        if (host->robots_unreachable) {
          dropped->push_back({std::move(*it), DropReason::kRobotsUnreachable,
                              "robots.txt unreachable: waiting until the next round"});
        } else {
          dropped->push_back({std::move(*it), DropReason::kDisallowed, "disallowed by robots.txt"});
        }
        it = queue->erase(it);
        --queued_;
        continue;
      }
      ++looked;
      if (it->not_before > now) {
        *wake = std::min(*wake, it->not_before);
        ++it;
        continue;
      }
      if (host->gate->next_at > now) {  // ready, but the server rests
        *wake = std::min(*wake, host->gate->next_at);
        return std::nullopt;
      }
      CrawlTask task = std::move(*it);
      queue->erase(it);
      --queued_;
      return task;
    }
    return std::nullopt;
  };
  if (!host->robots) return take(&host->robots_tasks);
  if (std::optional<CrawlTask> task = take(&host->robots_tasks)) return task;
  if (std::optional<CrawlTask> task = take(&host->tasks)) return task;
  return take(&host->articles);
}

std::optional<CrawlTask> Frontier::Next(CrawlClock::time_point now, CrawlClock::time_point* wake,
                                        std::vector<DroppedTask>* dropped) {
  *wake = CrawlClock::time_point::max();
  for (auto& [origin, host] : hosts_) {
    if (host.gate->busy || host.paused) continue;
    std::optional<CrawlTask> task = TakeReady(&host, now, wake, dropped);
    if (task) {
      host.gate->busy = true;
      ++busy_;
      return task;
    }
  }
  return std::nullopt;
}

void Frontier::Finished(const CrawlTask& task, CrawlClock::time_point now, bool ok,
                        std::vector<DroppedTask>* dropped) {
  auto it = hosts_.find(task.origin);
  if (it == hosts_.end() || !it->second.gate->busy) return;
  Host& host = it->second;
  host.gate->busy = false;
  --busy_;
  host.gate->last_done = now;
  host.gate->next_at = std::max(host.gate->next_at, now + After(host.delay));
  host.failures = ok ? 0 : host.failures + 1;
  if (host.failures >= options_.failures_to_pause && !host.paused) {
    host.paused = true;
    Drop(&host, DropReason::kHostPaused,
         "host paused after " + std::to_string(host.failures) + " failures in a row", dropped);
  }
}

bool Frontier::Retry(CrawlTask task, CrawlClock::time_point now, double retry_after_seconds) {
  auto it = hosts_.find(task.origin);
  if (it == hosts_.end() || it->second.paused) return false;
  ++task.attempt;
  if (task.attempt > options_.max_retries) return false;
  double wait = retry_after_seconds >= 0
                    ? retry_after_seconds
                    : options_.backoff_seconds * std::pow(2.0, task.attempt - 1);
  if (wait > options_.max_retry_after_seconds) return false;
  task.not_before = now + After(wait);
  Gate* gate = it->second.gate;  // the server is given the same rest
  gate->next_at = std::max(gate->next_at, task.not_before);
  Enqueue(&it->second, std::move(task));
  return true;
}

}  // namespace newsdesk::crawl

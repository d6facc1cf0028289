// One crawl round; see crawler.h.
#include "crawl/crawler.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include "crawl/feeds.h"
#include "crawl/robots.h"
#include "crawl/sitemaps.h"
#include "newsdesk/warc.h"
#include "util/ascii.h"
#include "util/url.h"

namespace newsdesk::crawl {
namespace {

using Clock = CrawlClock;

constexpr std::size_t kMaxErrors = 20;
// Feed paths tried on a source page that links no feed.
constexpr const char* kCommonFeedPaths[] = {"/feed", "/rss.xml", "/feed.xml", "/atom.xml"};

bool IsRedirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Seconds in a Retry-After header (delta-seconds only; an HTTP date counts as none: -1).
double RetryAfterSeconds(const std::string& value) {
  double seconds = -1;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec != std::errc() || seconds < 0) return -1;
  return seconds;
}

bool IsHtml(const std::string& type) {
  return type.empty() || type == "text/html" || type == "application/xhtml+xml";
}

// Older than `since`, by the first 10 characters of an ISO date ("" is never older).
bool OlderThan(std::string_view date, std::string_view since) {
  if (date.size() < 10 || since.size() < 10) return false;
  return date.substr(0, 10) < since.substr(0, 10);
}

// An article URL a feed or sitemap lists, with its hints.
struct Listed {
  std::string url, title, date;
};

class Round {
 public:
  Round(const CrawlerOptions& options, Fetcher* fetcher, WarcWriter* warc, CrawlSink* sink)
      : options_(options),
        fetcher_(fetcher),
        warc_(warc),
        sink_(sink),
        frontier_(options.frontier) {}

  Result<CrawlRoundSummary> Run(const std::vector<std::string>& sources) {
    auto start = Clock::now();
    for (const std::string& url : sources) {
      CrawlTask task;
      task.kind = TaskKind::kSource;
      task.url = url;
      if (!frontier_.Add(task)) continue;
      source_origins_.insert(UrlOrigin(url));
    }
    if (RobotsCache* cache = options_.frontier.robots_cache) {  // robots.txt read in a round before
      for (const std::string& origin : source_origins_) {
        if (const Robots* robots = cache->Find(origin, Clock::now()))
          AddSitemapsOf(*robots, origin + "/robots.txt");
      }
    }
    for (std::string& url : sink_->ToRetry()) {
      CrawlTask task;
      task.kind = TaskKind::kArticle;
      task.url = std::move(url);
      frontier_.Add(std::move(task));
    }
    while (status_.ok() && (!frontier_.empty() || fetcher_->in_flight() > 0)) {
      bool stopping = options_.stop != nullptr && options_.stop->load();
      if (stopping && fetcher_->in_flight() == 0) break;
      Clock::time_point wake = Clock::time_point::max();
      if (!stopping) StartReady(&wake);
      int timeout_ms = 200;
      if (fetcher_->in_flight() == 0 && wake != Clock::time_point::max()) {
        auto until = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now());
        timeout_ms = static_cast<int>(std::clamp<int64_t>(until.count(), 1, 200));
      }
      std::vector<FetchResponse> done;
      fetcher_->Poll(timeout_ms, &done);
      for (FetchResponse& response : done) {
        if (!status_.ok()) break;
        Handle(std::move(response));
      }
      ReportProgress(false);
    }
    if (fetcher_->in_flight() > 0) fetcher_->CancelAll();  // after a failure: none outlives us
    summary_.hosts = frontier_.hosts();
    summary_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    ReportProgress(true);
    if (!status_.ok()) return status_;
    return summary_;
  }

 private:
  void StartReady(Clock::time_point* wake) {
    while (fetcher_->in_flight() < static_cast<std::size_t>(options_.max_in_flight)) {
      std::vector<DroppedTask> dropped;
      std::optional<CrawlTask> task = frontier_.Next(Clock::now(), wake, &dropped);
      for (DroppedTask& d : dropped) Drop(d);
      if (!task) return;
      FetchRequest request;
      request.tag = ++next_tag_;
      request.url = task->url;
      if (task->kind == TaskKind::kFeed || task->kind == TaskKind::kSitemap ||
          task->kind == TaskKind::kSource) {
        Validators v = sink_->GetValidators(task->url);
        if (!v.etag.empty()) request.headers.push_back("If-None-Match: " + v.etag);
        if (!v.last_modified.empty()) {
          request.headers.push_back("If-Modified-Since: " + v.last_modified);
        }
      }
      Status st = fetcher_->Start(std::move(request));
      ++summary_.requests;
      if (!st.ok()) {
        std::vector<DroppedTask> paused;
        frontier_.Finished(*task, Clock::now(), true, &paused);
        for (DroppedTask& d : paused) Drop(d);
        if (task->kind == TaskKind::kRobots) frontier_.SetRobots(task->origin, Robots::AllowAll());
        Fail(*task, 0, std::string(st.message()), false);
        continue;
      }
      tasks_.emplace(next_tag_, std::move(*task));
    }
  }

  void Handle(FetchResponse response) {
    auto it = tasks_.find(response.tag);
    if (it == tasks_.end()) return;
    CrawlTask task = std::move(it->second);
    tasks_.erase(it);
    auto now = Clock::now();
    if (response.failure == FetchFailure::kNone) {
      ++summary_.responses;
      summary_.bytes += response.body.size();
      Archive(response);
    }
    int status = response.status;
    bool transient = response.failure == FetchFailure::kTimeout ||
                     response.failure == FetchFailure::kNetwork || status == 429 || status >= 500;
    std::vector<DroppedTask> paused;
    frontier_.Finished(task, now, !transient, &paused);  // a bad URL is no failure of the host
    for (DroppedTask& d : paused) Drop(d);
    if (!status_.ok()) return;
    if (transient) {
      std::string why = response.failure != FetchFailure::kNone ? response.error
                                                                : "HTTP " + std::to_string(status);
      double after =
          status == 429 || status == 503 ? RetryAfterSeconds(response.Header("Retry-After")) : -1;
      if (frontier_.Retry(task, now, after)) {
        ++summary_.retries;
        return;
      }
      if (task.kind == TaskKind::kRobots) {  // unreachable: wait (nothing this round)
        frontier_.SetRobotsUnreachable(task.origin);
        Fail(task, status,
             "robots.txt unreachable (" + why + "): nothing fetched from " + task.origin +
                 " this round",
             true);
        return;
      }
      Fail(task, status, why + " (after " + std::to_string(task.attempt) + " retries)", true);
      return;
    }
    if (response.failure == FetchFailure::kBadUrl) {  // permanent, and not the server's fault
      if (task.kind == TaskKind::kRobots) frontier_.SetRobots(task.origin, Robots::AllowAll());
      Fail(task, 0, response.error, false);
      return;
    }
    if (response.failure == FetchFailure::kTooLarge) {
      if (task.kind == TaskKind::kRobots) {
        frontier_.SetRobots(task.origin, ParseRobots(response.body));
        return;
      }
      Fail(task, status, response.error, false);
      return;
    }
    if (IsRedirect(status) && !response.Header("Location").empty()) {
      Redirect(task, response);
      return;
    }
    switch (task.kind) {
      case TaskKind::kRobots:
        OnRobots(task, response);
        return;
      case TaskKind::kSource:
      case TaskKind::kFeed:
      case TaskKind::kSitemap:
        OnListing(task, response);
        return;
      case TaskKind::kArticle:
        OnArticle(task, std::move(response));
        return;
    }
  }

  void Archive(const FetchResponse& r) {
    if (warc_ == nullptr) return;
    WarcExchange exchange;
    exchange.target_uri = r.url;
    exchange.ip = r.ip;
    exchange.request_head = r.request_head;
    exchange.response_head = r.response_head;
    exchange.payload = r.body;
    exchange.date = r.sent;
    Result<WarcLocation> where = warc_->Write(exchange);
    if (!where.ok()) {
      status_ = where.status();
      return;
    }
    last_location_ = *where;
  }

  // The body with its Content-Encoding undone; empty (and a failure said) when it cannot be.
  bool Decoded(const CrawlTask& task, const FetchResponse& r, std::string* out) {
    std::string coding = r.Header("Content-Encoding");
    if (coding.empty()) {
      *out = r.body;
      return true;
    }
    Status st = DecodeContentEncoding(r.body, AsciiLowerCopy(coding),
                                      options_.fetch.max_body_bytes * 8, out);
    if (st.ok()) return true;
    Fail(task, r.status, "Content-Encoding " + coding + ": " + std::string(st.message()), false);
    return false;
  }

  void Redirect(const CrawlTask& task, const FetchResponse& r) {
    std::string target = ResolveUrl(task.url, r.Header("Location"));
    std::vector<std::string> chain = task.chain;
    chain.push_back(task.url);
    std::string failure;
    if (!IsHttpUrl(target)) {
      failure = "redirect to a non-http URL";
    } else if (std::find(chain.begin(), chain.end(), target) != chain.end()) {
      failure = "redirect loop (" + target + ")";
    } else if (static_cast<int>(chain.size()) > options_.max_redirects) {
      failure = "more than " + std::to_string(options_.max_redirects) + " redirects";
    }
    if (!failure.empty()) {
      // A robots.txt that cannot be followed is "unavailable" (RFC 9309 2.3.1.2): allow all.
      if (task.kind == TaskKind::kRobots) frontier_.SetRobots(task.origin, Robots::AllowAll());
      Fail(task, r.status, failure, false);
      return;
    }
    if (task.kind == TaskKind::kSource) source_origins_.insert(UrlOrigin(target));
    ++summary_.redirects;
    CrawlTask hop = task;
    hop.url = target;
    hop.chain = std::move(chain);
    hop.attempt = 0;
    hop.not_before = {};
    if (task.kind == TaskKind::kRobots) {  // robots.txt is read for the host that asked for it
      frontier_.Add(std::move(hop), /*again=*/true);
      return;
    }
    if (task.kind == TaskKind::kArticle && sink_->Known({target})[0]) {
      ++summary_.known;
      Fail(task, r.status, "redirected to " + target + ", which is kept already", false);
      return;
    }
    if (!frontier_.Add(std::move(hop))) {
      Fail(task, r.status, "redirected to " + target + ", fetched in this round already", false);
    }
  }

  void OnRobots(const CrawlTask& task, const FetchResponse& r) {
    Robots robots = Robots::AllowAll();  // 4xx (and odd answers): unavailable
    if (r.status >= 200 && r.status < 300) {
      std::string text;
      if (Decoded(task, r, &text)) robots = ParseRobots(text);
      if (source_origins_.count(task.origin) != 0) AddSitemapsOf(robots, task.url);
    }
    if (RobotsCache* cache = options_.frontier.robots_cache)
      cache->Put(task.origin, robots, Clock::now());
    frontier_.SetRobots(task.origin, std::move(robots));
  }

  // A source host's robots.txt Sitemap lines, as sitemap tasks (`base`: the robots.txt's URL).
  void AddSitemapsOf(const Robots& robots, const std::string& base) {
    for (const std::string& sitemap : robots.sitemaps()) {
      std::string url = ResolveUrl(base, sitemap);
      if (!IsHttpUrl(url)) continue;
      CrawlTask t;
      t.kind = TaskKind::kSitemap;
      t.url = url;
      frontier_.Add(std::move(t));
    }
  }

  // A source, feed or sitemap.
  void OnListing(const CrawlTask& task, const FetchResponse& r) {
    if (r.status == 304) {  // a feed or URL set as it was: nothing new in it
      ++summary_.not_modified;
      return;
    }
    if (r.status < 200 || r.status >= 300) {
      if (task.guessed && r.status < 500) return;  // a guess that missed: no failure
      Fail(task, r.status, "HTTP " + std::to_string(r.status), false);
      return;
    }
    std::string body;
    if (!Decoded(task, r, &body)) return;
    if (task.kind != TaskKind::kSitemap) {
      Result<Feed> feed = ParseFeed(body, task.url);
      if (feed.ok()) {
        ++summary_.feeds;
        std::vector<Listed> listed;
        for (const FeedItem& item : feed->items) {
          listed.push_back({item.url, item.title, item.date_iso});
        }
        Remember(task, "feed", r, AddArticles(std::move(listed)));
        return;
      }
      if (task.kind == TaskKind::kFeed) {
        if (!task.guessed) {
          Fail(task, r.status, "not a feed: " + std::string(feed.status().message()), false);
        }
        return;
      }
    }
    Result<Sitemap> sitemap = ParseSitemap(body, task.url);
    if (sitemap.ok() && (task.kind == TaskKind::kSitemap || !sitemap->entries.empty())) {
      ++summary_.sitemaps;
      std::vector<Listed> listed;
      for (const SitemapEntry& e : sitemap->entries) {
        if (!sitemap->index) {
          listed.push_back({e.url, e.news_title, e.news_date.empty() ? e.lastmod : e.news_date});
        } else if (task.depth < options_.max_sitemap_depth &&
                   !OlderThan(e.lastmod, options_.since)) {
          CrawlTask t;
          t.kind = TaskKind::kSitemap;
          t.url = e.url;
          t.depth = task.depth + 1;
          frontier_.Add(std::move(t));
        }
      }
      bool whole = AddArticles(std::move(listed));
      Remember(task, sitemap->index ? "sitemap index" : "sitemap", r, whole);
      return;
    }
    if (task.kind == TaskKind::kSitemap) {
      Fail(task, r.status, "not a sitemap: " + std::string(sitemap.status().message()), false);
      return;
    }
    // An HTML page: the feeds it links to, else the common feed paths.
    Remember(task, "page", r, true);
    std::vector<std::string> feeds = DiscoverFeeds(body, task.url);
    bool guessed = feeds.empty();
    if (guessed) {
      for (const char* path : kCommonFeedPaths) feeds.push_back(ResolveUrl(task.url, path));
    }
    for (std::string& url : feeds) {
      CrawlTask t;
      t.kind = TaskKind::kFeed;
      t.url = std::move(url);
      t.guessed = guessed;
      frontier_.Add(std::move(t));
    }
  }

  // Tells the sink what a listing was; its validators only when every URL it listed was taken
  // (`whole`): a 304 next time must not hide URLs left over by the per-host cap.
  void Remember(const CrawlTask& task, std::string_view kind, const FetchResponse& r, bool whole) {
    Validators v;
    if (whole) v = {r.Header("ETag"), r.Header("Last-Modified")};
    Status st = sink_->Checked(task.url, kind, r.status, v);
    if (!st.ok()) status_ = st;
  }

  // The article URLs a feed or sitemap lists: those the sink does not know (asked in one call:
  // the sink may have to wait for its store) and that are recent enough are queued.
  // False when the per-host cap left some out.
  bool AddArticles(std::vector<Listed> listed) {
    std::vector<Listed> fresh;
    for (Listed& item : listed) {
      if (!IsHttpUrl(item.url)) continue;
      if (OlderThan(item.date, options_.since)) {
        ++summary_.too_old;
        continue;
      }
      fresh.push_back(std::move(item));
    }
    std::vector<std::string> urls;
    for (const Listed& item : fresh) urls.push_back(item.url);
    std::vector<bool> known = sink_->Known(urls);
    bool whole = true;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
      if (known[i]) {
        ++summary_.known;
        continue;
      }
      std::string origin = UrlOrigin(fresh[i].url);
      if (per_host_[origin] >= options_.max_articles_per_host) {
        whole = false;
        continue;
      }
      CrawlTask t;
      t.kind = TaskKind::kArticle;
      t.url = std::move(fresh[i].url);
      t.title = std::move(fresh[i].title);
      t.date = std::move(fresh[i].date);
      if (frontier_.Add(std::move(t))) ++per_host_[origin];
    }
    return whole;
  }

  void OnArticle(const CrawlTask& task, FetchResponse r) {
    if (r.status < 200 || r.status >= 300) {
      Fail(task, r.status, "HTTP " + std::to_string(r.status), false);
      return;
    }
    // The head as the WARC reader parses it: media type and charset, lower-cased.
    Result<HttpResponse> head = ParseHttpResponse(r.response_head, /*copy_body=*/false);
    std::string type = head.ok() ? head->content_type : "";
    if (!IsHtml(type)) {
      Fail(task, r.status, "not HTML (" + type + ")", false);
      return;
    }
    FetchedPage page;
    page.url = task.chain.empty() ? task.url : task.chain.front();
    page.final_url = task.url;
    page.status = r.status;
    page.content_type = std::move(type);
    page.charset = head->charset;
    page.content_encoding = AsciiLowerCopy(r.Header("Content-Encoding"));
    page.body = std::move(r.body);
    page.title_hint = task.title;
    page.date_hint = task.date;
    if (warc_ != nullptr) page.warc = last_location_;
    page.fetched_at = WarcDate(r.sent);
    ++summary_.articles;
    Status st = sink_->Page(std::move(page));
    if (!st.ok()) status_ = st;
  }

  // A task the frontier let go: robots.txt disallows it (remembered, not a failure), or its
  // robots.txt is unreachable or its host was paused (failures for now: asked again next round).
  void Drop(const DroppedTask& d) {
    if (d.why == DropReason::kDisallowed) {
      ++summary_.disallowed;
      if (d.task.kind != TaskKind::kArticle) return;
      Status st = sink_->Failed(d.task, 0, d.reason, false);
      if (!st.ok()) status_ = st;
      return;
    }
    Fail(d.task, 0, d.reason, true);
  }

  void Fail(const CrawlTask& task, int status, const std::string& why, bool retry_later) {
    ++summary_.failed;
    if (summary_.errors.size() < kMaxErrors) summary_.errors.push_back(task.url + ": " + why);
    if (task.kind != TaskKind::kArticle) return;
    CrawlTask listed = task;
    if (!task.chain.empty()) listed.url = task.chain.front();
    Status st = sink_->Failed(listed, status, why, retry_later);
    if (!st.ok()) status_ = st;
  }

  void ReportProgress(bool force) {
    if (!options_.progress) return;
    auto now = Clock::now();
    if (!force && now - last_progress_ < std::chrono::milliseconds(250)) return;
    last_progress_ = now;
    summary_.hosts = frontier_.hosts();
    options_.progress(summary_);
  }

  const CrawlerOptions& options_;
  Fetcher* fetcher_;
  WarcWriter* warc_;
  CrawlSink* sink_;
  Frontier frontier_;
  CrawlRoundSummary summary_;
  Status status_;
  std::unordered_map<uint64_t, CrawlTask> tasks_;
  std::set<std::string> source_origins_;
  std::map<std::string, int> per_host_;
  WarcLocation last_location_;
  uint64_t next_tag_ = 0;
  Clock::time_point last_progress_{};
};

}  // namespace

Result<CrawlRoundSummary> CrawlRound(const std::vector<std::string>& sources,
                                     const CrawlerOptions& options, Fetcher* fetcher,
                                     WarcWriter* warc, CrawlSink* sink) {
  Round round(options, fetcher, warc, sink);
  return round.Run(sources);
}

}  // namespace newsdesk::crawl

// The crawl into the archive (newsdesk/crawl.h): crawl rounds (src/crawl/crawler.h) whose sink
// extracts each page and stores it, and remembers each URL asked for in crawl_urls.
#include "newsdesk/crawl.h"

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <fstream>
#include <mutex>
#include <thread>

#include "crawl/crawler.h"
#include "newsdesk/extract.h"
#include "newsdesk/warc.h"
#include "pipeline/ingest.h"
#include "stories/story_builder.h"
#include "util/url.h"

namespace newsdesk {
namespace {

using crawl::CrawlTask;
using crawl::FetchedPage;
using crawl::TaskKind;
using crawl::Validators;

// Rows per transaction at most (the worker also commits whenever it runs dry, at most once a
// second): a killed crawl loses the pages of the open transaction from the archive, not from the
// WARC, and fetches them again next round (their URLs are not known yet).
constexpr int kRowsPerTransaction = 1000;
// Rounds an article URL that keeps failing for a while (timeouts) is tried in, and how many such
// URLs one round takes up again.
constexpr int kMaxRetryRounds = 3;
constexpr int kMaxRetriedUrls = 2000;
// Pages waiting for the worker at most (and their bytes): the fetching waits beyond.
constexpr std::size_t kQueuePages = 64;
constexpr std::size_t kQueueBytes = std::size_t{64} << 20;

// YYYY-MM-DD of `days` days before now (UTC).
std::string DaysAgo(int days) {
  return stories::DayString(static_cast<int>(std::time(nullptr) / 86400) - days);
}

std::string NowIso() {
  return crawl::WarcDate(std::chrono::system_clock::now()).substr(0, 19) + "Z";
}

// The crawl's sink: pages are extracted and stored on a worker thread while the crawl goes on
// fetching (a bounded queue between them); the Store is used under one mutex by both threads.
class StoreSink : public crawl::CrawlSink {
 public:
  StoreSink(Store* store, Ingester* ingester, const CrawlOptions& options)
      : store_(store), ingester_(ingester), options_(options), before_(ingester->summary()) {
    worker_ = std::thread([this] { Work(); });
  }
  ~StoreSink() { Drain(); }

  // Waits until every queued page is stored; the worker's failure, if any.
  Status Drain() {
    {
      std::lock_guard<std::mutex> lock(queue_mu_);
      closing_ = true;
    }
    queue_cv_.notify_all();
    if (worker_.joinable()) worker_.join();
    std::lock_guard<std::mutex> lock(queue_mu_);
    return worker_status_;
  }

  // The counts so far (for progress lines; safe while the worker runs).
  CrawlSummary Snapshot() {
    std::lock_guard<std::mutex> lock(store_mu_);
    CrawlSummary s = summary_;
    const IngestSummary& now = ingester_->summary();
    s.added = now.added - before_.added;
    s.updated = now.updated - before_.updated;
    s.duplicates = now.duplicates - before_.duplicates;
    std::lock_guard<std::mutex> queue_lock(queue_mu_);
    s.waited_for_store = waited_;
    return s;
  }

  std::vector<bool> Known(const std::vector<std::string>& urls) override {
    std::lock_guard<std::mutex> lock(store_mu_);  // once for a whole feed or sitemap
    std::vector<bool> known;
    known.reserve(urls.size());
    for (const std::string& url : urls) {
      Result<std::optional<CrawlRecord>> record = store_->GetCrawlRecord(url);
      if (record.ok() && record->has_value() && (*record)->kind == "article" &&
          !(*record)->outcome.starts_with("retry")) {
        known.push_back(true);
        continue;
      }
      Result<bool> stored = store_->HasArticleUrl(url);
      known.push_back(stored.ok() && *stored);
    }
    return known;
  }

  Validators GetValidators(const std::string& url) override {
    std::lock_guard<std::mutex> lock(store_mu_);
    Result<std::optional<CrawlRecord>> record = store_->GetCrawlRecord(url);
    if (!record.ok() || !record->has_value()) return {};
    if ((*record)->kind != "feed" && (*record)->kind != "sitemap") return {};
    return {(*record)->etag, (*record)->last_modified};
  }

  Status Checked(const std::string& url, std::string_view kind, int status,
                 const Validators& validators) override {
    std::lock_guard<std::mutex> lock(store_mu_);
    CrawlRecord r;
    r.url = url;
    r.kind = std::string(kind);
    r.status = status;
    r.outcome = "read";
    r.etag = validators.etag;
    r.last_modified = validators.last_modified;
    r.fetched_at = NowIso();
    listings_.push_back(std::move(r));
    return Status::Ok();
  }

  // Writes what the round learnt of its feeds and sitemaps (their validators). Only after a
  // whole round: were they written as soon as read, a crawl killed before it fetched a feed's
  // items would get a 304 for that feed next time and never see them.
  Status SaveListings() {
    std::lock_guard<std::mutex> lock(store_mu_);
    for (const CrawlRecord& r : listings_) {
      Status st = store_->PutCrawlRecord(r);
      if (!st.ok()) return st;
    }
    listings_.clear();
    return Status::Ok();
  }

  // Queues the page for the worker; waits while the queue is full (bounded memory).
  Status Page(FetchedPage page) override {
    std::unique_lock<std::mutex> lock(queue_mu_);
    auto start = std::chrono::steady_clock::now();
    queue_cv_.wait(lock, [&] {
      return !worker_status_.ok() || (queue_.size() < kQueuePages && queued_bytes_ < kQueueBytes);
    });
    waited_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!worker_status_.ok()) return worker_status_;
    queued_bytes_ += page.body.size();
    queue_.push_back(std::move(page));
    queue_cv_.notify_all();
    return Status::Ok();
  }

  std::vector<std::string> ToRetry() override {
    std::lock_guard<std::mutex> lock(store_mu_);
    Result<std::vector<std::string>> urls = store_->CrawlUrlsToRetry(kMaxRetriedUrls);
    return urls.ok() ? std::move(urls).value() : std::vector<std::string>();
  }

  Status Failed(const CrawlTask& task, int status, const std::string& why,
                bool retry_later) override {
    std::lock_guard<std::mutex> lock(store_mu_);
    return RememberFailure(task, status, why, retry_later);
  }

 private:
  // Stores queued pages; commits at most once a second, and at the latest a second after the
  // last page stored when no more come: stored pages show up promptly, the write lock is never
  // held for long, and a busy crawl still writes big transactions (few writes per page).
  void Work() {
    using Clock = std::chrono::steady_clock;
    bool uncommitted = false;
    for (;;) {
      FetchedPage page;
      bool have_page = false;
      {
        std::unique_lock<std::mutex> lock(queue_mu_);
        auto ready = [&] { return closing_ || !queue_.empty(); };
        if (uncommitted) {
          queue_cv_.wait_until(lock, last_commit_ + std::chrono::seconds(1), ready);
        } else {
          queue_cv_.wait(lock, ready);
        }
        if (!queue_.empty()) {
          page = std::move(queue_.front());
          queue_.pop_front();
          queued_bytes_ -= page.body.size();
          have_page = true;
        } else if (closing_) {
          return;  // Drain: the round's end commits (Crawler::Round)
        }
      }
      Status st;
      if (have_page) {
        queue_cv_.notify_all();
        st = Process(std::move(page));
        uncommitted = true;
      }
      if (st.ok() && uncommitted && Clock::now() - last_commit_ >= std::chrono::seconds(1)) {
        std::lock_guard<std::mutex> lock(store_mu_);
        st = ingester_->Finish();
        last_commit_ = Clock::now();
        uncommitted = false;
      }
      if (!st.ok()) {
        std::lock_guard<std::mutex> lock(queue_mu_);
        worker_status_ = st;
        queue_.clear();
        queued_bytes_ = 0;
        queue_cv_.notify_all();
        return;
      }
    }
  }

  // Extracts (without the store's lock) and stores (with it).
  Status Process(FetchedPage page) {
    std::string body;
    Status st;
    if (!page.content_encoding.empty() && page.content_encoding != "identity") {
      st = DecodeContentEncoding(page.body, page.content_encoding, options_.max_page_bytes * 8,
                                 &body);
    } else {
      body = std::move(page.body);
    }
    ExtractOptions extract;
    extract.url = page.final_url;
    extract.charset = page.charset;
    extract.reference_date = page.fetched_at;
    Result<Article> article = st.ok() ? extractor_.Extract(body, extract) : Result<Article>(st);
    std::lock_guard<std::mutex> lock(store_mu_);
    ++summary_.fetched;
    CrawlRecord r;
    r.url = page.url;
    r.kind = "article";
    r.status = page.status;
    r.final_url = page.final_url == page.url ? "" : page.final_url;
    r.warc = page.warc.path;
    r.warc_offset = page.warc.path.empty() ? -1 : static_cast<int64_t>(page.warc.offset);
    r.fetched_at = page.fetched_at;
    if (!article.ok()) {
      r.outcome = "not extracted: " + std::string(article.status().message());
      ++summary_.failed;
    } else if (article->text.size() < options_.min_article_chars) {
      r.outcome = "not an article";
      ++summary_.not_articles;
    } else {
      ArticleRecord record;
      record.article = std::move(*article);
      if (record.article.url.empty()) record.article.url = page.final_url;
      record.source = page.warc.path.empty()
                          ? page.final_url
                          : page.warc.path + "@" + std::to_string(page.warc.offset);
      record.id = record.source;
      st = ingester_->Add(record);
      if (!st.ok()) return st;
      r.outcome = "stored";
    }
    return store_->PutCrawlRecord(r);
  }

  Status RememberFailure(const CrawlTask& task, int status, const std::string& why,
                         bool retry_later) {
    CrawlRecord r;
    r.url = task.url;
    r.kind = "article";
    r.status = status;
    r.outcome = why;
    if (retry_later) {  // "retry N: why", N rounds so far; given up after kMaxRetryRounds
      int rounds = 0;
      Result<std::optional<CrawlRecord>> old = store_->GetCrawlRecord(task.url);
      if (old.ok() && old->has_value() && (*old)->outcome.starts_with("retry ")) {
        rounds = std::atoi((*old)->outcome.c_str() + 6);
      }
      ++rounds;
      r.outcome = rounds >= kMaxRetryRounds
                      ? "gave up after " + std::to_string(rounds) + " rounds: " + why
                      : "retry " + std::to_string(rounds) + ": " + why;
    }
    r.fetched_at = NowIso();
    return store_->PutCrawlRecord(r);
  }

  Store* store_;
  Ingester* ingester_;
  const CrawlOptions& options_;
  const IngestSummary before_;  // the ingester's counts when the round began
  Extractor extractor_;         // the worker's
  std::mutex store_mu_;         // guards store_, ingester_, summary_, listings_
  CrawlSummary summary_;
  std::vector<CrawlRecord> listings_;  // feeds and sitemaps read, saved by SaveListings
  std::mutex queue_mu_;                // guards the queue, closing_, worker_status_
  std::condition_variable queue_cv_;
  std::deque<FetchedPage> queue_;
  std::size_t queued_bytes_ = 0;
  double waited_ = 0;  // seconds Page() waited for room in the queue
  std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();
  bool closing_ = false;
  Status worker_status_;
  std::thread worker_;
};

}  // namespace

struct Crawler::Impl {
  Store* store = nullptr;
  CrawlOptions options;
  std::unique_ptr<crawl::Fetcher> fetcher;
  std::unique_ptr<crawl::WarcWriter> warc;
  std::unique_ptr<Ingester> ingester;
  crawl::RobotsCache robots;  // robots.txt files of the last 24 hours' rounds
  bool started = false;
};

Crawler::Crawler(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Crawler::~Crawler() { Close(); }

Result<std::unique_ptr<Crawler>> Crawler::Create(Store* store, CrawlOptions options) {
  if (store == nullptr) return Status::InvalidArgument("no archive to crawl into");
  if (options.sources.empty()) return Status::InvalidArgument("no sources to crawl");
  for (const std::string& url : options.sources) {
    if (!IsHttpUrl(url)) return Status::InvalidArgument("not an http(s) URL: " + url);
  }
  if (!options.since.empty() && !stories::DayNumber(options.since).has_value()) {
    return Status::InvalidArgument("--since wants a date as YYYY-MM-DD, not " + options.since);
  }
  if (options.delay_seconds < 0 || options.timeout_seconds <= 0 || options.parallel_hosts < 1 ||
      options.max_retries < 0 || options.max_articles_per_host < 0) {
    return Status::InvalidArgument(
        "the delay must be >= 0, the timeout > 0, parallel hosts >= 1, retries >= 0");
  }
  auto impl = std::make_unique<Impl>();
  impl->store = store;
  impl->options = std::move(options);
  crawl::FetcherOptions fetch;
  fetch.user_agent = impl->options.user_agent;
  fetch.timeout_ms = static_cast<long>(impl->options.timeout_seconds * 1000);
  fetch.connect_timeout_ms = static_cast<long>(impl->options.connect_timeout_seconds * 1000);
  fetch.max_body_bytes = impl->options.max_page_bytes;
  Result<std::unique_ptr<crawl::Fetcher>> fetcher = crawl::Fetcher::Create(fetch);
  if (!fetcher.ok()) return fetcher.status();
  impl->fetcher = std::move(fetcher).value();
  if (!impl->options.warc_dir.empty()) {
    crawl::WarcWriterOptions w;
    w.directory = impl->options.warc_dir;
    w.max_file_bytes = impl->options.warc_file_bytes;
    w.software = impl->options.user_agent;
    w.operator_contact = impl->options.contact;
    Result<std::unique_ptr<crawl::WarcWriter>> warc = crawl::WarcWriter::Open(w);
    if (!warc.ok()) return warc.status();
    impl->warc = std::move(warc).value();
  }
  IngestOptions ingest;
  ingest.rows_per_transaction = kRowsPerTransaction;
  ingest.progress = false;
  impl->ingester = std::make_unique<Ingester>(store, ingest);
  return std::unique_ptr<Crawler>(new Crawler(std::move(impl)));
}

namespace {

// The round's counts (the sink's snapshot) with the crawl's own.
CrawlSummary Combine(CrawlSummary s, const crawl::CrawlRoundSummary& r) {
  s.requests = r.requests;
  s.responses = r.responses;
  s.bytes = r.bytes;
  s.not_modified = r.not_modified;
  s.redirects = r.redirects;
  s.retries = r.retries;
  s.feeds = r.feeds;
  s.sitemaps = r.sitemaps;
  s.hosts = r.hosts;
  s.known = r.known;
  s.too_old = r.too_old;
  s.disallowed = r.disallowed;
  s.seconds = r.seconds;
  s.failed += r.failed;
  s.errors = r.errors;
  return s;
}

}  // namespace

Result<CrawlSummary> Crawler::Round() {
  auto start = std::chrono::steady_clock::now();
  Impl& m = *impl_;
  if (!m.started) {
    Status st = m.ingester->Start();
    if (!st.ok()) return st;
    m.started = true;
  }
  crawl::CrawlerOptions o;
  o.fetch.user_agent = m.options.user_agent;
  o.fetch.max_body_bytes = m.options.max_page_bytes;
  o.frontier.user_agent = m.options.user_agent;
  o.frontier.min_delay_seconds = m.options.delay_seconds;
  o.frontier.max_retries = m.options.max_retries;
  o.frontier.backoff_seconds = m.options.backoff_seconds;
  o.frontier.robots_cache = &m.robots;
  o.max_in_flight = m.options.parallel_hosts;
  o.since = m.options.since.empty() && m.options.since_days > 0 ? DaysAgo(m.options.since_days)
                                                                : m.options.since;
  o.max_articles_per_host = m.options.max_articles_per_host;
  o.stop = m.options.stop;
  StoreSink sink(m.store, m.ingester.get(), m.options);
  if (m.options.progress) {
    o.progress = [&](const crawl::CrawlRoundSummary& r) {
      m.options.progress(Combine(sink.Snapshot(), r));
    };
  }
  Result<crawl::CrawlRoundSummary> round =
      crawl::CrawlRound(m.options.sources, o, m.fetcher.get(), m.warc.get(), &sink);
  Status drained = sink.Drain();  // every page fetched is stored (or the store failed)
  Status finish = m.ingester->Finish();
  if (!round.ok() || !drained.ok()) {
    m.ingester->Abort();
    return round.ok() ? drained : round.status();
  }
  if (!finish.ok()) return finish;
  if (m.options.stop == nullptr || !m.options.stop->load()) {  // a whole round
    Status saved = sink.SaveListings();
    if (!saved.ok()) return saved;
  }
  CrawlSummary s = Combine(sink.Snapshot(), *round);
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (m.warc) s.warc_file = m.warc->current_path();
  return s;
}

Status Crawler::Close() {
  if (!impl_ || !impl_->warc) return Status::Ok();
  return impl_->warc->Close();
}

Result<std::vector<std::string>> ReadSources(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read the sources file " + path);
  std::vector<std::string> sources;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') continue;
    std::size_t end = line.find_first_of(" \t\r", start);
    std::string url = line.substr(start, end == std::string::npos ? end : end - start);
    if (!IsHttpUrl(url)) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) +
                                     ": not an http(s) URL: " + url);
    }
    sources.push_back(std::move(url));
  }
  if (sources.empty()) return Status::InvalidArgument(path + ": no sources in the file");
  return sources;
}

}  // namespace newsdesk

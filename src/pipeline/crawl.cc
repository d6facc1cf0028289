// The crawl into the archive (newsdesk/crawl.h): crawl rounds (src/crawl/crawler.h) whose sink
// extracts each page and stores it, and remembers each URL asked for in crawl_urls.
#include "newsdesk/crawl.h"

#include <chrono>
#include <cstdlib>
#include <fstream>

#include "crawl/crawler.h"
#include "newsdesk/extract.h"
#include "newsdesk/warc.h"
#include "pipeline/ingest.h"
#include "util/ascii.h"
#include "util/url.h"

namespace newsdesk {
namespace {

using crawl::CrawlTask;
using crawl::FetchedPage;
using crawl::TaskKind;
using crawl::Validators;

// Rows per transaction: a killed crawl loses at most this many stored pages (they are in the WARC
// and fetched again next round).
constexpr int kRowsPerTransaction = 25;
// Rounds an article URL that keeps failing for a while (timeouts) is tried in, and how many such
// URLs one round takes up again.
constexpr int kMaxRetryRounds = 3;
constexpr int kMaxRetriedUrls = 2000;

std::string NowIso() {
  return crawl::WarcDate(std::chrono::system_clock::now()).substr(0, 19) + "Z";
}

// The charset parameter of a Content-Type value, lower-cased; empty when none.
std::string CharsetOf(std::string_view content_type) {
  std::string lower = AsciiLowerCopy(content_type);
  std::size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  std::string value = lower.substr(at + 8);
  value = value.substr(0, value.find(';'));
  while (!value.empty() &&
         (value.front() == '"' || value.front() == '\'' || value.front() == ' ')) {
    value.erase(0, 1);
  }
  while (!value.empty() && (value.back() == '"' || value.back() == '\'' || value.back() == ' ')) {
    value.pop_back();
  }
  return value;
}

class StoreSink : public crawl::CrawlSink {
 public:
  StoreSink(Store* store, Ingester* ingester, const CrawlOptions& options)
      : store_(store), ingester_(ingester), options_(options) {}

  bool Known(const std::string& url) override {
    Result<std::optional<CrawlRecord>> record = store_->GetCrawlRecord(url);
    if (record.ok() && record->has_value() && (*record)->kind == "article" &&
        !(*record)->outcome.starts_with("retry")) {
      return true;
    }
    Result<bool> stored = store_->HasArticleUrl(url);
    return stored.ok() && *stored;
  }

  Validators GetValidators(const std::string& url) override {
    Result<std::optional<CrawlRecord>> record = store_->GetCrawlRecord(url);
    if (!record.ok() || !record->has_value()) return {};
    if ((*record)->kind != "feed" && (*record)->kind != "sitemap") return {};
    return {(*record)->etag, (*record)->last_modified};
  }

  Status Checked(const std::string& url, std::string_view kind, int status,
                 const Validators& validators) override {
    CrawlRecord r;
    r.url = url;
    r.kind = std::string(kind);
    r.status = status;
    r.outcome = "read";
    r.etag = validators.etag;
    r.last_modified = validators.last_modified;
    r.fetched_at = NowIso();
    return store_->PutCrawlRecord(r);
  }

  Status Page(FetchedPage page) override {
    ++summary_.fetched;
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
    extract.charset = CharsetOf(page.content_type);
    extract.reference_date = page.fetched_at;
    Result<Article> article = st.ok() ? extractor_.Extract(body, extract) : Result<Article>(st);
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

  std::vector<std::string> ToRetry() override {
    Result<std::vector<std::string>> urls = store_->CrawlUrlsToRetry(kMaxRetriedUrls);
    return urls.ok() ? std::move(urls).value() : std::vector<std::string>();
  }

  Status Failed(const CrawlTask& task, int status, const std::string& why,
                bool retry_later) override {
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

  CrawlSummary& summary() { return summary_; }

 private:
  Store* store_;
  Ingester* ingester_;
  const CrawlOptions& options_;
  Extractor extractor_;
  CrawlSummary summary_;
};

}  // namespace

struct Crawler::Impl {
  Store* store = nullptr;
  CrawlOptions options;
  std::unique_ptr<crawl::Fetcher> fetcher;
  std::unique_ptr<crawl::WarcWriter> warc;
  std::unique_ptr<Ingester> ingester;
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

Result<CrawlSummary> Crawler::Round() {
  Impl& m = *impl_;
  if (!m.started) {
    Status st = m.ingester->Start();
    if (!st.ok()) return st;
    m.started = true;
  }
  const IngestSummary before = m.ingester->summary();
  StoreSink sink(m.store, m.ingester.get(), m.options);
  crawl::CrawlerOptions o;
  o.fetch.user_agent = m.options.user_agent;
  o.frontier.user_agent = m.options.user_agent;
  o.frontier.min_delay_seconds = m.options.delay_seconds;
  o.frontier.max_retries = m.options.max_retries;
  o.frontier.backoff_seconds = m.options.backoff_seconds;
  o.max_in_flight = m.options.parallel_hosts;
  o.since = m.options.since;
  o.max_articles_per_host = m.options.max_articles_per_host;
  o.stop = m.options.stop;
  auto fill = [&](const crawl::CrawlRoundSummary& r, CrawlSummary* s) {
    s->requests = r.requests;
    s->responses = r.responses;
    s->bytes = r.bytes;
    s->not_modified = r.not_modified;
    s->redirects = r.redirects;
    s->retries = r.retries;
    s->feeds = r.feeds;
    s->sitemaps = r.sitemaps;
    s->hosts = r.hosts;
    s->known = r.known;
    s->too_old = r.too_old;
    s->disallowed = r.disallowed;
    s->seconds = r.seconds;
    const IngestSummary& now = m.ingester->summary();
    s->added = now.added - before.added;
    s->updated = now.updated - before.updated;
    s->duplicates = now.duplicates - before.duplicates;
  };
  if (m.options.progress) {
    o.progress = [&](const crawl::CrawlRoundSummary& r) {
      CrawlSummary s = sink.summary();
      fill(r, &s);
      s.failed += r.failed;
      m.options.progress(s);
    };
  }
  Result<crawl::CrawlRoundSummary> round =
      crawl::CrawlRound(m.options.sources, o, m.fetcher.get(), m.warc.get(), &sink);
  Status finish = m.ingester->Finish();
  if (!round.ok()) {
    m.ingester->Abort();
    return round.status();
  }
  if (!finish.ok()) return finish;
  CrawlSummary s = sink.summary();
  fill(*round, &s);
  s.failed += round->failed;
  s.errors = round->errors;
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

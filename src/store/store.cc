// The Store: one SQLite connection, its prepared statements, and an outlet cache.
#include "newsdesk/store.h"

#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "store/article_rows.h"
#include "store/crawl_rows.h"
#include "store/read_rows.h"
#include "store/schema.h"
#include "store/sqlite_util.h"
#include "store/story_rows.h"
#include "util/hash.h"
#include "util/url.h"

namespace newsdesk {

using store::SqliteStatus;
using store::Statement;

struct Store::Impl {
  sqlite3* db = nullptr;
  std::string path;
  store::ArticleRows rows;
  store::StoryRows stories;
  store::ReadRows reads;
  store::CrawlRows crawl;
  ~Impl() {
    crawl.Close();
    rows.Close();
    stories.Close();
    reads.Close();
    if (db) sqlite3_close_v2(db);
  }
  Status Fail(int rc, std::string_view what) const {
    return SqliteStatus(db, rc, path + ": " + std::string(what));
  }
};

std::string ArticleKey(const Article& article) {
  for (const std::string* url : {&article.canonical_url, &article.url}) {
    std::string normal = NormalizeUrl(*url);
    if (!normal.empty()) return "url:" + normal;
  }
  for (const std::string* url : {&article.canonical_url, &article.url}) {
    if (!url->empty()) return "url:" + *url;
  }
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx",
                static_cast<unsigned long long>(HashPair(article.title, article.text)));
  return std::string("text:") + hex;
}

int Store::SchemaVersion() { return store::kSchemaVersion; }

namespace {

// Connection settings: WAL so readers never block the writer; synchronous=NORMAL, which in WAL
// mode loses at most the last transactions on a power cut, never consistency; a busy timeout.
// A 64 MiB page cache and memory-mapped reads: the identity index and the full-text index are
// written at random places, and with SQLite's default 2 MiB cache ingest spent most of its time
// reading back pages it had just written (7k -> see bench/ingest_bench.sh articles/s).
Status Configure(sqlite3* db, const StoreOptions& options, const std::string& path) {
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  std::string what = path + ": opening";
  Status st = store::Exec(db,
                          "PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY; "
                          "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456",
                          what);
  if (!st.ok() || options.read_only) return st;
  st = store::Exec(db, "PRAGMA journal_mode = WAL", what);
  if (st.ok()) st = store::Exec(db, "PRAGMA synchronous = NORMAL", what);
  return st;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  if (path.empty()) return Status::InvalidArgument("no database path given");
  // No memory statistics: they take a global mutex on every SQLite allocation (a few % of ingest).
  // Only possible before SQLite initialises; later calls fail harmlessly.
  static const int kNoMemStatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)kNoMemStatus;
  std::unique_ptr<Store> s(new Store());
  s->impl_ = std::make_unique<Impl>();
  Impl& impl = *s->impl_;
  impl.path = path;
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &impl.db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) return impl.Fail(rc, "cannot open");
  sqlite3_extended_result_codes(impl.db, 1);
  Status st = Configure(impl.db, options, path);
  if (st.ok() && !options.read_only) st = store::Migrate(impl.db);
  if (st.ok() && options.read_only) {
    int version = 0;
    st = store::ReadSchemaVersion(impl.db, &version);
    if (st.ok() && version != store::kSchemaVersion) {
      st = Status::InvalidArgument(path + ": schema version " + std::to_string(version) +
                                   ", expected " + std::to_string(store::kSchemaVersion) +
                                   " (open it for writing once to migrate it)");
    }
  }
  if (!st.ok()) {
    if (st.code() == StatusCode::kInternal) return st;
    return Status(st.code(), st.message().starts_with(path)
                                 ? std::string(st.message())
                                 : path + ": " + std::string(st.message()));
  }
  st = impl.rows.Prepare(impl.db, options.read_only);
  if (st.ok()) st = impl.stories.Prepare(impl.db, options.read_only);
  if (st.ok()) st = impl.reads.Prepare(impl.db);
  if (st.ok()) st = impl.crawl.Prepare(impl.db, options.read_only);
  if (!st.ok()) return st;
  return s;
}

Store::~Store() = default;

Status Store::Begin() {
  return store::Exec(impl_->db, "BEGIN IMMEDIATE", impl_->path + ": starting a write");
}
Status Store::Commit() { return store::Exec(impl_->db, "COMMIT", impl_->path + ": committing"); }
Status Store::Rollback() {
  impl_->rows.ClearCache();
  if (sqlite3_get_autocommit(impl_->db)) return Status::Ok();
  return store::Exec(impl_->db, "ROLLBACK", impl_->path + ": rolling back");
}

Result<PutResult> Store::Put(const Article& article, const PutOptions& options) {
  Result<PutResult> r = impl_->rows.Put(article, ArticleKey(article), options);
  if (!r.ok() && r.status().code() == StatusCode::kIoError) {
    return Status::IoError(impl_->path + ": " + std::string(r.status().message()));
  }
  return r;
}

Status Store::Link(int64_t copy, int64_t original) { return impl_->rows.Link(copy, original); }

Status Store::ForEachOriginalSketch(
    const std::function<void(int64_t, std::string_view, std::string_view)>& fn) {
  return impl_->rows.ForEachOriginalSketch(fn);
}

Result<Store::ArticleDates> Store::DatesOf(int64_t id) { return impl_->rows.DatesOf(id); }

Result<std::vector<Hit>> Store::Search(std::string_view query, const SearchOptions& options) {
  return impl_->rows.Search(query, options);
}

Status Store::ForEachStoryArticle(std::string_view since, std::string_view until,
                                  const std::function<void(const StoryArticleRow&)>& fn) {
  return impl_->stories.ForEachArticle(since, until, fn);
}

Result<std::optional<StoredArticle>> Store::GetArticle(int64_t id) {
  return impl_->reads.Article(id);
}
Result<std::optional<StoredStory>> Store::GetStory(int64_t id) { return impl_->reads.Story(id); }
Result<std::vector<StoredStory>> Store::Stories(std::string_view since, std::string_view until) {
  return impl_->reads.Stories(since, until);
}

Result<std::string> Store::LatestDay() { return impl_->stories.LatestDay(); }

Status Store::ForEachArticleText(const std::vector<int64_t>& ids,
                                 const std::function<void(int64_t, std::string_view)>& fn) {
  return impl_->stories.ForEachText(ids, fn);
}

Result<int64_t> Store::AddStory(const StoryRow& row) { return impl_->stories.Add(row); }

Status Store::UpdateStory(const StoryRow& row) { return impl_->stories.Update(row); }

Status Store::SetArticleStory(int64_t article, int64_t story) {
  return impl_->stories.SetArticleStory(article, story);
}

Result<std::vector<OutletRow>> Store::Outlets() { return impl_->rows.Outlets(); }

Result<StoreCounts> Store::Counts() { return impl_->rows.Counts(); }

Result<std::optional<CrawlRecord>> Store::GetCrawlRecord(std::string_view url) {
  return impl_->crawl.Get(url);
}

Status Store::PutCrawlRecord(const CrawlRecord& record) { return impl_->crawl.Put(record); }

Result<std::vector<std::string>> Store::CrawlUrlsToRetry(int limit) {
  return impl_->crawl.ToRetry(limit);
}

Result<bool> Store::HasArticleUrl(std::string_view url) {
  Article probe;
  probe.url = std::string(url);
  return impl_->crawl.HasArticleKey(ArticleKey(probe));
}

}  // namespace newsdesk

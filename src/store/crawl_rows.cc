// The crawler's rows; see crawl_rows.h.
#include "store/crawl_rows.h"

#include "util/hash.h"

namespace newsdesk::store {
namespace {

constexpr const char* kGet =
    "SELECT url, kind, status, outcome, final_url, etag, last_modified, warc, warc_offset, "
    "fetched_at FROM crawl_urls WHERE url = ?1";
constexpr const char* kPut =
    "INSERT OR REPLACE INTO crawl_urls(url, kind, status, outcome, final_url, etag, "
    "last_modified, warc, warc_offset, fetched_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
    "?10)";
constexpr const char* kRetry =
    "SELECT url FROM crawl_urls WHERE kind = 'article' AND outcome LIKE 'retry%' "
    "ORDER BY fetched_at LIMIT ?1";
constexpr const char* kHas = "SELECT 1 FROM articles WHERE key_hash = ?1 AND key = ?2 LIMIT 1";

}  // namespace

Status CrawlRows::Prepare(sqlite3* db, bool read_only) {
  db_ = db;
  Status st = get_.Prepare(db, kGet);
  if (st.ok()) st = has_.Prepare(db, kHas);
  if (st.ok()) st = retry_.Prepare(db, kRetry);
  if (st.ok() && !read_only) st = put_.Prepare(db, kPut);
  return st;
}

void CrawlRows::Close() {
  for (Statement* s : {&get_, &put_, &has_, &retry_}) s->Finalize();
}

Result<std::optional<CrawlRecord>> CrawlRows::Get(std::string_view url) {
  get_.Reset();
  get_.Bind(1, url);
  int rc = get_.Step();
  if (rc == SQLITE_DONE) {
    get_.Reset();
    return std::optional<CrawlRecord>();
  }
  if (rc != SQLITE_ROW) {
    Status st = SqliteStatus(db_, rc, "reading the crawl record of " + std::string(url));
    get_.Reset();
    return st;
  }
  CrawlRecord r;
  r.url = get_.Text(0);
  r.kind = get_.Text(1);
  r.status = static_cast<int>(get_.Int(2));
  r.outcome = get_.Text(3);
  r.final_url = get_.Text(4);
  r.etag = get_.Text(5);
  r.last_modified = get_.Text(6);
  r.warc = get_.Text(7);
  r.warc_offset = get_.Int(8);
  r.fetched_at = get_.Text(9);
  get_.Reset();
  return std::optional<CrawlRecord>(std::move(r));
}

Status CrawlRows::Put(const CrawlRecord& r) {
  put_.Reset();
  put_.Bind(1, r.url);
  put_.Bind(2, r.kind);
  put_.Bind(3, static_cast<int64_t>(r.status));
  put_.Bind(4, r.outcome);
  put_.Bind(5, r.final_url);
  put_.Bind(6, r.etag);
  put_.Bind(7, r.last_modified);
  put_.Bind(8, r.warc);
  put_.Bind(9, r.warc_offset);
  put_.Bind(10, r.fetched_at);
  int rc = put_.Step();
  put_.Reset();
  if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, "writing the crawl record of " + r.url);
  return Status::Ok();
}

Result<bool> CrawlRows::HasArticleKey(std::string_view key) {
  has_.Reset();
  has_.Bind(1, static_cast<int64_t>(HashPair(key, "")));
  has_.Bind(2, key);
  int rc = has_.Step();
  has_.Reset();
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteStatus(db_, rc, "looking up an article URL");
}

Result<std::vector<std::string>> CrawlRows::ToRetry(int limit) {
  retry_.Reset();
  retry_.Bind(1, static_cast<int64_t>(limit));
  std::vector<std::string> urls;
  int rc;
  while ((rc = retry_.Step()) == SQLITE_ROW) urls.emplace_back(retry_.Text(0));
  retry_.Reset();
  if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, "reading the URLs to fetch again");
  return urls;
}

}  // namespace newsdesk::store

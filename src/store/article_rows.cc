#include "store/article_rows.h"

#include "util/hash.h"
#include "util/url.h"

namespace newsdesk::store {
namespace {

#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ','now')"

constexpr const char* kFind =
    "SELECT id, content_hash, modified FROM articles WHERE key_hash = ?1 AND key = ?2";
// ?1 is the key, ?18 its hash; ?2..?17 the fields BindFields binds.
constexpr const char* kInsert =
    "INSERT INTO articles(key, url, canonical_url, outlet_id, title, text, date, modified, "
    "authors, language, section, tags, image, description, source, content_hash, sketch, "
    "key_hash, first_seen, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
    "?12, ?13, ?14, ?15, ?16, ?17, ?18, " NOW ", " NOW ")";
constexpr const char* kUpdate =
    "UPDATE articles SET url = ?2, canonical_url = ?3, outlet_id = ?4, title = ?5, text = ?6, "
    "date = ?7, modified = ?8, authors = ?9, language = ?10, section = ?11, tags = ?12, "
    "image = ?13, description = ?14, source = ?15, content_hash = ?16, sketch = ?17, "
    "revision = revision + 1, updated_at = " NOW " WHERE id = ?1";
constexpr const char* kSaveRevision =
    "INSERT INTO revisions(article_id, revision, title, text, modified, content_hash, "
    "replaced_at) SELECT id, revision, title, text, modified, content_hash, " NOW
    " FROM articles WHERE id = ?1";
constexpr const char* kSeenVersion =
    "SELECT 1 FROM revisions WHERE article_id = ?1 AND content_hash = ?2 LIMIT 1";
constexpr const char* kOutlet =
    "INSERT INTO outlets(host, name, language) VALUES (?1, ?2, ?3) ON CONFLICT(host) DO UPDATE "
    "SET name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE outlets.name END, "
    "language = CASE WHEN excluded.language <> '' THEN excluded.language ELSE outlets.language "
    "END RETURNING id";
// The copy's own copies follow it: links never chain.
constexpr const char* kLink =
    "UPDATE articles SET duplicate_of = ?2 WHERE id = ?1 OR duplicate_of = ?1";
constexpr const char* kSketches =
    "SELECT id, date, sketch FROM articles WHERE sketch IS NOT NULL AND duplicate_of IS NULL "
    "ORDER BY id";
constexpr const char* kDates = "SELECT date, coalesce(duplicate_of, 0) FROM articles WHERE id = ?1";
constexpr const char* kOutletsList =
    "SELECT o.host, o.name, o.language, count(a.id) AS n FROM outlets o LEFT JOIN articles a ON "
    "a.outlet_id = o.id GROUP BY o.id ORDER BY n DESC, o.host";
constexpr const char* kCounts =
    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM outlets), (SELECT count(*) "
    "FROM revisions), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL)";
#undef NOW

std::string JoinLines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += '\n';
    out += item;
  }
  return out;
}

// Whether a stored version (hash, modified) should give way to a new one.
bool IsNewer(int64_t old_hash, std::string_view old_modified, int64_t hash,
             std::string_view modified) {
  if (!old_modified.empty() && !modified.empty()) {
    if (modified < old_modified) return false;  // an older version read late
    if (modified > old_modified) return true;
  }
  return hash != old_hash;
}

}  // namespace

const char* SearchSql();  // search.cc

Status ArticleRows::Prepare(sqlite3* db, bool read_only) {
  db_ = db;
  read_only_ = read_only;
  struct {
    Statement* s;
    const char* sql;
    bool writes;
  } all[] = {{&find_, kFind, false},         {&insert_, kInsert, true},
             {&update_, kUpdate, true},      {&save_revision_, kSaveRevision, true},
             {&outlet_, kOutlet, true},      {&link_, kLink, true},
             {&sketches_, kSketches, false}, {&dates_, kDates, false},
             {&search_, SearchSql(), false}, {&outlets_list_, kOutletsList, false},
             {&counts_, kCounts, false},     {&seen_version_, kSeenVersion, false}};
  for (auto& one : all) {
    if (one.writes && read_only) continue;
    Status st = one.s->Prepare(db, one.sql);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

void ArticleRows::Close() {
  for (Statement* s : {&find_, &insert_, &update_, &save_revision_, &outlet_, &link_,
                       &seen_version_, &sketches_, &dates_, &search_, &outlets_list_, &counts_}) {
    s->Finalize();
  }
}

Result<int64_t> ArticleRows::OutletId(const Article& article) {
  std::string host = UrlHost(article.url.empty() ? article.canonical_url : article.url);
  if (host.empty()) host = UrlHost(article.canonical_url);
  if (host.empty()) return int64_t{0};
  auto it = outlets_.find(host);
  if (it != outlets_.end() && (article.sitename.empty() || article.sitename == it->second.name) &&
      (article.language.empty() || article.language == it->second.language)) {
    return it->second.id;
  }
  outlet_.Reset();
  outlet_.Bind(1, host);
  outlet_.Bind(2, article.sitename);
  outlet_.Bind(3, article.language);
  int rc = outlet_.Step();
  if (rc != SQLITE_ROW) return Fail(rc, "writing an outlet");
  CachedOutlet row{outlet_.Int(0), article.sitename, article.language};
  outlet_.Reset();
  if (it != outlets_.end()) {
    if (row.name.empty()) row.name = it->second.name;
    if (row.language.empty()) row.language = it->second.language;
  }
  outlets_[host] = row;
  return row.id;
}

void ArticleRows::BindFields(Statement& s, const Article& a, int64_t outlet_id, int64_t hash,
                             const PutOptions& options) {
  s.Bind(2, a.url);
  s.Bind(3, a.canonical_url);
  if (outlet_id) {
    s.Bind(4, outlet_id);
  } else {
    s.BindNull(4);
  }
  s.Bind(5, a.title);
  s.Bind(6, a.text);
  s.Bind(7, a.date);
  s.Bind(8, a.modified);
  s.Bind(9, JoinLines(a.authors));
  s.Bind(10, a.language);
  s.Bind(11, a.section);
  s.Bind(12, JoinLines(a.tags));
  s.Bind(13, a.image);
  s.Bind(14, a.description);
  s.Bind(15, options.source);
  s.Bind(16, hash);
  s.BindBlob(17, options.sketch);
}

Status ArticleRows::Update(int64_t id, const Article& article, int64_t outlet_id, int64_t hash,
                           const PutOptions& options) {
  save_revision_.Reset();
  save_revision_.Bind(1, id);
  int rc = save_revision_.Step();
  save_revision_.Reset();
  if (rc != SQLITE_DONE) return Fail(rc, "keeping a revision");
  update_.Reset();
  update_.Bind(1, id);
  BindFields(update_, article, outlet_id, hash, options);
  rc = update_.Step();
  update_.Reset();
  if (rc != SQLITE_DONE) return Fail(rc, "updating an article");
  return Status::Ok();
}

Result<PutResult> ArticleRows::Put(const Article& article, const std::string& key,
                                   const PutOptions& options) {
  if (read_only_) return Status::IoError("the database is open read-only");
  const int64_t hash = static_cast<int64_t>(HashPair(article.title, article.text));
  const int64_t key_hash = static_cast<int64_t>(HashPair(key, ""));
  find_.Reset();
  find_.Bind(1, key_hash);
  find_.Bind(2, key);
  int rc = find_.Step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Fail(rc, "reading an article");
  PutResult result;
  if (rc == SQLITE_ROW) {
    result.id = find_.Int(0);
    bool newer = IsNewer(find_.Int(1), find_.Text(2), hash, article.modified);
    bool same_dates = find_.Text(2) == article.modified;
    find_.Reset();
    // A version we replaced before is not newer (an input holding two versions of one article,
    // ingested twice, must change nothing the second time).
    if (newer && same_dates && SeenBefore(result.id, hash)) newer = false;
    if (!newer) {
      result.outcome = PutOutcome::kUnchanged;
      return result;
    }
  }
  find_.Reset();
  Result<int64_t> outlet = OutletId(article);
  if (!outlet.ok()) return outlet.status();
  if (result.id != 0) {
    Status st = Update(result.id, article, *outlet, hash, options);
    if (!st.ok()) return st;
    result.outcome = PutOutcome::kUpdated;
    return result;
  }
  insert_.Reset();
  insert_.Bind(1, key);
  BindFields(insert_, article, *outlet, hash, options);
  insert_.Bind(18, key_hash);
  rc = insert_.Step();
  insert_.Reset();
  if (rc != SQLITE_DONE) return Fail(rc, "writing an article");
  result.id = sqlite3_last_insert_rowid(db_);
  result.outcome = PutOutcome::kNew;
  return result;
}

bool ArticleRows::SeenBefore(int64_t id, int64_t hash) {
  seen_version_.Reset();
  seen_version_.Bind(1, id);
  seen_version_.Bind(2, hash);
  bool seen = seen_version_.Step() == SQLITE_ROW;
  seen_version_.Reset();
  return seen;
}

Status ArticleRows::Link(int64_t copy, int64_t original) {
  if (read_only_) return Status::IoError("the database is open read-only");
  link_.Reset();
  link_.Bind(1, copy);
  link_.Bind(2, original);
  int rc = link_.Step();
  link_.Reset();
  return rc == SQLITE_DONE ? Status::Ok() : Fail(rc, "linking a near-duplicate");
}

Status ArticleRows::ForEachOriginalSketch(
    const std::function<void(int64_t, std::string_view, std::string_view)>& fn) {
  sketches_.Reset();
  int rc;
  while ((rc = sketches_.Step()) == SQLITE_ROW) {
    fn(sketches_.Int(0), sketches_.Text(1), sketches_.Blob(2));
  }
  sketches_.Reset();
  return rc == SQLITE_DONE ? Status::Ok() : Fail(rc, "reading sketches");
}

Result<Store::ArticleDates> ArticleRows::DatesOf(int64_t id) {
  dates_.Reset();
  dates_.Bind(1, id);
  int rc = dates_.Step();
  if (rc == SQLITE_DONE) return Status::NotFound("no article " + std::to_string(id));
  if (rc != SQLITE_ROW) return Fail(rc, "reading an article");
  Store::ArticleDates d{std::string(dates_.Text(0)), dates_.Int(1)};
  dates_.Reset();
  return d;
}

Result<std::vector<OutletRow>> ArticleRows::Outlets() {
  outlets_list_.Reset();
  std::vector<OutletRow> rows;
  int rc;
  while ((rc = outlets_list_.Step()) == SQLITE_ROW) {
    rows.push_back({std::string(outlets_list_.Text(0)), std::string(outlets_list_.Text(1)),
                    std::string(outlets_list_.Text(2)), outlets_list_.Int(3)});
  }
  outlets_list_.Reset();
  if (rc != SQLITE_DONE) return Fail(rc, "listing outlets");
  return rows;
}

Result<StoreCounts> ArticleRows::Counts() {
  counts_.Reset();
  int rc = counts_.Step();
  if (rc != SQLITE_ROW) return Fail(rc, "counting");
  StoreCounts c{counts_.Int(0), counts_.Int(1), counts_.Int(2), counts_.Int(3)};
  counts_.Reset();
  return c;
}

}  // namespace newsdesk::store

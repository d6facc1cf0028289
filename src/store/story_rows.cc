// Stories in the archive: the articles story grouping reads, the stories table, the links.
#include "store/story_rows.h"

namespace newsdesk::store {
namespace {

// The lead: the description, else the first 2,000 characters of the text (all grouping reads).
// ?1 since, ?2 until ('' for none; a date with a time compares after its day, so the day's end
// is '~'). Undated articles come too.
constexpr const char* kArticles =
    "SELECT a.id, a.title, CASE WHEN a.description <> '' THEN a.description "
    "ELSE substr(a.text, 1, 2000) END, "
    "CASE WHEN a.url <> '' THEN a.url ELSE a.canonical_url END, coalesce(nullif(o.name, ''), "
    "o.host, ''), a.date, "
    "a.language, coalesce(a.duplicate_of, 0), coalesce(a.story_id, 0) "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
    "WHERE a.date = '' OR ((?1 = '' OR a.date >= ?1) AND (?2 = '' OR a.date <= ?2 || '~')) "
    "ORDER BY a.id";
constexpr const char* kText = "SELECT text FROM articles WHERE id = ?1";
constexpr const char* kLatest =
    "SELECT coalesce(max(substr(date, 1, 10)), '') FROM articles WHERE date <> ''";
constexpr const char* kAdd =
    "INSERT INTO stories(title, first_date, last_date, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
    "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
constexpr const char* kUpdate =
    "UPDATE stories SET title = ?2, first_date = ?3, last_date = ?4, "
    "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1";
constexpr const char* kSetStory = "UPDATE articles SET story_id = ?2 WHERE id = ?1";

}  // namespace

Status StoryRows::Prepare(sqlite3* db, bool read_only) {
  db_ = db;
  Status st = articles_.Prepare(db, kArticles);
  if (st.ok()) st = text_.Prepare(db, kText);
  if (st.ok()) st = latest_.Prepare(db, kLatest);
  if (!st.ok() || read_only) return st;
  for (auto [s, sql] : {std::pair<Statement*, const char*>{&add_, kAdd},
                        {&update_, kUpdate},
                        {&set_story_, kSetStory}}) {
    st = s->Prepare(db, sql);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

void StoryRows::Close() {
  for (Statement* s : {&articles_, &text_, &latest_, &add_, &update_, &set_story_}) s->Finalize();
}

Status StoryRows::ForEachArticle(std::string_view since, std::string_view until,
                                 const std::function<void(const StoryArticleRow&)>& fn) {
  articles_.Reset();
  articles_.Bind(1, since);
  articles_.Bind(2, until);
  StoryArticleRow row;
  int rc;
  while ((rc = articles_.Step()) == SQLITE_ROW) {
    row.id = articles_.Int(0);
    row.title.assign(articles_.Text(1));
    row.lead.assign(articles_.Text(2));
    row.url.assign(articles_.Text(3));
    row.outlet.assign(articles_.Text(4));
    row.date.assign(articles_.Text(5));
    row.language.assign(articles_.Text(6));
    row.duplicate_of = articles_.Int(7);
    row.story_id = articles_.Int(8);
    fn(row);
  }
  Status st = rc == SQLITE_DONE ? Status::Ok() : SqliteStatus(db_, rc, "reading articles");
  articles_.Reset();
  return st;
}

Result<std::string> StoryRows::LatestDay() {
  latest_.Reset();
  int rc = latest_.Step();
  if (rc != SQLITE_ROW) {
    Status st = SqliteStatus(db_, rc, "reading the latest day");
    latest_.Reset();
    return st;
  }
  std::string day(latest_.Text(0));
  latest_.Reset();
  return day;
}

Status StoryRows::ForEachText(const std::vector<int64_t>& ids,
                              const std::function<void(int64_t, std::string_view)>& fn) {
  for (int64_t id : ids) {
    text_.Reset();
    text_.Bind(1, id);
    int rc = text_.Step();
    if (rc == SQLITE_ROW) {
      fn(id, text_.Text(0));
    } else if (rc != SQLITE_DONE) {
      Status st = SqliteStatus(db_, rc, "reading an article's text");
      text_.Reset();
      return st;
    }
  }
  text_.Reset();
  return Status::Ok();
}

Result<int64_t> StoryRows::Add(const StoryRow& row) {
  add_.Reset();
  add_.Bind(1, row.title);
  add_.Bind(2, row.first_date);
  add_.Bind(3, row.last_date);
  int rc = add_.Step();
  add_.Reset();
  if (rc != SQLITE_DONE) return SqliteStatus(db_, rc, "adding a story");
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Status StoryRows::Update(const StoryRow& row) {
  update_.Reset();
  update_.Bind(1, row.id);
  update_.Bind(2, row.title);
  update_.Bind(3, row.first_date);
  update_.Bind(4, row.last_date);
  int rc = update_.Step();
  update_.Reset();
  return rc == SQLITE_DONE ? Status::Ok() : SqliteStatus(db_, rc, "updating a story");
}

Status StoryRows::SetArticleStory(int64_t article, int64_t story) {
  set_story_.Reset();
  set_story_.Bind(1, article);
  set_story_.Bind(2, story);
  int rc = set_story_.Step();
  set_story_.Reset();
  return rc == SQLITE_DONE ? Status::Ok() : SqliteStatus(db_, rc, "linking an article to a story");
}

}  // namespace newsdesk::store

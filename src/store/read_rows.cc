// Read views of the archive for readers. See read_rows.h.
#include "store/read_rows.h"

namespace newsdesk::store {
namespace {

constexpr const char* kArticle =
    "SELECT a.id, a.url, a.canonical_url, a.title, a.text, a.date, a.modified, a.authors, "
    "a.language, a.section, a.tags, a.image, a.description, coalesce(nullif(o.name, ''), o.host, "
    "''), coalesce(o.host, ''), coalesce(a.story_id, 0), coalesce(a.duplicate_of, 0) "
    "FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?1";
constexpr const char* kStory = "SELECT id, title, first_date, last_date FROM stories WHERE id = ?1";
// The stories with an article dated in the window (?1 since, ?2 until; '' for none).
constexpr const char* kStories =
    "SELECT s.id, s.title, s.first_date, s.last_date FROM stories s WHERE s.id IN ("
    "SELECT DISTINCT story_id FROM articles WHERE story_id IS NOT NULL AND "
    "(?1 = '' OR date >= ?1) AND (?2 = '' OR date <= ?2 || '~')) ORDER BY s.id";
constexpr const char* kMembers = "SELECT id FROM articles WHERE story_id = ?1 ORDER BY date, id";

std::vector<std::string> SplitLines(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

Status ReadRows::Prepare(sqlite3* db) {
  db_ = db;
  for (auto [s, sql] : {std::pair<Statement*, const char*>{&article_, kArticle},
                        {&story_, kStory},
                        {&stories_, kStories},
                        {&members_, kMembers}}) {
    Status st = s->Prepare(db, sql);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

void ReadRows::Close() {
  for (Statement* s : {&article_, &story_, &stories_, &members_}) s->Finalize();
}

Result<std::optional<StoredArticle>> ReadRows::Article(int64_t id) {
  article_.Reset();
  article_.Bind(1, id);
  int rc = article_.Step();
  if (rc == SQLITE_DONE) {
    article_.Reset();
    return std::optional<StoredArticle>();
  }
  if (rc != SQLITE_ROW) {
    Status st = SqliteStatus(db_, rc, "reading an article");
    article_.Reset();
    return st;
  }
  StoredArticle s;
  s.id = article_.Int(0);
  newsdesk::Article& a = s.article;
  a.url.assign(article_.Text(1));
  a.canonical_url.assign(article_.Text(2));
  a.title.assign(article_.Text(3));
  a.text.assign(article_.Text(4));
  a.date.assign(article_.Text(5));
  a.modified.assign(article_.Text(6));
  a.authors = SplitLines(article_.Text(7));
  a.language.assign(article_.Text(8));
  a.section.assign(article_.Text(9));
  a.tags = SplitLines(article_.Text(10));
  a.image.assign(article_.Text(11));
  a.description.assign(article_.Text(12));
  a.sitename.assign(article_.Text(13));
  s.host.assign(article_.Text(14));
  s.story = article_.Int(15);
  s.duplicate_of = article_.Int(16);
  article_.Reset();
  return std::optional<StoredArticle>(std::move(s));
}

Status ReadRows::ArticlesOf(StoredStory* story) {
  members_.Reset();
  members_.Bind(1, story->id);
  int rc;
  while ((rc = members_.Step()) == SQLITE_ROW) story->articles.push_back(members_.Int(0));
  Status st = rc == SQLITE_DONE ? Status::Ok() : SqliteStatus(db_, rc, "reading a story");
  members_.Reset();
  return st;
}

Result<std::optional<StoredStory>> ReadRows::Story(int64_t id) {
  story_.Reset();
  story_.Bind(1, id);
  int rc = story_.Step();
  if (rc != SQLITE_ROW) {
    Status st = rc == SQLITE_DONE ? Status::Ok() : SqliteStatus(db_, rc, "reading a story");
    story_.Reset();
    if (!st.ok()) return st;
    return std::optional<StoredStory>();
  }
  StoredStory s;
  s.id = story_.Int(0);
  s.title.assign(story_.Text(1));
  s.first_date.assign(story_.Text(2));
  s.last_date.assign(story_.Text(3));
  story_.Reset();
  Status st = ArticlesOf(&s);
  if (!st.ok()) return st;
  return std::optional<StoredStory>(std::move(s));
}

Result<std::vector<StoredStory>> ReadRows::Stories(std::string_view since, std::string_view until) {
  std::vector<StoredStory> out;
  stories_.Reset();
  stories_.Bind(1, since);
  stories_.Bind(2, until);
  int rc;
  while ((rc = stories_.Step()) == SQLITE_ROW) {
    StoredStory s;
    s.id = stories_.Int(0);
    s.title.assign(stories_.Text(1));
    s.first_date.assign(stories_.Text(2));
    s.last_date.assign(stories_.Text(3));
    out.push_back(std::move(s));
  }
  Status st = rc == SQLITE_DONE ? Status::Ok() : SqliteStatus(db_, rc, "reading stories");
  stories_.Reset();
  if (!st.ok()) return st;
  for (StoredStory& s : out) {
    st = ArticlesOf(&s);
    if (!st.ok()) return st;
  }
  return out;
}

}  // namespace newsdesk::store

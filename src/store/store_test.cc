#include "newsdesk/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "util/hash.h"

namespace newsdesk {
namespace {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/newsdesk-store-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    dir_ = dir;
    path_ = dir_ + "/news.db";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Store> OpenOrDie() {
    Result<std::unique_ptr<Store>> s = Store::Open(path_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s.value()) : nullptr;
  }

  // Runs SQL on the file directly, returning the first column of the first row as text.
  std::string Sql(const std::string& sql) {
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* s = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return out;
  }

  std::string dir_;
  std::string path_;
};

Article MakeArticle(std::string url, std::string title, std::string text) {
  Article a;
  a.url = std::move(url);
  a.title = std::move(title);
  a.text = std::move(text);
  a.sitename = "The Coastal Herald";
  a.language = "en";
  a.date = "2024-03-14";
  return a;
}

TEST(ArticleKeyTest, CanonicalThenUrlThenText) {
  Article a = MakeArticle("https://www.example.com/a?utm_source=x", "T", "text");
  EXPECT_EQ(ArticleKey(a), "url:https://www.example.com/a");
  a.canonical_url = "https://example.com/amp/a#top";
  EXPECT_EQ(ArticleKey(a), "url:https://example.com/a");
  a.canonical_url = "/relative";  // not absolute: the URL wins
  EXPECT_EQ(ArticleKey(a), "url:https://www.example.com/a");
  Article b = MakeArticle("", "T", "text");
  EXPECT_TRUE(ArticleKey(b).starts_with("text:"));
  Article c = MakeArticle("", "T", "other text");
  EXPECT_NE(ArticleKey(b), ArticleKey(c));
  Article d = MakeArticle("urn:x-local:1", "T", "text");  // not http(s): kept as it is
  EXPECT_EQ(ArticleKey(d), "url:urn:x-local:1");
}

TEST_F(StoreTest, SameArticleTwiceChangesNothing) {
  auto store = OpenOrDie();
  Article a = MakeArticle("https://example.com/a", "Ferry returns", "The night ferry is back.");
  Result<PutResult> first = store->Put(a);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->outcome, PutOutcome::kNew);
  // The AMP page with tracking parameters is the same article.
  a.url = "https://amp.example.com/a?utm_medium=social&fbclid=1";
  Result<PutResult> second = store->Put(a);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(second->id, first->id);
  auto counts = store->Counts();
  EXPECT_EQ(counts->articles, 1);
  EXPECT_EQ(counts->revisions, 0);
  EXPECT_EQ(counts->outlets, 1);
}

TEST_F(StoreTest, NewerVersionUpdatesAndKeepsARevision) {
  auto store = OpenOrDie();
  Article a = MakeArticle("https://example.com/a", "Ferry returns", "The night ferry is back.");
  a.modified = "2024-03-14T10:00:00Z";
  int64_t id = store->Put(a)->id;
  a.text = "The night ferry is back, from May.";
  a.modified = "2024-03-14T12:00:00Z";
  EXPECT_EQ(store->Put(a)->outcome, PutOutcome::kUpdated);
  // An older version read late changes nothing.
  Article old = a;
  old.text = "The night ferry.";
  old.modified = "2024-03-14T09:00:00Z";
  EXPECT_EQ(store->Put(old)->outcome, PutOutcome::kUnchanged);
  // Changed text without dates is a newer version too.
  Article undated = MakeArticle("https://example.com/b", "B", "one");
  store->Put(undated);
  undated.text = "two";
  EXPECT_EQ(store->Put(undated)->outcome, PutOutcome::kUpdated);
  EXPECT_EQ(store->Counts()->revisions, 2);
  // Two versions without dates, read again in the same order: the old one is known, not newer.
  undated.text = "one";
  EXPECT_EQ(store->Put(undated)->outcome, PutOutcome::kUnchanged);
  undated.text = "two";
  EXPECT_EQ(store->Put(undated)->outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(Sql("SELECT revision FROM articles WHERE id = " + std::to_string(id)), "2");
  EXPECT_EQ(Sql("SELECT text FROM revisions WHERE article_id = " + std::to_string(id)),
            "The night ferry is back.");
  EXPECT_EQ(Sql("SELECT modified FROM revisions WHERE article_id = " + std::to_string(id)),
            "2024-03-14T10:00:00Z");
  // The full-text index follows the update.
  EXPECT_EQ(store->Search("May")->size(), 1u);
}

TEST_F(StoreTest, OutletsFromUrlAndSitename) {
  auto store = OpenOrDie();
  Article a = MakeArticle("https://www.herald.example/a", "A", "a");
  a.sitename = "";
  store->Put(a);
  Article b = MakeArticle("https://herald.example/b", "B", "b");
  store->Put(b);
  Article c = MakeArticle("https://other.example/c", "C", "c");
  c.sitename = "Other";
  c.language = "fr";
  store->Put(c);
  auto outlets = store->Outlets();
  ASSERT_TRUE(outlets.ok());
  ASSERT_EQ(outlets->size(), 2u);
  EXPECT_EQ((*outlets)[0].host, "herald.example");
  EXPECT_EQ((*outlets)[0].name, "The Coastal Herald");
  EXPECT_EQ((*outlets)[0].articles, 2);
  EXPECT_EQ((*outlets)[1].language, "fr");
}

TEST_F(StoreTest, SearchRanksFiltersAndHighlights) {
  auto store = OpenOrDie();
  Article a = MakeArticle("https://herald.example/ferry", "Night ferry returns",
                          "The ferry to the islands runs again from May.");
  Article b = MakeArticle("https://other.example/cafe", "Café opens by the harbour",
                          "A new café opened near the ferry terminal.");
  b.language = "fr";
  b.date = "2024-04-01";
  Article c = MakeArticle("https://other.example/rail", "Rail strike", "Trains stop on Monday.");
  for (const Article* x : {&a, &b, &c}) ASSERT_TRUE(store->Put(*x).ok());

  auto hits = store->Search("ferry");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[0].title, "Night ferry returns");  // in the title: ranked first
  EXPECT_NE((*hits)[0].snippet.find("[ferry]"), std::string::npos) << (*hits)[0].snippet;
  EXPECT_EQ((*hits)[0].outlet, "herald.example");
  EXPECT_EQ(store->Search("cafe")->size(), 1u);  // diacritics folded
  EXPECT_EQ(store->Search("CAFÉ")->size(), 1u);  // and case
  EXPECT_EQ(store->Search("isl*")->size(), 1u);  // prefix
  EXPECT_EQ(store->Search("\"ferry returns\"")->size(), 1u);
  EXPECT_EQ(store->Search("\"returns ferry\"")->size(), 0u);
  EXPECT_EQ(store->Search("ferry -café")->size(), 1u);
  EXPECT_EQ(store->Search("strike OR café")->size(), 2u);
  SearchOptions since;
  since.since = "2024-03-20";
  EXPECT_EQ(store->Search("ferry", since)->size(), 1u);
  SearchOptions outlet;
  outlet.outlet = "WWW.Other.example";
  EXPECT_EQ(store->Search("ferry", outlet)->size(), 1u);
  SearchOptions lang;
  lang.language = "en";
  EXPECT_EQ(store->Search("ferry", lang)->size(), 1u);
  SearchOptions limit;
  limit.limit = 1;
  EXPECT_EQ(store->Search("ferry", limit)->size(), 1u);
}

TEST_F(StoreTest, HostileQueriesAreSafe) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store->Put(MakeArticle("https://e.example/a", "Ferry", "text ferry")).ok());
  // Searched as words, never interpreted: no error, no SQL.
  const char* words[] = {"title:ferry",
                         "NEAR(ferry text)",
                         "ferry)",
                         "(ferry",
                         "ferry AND",
                         "ferry NOT",
                         "{title text}:ferry",
                         "ferry'); DROP TABLE articles; --",
                         "^ferry",
                         "ferry + text",
                         "\"ferry\"\"text\""};
  for (const char* q : words) {
    auto r = store->Search(q);
    EXPECT_TRUE(r.ok()) << q << ": " << r.status().ToString();
  }
  // Refused with a message for people.
  std::string garbage;
  for (int i = 0; i < 10240; ++i) garbage += static_cast<char>(1 + (i * 7919) % 255);
  const std::string bad[] = {"", "*", "\"", "OR", "-ferry", "()", "ferry\" OR 1=1 --", garbage};
  for (const std::string& q : bad) {
    auto r = store->Search(q);
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(r.status().message().find("SQL"), std::string_view::npos);
    EXPECT_EQ(r.status().message().find("fts5"), std::string_view::npos);
  }
  SearchOptions since;
  since.since = "'; DROP TABLE articles";
  EXPECT_EQ(store->Search("ferry", since).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->Counts()->articles, 1);
}

TEST_F(StoreTest, TransactionsAndRollback) {
  auto store = OpenOrDie();
  ASSERT_TRUE(store->Begin().ok());
  store->Put(MakeArticle("https://e.example/a", "A", "a"));
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_EQ(store->Counts()->articles, 0);
  EXPECT_EQ(store->Counts()->outlets, 0);
  ASSERT_TRUE(store->Begin().ok());
  store->Put(MakeArticle("https://e.example/a", "A", "a"));
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(store->Counts()->outlets, 1);  // the outlet cache was dropped with the rollback
}

TEST_F(StoreTest, LinksAndSketches) {
  auto store = OpenOrDie();
  int64_t a = store->Put(MakeArticle("https://a.example/1", "A", "wire"), {"", "sketch-a"})->id;
  int64_t b = store->Put(MakeArticle("https://b.example/1", "B", "wire"), {"", "sketch-b"})->id;
  ASSERT_TRUE(store->Link(b, a).ok());
  std::vector<int64_t> originals;
  ASSERT_TRUE(store
                  ->ForEachOriginalSketch([&](int64_t id, std::string_view, std::string_view s) {
                    EXPECT_EQ(s, "sketch-a");
                    originals.push_back(id);
                  })
                  .ok());
  EXPECT_EQ(originals, std::vector<int64_t>{a});
  EXPECT_EQ(store->DatesOf(b)->duplicate_of, a);
  EXPECT_EQ(store->Counts()->duplicates, 1);
  EXPECT_EQ((*store->Search("wire"))[1].duplicate_of, a);
}

TEST_F(StoreTest, SchemaIsVersionedWal) {
  OpenOrDie();
  EXPECT_EQ(Sql("PRAGMA user_version"), std::to_string(Store::SchemaVersion()));
  EXPECT_EQ(Sql("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Sql("SELECT count(*) FROM sqlite_master WHERE name IN ('articles', 'outlets', "
                "'revisions', 'stories', 'articles_fts')"),
            "5");
}

// Version 1 as the first release wrote it: articles and outlets, no full-text index, no
// revisions, stories or near-duplicate columns.
TEST_F(StoreTest, MigratesFromVersion1) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  const char* v1 = R"sql(
    CREATE TABLE outlets(id INTEGER PRIMARY KEY, host TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '');
    CREATE TABLE articles(id INTEGER PRIMARY KEY, key TEXT NOT NULL, key_hash INTEGER NOT NULL,
      url TEXT NOT NULL DEFAULT '', canonical_url TEXT NOT NULL DEFAULT '',
      outlet_id INTEGER REFERENCES outlets(id), title TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
      modified TEXT NOT NULL DEFAULT '', authors TEXT NOT NULL DEFAULT '',
      language TEXT NOT NULL DEFAULT '', section TEXT NOT NULL DEFAULT '',
      tags TEXT NOT NULL DEFAULT '', image TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',
      content_hash INTEGER NOT NULL, revision INTEGER NOT NULL DEFAULT 1,
      first_seen TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE INDEX articles_by_key ON articles(key_hash);
    CREATE INDEX articles_by_date ON articles(date);
    INSERT INTO outlets(host, name) VALUES ('old.example', 'Old Times');
    INSERT INTO articles(key, key_hash, url, outlet_id, title, text, date, content_hash,
      first_seen, updated_at) VALUES ('url:https://old.example/a', KEY_HASH, 'https://old.example/a', 1,
      'Harbour bridge opens', 'The bridge opened on Monday.', '2020-01-02', 7, 'x', 'x');
    PRAGMA user_version = 1;
    PRAGMA application_id = 1313100619;
  )sql";
  std::string sql = v1;
  sql.replace(sql.find("KEY_HASH"), 8,
              std::to_string(static_cast<int64_t>(HashPair("url:https://old.example/a", ""))));
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);

  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Sql("PRAGMA user_version"), std::to_string(Store::SchemaVersion()));
  auto hits = store->Search("bridge");  // the old rows are in the new full-text index
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].outlet, "old.example");
  // The migrated file takes new versions and keeps revisions.
  Article a = MakeArticle("https://old.example/a", "Harbour bridge opens", "Opened Monday.");
  EXPECT_EQ(store->Put(a)->outcome, PutOutcome::kUpdated);
  EXPECT_EQ(store->Counts()->revisions, 1);
}

TEST_F(StoreTest, RefusesNewerSchemaAndForeignFiles) {
  OpenOrDie();
  Sql("PRAGMA user_version = 99");
  auto newer = Store::Open(path_);
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(newer.status().message().find("newer"), std::string_view::npos);

  std::string other = dir_ + "/other.db";
  sqlite3* db = nullptr;
  sqlite3_open(other.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto foreign = Store::Open(other);
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.status().message().find("not a newsdesk database"), std::string_view::npos);
}

TEST_F(StoreTest, UnwritableAndCorruptFilesGiveClearErrors) {
  // A path under a regular file: cannot be created, whoever runs the test (root too).
  std::string file = dir_ + "/plain";
  std::FILE* f = std::fopen(file.c_str(), "w");
  std::fputs("x", f);
  std::fclose(f);
  auto under_file = Store::Open(file + "/news.db");
  ASSERT_FALSE(under_file.ok());
  EXPECT_EQ(under_file.status().code(), StatusCode::kIoError);
  EXPECT_NE(under_file.status().message().find("cannot open"), std::string_view::npos);

  std::string junk = dir_ + "/junk.db";
  f = std::fopen(junk.c_str(), "w");
  for (int i = 0; i < 4096; ++i) std::fputc('J', f);
  std::fclose(f);
  auto corrupt = Store::Open(junk);
  ASSERT_FALSE(corrupt.ok());
  EXPECT_EQ(corrupt.status().code(), StatusCode::kCorruptInput);
  EXPECT_NE(corrupt.status().message().find("not a newsdesk database"), std::string_view::npos);

  // Read-only: writes fail with a clear error.
  OpenOrDie();
  StoreOptions ro;
  ro.read_only = true;
  auto reader = Store::Open(path_, ro);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  auto put = (*reader)->Put(MakeArticle("https://e.example/a", "A", "a"));
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("read-only"), std::string_view::npos);
}

}  // namespace
}  // namespace newsdesk

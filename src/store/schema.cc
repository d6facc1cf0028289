#include "store/schema.h"

#include <string>

#include "store/sqlite_util.h"

namespace newsdesk::store {
namespace {

// Version 1: outlets and articles, keyed by identity; no full-text index yet. The identity is
// looked up by a 64-bit hash of the key (an index of 8-byte integers, not of 100-byte URLs: an
// ingest batch dirties far fewer index pages), and the key compared in the row.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE outlets(
  id INTEGER PRIMARY KEY,
  host TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '');
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  key_hash INTEGER NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  canonical_url TEXT NOT NULL DEFAULT '',
  outlet_id INTEGER REFERENCES outlets(id),
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  modified TEXT NOT NULL DEFAULT '',
  authors TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  section TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  image TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  content_hash INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1,
  first_seen TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE INDEX articles_by_key ON articles(key_hash);
CREATE INDEX articles_by_date ON articles(date);
)sql";

// Version 2: near-duplicate sketches and links, revisions, stories, the full-text index.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE articles ADD COLUMN sketch BLOB;
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id);
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
CREATE INDEX articles_by_original ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE revisions(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  revision INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  modified TEXT NOT NULL,
  content_hash INTEGER NOT NULL,
  replaced_at TEXT NOT NULL,
  UNIQUE(article_id, revision));
CREATE TABLE stories(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  first_date TEXT NOT NULL DEFAULT '',
  last_date TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE INDEX articles_by_story ON articles(story_id) WHERE story_id IS NOT NULL;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
)sql";

// Version 3: the crawler's memory of every URL it asked for (src/pipeline/crawl.cc): what came
// back, where it was archived, and a feed's or sitemap's validators for the next conditional GET.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE crawl_urls(
  url TEXT PRIMARY KEY,
  kind TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL DEFAULT 0,
  outcome TEXT NOT NULL DEFAULT '',
  final_url TEXT NOT NULL DEFAULT '',
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  warc TEXT NOT NULL DEFAULT '',
  warc_offset INTEGER NOT NULL DEFAULT -1,
  fetched_at TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
)sql";

constexpr const char* kMigrations[] = {kVersion1, kVersion2, kVersion3};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

Status ReadInt(sqlite3* db, const char* sql, int* value) {
  Statement s;
  Status st = s.Prepare(db, sql);
  if (!st.ok()) return st;
  int rc = s.Step();
  if (rc != SQLITE_ROW) return SqliteStatus(db, rc, "reading the schema");
  *value = static_cast<int>(s.Int(0));
  return Status::Ok();
}

// A file at version 0 must be empty (a new file), else it is someone else's database.
Status CheckOurs(sqlite3* db, int version) {
  int app_id = 0;
  Status st = ReadInt(db, "PRAGMA application_id", &app_id);
  if (!st.ok()) return st;
  if (app_id != 0 && app_id != kApplicationId) {
    return Status::CorruptInput("not a newsdesk database (another application's SQLite file)");
  }
  if (version > 0) return Status::Ok();
  int tables = 0;
  st = ReadInt(db, "SELECT count(*) FROM sqlite_master", &tables);
  if (!st.ok()) return st;
  if (tables > 0) {
    return Status::CorruptInput("not a newsdesk database (an SQLite file with other tables)");
  }
  return Status::Ok();
}

}  // namespace

Status ReadSchemaVersion(sqlite3* db, int* version) {
  return ReadInt(db, "PRAGMA user_version", version);
}

Status Migrate(sqlite3* db) {
  int version = 0;
  Status st = ReadSchemaVersion(db, &version);
  if (!st.ok()) return st;
  if (version == kSchemaVersion) return Status::Ok();
  if (version > kSchemaVersion) {
    return Status::InvalidArgument("the database has schema version " + std::to_string(version) +
                                   ", newer than this newsdesk (" + std::to_string(kSchemaVersion) +
                                   "): upgrade newsdesk");
  }
  st = Exec(db, "BEGIN IMMEDIATE", "migrating the schema");
  if (!st.ok()) return st;
  // Read again inside the write lock: another process may have migrated meanwhile.
  st = ReadSchemaVersion(db, &version);
  if (st.ok()) st = CheckOurs(db, version);
  for (int v = version; st.ok() && v < kSchemaVersion; ++v) {
    st = Exec(db, kMigrations[v], "migrating the schema");
  }
  if (st.ok() && version < kSchemaVersion) {
    std::string pragmas = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                          "; PRAGMA user_version = " + std::to_string(kSchemaVersion);
    st = Exec(db, pragmas.c_str(), "migrating the schema");
  }
  if (!st.ok()) {
    Exec(db, "ROLLBACK", "migrating the schema");
    return st;
  }
  return Exec(db, "COMMIT", "migrating the schema");
}

}  // namespace newsdesk::store

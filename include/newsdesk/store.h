// newsdesk/store.h: the news archive, an SQLite file that keeps every article it is given.
//
// An article is keyed by its identity (ArticleKey): its canonical URL normalised, else its URL
// normalised, else a hash of its text. Putting the same article again changes nothing; a newer
// version (a later `modified`, or a changed title or text) replaces it, bumps its revision count
// and keeps the old version in the revisions table. Outlets (host, name, language) are rows of
// their own. The schema is in README.md ("The archive"); it is versioned with PRAGMA user_version
// and migrated forward by Open.
//
// Thread-safety: a Store is used from one thread at a time (it holds one connection and its
// prepared statements). Several processes may open the same file: the database is in WAL mode, so
// readers never block the writer; a second writer waits up to StoreOptions::busy_timeout_ms.
//
// Failures: every call returns a Status or Result. kIoError for SQLite errors (a full disk, a
// read-only file, a locked database after the timeout), kCorruptInput when the file is not a
// newsdesk database or is damaged, kInvalidArgument for a bad search query or filter (the message
// says what is wrong with the query, never SQL).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/article.h"
#include "newsdesk/status.h"

namespace newsdesk {

struct StoreOptions {
  // Open without writing: no schema creation or migration; writes fail. Default: false.
  bool read_only = false;
  // How long a call waits for another process's write lock before failing. Default: 5000 ms.
  int busy_timeout_ms = 5000;
};

// What Put did with an article.
enum class PutOutcome {
  kNew,        // first time this identity was seen
  kUpdated,    // a newer version replaced the stored one (revision count bumped)
  kUnchanged,  // the same version (or an older one) was already stored
};

struct PutResult {
  int64_t id = 0;  // the article's row id
  PutOutcome outcome = PutOutcome::kNew;
};

// Extra facts Put stores with an article.
struct PutOptions {
  std::string_view source;  // where it was read (file, WARC record); informational
  std::string_view sketch;  // the near-duplicate sketch as bytes (stories::EncodeSketch); may be
                            // empty
};

struct SearchOptions {
  std::string since;     // only articles dated on or after this day (YYYY-MM-DD); empty: all
  std::string outlet;    // only this outlet host ("example.com"); empty: all
  std::string language;  // only this language (ISO 639-1); empty: all
  int limit = 20;        // at most this many hits. Default: 20.
  std::string highlight_open = "[";   // put before each matched word in the snippet
  std::string highlight_close = "]";  // and after it
};

// One search result.
struct Hit {
  int64_t id = 0;
  std::string url;
  std::string title;
  std::string date;
  std::string outlet;  // host
  std::string language;
  std::string snippet;       // a piece of the text (or the title) around the matches, highlighted
  double score = 0;          // BM25 (title weighted 10x the text); lower is better, as in SQLite
  int64_t duplicate_of = 0;  // the original's id when this is a near-duplicate copy, else 0
};

struct OutletRow {
  std::string host;      // "example.com" (no "www.")
  std::string name;      // the sitename, when an article said it
  std::string language;  // the language of its latest article
  int64_t articles = 0;
};

struct StoreCounts {
  int64_t articles = 0;
  int64_t outlets = 0;
  int64_t revisions = 0;   // old versions kept
  int64_t duplicates = 0;  // articles linked to an original (duplicate_of set)
};

// An article as story grouping reads it back (Store::ForEachStoryArticle).
struct StoryArticleRow {
  int64_t id = 0;
  std::string title;
  std::string lead;  // the description, else the start of the text
  std::string url;
  std::string outlet;  // the outlet's name, else its host
  std::string date;
  std::string language;
  int64_t duplicate_of = 0;  // the original's id for a near-duplicate copy, else 0
  int64_t story_id = 0;      // 0 while the article is in no story yet
};

// A row of the stories table.
struct StoryRow {
  int64_t id = 0;
  std::string title;
  std::string first_date;  // YYYY-MM-DD
  std::string last_date;
};

// An article as the archive keeps it (Store::GetArticle).
struct StoredArticle {
  int64_t id = 0;
  Article article;           // sitename: the outlet's name, else its host
  std::string host;          // the outlet's host
  int64_t story = 0;         // its story's id, 0 while in none
  int64_t duplicate_of = 0;  // the original's id for a near-duplicate copy, else 0
};

// A stored story and its articles (Store::GetStory, Store::Stories).
struct StoredStory {
  int64_t id = 0;
  std::string title;
  std::string first_date;
  std::string last_date;
  std::vector<int64_t> articles;  // earliest first (date, then id)
};

// What the crawler remembers of a URL it asked for (newsdesk crawl; the crawl_urls table).
struct CrawlRecord {
  std::string url;        // as requested
  std::string kind;       // "feed", "sitemap", "sitemap index", "page", "article"
  int status = 0;         // the last HTTP status; 0 when no response came
  std::string outcome;    // "stored", "not an article", "HTTP 404", "redirect loop", ...
  std::string final_url;  // after redirects; empty when none
  std::string etag;       // validators for the next conditional GET
  std::string last_modified;
  std::string warc;  // the WARC file holding the response, and the record's offset
  int64_t warc_offset = -1;
  std::string fetched_at;  // ISO 8601 UTC
};

// An article's identity: "url:<normalised canonical URL or URL>" or "text:<hash of the text>".
std::string ArticleKey(const Article& article);

class Store {
 public:
  // Opens (creating when missing, unless read_only) the database at `path` and migrates it to the
  // current schema. The caller owns the returned Store. Fails with kIoError when the file cannot
  // be opened or written, kCorruptInput when it is not a newsdesk database, kInvalidArgument when
  // it was written by a newer newsdesk (a higher schema version).
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // The schema version this build writes (PRAGMA user_version).
  static int SchemaVersion();

  // Transactions: Put and Link between Begin and Commit are one atomic write (one fsync). Outside
  // them each call is its own transaction. Rollback drops the writes since Begin.
  Status Begin();
  Status Commit();
  Status Rollback();

  // Stores `article` (see the header comment for identity and versions).
  Result<PutResult> Put(const Article& article, const PutOptions& options = {});

  // Marks article `copy` as a near-duplicate of article `original` (both are kept). Articles that
  // were linked to `copy` are linked to `original` too (an earlier original found late).
  Status Link(int64_t copy, int64_t original);

  // Calls fn(id, date, sketch bytes) for every article that has a sketch and is not itself a
  // copy, in id order (for loading a near-duplicate index).
  Status ForEachOriginalSketch(
      const std::function<void(int64_t id, std::string_view date, std::string_view sketch)>& fn);

  // The date and duplicate_of of an article (for choosing the earliest original).
  struct ArticleDates {
    std::string date;
    int64_t duplicate_of = 0;
  };
  Result<ArticleDates> DatesOf(int64_t id);

  // Full-text search over titles and texts, best first. `query` is a user's query: words (all
  // must match), "quoted phrases", prefix* words, OR between two terms, -word to exclude; case
  // and diacritics do not matter. Fails with kInvalidArgument when the query has nothing to look
  // for or is malformed (an unclosed quote, too many terms), or a filter is malformed.
  Result<std::vector<Hit>> Search(std::string_view query, const SearchOptions& options = {});

  // Stories. Calls fn for every article dated on or after `since` (YYYY-MM-DD; empty: all) and
  // on or before `until` (empty: no end), and for every undated one, in id order.
  Status ForEachStoryArticle(std::string_view since, std::string_view until,
                             const std::function<void(const StoryArticleRow&)>& fn);
  // Readers' views. One article whole; nullopt when there is no such id.
  Result<std::optional<StoredArticle>> GetArticle(int64_t id);
  // One story with its articles; nullopt when there is no such id.
  Result<std::optional<StoredStory>> GetStory(int64_t id);
  // The stories with an article dated from `since` to `until` (YYYY-MM-DD; empty: no bound), in
  // id order, each with all its articles.
  Result<std::vector<StoredStory>> Stories(std::string_view since, std::string_view until);
  // The latest day (YYYY-MM-DD) of a dated article; empty when no article is dated.
  Result<std::string> LatestDay();
  // Calls fn(id, text) with the full text of each article of `ids` that exists, in the order
  // given (the briefing reads the text of the articles it summarises).
  Status ForEachArticleText(const std::vector<int64_t>& ids,
                            const std::function<void(int64_t id, std::string_view text)>& fn);
  // Adds a story (row.id is ignored); returns its id.
  Result<int64_t> AddStory(const StoryRow& row);
  // Updates a story's title and dates.
  Status UpdateStory(const StoryRow& row);
  // Puts article `article` in story `story`.
  Status SetArticleStory(int64_t article, int64_t story);

  // Every outlet, most articles first.
  Result<std::vector<OutletRow>> Outlets();

  Result<StoreCounts> Counts();

  // The crawler's record of `url`, if it asked for it before.
  Result<std::optional<CrawlRecord>> GetCrawlRecord(std::string_view url);
  // Writes (replaces) the record of `record.url`.
  Status PutCrawlRecord(const CrawlRecord& record);
  // Article URLs whose last attempt failed for a while only (outcome "retry ..."), oldest first.
  Result<std::vector<std::string>> CrawlUrlsToRetry(int limit);
  // Whether an article with this URL (normalised as ArticleKey does) is stored.
  Result<bool> HasArticleUrl(std::string_view url);

 private:
  Store() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsdesk

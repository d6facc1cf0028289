// Search: the user's query made safe (fts_query), filters checked, one prepared statement.
#include <cctype>

#include "store/article_rows.h"
#include "store/fts_query.h"

namespace newsdesk::store {
namespace {

// Titles weigh ten times the text in BM25: a word in the headline says what the article is about.
// ?1 the FTS5 query, ?2 since, ?3 outlet host, ?4 language, ?5 limit, ?6/?7 highlight marks.
constexpr const char* kSearch =
    "SELECT a.id, a.url, a.title, a.date, coalesce(o.host, ''), a.language, "
    "snippet(articles_fts, -1, ?6, ?7, '…', 24), bm25(articles_fts, 10.0, 1.0) AS score, "
    "coalesce(a.duplicate_of, 0) "
    "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
    "LEFT JOIN outlets o ON o.id = a.outlet_id "
    "WHERE articles_fts MATCH ?1 AND (?2 = '' OR a.date >= ?2) AND (?3 = '' OR o.host = ?3) "
    "AND (?4 = '' OR a.language = ?4) ORDER BY score LIMIT ?5";

// Most hits one search returns, whatever the caller asks.
constexpr int kMaxLimit = 10000;

bool IsDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool IsLanguage(std::string_view s) {
  if (s.size() < 2 || s.size() > 3) return false;
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

Status CheckFilters(const SearchOptions& o) {
  if (!o.since.empty() && !IsDay(o.since)) {
    return Status::InvalidArgument("--since wants a day as YYYY-MM-DD, not \"" + o.since + "\"");
  }
  if (!o.language.empty() && !IsLanguage(o.language)) {
    return Status::InvalidArgument("--lang wants a language code like \"en\", not \"" + o.language +
                                   "\"");
  }
  if (o.limit < 1) return Status::InvalidArgument("the limit must be at least 1");
  return Status::Ok();
}

std::string OutletHost(std::string_view outlet) {
  std::string host;
  for (char c : outlet) host += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

}  // namespace

const char* SearchSql() { return kSearch; }

Result<std::vector<Hit>> ArticleRows::Search(std::string_view query, const SearchOptions& options) {
  Status st = CheckFilters(options);
  if (!st.ok()) return st;
  Result<std::string> fts = ToFtsQuery(query);
  if (!fts.ok()) return fts.status();
  search_.Reset();
  search_.Bind(1, *fts);
  search_.Bind(2, options.since);
  search_.Bind(3, OutletHost(options.outlet));
  search_.Bind(4, options.language);
  search_.Bind(5, int64_t{std::min(options.limit, kMaxLimit)});
  search_.Bind(6, options.highlight_open);
  search_.Bind(7, options.highlight_close);
  std::vector<Hit> hits;
  int rc;
  while ((rc = search_.Step()) == SQLITE_ROW) {
    Hit h;
    h.id = search_.Int(0);
    h.url = search_.Text(1);
    h.title = search_.Text(2);
    h.date = search_.Text(3);
    h.outlet = search_.Text(4);
    h.language = search_.Text(5);
    h.snippet = search_.Text(6);
    h.score = search_.Double(7);
    h.duplicate_of = search_.Int(8);
    hits.push_back(std::move(h));
  }
  search_.Reset();
  if (rc != SQLITE_DONE) {
    // The translated query is always valid FTS5; an error here is the database's.
    return Fail(rc, "searching");
  }
  return hits;
}

}  // namespace newsdesk::store

// The prepared statements of one connection and the operations built on them: putting an article
// (identity, versions, outlets), links, sketches, search, listings. Used by Store (store.cc);
// not thread-safe (one connection).
#pragma once

#include <sqlite3.h>

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsdesk/store.h"
#include "store/sqlite_util.h"

namespace newsdesk::store {

class ArticleRows {
 public:
  // Compiles the statements (the writing ones only when !read_only).
  Status Prepare(sqlite3* db, bool read_only);
  // Finalizes the statements (before the connection closes).
  void Close();
  // Forgets cached outlet ids (after a rollback).
  void ClearCache() { outlets_.clear(); }

  Result<PutResult> Put(const Article& article, const std::string& key, const PutOptions& options);
  Status Link(int64_t copy, int64_t original);
  Status ForEachOriginalSketch(
      const std::function<void(int64_t, std::string_view, std::string_view)>& fn);
  Result<Store::ArticleDates> DatesOf(int64_t id);
  Result<std::vector<Hit>> Search(std::string_view query, const SearchOptions& options);
  Result<std::vector<OutletRow>> Outlets();
  Result<StoreCounts> Counts();

 private:
  struct CachedOutlet {
    int64_t id;
    std::string name;
    std::string language;
  };
  Result<int64_t> OutletId(const Article& article);
  void BindFields(Statement& s, const Article& article, int64_t outlet_id, int64_t hash,
                  const PutOptions& options);
  Status Update(int64_t id, const Article& article, int64_t outlet_id, int64_t hash,
                const PutOptions& options);
  // Whether article `id` once held the version with content `hash` (in its revisions).
  bool SeenBefore(int64_t id, int64_t hash);
  Status Fail(int rc, std::string_view what) const { return SqliteStatus(db_, rc, what); }

  sqlite3* db_ = nullptr;
  bool read_only_ = false;
  Statement find_, insert_, update_, save_revision_, outlet_, link_, seen_version_;
  Statement sketches_, dates_, search_, outlets_list_, counts_;
  std::unordered_map<std::string, CachedOutlet> outlets_;  // host -> row
};

}  // namespace newsdesk::store

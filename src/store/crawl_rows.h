// The prepared statements behind the crawler's memory (the crawl_urls table) and its "is this URL
// stored?" question. Used by Store (store.cc); not thread-safe (one connection).
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/store.h"
#include "store/sqlite_util.h"

namespace newsdesk::store {

class CrawlRows {
 public:
  Status Prepare(sqlite3* db, bool read_only);
  void Close();

  Result<std::optional<CrawlRecord>> Get(std::string_view url);
  Status Put(const CrawlRecord& record);
  Result<bool> HasArticleKey(std::string_view key);
  Result<std::vector<std::string>> ToRetry(int limit);

 private:
  sqlite3* db_ = nullptr;
  Statement get_, put_, has_, retry_;
};

}  // namespace newsdesk::store

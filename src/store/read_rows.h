// The prepared statements behind the archive's read views for readers (the server): one article
// whole, one story, the stories of a window. Used by Store (store.cc); not thread-safe (one
// connection).
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string_view>
#include <vector>

#include "newsdesk/store.h"
#include "store/sqlite_util.h"

namespace newsdesk::store {

class ReadRows {
 public:
  Status Prepare(sqlite3* db);
  void Close();

  Result<std::optional<StoredArticle>> Article(int64_t id);
  Result<std::optional<StoredStory>> Story(int64_t id);
  Result<std::vector<StoredStory>> Stories(std::string_view since, std::string_view until);

 private:
  Status ArticlesOf(StoredStory* story);
  sqlite3* db_ = nullptr;
  Statement article_, story_, stories_, members_;
};

}  // namespace newsdesk::store

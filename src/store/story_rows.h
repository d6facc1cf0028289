// The prepared statements behind the stories table and the articles' story links. Used by Store
// (store.cc); not thread-safe (one connection).
#pragma once

#include <sqlite3.h>

#include <functional>
#include <string_view>
#include <vector>

#include "newsdesk/store.h"
#include "store/sqlite_util.h"

namespace newsdesk::store {

class StoryRows {
 public:
  // Compiles the statements (the writing ones only when !read_only).
  Status Prepare(sqlite3* db, bool read_only);
  void Close();

  Status ForEachArticle(std::string_view since, std::string_view until,
                        const std::function<void(const StoryArticleRow&)>& fn);
  Result<int64_t> Add(const StoryRow& row);
  Status Update(const StoryRow& row);
  Status SetArticleStory(int64_t article, int64_t story);
  // The latest day (YYYY-MM-DD) an article carries; empty when none is dated.
  Result<std::string> LatestDay();
  Status ForEachText(const std::vector<int64_t>& ids,
                     const std::function<void(int64_t, std::string_view)>& fn);

 private:
  sqlite3* db_ = nullptr;
  Statement articles_, text_, latest_, add_, update_, set_story_;
};

}  // namespace newsdesk::store

// Near-duplicate linking for the ingest pipeline: an index of the stored originals' sketches
// (stories/near_duplicates.h), loaded from the store once, grown as articles arrive. A new
// article whose text resembles an original's is linked to the earliest such original (by date,
// then by id); otherwise it becomes an original itself. When the new article is dated before
// that original, the roles swap: the stored original and its copies are linked to the new one,
// so the original is the earliest article whatever the order of arrival. Not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "newsdesk/store.h"
#include "stories/near_duplicates.h"

namespace newsdesk {

class DuplicateLinker {
 public:
  // Reads every stored original's sketch into the index.
  Status Load(Store* store);

  // The sketch of `text` and its bytes for the store (empty bytes when the text is too short to
  // say anything).
  stories::Sketch SketchOf(std::string_view text, std::string* bytes) const;

  // After `id` was stored new with `sketch`: links it to its original, or the original to it
  // (true: a copy was linked), or adds it to the index as an original (false).
  Result<bool> LinkNew(Store* store, int64_t id, std::string_view date,
                       const stories::Sketch& sketch);

 private:
  // The current original of an indexed article (originals that became copies are followed).
  int64_t Root(int64_t id) const;

  stories::NearDuplicateIndex index_;
  std::unordered_map<int64_t, std::string> dates_;  // original id -> its date
  std::unordered_map<int64_t, int64_t> demoted_;    // indexed original now a copy -> its original
};

}  // namespace newsdesk

#include "pipeline/duplicate_linker.h"

namespace newsdesk {

Status DuplicateLinker::Load(Store* store) {
  Status failed;
  Status st =
      store->ForEachOriginalSketch([&](int64_t id, std::string_view date, std::string_view bytes) {
        std::optional<stories::Sketch> sketch = stories::DecodeSketch(bytes);
        if (!sketch || !sketch->usable) return;  // a sketch from another version: not indexed
        index_.Add(id, *sketch);
        dates_[id] = std::string(date);
      });
  return st.ok() ? failed : st;
}

stories::Sketch DuplicateLinker::SketchOf(std::string_view text, std::string* bytes) const {
  stories::Sketch sketch = stories::SketchOf(text);
  bytes->clear();
  if (sketch.usable) *bytes = stories::EncodeSketch(sketch);
  return sketch;
}

int64_t DuplicateLinker::Root(int64_t id) const {
  for (auto it = demoted_.find(id); it != demoted_.end(); it = demoted_.find(id)) id = it->second;
  return id;
}

Result<bool> DuplicateLinker::LinkNew(Store* store, int64_t id, std::string_view date,
                                      const stories::Sketch& sketch) {
  if (!sketch.usable) return false;
  int64_t original = 0;
  std::string_view original_date;
  for (const auto& match : index_.Find(sketch)) {
    int64_t candidate = Root(match.first);
    auto it = dates_.find(candidate);
    std::string_view d = it == dates_.end() ? std::string_view() : std::string_view(it->second);
    // Earliest: the smaller non-empty date, then the smaller id (stored first).
    bool earlier = original == 0 || (!d.empty() && (original_date.empty() || d < original_date)) ||
                   (d == original_date && candidate < original);
    if (earlier) {
      original = candidate;
      original_date = d;
    }
  }
  if (original == 0 || (!date.empty() && !original_date.empty() && date < original_date)) {
    index_.Add(id, sketch);
    dates_[id] = std::string(date);
    if (original == 0) return false;
    // The new article is the earlier one: the stored original (and its copies) become its copies.
    Status st = store->Link(original, id);
    if (!st.ok()) return st;
    demoted_[original] = id;
    dates_.erase(original);
    return true;
  }
  Status st = store->Link(id, original);
  if (!st.ok()) return st;
  return true;
}

}  // namespace newsdesk

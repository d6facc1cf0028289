// A story's term -> slot map: open addressing with linear probing over one array, for the lookups
// the cosines make (several per article and candidate story: std::unordered_map's node chase and
// prime modulo were a fifth of grouping time on uci-dev). Each entry also holds a copy of the
// term's weight, so that a cosine reads the weight where it finds the term (one cache miss, not
// two); the owner keeps it in step.
#pragma once

#include <cstdint>
#include <vector>

namespace newsdesk::stories {

class TermSlots {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  struct Entry {
    uint32_t term = kNone;
    uint32_t slot = kNone;
    float weight = 0;
  };

  // The entry of `term`, or nullptr. Valid until the next insertion.
  const Entry* Find(uint32_t term) const {
    if (size_ == 0) return nullptr;
    for (uint32_t i = Home(term);; i = (i + 1) & mask_) {
      const Entry& e = entries_[i];
      if (e.term == term) return &e;
      if (e.term == kNone) return nullptr;
    }
  }

  // The entry of `term`, inserting one with `slot` and weight 0 when it has none; `inserted` says
  // which. Valid until the next insertion.
  Entry* FindOrInsert(uint32_t term, uint32_t slot, bool* inserted) {
    if ((size_ + 1) * 2 > entries_.size()) Grow();
    for (uint32_t i = Home(term);; i = (i + 1) & mask_) {
      Entry& e = entries_[i];
      if (e.term == term) {
        *inserted = false;
        return &e;
      }
      if (e.term == kNone) {
        e = {term, slot, 0};
        ++size_;
        *inserted = true;
        return &e;
      }
    }
  }

  // Sets every weight to 0.
  void ZeroWeights() {
    for (Entry& e : entries_) e.weight = 0;
  }

  std::size_t size() const { return size_; }

 private:
  uint32_t Home(uint32_t term) const { return (term * 0x9E3779B1U) >> shift_ & mask_; }

  void Grow() {
    std::vector<Entry> old = std::move(entries_);
    std::size_t capacity = old.empty() ? 8 : old.size() * 2;
    entries_.assign(capacity, Entry{});
    mask_ = static_cast<uint32_t>(capacity - 1);
    shift_ = 32 - __builtin_ctz(static_cast<uint32_t>(capacity));
    size_ = 0;
    bool inserted = false;
    for (const Entry& e : old) {
      if (e.term != kNone) FindOrInsert(e.term, e.slot, &inserted)->weight = e.weight;
    }
  }

  std::vector<Entry> entries_;
  uint32_t mask_ = 0;
  int shift_ = 32;
  std::size_t size_ = 0;
};

}  // namespace newsdesk::stories

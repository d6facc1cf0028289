// A story's term -> (slot, weight) map, for the lookups the cosines make (several per article and
// candidate story; std::unordered_map's node chase and prime modulo were a fifth of grouping time
// on uci-dev). Buckets of eight terms, each bucket one 64-byte cache line (the terms, then copies
// of their weights), probed linearly bucket after bucket; a bucket is compared with the term in
// two SSE2 instructions. At most half the places are taken, so a lookup almost always ends in its
// first bucket: WeightOf has no branch that depends on whether the term is there (a linear-probing
// table of single entries mispredicted that branch for about every other term). The slots (the
// owner's index for the term) sit in a parallel array. The owner keeps the weights in step.
#pragma once

#include <emmintrin.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace newsdesk::stories {

class TermSlots {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The weight of `term`, 0 when it is not there.
  float WeightOf(uint32_t term) const {
    if (size_ == 0) return 0;
    for (uint32_t b = Home(term);; b = (b + 1) & mask_) {
      const Bucket& bucket = buckets_[b];
      unsigned found = Match(bucket, term);
      if ((found | Match(bucket, kNone)) == 0) continue;  // full, without the term: next bucket
      // Lane 0's weight when not found (ctz gives kLanes), masked to +0.0F: no branch on found.
      uint32_t bits = 0;
      std::memcpy(&bits, &bucket.weight[__builtin_ctz(found | 1U << kLanes) & (kLanes - 1)], 4);
      bits &= 0U - static_cast<uint32_t>(found != 0);
      float weight = 0;
      std::memcpy(&weight, &bits, 4);
      return weight;
    }
  }

  // The slot of `term`, or kNone.
  uint32_t SlotOf(uint32_t term) const {
    if (size_ == 0) return kNone;
    for (uint32_t b = Home(term);; b = (b + 1) & mask_) {
      const Bucket& bucket = buckets_[b];
      if (unsigned found = Match(bucket, term)) return slots_[b * kLanes + __builtin_ctz(found)];
      if (Match(bucket, kNone) != 0) return kNone;
    }
  }

  // The weight of `term`, with `slot` and weight 0 inserted for it when it has none; `inserted`
  // says which, `*slot_of` is the term's slot. Valid until the next insertion.
  float* FindOrInsert(uint32_t term, uint32_t slot, bool* inserted, uint32_t* slot_of) {
    if ((size_ + 1) * 2 > buckets_.size() * kLanes) Grow();
    for (uint32_t b = Home(term);; b = (b + 1) & mask_) {
      Bucket& bucket = buckets_[b];
      if (unsigned found = Match(bucket, term)) {
        *inserted = false;
        *slot_of = slots_[b * kLanes + __builtin_ctz(found)];
        return &bucket.weight[__builtin_ctz(found)];
      }
      if (unsigned empty = Match(bucket, kNone)) {
        unsigned lane = __builtin_ctz(empty);  // places fill in order: none is ever freed
        bucket.term[lane] = term;
        bucket.weight[lane] = 0;
        slots_[b * kLanes + lane] = slot;
        ++size_;
        *inserted = true;
        *slot_of = slot;
        return &bucket.weight[lane];
      }
    }
  }

  // Sets every weight to 0.
  void ZeroWeights() {
    for (Bucket& bucket : buckets_) std::memset(bucket.weight, 0, sizeof bucket.weight);
  }

  std::size_t size() const { return size_; }

 private:
  static constexpr unsigned kLanes = 8;
  struct alignas(64) Bucket {
    uint32_t term[kLanes];  // kNone: empty
    float weight[kLanes];
  };

  uint32_t Home(uint32_t term) const { return (term * 0x9E3779B1U) >> shift_ & mask_; }

  // Bit i set when lane i holds `term`.
  static unsigned Match(const Bucket& bucket, uint32_t term) {
    __m128i key = _mm_set1_epi32(static_cast<int>(term));
    __m128i low = _mm_load_si128(reinterpret_cast<const __m128i*>(bucket.term));
    __m128i high = _mm_load_si128(reinterpret_cast<const __m128i*>(bucket.term + 4));
    unsigned l =
        static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(low, key))));
    unsigned h =
        static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(high, key))));
    return l | h << 4;
  }

  void Grow() {
    std::vector<Bucket> old = std::move(buckets_);
    std::vector<uint32_t> old_slots = std::move(slots_);
    std::size_t count = old.empty() ? 2 : old.size() * 2;
    Bucket empty;
    std::memset(empty.term, 0xFF, sizeof empty.term);  // kNone
    std::memset(empty.weight, 0, sizeof empty.weight);
    buckets_.assign(count, empty);
    slots_.assign(count * kLanes, kNone);
    mask_ = static_cast<uint32_t>(count - 1);
    shift_ = 32 - __builtin_ctz(static_cast<uint32_t>(count));
    size_ = 0;
    bool inserted = false;
    uint32_t slot = 0;
    for (std::size_t b = 0; b < old.size(); ++b) {
      for (unsigned lane = 0; lane < kLanes; ++lane) {
        if (old[b].term[lane] == kNone) continue;
        *FindOrInsert(old[b].term[lane], old_slots[b * kLanes + lane], &inserted, &slot) =
            old[b].weight[lane];
      }
    }
  }

  std::vector<Bucket> buckets_;
  std::vector<uint32_t> slots_;  // parallel to the buckets' places
  uint32_t mask_ = 0;
  int shift_ = 32;
  std::size_t size_ = 0;
};

}  // namespace newsdesk::stories

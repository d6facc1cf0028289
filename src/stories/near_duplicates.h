// Near-duplicates: the same wire copy (AP, Reuters, AFP, a press release) republished by many
// outlets with their own headline, boilerplate and trimming is one text. Each article gets a
// MinHash sketch of its word shingles; an LSH index over the sketches finds, for a new article,
// the earlier ones whose estimated resemblance passes the near-duplicate threshold, without
// comparing it with every article (cost grows near-linearly with the archive).
//
// Sketches are plain values (copy, store, compare from any thread). NearDuplicateIndex is not
// thread-safe: one writer, or external locking.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsdesk::stories {

struct Sketch {
  static constexpr int kHashes = 128;  // MinHash values; see near_duplicates.cc for the choice
  std::array<uint32_t, kHashes> values{};
  // False when the text had too few words to say anything (a headline-only article): such an
  // article is never anyone's near-duplicate.
  bool usable = false;
};

// The sketch of an article's text (plain text, paragraphs separated by blank lines): words
// case-folded and diacritics-insensitive where cheap, shingled, MinHashed. Deterministic across
// runs and machines (the store keeps sketches).
Sketch SketchOf(std::string_view text);

// Estimated resemblance (Jaccard similarity of the shingle sets) of two usable sketches, 0..1;
// 0 when either is not usable.
double Resemblance(const Sketch& a, const Sketch& b);

// True when a resemblance says "the same text" (the threshold, measured on the fixture set).
bool IsNearDuplicate(double resemblance);

// A sketch as bytes for storage, and back; nullopt when the bytes are not a sketch.
std::string EncodeSketch(const Sketch& sketch);
std::optional<Sketch> DecodeSketch(std::string_view bytes);

class NearDuplicateIndex {
 public:
  NearDuplicateIndex();
  ~NearDuplicateIndex();
  NearDuplicateIndex(NearDuplicateIndex&&) noexcept;
  NearDuplicateIndex& operator=(NearDuplicateIndex&&) noexcept;

  // Adds article `id` with its sketch (unusable sketches are ignored). Adding an id again
  // replaces its sketch.
  void Add(int64_t id, const Sketch& sketch);

  // The articles already added that are near-duplicates of `sketch`, as (id, resemblance), most
  // similar first; empty for an unusable sketch.
  std::vector<std::pair<int64_t, double>> Find(const Sketch& sketch) const;

  std::size_t size() const;

 private:
  // LSH buckets: band hash -> ids; and each id's sketch for the resemblance check.
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

namespace internal {
// The 64-bit hashes of the word shingles (`words` words each) of `text`, after the folding
// SketchOf does, in text order (repeats kept). For the fixture measurements in the test.
std::vector<uint64_t> ShingleHashes(std::string_view text, int words);
}  // namespace internal

}  // namespace newsdesk::stories

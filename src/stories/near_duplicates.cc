// Near-duplicates: MinHash over word shingles, LSH bands over the MinHash values.
//
// Text -> words: as util/fold.h reads them (folded to lower case without diacritics, apostrophes
// and number separators dropped, Chinese and Japanese characters a word each). Each word is
// hashed as it is read (no copy of the text).
//
// Words -> sketch: every run of kShingleWords consecutive words is a shingle; its 64-bit hash goes
// through Sketch::kHashes fixed multiply-shift hash functions, and the sketch keeps each one's
// minimum. Two sketches agree on a value with probability equal to the Jaccard similarity of the
// two shingle sets. All constants are fixed here, so a stored sketch stays valid; a change to
// any of them must bump kSketchVersion.
//
// The choice of the parameters (measured on the fixture set of near_duplicates_test.cc; the
// figures are in the comments below and in NearDuplicates.* test output):
#include "stories/near_duplicates.h"

#include <algorithm>
#include <unordered_map>

#include "util/fold.h"

namespace newsdesk::stories {
namespace {

// Words per shingle. Shorter shingles let other outlets' own articles on the same event and
// robot-written stories from one template match on shared names and phrases; longer ones let each
// edited word remove more shingles from a copy. Exact Jaccard on the fixture set (lowest copy
// pair / highest other pair): 3 words 0.386 / 0.410 (no gap), 4 words 0.355 / 0.330, 5 words
// 0.315 / 0.268, 6 words 0.280 / 0.217. 5 and 6 leave the widest gaps; 5 keeps more of a
// heavily edited copy (NearDuplicates.ShingleSizeSweep prints these).
constexpr int kShingleWords = 5;

// Fewer words than this and the text says too little to call it a copy: headline-only articles
// (empty text), paywall and cookie notices, photo captions. Two sentences of wire copy pass.
constexpr int kMinWords = 40;

// LSH: kBands bands of kRowsPerBand MinHash values; two sketches become candidates when one band
// is equal, with probability 1 - (1 - s^r)^b at resemblance s. With r = 2 and b = 64 that is
// 0.984 at s = 0.25 and 0.9976 at s = 0.3, so Find misses almost nothing at kThreshold, while an
// unrelated text (s < 0.02) is a candidate less than 2.5% of the time.
constexpr int kRowsPerBand = 2;
constexpr int kBands = Sketch::kHashes / kRowsPerBand;
static_assert(kBands * kRowsPerBand == Sketch::kHashes);

// Estimated resemblance at or above which two texts are one text: in the middle of the 5-word
// gap above. With 128 hashes an estimate near 0.3 has a standard deviation of 0.04 (64 hashes:
// 0.057, which cost 39 missed pairs at 4 words); on the fixture set, P 0.9988, R 0.9976.
constexpr double kThreshold = 0.30;

// The first byte of an encoded sketch; bumped when anything above changes what a sketch holds.
constexpr uint8_t kSketchVersion = 1;
constexpr std::size_t kEncodedUsableSize = 2 + 4 * Sketch::kHashes;

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
constexpr uint64_t kWordSeed = 0xCBF29CE484222325ULL;

// The splitmix64 finalizer: a fixed, portable 64-bit mix.
constexpr uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// The MinHash functions: h_i(x) = (a_i * x + b_i) >> 32, a_i odd; a and b from splitmix64 over a
// fixed seed, so they are the same on every machine.
struct HashParams {
  std::array<uint64_t, Sketch::kHashes> a{};
  std::array<uint64_t, Sketch::kHashes> b{};
};
constexpr HashParams MakeHashParams() {
  HashParams p;
  uint64_t state = 0x6E65777364657331ULL;  // "newsdes1"
  for (int i = 0; i < Sketch::kHashes; ++i) {
    state += kMul;
    p.a[i] = Mix64(state) | 1;
    state += kMul;
    p.b[i] = Mix64(state);
  }
  return p;
}
constexpr HashParams kHashParams = MakeHashParams();

// Calls fn(word_hash) for each word of `text`, in order.
template <class Fn>
void ForEachWord(std::string_view text, Fn&& fn) {
  uint64_t h = kWordSeed;
  ForEachFoldedCodePoint(text, [&](uint32_t c, bool end) {
    if (end) {
      fn(Mix64(h));
      h = kWordSeed;
    } else {
      h = (h ^ c) * kMul;
    }
  });
}

// Calls fn(shingle_hash) for each run of `words` consecutive words; returns the number of words.
template <class Fn>
std::size_t ForEachShingle(std::string_view text, int words, Fn&& fn) {
  std::array<uint64_t, 16> ring{};
  const std::size_t k = static_cast<std::size_t>(std::clamp(words, 1, 16));
  std::size_t count = 0;
  ForEachWord(text, [&](uint64_t word) {
    ring[count % k] = word;
    ++count;
    if (count < k) return;
    uint64_t s = k;
    for (std::size_t j = count - k; j < count; ++j) s = Mix64(s ^ ring[j % k]) * kMul;
    fn(Mix64(s));
  });
  return count;
}

uint64_t BandKey(const Sketch& sketch, int band) {
  uint64_t h = Mix64(static_cast<uint64_t>(band) + kWordSeed);
  for (int r = 0; r < kRowsPerBand; ++r) h = Mix64(h ^ sketch.values[band * kRowsPerBand + r]);
  return h;
}

}  // namespace

Sketch SketchOf(std::string_view text) {
  Sketch sketch;
  sketch.values.fill(UINT32_MAX);
  std::size_t words = ForEachShingle(text, kShingleWords, [&](uint64_t x) {
    for (int i = 0; i < Sketch::kHashes; ++i) {
      auto v = static_cast<uint32_t>((kHashParams.a[i] * x + kHashParams.b[i]) >> 32);
      sketch.values[i] = std::min(sketch.values[i], v);
    }
  });
  if (words < static_cast<std::size_t>(kMinWords)) return Sketch{};
  sketch.usable = true;
  return sketch;
}

double Resemblance(const Sketch& a, const Sketch& b) {
  if (!a.usable || !b.usable) return 0.0;
  int equal = 0;
  for (int i = 0; i < Sketch::kHashes; ++i) equal += a.values[i] == b.values[i];
  return static_cast<double>(equal) / Sketch::kHashes;
}

bool IsNearDuplicate(double resemblance) { return resemblance >= kThreshold; }

std::string EncodeSketch(const Sketch& sketch) {
  std::string out;
  out.push_back(static_cast<char>(kSketchVersion));
  out.push_back(sketch.usable ? 1 : 0);
  if (!sketch.usable) return out;
  out.reserve(kEncodedUsableSize);
  for (uint32_t v : sketch.values) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>(v >> shift));
  }
  return out;
}

std::optional<Sketch> DecodeSketch(std::string_view bytes) {
  if (bytes.size() < 2 || static_cast<uint8_t>(bytes[0]) != kSketchVersion) return std::nullopt;
  Sketch sketch;
  if (bytes.size() == 2 && bytes[1] == 0) return sketch;
  if (bytes.size() != kEncodedUsableSize || bytes[1] != 1) return std::nullopt;
  for (int i = 0; i < Sketch::kHashes; ++i) {
    uint32_t v = 0;
    for (int k = 3; k >= 0; --k) v = v << 8 | static_cast<unsigned char>(bytes[2 + 4 * i + k]);
    sketch.values[i] = v;
  }
  sketch.usable = true;
  return sketch;
}

// Slots hold the sketches; a removed or replaced article leaves its slot dead (not usable).
struct NearDuplicateIndex::Impl {
  std::vector<int64_t> ids;
  std::vector<Sketch> sketches;
  std::unordered_map<int64_t, uint32_t> slot_of;
  std::unordered_map<uint64_t, std::vector<uint32_t>> buckets;  // band key -> slots

  void Remove(uint32_t slot) {
    for (int band = 0; band < kBands; ++band) {
      auto it = buckets.find(BandKey(sketches[slot], band));
      if (it == buckets.end()) continue;
      std::erase(it->second, slot);
      if (it->second.empty()) buckets.erase(it);
    }
    sketches[slot].usable = false;
    slot_of.erase(ids[slot]);
  }
};

NearDuplicateIndex::NearDuplicateIndex() : impl_(std::make_unique<Impl>()) {}
NearDuplicateIndex::~NearDuplicateIndex() = default;
NearDuplicateIndex::NearDuplicateIndex(NearDuplicateIndex&&) noexcept = default;
NearDuplicateIndex& NearDuplicateIndex::operator=(NearDuplicateIndex&&) noexcept = default;

void NearDuplicateIndex::Add(int64_t id, const Sketch& sketch) {
  if (!impl_) impl_ = std::make_unique<Impl>();  // a moved-from index is empty, and usable
  Impl& m = *impl_;
  if (auto it = m.slot_of.find(id); it != m.slot_of.end()) m.Remove(it->second);
  if (!sketch.usable) return;
  auto slot = static_cast<uint32_t>(m.sketches.size());
  m.ids.push_back(id);
  m.sketches.push_back(sketch);
  m.slot_of[id] = slot;
  for (int band = 0; band < kBands; ++band) m.buckets[BandKey(sketch, band)].push_back(slot);
}

std::vector<std::pair<int64_t, double>> NearDuplicateIndex::Find(const Sketch& sketch) const {
  std::vector<std::pair<int64_t, double>> found;
  if (!impl_ || !sketch.usable) return found;
  std::vector<uint32_t> candidates;
  for (int band = 0; band < kBands; ++band) {
    auto it = impl_->buckets.find(BandKey(sketch, band));
    if (it != impl_->buckets.end()) {
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (uint32_t slot : candidates) {
    double r = Resemblance(sketch, impl_->sketches[slot]);
    if (IsNearDuplicate(r)) found.emplace_back(impl_->ids[slot], r);
  }
  std::sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  return found;
}

std::size_t NearDuplicateIndex::size() const { return impl_ ? impl_->slot_of.size() : 0; }

namespace internal {
std::vector<uint64_t> ShingleHashes(std::string_view text, int words) {
  std::vector<uint64_t> out;
  ForEachShingle(text, words, [&](uint64_t x) { out.push_back(x); });
  return out;
}
}  // namespace internal

}  // namespace newsdesk::stories

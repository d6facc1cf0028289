// A fast 64-bit hash of a pair of strings, for memo tables keyed by content.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsdesk {

// Never 0, so 0 can mark an empty slot. Pairs that differ only in where one string ends and the
// next begins hash differently.
inline uint64_t HashPair(std::string_view a, std::string_view b) {
  // Eight bytes at a time with a multiply-xorshift mix; the tail byte by byte.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  uint64_t h = 0xCBF29CE484222325ULL ^ (a.size() * kMul) ^ (b.size() << 32);
  for (std::string_view part : {a, b}) {
    std::size_t i = 0;
    for (; i + 8 <= part.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, part.data() + i, 8);
      h = (h ^ w) * kMul;
      h ^= h >> 29;
    }
    for (; i < part.size(); ++i) h = (h ^ static_cast<unsigned char>(part[i])) * 0x100000001B3ULL;
    h = (h ^ 0xFF) * kMul;
    h ^= h >> 32;
  }
  return h | 1;
}

}  // namespace newsdesk

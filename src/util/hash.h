// A fast 64-bit hash (FNV-1a style) of a pair of strings, for memo tables keyed by content.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsdesk {

// Never 0, so 0 can mark an empty slot. Pairs that differ only in where one string ends and the
// next begins hash differently.
inline uint64_t HashPair(std::string_view a, std::string_view b) {
  constexpr uint64_t kPrime = 0x100000001B3ULL;
  uint64_t h = 0xCBF29CE484222325ULL ^ (a.size() * 0x9E3779B97F4A7C15ULL) ^ b.size();
  for (std::string_view part : {a, b}) {
    for (char c : part) h = (h ^ static_cast<unsigned char>(c)) * kPrime;
    h = (h ^ 0xFF) * kPrime;
  }
  return h | 1;
}

}  // namespace newsdesk

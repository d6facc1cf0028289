// Eight bytes at a time ("SIMD within a register"): byte-class tests on a 64-bit word, exact for
// whether any byte matches (not which one).
#pragma once

#include <cstdint>
#include <cstring>

namespace newsdesk::swar {

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kHighs = 0x8080808080808080ULL;

inline uint64_t Load(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// True when some byte of `w` is below `n` (n <= 128; bytes >= 0x80 never count).
inline bool HasByteBelow(uint64_t w, uint8_t n) { return ((w - kOnes * n) & ~w & kHighs) != 0; }

// True when some byte of `w` equals `b`.
inline bool HasByte(uint64_t w, uint8_t b) {
  uint64_t x = w ^ (kOnes * b);
  return ((x - kOnes) & ~x & kHighs) != 0;
}

// True when every byte of `w` is ASCII.
inline bool AllAscii(uint64_t w) { return (w & kHighs) == 0; }

}  // namespace newsdesk::swar

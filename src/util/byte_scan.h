// Finding the next byte of a small set (the tokenizer's "<", "&", NUL...) sixteen bytes at a time
// with SSE2, which every x86-64 CPU has, or eight at a time with SWAR elsewhere.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/swar.h"

namespace newsdesk::scan {

// The portable path: eight bytes at a time (SWAR), then byte by byte.
template <char... Bytes>
inline std::size_t FindFirstOfSwar(const char* p, std::size_t i, std::size_t n) {
  while (i + 8 <= n) {
    uint64_t w = swar::Load(p + i);
    if ((swar::HasByte(w, static_cast<uint8_t>(Bytes)) || ...)) break;
    i += 8;
  }
  while (i < n && !((p[i] == Bytes) || ...)) ++i;
  return i;
}

// The index of the first byte in p[i, n) equal to one of `Bytes`, or n when there is none.
template <char... Bytes>
inline std::size_t FindFirstOf(const char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hit = _mm_setzero_si128();
    ((hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(Bytes)))), ...);
    int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
  while (i < n && !((p[i] == Bytes) || ...)) ++i;
  return i;
#else
  return FindFirstOfSwar<Bytes...>(p, i, n);
#endif
}

}  // namespace newsdesk::scan

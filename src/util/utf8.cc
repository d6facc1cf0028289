#include "util/utf8.h"

#include <cstdint>

#include "util/fold.h"
#include "util/swar.h"

namespace newsdesk {
namespace {

// Length of the well-formed sequence at s[i], or 0 if ill-formed (Unicode table 3-7).
std::size_t SequenceLength(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<uint8_t>(s[i + k]); };
  uint8_t c = b(0);
  std::size_t left = s.size() - i;
  if (c < 0x80) return c == 0 ? 0 : 1;
  if (c >= 0xC2 && c <= 0xDF) return (left >= 2 && (b(1) & 0xC0) == 0x80) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3) return 0;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    return (b(1) >= lo && b(1) <= hi && (b(2) & 0xC0) == 0x80) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4) return 0;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    return (b(1) >= lo && b(1) <= hi && (b(2) & 0xC0) == 0x80 && (b(3) & 0xC0) == 0x80) ? 4 : 0;
  }
  return 0;
}

}  // namespace

bool IsCleanUtf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // Fast path: 8 ASCII bytes without NUL at a time.
    while (i + 8 <= n) {
      uint64_t w = swar::Load(s.data() + i);
      if (!swar::AllAscii(w) || swar::HasByte(w, 0)) break;
      i += 8;
    }
    if (i >= n) break;
    std::size_t len = SequenceLength(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

void RepairUtf8(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size() + 16);
  std::size_t i = 0;
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < s.size()) {
    std::size_t len = SequenceLength(s, i);
    if (len == 0) {
      out->append("\xEF\xBF\xBD");
      ++i;
      // Skip continuation bytes of the same broken sequence so one error gives one U+FFFD.
      while (i < s.size() && (static_cast<uint8_t>(s[i]) & 0xC0) == 0x80) ++i;
    } else {
      out->append(s.data() + i, len);
      i += len;
    }
  }
}

void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space) {
  const char* p = text.data();
  const std::size_t n = text.size();
  auto is_space = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  };
  auto is_nbsp = [&](std::size_t at) {
    return p[at] == '\xC2' && at + 1 < n && p[at + 1] == '\xA0';
  };
  std::size_t i = 0;
  while (i < n) {
    if (is_space(p[i])) {
      *pending_space = true;
      ++i;
      continue;
    }
    if (is_nbsp(i)) {  // U+00A0
      *pending_space = true;
      i += 2;
      continue;
    }
    if (*pending_space && !out->empty() && out->back() != '\n' && out->back() != ' ') {
      out->push_back(' ');
    }
    *pending_space = false;
    // One run up to whitespace that needs collapsing: a single ' ' between two words is kept as
    // it is, so ordinary prose is copied in one piece. Eight bytes at a time while none is ASCII
    // whitespace-or-control (< 0x21) or 0xC2 (the lead byte of U+00A0).
    std::size_t start = i;
    while (i < n) {
      if (i + 8 <= n) {
        uint64_t w = swar::Load(p + i);
        if (!swar::HasByteBelow(w, 0x21) && !swar::HasByte(w, 0xC2)) {
          i += 8;
          continue;
        }
      }
      char d = p[i];
      if (d == ' ') {
        if (i + 1 < n && !is_space(p[i + 1]) && !is_nbsp(i + 1)) {
          ++i;
          continue;
        }
        break;
      }
      if (is_space(d) || is_nbsp(i)) break;
      ++i;
    }
    out->append(p + start, i - start);
  }
}

std::string UndoMojibake(std::string_view s) {
  // windows-1252's characters at 0x80-0x9F (0 where the byte is undefined there).
  static constexpr uint16_t kCp1252[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string bytes;
  bool multibyte = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t length = 1;
    uint32_t cp = static_cast<unsigned char>(s[i]) < 0x80 ? static_cast<unsigned char>(s[i])
                                                          : DecodeUtf8At(s, i, &length);
    i += length;
    if (cp >= 0x80) multibyte = true;
    if (cp <= 0xFF) {
      bytes.push_back(static_cast<char>(cp));
      continue;
    }
    int byte = -1;
    for (int b = 0; b < 32; ++b)
      if (kCp1252[b] == cp) byte = 0x80 + b;
    if (byte < 0) return std::string(s);
    bytes.push_back(static_cast<char>(byte));
  }
  if (!multibyte || !IsCleanUtf8(bytes)) return std::string(s);
  return bytes;
}

}  // namespace newsdesk

#include "html/char_refs.h"

#include <algorithm>
#include <array>

namespace newsdesk::html {
namespace {

struct NamedRef {
  std::string_view name;         // without ';'
  std::string_view replacement;  // UTF-8
  bool legacy;                   // also decodes without ';'
};

constexpr NamedRef kNamedRefs[] = {
#include "html/entity_table.inc"
};

// The longest name in the table is "CounterClockwiseContourIntegral" (31 bytes).
constexpr std::size_t kMaxNameLength = 32;

// Numeric references to C1 controls mean windows-1252 characters (WHATWG, "numeric character
// reference end state").
constexpr std::array<char16_t, 32> kWindows1252C1 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const NamedRef* FindNamed(std::string_view name) {
  auto it = std::lower_bound(std::begin(kNamedRefs), std::end(kNamedRefs), name,
                             [](const NamedRef& r, std::string_view n) { return r.name < n; });
  if (it == std::end(kNamedRefs) || it->name != name) return nullptr;
  return it;
}

std::size_t DecodeNumeric(std::string_view in, std::string* out) {
  // in[0] == '#'
  std::size_t i = 1;
  bool hex = false;
  if (i < in.size() && (in[i] == 'x' || in[i] == 'X')) {
    hex = true;
    ++i;
  }
  std::size_t digits_start = i;
  uint32_t value = 0;
  bool overflow = false;
  for (; i < in.size(); ++i) {
    char c = in[i];
    uint32_t d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (hex && c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (hex && c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      break;
    }
    value = value * (hex ? 16 : 10) + d;
    if (value > 0x10FFFF) overflow = true, value = 0x110000;
  }
  if (i == digits_start) return 0;  // "&#" or "&#x" with no digits: not a reference
  if (i < in.size() && in[i] == ';') ++i;
  char32_t cp = value;
  if (overflow || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = 0xFFFD;
  } else if (cp >= 0x80 && cp <= 0x9F) {
    cp = kWindows1252C1[cp - 0x80];
  }
  AppendUtf8(cp, out);
  return i;
}

}  // namespace

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t DecodeCharRef(std::string_view in, bool in_attribute, std::string* out) {
  if (in.empty()) return 0;
  if (in[0] == '#') return DecodeNumeric(in, out);
  if (!IsAsciiAlnum(in[0])) return 0;
  std::size_t n = 0;
  while (n < in.size() && n < kMaxNameLength && IsAsciiAlnum(in[n])) ++n;
  if (n < in.size() && in[n] == ';') {
    if (const NamedRef* r = FindNamed(in.substr(0, n))) {
      out->append(r->replacement);
      return n + 1;
    }
  }
  // No exact "name;": the longest legacy name that prefixes the run decodes without ';'.
  for (std::size_t len = n; len >= 2; --len) {
    const NamedRef* r = FindNamed(in.substr(0, len));
    if (r == nullptr || !r->legacy) continue;
    if (in_attribute && len < in.size() && (IsAsciiAlnum(in[len]) || in[len] == '=')) return 0;
    out->append(r->replacement);
    return len;
  }
  return 0;
}

}  // namespace newsdesk::html

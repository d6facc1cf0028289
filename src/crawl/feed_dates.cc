// Feed dates (RFC 822/2822 and RFC 3339) to ISO 8601; see feed_dates.h. Pure, thread-safe.
#include "crawl/feed_dates.h"

#include <cstdio>
#include <optional>
#include <vector>

#include "util/ascii.h"

namespace newsdesk::crawl {
namespace {

constexpr int kNoOffset = 100000;  // the zone is unknown: no offset written

struct Stamp {
  int year = 0, month = 0, day = 0;
  bool has_time = false;
  int hour = 0, minute = 0, second = 0;
  int offset_minutes = kNoOffset;  // east of UTC
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool Valid(const Stamp& s) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (s.year < 1 || s.year > 9999 || s.month < 1 || s.month > 12 || s.day < 1) return false;
  int days = kDays[s.month - 1] + (s.month == 2 && IsLeap(s.year) ? 1 : 0);
  if (s.day > days) return false;
  // Second 60: a leap second.
  return s.hour <= 23 && s.minute <= 59 && s.second <= 60;
}

std::string ToIso(const Stamp& s) {
  char buf[64];  // room for any int, though Valid() bounds them
  if (!s.has_time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", s.year, s.month, s.day);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", s.year, s.month, s.day, s.hour,
                s.minute, s.second);
  std::string out = buf;
  if (s.offset_minutes == 0) {
    out += 'Z';
  } else if (s.offset_minutes != kNoOffset) {
    int m = s.offset_minutes < 0 ? -s.offset_minutes : s.offset_minutes;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", s.offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
    out += buf;
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at `*pos`.
bool Digits(std::string_view s, std::size_t* pos, int n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

bool Expect(std::string_view s, std::size_t* pos, char c) {
  if (*pos >= s.size() || s[*pos] != c) return false;
  ++*pos;
  return true;
}

// "+01:00", "-0500", "Z"; true at the end of the text (no zone).
bool ReadNumericZone(std::string_view s, std::size_t* pos, int* offset) {
  if (*pos == s.size()) return true;
  char sign = s[*pos];
  if (sign == 'Z' || sign == 'z') {
    *offset = 0;
    return ++*pos == s.size();
  }
  if (sign != '+' && sign != '-') return false;
  ++*pos;
  int h = 0, m = 0;
  if (!Digits(s, pos, 2, &h)) return false;
  Expect(s, pos, ':');
  if (!Digits(s, pos, 2, &m) || h > 23 || m > 59) return false;
  *offset = (sign == '-' ? -1 : 1) * (h * 60 + m);
  return *pos == s.size();
}

// RFC 3339 (and the date-only and space-separated forms W3C datetimes allow).
std::optional<Stamp> ParseRfc3339(std::string_view s) {
  Stamp t;
  std::size_t pos = 0;
  if (!Digits(s, &pos, 4, &t.year) || !Expect(s, &pos, '-') || !Digits(s, &pos, 2, &t.month) ||
      !Expect(s, &pos, '-') || !Digits(s, &pos, 2, &t.day))
    return std::nullopt;
  if (pos == s.size()) return t;
  if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
  ++pos;
  t.has_time = true;
  if (!Digits(s, &pos, 2, &t.hour) || !Expect(s, &pos, ':') || !Digits(s, &pos, 2, &t.minute))
    return std::nullopt;
  if (Expect(s, &pos, ':') && !Digits(s, &pos, 2, &t.second)) return std::nullopt;
  if (Expect(s, &pos, '.')) {
    while (pos < s.size() && IsDigit(s[pos])) ++pos;
  }
  if (!ReadNumericZone(s, &pos, &t.offset_minutes)) return std::nullopt;
  return t;
}

// Splits on spaces and commas.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  std::string lower = AsciiLowerCopy(word);
  for (int m = 0; m < 12; ++m) {
    if (lower.starts_with(kMonths[m])) return m + 1;
  }
  return 0;
}

bool ParseNumber(std::string_view w, int* out) {
  if (w.empty() || w.size() > 4) return false;
  int v = 0;
  for (char c : w) {
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// "04:00:00" or "04:00".
bool ParseClock(std::string_view w, Stamp* t) {
  std::size_t pos = 0;
  if (!Digits(w, &pos, 2, &t->hour) || !Expect(w, &pos, ':') || !Digits(w, &pos, 2, &t->minute))
    return false;
  if (Expect(w, &pos, ':') && !Digits(w, &pos, 2, &t->second)) return false;
  t->has_time = true;
  return pos == w.size();
}

// RFC 822 section 5.1 zones (and "UTC"); kNoOffset for military letters and unknown names.
int NamedZone(std::string_view w) {
  struct Zone {
    std::string_view name;
    int hours;
  };
  static constexpr Zone kZones[] = {{"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},
                                    {"est", -5}, {"edt", -4}, {"cst", -6}, {"cdt", -5},
                                    {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};
  std::string lower = AsciiLowerCopy(w);
  for (const Zone& z : kZones) {
    if (lower == z.name) return z.hours * 60;
  }
  return kNoOffset;
}

// [Day ","] DD Mon YY[YY] [HH:MM[:SS] [zone]]
std::optional<Stamp> ParseRfc822(std::string_view s) {
  std::vector<std::string_view> w = Words(s);
  std::size_t i = 0;
  if (i < w.size() && !w[i].empty() && !IsDigit(w[i][0])) ++i;  // the day name
  Stamp t;
  if (i + 3 > w.size() || !ParseNumber(w[i], &t.day)) return std::nullopt;
  t.month = MonthNumber(w[i + 1]);
  if (t.month == 0 || !ParseNumber(w[i + 2], &t.year)) return std::nullopt;
  if (w[i + 2].size() == 2) t.year += t.year < 50 ? 2000 : 1900;  // RFC 822's two-digit years
  if (w[i + 2].size() != 2 && w[i + 2].size() != 4) return std::nullopt;
  i += 3;
  if (i == w.size()) return t;
  if (!ParseClock(w[i++], &t)) return std::nullopt;
  if (i == w.size()) return t;
  std::string_view zone = w[i];
  if (zone[0] == '+' || zone[0] == '-') {
    std::size_t pos = 0;
    if (!ReadNumericZone(zone, &pos, &t.offset_minutes)) return std::nullopt;
  } else {
    t.offset_minutes = NamedZone(zone);
  }
  return t;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string NormalizeFeedDate(std::string_view text) {
  text = Trim(text);
  if (text.size() > 64) return "";  // no date is this long
  std::optional<Stamp> t = ParseRfc3339(text);
  if (!t) t = ParseRfc822(text);
  if (!t || !Valid(*t)) return "";
  return ToIso(*t);
}

}  // namespace newsdesk::crawl

#include "metadata/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <utility>
#include <vector>

#include "util/ascii.h"

namespace newsdesk::metadata {
namespace {

constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool Valid(const DateTime& d) {
  return d.year >= kMinYear && d.year <= kMaxYear && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month) && d.hour >= 0 && d.hour < 24 && d.minute >= 0 &&
         d.minute < 60 && d.second >= 0 && d.second < 61;
}

// Reads up to `max` digits at s[i]; returns the count read (0 if none).
int ReadNumber(std::string_view s, std::size_t* i, int max, int* value) {
  int n = 0;
  *value = 0;
  while (*i < s.size() && n < max && IsDigit(s[*i])) {
    *value = *value * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  return n;
}

// Month from an English name or abbreviation at the start of `word` (lower-case), 0 if none.
int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (word.size() <= full.size() && full.substr(0, word.size()) == word) return m + 1;
    if (word == "sept" && m == 8) return 9;
  }
  return 0;
}

// Offset in minutes of a zone abbreviation, or false if unknown.
bool ZoneOffset(std::string_view zone, int* minutes) {
  struct Zone {
    std::string_view name;
    int minutes;
  };
  static constexpr Zone kZones[] = {
      {"utc", 0},   {"gmt", 0},    {"z", 0},      {"et", -300},  {"est", -300}, {"edt", -240},
      {"ct", -360}, {"cst", -360}, {"cdt", -300}, {"mt", -420},  {"mst", -420}, {"mdt", -360},
      {"pt", -480}, {"pst", -480}, {"pdt", -420}, {"bst", 60},   {"cet", 60},   {"cest", 120},
      {"ist", 330}, {"jst", 540},  {"aest", 600}, {"aedt", 660},
  };
  for (const Zone& z : kZones) {
    if (z.name == zone) {
      *minutes = z.minutes;
      return true;
    }
  }
  return false;
}

// ISO-like: YYYY-MM-DD or YYYY/MM/DD, optional [T ]HH:MM[:SS[.frac]][Z|+HH[:]MM].
std::optional<DateTime> ParseIsoAt(std::string_view s, std::size_t start) {
  std::size_t i = start;
  DateTime d;
  if (ReadNumber(s, &i, 4, &d.year) != 4 || i >= s.size()) return std::nullopt;
  char sep = s[i];
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  ++i;
  if (ReadNumber(s, &i, 2, &d.month) < 1 || i >= s.size() || s[i] != sep) return std::nullopt;
  ++i;
  if (ReadNumber(s, &i, 2, &d.day) < 1) return std::nullopt;
  if (i < s.size() && IsDigit(s[i])) return std::nullopt;
  if (i + 1 < s.size() && (s[i] == 'T' || s[i] == ' ') && IsDigit(s[i + 1])) {
    std::size_t j = i + 1;
    DateTime t = d;
    if (ReadNumber(s, &j, 2, &t.hour) == 2 && j < s.size() && s[j] == ':' &&
        (++j, ReadNumber(s, &j, 2, &t.minute) == 2)) {
      t.has_time = true;
      if (j < s.size() && s[j] == ':') {
        ++j;
        ReadNumber(s, &j, 2, &t.second);
        if (j < s.size() && (s[j] == '.' || s[j] == ',')) {
          ++j;
          while (j < s.size() && IsDigit(s[j])) ++j;
        }
      }
      if (j < s.size() && (s[j] == 'Z' || s[j] == 'z')) {
        t.has_offset = true;
        t.offset_minutes = 0;
      } else if (j < s.size() && (s[j] == '+' || s[j] == '-')) {
        int sign = s[j] == '-' ? -1 : 1;
        ++j;
        int hh = 0, mm = 0;
        if (ReadNumber(s, &j, 2, &hh) == 2) {
          if (j < s.size() && s[j] == ':') ++j;
          ReadNumber(s, &j, 2, &mm);
          t.has_offset = true;
          t.offset_minutes = sign * (hh * 60 + mm);
        }
      }
      d = t;
    }
  }
  if (!Valid(d)) return std::nullopt;
  return d;
}

struct Word {
  std::string text;  // lower-case, without trailing punctuation
  bool number;
  int value;
  std::size_t digits;
};

std::vector<Word> Words(std::string_view s) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < s.size() && words.size() < 64) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i])) && s[i] != ':') ++i;
    std::size_t start = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == ':')) ++i;
    if (i == start) break;
    Word w;
    for (std::size_t k = start; k < i; ++k) w.text.push_back(AsciiLower(s[k]));
    w.number = true;
    w.value = 0;
    for (char c : w.text) {
      if (!IsDigit(c)) {
        w.number = false;
        break;
      }
      w.value = w.value * 10 + (c - '0');
      if (w.value > 100000) w.value = 100000;
    }
    w.digits = w.text.size();
    // "19th", "1st": a day with a suffix.
    if (!w.number && w.text.size() >= 3 && IsDigit(w.text[0])) {
      std::string_view t = w.text;
      std::size_t k = 0;
      int v = 0;
      while (k < t.size() && IsDigit(t[k])) v = std::min(v * 10 + (t[k++] - '0'), 100000);
      std::string_view suffix = t.substr(k);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        w.number = true;
        w.value = v;
        w.digits = k;
      }
    }
    words.push_back(std::move(w));
  }
  return words;
}

// Time "3:14", "08:02:00" in a word, with am/pm in the next word; sets hour/minute.
bool ParseClock(const std::vector<Word>& w, std::size_t i, DateTime* d) {
  std::string_view t = w[i].text;
  std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2) return false;
  std::size_t k = 0;
  int h = 0, m = 0, sec = 0;
  if (ReadNumber(t, &k, 2, &h) < 1 || k != colon) return false;
  ++k;
  if (ReadNumber(t, &k, 2, &m) != 2) return false;
  if (k < t.size() && t[k] == ':') {
    ++k;
    ReadNumber(t, &k, 2, &sec);
  }
  std::string_view rest = t.substr(k);
  std::string_view ampm = rest;
  if (ampm.empty() && i + 1 < w.size()) ampm = w[i + 1].text;
  if (ampm == "pm" || ampm == "p") {
    if (h < 12) h += 12;
  } else if (ampm == "am" || ampm == "a") {
    if (h == 12) h = 0;
  }
  d->hour = h;
  d->minute = m;
  d->second = sec;
  d->has_time = true;
  // A zone after the clock (or after am/pm).
  for (std::size_t z = i + 1; z < w.size() && z <= i + 2; ++z) {
    int minutes;
    if (ZoneOffset(w[z].text, &minutes)) {
      d->has_offset = true;
      d->offset_minutes = minutes;
      break;
    }
  }
  return true;
}

// Dates written with an English month name, day and year in any order near each other.
std::optional<DateTime> ParseWords(std::string_view s) {
  std::vector<Word> w = Words(s);
  for (std::size_t i = 0; i < w.size(); ++i) {
    int month = w[i].number ? 0 : MonthFromName(w[i].text);
    if (month == 0) continue;
    // Month name at i: "November 19, 2019" or "19 November 2019".
    DateTime d;
    d.month = month;
    bool found = false;
    if (i + 2 < w.size() && w[i + 1].number && w[i + 1].digits <= 2 && w[i + 2].number &&
        w[i + 2].digits == 4) {
      d.day = w[i + 1].value;
      d.year = w[i + 2].value;
      found = true;
    } else if (i >= 1 && i + 1 < w.size() && w[i - 1].number && w[i - 1].digits <= 2 &&
               w[i + 1].number && w[i + 1].digits == 4) {
      d.day = w[i - 1].value;
      d.year = w[i + 1].value;
      found = true;
    }
    if (!found || !Valid(d)) continue;
    // A clock anywhere in the text.
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (w[k].text.find(':') != std::string::npos && ParseClock(w, k, &d)) break;
    }
    if (!Valid(d)) {
      d.has_time = false;
      d.hour = d.minute = d.second = 0;
    }
    return d;
  }
  return std::nullopt;
}

// Numeric dates with the year last: "19.11.2019" (dots: day first, as in Europe) and
// "10/31/2024" (slashes: month first, as in the US, unless the first number cannot be a month).
std::optional<DateTime> ParseYearLast(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!IsDigit(s[i]) || (i > 0 && IsDigit(s[i - 1]))) continue;
    std::size_t j = i;
    int first = 0, second = 0;
    DateTime d;
    if (ReadNumber(s, &j, 2, &first) < 1 || j >= s.size()) continue;
    char sep = s[j];
    if (sep != '.' && sep != '/') continue;
    ++j;
    if (ReadNumber(s, &j, 2, &second) < 1 || j >= s.size() || s[j] != sep) continue;
    ++j;
    if (ReadNumber(s, &j, 4, &d.year) != 4 || (j < s.size() && IsDigit(s[j]))) continue;
    bool day_first = sep == '.' || first > 12;
    d.day = day_first ? first : second;
    d.month = day_first ? second : first;
    if (Valid(d)) return d;
  }
  return std::nullopt;
}

void AddDays(DateTime* d, int days) {
  // Simple day arithmetic through a day count.
  auto to_days = [](int y, int m, int dd) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  };
  int z = to_days(d->year, d->month, d->day) + days + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = yoe + era * 400;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  d->day = doy - (153 * mp + 2) / 5 + 1;
  d->month = mp + (mp < 10 ? 3 : -9);
  d->year = y + (d->month <= 2);
}

std::optional<DateTime> ParseRelative(std::string_view s, const DateTime& ref) {
  std::vector<Word> w = Words(s);
  for (std::size_t i = 0; i < w.size(); ++i) {
    DateTime d = ref;
    d.has_time = false;
    d.has_offset = false;
    d.hour = d.minute = d.second = 0;
    if (w[i].text == "today") return d;
    if (w[i].text == "yesterday") {
      AddDays(&d, -1);
      return d;
    }
    if (w[i].number && i + 2 < w.size() && w[i + 2].text == "ago") {
      std::string_view unit = w[i + 1].text;
      int n = w[i].value;
      if (unit.substr(0, 3) == "day") {
        AddDays(&d, -n);
        return d;
      }
      if (unit.substr(0, 4) == "week") {
        AddDays(&d, -7 * n);
        return d;
      }
      if (unit.substr(0, 4) == "hour" || unit.substr(0, 3) == "min") {
        if (unit.substr(0, 4) == "hour" && ref.has_time && n > ref.hour) AddDays(&d, -1);
        return d;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::string DateTime::ToIso() const {
  char buf[40];
  int n = std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  std::string out(buf, n);
  if (!has_time) return out;
  n = std::snprintf(buf, sizeof(buf), "T%02d:%02d:%02d", hour, minute, second);
  out.append(buf, n);
  if (has_offset) {
    if (offset_minutes == 0) {
      out.push_back('Z');
    } else {
      int m = offset_minutes < 0 ? -offset_minutes : offset_minutes;
      n = std::snprintf(buf, sizeof(buf), "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', m / 60,
                        m % 60);
      out.append(buf, n);
    }
  }
  return out;
}

std::optional<DateTime> ParseDate(std::string_view text, const DateTime* reference) {
  if (text.size() > 300) text = text.substr(0, 300);
  // ISO first: it is what markup carries.
  for (std::size_t i = 0; i + 8 <= text.size(); ++i) {
    if (IsDigit(text[i]) && (i == 0 || !IsDigit(text[i - 1]))) {
      if (auto d = ParseIsoAt(text, i)) return d;
    }
  }
  if (auto d = ParseWords(text)) return d;
  if (auto d = ParseYearLast(text)) return d;
  if (reference) return ParseRelative(text, *reference);
  return std::nullopt;
}

std::optional<DateTime> DateFromUrl(std::string_view raw_url) {
  // Percent-decoded ("%2F" is a '/'), then only the path: skip the scheme and host.
  std::string decoded;
  for (std::size_t i = 0; i < raw_url.size() && i < 2048; ++i) {
    if (raw_url[i] == '%' && i + 2 < raw_url.size() &&
        std::isxdigit(static_cast<unsigned char>(raw_url[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(raw_url[i + 2]))) {
      decoded.push_back(
          static_cast<char>(std::stoi(std::string(raw_url.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      decoded.push_back(raw_url[i]);
    }
  }
  std::string_view url = decoded;
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  for (std::size_t i = 0; i + 9 < p.size(); ++i) {
    if (p[i] != '/' || !IsDigit(p[i + 1])) continue;
    std::size_t j = i + 1;
    DateTime d;
    if (ReadNumber(p, &j, 4, &d.year) != 4) continue;
    if (j < p.size() && (p[j] == '/' || p[j] == '-' || p[j] == '_')) {
      char sep = p[j++];
      if (ReadNumber(p, &j, 2, &d.month) != 2 || j >= p.size() || p[j] != sep) continue;
      ++j;
      if (ReadNumber(p, &j, 2, &d.day) < 1) continue;
      if (j < p.size() && IsDigit(p[j])) continue;
    } else if (j + 4 <= p.size() && IsDigit(p[j])) {  // /20191119
      if (ReadNumber(p, &j, 2, &d.month) != 2 || ReadNumber(p, &j, 2, &d.day) != 2) continue;
      if (j < p.size() && IsDigit(p[j])) continue;
    } else {
      continue;
    }
    if (Valid(d)) return d;
  }
  return std::nullopt;
}

DateLabel DateLineLabel(std::string_view line) {
  static constexpr std::pair<std::string_view, DateLabel> kLabels[] = {
      {"posted on ", DateLabel::kPublished},       {"published on ", DateLabel::kPublished},
      {"published:", DateLabel::kPublished},       {"posted:", DateLabel::kPublished},
      {"first published", DateLabel::kPublished},  {"date published", DateLabel::kPublished},
      {"publication date", DateLabel::kPublished}, {"last updated", DateLabel::kUpdated},
      {"updated on ", DateLabel::kUpdated},        {"updated:", DateLabel::kUpdated},
      {"last modified", DateLabel::kUpdated},
  };
  while (!line.empty() && (line.front() == ' ' || line.front() == '\n' || line.front() == '\t'))
    line.remove_prefix(1);
  if (line.size() < 8 || line.size() > 80) return DateLabel::kNone;
  char c = static_cast<char>(line[0] | 0x20);
  if (c != 'p' && c != 'f' && c != 'd' && c != 'l' && c != 'u') return DateLabel::kNone;
  std::string lower;
  for (std::size_t i = 0; i < line.size() && i < 20; ++i) lower.push_back(AsciiLower(line[i]));
  for (const auto& [label, kind] : kLabels)
    if (lower.compare(0, label.size(), label) == 0) return kind;
  return DateLabel::kNone;
}

}  // namespace newsdesk::metadata

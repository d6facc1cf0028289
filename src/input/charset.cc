#include "input/charset.h"
#include "util/ascii.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>

#include "util/utf8.h"

namespace newsdesk {
namespace {



// windows-1252 bytes 0x80-0x9F; the rest of the range maps to the same code point (Latin-1).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void AppendCodePoint(char32_t cp, std::string* out) {
  if (cp == 0) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void DecodeWindows1252(std::string_view bytes, std::string* out) {
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    auto b = static_cast<uint8_t>(ch);
    if (b >= 0x80 && b <= 0x9F) {
      AppendCodePoint(kCp1252High[b - 0x80], out);
    } else {
      AppendCodePoint(b, out);
    }
  }
}

// Converts through iconv; false when iconv does not know the charset.
bool DecodeWithIconv(std::string_view bytes, const std::string& charset, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  std::string raw;
  raw.resize(bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  size_t out_pos = 0;
  while (in_left > 0) {
    if (raw.size() - out_pos < 16) raw.resize(raw.size() * 2);
    char* dst = raw.data() + out_pos;
    size_t dst_left = raw.size() - out_pos;
    size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    out_pos = dst - raw.data();
    if (r == static_cast<size_t>(-1)) {
      if (errno == E2BIG) {
        raw.resize(raw.size() * 2);
      } else {  // EILSEQ or EINVAL: replace one byte and go on
        if (raw.size() - out_pos < 3) raw.resize(raw.size() * 2);
        raw.replace(out_pos, 3, "\xEF\xBF\xBD");
        out_pos += 3;
        ++in;
        --in_left;
      }
    }
  }
  iconv_close(cd);
  raw.resize(out_pos);
  RepairUtf8(raw, out);  // drops NULs and anything iconv let through
  return true;
}

void DecodeUtf16(std::string_view bytes, bool little_endian, std::string* out) {
  out->clear();
  std::size_t i = 0;
  auto unit = [&](std::size_t k) -> char16_t {
    auto a = static_cast<uint8_t>(bytes[k]), b = static_cast<uint8_t>(bytes[k + 1]);
    return little_endian ? static_cast<char16_t>(a | (b << 8)) : static_cast<char16_t>((a << 8) | b);
  };
  while (i + 1 < bytes.size()) {
    char32_t cp = unit(i);
    i += 2;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < bytes.size()) {
      char16_t lo = unit(i);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    if (cp >= 0x10000) {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      AppendCodePoint(cp, out);
    }
  }
  if (i < bytes.size()) out->append("\xEF\xBF\xBD");  // odd trailing byte
}

std::string NormaliseLabel(std::string_view label) {
  std::string l = AsciiLowerCopy(label);
  while (!l.empty() && (l.back() == ' ' || l.back() == '"' || l.back() == '\'' || l.back() == ';'))
    l.pop_back();
  std::size_t s = 0;
  while (s < l.size() && (l[s] == ' ' || l[s] == '"' || l[s] == '\'')) ++s;
  l.erase(0, s);
  if (l == "utf8" || l == "unicode-1-1-utf-8") return "utf-8";
  if (l == "latin1" || l == "iso-8859-1" || l == "iso8859-1" || l == "us-ascii" ||
      l == "ascii" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252")
    return "windows-1252";  // WHATWG: these labels all mean windows-1252
  return l;
}

}  // namespace

std::string DeclaredCharset(std::string_view html) {
  std::string head = AsciiLowerCopy(html.substr(0, 4096));
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    std::size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + pos, end - pos);
    std::size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      std::size_t i = cs + 7;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\''))
        ++i;
      std::size_t j = i;
      while (j < tag.size() && tag[j] != '"' && tag[j] != '\'' && tag[j] != ' ' && tag[j] != ';' &&
             tag[j] != '/')
        ++j;
      if (j > i) return NormaliseLabel(tag.substr(i, j - i));
    }
    pos = end;
  }
  return {};
}

std::string DecodeToUtf8(std::string_view bytes, std::string_view hint, std::string* out) {
  if (bytes.size() >= 2) {
    auto b0 = static_cast<uint8_t>(bytes[0]), b1 = static_cast<uint8_t>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) {
      DecodeUtf16(bytes.substr(2), true, out);
      return "utf-16le";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      DecodeUtf16(bytes.substr(2), false, out);
      return "utf-16be";
    }
  }
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    RepairUtf8(bytes, out);
    return "utf-8";
  }
  if (IsCleanUtf8(bytes)) {
    out->assign(bytes);
    return "utf-8";
  }
  std::string charset = hint.empty() ? DeclaredCharset(bytes) : NormaliseLabel(hint);
  if (charset == "utf-16" || charset == "utf-16le" || charset == "utf-16be") {
    // Without a BOM, a page whose text is mostly ASCII shows the zero bytes' side.
    bool le = bytes.size() >= 2 && bytes[1] == '\0';
    DecodeUtf16(bytes, le, out);
    return le ? "utf-16le" : "utf-16be";
  }
  if (charset.empty() || charset == "utf-8") {
    // Mostly UTF-8 with a few broken bytes is repaired; otherwise it is the web's default.
    std::size_t high = 0;
    for (char c : bytes) high += static_cast<uint8_t>(c) >= 0x80;
    std::string repaired;
    RepairUtf8(bytes, &repaired);
    std::size_t bad = 0;
    for (std::size_t p = 0; (p = repaired.find("\xEF\xBF\xBD", p)) != std::string::npos; p += 3)
      ++bad;
    if (charset == "utf-8" || bad * 10 < high) {
      *out = std::move(repaired);
      return "utf-8";
    }
    charset = "windows-1252";
  }
  if (charset == "windows-1252") {
    DecodeWindows1252(bytes, out);
    return charset;
  }
  if (DecodeWithIconv(bytes, charset, out)) return charset;
  DecodeWindows1252(bytes, out);
  return "windows-1252";
}

}  // namespace newsdesk

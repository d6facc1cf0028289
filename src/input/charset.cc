#include "input/charset.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <cerrno>
#include <cstdint>

#include "util/ascii.h"
#include "util/utf8.h"

namespace newsdesk {
namespace {

// Statistical detection reads at most this much: enough text for uchardet's models, bounded time.
constexpr std::size_t kDetectBytes = std::size_t{256} << 10;
// A declared charset "does not decode" when more than 1 in this many of the high bytes is an
// error (a stray bad byte or two in a long page is not a wrong declaration).
constexpr std::size_t kDeclaredErrorRatio = 50;
// UTF-16 without a byte-order mark: in the first kUtf16Sample bytes, at least 1 in
// kUtf16ZeroShare code units has a zero byte on one side, and the other side almost never.
constexpr std::size_t kUtf16Sample = 4096;
constexpr std::size_t kUtf16ZeroShare = 4;

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

// The name glibc's iconv knows a WHATWG label by, where the WHATWG decoder is a superset of the
// charset the label names (pages labelled gb2312 use GBK; shift_jis pages use Windows-31J).
std::string IconvName(const std::string& label) {
  if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "chinese" ||
      label == "csgb2312" || label == "gb_2312-80" || label == "gb18030")
    return "GB18030";
  if (label == "shift_jis" || label == "shift-jis" || label == "sjis" || label == "x-sjis" ||
      label == "ms_kanji" || label == "windows-31j" || label == "csshiftjis")
    return "CP932";
  if (label == "euc-kr" || label == "ks_c_5601-1987" || label == "windows-949") return "CP949";
  if (label == "big5" || label == "big5-hkscs" || label == "x-x-big5") return "BIG5-HKSCS";
  if (label == "iso-8859-8-i") return "ISO-8859-8";
  if (label == "tis-620" || label == "iso-8859-11") return "CP874";
  if (label == "mac-cyrillic" || label == "x-mac-cyrillic") return "MACCYRILLIC";
  return label;
}

// Converts through iconv; returns how many bytes did not decode (each became U+FFFD), or -1
// when iconv does not know the charset (then `out` is untouched).
long DecodeWithIconv(std::string_view bytes, const std::string& label, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", IconvName(label).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return -1;
  long errors = 0;
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
        ++errors;
        ++in;
        --in_left;
      }
    }
  }
  iconv_close(cd);
  raw.resize(out_pos);
  RepairUtf8(raw, out);  // drops NULs and anything iconv let through
  return errors;
}

void DecodeUtf16(std::string_view bytes, bool little_endian, std::string* out) {
  out->clear();
  std::size_t i = 0;
  auto unit = [&](std::size_t k) -> char16_t {
    auto a = static_cast<uint8_t>(bytes[k]), b = static_cast<uint8_t>(bytes[k + 1]);
    return little_endian ? static_cast<char16_t>(a | (b << 8))
                         : static_cast<char16_t>((a << 8) | b);
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
  if (l == "latin1" || l == "iso-8859-1" || l == "iso8859-1" || l == "us-ascii" || l == "ascii" ||
      l == "cp1252" || l == "windows-1252" || l == "x-cp1252")
    return "windows-1252";  // WHATWG: these labels all mean windows-1252
  return l;
}

// UTF-16 without a byte-order mark, told by where the zero bytes fall (ASCII markup in UTF-16
// is every other byte zero): 'l' little-endian, 'b' big-endian, 0 neither.
char Utf16ByZeroBytes(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kUtf16Sample & ~std::size_t{1});
  std::size_t units = head.size() / 2, even = 0, odd = 0;
  if (units < 4) return 0;
  for (std::size_t i = 0; i + 1 < head.size(); i += 2) {
    even += head[i] == '\0';
    odd += head[i + 1] == '\0';
  }
  // The other side may hold a zero only for U+0000 or a code unit like U+4E00 (rare).
  if (odd * kUtf16ZeroShare >= units && even * 20 <= odd) return 'l';
  if (even * kUtf16ZeroShare >= units && odd * 20 <= even) return 'b';
  return 0;
}

// What uchardet makes of the bytes, as a label (lower-cased, WHATWG-normalised); empty when it
// cannot tell.
std::string DetectCharset(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  if (ud == nullptr) return {};
  std::string_view sample = bytes.substr(0, kDetectBytes);
  std::string label;
  if (uchardet_handle_data(ud, sample.data(), sample.size()) == 0) {
    uchardet_data_end(ud);
    const char* name = uchardet_get_charset(ud);
    if (name != nullptr) label = NormaliseLabel(name);
  }
  uchardet_delete(ud);
  if (label == "ascii") return {};
  return label;
}

// Decodes with `label` ("utf-8", "windows-1252" or an iconv charset); the bytes that did not
// decode, or -1 when the charset is unknown.
long DecodeAs(std::string_view bytes, const std::string& label, std::string* out) {
  if (label == "windows-1252") {
    DecodeWindows1252(bytes, out);
    return 0;
  }
  if (label == "utf-8") {
    RepairUtf8(bytes, out);
    long bad = 0;
    for (std::size_t p = 0; (p = out->find("\xEF\xBF\xBD", p)) != std::string::npos; p += 3) ++bad;
    return bad;
  }
  return DecodeWithIconv(bytes, label, out);
}

// Detects the charset of bytes whose declaration (or lack of one) did not decode them, and
// decodes with it; windows-1252 (the web's default) when detection cannot tell or fails.
std::string DecodeDetected(std::string_view bytes, std::string* out) {
  std::string label = DetectCharset(bytes);
  if (label.empty() || label == "utf-8" || DecodeAs(bytes, label, out) < 0) {
    label = "windows-1252";
    DecodeWindows1252(bytes, out);
  }
  return label;
}

std::size_t CountHighBytes(std::string_view bytes) {
  std::size_t high = 0;
  for (char c : bytes) high += static_cast<uint8_t>(c) >= 0x80;
  return high;
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

std::string DecodeToUtf8(std::string_view bytes, std::string_view hint, std::string* out,
                         std::string* note) {
  std::string scratch;
  if (note == nullptr) note = &scratch;
  note->clear();
  if (bytes.size() >= 2) {
    auto b0 = static_cast<uint8_t>(bytes[0]), b1 = static_cast<uint8_t>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) {
      DecodeUtf16(bytes.substr(2), true, out);
      *note = "decoded from UTF-16LE (byte-order mark)";
      return "utf-16le";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      DecodeUtf16(bytes.substr(2), false, out);
      *note = "decoded from UTF-16BE (byte-order mark)";
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
  // Below here the bytes are not clean UTF-8 (a rare page): the checks may cost a pass or two.
  std::string charset = hint.empty() ? DeclaredCharset(bytes) : NormaliseLabel(hint);
  if (charset == "utf-16" || charset == "utf-16le" || charset == "utf-16be") {
    // Without a BOM, a page whose text is mostly ASCII shows the zero bytes' side.
    bool le = bytes.size() >= 2 && bytes[1] == '\0';
    DecodeUtf16(bytes, le, out);
    *note = std::string("decoded from ") + (le ? "UTF-16LE" : "UTF-16BE") + " (declared)";
    return le ? "utf-16le" : "utf-16be";
  }
  if (char side = Utf16ByZeroBytes(bytes); side != 0) {
    DecodeUtf16(bytes, side == 'l', out);
    *note = std::string("no byte-order mark: decoded as ") +
            (side == 'l' ? "UTF-16LE" : "UTF-16BE") + " (zero-byte pattern)";
    return side == 'l' ? "utf-16le" : "utf-16be";
  }
  std::size_t high = CountHighBytes(bytes);
  if (charset.empty() || charset == "utf-8") {
    // UTF-8 with broken bytes is repaired when it is mostly UTF-8, has as many good sequences as
    // bad ones, or its bad ones are UTF-8-shaped; otherwise the bytes are in another charset,
    // which detection names.
    std::string repaired;
    RepairUtf8(bytes, &repaired);
    std::size_t bad = 0, sequences = 0, shaped = 0;
    for (std::size_t p = 0; (p = repaired.find("\xEF\xBF\xBD", p)) != std::string::npos; p += 3)
      ++bad;
    for (char c : repaired) sequences += static_cast<uint8_t>(c) >= 0xC0;
    sequences -= bad;  // each U+FFFD counted as a sequence above
    // Broken UTF-8 (overlong forms, surrogates, clipped sequences) still looks like UTF-8: a
    // lead byte followed by continuation bytes. A legacy charset's high bytes mostly do not.
    for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
      shaped += static_cast<uint8_t>(bytes[i]) >= 0xC0 &&
                (static_cast<uint8_t>(bytes[i + 1]) & 0xC0) == 0x80;
    }
    shaped = shaped > sequences ? shaped - sequences : 0;  // the valid ones counted above
    bool utf8 = bad * 10 < high || sequences >= bad || shaped * 2 > bad;
    if (utf8) {
      *out = std::move(repaired);
      *note = "not clean UTF-8: " + std::to_string(bad) + " ill-formed sequence" +
              (bad == 1 ? "" : "s") + " replaced with U+FFFD";
      return "utf-8";
    }
    std::string detected = DecodeDetected(bytes, out);
    *note = (charset.empty() ? std::string("no charset declared and not valid UTF-8")
                             : std::string("declared utf-8 but not valid UTF-8")) +
            ": decoded as " + detected + " (detected)";
    return detected;
  }
  long errors = DecodeAs(bytes, charset, out);
  if (errors < 0) {
    std::string detected = DecodeDetected(bytes, out);
    *note =
        "declared " + charset + " is not a charset we know: decoded as " + detected + " (detected)";
    return detected;
  }
  if (static_cast<std::size_t>(errors) * kDeclaredErrorRatio > high) {
    // The declaration is wrong: try what detection says, and keep it if it decodes better.
    std::string detected = DetectCharset(bytes);
    std::string other;
    long other_errors =
        detected.empty() || detected == charset ? -1 : DecodeAs(bytes, detected, &other);
    if (other_errors >= 0 && other_errors < errors) {
      *out = std::move(other);
      *note = "declared " + charset + " but " + std::to_string(errors) +
              " bytes do not decode in it: decoded as " + detected + " (detected)";
      return detected;
    }
    *note = "declared " + charset + ": " + std::to_string(errors) +
            " bytes did not decode and were replaced with U+FFFD";
    return charset;
  }
  *note = "decoded from " + charset + " (declared)";
  return charset;
}

}  // namespace newsdesk

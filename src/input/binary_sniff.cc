#include "input/binary_sniff.h"

#include <cstdint>

namespace newsdesk {
namespace {

using std::literals::string_view_literals::operator""sv;

// Control bytes are counted in this much of the input.
constexpr std::size_t kSniffBytes = std::size_t{64} << 10;
// More than 1 in this many control bytes is binary: random bytes have about 1 in 9; a real page
// with a few stray control bytes (a pasted form feed, a NUL from a bad template) far fewer.
constexpr std::size_t kControlRatio = 20;
// The lead of a page judged on its own: markup there means a page (random bytes show their
// control bytes within the first few hundred).
constexpr std::size_t kLeadBytes = 512;

struct Signature {
  std::string_view magic;
  std::size_t at;  // where the magic starts
  std::string_view kind;
};

// File signatures (the first bytes of each format; sv literals, as some hold NUL bytes). Text
// formats (SVG, XML) are not here.
constexpr Signature kSignatures[] = {
    {"%PDF-"sv, 0, "PDF"},
    {"\x89PNG\r\n\x1A\n"sv, 0, "PNG image"},
    {"\xFF\xD8\xFF"sv, 0, "JPEG image"},
    {"GIF87a"sv, 0, "GIF image"},
    {"GIF89a"sv, 0, "GIF image"},
    {"WEBP"sv, 8, "WebP image"},
    {"II*\0"sv, 0, "TIFF image"},
    {"MM\0*"sv, 0, "TIFF image"},
    {"\0\0\1\0"sv, 0, "icon"},
    {"PK\x03\x04"sv, 0, "zip archive"},
    {"PK\x05\x06"sv, 0, "zip archive"},
    {"\x1F\x8B"sv, 0, "gzip data"},
    {"\xFD"
     "7zXZ\0"sv,
     0, "xz data"},
    {"7z\xBC\xAF\x27\x1C"sv, 0, "7z archive"},
    {"Rar!\x1A\x07"sv, 0, "RAR archive"},
    {"\x28\xB5\x2F\xFD"sv, 0, "zstd data"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, 0, "Office document"},
    {"\x7F"
     "ELF"sv,
     0, "executable"},
    {"\0asm"sv, 0, "WebAssembly"},
    {"wOFF"sv, 0, "font"},
    {"wOF2"sv, 0, "font"},
    {"OggS"sv, 0, "audio"},
    {"ID3"sv, 0, "audio"},
    {"fLaC"sv, 0, "audio"},
    {"ftyp"sv, 4, "video"},
    {"\x1A\x45\xDF\xA3"sv, 0, "video"},
};

bool IsControl(uint8_t b) {
  // Tab, LF, VT, FF, CR are text; ESC starts ISO-2022 shifts; the rest below 0x20 is not.
  return (b < 0x20 && b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1B) ||
         b == 0x7F;
}

// Zero bytes on one side of most code units: UTF-16 text, not binary.
bool LooksLikeUtf16(std::string_view head) {
  std::size_t even = 0, odd = 0, units = head.size() / 2;
  for (std::size_t i = 0; i + 1 < head.size(); i += 2) {
    even += head[i] == '\0';
    odd += head[i + 1] == '\0';
  }
  return units >= 4 &&
         ((odd * 4 >= units && even * 20 <= odd) || (even * 4 >= units && odd * 20 <= even));
}

}  // namespace

std::string_view BinaryKind(std::string_view bytes) {
  for (const Signature& s : kSignatures) {
    if (bytes.size() < s.at + s.magic.size()) continue;
    if (bytes.compare(s.at, s.magic.size(), s.magic) == 0) {
      if (s.magic == "WEBP" && bytes.compare(0, 4, "RIFF") != 0) continue;
      return s.kind;
    }
  }
  std::string_view head = bytes.substr(0, kSniffBytes);
  if (head.size() >= 2 &&
      ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF')))
    return {};  // UTF-16 byte-order mark
  if (LooksLikeUtf16(head)) return {};
  auto mostly_controls = [](std::string_view part) {
    std::size_t controls = 0;
    for (char c : part) controls += IsControl(static_cast<uint8_t>(c));
    return controls * kControlRatio > part.size();
  };
  // Markup that starts clean is a page, whatever follows it (a page padded with NUL bytes, a
  // template that wrote garbage after the article): its text is kept.
  std::string_view lead = head.substr(0, kLeadBytes);
  if (lead.find('<') != std::string_view::npos && !mostly_controls(lead)) return {};
  if (mostly_controls(head)) return "unknown binary";
  return {};
}

}  // namespace newsdesk

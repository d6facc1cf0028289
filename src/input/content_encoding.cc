// HTTP Content-Encoding: gzip and deflate through zlib, br through the brotli decoder. Output is
// bounded: a decompression bomb stops at max_bytes, it never fills memory.
#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsdesk/warc.h"
#include "util/ascii.h"

namespace newsdesk {
namespace {

// Output grows by this much at a time (and never past max_bytes).
constexpr std::size_t kOutputStep = std::size_t{256} << 10;

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The codings of a Content-Encoding value, in the order they were applied; "identity" left out.
std::vector<std::string> Codings(std::string_view value) {
  std::vector<std::string> codings;
  while (!value.empty()) {
    std::size_t comma = value.find(',');
    std::string c = AsciiLowerCopy(TrimSpaces(value.substr(0, comma)));
    if (!c.empty() && c != "identity") codings.push_back(std::move(c));
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return codings;
}

enum class Coding { kGzip, kDeflate, kBrotli, kUnknown };

Coding CodingOf(std::string_view c) {
  if (c == "gzip" || c == "x-gzip") return Coding::kGzip;
  if (c == "deflate") return Coding::kDeflate;
  if (c == "br") return Coding::kBrotli;
  return Coding::kUnknown;
}

// Plain markup where a compressed stream was announced: the payload was stored decoded.
bool LooksLikePlainMarkup(std::string_view body) {
  std::size_t i = 0;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < body.size() &&
         (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n'))
    ++i;
  return i < body.size() && body[i] == '<';
}

// A zlib stream header (RFC 1950): method 8 (deflate), and the check bits.
bool HasZlibHeader(std::string_view in) {
  if (in.size() < 2) return false;
  auto cmf = static_cast<uint8_t>(in[0]), flg = static_cast<uint8_t>(in[1]);
  return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
}

Status TooLarge(std::string_view coding, std::size_t max_bytes) {
  return Status::LimitExceeded("Content-Encoding " + std::string(coding) +
                               ": decoded body passes " + std::to_string(max_bytes) + " bytes");
}

// gzip (window_bits 15 + 32: gzip or zlib header, detected), zlib (15) or raw deflate (-15).
// Concatenated gzip members are read one after another.
Status Inflate(std::string_view in, int window_bits, std::string_view coding, std::size_t max_bytes,
               std::string* out, bool* truncated) {
  out->clear();
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::Internal("inflateInit2 failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(in.size(), UINT32_MAX));
  std::size_t used = 0;
  Status status;
  for (;;) {
    if (used == out->size()) {
      if (out->size() >= max_bytes) {
        status = TooLarge(coding, max_bytes);
        break;
      }
      out->resize(std::min(max_bytes, out->size() + kOutputStep));
    }
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + used);
    zs.avail_out = static_cast<uInt>(std::min<std::size_t>(out->size() - used, UINT32_MAX));
    std::size_t before = zs.avail_out;
    int rc = inflate(&zs, Z_NO_FLUSH);
    used += before - zs.avail_out;
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow; anything else after the end is ignored.
      if (zs.avail_in >= 2 && zs.next_in[0] == 0x1F && zs.next_in[1] == 0x8B) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {  // the stream stops early: a clipped record
      if (used == 0)
        status = Status::CorruptInput("Content-Encoding " + std::string(coding) +
                                      ": body is truncated before any data");
      if (truncated) *truncated = true;
      break;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      status = Status::CorruptInput("Content-Encoding " + std::string(coding) + ": " +
                                    (zs.msg ? zs.msg : "corrupt data"));
      break;
    }
  }
  inflateEnd(&zs);
  out->resize(used);
  return status;
}

Status Brotli(std::string_view in, std::size_t max_bytes, std::string* out, bool* truncated) {
  out->clear();
  BrotliDecoderState* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
  if (state == nullptr) return Status::Internal("BrotliDecoderCreateInstance failed");
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(in.data());
  std::size_t avail_in = in.size();
  std::size_t used = 0;
  Status status;
  for (;;) {
    if (used == out->size()) {
      if (out->size() >= max_bytes) {
        status = TooLarge("br", max_bytes);
        break;
      }
      out->resize(std::min(max_bytes, out->size() + kOutputStep));
    }
    uint8_t* next_out = reinterpret_cast<uint8_t*>(out->data() + used);
    std::size_t avail_out = out->size() - used;
    std::size_t before = avail_out;
    BrotliDecoderResult rc =
        BrotliDecoderDecompressStream(state, &avail_in, &next_in, &avail_out, &next_out, nullptr);
    used += before - avail_out;
    if (rc == BROTLI_DECODER_RESULT_SUCCESS) break;
    if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      if (used == 0) status = Status::CorruptInput("Content-Encoding br: body is truncated");
      if (truncated) *truncated = true;
      break;
    }
    if (rc == BROTLI_DECODER_RESULT_ERROR) {
      status = Status::CorruptInput(std::string("Content-Encoding br: ") +
                                    BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state)));
      break;
    }
  }
  BrotliDecoderDestroyInstance(state);
  out->resize(used);
  return status;
}

Status DecodeOne(std::string_view in, const std::string& coding, std::size_t max_bytes,
                 std::string* out, bool* truncated) {
  switch (CodingOf(coding)) {
    case Coding::kGzip:
      if (in.size() >= 2 && static_cast<uint8_t>(in[0]) == 0x1F &&
          static_cast<uint8_t>(in[1]) == 0x8B)
        return Inflate(in, 15 + 16, coding, max_bytes, out, truncated);
      if (LooksLikePlainMarkup(in)) break;
      // Some servers send zlib or raw deflate and call it gzip.
      return Inflate(in, HasZlibHeader(in) ? 15 : -15, coding, max_bytes, out, truncated);
    case Coding::kDeflate: {
      // RFC 9110 says zlib-wrapped; many servers send raw deflate. The zlib header tells.
      Status s = Inflate(in, HasZlibHeader(in) ? 15 : -15, coding, max_bytes, out, truncated);
      if (!s.ok() && s.code() == StatusCode::kCorruptInput && LooksLikePlainMarkup(in)) break;
      return s;
    }
    case Coding::kBrotli: {
      Status s = Brotli(in, max_bytes, out, truncated);
      if (!s.ok() && s.code() == StatusCode::kCorruptInput && LooksLikePlainMarkup(in)) break;
      return s;
    }
    case Coding::kUnknown:
      return Status::InvalidArgument("Content-Encoding " + coding + " is not supported");
  }
  // Stored decoded: copy as is.
  if (in.size() > max_bytes) return TooLarge(coding, max_bytes);
  out->assign(in);
  return Status::Ok();
}

}  // namespace

std::string UnsupportedContentEncoding(std::string_view content_encoding) {
  for (const std::string& c : Codings(content_encoding))
    if (CodingOf(c) == Coding::kUnknown) return c;
  return {};
}

Status DecodeContentEncoding(std::string_view body, std::string_view content_encoding,
                             std::size_t max_bytes, std::string* out, bool* truncated) {
  if (truncated) *truncated = false;
  std::vector<std::string> codings = Codings(content_encoding);
  if (codings.empty()) {
    if (body.size() > max_bytes) return TooLarge("identity", max_bytes);
    out->assign(body);
    return Status::Ok();
  }
  std::string scratch;
  std::string_view in = body;
  for (std::size_t i = codings.size(); i-- > 0;) {
    std::string* target = (i % 2 == 0) ? out : &scratch;  // the last step writes `out`
    Status s = DecodeOne(in, codings[i], max_bytes, target, truncated);
    if (!s.ok()) return s;
    in = *target;
  }
  return Status::Ok();
}

}  // namespace newsdesk

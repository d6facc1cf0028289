#include "warc_fixture.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace newsdesk::testing {

std::string HttpBlock(const std::string& body, const std::string& content_type) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string HttpBlockWithHeaders(const std::string& body, const std::vector<std::string>& headers) {
  std::string block = "HTTP/1.1 200 OK\r\n";
  for (const std::string& h : headers) block += h + "\r\n";
  return block + "\r\n" + body;
}

std::string Chunked(const std::string& body, std::size_t chunk_size) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t pos = 0; pos < body.size(); pos += chunk_size) {
    std::size_t n = std::min(chunk_size, body.size() - pos);
    std::string size;
    for (std::size_t v = n; v > 0; v /= 16) size.insert(size.begin(), kHex[v % 16]);
    out += size + "\r\n" + body.substr(pos, n) + "\r\n";
  }
  return out + "0\r\n\r\n";
}

namespace {
std::string DeflateWithWindowBits(const std::string& data, int window_bits) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}
}  // namespace

std::string Gzip(const std::string& data) { return DeflateWithWindowBits(data, 15 + 16); }

std::string Deflate(const std::string& data, bool raw) {
  return DeflateWithWindowBits(data, raw ? -15 : 15);
}

std::string Brotli(const std::string& data) {
  std::size_t size = BrotliEncoderMaxCompressedSize(data.size()) + 64;
  std::string out(size, '\0');
  BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                        reinterpret_cast<const uint8_t*>(data.data()), &size,
                        reinterpret_cast<uint8_t*>(out.data()));
  out.resize(size);
  return out;
}

std::vector<std::string> WarcRecords(const std::vector<WarcEntry>& entries, bool gzip_members) {
  std::vector<std::string> out;
  int n = 0;
  for (const WarcEntry& e : entries) {
    long long length =
        e.content_length >= 0 ? e.content_length : static_cast<long long>(e.block.size());
    std::string record = "WARC/1.1\r\nWARC-Type: " + e.type + "\r\nWARC-Target-URI: " + e.uri +
                         "\r\nWARC-Date: 2024-03-14T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:rec-" +
                         std::to_string(n++) +
                         ">\r\nContent-Type: application/http; msgtype=response"
                         "\r\nContent-Length: " +
                         std::to_string(length) + "\r\n\r\n" + e.block + "\r\n\r\n";
    out.push_back(gzip_members ? Gzip(record) : record);
  }
  return out;
}

std::string WriteTempFile(const std::string& name, const std::string& bytes) {
  auto dir = std::filesystem::temp_directory_path() / "newsdesk_tests";
  std::filesystem::create_directories(dir);
  std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace newsdesk::testing

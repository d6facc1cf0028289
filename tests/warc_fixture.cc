#include "warc_fixture.h"

#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace newsdesk::testing {

std::string HttpBlock(const std::string& body, const std::string& content_type) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
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

std::vector<std::string> WarcRecords(const std::vector<WarcEntry>& entries, bool gzip_members) {
  std::vector<std::string> out;
  int n = 0;
  for (const WarcEntry& e : entries) {
    long long length = e.content_length >= 0 ? e.content_length : static_cast<long long>(e.block.size());
    std::string record = "WARC/1.1\r\nWARC-Type: " + e.type + "\r\nWARC-Target-URI: " + e.uri +
                         "\r\nWARC-Date: 2024-03-14T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:rec-" +
                         std::to_string(n++) + ">\r\nContent-Type: application/http; msgtype=response"
                         "\r\nContent-Length: " + std::to_string(length) + "\r\n\r\n" + e.block +
                         "\r\n\r\n";
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

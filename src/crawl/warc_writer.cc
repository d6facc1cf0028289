// WARC writing; see warc_writer.h.
#include "crawl/warc_writer.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>
#include <vector>

#include "util/ascii.h"

namespace newsdesk::crawl {
namespace {

std::string Errno(const std::string& what) { return what + ": " + std::strerror(errno); }

std::string FileStamp(std::chrono::system_clock::time_point t) {
  std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

// The record: version line, named fields, blank line, block, two CRLFs.
std::string Record(std::string_view type, const std::string& id, std::string_view date,
                   std::string_view fields, std::string_view content_type, std::string_view block) {
  std::string r;
  r.reserve(block.size() + 512);
  r.append("WARC/1.1\r\nWARC-Type: ").append(type);
  r.append("\r\nWARC-Record-ID: ").append(id);
  r.append("\r\nWARC-Date: ").append(date).append("\r\n");
  r.append(fields);
  r.append("Content-Type: ").append(content_type);
  r.append("\r\nContent-Length: ").append(std::to_string(block.size()));
  r.append("\r\n\r\n").append(block).append("\r\n\r\n");
  return r;
}

// A header value without CR or LF (a URL with a stray newline must not split the record head).
std::string FieldValue(std::string_view v) {
  std::string out;
  for (char c : v) out.push_back(c == '\r' || c == '\n' ? ' ' : c);
  return out;
}

}  // namespace

std::string WarcDate(std::chrono::system_clock::time_point t) {
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch());
  std::time_t secs = static_cast<std::time_t>(micros.count() / 1000000);
  long frac = static_cast<long>(micros.count() % 1000000);
  if (frac < 0) frac = 0;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[48];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[64];
  std::snprintf(out, sizeof out, "%s.%06ldZ", buf, frac);
  return out;
}

std::string WarcSha1(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &n, EVP_sha1(), nullptr);
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  std::string out = "sha1:";
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned i = 0; i < n; ++i) {  // 160 bits: 32 characters, no padding
    buffer = (buffer << 8) | digest[i];
    bits += 8;
    while (bits >= 5) {
      out.push_back(kAlphabet[(buffer >> (bits - 5)) & 31]);
      bits -= 5;
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31]);
  return out;
}

std::string WarcRecordId() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  uint64_t hi = rng(), lo = rng();
  hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
  lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;  // variant 10
  char buf[64];
  std::snprintf(buf, sizeof buf, "<urn:uuid:%08x-%04x-%04x-%04x-%012llx>",
                static_cast<unsigned>(hi >> 32), static_cast<unsigned>((hi >> 16) & 0xffff),
                static_cast<unsigned>(hi & 0xffff), static_cast<unsigned>(lo >> 48),
                static_cast<unsigned long long>(lo & 0xffffffffffffULL));
  return buf;
}

std::string WarcResponseHead(std::string_view head, std::size_t payload_size) {
  std::vector<std::string_view> lines;
  bool transfer_coded = false;
  while (!head.empty()) {
    std::size_t end = head.find('\n');
    std::string_view line = head.substr(0, end);
    head = end == std::string_view::npos ? std::string_view() : head.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() && lines.empty()) continue;  // blank lines before the status line
    if (line.empty()) break;
    transfer_coded |= EqualsIgnoreAsciiCase(line.substr(0, line.find(':')), "transfer-encoding");
    lines.push_back(line);
  }
  std::string out;
  for (std::string_view line : lines) {
    std::string_view name = line.substr(0, line.find(':'));
    if (transfer_coded && EqualsIgnoreAsciiCase(name, "content-length")) continue;
    if (EqualsIgnoreAsciiCase(name, "transfer-encoding")) out.append("X-Crawler-");
    out.append(line).append("\r\n");
  }
  if (transfer_coded) {
    out.append("Content-Length: ").append(std::to_string(payload_size)).append("\r\n");
  }
  out.append("\r\n");
  return out;
}

Result<std::unique_ptr<WarcWriter>> WarcWriter::Open(const WarcWriterOptions& options) {
  if (options.directory.empty()) return Status::InvalidArgument("WARC directory not given");
  std::error_code ec;
  std::filesystem::create_directories(options.directory, ec);
  if (ec) {
    return Status::IoError("cannot create the WARC directory " + options.directory + ": " +
                           ec.message());
  }
  if (!std::filesystem::is_directory(options.directory, ec)) {
    return Status::IoError("not a directory: " + options.directory);
  }
  return std::unique_ptr<WarcWriter>(new WarcWriter(options));
}

WarcWriter::~WarcWriter() {
  Close();
  if (deflater_ != nullptr) deflateEnd(deflater_.get());
}

Status WarcWriter::StartFile() {
  auto now = std::chrono::system_clock::now();
  // A name no earlier file has: the time, then a serial that skips names already taken.
  for (int tries = 0; tries < 100000; ++tries) {
    char serial[16];
    std::snprintf(serial, sizeof serial, "%05d", serial_++);
    std::string path = (std::filesystem::path(options_.directory) /
                        (options_.prefix + "-" + FileStamp(now) + "-" + serial + ".warc.gz"))
                           .string();
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0 && errno == EEXIST) continue;
    if (fd < 0) return Status::IoError(Errno("cannot create " + path));
    file_ = ::fdopen(fd, "wb");
    if (file_ == nullptr) {
      ::close(fd);
      return Status::IoError(Errno("cannot open " + path));
    }
    path_ = path;
    file_bytes_ = 0;
    ++files_;
    break;
  }
  if (file_ == nullptr) return Status::IoError("no free WARC file name in " + options_.directory);
  warcinfo_id_ = WarcRecordId();
  std::string info = "software: " + FieldValue(options_.software) +
                     "\r\nformat: WARC File Format 1.1\r\n"
                     "conformsTo: https://iipc.github.io/warc-specifications/specifications/"
                     "warc-format/warc-1.1/\r\n";
  if (!options_.operator_contact.empty()) {
    info += "operator: " + FieldValue(options_.operator_contact) + "\r\n";
  }
  std::string filename = std::filesystem::path(path_).filename().string();
  std::string record =
      Record("warcinfo", warcinfo_id_, WarcDate(now), "WARC-Filename: " + filename + "\r\n",
             "application/warc-fields", info);
  uint64_t offset = 0;
  return Append(record, &offset);
}

// `record` as one gzip member in member_ (its first `*size` bytes). One deflate stream, reset
// for each member, and one buffer, grown only: no allocation (and no zero-filling) per record.
Status WarcWriter::Compress(const std::string& record, std::size_t* size) {
  if (deflater_ == nullptr) {
    deflater_ = std::make_unique<z_stream>();
    if (deflateInit2(deflater_.get(), options_.compression_level, Z_DEFLATED, 15 + 16, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
      deflater_.reset();
      return Status::Internal("zlib: deflateInit2 failed");
    }
  } else {
    deflateReset(deflater_.get());
  }
  z_stream& z = *deflater_;
  std::size_t bound = deflateBound(&z, record.size()) + 32;
  if (member_.size() < bound) member_.resize(bound);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(record.data()));
  z.avail_in = static_cast<uInt>(record.size());
  z.next_out = reinterpret_cast<Bytef*>(member_.data());
  z.avail_out = static_cast<uInt>(member_.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
    return Status::Internal("zlib: deflate did not finish a member");
  }
  *size = z.total_out;
  return Status::Ok();
}

Status WarcWriter::Append(const std::string& record, uint64_t* offset) {
  std::size_t size = 0;
  Status compressed = Compress(record, &size);
  if (!compressed.ok()) return compressed;
  *offset = file_bytes_;
  if (std::fwrite(member_.data(), 1, size, file_) != size || std::fflush(file_) != 0) {
    Status st = Status::IoError(Errno("cannot write " + path_));
    std::fclose(file_);
    file_ = nullptr;
    return st;
  }
  file_bytes_ += size;
  total_bytes_ += size;
  return Status::Ok();
}

Result<WarcLocation> WarcWriter::Write(const WarcExchange& exchange) {
  if (file_ != nullptr && file_bytes_ >= options_.max_file_bytes) {
    Status st = Close();
    if (!st.ok()) return st;
  }
  if (file_ == nullptr) {
    Status st = StartFile();
    if (!st.ok()) return st;
  }
  std::string date = WarcDate(exchange.date);
  std::string uri = FieldValue(exchange.target_uri);
  std::string common = "WARC-Target-URI: " + uri + "\r\nWARC-Warcinfo-ID: " + warcinfo_id_ + "\r\n";
  if (!exchange.ip.empty()) common += "WARC-IP-Address: " + FieldValue(exchange.ip) + "\r\n";

  std::string request_id = WarcRecordId();
  std::string response_id = WarcRecordId();
  std::string request_block(exchange.request_head);
  std::string request = Record("request", request_id, date,
                               common + "WARC-Concurrent-To: " + response_id + "\r\n" +
                                   "WARC-Block-Digest: " + WarcSha1(request_block) + "\r\n",
                               "application/http; msgtype=request", request_block);

  std::string block = WarcResponseHead(exchange.response_head, exchange.payload.size());
  block.append(exchange.payload);
  std::string response = Record("response", response_id, date,
                                common + "WARC-Block-Digest: " + WarcSha1(block) + "\r\n" +
                                    "WARC-Payload-Digest: " + WarcSha1(exchange.payload) + "\r\n",
                                "application/http; msgtype=response", block);
  uint64_t request_offset = 0, response_offset = 0;
  Status st = Append(request, &request_offset);
  if (st.ok()) st = Append(response, &response_offset);
  if (!st.ok()) return st;
  return WarcLocation{path_, response_offset};
}

Status WarcWriter::Close() {
  if (file_ == nullptr) return Status::Ok();
  bool ok = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  Status st = ok ? Status::Ok() : Status::IoError(Errno("cannot flush " + path_));
  if (std::fclose(file_) != 0 && st.ok()) st = Status::IoError(Errno("cannot close " + path_));
  file_ = nullptr;
  return st;
}

}  // namespace newsdesk::crawl

// WARC writing (ISO 28500, WARC/1.1): the crawler keeps every exchange it has with a server.
//
// WarcWriter appends records to files named PREFIX-YYYYMMDDhhmmss-NNNNN.warc.gz in a directory,
// each file starting with a warcinfo record. Every record is a gzip member of its own (the Common
// Crawl layout), so a reader can seek to any record and a file cut short by a kill keeps every
// record before the cut. A file is closed and the next one started once it passes
// `max_file_bytes` (a record is never split). Nothing is ever appended to an existing file: a
// restarted crawl starts a new one.
//
// An exchange is a `request` record (the request head as sent), which names its response in
// WARC-Concurrent-To, and a `response` record (the response head as received, then the
// payload). The payload
// is stored as received (Content-Encoding kept, transfer coding removed: a `Transfer-Encoding`
// header is renamed `X-Crawler-Transfer-Encoding` and the real length given, so that readers do
// not de-chunk it again). WARC-Payload-Digest and WARC-Block-Digest are SHA-1 in base 32, as
// other WARC tools write and check them.
//
// Durability: each exchange is flushed to the operating system before WriteExchange returns, so
// a killed process loses nothing it reported written; Close (or a rotation) also fsyncs.
// Failures (a full disk, a read-only directory) are kIoError and leave the writer closed.
// Not thread-safe: one writer, one thread.
#pragma once

#include <zlib.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk::crawl {

struct WarcWriterOptions {
  std::string directory;                        // created when missing
  std::string prefix = "newsdesk";              // file names start with it
  uint64_t max_file_bytes = uint64_t{1} << 30;  // rotate past this (compressed) size. 1 GiB
  std::string software = "newsdesk";            // the warcinfo record's `software`
  std::string operator_contact;                 // the warcinfo record's `operator`, when given
  int compression_level = 6;                    // zlib level of each member
};

// One exchange as it went over the wire.
struct WarcExchange {
  std::string_view target_uri;     // the URL requested
  std::string_view ip;             // the server's address, when known
  std::string_view request_head;   // "GET /a HTTP/1.1\r\nHost: ...\r\n\r\n"
  std::string_view response_head;  // "HTTP/1.1 200 OK\r\n...\r\n\r\n" (blank line included or not)
  std::string_view payload;        // the body, transfer coding removed
  std::chrono::system_clock::time_point date;  // when the request was sent
};

// Where a response record landed: the file and the offset of its gzip member.
struct WarcLocation {
  std::string path;
  uint64_t offset = 0;
};

class WarcWriter {
 public:
  static Result<std::unique_ptr<WarcWriter>> Open(const WarcWriterOptions& options);
  ~WarcWriter();
  WarcWriter(const WarcWriter&) = delete;
  WarcWriter& operator=(const WarcWriter&) = delete;

  // Writes the request and response records of one exchange; returns the response record's
  // location.
  Result<WarcLocation> Write(const WarcExchange& exchange);
  // Flushes, fsyncs and closes the current file. Further writes start a new file.
  Status Close();

  const std::string& current_path() const { return path_; }
  uint64_t files_written() const { return files_; }
  uint64_t bytes_written() const { return total_bytes_; }

 private:
  explicit WarcWriter(WarcWriterOptions options) : options_(std::move(options)) {}
  Status StartFile();
  Status Append(const std::string& record, uint64_t* offset);
  Status Compress(const std::string& record, std::size_t* size);

  WarcWriterOptions options_;
  std::FILE* file_ = nullptr;
  std::string path_;
  std::string warcinfo_id_;
  uint64_t file_bytes_ = 0;
  uint64_t files_ = 0;
  uint64_t total_bytes_ = 0;
  int serial_ = 0;
  std::unique_ptr<z_stream> deflater_;
  std::string member_;  // the compressed record being written
};

// "2026-12-01T17:05:09.123456Z": a WARC/1.1 date (UTC, microseconds).
std::string WarcDate(std::chrono::system_clock::time_point t);
// "sha1:" and the SHA-1 of `bytes` in RFC 4648 base 32.
std::string WarcSha1(std::string_view bytes);
// A fresh "<urn:uuid:...>" (version 4).
std::string WarcRecordId();
// The response head as stored: Transfer-Encoding renamed, Content-Length set to `payload_size`
// when the head had a transfer coding, CRLF line ends, ending in one blank line.
std::string WarcResponseHead(std::string_view head, std::size_t payload_size);

}  // namespace newsdesk::crawl

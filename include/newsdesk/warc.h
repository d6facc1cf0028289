// newsdesk/warc.h: reading WARC files (ISO 28500, WARC/1.0 and 1.1) record by record.
//
// WarcReader streams: memory holds one record at a time (bounded by max_record_bytes), whatever
// the file's size. Uncompressed files, gzip with one member per record (the Common Crawl layout)
// and whole-file gzip are read alike. A broken record (clipped, wrong Content-Length, corrupt gzip
// member) is returned as a record with a non-OK status, and reading goes on at the next record:
// in a file with one gzip member per record, at the next member; otherwise at the next line that
// starts "WARC/1." after the broken record's header. Bytes that are no record (junk between gzip
// members, garbage between records) are returned as a record of their own with a non-OK status,
// so every record in the file, intact or not, is returned once. Not thread-safe; one reader per
// file.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "newsdesk/status.h"

namespace newsdesk {

struct WarcRecord {
  Status status;        // non-OK: the record could not be read whole; fields may be partial
  uint64_t offset = 0;  // where the record starts in the file; for gzip, where its member starts
  uint64_t offset_in_member = 0;  // gzip: where the record starts in its member's inflated data
                                  // (0 when it starts the member, as with one member per record)
  std::string type;               // WARC-Type: response, resource, request, metadata, warcinfo, ...
  std::string target_uri;         // WARC-Target-URI
  std::string date;               // WARC-Date
  std::string record_id;          // WARC-Record-ID, without the angle brackets
  std::string content_type;       // Content-Type of the record block
  std::string block;              // the record block (for a response: HTTP headers and body)
  // Read, but something was off, said in words ("Content-Length 5000 is longer than the record's
  // gzip member (4120 bytes): read to the member's end"); empty on ordinary records.
  std::string warning;
};

struct WarcReaderOptions {
  // Records with a larger block are skipped (read and discarded) and returned with
  // kLimitExceeded. Default: 64 MiB.
  std::size_t max_record_bytes = std::size_t{64} << 20;
};

class WarcReader {
 public:
  // Opens `path` ("-" for stdin). Fails with kNotFound / kIoError.
  static Result<std::unique_ptr<WarcReader>> Open(const std::string& path,
                                                  const WarcReaderOptions& options = {});
  virtual ~WarcReader() = default;

  // Reads the next record into `record`; false at the end of the file.
  virtual bool Next(WarcRecord* record) = 0;

  // Bytes of the file consumed so far (compressed), for progress.
  virtual uint64_t position() const = 0;
};

// Where a record starts, as text: "OFFSET", or "OFFSET+N" when it does not start its gzip member
// (whole-file gzip): a unique name for the record within its file.
std::string WarcRecordPosition(const WarcRecord& record);

// An HTTP response as a WARC response record holds it.
struct HttpResponse {
  int status = 0;            // 200, 404, ...; 0 when the block is not an HTTP response
  std::string content_type;  // lower-cased media type, without parameters ("text/html")
  std::string charset;       // from Content-Type, lower-cased; empty if none
  std::string body;          // the payload, de-chunked when Transfer-Encoding: chunked
  // Content-Encoding as sent, lower-cased ("gzip", "br", "gzip, br"); empty when none. `body` is
  // still encoded: DecodeContentEncoding undoes it.
  std::string content_encoding;
  // Where the payload starts in the block, when it is the block's tail as is (not chunked);
  // std::string::npos otherwise. With ParseHttpResponse(block, false) `body` stays empty and the
  // caller takes the payload from the block itself, saving a copy.
  std::size_t body_offset = std::string::npos;
};

// Splits a response record's block into status, headers and body.
Result<HttpResponse> ParseHttpResponse(std::string_view block, bool copy_body = true);

// The first coding in a Content-Encoding value that DecodeContentEncoding cannot undo ("compress",
// "zstd"); empty when it can undo them all (gzip, x-gzip, deflate, br, identity).
std::string UnsupportedContentEncoding(std::string_view content_encoding);

// Undoes `content_encoding` (codings listed in the order applied; undone last first) on `body`
// into `out`, which never grows past `max_bytes`. A body whose header claims gzip, deflate or br
// but that is already plain markup (crawlers often store the decoded payload and keep the header)
// is copied as is. A clipped stream keeps what decodes, and sets `*truncated` when given.
// Fails with kInvalidArgument for a coding it cannot undo, kCorruptInput when the body is not
// what its coding says, kLimitExceeded when the decoded body would pass `max_bytes` (a
// decompression bomb stops there). Thread-safe.
Status DecodeContentEncoding(std::string_view body, std::string_view content_encoding,
                             std::size_t max_bytes, std::string* out, bool* truncated = nullptr);

}  // namespace newsdesk

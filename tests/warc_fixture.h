// Builds WARC files for tests: records from pages, with the faults the reader must survive.
#pragma once

#include <string>
#include <vector>

namespace newsdesk::testing {

struct WarcEntry {
  std::string type = "response";  // WARC-Type
  std::string uri;
  std::string block;              // the record block as is (for responses: HTTP head + body)
  long long content_length = -1;  // -1: the block's real length; else this (wrong) value
};

// An HTTP/1.1 200 response block with `content_type` (e.g. "text/html; charset=utf-8").
std::string HttpBlock(const std::string& body,
                      const std::string& content_type = "text/html; charset=utf-8");

// The WARC records as bytes; each record gzipped as its own member when `gzip_members`.
std::vector<std::string> WarcRecords(const std::vector<WarcEntry>& entries, bool gzip_members);

// An HTTP/1.1 200 response block with the given header lines (each "Name: value", no CRLF).
std::string HttpBlockWithHeaders(const std::string& body, const std::vector<std::string>& headers);

// `body` cut into Transfer-Encoding: chunked chunks of `chunk_size` bytes, with the last chunk.
std::string Chunked(const std::string& body, std::size_t chunk_size);

// Gzip of `data` as one member.
std::string Gzip(const std::string& data);

// Deflate of `data`: zlib-wrapped (RFC 1950), or raw (RFC 1951) when `raw`.
std::string Deflate(const std::string& data, bool raw);

// Brotli of `data` (RFC 7932).
std::string Brotli(const std::string& data);

// Writes `bytes` to a new temporary file named `name` and returns its path.
std::string WriteTempFile(const std::string& name, const std::string& bytes);

}  // namespace newsdesk::testing

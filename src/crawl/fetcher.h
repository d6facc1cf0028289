// HTTP fetching with libcurl's multi interface: many transfers at once on one thread.
//
// The Fetcher only fetches: it follows no redirect (the crawler schedules each hop itself, so
// robots.txt and the per-host delay hold for every hop), knows nothing of politeness, and keeps
// the payload as received (Content-Encoding not undone: the WARC keeps the exchange as it went;
// DecodeContentEncoding in newsdesk/warc.h undoes it). HTTP/1.1, and HTTP/2 over TLS; the
// request says Accept-Encoding: gzip, deflate, br. A body past `max_body_bytes` stops the
// transfer (kTooLarge); a transfer past `timeout_ms` stops (kTimeout).
//
// Not thread-safe: one Fetcher, one thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk::crawl {

struct FetcherOptions {
  std::string user_agent = "newsdesk";
  long connect_timeout_ms = 10000;
  long timeout_ms = 30000;                        // the whole transfer
  std::size_t max_body_bytes = 16 * 1024 * 1024;  // bytes as received (compressed)
};

struct FetchRequest {
  uint64_t tag = 0;  // the caller's, given back with the response
  std::string url;
  std::vector<std::string> headers;  // extra request headers ("If-None-Match: \"x\"")
};

enum class FetchFailure {
  kNone,      // an HTTP response came (any status)
  kTimeout,   // no whole response within the timeout
  kTooLarge,  // the body passed max_body_bytes (`body` holds what came, or nothing when the
              // Content-Length said so before the body)
  kNetwork,   // no response: refused, reset, DNS, TLS, malformed HTTP
  kBadUrl,    // a URL libcurl will not send (spaces, control bytes): not the server's fault
};

struct FetchResponse {
  uint64_t tag = 0;
  std::string url;
  FetchFailure failure = FetchFailure::kNone;
  std::string error;          // what went wrong, in words; empty on a response
  int status = 0;             // the HTTP status; 0 without a response
  std::string request_head;   // as sent
  std::string response_head;  // the final response's status line and headers
  std::string body;           // as received (Content-Encoding kept)
  std::string ip;             // the server's address
  std::chrono::system_clock::time_point sent;
  double seconds = 0;  // request to last byte

  // Response headers (the last one of each name), empty when absent.
  std::string Header(std::string_view name) const;
};

class Fetcher {
 public:
  static Result<std::unique_ptr<Fetcher>> Create(const FetcherOptions& options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Starts a transfer. Fails (kInvalidArgument) for a URL that is not http(s).
  Status Start(FetchRequest request);
  // Runs the transfers for up to `timeout_ms` (less when one finishes or Wake is called) and
  // appends the finished ones to `done`.
  void Poll(int timeout_ms, std::vector<FetchResponse>* done);
  // Makes a Poll in progress return early (safe from another thread or a signal handler's flag
  // watcher).
  void Wake();
  std::size_t in_flight() const;
  // Stops every transfer under way; their responses are never returned.
  void CancelAll();

 private:
  struct Impl;
  explicit Fetcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsdesk::crawl

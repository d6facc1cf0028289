// newsdesk/server.h: the archive served over HTTP: a JSON API and web pages for readers (the
// briefing, stories with their perspectives, search, a reader view), and live ingestion for
// holders of a token. Part of newsdesk_server (cpp-httplib, Debian's libcpp-httplib-dev).
//
// Routes (README "newsdesk serve" documents them with examples):
//   GET  /api/health  /api/briefing?date=  /api/stories?date=&q=&outlet=&lang=&limit=&offset=
//   GET  /api/stories/{id}  /api/articles/{id}  /api/search?q=&limit=  /api/outlets
//   POST /api/articles   (Authorization: Bearer <token>; article JSON or JSONL; stories updated)
//   GET  /  /date/YYYY-MM-DD  /story/{id}  /article/{id}  /search?q=
// Reads use one read-only connection per worker thread (SQLite WAL: several servers can read one
// file while one writes); writes go through one connection, one request at a time.
//
// Thread-safety: Server's methods may be called from any thread; Stop may be called while Run
// blocks in another thread (it finishes the requests in flight, then Run returns).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

struct ServerOptions {
  // The archive (newsdesk ingest writes it). Required.
  std::string db;
  // Where to listen. Default: 127.0.0.1 (this machine only).
  std::string host = "127.0.0.1";
  // The port; 0 picks a free one (see Server::port). Default: 8080.
  int port = 8080;
  // Worker threads; each serves one connection while it is kept alive. Default: 0, eight per
  // core, at least 128.
  int threads = 0;
  // The token that allows POST /api/articles; empty: the server is read-only.
  std::string token;
  // The largest request body accepted (413 above). Default: 8 MiB.
  std::size_t max_body_bytes = 8u << 20;
  // The longest query string or search accepted (414/400 above). Default: 2,048 bytes.
  std::size_t max_query_bytes = 2048;
  // One line per request (method, path, status, bytes, milliseconds); may be empty.
  std::function<void(std::string_view)> log;
};

class Server {
 public:
  // Opens the archive (read-only checks that it is one) and binds. Fails with kNotFound /
  // kCorruptInput for a missing or foreign database, kIoError when the address cannot be bound.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The port bound (the one picked when ServerOptions::port was 0).
  int port() const;
  // Serves until Stop; returns then.
  void Run();
  // Stops listening, lets the requests in flight finish, makes Run return.
  void Stop();

 private:
  Server() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsdesk

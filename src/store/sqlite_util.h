// Small RAII helpers over the SQLite C API: a prepared statement that finalizes itself, and SQLite
// result codes turned into Status values with a message for people (never the SQL).
// Not thread-safe: a statement belongs to one connection, used from one thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk::store {

// A Status for SQLite result `rc` during `what` ("writing news.db"): kIoError for I/O, full disk,
// read-only and lock errors; kCorruptInput for a damaged or foreign file.
Status SqliteStatus(sqlite3* db, int rc, std::string_view what);

class Statement {
 public:
  Statement() = default;
  ~Statement() { Finalize(); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Compiles `sql` once; kInternal on a bad statement (a bug), kIoError/kCorruptInput when the
  // database cannot be read.
  Status Prepare(sqlite3* db, std::string_view sql);
  void Finalize() {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
  }

  // Binds are 1-based, as in SQLite. Text and blobs are copied (SQLITE_TRANSIENT) unless
  // `static_data`: then they must outlive the next Step/Reset.
  void Bind(int i, std::string_view text) {
    // An empty view may have no data pointer, which SQLite would store as NULL.
    sqlite3_bind_text(stmt_, i, text.empty() ? "" : text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
  }
  void BindBlob(int i, std::string_view bytes) {
    if (bytes.empty()) {
      sqlite3_bind_null(stmt_, i);
    } else {
      sqlite3_bind_blob(stmt_, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    }
  }
  void Bind(int i, int64_t value) { sqlite3_bind_int64(stmt_, i, value); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string_view Text(int col) const {
    const char* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string_view(p, sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }
  std::string_view Blob(int col) const {
    const char* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::string_view(p, sqlite3_column_bytes(stmt_, col)) : std::string_view();
  }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// Runs `sql` (one or more statements, no results).
Status Exec(sqlite3* db, const char* sql, std::string_view what);

}  // namespace newsdesk::store

#include "store/sqlite_util.h"

namespace newsdesk::store {

Status SqliteStatus(sqlite3* db, int rc, std::string_view what) {
  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return Status::Ok();
  std::string message = std::string(what) + ": ";
  switch (rc & 0xFF) {
    case SQLITE_FULL:
      return Status::IoError(message + "the disk is full");
    case SQLITE_READONLY:
      return Status::IoError(message + "the database is read-only");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IoError(message + "the database is locked by another process");
    case SQLITE_CANTOPEN:
      return Status::IoError(message + "cannot open the file");
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return Status::IoError(message + "permission denied");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::CorruptInput(message + "not a newsdesk database, or a damaged one (" +
                                  sqlite3_errstr(rc) + ")");
    case SQLITE_IOERR:
      return Status::IoError(message + "I/O error (" + (db ? sqlite3_errmsg(db) : "") + ")");
    default:
      return Status::IoError(message + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
}

Status Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (rc == SQLITE_ERROR) {
    return Status::Internal(std::string("bad statement: ") + sqlite3_errmsg(db));
  }
  return SqliteStatus(db, rc, "reading the database");
}

Status Exec(sqlite3* db, const char* sql, std::string_view what) {
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  sqlite3_free(error);
  return SqliteStatus(db, rc, what);
}

}  // namespace newsdesk::store

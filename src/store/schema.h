// The archive's schema and its migrations. Version N of the schema is what migrations 1..N build
// from an empty file; PRAGMA user_version holds the version a file is at, and Migrate runs the
// missing steps in one transaction. README.md ("The archive") documents the tables.
#pragma once

#include <sqlite3.h>

#include "newsdesk/status.h"

namespace newsdesk::store {

// The version this build writes.
constexpr int kSchemaVersion = 3;

// PRAGMA application_id of a newsdesk archive ("NDSK"): a file with another id is refused.
constexpr int kApplicationId = 0x4E44534B;

// Brings the database to kSchemaVersion. Fails with kInvalidArgument when the file is newer than
// this build, kCorruptInput when it holds tables that are not ours.
Status Migrate(sqlite3* db);

// The schema version of an open database, or a failure.
Status ReadSchemaVersion(sqlite3* db, int* version);

}  // namespace newsdesk::store

#pragma once
// The shift store's schema: identification, version table and forward migrations.
//
// A file is a shift store when its SQLite header carries kApplicationId. The schema version is
// MAX(version) of the schema_version table (one row per applied migration). Migrations only go
// forward; a file whose version is newer than this build's is refused, never "downgraded".
#include <cstdint>
#include <span>
#include <string_view>

#include "app/store/sqlite_handle.h"

namespace chongal::store {

// "CHNG" in the header's application_id field (offset 68).
inline constexpr std::int32_t kApplicationId = 0x43484E47;

struct Migration {
    int version;           // the schema version after this step; steps are 1, 2, 3, ...
    std::string_view sql;  // one or more statements
};

// This build's migrations, in order.
std::span<const Migration> migrations();
int latestSchemaVersion();

// 0 when the version table does not exist yet.
int schemaVersion(Connection& conn);

// Applies every step of `steps` newer than the current version, in order, recording each in the
// version table. Runs inside the caller's transaction so a failed step leaves nothing behind.
void migrate(Connection& conn, std::span<const Migration> steps, std::int64_t appliedAt);

}  // namespace chongal::store

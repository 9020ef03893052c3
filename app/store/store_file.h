#pragma once
// File-level steps of opening a shift store, before SQLite touches the file.
#include <cstdint>
#include <string>

namespace chongal::store {

struct FileFacts {
    bool exists = false;
    std::int64_t size = 0;
    bool sqliteHeader = false;   // starts with "SQLite format 3\0"
    bool walHasContent = false;  // a non-empty "-wal" beside it (e.g. after a crash)
};

// Throws an Io StoreException when the file exists but cannot be read.
FileFacts inspectFile(const std::string& path);

// Creates an empty, fully migrated store at `path` atomically: it is built beside the target
// under a temporary name and renamed into place without replacing anything, so a crash never
// leaves a half-made store at `path`. Does nothing when `path` appeared meanwhile (the caller
// then opens that file like any other). Throws an Io StoreException on failure.
void createStoreFile(const std::string& path, std::int64_t now);

// Seconds since the epoch, from the wall clock.
std::int64_t wallClockNow();

}  // namespace chongal::store

#pragma once
// The one-writer rule of a shift store, kept apart from SQLite's own locks.
//
// Why not SQLite's EXCLUSIVE locking mode: in WAL mode it keeps the wal-index in private memory,
// so no other connection, not even a read-only review, can open the file while a console writes.
// Instead the writer holds flock(LOCK_EX) on a small companion file "<store>-writer" for its
// whole life; SQLite runs in NORMAL locking mode, so read-only connections read committed
// snapshots beside the writer (WAL) and a second writer is refused before SQLite opens the file.
//
// flock, not fcntl: flock locks belong to one open file description, so a second writer in the
// same process is refused too, and closing an unrelated descriptor never drops them (fcntl
// locks would be dropped by any close of the file in the process, including SQLite's own). The
// kernel releases the lock when the holder dies, so a crash leaves no stale lock, at most the
// empty companion file, which the next writer reuses.
#include <string>

#include "app/store/store_error.h"

namespace chongal::store {

class WriterLock {
public:
    WriterLock() = default;
    WriterLock(WriterLock&& other) noexcept;
    WriterLock& operator=(WriterLock&& other) noexcept;
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;
    ~WriterLock();  // removes the companion file, then releases the lock

    // Takes the writer lock of the store at `storePath`, waiting up to `timeoutMs` for another
    // writer to let go. Throws Locked when it does not, Io when the companion cannot be made.
    static WriterLock acquire(const std::string& storePath, int timeoutMs);
    static std::string companionPath(const std::string& storePath);

    bool held() const { return fd_ >= 0; }
    void release();

private:
    WriterLock(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
    int fd_ = -1;
    std::string path_;
};

}  // namespace chongal::store

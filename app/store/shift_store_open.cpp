// ShiftStore::open: identify, check and lock the file before anything may write to it.
#include <sqlite3.h>

#include <optional>

#include "app/store/schema.h"
#include "app/store/shift_store_impl.h"
#include "app/store/store_file.h"
#include "app/store/transaction.h"

namespace chongal::store {

using detail::StoreState;

namespace {

constexpr const char* kDamagedAdvice =
    ". It cannot be written: open it read-only to review what is left, or restore a backup.";

std::string firstLines(const std::vector<std::string>& lines, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < lines.size() && i < n; ++i) out += (i ? "; " : "") + lines[i];
    if (lines.size() > n) out += "; ... (" + std::to_string(lines.size()) + " problems)";
    return out;
}

void setCheckpointOnClose(Connection& conn, bool on) {
    sqlite3_db_config(conn.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, nullptr);
}

// Re-labels a low-level failure of the checks below with what it means for this file.
StoreError explain(const StoreError& e, const std::string& path, ShiftStore::Mode mode) {
    const std::string why = "(" + e.message + ")";
    switch (e.kind) {
        case ErrorKind::Locked:
            return {e.kind, path + " is locked by another console; close it there first " + why};
        case ErrorKind::NotAStore:
            return {e.kind, path + " is not a Chongal shift store " + why};
        case ErrorKind::Damaged:
            return {e.kind, path + " is damaged " + why +
                                (mode == ShiftStore::Mode::ReadWrite ? kDamagedAdvice : "")};
        default:
            return {e.kind, path + ": " + e.message};
    }
}

// Is this our file, and of a schema this build can use in this mode?
std::optional<StoreError> identify(Connection& conn, const std::string& path,
                                   ShiftStore::Mode mode) {
    if (conn.queryInt("PRAGMA application_id") != kApplicationId)
        return StoreError{ErrorKind::NotAStore,
                          path + " is an SQLite database but not a Chongal shift store"};
    const int version = schemaVersion(conn);
    const std::string schema = "(store schema " + std::to_string(version);
    if (version > latestSchemaVersion())
        return StoreError{ErrorKind::NewerSchema, path + " was written by a newer Chongal " +
                                                      schema + "; this version reads up to " +
                                                      std::to_string(latestSchemaVersion()) +
                                                      "). Update Chongal to open it."};
    if (version < latestSchemaVersion() && mode == ShiftStore::Mode::ReadOnly)
        return StoreError{ErrorKind::OlderSchema,
                          path + " was written by an older Chongal " + schema +
                              "); open it once read-write to upgrade it, then review."};
    return std::nullopt;
}

// quick_check: a damaged file is refused for writing and flagged for review.
std::optional<StoreError> checkSound(Connection& conn, detail::StoreState& d) {
    const auto findings = detail::integrityFindings(conn, false);
    if (findings.empty()) return std::nullopt;
    const std::string what = firstLines(findings, 3);
    if (d.mode == ShiftStore::Mode::ReadWrite)
        return StoreError{ErrorKind::Damaged,
                          d.path + " is damaged (" + what + ")" + kDamagedAdvice};
    d.damaged = true;
    d.warning = d.path + " is damaged; showing what can still be read (" + what + ")";
    return std::nullopt;
}

void prepareForWriting(Connection& conn, const std::string& path,
                       const ShiftStore::Options& options) {
    // WAL: appends touch only the log. synchronous=FULL fsyncs the WAL at every commit, so a
    // committed batch survives power loss; NORMAL could lose the last commits, which would
    // break "acknowledged means stored".
    if (conn.queryTexts("PRAGMA journal_mode = WAL") != std::vector<std::string>{"wal"})
        throw StoreException(ErrorKind::Io, path + ": cannot switch to WAL mode");
    conn.exec("PRAGMA synchronous = FULL");
    conn.exec("PRAGMA foreign_keys = ON");
    conn.exec("PRAGMA wal_autocheckpoint = " + std::to_string(options.walAutoCheckpointPages));
    Transaction tx(conn);  // takes the write lock now, not at the first append
    migrate(conn, migrations(), wallClockNow());
    tx.commit();
}

}  // namespace

Result<ShiftStore> ShiftStore::open(const std::string& path, Mode mode) {
    return open(path, mode, Options{});
}

Result<ShiftStore> ShiftStore::open(const std::string& path, Mode mode, const Options& options) {
    auto d = std::make_unique<detail::StoreState>();
    d->path = path;
    d->mode = mode;
    try {
        // One writer: see writer_lock.h. Taken before anything looks at the file, so creating
        // and migrating it happen under the lock too; readers never take it.
        if (mode == Mode::ReadWrite) {
            try {
                d->writerLock = WriterLock::acquire(path, options.busyTimeoutMs);
            } catch (const StoreException& e) {
                return explain(e.error(), path, mode);
            }
        }
        FileFacts facts = inspectFile(path);
        if (!facts.exists) {
            if (mode == Mode::ReadOnly)
                return StoreError{ErrorKind::Io, "there is no shift store at " + path};
            createStoreFile(path, wallClockNow());
            facts = inspectFile(path);
        }
        if (!facts.sqliteHeader)
            return StoreError{ErrorKind::NotAStore,
                              path + " is not a Chongal shift store (not an SQLite database" +
                                  (facts.size == 0 ? ": the file is empty)" : ")")};
        try {
            d->conn = Connection::open(
                path, (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) |
                          SQLITE_OPEN_NOMUTEX);
            Connection& conn = d->conn;
            // Until the checks pass, closing must not write anything: no checkpoint of a WAL
            // left by a crash. An empty WAL checkpoints to nothing, and closing then removes it.
            setCheckpointOnClose(conn, !facts.walHasContent);
            sqlite3_busy_timeout(conn.get(), options.busyTimeoutMs);
            if (auto refused = identify(conn, path, mode)) return *refused;
            if (options.quickCheckOnOpen)
                if (auto refused = checkSound(conn, *d)) return *refused;
            if (mode == Mode::ReadWrite) {
                prepareForWriting(conn, path, options);
                setCheckpointOnClose(conn, true);
            } else {
                conn.exec("PRAGMA query_only = ON");  // belt and braces over SQLITE_OPEN_READONLY
            }
        } catch (const StoreException& e) {
            return explain(e.error(), path, mode);
        }
    } catch (const StoreException& e) {
        return e.error();
    }
    return ShiftStore(std::move(d));
}

}  // namespace chongal::store

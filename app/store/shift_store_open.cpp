// ShiftStore::open: identify, check and lock the file before anything may write to it.
#include <sqlite3.h>

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

// Re-labels the low-level failures of the checks below with what they mean for this file.
[[noreturn]] void explain(const StoreException& e, const std::string& path, ShiftStore::Mode mode) {
    const std::string why = e.what();
    switch (e.error().kind) {
        case ErrorKind::Locked:
            throw StoreException(ErrorKind::Locked,
                                 path +
                                     " is locked by another console (or a review in progress); "
                                     "close it there first. (" +
                                     why + ")");
        case ErrorKind::NotAStore:
            throw StoreException(ErrorKind::NotAStore,
                                 path + " is not a Chongal shift store (" + why + ")");
        case ErrorKind::Damaged:
            throw StoreException(ErrorKind::Damaged,
                                 path + " is damaged (" + why + ")" +
                                     (mode == ShiftStore::Mode::ReadWrite ? kDamagedAdvice : ""));
        default:
            throw StoreException(e.error().kind, path + ": " + why);
    }
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

        const int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY) |
                          SQLITE_OPEN_NOMUTEX;
        try {
            d->conn = Connection::open(path, flags);
            Connection& conn = d->conn;
            // Until the checks pass, closing must not write anything: no checkpoint of a WAL
            // left by a crash. An empty WAL checkpoints to nothing, and closing then removes it.
            setCheckpointOnClose(conn, !facts.walHasContent);
            sqlite3_busy_timeout(conn.get(), options.busyTimeoutMs);
            // One writer: in EXCLUSIVE locking mode the first read takes the file lock and the
            // connection keeps it until closed, so no other console can open the store meanwhile.
            if (mode == Mode::ReadWrite) conn.exec("PRAGMA locking_mode = EXCLUSIVE");
            if (conn.queryInt("PRAGMA application_id") != kApplicationId)
                return StoreError{ErrorKind::NotAStore,
                                  path + " is an SQLite database but not a Chongal shift store"};
            const int version = schemaVersion(conn);
            if (version > latestSchemaVersion())
                return StoreError{ErrorKind::NewerSchema,
                                  path + " was written by a newer Chongal (store schema " +
                                      std::to_string(version) + "; this version reads up to " +
                                      std::to_string(latestSchemaVersion()) +
                                      "). Update Chongal to open it."};
            if (options.quickCheckOnOpen) {
                const auto findings = detail::integrityFindings(conn, false);
                if (!findings.empty()) {
                    const std::string what = firstLines(findings, 3);
                    if (mode == Mode::ReadWrite)
                        return StoreError{ErrorKind::Damaged,
                                          path + " is damaged (" + what + ")" + kDamagedAdvice};
                    d->damaged = true;
                    d->warning =
                        path + " is damaged; showing what can still be read (" + what + ")";
                }
            }
            if (mode == Mode::ReadWrite) {
                // WAL: appends touch only the log; synchronous=FULL fsyncs the WAL at every
                // commit, so a committed batch survives power loss (NORMAL could lose the last
                // commits, which would break "acknowledged means stored").
                if (conn.queryTexts("PRAGMA journal_mode = WAL") != std::vector<std::string>{"wal"})
                    return StoreError{ErrorKind::Io, path + ": cannot switch to WAL mode"};
                conn.exec("PRAGMA synchronous = FULL");
                conn.exec("PRAGMA foreign_keys = ON");
                conn.exec("PRAGMA wal_autocheckpoint = " +
                          std::to_string(options.walAutoCheckpointPages));
                Transaction tx(conn);  // takes the write lock now, not at the first append
                migrate(conn, migrations(), wallClockNow());
                tx.commit();
                setCheckpointOnClose(conn, true);
            } else {
                conn.exec("PRAGMA query_only = ON");  // belt and braces over SQLITE_OPEN_READONLY
            }
        } catch (const StoreException& e) {
            explain(e, path, mode);
        }
    } catch (const StoreException& e) {
        return e.error();
    }
    return ShiftStore(std::move(d));
}

}  // namespace chongal::store

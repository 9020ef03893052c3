#pragma once
// RAII owner of one sqlite3 connection. Not thread-safe: one thread uses it (see ShiftStore).
#include <string>
#include <string_view>
#include <vector>

#include "app/store/store_error.h"

struct sqlite3;

namespace chongal::store {

class Connection {
public:
    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // `flags` are SQLITE_OPEN_* flags; `path` may be a file: URI when SQLITE_OPEN_URI is set.
    // Throws StoreException (kind from the SQLite code) when the file cannot be opened.
    static Connection open(const std::string& path, int flags);

    sqlite3* get() const { return db_; }
    bool isOpen() const { return db_ != nullptr; }

    // Runs one or more statements that return no rows of interest.
    void exec(std::string_view sql);
    // The first column of the first row as an integer (e.g. a PRAGMA); `fallback` when no row.
    long long queryInt(std::string_view sql, long long fallback = 0);
    // The first column of every row as text (e.g. PRAGMA quick_check).
    std::vector<std::string> queryTexts(std::string_view sql);

    // Builds the exception for the current error of this connection.
    [[noreturn]] void fail(int code, std::string_view context) const;

    void close();

private:
    explicit Connection(sqlite3* db) : db_(db) {}
    sqlite3* db_ = nullptr;
};

// Maps an SQLite result code (primary or extended) to the store's error kind.
ErrorKind kindFromSqlite(int code);

}  // namespace chongal::store

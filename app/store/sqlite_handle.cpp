#include "app/store/sqlite_handle.h"

#include <sqlite3.h>

#include "app/store/statement.h"

namespace chongal::store {

ErrorKind kindFromSqlite(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return ErrorKind::Locked;
        case SQLITE_CORRUPT:
            return ErrorKind::Damaged;
        case SQLITE_NOTADB:
            return ErrorKind::NotAStore;
        case SQLITE_READONLY:
            return ErrorKind::ReadOnly;
        case SQLITE_IOERR:
        case SQLITE_FULL:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_NOLFS:
            return ErrorKind::Io;
        case SQLITE_CONSTRAINT:
        case SQLITE_MISMATCH:
        case SQLITE_TOOBIG:
            return ErrorKind::InvalidInput;
        default:
            return ErrorKind::Internal;
    }
}

Connection::~Connection() {
    close();
}

Connection::Connection(Connection&& other) noexcept : db_(other.db_) {
    other.db_ = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        db_ = other.db_;
        other.db_ = nullptr;
    }
    return *this;
}

void Connection::close() {
    if (db_) {
        // Statements are finalized by their owners first; v2 defers the close if one leaked.
        sqlite3_close_v2(db_);
        db_ = nullptr;
    }
}

Connection Connection::open(const std::string& path, int flags) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    Connection c(db);  // owns the handle even on failure (sqlite3_open_v2 may allocate one)
    if (rc != SQLITE_OK) c.fail(rc, "open");
    sqlite3_extended_result_codes(db, 1);
    return c;
}

void Connection::fail(int code, std::string_view context) const {
    std::string msg(context);
    msg += ": ";
    msg += db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    throw StoreException(kindFromSqlite(code), msg);
}

void Connection::exec(std::string_view sql) {
    // sqlite3_exec needs a NUL-terminated string.
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(rc, text.substr(0, 60));
}

long long Connection::queryInt(std::string_view sql, long long fallback) {
    Statement st(*this, sql);
    return st.step() ? st.int64(0) : fallback;
}

std::vector<std::string> Connection::queryTexts(std::string_view sql) {
    Statement st(*this, sql);
    std::vector<std::string> rows;
    while (st.step()) rows.emplace_back(st.text(0));
    return rows;
}

}  // namespace chongal::store

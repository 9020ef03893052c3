#include "app/store/statement.h"

#include <sqlite3.h>

#include <string>
#include <utility>

namespace chongal::store {

Statement::Statement(Connection& conn, std::string_view sql) : conn_(&conn) {
    // PERSISTENT: the store keeps its hot statements for the life of the connection.
    const int rc = sqlite3_prepare_v3(conn.get(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) conn.fail(rc, "prepare " + std::string(sql.substr(0, 60)));
    if (!stmt_) throw StoreException(ErrorKind::Internal, "empty SQL statement");
}

Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : conn_(other.conn_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (stmt_) sqlite3_finalize(stmt_);
        conn_ = other.conn_;
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

void Statement::check(int rc, const char* what) const {
    if (rc != SQLITE_OK) conn_->fail(rc, std::string(what) + " " + sqlite3_sql(stmt_));
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(stmt_, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(stmt_, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    // A non-null pointer even for "", so an empty string stays '' and never becomes NULL.
    check(sqlite3_bind_text64(stmt_, index, text.empty() ? "" : text.data(), text.size(),
                              SQLITE_STATIC, SQLITE_UTF8),
          "bind");
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> bytes) {
    static const std::uint8_t kEmpty = 0;
    check(sqlite3_bind_blob64(stmt_, index, bytes.empty() ? &kEmpty : bytes.data(), bytes.size(),
                              SQLITE_STATIC),
          "bind");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    return bindBlob(index,
                    std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(stmt_, index), "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    // Reset clears the error state so the statement stays usable after a failure.
    sqlite3_reset(stmt_);
    conn_->fail(rc, std::string("step ") + sqlite3_sql(stmt_));
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
}

void Statement::clearBindings() {
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::optional<std::int64_t> Statement::optInt64(int column) const {
    if (isNull(column)) return std::nullopt;
    return int64(column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

std::string_view Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);  // after the pointer, as the docs ask
    return p ? std::string_view(p, static_cast<std::size_t>(n)) : std::string_view();
}

std::span<const std::uint8_t> Statement::blob(int column) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, column));
    const int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::span(p, static_cast<std::size_t>(n)) : std::span<const std::uint8_t>();
}

std::string_view Statement::blobView(int column) const {
    const auto b = blob(column);
    return std::string_view(reinterpret_cast<const char*>(b.data()), b.size());
}

}  // namespace chongal::store

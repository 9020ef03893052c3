#pragma once
// RAII prepared statement with typed binds and column reads.
//   Statement st(conn, "INSERT INTO t(a, b) VALUES (?1, ?2)");
//   st.bind(1, 42).bind(2, "text"); st.run(); st.reset();
// Text and blobs are bound WITHOUT copying (SQLITE_STATIC): the bound data must stay alive and
// unchanged until the statement is stepped and reset. Column views (text(), blob()) are valid
// until the next step(), reset() or destruction.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "app/store/sqlite_handle.h"

struct sqlite3_stmt;

namespace chongal::store {

class Statement {
public:
    Statement(Connection& conn, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQL (?1, ?2, ...).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, std::span<const std::uint8_t> bytes);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    Statement& bind(int index, std::optional<std::int64_t> value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances: true when a row is ready, false when done. Throws StoreException on error.
    bool step();
    // Steps a statement that returns no rows (INSERT/UPDATE/DELETE) and resets it.
    void run();
    // Ready to step again; keeps the bindings.
    void reset();
    void clearBindings();

    // Columns are 0-based, as in the sqlite3 API.
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    std::optional<std::int64_t> optInt64(int column) const;
    double real(int column) const;
    std::string_view text(int column) const;
    std::span<const std::uint8_t> blob(int column) const;
    std::string_view blobView(int column) const;

private:
    void check(int rc, const char* what) const;
    Connection* conn_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace chongal::store

#include "app/store/transaction.h"

#include <sqlite3.h>

namespace chongal::store {

Transaction::Transaction(Connection& conn, Kind kind) : conn_(conn) {
    conn_.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction() {
    // A failed COMMIT may already have ended the transaction (autocommit is back on): then
    // there is nothing to roll back.
    if (!done_ && conn_.isOpen() && !sqlite3_get_autocommit(conn_.get()))
        sqlite3_exec(conn_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    conn_.exec("COMMIT");
    done_ = true;
}

}  // namespace chongal::store

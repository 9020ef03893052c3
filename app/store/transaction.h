#pragma once
// RAII transaction: BEGIN IMMEDIATE on construction (the write lock is taken up front, so a
// batch never fails half-way for lack of it), ROLLBACK on destruction unless commit() ran.
//   Transaction tx(conn); ...writes...; tx.commit();  // an exception before commit rolls back
#include "app/store/sqlite_handle.h"

namespace chongal::store {

class Transaction {
public:
    enum class Kind { Deferred, Immediate };

    explicit Transaction(Connection& conn, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Durable when this returns (WAL + synchronous=FULL). Throws StoreException on failure,
    // after which the destructor rolls back.
    void commit();
    bool committed() const { return done_; }

private:
    Connection& conn_;
    bool done_ = false;
};

}  // namespace chongal::store

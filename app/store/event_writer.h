#pragma once
// The hot path of the event log: appends a batch of events in one transaction.
//
// Speed comes from doing as little per event as SQLite allows: sequence numbers are assigned
// here (one writer), rows go in through a prepared multi-row INSERT (kRowsPerInsert events per
// statement step), ids stay text (no lookup), and the only index written per batch is one
// event_batches row. Measured by tests/app/bench_store_ingest.
#include <array>
#include <optional>
#include <span>
#include <string>

#include "app/store/courier_registry.h"
#include "app/store/statement.h"
#include "app/store/store_types.h"

namespace chongal::store {

class EventWriter {
public:
    static constexpr int kRowsPerInsert = 32;

    EventWriter(Connection& conn, CourierRegistry& couriers);

    // Writes the batch inside the caller's transaction; returns its sequence numbers. After a
    // failure (rollback) call forget().
    SeqRange write(ShiftId shift, std::span<const dispatch::Event> events, std::int64_t now);
    void forget() { nextSeq_.reset(); }

private:
    // Binds event `e` as row `row` of a multi-row statement (row 0 for the single-row one).
    void bindRow(Statement& st, int row, ShiftId shift, Seq seq, const dispatch::Event& e,
                 std::string& payload);

    Connection& conn_;
    CourierRegistry& couriers_;
    Statement insertMany_;
    Statement insertOne_;
    Statement insertBatch_;
    std::optional<Seq> nextSeq_;                        // loaded lazily: max(seq) + 1
    std::array<std::string, kRowsPerInsert> payloads_;  // bound SQLITE_STATIC until the step
};

}  // namespace chongal::store

#include "app/store/schema.h"

#include <string>

#include "app/store/statement.h"

namespace chongal::store {

namespace {

// Version 1. Times are epoch seconds (INTEGER); "ext_id" is an id as the feeds give it.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at INTEGER NOT NULL
);
CREATE TABLE shifts (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    started_at   INTEGER NOT NULL,
    ended_at     INTEGER,              -- NULL while the shift is unfinished
    utc_offset_s INTEGER NOT NULL,     -- for display in the shift's local time
    scenario     TEXT    NOT NULL DEFAULT '',
    seed         INTEGER,              -- simulator seed, NULL for live feeds
    metadata     TEXT    NOT NULL DEFAULT ''
);
-- The couriers seen in a shift (joined or reporting positions); trace rows carry the key.
CREATE TABLE couriers (
    id       INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    ext_id   TEXT    NOT NULL,
    UNIQUE (shift_id, ext_id)
);
-- Names of events.type (= the dispatch::EventBody variant index), for people reading the file.
CREATE TABLE event_types (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO event_types VALUES (0, 'order_created'), (1, 'order_cancelled'),
    (2, 'courier_joined'), (3, 'courier_left'), (4, 'courier_moved'), (5, 'order_assigned'),
    (6, 'picked_up'), (7, 'delivered'), (8, 'order_locked'), (9, 'sequence_locked');
-- The event log: a shift's events in seq order replay it exactly. Order and courier ids are
-- kept as text, as the feeds gave them: no lookup or extra index write per event, which is
-- what keeps ingest fast. Rows are found by seq range through event_batches (no index here).
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY,   -- store-wide append order
    shift_id   INTEGER NOT NULL REFERENCES shifts(id),
    type       INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    order_id   TEXT,                  -- NULL: the event has no order (or an empty id)
    courier_id TEXT,                  -- NULL: the event has no courier (or an empty id)
    source     TEXT    NOT NULL,
    payload    BLOB                   -- the other fields, see event_codec.h; NULL when none
);
-- One row per committed append: the seq range it acknowledged, all of one shift.
CREATE TABLE event_batches (
    id           INTEGER PRIMARY KEY,
    shift_id     INTEGER NOT NULL REFERENCES shifts(id),
    first_seq    INTEGER NOT NULL,
    last_seq     INTEGER NOT NULL,
    committed_at INTEGER NOT NULL     -- wall clock, epoch seconds
);
CREATE INDEX event_batches_by_shift ON event_batches (shift_id, first_seq);
-- The orders of each shift, read from the log itself. A view, not a table: an order table
-- written at ingest cost a third of the ingest time (an index insert per order).
CREATE VIEW orders AS
    SELECT shift_id, order_id AS ext_id, seq AS created_seq FROM events WHERE type = 0;
-- Courier traces: up to one minute of one courier's samples per row, delta-packed
-- (see position_codec.h). Invariant: t_last - t_first < 60.
CREATE TABLE position_chunks (
    id          INTEGER PRIMARY KEY,
    shift_id    INTEGER NOT NULL REFERENCES shifts(id),
    courier_key INTEGER NOT NULL REFERENCES couriers(id),
    t_first     INTEGER NOT NULL,
    t_last      INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    data        BLOB    NOT NULL
);
CREATE INDEX position_chunks_by_courier ON position_chunks (shift_id, courier_key, t_first);
CREATE INDEX position_chunks_by_time ON position_chunks (shift_id, t_first);
-- What the solver proposed and when.
CREATE TABLE plan_revisions (
    id       INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    at       INTEGER NOT NULL,
    summary  TEXT    NOT NULL,
    data     BLOB
);
CREATE INDEX plan_revisions_by_shift ON plan_revisions (shift_id, id);
-- Operator actions (drag, lock, undo): who, when, what.
CREATE TABLE operator_actions (
    id       INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    at       INTEGER NOT NULL,
    who      TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    detail   TEXT    NOT NULL
);
CREATE INDEX operator_actions_by_shift ON operator_actions (shift_id, id);
-- Feed input that failed validation: the raw bytes as received, and why.
CREATE TABLE rejected_inputs (
    id       INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    at       INTEGER NOT NULL,
    source   TEXT    NOT NULL,
    raw      BLOB    NOT NULL,
    reason   TEXT    NOT NULL
);
CREATE INDEX rejected_inputs_by_shift ON rejected_inputs (shift_id, id);
)sql";

constexpr Migration kMigrations[] = {{1, kV1}};

}  // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return kMigrations[std::size(kMigrations) - 1].version;
}

int schemaVersion(Connection& conn) {
    const bool hasTable = conn.queryInt(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'");
    if (!hasTable) return 0;
    return static_cast<int>(conn.queryInt("SELECT coalesce(max(version), 0) FROM schema_version"));
}

void migrate(Connection& conn, std::span<const Migration> steps, std::int64_t appliedAt) {
    int current = schemaVersion(conn);
    for (const Migration& m : steps) {
        if (m.version <= current) continue;
        if (m.version != current + 1)
            throw StoreException(ErrorKind::Internal, "schema migrations skip from version " +
                                                          std::to_string(current) + " to " +
                                                          std::to_string(m.version));
        conn.exec(m.sql);
        Statement st(conn, "INSERT INTO schema_version (version, applied_at) VALUES (?1, ?2)");
        st.bind(1, m.version).bind(2, appliedAt).run();
        current = m.version;
    }
}

}  // namespace chongal::store

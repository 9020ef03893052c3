#pragma once
// Private state of ShiftStore, shared by its implementation files (not part of the API).
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "app/store/courier_registry.h"
#include "app/store/event_writer.h"
#include "app/store/position_codec.h"
#include "app/store/shift_store.h"
#include "app/store/statement.h"
#include "app/store/writer_lock.h"

namespace chongal::store {

namespace detail {

struct StoreState {
    using Mode = ShiftStore::Mode;
    std::string path;
    Mode mode = Mode::ReadOnly;
    bool damaged = false;
    std::string warning;

    // Read-write only. Declared before the connection so that it is released after the
    // connection closed (and checkpointed): no other writer can slip in before that.
    WriterLock writerLock;

    // Declared before everything holding statements: members are destroyed in reverse order,
    // so statements are finalized before the connection closes.
    Connection conn;
    std::optional<CourierRegistry> courierIds;
    std::optional<EventWriter> eventWriter;
    std::optional<Statement> insertChunk;
    std::optional<Statement> updateChunk;
    std::optional<Statement> shiftState;

    // Shifts known to exist and be unfinished (cached: one writer).
    std::unordered_set<ShiftId> writableShifts;

    // The last, still growing chunk of each courier's trace; rowId 0 until first written.
    struct OpenChunk {
        std::int64_t rowId = 0;
        ChunkEncoder encoder;
        bool dirty = false;
    };
    std::map<std::pair<ShiftId, std::int64_t>, OpenChunk> openChunks;

    std::string payload;  // reused encoding buffer

    Statement& prepared(std::optional<Statement>& slot, std::string_view sql) {
        if (!slot) slot.emplace(conn, sql);
        return *slot;
    }
    CourierRegistry& couriers() {
        if (!courierIds) courierIds.emplace(conn);
        return *courierIds;
    }
    EventWriter& events() {
        if (!eventWriter) eventWriter.emplace(conn, couriers());
        return *eventWriter;
    }

    // Throws NoSuchShift; returns whether the shift is finished.
    bool shiftFinished(ShiftId id);
    // Throws ReadOnly, NoSuchShift or ShiftFinished unless writes to the shift are allowed.
    void requireWritable(ShiftId id);
    void requireReadWrite() const;
    // After a failed write: caches may describe rows that were rolled back.
    void forgetCaches();
};

// PRAGMA integrity_check (full) or quick_check; empty when the file is sound. Damage bad enough
// to stop the check itself is reported as a finding, not thrown.
std::vector<std::string> integrityFindings(Connection& conn, bool full);

// Runs `f`, turning a StoreException into the Result's error (and dropping caches).
template <class F>
auto guarded(StoreState& d, F&& f) -> Result<std::invoke_result_t<F>> {
    try {
        return f();
    } catch (const StoreException& e) {
        d.forgetCaches();
        return e.error();
    } catch (const std::bad_alloc&) {
        d.forgetCaches();
        return StoreError{ErrorKind::Internal, "out of memory"};
    }
}

}  // namespace detail
}  // namespace chongal::store

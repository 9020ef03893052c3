#pragma once
// The shift store: one SQLite file holding every shift a console ran, as an event log plus
// courier traces, plan revisions, operator actions and rejected feed input.
//
// Threading and sharing: ONE writer, any number of readers. A ShiftStore is used from one thread
// only. A store opened read-write holds the writer lock (writer_lock.h: a companion file
// "<store>-writer", removed on close) for its whole life, so a second console (another process,
// or another ShiftStore in this one) is refused with ErrorKind::Locked and the file is left as
// it was. Read-only review opens beside a writing console and sees every committed write as of
// each read (WAL snapshots); it never keeps a console out.
//
// Durability: every write call is one transaction, committed durably (WAL, synchronous=FULL)
// before it returns; a returned sequence number means the event survives a crash or power loss.
//
// Errors: every call returns a Result; on failure nothing of that call was stored.
//
// Read-only review opens the file with SQLITE_OPEN_READONLY: the store file itself is never
// written, though SQLite may leave its usual WAL companions (-wal, -shm) beside it.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "app/store/position_track.h"
#include "app/store/store_error.h"
#include "app/store/store_types.h"
#include "core/dispatch/events.h"

namespace chongal::store {

namespace detail {
struct StoreState;  // private, see shift_store_impl.h
}

class ShiftStore {
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Options {
        int busyTimeoutMs = 250;            // how long to wait for a lock before reporting Locked
        bool quickCheckOnOpen = true;       // PRAGMA quick_check before use (O(file size))
        int walAutoCheckpointPages = 4096;  // WAL pages (4 KiB) between automatic checkpoints
    };

    // ReadWrite creates the file when it does not exist (never replaces one). An existing file
    // must be a shift store of this or an older schema (older ones are migrated forward); if
    // its integrity check fails, ReadWrite is refused (Damaged) while ReadOnly opens it with
    // damaged() set, so a supervisor can still review what is left.
    static Result<ShiftStore> open(const std::string& path, Mode mode);
    static Result<ShiftStore> open(const std::string& path, Mode mode, const Options& options);

    ShiftStore(ShiftStore&&) noexcept;
    ShiftStore& operator=(ShiftStore&&) noexcept;
    ~ShiftStore();

    const std::string& path() const;
    Mode mode() const;
    bool damaged() const;
    // Why damaged() is set (the integrity check's first findings); empty otherwise.
    const std::string& warning() const;

    // --- shifts
    Result<ShiftId> createShift(const NewShift& shift);
    Result<std::vector<ShiftInfo>> listShifts();  // oldest first
    Result<std::vector<ShiftInfo>> unfinishedShifts();
    Result<ShiftInfo> shift(ShiftId id);
    // Marks the shift finished; it accepts no further writes.
    Status finishShift(ShiftId id, Time at);

    // --- the event log
    // Appends the batch in one transaction; the returned numbers are durable.
    Result<SeqRange> append(ShiftId id, std::span<const dispatch::Event> events);
    Result<std::vector<dispatch::Event>> events(ShiftId id);
    // Events with their sequence numbers, after `afterSeq` (0: all).
    Result<std::vector<StoredEvent>> eventLog(ShiftId id, Seq afterSeq = 0);

    // --- courier traces (quantized, see PositionSample)
    Status appendPositions(ShiftId id, std::span<const PositionSample> samples);
    // Samples with from <= at <= to, by time then courier.
    Result<std::vector<PositionSample>> positions(ShiftId id, Time from, Time to);
    // The last known sample at or before `t` of every courier that has one.
    Result<std::vector<PositionSample>> positionsAt(ShiftId id, Time t);
    // All traces in memory for fast scrubbing.
    Result<PositionTrack> loadTrack(ShiftId id);

    // --- plans, operator actions, rejected input (each returns the new row's id)
    Result<std::int64_t> appendPlanRevision(ShiftId id, Time at, std::string_view summary,
                                            std::string_view data);
    Result<std::vector<PlanRevision>> planRevisions(ShiftId id);
    Result<std::int64_t> appendOperatorAction(ShiftId id, Time at, std::string_view who,
                                              std::string_view kind, std::string_view detail);
    Result<std::vector<OperatorAction>> operatorActions(ShiftId id);
    Result<std::int64_t> appendRejectedInput(ShiftId id, Time at, std::string_view source,
                                             std::string_view raw, std::string_view reason);
    Result<std::vector<RejectedInput>> rejectedInputs(ShiftId id);

    Result<ShiftCounts> counts(ShiftId id);

    // The findings of PRAGMA integrity_check (full) or quick_check; empty when the file is sound.
    Result<std::vector<std::string>> checkIntegrity(bool full = true);

private:
    explicit ShiftStore(std::unique_ptr<detail::StoreState> state);
    std::unique_ptr<detail::StoreState> d_;
};

}  // namespace chongal::store

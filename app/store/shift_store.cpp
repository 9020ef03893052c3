#include "app/store/shift_store.h"

#include <sqlite3.h>

#include "app/store/event_codec.h"
#include "app/store/shift_store_impl.h"
#include "app/store/store_file.h"
#include "app/store/transaction.h"

namespace chongal::store {

using detail::StoreState;

// ---------------------------------------------------------------- Impl helpers

bool StoreState::shiftFinished(ShiftId id) {
    Statement& st = prepared(shiftState, "SELECT ended_at FROM shifts WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        st.reset();
        throw StoreException(ErrorKind::NoSuchShift,
                             "there is no shift " + std::to_string(id) + " in " + path);
    }
    const bool finished = !st.isNull(0);
    st.reset();
    return finished;
}

void StoreState::requireReadWrite() const {
    if (mode != Mode::ReadWrite)
        throw StoreException(ErrorKind::ReadOnly, path + " is open read-only (review)");
}

void StoreState::requireWritable(ShiftId id) {
    requireReadWrite();
    if (writableShifts.count(id)) return;
    if (shiftFinished(id))
        throw StoreException(ErrorKind::ShiftFinished,
                             "shift " + std::to_string(id) + " is finished and cannot change");
    writableShifts.insert(id);
}

void StoreState::forgetCaches() {
    if (courierIds) courierIds->forget();
    if (eventWriter) eventWriter->forget();
    openChunks.clear();
    writableShifts.clear();
}

// ---------------------------------------------------------------- lifetime

ShiftStore::ShiftStore(std::unique_ptr<detail::StoreState> state) : d_(std::move(state)) {}
ShiftStore::ShiftStore(ShiftStore&&) noexcept = default;
ShiftStore& ShiftStore::operator=(ShiftStore&&) noexcept = default;
ShiftStore::~ShiftStore() = default;

const std::string& ShiftStore::path() const {
    return d_->path;
}
ShiftStore::Mode ShiftStore::mode() const {
    return d_->mode;
}
bool ShiftStore::damaged() const {
    return d_->damaged;
}
const std::string& ShiftStore::warning() const {
    return d_->warning;
}

// ---------------------------------------------------------------- shifts

namespace {

constexpr std::string_view kShiftColumns =
    "id, name, started_at, ended_at, utc_offset_s, scenario, seed, metadata";

ShiftInfo readShift(const Statement& st) {
    ShiftInfo s;
    s.id = st.int64(0);
    s.name = std::string(st.text(1));
    s.startedAt = st.int64(2);
    s.endedAt = st.optInt64(3);
    s.utcOffsetSeconds = static_cast<int>(st.int64(4));
    s.scenario = std::string(st.text(5));
    s.seed = st.optInt64(6);
    s.metadata = std::string(st.text(7));
    return s;
}

std::vector<ShiftInfo> queryShifts(Connection& conn, std::string_view where) {
    Statement st(conn, "SELECT " + std::string(kShiftColumns) + " FROM shifts " +
                           std::string(where) + " ORDER BY id");
    std::vector<ShiftInfo> out;
    while (st.step()) out.push_back(readShift(st));
    return out;
}

}  // namespace

Result<ShiftId> ShiftStore::createShift(const NewShift& shift) {
    return guarded(*d_, [&] {
        d_->requireReadWrite();
        Statement st(d_->conn,
                     "INSERT INTO shifts (name, started_at, utc_offset_s, scenario, seed, metadata)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        st.bind(1, shift.name).bind(2, shift.startedAt).bind(3, shift.utcOffsetSeconds);
        st.bind(4, shift.scenario).bind(5, shift.seed).bind(6, shift.metadata);
        st.run();  // autocommit: one durable transaction
        const ShiftId id = sqlite3_last_insert_rowid(d_->conn.get());
        d_->writableShifts.insert(id);
        return id;
    });
}

Result<std::vector<ShiftInfo>> ShiftStore::listShifts() {
    return guarded(*d_, [&] { return queryShifts(d_->conn, ""); });
}

Result<std::vector<ShiftInfo>> ShiftStore::unfinishedShifts() {
    return guarded(*d_, [&] { return queryShifts(d_->conn, "WHERE ended_at IS NULL"); });
}

Result<ShiftInfo> ShiftStore::shift(ShiftId id) {
    return guarded(*d_, [&] {
        auto rows = queryShifts(d_->conn, "WHERE id = " + std::to_string(id));
        if (rows.empty())
            throw StoreException(ErrorKind::NoSuchShift,
                                 "there is no shift " + std::to_string(id) + " in " + d_->path);
        return rows.front();
    });
}

Status ShiftStore::finishShift(ShiftId id, Time at) {
    return guarded(*d_, [&] {
        d_->requireWritable(id);
        Statement st(d_->conn, "UPDATE shifts SET ended_at = ?2 WHERE id = ?1");
        st.bind(1, id).bind(2, at).run();
        d_->writableShifts.erase(id);
        return Ok{};
    });
}

// ---------------------------------------------------------------- events

Result<SeqRange> ShiftStore::append(ShiftId id, std::span<const dispatch::Event> events) {
    return guarded(*d_, [&] {
        d_->requireWritable(id);
        if (events.empty()) return SeqRange{};
        Transaction tx(d_->conn);
        const SeqRange range = d_->events().write(id, events, wallClockNow());
        tx.commit();
        return range;
    });
}

Result<std::vector<StoredEvent>> ShiftStore::eventLog(ShiftId id, Seq afterSeq) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);  // throws NoSuchShift
        // A shift's events are the seq ranges of its batches (events has no shift index).
        Statement batches(d_->conn,
                          "SELECT first_seq, last_seq FROM event_batches WHERE shift_id = ?1 "
                          "AND last_seq > ?2 ORDER BY first_seq");
        Statement st(d_->conn,
                     "SELECT seq, type, at, order_id, courier_id, source, payload FROM events "
                     "WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq");
        batches.bind(1, id).bind(2, afterSeq);
        std::vector<StoredEvent> out;
        while (batches.step()) {
            st.bind(1, std::max(batches.int64(0), afterSeq + 1)).bind(2, batches.int64(1));
            while (st.step())
                out.push_back(
                    {st.int64(0), decodeEvent(static_cast<int>(st.int64(1)), st.int64(2),
                                              st.text(5), st.text(3), st.text(4), st.blobView(6))});
            st.reset();
        }
        return out;
    });
}

Result<std::vector<dispatch::Event>> ShiftStore::events(ShiftId id) {
    auto log = eventLog(id);
    if (!log) return log.error();
    std::vector<dispatch::Event> out;
    out.reserve(log->size());
    for (StoredEvent& s : *log) out.push_back(std::move(s.event));
    return out;
}

// ---------------------------------------------------------------- plans, actions, rejects

Result<std::int64_t> ShiftStore::appendPlanRevision(ShiftId id, Time at, std::string_view summary,
                                                    std::string_view data) {
    return guarded(*d_, [&] {
        d_->requireWritable(id);
        Statement st(
            d_->conn,
            "INSERT INTO plan_revisions (shift_id, at, summary, data) VALUES (?1,?2,?3,?4)");
        st.bind(1, id).bind(2, at).bind(3, summary).bindBlob(4, data).run();
        return std::int64_t{sqlite3_last_insert_rowid(d_->conn.get())};
    });
}

Result<std::vector<PlanRevision>> ShiftStore::planRevisions(ShiftId id) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);
        Statement st(d_->conn,
                     "SELECT id, at, summary, data FROM plan_revisions WHERE shift_id = ?1 "
                     "ORDER BY id");
        st.bind(1, id);
        std::vector<PlanRevision> out;
        while (st.step())
            out.push_back(
                {st.int64(0), st.int64(1), std::string(st.text(2)), std::string(st.blobView(3))});
        return out;
    });
}

Result<std::int64_t> ShiftStore::appendOperatorAction(ShiftId id, Time at, std::string_view who,
                                                      std::string_view kind,
                                                      std::string_view detail) {
    return guarded(*d_, [&] {
        d_->requireWritable(id);
        Statement st(d_->conn,
                     "INSERT INTO operator_actions (shift_id, at, who, kind, detail) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
        st.bind(1, id).bind(2, at).bind(3, who).bind(4, kind).bind(5, detail).run();
        return std::int64_t{sqlite3_last_insert_rowid(d_->conn.get())};
    });
}

Result<std::vector<OperatorAction>> ShiftStore::operatorActions(ShiftId id) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);
        Statement st(d_->conn,
                     "SELECT id, at, who, kind, detail FROM operator_actions WHERE shift_id = ?1 "
                     "ORDER BY id");
        st.bind(1, id);
        std::vector<OperatorAction> out;
        while (st.step())
            out.push_back({st.int64(0), st.int64(1), std::string(st.text(2)),
                           std::string(st.text(3)), std::string(st.text(4))});
        return out;
    });
}

Result<std::int64_t> ShiftStore::appendRejectedInput(ShiftId id, Time at, std::string_view source,
                                                     std::string_view raw,
                                                     std::string_view reason) {
    return guarded(*d_, [&] {
        d_->requireWritable(id);
        Statement st(d_->conn,
                     "INSERT INTO rejected_inputs (shift_id, at, source, raw, reason) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
        // raw is a BLOB: feed input may be any bytes, not necessarily valid UTF-8.
        st.bind(1, id).bind(2, at).bind(3, source).bindBlob(4, raw).bind(5, reason).run();
        return std::int64_t{sqlite3_last_insert_rowid(d_->conn.get())};
    });
}

Result<std::vector<RejectedInput>> ShiftStore::rejectedInputs(ShiftId id) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);
        Statement st(d_->conn,
                     "SELECT id, at, source, raw, reason FROM rejected_inputs WHERE shift_id = ?1 "
                     "ORDER BY id");
        st.bind(1, id);
        std::vector<RejectedInput> out;
        while (st.step())
            out.push_back({st.int64(0), st.int64(1), std::string(st.text(2)),
                           std::string(st.blobView(3)), std::string(st.text(4))});
        return out;
    });
}

// ---------------------------------------------------------------- counts, integrity

Result<ShiftCounts> ShiftStore::counts(ShiftId id) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);
        const std::string s = std::to_string(id);
        auto count = [&](const std::string& sql) { return d_->conn.queryInt(sql + s); };
        ShiftCounts c;
        c.events = count(
            "SELECT coalesce(sum(last_seq - first_seq + 1), 0) FROM event_batches "
            "WHERE shift_id = ");
        c.orders = count(
            "SELECT count(DISTINCT e.order_id) FROM event_batches b JOIN events e "
            "ON e.seq BETWEEN b.first_seq AND b.last_seq WHERE e.type = 0 AND b.shift_id = ");
        c.couriers = count("SELECT count(*) FROM couriers WHERE shift_id = ");
        c.positionPoints =
            count("SELECT coalesce(sum(n), 0) FROM position_chunks WHERE shift_id = ");
        c.positionChunks = count("SELECT count(*) FROM position_chunks WHERE shift_id = ");
        c.planRevisions = count("SELECT count(*) FROM plan_revisions WHERE shift_id = ");
        c.operatorActions = count("SELECT count(*) FROM operator_actions WHERE shift_id = ");
        c.rejectedInputs = count("SELECT count(*) FROM rejected_inputs WHERE shift_id = ");
        return c;
    });
}

std::vector<std::string> detail::integrityFindings(Connection& conn, bool full) {
    try {
        auto rows = conn.queryTexts(full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
        if (rows == std::vector<std::string>{"ok"}) rows.clear();
        return rows;
    } catch (const StoreException& e) {
        if (e.error().kind != ErrorKind::Damaged) throw;
        return {e.what()};
    }
}

Result<std::vector<std::string>> ShiftStore::checkIntegrity(bool full) {
    return guarded(*d_, [&] { return detail::integrityFindings(d_->conn, full); });
}

}  // namespace chongal::store

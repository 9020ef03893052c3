#include "app/store/event_writer.h"

#include "app/store/event_codec.h"

namespace chongal::store {

namespace {

constexpr int kColumns = 8;

std::string insertSql(int rows) {
    std::string sql =
        "INSERT INTO events (seq, shift_id, type, at, order_id, courier_id, source, payload) "
        "VALUES ";
    for (int r = 0; r < rows; ++r) sql += r ? ",(?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?)";
    return sql;
}

}  // namespace

EventWriter::EventWriter(Connection& conn, CourierRegistry& couriers)
    : conn_(conn),
      couriers_(couriers),
      insertMany_(conn, insertSql(kRowsPerInsert)),
      insertOne_(conn, insertSql(1)),
      insertBatch_(conn,
                   "INSERT INTO event_batches (shift_id, first_seq, last_seq, committed_at) "
                   "VALUES (?1, ?2, ?3, ?4)") {}

void EventWriter::bindRow(Statement& st, int row, ShiftId shift, Seq seq, const dispatch::Event& e,
                          std::string& payload) {
    const int p = row * kColumns;
    const EventRefs refs = eventRefs(e);
    encodePayload(e, payload);
    st.bind(p + 1, seq).bind(p + 2, shift);
    st.bind(p + 3, static_cast<std::int64_t>(e.body.index())).bind(p + 4, e.at);
    if (refs.orderId.empty())
        st.bindNull(p + 5);
    else
        st.bind(p + 5, refs.orderId);
    if (refs.courierId.empty())
        st.bindNull(p + 6);
    else
        st.bind(p + 6, refs.courierId);
    st.bind(p + 7, e.source);
    if (payload.empty())
        st.bindNull(p + 8);
    else
        st.bindBlob(p + 8, payload);
}

SeqRange EventWriter::write(ShiftId shift, std::span<const dispatch::Event> events,
                            std::int64_t now) {
    SeqRange range;
    if (events.empty()) return range;
    if (!nextSeq_) nextSeq_ = conn_.queryInt("SELECT coalesce(max(seq), 0) + 1 FROM events");
    range.first = *nextSeq_;
    range.last = range.first + static_cast<Seq>(events.size()) - 1;

    std::size_t i = 0;
    for (; i + kRowsPerInsert <= events.size(); i += kRowsPerInsert) {
        for (int r = 0; r < kRowsPerInsert; ++r)
            bindRow(insertMany_, r, shift, range.first + static_cast<Seq>(i) + r, events[i + r],
                    payloads_[r]);
        insertMany_.run();
    }
    for (; i < events.size(); ++i) {
        bindRow(insertOne_, 0, shift, range.first + static_cast<Seq>(i), events[i], payloads_[0]);
        insertOne_.run();
    }
    // The shift's courier list (orders are a view over the log).
    for (const dispatch::Event& e : events)
        if (const auto* joined = std::get_if<dispatch::CourierJoined>(&e.body))
            couriers_.intern(shift, joined->courier.id);
    insertBatch_.bind(1, shift).bind(2, range.first).bind(3, range.last).bind(4, now).run();
    *nextSeq_ = range.last + 1;
    return range;
}

}  // namespace chongal::store

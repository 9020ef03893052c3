// Courier traces: packed per-courier chunks (position_codec.h), grown in place while a courier
// keeps reporting, so a 1 Hz feed costs one small UPDATE per courier per batch.
#include <sqlite3.h>

#include <algorithm>
#include <limits>

#include "app/store/shift_store_impl.h"
#include "app/store/transaction.h"

namespace chongal::store {

using detail::StoreState;

namespace {

// t - kChunkSpanS without overflow: the earliest t_first of a chunk that may reach t.
Time spanStartFor(Time t) {
    return t < std::numeric_limits<Time>::min() + kChunkSpanS ? std::numeric_limits<Time>::min()
                                                              : t - kChunkSpanS + 1;
}

PositionSample sampleOf(std::string_view courierId, const TrackPoint& p) {
    return {std::string(courierId), p.at, geoOf(p), headingOf(p)};
}

}  // namespace

Status ShiftStore::appendPositions(ShiftId id, std::span<const PositionSample> samples) {
    return guarded(*d_, [&] {
        d_->requireWritable(id);
        std::vector<TrackPoint> points(samples.size());
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const PositionSample& s = samples[i];
            if (s.courierId.empty() || !quantize(s.at, s.position, s.headingDeg, points[i]))
                throw StoreException(ErrorKind::InvalidInput,
                                     "position sample " + std::to_string(i) + " of courier '" +
                                         s.courierId + "' has no courier id or a bad coordinate");
        }
        Statement& insert = d_->prepared(
            d_->insertChunk,
            "INSERT INTO position_chunks (shift_id, courier_key, t_first, t_last, n, data) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        Statement& update =
            d_->prepared(d_->updateChunk,
                         "UPDATE position_chunks SET t_last = ?2, n = ?3, data = ?4 WHERE id = ?1");
        auto write = [&](ShiftId shift, std::int64_t courierKey, StoreState::OpenChunk& c) {
            const ChunkEncoder& e = c.encoder;
            if (c.rowId == 0) {
                insert.bind(1, shift).bind(2, courierKey).bind(3, e.tFirst()).bind(4, e.tLast());
                insert.bind(5, e.count()).bindBlob(6, e.bytes()).run();
                c.rowId = sqlite3_last_insert_rowid(d_->conn.get());
            } else {
                update.bind(1, c.rowId).bind(2, e.tLast()).bind(3, e.count());
                update.bindBlob(4, e.bytes()).run();
            }
            c.dirty = false;
        };

        CourierRegistry& couriers = d_->couriers();
        std::vector<std::pair<std::int64_t, StoreState::OpenChunk*>> dirty;
        Transaction tx(d_->conn);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const std::int64_t key = *couriers.intern(id, samples[i].courierId);
            StoreState::OpenChunk& c = d_->openChunks[{id, key}];
            if (c.encoder.accepts(points[i])) {
                c.encoder.append(points[i]);
            } else {
                if (c.dirty) write(id, key, c);  // the full chunk goes out as it is
                c.rowId = 0;
                c.encoder.start(points[i]);
            }
            if (!c.dirty) dirty.emplace_back(key, &c);
            c.dirty = true;
        }
        for (auto& [key, chunk] : dirty)
            if (chunk->dirty) write(id, key, *chunk);
        tx.commit();
        return Ok{};
    });
}

Result<std::vector<PositionSample>> ShiftStore::positions(ShiftId id, Time from, Time to) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);
        const auto names = d_->couriers().names(id);
        Statement st(d_->conn,
                     "SELECT courier_key, t_first, n, data FROM position_chunks "
                     "WHERE shift_id = ?1 AND t_first BETWEEN ?2 AND ?3");
        st.bind(1, id).bind(2, spanStartFor(from)).bind(3, to);
        struct Row {
            TrackPoint p;
            std::int64_t courier;
        };
        std::vector<Row> rows;
        std::vector<TrackPoint> pts;
        while (st.step()) {
            pts.clear();
            decodeChunk(st.int64(1), st.int64(2), st.blobView(3), pts);
            for (const TrackPoint& p : pts)
                if (p.at >= from && p.at <= to) rows.push_back({p, st.int64(0)});
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return a.p.at != b.p.at ? a.p.at < b.p.at : a.courier < b.courier;
        });
        std::vector<PositionSample> out;
        out.reserve(rows.size());
        for (const Row& r : rows) out.push_back(sampleOf(names.at(r.courier), r.p));
        return out;
    });
}

Result<std::vector<PositionSample>> ShiftStore::positionsAt(ShiftId id, Time t) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);
        const auto names = d_->couriers().names(id);
        std::vector<std::int64_t> keys;
        for (const auto& [key, name] : names) keys.push_back(key);
        std::sort(keys.begin(), keys.end());
        Statement st(d_->conn,
                     "SELECT t_first, n, data FROM position_chunks WHERE shift_id = ?1 "
                     "AND courier_key = ?2 AND t_first <= ?3 ORDER BY t_first DESC");
        std::vector<PositionSample> out;
        std::vector<TrackPoint> pts;
        for (const std::int64_t key : keys) {
            st.bind(1, id).bind(2, key).bind(3, t);
            std::optional<TrackPoint> best;
            // Newest chunk first; an older chunk can only hold a later sample if it starts
            // within kChunkSpanS of the best so far (chunks may overlap after late samples).
            while (st.step()) {
                const Time first = st.int64(0);
                if (best && first < spanStartFor(best->at)) break;
                pts.clear();
                decodeChunk(first, st.int64(1), st.blobView(2), pts);
                for (const TrackPoint& p : pts)
                    if (p.at <= t && (!best || p.at >= best->at)) best = p;
            }
            st.reset();
            if (best) out.push_back(sampleOf(names.at(key), *best));
        }
        return out;
    });
}

Result<PositionTrack> ShiftStore::loadTrack(ShiftId id) {
    return guarded(*d_, [&] {
        d_->shiftFinished(id);
        const auto names = d_->couriers().names(id);
        Statement st(d_->conn,
                     "SELECT courier_key, t_first, n, data FROM position_chunks "
                     "WHERE shift_id = ?1 ORDER BY courier_key, t_first");
        st.bind(1, id);
        PositionTrack track;
        std::vector<TrackPoint> pts;
        std::int64_t current = -1;
        while (st.step()) {
            const std::int64_t key = st.int64(0);
            if (key != current && current >= 0) {
                track.addCourier(names.at(current), std::move(pts));
                pts = {};
            }
            current = key;
            decodeChunk(st.int64(1), st.int64(2), st.blobView(3), pts);
        }
        if (current >= 0) track.addCourier(names.at(current), std::move(pts));
        return track;
    });
}

}  // namespace chongal::store

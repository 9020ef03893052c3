#include "app/store/position_codec.h"

#include <cmath>

#include "app/store/byte_codec.h"

namespace chongal::store {

namespace {
constexpr int kFullTurn = 360;

// The shortest signed turn from a to b, in [-180, 180).
int turn(int a, int b) {
    int d = (b - a) % kFullTurn;
    if (d >= kFullTurn / 2) d -= kFullTurn;
    if (d < -kFullTurn / 2) d += kFullTurn;
    return d;
}
}  // namespace

bool quantize(Time at, GeoPoint p, double headingDeg, TrackPoint& out) {
    if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || !std::isfinite(headingDeg)) return false;
    if (std::fabs(p.lat) > 90.0 || std::fabs(p.lon) > 180.0) return false;
    double h = std::fmod(headingDeg, 360.0);
    if (h < 0) h += 360.0;
    out.at = at;
    out.latE6 = static_cast<std::int32_t>(std::llround(p.lat * 1e6));
    out.lonE6 = static_cast<std::int32_t>(std::llround(p.lon * 1e6));
    out.headingDeg = static_cast<std::int16_t>(std::lround(h) % kFullTurn);
    return true;
}

GeoPoint geoOf(const TrackPoint& p) {
    return {p.latE6 / 1e6, p.lonE6 / 1e6};
}

double headingOf(const TrackPoint& p) {
    return p.headingDeg;
}

void ChunkEncoder::start(const TrackPoint& first) {
    bytes_.clear();
    ByteWriter w(bytes_);
    w.signedVarint(first.latE6);
    w.signedVarint(first.lonE6);
    w.varint(static_cast<std::uint64_t>(first.headingDeg));
    first_ = first.at;
    last_ = first;
    stepLat_ = stepLon_ = 0;
    n_ = 1;
}

bool ChunkEncoder::accepts(const TrackPoint& p) const {
    // p.at >= last_.at >= first_, so the unsigned difference is the true (overflow-free) one.
    return n_ > 0 && n_ < kChunkMaxPoints && p.at >= last_.at &&
           static_cast<std::uint64_t>(p.at) - static_cast<std::uint64_t>(first_) <
               static_cast<std::uint64_t>(kChunkSpanS);
}

void ChunkEncoder::append(const TrackPoint& p) {
    ByteWriter w(bytes_);
    w.varint(static_cast<std::uint64_t>(p.at) - static_cast<std::uint64_t>(last_.at));
    const std::int64_t stepLat = std::int64_t{p.latE6} - last_.latE6;
    const std::int64_t stepLon = std::int64_t{p.lonE6} - last_.lonE6;
    w.signedVarint(stepLat - stepLat_);
    w.signedVarint(stepLon - stepLon_);
    w.signedVarint(turn(last_.headingDeg, p.headingDeg));
    stepLat_ = stepLat;
    stepLon_ = stepLon;
    last_ = p;
    ++n_;
}

void decodeChunk(Time tFirst, std::int64_t n, std::string_view data, std::vector<TrackPoint>& out) {
    if (n <= 0 || n > kChunkMaxPoints)
        throw StoreException(ErrorKind::Damaged, "position chunk with a bad sample count");
    ByteReader r(data);
    TrackPoint p;
    p.at = tFirst;
    p.latE6 = static_cast<std::int32_t>(r.signedVarint());
    p.lonE6 = static_cast<std::int32_t>(r.signedVarint());
    p.headingDeg = static_cast<std::int16_t>(r.varint() % kFullTurn);
    out.push_back(p);
    std::int64_t stepLat = 0, stepLon = 0;
    for (std::int64_t i = 1; i < n; ++i) {
        p.at = wrappingAdd(p.at, static_cast<Time>(r.varint()));
        stepLat = wrappingAdd(stepLat, r.signedVarint());
        stepLon = wrappingAdd(stepLon, r.signedVarint());
        p.latE6 = static_cast<std::int32_t>(p.latE6 + stepLat);
        p.lonE6 = static_cast<std::int32_t>(p.lonE6 + stepLon);
        const int h =
            (p.headingDeg + static_cast<int>(r.signedVarint() % kFullTurn) + kFullTurn) % kFullTurn;
        p.headingDeg = static_cast<std::int16_t>(h);
        out.push_back(p);
    }
    if (!r.atEnd())
        throw StoreException(ErrorKind::Damaged, "position chunk longer than its count");
}

}  // namespace chongal::store

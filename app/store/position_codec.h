#pragma once
// Packed courier traces. A chunk holds one courier's samples over less than kChunkSpanS seconds,
// in non-decreasing time. Its first sample's time is the row's t_first; the blob holds
//   first sample:  latE6, lonE6 (signed varint), heading (varint, whole degrees)
//   each next one: Δt (varint); latE6, lonE6 as the error of a constant-velocity guess (last
//                  position + last step, signed varint); the turn since the last heading
//                  (signed varint, -180..179)
// At 1 Hz a motorbike's guess errs by a metre or two, so most samples take 4 bytes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/geo.h"
#include "core/model/units.h"

namespace chongal::store {

inline constexpr Time kChunkSpanS = 60;      // invariant: t_last - t_first < kChunkSpanS
inline constexpr int kChunkMaxPoints = 240;  // bounds the blob of a courier reporting > 1 Hz

// A quantized fix: microdegrees (about 0.1 m) and whole degrees of heading in [0, 360).
struct TrackPoint {
    Time at = 0;
    std::int32_t latE6 = 0;
    std::int32_t lonE6 = 0;
    std::int16_t headingDeg = 0;
    friend bool operator==(const TrackPoint&, const TrackPoint&) = default;
};

// False when a coordinate or the heading is not finite or the point is off the globe.
bool quantize(Time at, GeoPoint p, double headingDeg, TrackPoint& out);
GeoPoint geoOf(const TrackPoint& p);
double headingOf(const TrackPoint& p);

class ChunkEncoder {
public:
    void start(const TrackPoint& first);
    // Whether `p` may extend this chunk (same span, not earlier than the last sample, not full).
    bool accepts(const TrackPoint& p) const;
    void append(const TrackPoint& p);

    Time tFirst() const { return first_; }
    Time tLast() const { return last_.at; }
    int count() const { return n_; }
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
    Time first_ = 0;
    TrackPoint last_;
    std::int64_t stepLat_ = 0;  // last_ minus the sample before it
    std::int64_t stepLon_ = 0;
    int n_ = 0;
};

// Appends the `n` samples of a chunk to `out`. Throws a Damaged StoreException on a bad blob.
void decodeChunk(Time tFirst, std::int64_t n, std::string_view data, std::vector<TrackPoint>& out);

}  // namespace chongal::store

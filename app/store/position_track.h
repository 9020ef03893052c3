#pragma once
// A shift's courier traces in memory, for scrubbing a replay: the last known fix of every
// courier at any time in O(couriers · log samples). Built by ShiftStore::loadTrack().
#include <span>
#include <string>
#include <vector>

#include "app/store/position_codec.h"
#include "app/store/store_types.h"

namespace chongal::store {

class PositionTrack {
public:
    struct Fix {
        int courier = 0;  // index into couriers()
        TrackPoint point;
    };

    // Adds a courier's samples (any order; equal times keep their order).
    void addCourier(std::string courierId, std::vector<TrackPoint> points);

    const std::vector<std::string>& couriers() const { return couriers_; }
    std::span<const TrackPoint> points(int courier) const { return points_[courier]; }
    std::size_t pointCount() const;
    // The time span covered; {0, -1} when empty.
    Time firstTime() const;
    Time lastTime() const;

    // The latest fix at or before `t` of every courier that has one (couriers in index order).
    void at(Time t, std::vector<Fix>& out) const;
    std::vector<PositionSample> samplesAt(Time t) const;

private:
    std::vector<std::string> couriers_;
    std::vector<std::vector<TrackPoint>> points_;  // per courier, sorted by time
};

}  // namespace chongal::store

#include "app/store/position_track.h"

#include <algorithm>
#include <limits>

namespace chongal::store {

namespace {
bool earlier(const TrackPoint& a, const TrackPoint& b) {
    return a.at < b.at;
}
}  // namespace

void PositionTrack::addCourier(std::string courierId, std::vector<TrackPoint> points) {
    if (!std::is_sorted(points.begin(), points.end(), earlier))
        std::stable_sort(points.begin(), points.end(), earlier);
    couriers_.push_back(std::move(courierId));
    points_.push_back(std::move(points));
}

std::size_t PositionTrack::pointCount() const {
    std::size_t n = 0;
    for (const auto& p : points_) n += p.size();
    return n;
}

Time PositionTrack::firstTime() const {
    Time t = std::numeric_limits<Time>::max();
    for (const auto& p : points_)
        if (!p.empty()) t = std::min(t, p.front().at);
    return pointCount() ? t : 0;
}

Time PositionTrack::lastTime() const {
    Time t = std::numeric_limits<Time>::min();
    for (const auto& p : points_)
        if (!p.empty()) t = std::max(t, p.back().at);
    return pointCount() ? t : -1;
}

void PositionTrack::at(Time t, std::vector<Fix>& out) const {
    out.clear();
    for (std::size_t c = 0; c < points_.size(); ++c) {
        const auto& pts = points_[c];
        // First sample later than t; the one before it is the last known fix.
        auto it = std::upper_bound(pts.begin(), pts.end(), t,
                                   [](Time v, const TrackPoint& p) { return v < p.at; });
        if (it != pts.begin()) out.push_back({static_cast<int>(c), *(it - 1)});
    }
}

std::vector<PositionSample> PositionTrack::samplesAt(Time t) const {
    std::vector<Fix> fixes;
    at(t, fixes);
    std::vector<PositionSample> out;
    out.reserve(fixes.size());
    for (const Fix& f : fixes)
        out.push_back({couriers_[f.courier], f.point.at, geoOf(f.point), headingOf(f.point)});
    return out;
}

}  // namespace chongal::store

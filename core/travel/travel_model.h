#pragma once
// Travel time and distance between two geographic points. The default is great-circle distance
// times a detour factor at a constant speed (motorbike in Seoul traffic); a road-network or
// OSRM-style table model can replace it behind this interface.
#include <memory>

#include "core/model/geo.h"
#include "core/model/units.h"

namespace chongal::travel {

class TravelModel {
public:
    virtual ~TravelModel() = default;
    virtual Dist metres(GeoPoint from, GeoPoint to) const = 0;
    virtual Time seconds(GeoPoint from, GeoPoint to) const = 0;
};

class GreatCircleModel final : public TravelModel {
public:
    explicit GreatCircleModel(double detour = 1.35, double speedKmh = 22.0)
        : detour_(detour), metresPerSecond_(speedKmh / 3.6) {}
    Dist metres(GeoPoint a, GeoPoint b) const override {
        return Dist(std::llround(haversineMetres(a, b) * detour_));
    }
    Time seconds(GeoPoint a, GeoPoint b) const override {
        return Time(std::ceil(haversineMetres(a, b) * detour_ / metresPerSecond_));
    }
    double detour() const { return detour_; }
    double speedKmh() const { return metresPerSecond_ * 3.6; }

private:
    double detour_;
    double metresPerSecond_;
};

}  // namespace chongal::travel

#pragma once
// Dense travel-time and distance matrix between locations, integer units (see units.h).
#include <cassert>
#include <cstdint>
#include <vector>

#include "core/model/units.h"

namespace chongal {

struct Point {
    double x = 0.0;
    double y = 0.0;
};

namespace travel {

class Matrix {
public:
    Matrix() = default;
    explicit Matrix(int n) : n_(n), time_(std::size_t(n) * n), dist_(std::size_t(n) * n) {}

    int size() const { return n_; }
    Time time(int from, int to) const { return time_[index(from, to)]; }
    Dist dist(int from, int to) const { return dist_[index(from, to)]; }
    void set(int from, int to, Time t, Dist d) {
        time_[index(from, to)] = std::int32_t(t);
        dist_[index(from, to)] = std::int32_t(d);
    }

private:
    std::size_t index(int from, int to) const {
        assert(from >= 0 && from < n_ && to >= 0 && to < n_);
        return std::size_t(from) * n_ + to;
    }
    int n_ = 0;
    // int32 halves the footprint of 2,000-location dispatch matrices; values are bounded by
    // a day in seconds / a few hundred km in metres / scaled benchmark distances (< 2^31).
    std::vector<std::int32_t> time_;
    std::vector<std::int32_t> dist_;
};

}  // namespace travel
}  // namespace chongal

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
        const std::size_t there = index(from, to), back = index(to, from);
        asymmetricPairs_ -= mismatch(there, back);
        time_[there] = std::int32_t(t);
        dist_[there] = std::int32_t(d);
        asymmetricPairs_ += mismatch(there, back);
    }
    // Equal both ways everywhere: a column can then be read as the row of the same index, which
    // is what scans of "every location to one place" do (far fewer cache misses on big matrices).
    bool symmetric() const { return asymmetricPairs_ == 0; }
    Time timeTo(int to, int from) const { return symmetric() ? time(to, from) : time(from, to); }
    Dist distTo(int to, int from) const { return symmetric() ? dist(to, from) : dist(from, to); }

private:
    std::size_t index(int from, int to) const {
        assert(from >= 0 && from < n_ && to >= 0 && to < n_);
        return std::size_t(from) * n_ + to;
    }
    long mismatch(std::size_t there, std::size_t back) const {
        return there != back && (time_[there] != time_[back] || dist_[there] != dist_[back]);
    }
    int n_ = 0;
    // int32 halves the footprint of 2,000-location dispatch matrices; values are bounded by
    // a day in seconds / a few hundred km in metres / scaled benchmark distances (< 2^31).
    std::vector<std::int32_t> time_;
    std::vector<std::int32_t> dist_;
    long asymmetricPairs_ = 0;  // unordered pairs {a, b} whose two directions differ
};

}  // namespace travel
}  // namespace chongal

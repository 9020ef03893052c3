#pragma once
// Synthetic shift data for the shift store's tests and benchmarks: Seoul-like orders, their
// life-cycle events and 1 Hz courier traces. Deterministic for a given seed.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <bit>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "app/store/store_error.h"
#include "app/store/store_types.h"
#include "core/dispatch/events.h"

namespace chongal::store::fixtures {

// The value of a store call that a test or benchmark cannot go on without: on an error, says
// which and exits.
template <class T>
T take(Result<T> r) {
    if (!r) {
        std::fprintf(stderr, "store error: %s\n", r.error().message.c_str());
        std::exit(1);
    }
    return std::move(r).value();
}

inline constexpr Time kShiftStart = 1'700'000'000;  // 2023-11-14, an ordinary epoch second
inline constexpr GeoPoint kCityHall{37.5663, 126.9779};

inline NewShift newShift(std::string name, Time startedAt, int utcOffsetSeconds = 32400) {
    NewShift s;
    s.name = std::move(name);
    s.startedAt = startedAt;
    s.utcOffsetSeconds = utcOffsetSeconds;
    return s;
}

inline std::string courierName(int c) {
    return "C" + std::to_string(c);
}
inline std::string orderName(int k) {
    return "ORD-" + std::to_string(100000 + k);
}

inline dispatch::Event courierJoined(int c) {
    Courier courier;
    courier.id = courierName(c);
    courier.name = "기사 " + std::to_string(c);
    courier.start = {kCityHall.lat + 0.001 * (c % 50), kCityHall.lon + 0.001 * (c / 50)};
    courier.shiftStart = kShiftStart;
    courier.shiftEnd = kShiftStart + 8 * 3600;
    return {kShiftStart, "sim", dispatch::CourierJoined{courier}};
}

// The events of order k: created, assigned, picked up, then delivered (every 20th is cancelled
// after assignment instead). Times spread the orders over the shift.
inline void appendOrderLife(int k, int couriers, std::vector<dispatch::Event>& out) {
    using namespace dispatch;
    const Time t = kShiftStart + k % 7200;
    Order o;
    o.id = orderName(k);
    o.pickup = {kCityHall.lat + 0.0001 * (k % 300), kCityHall.lon - 0.0001 * (k % 200)};
    o.dropoff = {kCityHall.lat - 0.0002 * (k % 250), kCityHall.lon + 0.00015 * (k % 333)};
    o.placedAt = t;
    o.readyAt = t + 300;
    o.dueAt = t + 3600;
    o.customer = "김민지 " + std::to_string(k % 997);
    o.address =
        "서울특별시 중구 세종대로 " + std::to_string(k % 200) + "길 " + std::to_string(k % 37);
    if (k % 10 == 0) o.note = "문 앞에 놓아 주세요";
    const std::string courier = courierName(k % couriers);
    out.push_back({t, "feed:orders", OrderCreated{o}});
    out.push_back({t + 5, "sim", OrderAssigned{o.id, courier}});
    if (k % 20 == 19) {
        out.push_back({t + 60, "feed:orders", OrderCancelled{o.id, "고객 취소"}});
        return;
    }
    out.push_back({t + 600, "sim", PickedUp{o.id, courier}});
    out.push_back({t + 1800, "sim", Delivered{o.id, courier}});
}

// 1 Hz traces: samples[s] holds every courier's fix at second s (a motorbike wandering at
// about 6 m/s with smooth turns).
inline std::vector<std::vector<PositionSample>> traces(int couriers, int seconds,
                                                       unsigned seed = 7) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> turn(0.0, 8.0);
    struct State {
        double lat, lon, heading;
    };
    std::vector<State> state(couriers);
    for (int c = 0; c < couriers; ++c)
        state[c] = {kCityHall.lat + 0.0005 * (c % 40), kCityHall.lon + 0.0005 * (c / 40),
                    (c * 37) % 360 * 1.0};
    std::vector<std::vector<PositionSample>> out(seconds);
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    for (int s = 0; s < seconds; ++s) {
        out[s].reserve(couriers);
        for (int c = 0; c < couriers; ++c) {
            State& st = state[c];
            st.heading = std::fmod(st.heading + turn(rng) + 360.0, 360.0);
            const double metres = 6.0;
            st.lat += metres * std::cos(st.heading * kRad) / 111'320.0;
            st.lon += metres * std::sin(st.heading * kRad) / (111'320.0 * std::cos(st.lat * kRad));
            out[s].push_back({courierName(c), kShiftStart + s, {st.lat, st.lon}, st.heading});
        }
    }
    return out;
}

// ---- comparisons and file checks

// Bitwise: the store must give back exactly the doubles it was given (-0.0, NaN payloads).
inline bool same(double a, double b) {
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}
inline bool same(GeoPoint a, GeoPoint b) {
    return same(a.lat, b.lat) && same(a.lon, b.lon);
}

inline bool same(const Order& a, const Order& b) {
    return a.id == b.id && same(a.pickup, b.pickup) && same(a.dropoff, b.dropoff) &&
           a.placedAt == b.placedAt && a.readyAt == b.readyAt && a.dueAt == b.dueAt &&
           a.size == b.size && a.pickupServiceS == b.pickupServiceS &&
           a.dropoffServiceS == b.dropoffServiceS && a.customer == b.customer &&
           a.address == b.address && a.note == b.note;
}

inline bool same(const Courier& a, const Courier& b) {
    return a.id == b.id && a.name == b.name && same(a.start, b.start) &&
           a.end.has_value() == b.end.has_value() && (!a.end || same(*a.end, *b.end)) &&
           a.shiftStart == b.shiftStart && a.shiftEnd == b.shiftEnd && a.capacity == b.capacity &&
           same(a.speedKmh, b.speedKmh);
}

inline bool same(const dispatch::Event& x, const dispatch::Event& y) {
    using namespace dispatch;
    if (x.at != y.at || x.source != y.source || x.body.index() != y.body.index()) return false;
    return std::visit(
        [&](const auto& a) {
            using T = std::decay_t<decltype(a)>;
            const T& b = std::get<T>(y.body);
            if constexpr (std::is_same_v<T, OrderCreated>)
                return same(a.order, b.order);
            else if constexpr (std::is_same_v<T, CourierJoined>)
                return same(a.courier, b.courier);
            else if constexpr (std::is_same_v<T, OrderCancelled>)
                return a.orderId == b.orderId && a.reason == b.reason;
            else if constexpr (std::is_same_v<T, CourierLeft>)
                return a.courierId == b.courierId;
            else if constexpr (std::is_same_v<T, CourierMoved>)
                return a.courierId == b.courierId && same(a.position, b.position) &&
                       same(a.headingDeg, b.headingDeg);
            else if constexpr (std::is_same_v<T, SequenceLocked>)
                return a.courierId == b.courierId && a.stopKeys == b.stopKeys;
            else  // OrderAssigned, PickedUp, Delivered, OrderLocked
                return a.orderId == b.orderId && a.courierId == b.courierId;
        },
        x.body);
}

// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

}  // namespace chongal::store::fixtures

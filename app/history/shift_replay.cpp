#include "app/history/shift_replay.h"

#include <algorithm>
#include <limits>

namespace chongal::history {

using dispatch::DispatchState;
using dispatch::Event;
using dispatch::OrderStatus;

OrderPhase phaseOf(OrderStatus s) {
    switch (s) {
        case OrderStatus::Open:
            return OrderPhase::Open;
        case OrderStatus::Assigned:
            return OrderPhase::Assigned;
        case OrderStatus::PickedUp:
            return OrderPhase::PickedUp;
        case OrderStatus::Delivered:
            return OrderPhase::Delivered;
        case OrderStatus::Cancelled:
            return OrderPhase::Cancelled;
    }
    return OrderPhase::Open;
}

namespace {

// The order an event is about, if any.
const std::string* orderIdOf(const Event& e) {
    return std::visit(
        [](const auto& b) -> const std::string* {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, dispatch::OrderCreated>)
                return &b.order.id;
            else if constexpr (requires { b.orderId; })
                return &b.orderId;
            else
                return nullptr;
        },
        e.body);
}

}  // namespace

ShiftReplay::ShiftReplay(std::vector<Event> events, store::PositionTrack track)
    : events_(std::move(events)), track_(std::move(track)) {
    Time first = std::numeric_limits<Time>::max(), last = std::numeric_limits<Time>::min();
    for (std::size_t i = 0; i < events_.size(); ++i) {
        const Event& e = events_[i];
        if (std::string why = final_.apply(e); !why.empty()) {
            problems_.push_back("event " + std::to_string(i + 1) + " (" +
                                dispatch::eventTypeName(e) + "): " + why);
            continue;
        }
        first = std::min(first, e.at);
        last = std::max(last, e.at);
        if (const auto* joined = std::get_if<dispatch::CourierJoined>(&e.body)) {
            joinedAt_.push_back(e.at);
            leftAt_.push_back(-1);
            (void)joined;
        } else if (const auto* left = std::get_if<dispatch::CourierLeft>(&e.body)) {
            leftAt_[std::size_t(final_.courierIndex(left->courierId))] = e.at;
        } else if (const std::string* id = orderIdOf(e)) {
            const int k = final_.orderIndex(*id);
            if (k >= int(orderSteps_.size())) orderSteps_.resize(std::size_t(k) + 1);
            const dispatch::OrderState& o = final_.orders()[std::size_t(k)];
            auto& steps = orderSteps_[std::size_t(k)];
            const Step step{e.at, phaseOf(o.status), final_.courierIndex(o.courierId)};
            // Locks change neither phase nor courier: keep the index small.
            if (steps.empty() || steps.back().phase != step.phase ||
                steps.back().courier != step.courier)
                steps.push_back(step);
        }
    }
    orderSteps_.resize(final_.orders().size());
    traceOf_.assign(final_.couriers().size(), -1);
    const auto& traced = track_.couriers();
    for (std::size_t i = 0; i < traced.size(); ++i) {
        const int c = final_.courierIndex(traced[i]);
        if (c >= 0 && !track_.points(int(i)).empty()) traceOf_[std::size_t(c)] = int(i);
    }
    if (track_.pointCount() > 0) {
        first = std::min(first, track_.firstTime());
        last = std::max(last, track_.lastTime());
    }
    if (first <= last) {
        begin_ = first;
        end_ = last;
    }
}

DispatchState ShiftReplay::stateAt(Time t) const {
    DispatchState s;
    for (const Event& e : events_)
        if (e.at <= t) (void)s.apply(e);
    return s;
}

void ShiftReplay::ordersAt(Time t, std::vector<OrderAt>& out) const {
    out.resize(orderSteps_.size());
    for (std::size_t k = 0; k < orderSteps_.size(); ++k) {
        OrderAt now;
        for (const Step& s : orderSteps_[k]) {
            if (s.at > t) continue;  // log order: a later entry may still be earlier in time
            now.phase = s.phase;
            now.courier = s.courier;
        }
        out[k] = now;
    }
}

std::span<const store::TrackPoint> ShiftReplay::fixesUntil(int courier, Time t) const {
    const int trace = traceOf_[std::size_t(courier)];
    if (trace < 0) return {};
    const auto pts = track_.points(trace);
    const auto it = std::upper_bound(pts.begin(), pts.end(), t,
                                     [](Time v, const store::TrackPoint& p) { return v < p.at; });
    return pts.first(std::size_t(it - pts.begin()));
}

void ShiftReplay::couriersAt(Time t, const std::vector<OrderAt>& orders,
                             std::vector<CourierAt>& out) const {
    const auto& couriers = final_.couriers();
    out.assign(couriers.size(), CourierAt{});
    for (std::size_t c = 0; c < couriers.size(); ++c) {
        CourierAt& a = out[c];
        a.joined = joinedAt_[c] <= t;
        a.online = a.joined && (leftAt_[c] < 0 || leftAt_[c] > t);
        a.position = couriers[c].courier.start;
        const auto fixes = fixesUntil(int(c), t);
        if (!fixes.empty()) {
            a.position = store::geoOf(fixes.back());
            a.headingDeg = store::headingOf(fixes.back());
            a.fixAt = fixes.back().at;
        }
    }
    const auto& states = final_.orders();
    for (std::size_t k = 0; k < orders.size() && k < states.size(); ++k) {
        const OrderAt& o = orders[k];
        if (o.courier < 0) continue;
        if (o.phase == OrderPhase::PickedUp)
            out[std::size_t(o.courier)].load += states[k].order.size;
        if (o.phase == OrderPhase::Assigned) ++out[std::size_t(o.courier)].assigned;
    }
}

std::vector<GeoPoint> ShiftReplay::pathUntil(int courier, Time t, int maxPoints) const {
    std::vector<GeoPoint> path;
    if (joinedAt_[std::size_t(courier)] > t) return path;
    path.push_back(final_.couriers()[std::size_t(courier)].courier.start);
    const auto fixes = fixesUntil(courier, t);
    const std::size_t room = std::size_t(std::max(2, maxPoints)) - 1;
    const std::size_t stride = fixes.size() <= room ? 1 : (fixes.size() + room - 1) / room;
    // Walk back from the latest fix so the courier's current position ends the path.
    std::vector<GeoPoint> tail;
    for (std::size_t i = fixes.size(); i > 0; i -= std::min(i, stride))
        tail.push_back(store::geoOf(fixes[i - 1]));
    path.insert(path.end(), tail.rbegin(), tail.rend());
    return path;
}

}  // namespace chongal::history

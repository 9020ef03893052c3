#pragma once
// Shift KPIs from the dispatch state: what the headless run prints and the console's strip and
// history show. Delivery minutes run from the moment the order was placed to the handover start.
#include <string>
#include <unordered_map>

#include "core/dispatch/dispatch_state.h"

namespace chongal::dispatch {

struct Kpis {
    int orders = 0;
    int delivered = 0;
    int open = 0;  // known, not delivered, not cancelled
    int cancelled = 0;
    double onTimeRate = 0.0;  // on-time deliveries / orders not cancelled (open ones count late)
    double avgDeliveryMin = 0.0;
    double p90DeliveryMin = 0.0;
    int couriersUsed = 0;     // couriers that delivered at least one order
    int couriersActive = 0;   // online couriers
    double km = 0.0;
    double ordersPerCourierHour = 0.0;
};

// `metresByCourier`: road metres driven (the simulator's or a feed's odometer); `hours`: the
// courier-hours worked so far.
Kpis computeKpis(const DispatchState& state,
                 const std::unordered_map<std::string, double>& metresByCourier = {});

}  // namespace chongal::dispatch

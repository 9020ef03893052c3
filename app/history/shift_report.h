#pragma once
// What a supervisor reads about a finished (or interrupted) shift, computed from its final state
// and the kilometres of its traces: the KPIs, one summary per courier, the distribution of
// delivery minutes and the deliveries over the shift in fixed buckets. Plain data: the history
// window's charts and tables, the PDF report and the CSV export all read the same numbers.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/dispatch/kpis.h"

namespace chongal::history {

struct CourierSummary {
    std::string id;
    std::string name;
    int delivered = 0;  // == onTime + late
    int onTime = 0;
    int late = 0;
    int undelivered = 0;  // assigned to or carried by it at the end, not delivered
    double km = 0.0;
    Time firstDelivery = -1;  // -1: none
    Time lastDelivery = -1;
    double avgDeliveryMin = 0.0;  // placed -> handover, over its deliveries
    double onTimeRate() const { return delivered ? double(onTime) / delivered : 0.0; }
};

// Delivery minutes (placed -> handover start) in bins of `binMinutes`:
// counts[i] holds the deliveries with i·w <= minutes < (i+1)·w.
struct MinutesHistogram {
    int binMinutes = 5;
    std::vector<int> counts;
    int total() const;
};

// Deliveries per bucket of `bucketSeconds` from `start` (a multiple of the width, so buckets
// begin on whole clock minutes): delivered[i] counts the handovers in
// [start + i·w, start + (i+1)·w), late[i] those of them after the promise (late <= delivered).
struct DeliveryBuckets {
    Time start = 0;
    Time bucketSeconds = 300;
    std::vector<int> delivered;
    std::vector<int> late;
};

struct ShiftReport {
    dispatch::Kpis kpis;
    int couriersJoined = 0;
    std::vector<CourierSummary> couriers;  // in join order
    MinutesHistogram deliveryMinutes;
    DeliveryBuckets overTime;
};

// `metresByCourier` as from travelledMetres(). The buckets start at the multiple of their width
// at or before `shiftStart` (or before the first delivery, if earlier).
ShiftReport makeShiftReport(const dispatch::DispatchState& state,
                            const std::unordered_map<std::string, double>& metresByCourier,
                            Time shiftStart, int binMinutes = 5, Time bucketSeconds = 300);

}  // namespace chongal::history

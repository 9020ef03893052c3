#pragma once
// CSV exports of a stored shift (RFC 4180, UTF-8; the file versions start with a byte-order mark
// so spreadsheet programs read Korean names right). Times are ISO 8601 in the shift's UTC offset
// ("2026-11-20T00:42:10+09:00"); an empty field means "did not happen".
//
// orders.csv — one row per order, in creation order:
//   order_id, status (open|assigned|picked_up|delivered|cancelled), courier_id, courier_name,
//   placed_at, ready_at, due_at, picked_up_at, delivered_at,
//   delivery_min (placed -> handover start, 1 decimal), on_time (1|0; empty if not delivered),
//   late_min (minutes after the promise, 1 decimal; 0 when on time), customer, address
// couriers.csv — one row per courier, in join order:
//   courier_id, courier_name, delivered, on_time, late, on_time_rate (0..1, 3 decimals),
//   undelivered, km (2 decimals), first_delivery_at, last_delivery_at, avg_delivery_min
#include <ostream>
#include <string>
#include <vector>

#include "app/history/shift_report.h"
#include "core/dispatch/dispatch_state.h"

namespace chongal::history {

const std::vector<std::string>& ordersCsvColumns();
const std::vector<std::string>& couriersCsvColumns();

void writeOrdersCsv(std::ostream& out, const dispatch::DispatchState& state, int utcOffsetS);
void writeCouriersCsv(std::ostream& out, const ShiftReport& report, int utcOffsetS);

// To a file (replaced if it exists); empty on success, else why it failed, naming the file.
std::string saveOrdersCsv(const std::string& path, const dispatch::DispatchState& state,
                          int utcOffsetS);
std::string saveCouriersCsv(const std::string& path, const ShiftReport& report, int utcOffsetS);

}  // namespace chongal::history

#pragma once
// Chongal's JSON problem format (documented in the README): one document holding the orders and
// couriers of a shift in the interchange field names, plus optional planning time and travel
// model. Turned into a solver problem through the same snapshot the console plans with.
//   {"name": "...", "now": "2026-11-20T00:00:00+09:00",
//    "travel": {"detour": 1.35, "speed_kmh": 22},
//    "orders": [{"order_id": ..., ...}], "couriers": [{"courier_id": ..., ...}]}
#include <QString>
#include <memory>
#include <optional>

#include "core/dispatch/snapshot.h"

namespace chongal::io {

struct JsonProblem {
    std::string name;
    dispatch::DispatchState state;
    std::unique_ptr<travel::TravelModel> travel;
    dispatch::Snapshot snapshot;
};

// The problem, or nullopt with every reason in `errors` ("orders[3]: due_at: ...").
std::optional<JsonProblem> readJsonProblem(const QString& path, std::vector<std::string>* errors);

}  // namespace chongal::io

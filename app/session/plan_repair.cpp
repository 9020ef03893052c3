#include "app/session/plan_repair.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/solver/what_if.h"

namespace chongal::app {

namespace {

using solver::UnassignedReason;

bool genuinelyImpossible(UnassignedReason r) {
    return r == UnassignedReason::NoVehicles || r == UnassignedReason::TooLarge ||
           r == UnassignedReason::PickupClosesTooEarly ||
           r == UnassignedReason::DeliveryClosesTooEarly;
}

int vehicleServing(const solver::Solution& s, int stop) {
    for (int v = 0; v < int(s.routes.size()); ++v)
        if (std::find(s.routes[v].begin(), s.routes[v].end(), stop) != s.routes[v].end()) return v;
    return -1;
}

}  // namespace

solver::Solution repairUnassigned(const solver::Problem& p, solver::Solution s,
                                  const solver::Solution* warm) {
    if (s.unassigned.empty() || p.vehicles.empty()) return s;
    std::map<int, UnassignedReason> reasons;
    for (std::size_t i = 0; i < s.unassigned.size(); ++i)
        reasons[s.unassigned[i]] =
            i < s.reasons.size() ? s.reasons[i] : UnassignedReason::NoFeasiblePosition;
    s.routes.resize(p.vehicles.size());

    for (const auto& [request, reason] : std::map<int, UnassignedReason>(reasons)) {
        if (genuinelyImpossible(reason)) continue;
        const solver::Request& rq = p.requests[request];
        std::optional<solver::WhatIf> best;
        if (rq.lockedVehicle >= 0) {
            best = solver::whatIfMove(p, s, request, rq.lockedVehicle);  // must stay with it
        } else {
            const int before = warm ? vehicleServing(*warm, rq.delivery) : -1;
            if (before >= 0) {
                solver::WhatIf w = solver::whatIfMove(p, s, request, before);
                if (w.feasible) best = std::move(w);
            }
            if (!best)  // the cheapest feasible vehicle
                for (int v = 0; v < int(p.vehicles.size()); ++v) {
                    solver::WhatIf w = solver::whatIfMove(p, s, request, v);
                    if (w.feasible && (!best || w.costDelta < best->costDelta)) best = std::move(w);
                }
        }
        if (!best) continue;
        s = std::move(best->solution);
        reasons.erase(request);
    }
    s.reasons.clear();
    for (int r : s.unassigned) s.reasons.push_back(reasons.at(r));
    return s;
}

}  // namespace chongal::app

#pragma once
// What a request cannot avoid even alone: checked once per request against every vehicle
// allowed to serve it, with the reference forward schedule (hard windows, shifts, capacity).
#include <atomic>
#include <optional>
#include <vector>

#include "core/solver/solution.h"

namespace chongal::solver::search {

// Empty optional: some vehicle can serve the request on its own.
// A raised `cancel` stops the checks (the rest report no reason).
std::vector<std::optional<UnassignedReason>> diagnoseAlone(const Problem& p,
                                                           const std::atomic<bool>* cancel = nullptr);

// 1 for each request that no vehicle can serve by its promise (`due`) even alone: it will be
// late wherever it goes. Requests that cannot be served at all count as late too.
std::vector<char> lateEvenAlone(const Problem& p, const std::atomic<bool>* cancel = nullptr);

}  // namespace chongal::solver::search

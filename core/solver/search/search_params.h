#pragma once
// How the search prices a solution: the objective of the Problem turned into per-unit weights.
// Hard mode (benchmarks, fleet minimisation) rejects any time warp; soft mode (dispatch) prices it
// like lateness, so a late delivery is still planned rather than dropped.
#include "core/solver/solution.h"

namespace chongal::solver::search {

struct SearchParams {
    bool hardWindows = true;
    Cost perDistance = 1;
    Cost perTravelTime = 0;
    Cost perTimeWarp = 0;  // soft mode only
    Cost perVehicle = 0;
    Cost perUnassigned = 0;

    static SearchParams from(const Problem& p);
};

}  // namespace chongal::solver::search

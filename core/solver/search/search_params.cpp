#include "core/solver/search/search_params.h"

namespace chongal::solver::search {

SearchParams SearchParams::from(const Problem& p) {
    const ObjectiveWeights w = objectiveWeights(p);
    SearchParams s;
    s.hardWindows = p.objective != Objective::Dispatch;
    s.perDistance = w.perDistance;
    s.perTravelTime = w.perTravelTime;
    s.perTimeWarp = w.perLateness;  // time warp stands in for lateness inside the search
    s.perVehicle = w.perVehicle;
    s.perUnassigned = w.perUnassigned;
    return s;
}

}  // namespace chongal::solver::search

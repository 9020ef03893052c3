#include "core/solver/search/search_params.h"

namespace chongal::solver::search {

SearchParams SearchParams::from(const Problem& p) {
    SearchParams s;
    switch (p.objective) {
        case Objective::Hierarchical:
            s.perVehicle = 1'000'000'000'000;
            s.perUnassigned = 1'000'000'000'000'000;
            break;
        case Objective::Distance:
            s.perUnassigned = 1'000'000'000'000'000;
            break;
        case Objective::Dispatch:
            s.hardWindows = false;
            s.perDistance = p.weights.travelMetre;
            s.perTravelTime = p.weights.travelSecond;
            s.perTimeWarp = p.weights.latenessPerSecond;
            s.perVehicle = p.weights.vehicleUsed;
            s.perUnassigned = p.weights.unassigned;
            break;
    }
    return s;
}

}  // namespace chongal::solver::search

#pragma once
// Adjacent string removal (SISR: Christiaens & Vanden Berghe 2020, "Slack induction by string
// removals for vehicle routing problems"): from a random seed stop, remove strings of
// consecutive stops from the routes nearest to it. Pickup-delivery pairs leave together.
#include <vector>

#include "core/solver/search/neighbours.h"
#include "core/solver/search/rng.h"
#include "core/solver/search/search_solution.h"

namespace chongal::solver::search {

struct RuinParams {
    double averageRemoved = 10.0;  // c-bar
    int maxStringLength = 10;      // L-max
    double splitRate = 0.5;        // chance of the "split string" variant
    double splitDepth = 0.01;      // beta: chance to keep growing the preserved part
    // Chance to seed the ruin next to a left-out request instead of at a random stop: frees
    // room where the requests that do not fit want to go (route elimination).
    double nearLeftOut = 0.0;
};

// Removes requests from `s` (they end up in s.unassigned) and returns them.
std::vector<int> ruinStrings(const Problem& p, SearchSolution& s, const Neighbours& nb, Rng& rng,
                             const RuinParams& params);

}  // namespace chongal::solver::search

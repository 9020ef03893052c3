#include "core/solver/problem.h"

#include <algorithm>

namespace chongal::solver {

bool Problem::hasSoftDeadlines() const {
    return std::any_of(stops.begin(), stops.end(), [](const Stop& s) { return s.due < kNoLimit; });
}

}  // namespace chongal::solver

#pragma once
// For every stop, the other stops nearest to it (by matrix distance), nearest first: the
// adjacency that string removal walks. Built once per problem: O(S^2 log K).
#include <atomic>
#include <vector>

#include "core/solver/problem.h"

namespace chongal::solver::search {

class Neighbours {
public:
    // Stops early (lists left empty) when `cancel` is raised.
    Neighbours(const Problem& p, int perStop, const std::atomic<bool>* cancel = nullptr);
    const std::vector<int>& of(int stop) const { return lists_[stop]; }

private:
    std::vector<std::vector<int>> lists_;
};

}  // namespace chongal::solver::search

#pragma once
// The solver's entry point: anytime search, deterministic for a seed, cancellable, no globals.
#include <atomic>
#include <cstdint>
#include <functional>

#include "core/solver/solution.h"

namespace chongal::solver {

struct SolveOptions {
    double timeLimitSeconds = 10.0;
    std::uint64_t seed = 1;
    long maxIterations = -1;                  // < 0: bounded by time only (per thread)
    const std::atomic<bool>* cancel = nullptr;  // polled often: honoured within milliseconds
    const Solution* warmStart = nullptr;      // e.g. the previous plan (fixed prefixes kept)
    // Share of the budget spent eliminating routes before minimising cost; < 0 = by objective
    // (hierarchical 0.6, dispatch 0.9, distance 0).
    double fleetShare = -1.0;
    // Independent searches sharing each thread's budget, the best one kept; <= 0 = by problem.
    int attempts = 0;
    // Threads searching independently (different seeds) for the whole time; the best result
    // wins. Each thread is deterministic for the seed when iterations are capped.
    int threads = 1;
    // Called with each new best solution, from whichever search thread found it, one call at a
    // time (the first is the construction, before any search step).
    std::function<void(const Solution&, const Summary&)> onImprovement;
};

struct SolveResult {
    Solution solution;
    Summary summary;
    long iterations = 0;
    double seconds = 0.0;
};

SolveResult solve(const Problem& p, const SolveOptions& options);

}  // namespace chongal::solver

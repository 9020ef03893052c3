#pragma once
// A seeded random source whose outputs are identical on every platform: std::mt19937_64 is fully
// specified, unlike the standard distributions, so we derive ints and doubles ourselves.
#include <cstdint>
#include <random>

namespace chongal::solver::search {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : gen_(seed) {}
    std::uint64_t next() { return gen_(); }
    // Uniform in [lo, hi] (inclusive); the modulo bias is below 2^-40 for our ranges.
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 gen_;
};

}  // namespace chongal::solver::search

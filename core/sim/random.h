#pragma once
// A seeded random source whose outputs are identical on every conforming compiler and standard
// library: std::mt19937_64's output sequence is fixed by the standard, and every distribution
// below is our own integer or exactly-rounded IEEE arithmetic (the standard library's
// distributions are implementation-defined, so the same seed could give different shifts).
#include <algorithm>
#include <cassert>
#include <cstdint>
#include <random>
#include <vector>

namespace chongal::sim {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}

    // An independent stream for one purpose of one seed (orders, couriers, ...), so that changing
    // how much one part draws does not change the others.
    static Rng stream(std::uint64_t seed, std::uint64_t purpose) {
        return Rng(splitMix64(seed ^ splitMix64(purpose + 0x9E3779B97F4A7C15ULL)));
    }

    std::uint64_t bits() { return engine_(); }

    // Uniform integer in [0, n), n > 0, without modulo bias: draws in the short top range
    // 2^64 mod n are rejected.
    std::uint64_t below(std::uint64_t n) {
        assert(n > 0);
        const std::uint64_t reject = (0 - n) % n;  // = 2^64 mod n
        for (;;) {
            const std::uint64_t x = bits();
            if (x >= reject) return x % n;
        }
    }

    // Uniform integer in [lo, hi], lo <= hi.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        assert(lo <= hi);
        return lo + std::int64_t(below(std::uint64_t(hi - lo) + 1));
    }

    // Uniform double in [0, 1) on the 2^-53 grid (exact: 53 random bits times a power of two).
    double unit() { return double(bits() >> 11) * 0x1.0p-53; }

    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }

    bool chance(double p) { return unit() < p; }

    // An index drawn in proportion to integer weights given as prefix sums
    // (prefix[i] = w[0] + ... + w[i], non-decreasing, prefix.back() > 0).
    std::size_t weighted(const std::vector<std::int64_t>& prefix) {
        assert(!prefix.empty() && prefix.back() > 0);
        const auto r = std::int64_t(below(std::uint64_t(prefix.back())));
        return std::size_t(std::upper_bound(prefix.begin(), prefix.end(), r) - prefix.begin());
    }

private:
    static std::uint64_t splitMix64(std::uint64_t x) {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }

    std::mt19937_64 engine_;
};

// Prefix sums of integer weights, for Rng::weighted.
inline std::vector<std::int64_t> prefixSums(const std::vector<std::int64_t>& weights) {
    std::vector<std::int64_t> out(weights.size());
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) out[i] = sum += weights[i];
    return out;
}

}  // namespace chongal::sim

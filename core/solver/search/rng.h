#pragma once
// A seeded random source whose outputs are identical on every platform: xoshiro256** (Blackman &
// Vigna) seeded through splitmix64 — fully specified and several times faster than
// std::mt19937_64; ints and doubles are derived here rather than by the implementation-defined
// standard distributions.
#include <cmath>
#include <cstdint>

namespace chongal::solver::search {

class Rng {
public:
    explicit Rng(std::uint64_t seed) {
        for (auto& word : s_) {  // splitmix64
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }
    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    // Uniform in [lo, hi] (inclusive); the modulo bias is below 2^-40 for our ranges.
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // Trials until the next success of probability p (>= 1): geometric, by inversion.
    long trialsUntil(double p) {
        return 1 + long(std::floor(std::log(1.0 - unit()) / std::log(1.0 - p)));
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

// Decides which candidates "blink" (are skipped) with probability `rate`, drawing one random
// number per blink instead of one per candidate.
class Blinker {
public:
    Blinker(Rng* rng, double rate) : rng_(rate > 0 ? rng : nullptr), rate_(rate) { rearm(); }
    bool blink() {
        if (!rng_ || --countdown_ > 0) return false;
        rearm();
        ++blinks_;
        return true;
    }
    long blinks() const { return blinks_; }  // candidates skipped so far

private:
    void rearm() { countdown_ = rng_ ? rng_->trialsUntil(rate_) : 0; }
    Rng* rng_;
    double rate_;
    long countdown_ = 0;
    long blinks_ = 0;
};

}  // namespace chongal::solver::search

#pragma once
// The search's stopping rule: wall-clock limit, iteration cap and cooperative cancellation.
// Deterministic runs use the iteration cap (time then only bounds, never decides, the result).
#include <atomic>
#include <chrono>

namespace chongal::solver::search {

class Budget {
public:
    Budget(double seconds, long iterations, const std::atomic<bool>* cancel)
        : start_(Clock::now()), seconds_(seconds), iterations_(iterations), cancel_(cancel) {}

    double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }
    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
    // Progress in [0, 1]: by iterations when capped, else by time.
    double progress(long iteration) const {
        if (iterations_ >= 0) return iterations_ == 0 ? 1.0 : double(iteration) / iterations_;
        return seconds_ <= 0 ? 1.0 : elapsed() / seconds_;
    }
    bool done(long iteration) const {
        if (cancelled()) return true;
        if (iterations_ >= 0 && iteration >= iterations_) return true;
        return elapsed() >= seconds_;
    }
    // A sub-budget for one phase: the given share of what is left.
    Budget share(double fraction, long iterationShare) const {
        Budget b = *this;
        b.start_ = Clock::now();
        b.seconds_ = std::max(0.0, (seconds_ - elapsed()) * fraction);
        b.iterations_ = iterations_ < 0 ? -1 : iterationShare;
        return b;
    }

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point start_;
    double seconds_;
    long iterations_;
    const std::atomic<bool>* cancel_;
};

}  // namespace chongal::solver::search

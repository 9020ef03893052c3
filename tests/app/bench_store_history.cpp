// Shift store history: builds a shift of 1,000 orders with 200 couriers reporting at 1 Hz for
// two hours (1.44 million position points), then times what the history view needs before it
// can show the shift: open read-only (with its quick_check) + list shifts + load and replay the
// events + load the traces into the scrubbing index; then positionsAt() at 100 random times.
// Usage: bench_store_history [commit_every_s=60]   (1 = one commit per second, as a live feed)
// Prints one JSON line last.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <random>
#include <unordered_map>

#include "app/store/shift_store.h"
#include "store_fixtures.h"

using namespace chongal;
using namespace chongal::store;

namespace {

constexpr int kOrders = 1000;
constexpr int kCouriers = 200;
constexpr int kSeconds = 7200;

using fixtures::take;

double ms(const QElapsedTimer& t) {
    return t.nsecsElapsed() / 1e6;
}

// Stand-in for DispatchState until core has one: the status and courier of every order,
// folded from the log the way a replay walks it.
struct ReplayStandIn {
    enum Status { Open, Assigned, PickedUp, Delivered, Cancelled };
    std::unordered_map<std::string, std::pair<Status, std::string>> orders;
    std::unordered_map<std::string, bool> couriersOnShift;
    void apply(const dispatch::Event& e) {
        using namespace dispatch;
        std::visit(
            [&](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, OrderCreated>) orders[b.order.id] = {Open, ""};
                if constexpr (std::is_same_v<T, OrderAssigned>)
                    orders[b.orderId] = {Assigned, b.courierId};
                if constexpr (std::is_same_v<T, dispatch::PickedUp>)
                    orders[b.orderId].first = PickedUp;
                if constexpr (std::is_same_v<T, dispatch::Delivered>)
                    orders[b.orderId].first = Delivered;
                if constexpr (std::is_same_v<T, OrderCancelled>)
                    orders[b.orderId].first = Cancelled;
                if constexpr (std::is_same_v<T, CourierJoined>)
                    couriersOnShift[b.courier.id] = true;
                if constexpr (std::is_same_v<T, CourierLeft>) couriersOnShift[b.courierId] = false;
            },
            e.body);
    }
};

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int commitEvery = argc > 1 ? std::max(1, std::atoi(argv[1])) : 60;
    QTemporaryDir dir(QDir::tempPath() + "/bench_history_XXXXXX");
    const std::string path = dir.filePath("history.chongal").toStdString();

    // ---- build (not timed against the target)
    QElapsedTimer build;
    build.start();
    std::size_t eventCount = 0;
    {
        auto store = take(ShiftStore::open(path, ShiftStore::Mode::ReadWrite));
        const ShiftId shift =
            take(store.createShift(fixtures::newShift("야간 배송", fixtures::kShiftStart)));
        std::vector<dispatch::Event> events;
        for (int c = 0; c < kCouriers; ++c) events.push_back(fixtures::courierJoined(c));
        for (int k = 0; k < kOrders; ++k) fixtures::appendOrderLife(k, kCouriers, events);
        std::stable_sort(events.begin(), events.end(),
                         [](const auto& a, const auto& b) { return a.at < b.at; });
        eventCount = events.size();
        for (std::size_t i = 0; i < events.size(); i += 500)
            take(store.append(shift, std::span(events).subspan(
                                         i, std::min<std::size_t>(500, events.size() - i))));
        const auto trace = fixtures::traces(kCouriers, kSeconds);
        std::vector<PositionSample> batch;
        for (int s = 0; s < kSeconds; ++s) {
            batch.insert(batch.end(), trace[s].begin(), trace[s].end());
            if ((s + 1) % commitEvery == 0 || s + 1 == kSeconds) {
                take(store.appendPositions(shift, batch));
                batch.clear();
            }
        }
        take(store.finishShift(shift, fixtures::kShiftStart + kSeconds));
    }
    const double buildS = build.nsecsElapsed() / 1e9;
    const std::int64_t fileBytes = QFileInfo(QString::fromStdString(path)).size();

    // ---- timed: ready to show the shift
    QElapsedTimer total, step;
    total.start();
    step.start();
    auto store = take(ShiftStore::open(path, ShiftStore::Mode::ReadOnly));
    const double openMs = ms(step);
    step.restart();
    const auto shifts = take(store.listShifts());
    const ShiftId shift = shifts.at(0).id;
    const double listMs = ms(step);
    step.restart();
    const auto events = take(store.events(shift));
    ReplayStandIn state;
    for (const auto& e : events) state.apply(e);
    const double replayMs = ms(step);
    step.restart();
    const PositionTrack track = take(store.loadTrack(shift));
    const double trackMs = ms(step);
    const double readyMs = ms(total);
    if (events.size() != eventCount || track.pointCount() != std::size_t(kCouriers) * kSeconds ||
        state.orders.size() != kOrders) {
        std::fprintf(stderr, "wrong shift read back\n");
        return 1;
    }

    // ---- scrubbing: last known position of every courier at 100 random times
    std::mt19937 rng(11);
    std::uniform_int_distribution<Time> when(fixtures::kShiftStart,
                                             fixtures::kShiftStart + kSeconds - 1);
    std::vector<Time> times(100);
    for (auto& t : times) t = when(rng);
    step.restart();
    std::size_t fixes = 0;
    for (const Time t : times) fixes += take(store.positionsAt(shift, t)).size();
    const double sqlAtMs = ms(step) / times.size();
    step.restart();
    std::vector<PositionTrack::Fix> out;
    for (const Time t : times) {
        track.at(t, out);
        fixes += out.size();
    }
    const double trackAtUs = step.nsecsElapsed() / 1e3 / times.size();
    if (fixes != 2 * times.size() * kCouriers) {
        std::fprintf(stderr, "positionsAt returned %zu fixes\n", fixes);
        return 1;
    }

    const double points = double(kCouriers) * kSeconds;
    std::printf(
        "built %zu events + %.0f points (commit every %d s) in %.1f s; file %.1f MB "
        "(%.2f MB per million points incl. events)\n",
        eventCount, points, commitEvery, buildS, fileBytes / 1e6, fileBytes / points);
    std::printf(
        "ready in %.0f ms: open+quick_check %.0f, list %.1f, events+replay %.1f, "
        "traces %.0f\n",
        readyMs, openMs, listMs, replayMs, trackMs);
    std::printf("positionsAt: %.2f ms via SQL, %.1f us from the loaded track (200 couriers)\n",
                sqlAtMs, trackAtUs);
    std::printf(
        "{\"bench\":\"store_history\",\"orders\":%d,\"couriers\":%d,\"events\":%zu,"
        "\"position_points\":%.0f,\"commit_every_s\":%d,\"file_bytes\":%lld,"
        "\"bytes_per_million_points\":%lld,\"ready_ms\":%.1f,\"target_ready_ms\":1000,"
        "\"open_ms\":%.1f,\"list_ms\":%.2f,\"events_replay_ms\":%.1f,\"track_ms\":%.1f,"
        "\"positions_at_sql_ms\":%.3f,\"positions_at_track_us\":%.1f}\n",
        kOrders, kCouriers, eventCount, points, commitEvery, static_cast<long long>(fileBytes),
        static_cast<long long>(fileBytes / points * 1e6), readyMs, openMs, listMs, replayMs,
        trackMs, sqlAtMs, trackAtUs);
    return 0;
}

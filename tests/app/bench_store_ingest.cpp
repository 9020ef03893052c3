// Shift store ingest: order events per second appended in durable batches (WAL,
// synchronous=FULL, file under /tmp), and the store size per million courier position points.
// Usage: bench_store_ingest [orders=500000] [batch=10000] [positions=1]
// Prints one JSON line last.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

#include "app/store/shift_store.h"
#include "store_fixtures.h"

using namespace chongal;
using namespace chongal::store;

namespace {

[[noreturn]] void die(const StoreError& e) {
    std::fprintf(stderr, "store error: %s\n", e.message.c_str());
    std::exit(1);
}

template <class T>
T take(Result<T> r) {
    if (!r) die(r.error());
    return std::move(r).value();
}

// CPU seconds of this process (user + system): on a shared machine the wall clock also counts
// time other processes held the CPU.
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

std::int64_t storeBytes(const QString& path) {
    return QFileInfo(path).size() + QFileInfo(path + "-wal").size();
}

// Appends `points` 1 Hz samples of 200 couriers, committing every `secondsPerBatch` seconds.
// Returns {seconds taken, file bytes after close}.
std::pair<double, std::int64_t> ingestPositions(const QString& path, int secondsTotal,
                                                int secondsPerBatch) {
    const auto trace = fixtures::traces(200, secondsTotal);
    QElapsedTimer timer;
    double secs = 0;
    {
        auto store = take(ShiftStore::open(path.toStdString(), ShiftStore::Mode::ReadWrite));
        const ShiftId shift =
            take(store.createShift(fixtures::newShift("positions", fixtures::kShiftStart, 32400)));
        std::vector<PositionSample> batch;
        timer.start();
        for (int s = 0; s < secondsTotal; ++s) {
            batch.insert(batch.end(), trace[s].begin(), trace[s].end());
            if ((s + 1) % secondsPerBatch == 0 || s + 1 == secondsTotal) {
                take(store.appendPositions(shift, batch));
                batch.clear();
            }
        }
        secs = timer.nsecsElapsed() / 1e9;
    }  // closing checkpoints the WAL into the file
    return {secs, storeBytes(path)};
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? std::atoi(argv[1]) : 500'000;
    const int batchSize = argc > 2 ? std::atoi(argv[2]) : 10'000;
    const bool withPositions = argc > 3 ? std::atoi(argv[3]) != 0 : true;
    QTemporaryDir dir(QDir::tempPath() + "/bench_store_XXXXXX");
    const QString eventsPath = dir.filePath("events.chongal");

    std::vector<dispatch::Event> events;
    events.reserve(static_cast<std::size_t>(orders) * 4);
    for (int k = 0; k < orders; ++k) fixtures::appendOrderLife(k, 200, events);

    double ingestSecs = 0;
    double ingestCpu = 0;
    int batches = 0;
    {
        auto store = take(ShiftStore::open(eventsPath.toStdString(), ShiftStore::Mode::ReadWrite));
        const ShiftId shift =
            take(store.createShift(fixtures::newShift("ingest", fixtures::kShiftStart, 32400)));
        std::vector<dispatch::Event> couriers;
        for (int c = 0; c < 200; ++c) couriers.push_back(fixtures::courierJoined(c));
        take(store.append(shift, couriers));
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        for (std::size_t i = 0; i < events.size(); i += batchSize) {
            const std::size_t n = std::min<std::size_t>(batchSize, events.size() - i);
            take(store.append(shift, std::span(events).subspan(i, n)));
            ++batches;
        }
        ingestSecs = timer.nsecsElapsed() / 1e9;
        ingestCpu = cpuSeconds() - cpu0;
    }
    const double eventsPerS = events.size() / ingestSecs;
    const std::int64_t eventBytes = storeBytes(eventsPath);

    // Positions: 1,000,000 points = 200 couriers x 5,000 s at 1 Hz.
    constexpr int kSeconds = 5000;
    constexpr double kPoints = 200.0 * kSeconds;
    const auto [liveSecs, liveBytes] =
        withPositions ? ingestPositions(dir.filePath("live.chongal"), kSeconds, 1)
                      : std::pair<double, std::int64_t>{1, 0};
    const auto [bulkSecs, bulkBytes] =
        withPositions ? ingestPositions(dir.filePath("bulk.chongal"), kSeconds, 60)
                      : std::pair<double, std::int64_t>{1, 0};

    std::printf(
        "order events: %zu in %d batches of %d: %.3f s, %.0f events/s, %.1f bytes/event, "
        "%.2f us CPU/event\n",
        events.size(), batches, batchSize, ingestSecs, eventsPerS,
        double(eventBytes) / events.size(), ingestCpu / events.size() * 1e6);
    std::printf(
        "positions, 1 commit/s:  %.0f points in %.2f s (%.0f points/s), %.2f MB per "
        "million points\n",
        kPoints, liveSecs, kPoints / liveSecs, liveBytes / kPoints);
    std::printf(
        "positions, 1 commit/min: %.0f points in %.2f s (%.0f points/s), %.2f MB per "
        "million points\n",
        kPoints, bulkSecs, kPoints / bulkSecs, bulkBytes / kPoints);
    std::printf(
        "{\"bench\":\"store_ingest\",\"order_events\":%zu,\"batch\":%d,\"ingest_s\":%.3f,"
        "\"order_events_per_s\":%.0f,\"cpu_us_per_event\":%.2f,\"target_events_per_s\":583000,"
        "\"bytes_per_event\":%.1f,"
        "\"position_points\":%.0f,\"live_commit_every_s\":1,\"live_points_per_s\":%.0f,"
        "\"live_bytes_per_million_points\":%lld,\"bulk_commit_every_s\":60,"
        "\"bulk_points_per_s\":%.0f,\"bulk_bytes_per_million_points\":%lld}\n",
        events.size(), batchSize, ingestSecs, eventsPerS, ingestCpu / events.size() * 1e6,
        double(eventBytes) / events.size(), kPoints, kPoints / liveSecs,
        static_cast<long long>(liveBytes / kPoints * 1e6), kPoints / bulkSecs,
        static_cast<long long>(bulkBytes / kPoints * 1e6));
    return 0;
}

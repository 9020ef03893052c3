// Shift store ingest: order events per second appended in durable batches (WAL,
// synchronous=FULL, file under /tmp), and the store size per million courier position points.
// Usage: bench_store_ingest [orders=250000] [batch=10000] [positions=1]
// Order events: created, assigned, picked up, delivered (every 20th cancelled) for each order,
// about 4 per order; appended three times to fresh files, the median rate is reported.
// Prints one JSON line last.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

#include "app/store/shift_store.h"
#include "store_fixtures.h"

using namespace chongal;
using namespace chongal::store;

namespace {

using fixtures::take;

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

struct IngestRun {
    double seconds = 0;
    double cpuSeconds = 0;
    std::int64_t bytes = 0;
    int batches = 0;
};

// Appends `events` to a fresh store in batches of `batchSize`, each a durable commit.
IngestRun ingestEvents(const QString& path, const std::vector<dispatch::Event>& events,
                       int batchSize) {
    IngestRun run;
    {
        auto store = take(ShiftStore::open(path.toStdString(), ShiftStore::Mode::ReadWrite));
        const ShiftId shift =
            take(store.createShift(fixtures::newShift("ingest", fixtures::kShiftStart)));
        std::vector<dispatch::Event> couriers;
        for (int c = 0; c < 200; ++c) couriers.push_back(fixtures::courierJoined(c));
        take(store.append(shift, couriers));
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        for (std::size_t i = 0; i < events.size(); i += batchSize) {
            const std::size_t n = std::min<std::size_t>(batchSize, events.size() - i);
            take(store.append(shift, std::span(events).subspan(i, n)));
            ++run.batches;
        }
        run.seconds = timer.nsecsElapsed() / 1e9;
        run.cpuSeconds = cpuSeconds() - cpu0;
    }
    run.bytes = storeBytes(path);
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? std::atoi(argv[1]) : 250'000;
    const int batchSize = argc > 2 ? std::atoi(argv[2]) : 10'000;
    const bool withPositions = argc > 3 ? std::atoi(argv[3]) != 0 : true;
    constexpr int kRuns = 3;  // the machine may be shared: report the median of three
    QTemporaryDir dir(QDir::tempPath() + "/bench_store_XXXXXX");

    std::vector<dispatch::Event> events;
    events.reserve(static_cast<std::size_t>(orders) * 4);
    for (int k = 0; k < orders; ++k) fixtures::appendOrderLife(k, 200, events);

    std::vector<IngestRun> runs;
    for (int r = 0; r < kRuns; ++r) {
        runs.push_back(
            ingestEvents(dir.filePath(QString("events%1.chongal").arg(r)), events, batchSize));
        QFile::remove(dir.filePath(QString("events%1.chongal").arg(r)));
    }
    std::sort(runs.begin(), runs.end(),
              [](const auto& a, const auto& b) { return a.seconds < b.seconds; });
    const IngestRun& median = runs[kRuns / 2];
    const double n = double(events.size());

    // Positions: 1,000,000 points = 200 couriers x 5,000 s at 1 Hz.
    constexpr int kSeconds = 5000;
    constexpr double kPoints = 200.0 * kSeconds;
    const auto [liveSecs, liveBytes] =
        withPositions ? ingestPositions(dir.filePath("live.chongal"), kSeconds, 1)
                      : std::pair<double, std::int64_t>{1, 0};
    const auto [bulkSecs, bulkBytes] =
        withPositions ? ingestPositions(dir.filePath("bulk.chongal"), kSeconds, 60)
                      : std::pair<double, std::int64_t>{1, 0};

    for (const IngestRun& run : runs)
        std::printf(
            "order events: %.0f in %d batches of %d: %.3f s, %.0f events/s, %.2f us "
            "CPU/event\n",
            n, run.batches, batchSize, run.seconds, n / run.seconds, run.cpuSeconds / n * 1e6);
    std::printf("median %.0f events/s (target 583,000), %.1f bytes/event on disk\n",
                n / median.seconds, double(median.bytes) / n);
    std::printf(
        "positions, 1 commit/s:  %.0f points in %.2f s (%.0f points/s), %.2f MB per "
        "million points\n",
        kPoints, liveSecs, kPoints / liveSecs, liveBytes / kPoints);
    std::printf(
        "positions, 1 commit/min: %.0f points in %.2f s (%.0f points/s), %.2f MB per "
        "million points\n",
        kPoints, bulkSecs, kPoints / bulkSecs, bulkBytes / kPoints);
    std::printf(
        "{\"bench\":\"store_ingest\",\"order_events\":%.0f,\"batch\":%d,\"runs\":%d,"
        "\"order_events_per_s\":%.0f,\"order_events_per_s_min\":%.0f,"
        "\"order_events_per_s_max\":%.0f,\"cpu_us_per_event\":%.2f,"
        "\"target_events_per_s\":583000,\"bytes_per_event\":%.1f,"
        "\"position_points\":%.0f,\"live_commit_every_s\":1,\"live_points_per_s\":%.0f,"
        "\"live_bytes_per_million_points\":%lld,\"bulk_commit_every_s\":60,"
        "\"bulk_points_per_s\":%.0f,\"bulk_bytes_per_million_points\":%lld}\n",
        n, batchSize, kRuns, n / median.seconds, n / runs.back().seconds, n / runs.front().seconds,
        median.cpuSeconds / n * 1e6, double(median.bytes) / n, kPoints, kPoints / liveSecs,
        static_cast<long long>(liveBytes / kPoints * 1e6), kPoints / bulkSecs,
        static_cast<long long>(bulkBytes / kPoints * 1e6));
    return 0;
}

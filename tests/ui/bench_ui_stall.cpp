// The longest UI stall while the solver re-plans 1,000 orders.
//
// The console window (offscreen unless QT_QPA_PLATFORM says otherwise) runs Midnight Express
// (1,000 orders, 100 couriers, seed 1) with its shift store on disk and the clock at 20x. A 1 ms
// QTimer measures the gaps of the GUI event loop: first while the first plan is searched, then
// for `--seconds` (default 20) while the clock runs, the session re-plans on its own (every 15
// simulated seconds, warm-started, 0.4 s budget), a re-plan is forced every 3 s (cancelling
// the one in flight) and an operator move is dropped (what-if plan at once, then a re-plan).
// A stall is a gap minus the timer's 1 ms. Prints readable lines, then ONE JSON line last.
//
//   bench_ui_stall [--seconds N] [--speed X]
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <numeric>

#include "app/commands/move_order_command.h"
#include "app/session/dispatch_session.h"
#include "app/session/move_preview.h"
#include "app/session/scenario_source.h"
#include "core/sim/scenario_inputs.h"
#include "ui/main_window.h"

using namespace chongal;

namespace {

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Event-loop gaps in milliseconds, per phase: wall time, and the GUI thread's CPU time within
// each gap (wall time far above CPU time means the thread was waiting for a core, not working).
class GapMeter : public QObject {
public:
    GapMeter() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(1);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const qint64 now = clock_.nsecsElapsed();
            const double cpu = threadCpuMs();
            if (last_ >= 0) {
                gaps_.push_back(double(now - last_) / 1e6);
                cpu_.push_back(cpu - lastCpu_);
            }
            last_ = now;
            lastCpu_ = cpu;
        });
        clock_.start();
        timer_.start();
    }
    std::pair<std::vector<double>, std::vector<double>> take() {
        std::pair<std::vector<double>, std::vector<double>> out;
        out.first.swap(gaps_);
        out.second.swap(cpu_);
        return out;
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = -1;
    double lastCpu_ = 0;
    std::vector<double> gaps_;
    std::vector<double> cpu_;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

double maxOf(const std::vector<double>& v) {
    return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

QString loadAverage() {
    QFile f("/proc/loadavg");
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()).section(' ', 0, 0)
                                       : QString();
}

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

void runFor(int ms) {
    waitFor([] { return false; }, ms);
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, double fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
    };
    const int seconds = int(option("--seconds", 20));
    const double speed = option("--speed", 20);

    std::string error;
    auto inputs = sim::loadScenarioInputs(CHONGAL_SOURCE_DIR "/resources", &error);
    if (!inputs) {
        std::fprintf(stderr, "bench_ui_stall: %s\n", error.c_str());
        return 2;
    }
    QTemporaryDir dir;
    app::SessionOptions options;
    options.speed = speed;
    options.storePath = dir.filePath("shifts.sqlite");
    app::DispatchSession session(options);
    ui::MainWindow window(&session, std::make_shared<const sim::ScenarioInputs>(std::move(*inputs)),
                          {});
    window.resize(1600, 1000);
    window.show();
    runFor(200);  // first show and layout are not part of the measurement

    long searches = 0;
    QObject::connect(&session, &app::DispatchSession::planningChanged, &app,
                     [&](bool planning) { searches += planning; });
    app::ScenarioSpec spec;  // Midnight Express, seed 1, 1,000 orders, 100 couriers
    GapMeter meter;
    QElapsedTimer firstPlan;
    firstPlan.start();
    window.startScenario(spec, true);
    if (!waitFor([&] { return !session.waitingForFirstPlan(); }, 120000)) {
        std::fprintf(stderr, "bench_ui_stall: no first plan\n");
        return 1;
    }
    const double firstPlanSeconds = firstPlan.elapsed() / 1000.0;
    const std::vector<double> planningGaps = meter.take().first;
    const long searchesBefore = searches;
    const long adoptedBefore = session.plansAdopted();

    QElapsedTimer run;
    run.start();
    int forced = 0;
    runFor(500);
    // An operator move: the first open order that can go to another courier.
    bool moved = false;
    for (const app::OrderRow& o : session.digest().orders) {
        if (o.status != dispatch::OrderStatus::Open || moved) continue;
        for (const app::CourierRow& c : session.digest().couriers) {
            const app::MoveSpec move{o.id, c.id, std::nullopt, false};
            if (c.id == o.courierId ||
                !app::previewMove(session.basis(), session.state(), move).ok())
                continue;
            window.undoStack()->push(new app::MoveOrderCommand(&session, move));
            moved = true;
            break;
        }
    }
    while (run.elapsed() < seconds * 1000) {
        runFor(3000);
        session.replanNow();
        ++forced;
    }
    const auto [gaps, cpu] = meter.take();
    const double measured = run.elapsed() / 1000.0;

    const double maxGap = maxOf(gaps);
    const long over50 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 51; });
    const long over16 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 17; });
    std::printf("first plan: %.2f s (longest stall while it ran: %.1f ms)\n", firstPlanSeconds,
                maxOf(planningGaps) - 1.0);
    std::printf("running %.1f s at %gx: %ld searches (%d forced), %ld plans adopted, move %s\n",
                measured, speed, searches - searchesBefore, forced,
                session.plansAdopted() - adoptedBefore, moved ? "dropped" : "not possible");
    std::printf(
        "event-loop gaps: max %.1f ms, p99 %.2f ms, p99.9 %.1f ms, %ld over 16 ms, %ld "
        "over 50 ms (of %zu)\n",
        maxGap, percentile(gaps, 0.99), percentile(gaps, 0.999), over16, over50, gaps.size());
    const std::size_t worst =
        std::size_t(std::max_element(gaps.begin(), gaps.end()) - gaps.begin());
    std::printf(
        "GUI thread CPU within one gap: max %.1f ms; during the longest gap %.1f ms "
        "(at %.1f s)\n",
        maxOf(cpu), cpu.empty() ? 0.0 : cpu[worst],
        std::accumulate(gaps.begin(), gaps.begin() + std::ptrdiff_t(worst), 0.0) / 1000);
    std::printf(
        "simulated clock %s, %lld events stored, load average %s\n",
        qPrintable(
            QDateTime::fromSecsSinceEpoch(session.now(), QTimeZone(9 * 3600)).toString("HH:mm:ss")),
        session.eventsStored(), qPrintable(loadAverage()));
    const QJsonObject json{
        {"bench", "ui_stall"},
        {"orders", spec.orders},
        {"couriers", spec.fleet},
        {"speed", speed},
        {"first_plan_s", firstPlanSeconds},
        {"first_plan_max_stall_ms", maxOf(planningGaps) - 1.0},
        {"measure_s", measured},
        {"searches", qint64(searches - searchesBefore)},
        {"forced_replans", forced},
        {"plans_adopted", qint64(session.plansAdopted() - adoptedBefore)},
        {"operator_move", moved},
        {"max_stall_ms", maxGap - 1.0},
        {"p99_gap_ms", percentile(gaps, 0.99)},
        {"max_gap_cpu_ms", maxOf(cpu)},
        {"gaps_over_50ms", qint64(over50)},
        {"events_stored", session.eventsStored()},
        {"load_avg", loadAverage().toDouble()},
    };
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}

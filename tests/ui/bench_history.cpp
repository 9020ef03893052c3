// Shift history window on a large store: three shifts of 1,000 orders and 200 couriers, the
// first with 1 Hz traces for two hours (1.44 million points, as a live GPS feed), the others
// with 30 s traces (as the simulator writes). Measures the time from constructing the history
// window until the list, the shift view and the replay are ready and painted, then the time per
// slider step while scrubbing (scene update + full map repaint) at 100 random positions.
// Usage: bench_history [store]   (QT_QPA_PLATFORM=offscreen; a store: measure that one instead,
// read-only). Prints one JSON line last.
// CHONGAL_HISTORY_SHOTS=<dir> also saves the big shift's overview and replay as PNG files.
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <random>

#include "app/history/shift_history.h"
#include "tests/app/store_fixtures.h"
#include "ui/history/history_window.h"
#include "ui/history/replay_panel.h"
#include "ui/history/replay_scene.h"
#include "ui/history/shift_list_model.h"
#include "ui/map/map_canvas.h"

using namespace chongal;
using namespace chongal::store;
using chongal::ui::FrameStats;

namespace {

constexpr int kOrders = 1000;
constexpr int kCouriers = 200;
constexpr int kSeconds = 7200;

using fixtures::take;

double ms(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

// One shift: the fixture's events, and traces sampled every `every` seconds.
void writeShift(ShiftStore& store, const std::string& name, Time start, int every,
                const std::vector<std::vector<PositionSample>>& trace) {
    NewShift info = fixtures::newShift(name, start);
    const ShiftId id = take(store.createShift(info));
    std::vector<dispatch::Event> events;
    for (int c = 0; c < kCouriers; ++c) events.push_back(fixtures::courierJoined(c));
    // Orders spread over the two hours (order k placed at 7k seconds), so every moment has some
    // waiting, on board and delivered.
    for (int k = 0; k < kOrders; ++k) fixtures::appendOrderLife(7 * k, kCouriers, events);
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
    for (std::size_t i = 0; i < events.size(); i += 500)
        take(store.append(
            id, std::span(events).subspan(i, std::min<std::size_t>(500, events.size() - i))));
    std::vector<PositionSample> batch;
    for (int s = 0; s < kSeconds; s += every) {
        batch.insert(batch.end(), trace[std::size_t(s)].begin(), trace[std::size_t(s)].end());
        if (batch.size() >= 200u * 60u || s + every >= kSeconds) {
            take(store.appendPositions(id, batch));
            batch.clear();
        }
    }
    take(store.finishShift(id, start + kSeconds));
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QTemporaryDir dir(QDir::tempPath() + "/bench_history_ui_XXXXXX");
    // With an argument: that store instead of the synthetic one (opened read-only as always).
    const bool own = argc > 1;
    const QString path = own ? QString::fromLocal8Bit(argv[1]) : dir.filePath("history.chongal");

    // ---- build (not timed against the target)
    QElapsedTimer build;
    build.start();
    if (!own) {
        auto store = take(ShiftStore::open(path.toStdString(), ShiftStore::Mode::ReadWrite));
        const auto trace = fixtures::traces(kCouriers, kSeconds);
        writeShift(store, "야간 배송 1", fixtures::kShiftStart - 2 * 86400, 30, trace);
        writeShift(store, "야간 배송 2", fixtures::kShiftStart - 86400, 30, trace);
        writeShift(store, "야간 배송 3 (1 Hz GPS)", fixtures::kShiftStart, 1, trace);
    }
    const double buildS = double(build.nsecsElapsed()) / 1e9;
    const qint64 fileBytes = QFileInfo(path).size();

    // ---- timed: the window, until the list, shift view and replay are ready and painted
    QElapsedTimer total;
    total.start();
    ui::HistoryWindow window(path);
    const double constructMs = ms(total);
    window.tabs()->setCurrentIndex(ui::HistoryWindow::ReplayTab);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was never exposed\n");
        return 1;
    }
    ui::ReplayPanel* replay = window.replay();
    replay->setTime(replay->begin() + (replay->end() - replay->begin()) / 2);
    QCoreApplication::processEvents();
    replay->map()->repaint();
    const double readyMs = ms(total);
    if (window.hasError() || !window.currentShift() ||
        window.currentShift()->info.id != window.shiftModel()->shifts().back().info.id ||
        (!own && replay->map()->scene().couriers.size() != kCouriers)) {
        std::fprintf(stderr, "history window not ready: %s\n", qPrintable(window.errorText()));
        return 1;
    }

    // ---- the same steps without widgets, for the breakdown
    QElapsedTimer step;
    step.start();
    auto history = take(history::ShiftHistory::open(path.toStdString()));
    const double openMs = ms(step);
    const ShiftId big = history.shifts().back().id;
    step.restart();
    const auto loaded = take(history.load(big));
    const double loadMs = ms(step);
    step.restart();
    for (const auto& s : history.shifts())
        if (s.id != big) (void)take(history.summary(s.id));
    const double otherSummariesMs = ms(step);
    const std::size_t points = loaded->replay.track().pointCount();

    // ---- scrubbing: slider steps at random positions, each followed by a full repaint
    std::mt19937 rng(11);
    QSlider* slider = replay->slider();
    std::uniform_int_distribution<int> where(slider->minimum(), slider->maximum());
    std::vector<double> stepMs, sceneUs;
    for (int i = 0; i < 100; ++i) {
        const int v = where(rng);
        QElapsedTimer t;
        t.start();
        slider->setValue(v);
        const double sceneOnly = double(t.nsecsElapsed()) / 1e3;
        replay->map()->repaint();
        stepMs.push_back(ms(t));
        sceneUs.push_back(sceneOnly);
    }
    // Small steps as when dragging the handle (one pixel ~ tens of seconds).
    std::vector<double> dragMs;
    slider->setValue(slider->maximum() / 4);
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer t;
        t.start();
        slider->setValue(slider->value() + 30);
        replay->map()->repaint();
        dragMs.push_back(ms(t));
    }
    const FrameStats frame = replay->map()->renderer().lastFrame();
    if (frame.couriers == 0) {
        std::fprintf(stderr, "the map drew nothing while scrubbing\n");
        return 1;
    }
    // The replay scene alone (index lookups + scene lists), no map.
    ui::ReplayScene scene(loaded->replay, 32400);
    QList<ui::MapCourier> couriers;
    QList<ui::MapOrder> orders;
    QList<ui::MapRoute> routes;
    ui::ReplayCounts counts;
    QElapsedTimer s;
    s.start();
    for (int i = 0; i < 100; ++i)
        scene.build(loaded->replay.begin() + i * 72, {}, couriers, orders, routes, counts);
    const double buildSceneUs = double(s.nsecsElapsed()) / 1e3 / 100;

    // CHONGAL_HISTORY_SHOTS=<dir>: pictures of the big shift for a person to look at.
    if (const QString shots = qEnvironmentVariable("CHONGAL_HISTORY_SHOTS"); !shots.isEmpty()) {
        replay->setTime(replay->begin() + (replay->end() - replay->begin()) * 2 / 5);
        const auto& report = window.currentShift()->report;
        if (!report.couriers.empty())  // the busiest courier's path so far
            replay->setTrails({QString::fromStdString(
                std::max_element(
                    report.couriers.begin(), report.couriers.end(),
                    [](const auto& a, const auto& b) { return a.delivered < b.delivered; })
                    ->id)});
        for (int i = 0; i < 100 && !replay->map()->renderer().lastFrameComplete(); ++i) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            replay->map()->repaint();
        }
        window.grab().save(QDir(shots).filePath("bench-replay.png"));
        window.tabs()->setCurrentIndex(ui::HistoryWindow::OverviewTab);
        QCoreApplication::processEvents();
        window.grab().save(QDir(shots).filePath("bench-overview.png"));
    }
    const int shifts = int(history.shifts().size());
    const int orderCount = int(loaded->replay.finalState().orders().size());
    const int courierCount = int(loaded->replay.finalState().couriers().size());
    std::printf(
        "store: %d shifts; the last has %d orders, %d couriers, %zu trace points; %.1f MB%s\n",
        shifts, orderCount, courierCount, points, double(fileBytes) / 1e6,
        own ? "" : qPrintable(QString(", built in %1 s").arg(buildS, 0, 'f', 1)));
    std::printf(
        "without widgets: open+quick_check %.0f ms, load big shift %.0f ms, "
        "other summaries %.0f ms\n",
        openMs, loadMs, otherSummariesMs);
    std::printf("window: constructed in %.0f ms, ready and painted in %.0f ms (target 1000)\n",
                constructMs, readyMs);
    std::printf("last frame: %d couriers, %d order markers, %d clusters in %.2f ms\n",
                frame.couriers, frame.markers, frame.clusters, frame.ms);
    std::printf(
        "scrub: random jumps median %.2f ms, p90 %.2f ms (set-value part median %.0f us); "
        "drag steps median %.2f ms; scene build %.0f us\n",
        percentile(stepMs, 0.5), percentile(stepMs, 0.9), percentile(sceneUs, 0.5),
        percentile(dragMs, 0.5), buildSceneUs);
    std::printf(
        "{\"bench\":\"history_window\",\"shifts\":%d,\"orders\":%d,\"couriers\":%d,"
        "\"position_points\":%zu,\"file_bytes\":%lld,\"ready_ms\":%.1f,\"target_ready_ms\":1000,"
        "\"construct_ms\":%.1f,\"store_open_ms\":%.1f,\"big_shift_load_ms\":%.1f,"
        "\"other_summaries_ms\":%.1f,\"scrub_step_ms_median\":%.2f,\"scrub_step_ms_p90\":%.2f,"
        "\"scrub_drag_ms_median\":%.2f,\"scene_update_us_median\":%.0f,\"scene_build_us\":%.0f}\n",
        shifts, orderCount, courierCount, points, static_cast<long long>(fileBytes), readyMs,
        constructMs, openMs, loadMs, otherSummariesMs, percentile(stepMs, 0.5),
        percentile(stepMs, 0.9), percentile(dragMs, 0.5), percentile(sceneUs, 0.5), buildSceneUs);
    return 0;
}

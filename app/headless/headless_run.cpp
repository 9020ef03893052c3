#include "app/headless/headless_run.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>

#include "app/headless/scenario_loader.h"
#include "app/headless/shift_recorder.h"
#include "app/session/scenario_source.h"
#include "app/session/shift_resume.h"
#include "core/dispatch/shift_runner.h"

namespace chongal::app {

std::optional<QJsonObject> runHeadlessShift(const QStringList& arguments, QString* error) {
    auto fail = [&](const QString& message) -> std::optional<QJsonObject> {
        if (error) *error = message;
        return std::nullopt;
    };
    QCommandLineParser cli;
    cli.setApplicationDescription("Runs a dispatch shift without windows; prints one JSON line of KPIs.");
    cli.addHelpOption();
    cli.addOptions({
        {"headless", "Run without windows."},
        {"scenario", "midnight-express (default) or on-demand.", "name", "midnight-express"},
        {"seed", "Scenario and solver seed.", "n", "1"},
        {"fleet", "Couriers in the generated scenario (Midnight Express 100, on-demand 160).", "k"},
        {"orders-count", "Orders in the generated scenario (Midnight Express 1000; on-demand: "
                         "the expected total of the day, 1472).", "n"},
        {"dispatcher", "solver (default) or greedy.", "name", "solver"},
        {"plan-seconds", "Budget of the first plan.", "s", "9.5"},
        {"replan-seconds", "Budget of each later re-plan.", "s", "0.1"},
        {"threads", "Solver searches side by side (default: one per core); the best plan wins.",
         "n", QString::number(std::max(1u, std::thread::hardware_concurrency()))},
        {"plan-iterations", "Iteration budgets instead of seconds (first plan, re-plans): "
                            "the run then repeats exactly for a seed.", "first,re"},
        {"db", "Shift store to write (created if missing; a new shift is added).", "file"},
        {"resume", "Continue the store's unfinished shift (with --db) where its last committed "
                   "event left it, with the settings it was started with."},
        {"stop-after-minutes", "Stop after this many simulated minutes, leaving the shift "
                               "unfinished (an interrupted run).", "min"},
        {"orders", "Orders file to replay (CSV or JSON lines).", "file"},
        {"couriers", "Couriers file to replay (CSV or JSON lines).", "file"},
    });
    if (!cli.parse(arguments)) return fail(cli.errorText());
    bool ok = true;
    ScenarioRequest rq;
    rq.scenario = cli.value("scenario");
    rq.seed = cli.value("seed").toULongLong(&ok);
    if (!ok) return fail("--seed takes a whole number");
    const ScenarioSpec defaults =
        defaultSpec(scenarioKind(rq.scenario).value_or(ScenarioKind::MidnightExpress));
    rq.fleet = cli.isSet("fleet") ? cli.value("fleet").toInt(&ok) : defaults.fleet;
    if (!ok || rq.fleet <= 0) return fail("--fleet takes a positive number");
    rq.orders = cli.isSet("orders-count") ? cli.value("orders-count").toInt(&ok) : defaults.orders;
    if (!ok || rq.orders <= 0) return fail("--orders-count takes a positive number");
    rq.ordersFile = cli.value("orders");
    rq.couriersFile = cli.value("couriers");
    dispatch::ShiftRunOptions options;
    options.seed = rq.seed;
    options.firstPlanSeconds = cli.value("plan-seconds").toDouble(&ok);
    if (!ok || options.firstPlanSeconds < 0) return fail("--plan-seconds takes a number of seconds");
    options.replanSeconds = cli.value("replan-seconds").toDouble(&ok);
    if (!ok || options.replanSeconds < 0) return fail("--replan-seconds takes a number of seconds");
    options.solverThreads = cli.value("threads").toInt(&ok);
    if (!ok || options.solverThreads < 1) return fail("--threads takes a positive number");
    if (cli.isSet("plan-iterations")) {
        const QStringList its = cli.value("plan-iterations").split(',');
        bool ok2 = true;
        options.firstPlanIterations = its.value(0).toLong(&ok);
        options.replanIterations = its.value(1, its.value(0)).toLong(&ok2);
        if (!ok || !ok2) return fail("--plan-iterations takes N or N,M");
    }
    QString dispatcherName = cli.value("dispatcher");

    std::optional<store::ShiftStore> db;
    if (cli.isSet("db")) {
        auto opened = store::ShiftStore::open(cli.value("db").toStdString(), store::ShiftStore::Mode::ReadWrite);
        if (!opened) return fail(QString::fromStdString(opened.error().message));
        db.emplace(std::move(*opened));
    }
    // A resumed shift continues with the settings it was started with.
    std::optional<ResumePoint> resumed;
    if (cli.isSet("resume")) {
        if (!db) return fail("--resume needs --db");
        QString why;
        const auto shift = latestUnfinishedShift(*db, &why);
        if (!shift)
            return fail(why.isEmpty() ? "no unfinished shift to resume in " + cli.value("db") : why);
        resumed = loadResumePoint(*db, *shift, &why);
        if (!resumed) return fail(why);
        rq = resumed->request;
        dispatcherName = resumed->dispatcher;
        options.seed = rq.seed;
    }

    std::optional<sim::Scenario> scenario;
    if (resumed) {
        scenario = std::move(resumed->scenario);
    } else {
        QStringList problems;
        scenario = loadScenario(rq, &problems);
        for (const QString& p : problems) std::fprintf(stderr, "chongal: %s\n", qPrintable(p));
        if (!scenario) return fail("no shift to run: " + problems.join("; "));
    }

    if (dispatcherName == "greedy") {
        options.replanOnIdle = true;  // hands out a new batch as soon as a courier is free
        options.replanEvery = options.step;
    }
    const travel::GreatCircleModel travel;
    const auto dispatcher = dispatch::makeDispatcher(dispatcherName.toStdString(), travel);
    if (!dispatcher) return fail("unknown dispatcher " + dispatcherName + " (solver, greedy)");

    std::optional<ShiftRecorder> recorder;
    store::ShiftId shiftId = resumed ? resumed->shift.id : 0;
    if (resumed) {
        recorder.emplace(*db, shiftId);
    } else if (db) {
        store::NewShift shift;
        shift.name = scenario->name;
        shift.startedAt = scenario->start;
        shift.utcOffsetSeconds = scenario->utcOffsetS;
        shift.scenario = rq.ordersFile.isEmpty() ? rq.scenario.toStdString() : "import";
        shift.seed = std::int64_t(rq.seed);
        shift.metadata = QJsonDocument(QJsonObject{{"dispatcher", dispatcherName},
                                                   {"fleet", rq.fleet},
                                                   {"orders_count", rq.orders},
                                                   {"orders_file", rq.ordersFile},
                                                   {"couriers_file", rq.couriersFile}})
                             .toJson(QJsonDocument::Compact).toStdString();
        auto created = db->createShift(shift);
        if (!created) return fail(QString::fromStdString(created.error().message));
        shiftId = *created;
        recorder.emplace(*db, shiftId);
    }

    dispatch::ShiftRunner runner(*scenario, travel, options);
    if (resumed) runner.restore(resumed->history);
    if (recorder) {
        runner.onEvents([&](const std::vector<dispatch::Event>& ev) { recorder->record(ev); });
        runner.onPlan([&](const dispatch::Plan& plan) { recorder->record(plan); });
    }
    const auto t0 = std::chrono::steady_clock::now();
    Time stopAt = kNoLimit;
    if (cli.isSet("stop-after-minutes")) {
        const double minutes = cli.value("stop-after-minutes").toDouble(&ok);
        if (!ok || minutes < 0) return fail("--stop-after-minutes takes a number of minutes");
        stopAt = scenario->start + Time(minutes * 60);
    }
    runner.run(*dispatcher, stopAt);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (db && runner.finished())
        if (auto r = db->finishShift(shiftId, runner.now()); !r)
            std::fprintf(stderr, "chongal: %s\n", r.error().message.c_str());

    const dispatch::Kpis k = runner.kpis();
    QJsonObject out{{"scenario", rq.ordersFile.isEmpty() ? rq.scenario : QString("import")},
                    {"seed", qint64(rq.seed)},
                    {"dispatcher", dispatcherName},
                    {"fleet", int(scenario->couriers.size())},
                    {"orders", k.orders},
                    {"delivered", k.delivered},
                    {"on_time_rate", k.onTimeRate},
                    {"avg_delivery_min", k.avgDeliveryMin},
                    {"p90_delivery_min", k.p90DeliveryMin},
                    {"couriers_used", k.couriersUsed},
                    {"km", k.km},
                    {"planning_seconds", runner.planningSeconds()},  // wall clock
                    {"solver_threads", options.solverThreads},
                    {"wall_seconds", wall},
                    {"rejected_events", qint64(runner.rejectedEvents())}};
    out["finished"] = runner.finished();
    if (recorder) {
        out["shift_id"] = qint64(shiftId);
        out["store_failures"] = qint64(recorder->failures());
    }
    return out;
}

int runHeadless(const QStringList& arguments) {
    QString error;
    const auto kpis = runHeadlessShift(arguments, &error);
    if (!kpis) {
        std::fprintf(stderr, "chongal: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("%s\n", QJsonDocument(*kpis).toJson(QJsonDocument::Compact).constData());
    return 0;
}

}  // namespace chongal::app

// The headless pipeline end to end: generated or imported shift, solver or greedy dispatcher,
// the shift store written as it goes; deterministic for a seed under iteration budgets.
// (Under tests/ui because the bundled geodata are Qt resources of the ui library.)
#include <QtTest>
#include <fstream>

#include "app/headless/headless_run.h"
#include "app/store/shift_store.h"
#include "core/dispatch/kpis.h"
#include "core/io/interchange_csv.h"

using namespace chongal;

namespace {

const QStringList kSmall{"chongal", "--headless", "--scenario", "midnight-express",
                         "--orders-count", "80", "--fleet", "16", "--seed", "3",
                         "--plan-iterations", "1500,100"};

QJsonObject run(const QStringList& args) {
    QString error;
    const auto out = app::runHeadlessShift(args, &error);
    if (!out) qWarning() << error;
    return out.value_or(QJsonObject{});
}

QJsonObject withoutTimes(QJsonObject o) {
    o.remove("planning_seconds");
    o.remove("wall_seconds");
    o.remove("shift_id");
    return o;
}

}  // namespace

class TstHeadless : public QObject {
    Q_OBJECT
private slots:
    void deliversEverythingAndRepeatsExactly_data() {
        QTest::addColumn<int>("threads");
        QTest::newRow("one search") << 1;
        QTest::newRow("two searches side by side") << 2;
    }
    void deliversEverythingAndRepeatsExactly() {
        QFETCH(int, threads);
        const QStringList args = kSmall + QStringList{"--threads", QString::number(threads)};
        const QJsonObject a = run(args);
        const QJsonObject b = run(args);
        QCOMPARE(a.value("solver_threads").toInt(), threads);
        QCOMPARE(a.value("orders").toInt(), 80);
        QCOMPARE(a.value("delivered").toInt(), 80);
        QCOMPARE(a.value("on_time_rate").toDouble(), 1.0);
        QVERIFY(a.value("couriers_used").toInt() <= 16);
        QCOMPARE(withoutTimes(a), withoutTimes(b));
    }

    void greedyBaselineRuns() {
        QStringList args = kSmall;
        args << "--dispatcher" << "greedy";
        const QJsonObject g = run(args);
        QCOMPARE(g.value("delivered").toInt(), 80);
        QCOMPARE(g.value("dispatcher").toString(), QString("greedy"));
    }

    // Greedy batches are chains of nearby drop-offs starting at the hub's farthest order: with
    // a generous fleet every order of the full scenario is on time (batches cut as rings around
    // the hub left 5 % late even with 200 couriers).
    void greedyBatchesServeEveryoneOnTimeWithAGenerousFleet() {
        const QJsonObject g = run({"chongal", "--headless", "--scenario", "midnight-express",
                                   "--seed", "1", "--fleet", "200", "--dispatcher", "greedy"});
        QCOMPARE(g.value("delivered").toInt(), 1000);
        QCOMPARE(g.value("on_time_rate").toDouble(), 1.0);
    }

    void writesTheShiftStoreAndReplaysToTheSameKpis() {
        QTemporaryDir dir;
        const QString db = dir.filePath("shifts.db");
        QStringList args = kSmall;
        args << "--db" << db;
        const QJsonObject kpi = run(args);
        QCOMPARE(kpi.value("store_failures").toInt(), 0);
        run(args);  // a second run adds a shift, never overwrites

        auto store = store::ShiftStore::open(db.toStdString(), store::ShiftStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().message.c_str());
        const auto shifts = store->listShifts();
        QVERIFY(shifts.ok());
        QCOMPARE(shifts->size(), 2u);
        QVERIFY(shifts->front().finished());
        const auto counts = store->counts(shifts->front().id);
        QVERIFY(counts.ok());
        QCOMPARE(counts->orders, 80);
        QVERIFY(counts->positionPoints > 0);
        QVERIFY(counts->planRevisions >= 1);

        // Replaying the stored events rebuilds the same outcome.
        dispatch::DispatchState replay;
        const auto events = store->events(shifts->front().id);
        QVERIFY(events.ok());
        for (const dispatch::Event& e : *events) {
            const std::string why = replay.apply(e);
            QVERIFY2(why.empty(), why.c_str());
        }
        const dispatch::Kpis k = dispatch::computeKpis(replay);
        QCOMPARE(k.delivered, kpi.value("delivered").toInt());
        QCOMPARE(k.couriersUsed, kpi.value("couriers_used").toInt());
        QCOMPARE(k.onTimeRate, kpi.value("on_time_rate").toDouble());
        QCOMPARE(k.avgDeliveryMin, kpi.value("avg_delivery_min").toDouble());
        QCOMPARE(k.p90DeliveryMin, kpi.value("p90_delivery_min").toDouble());
    }

    void importedShiftReplaysLikeTheGeneratedOne() {
        // Export the generated shift to the interchange format, then run it from the files.
        QTemporaryDir dir;
        QStringList gen = kSmall;
        gen << "--db" << dir.filePath("gen.db");
        const QJsonObject generated = run(gen);
        auto store = store::ShiftStore::open(dir.filePath("gen.db").toStdString(),
                                             store::ShiftStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        std::vector<Order> orders;
        std::vector<Courier> couriers;
        const auto shifts = store->listShifts();
        QVERIFY(shifts.ok());
        const auto events = store->events(shifts->front().id);
        QVERIFY(events.ok());
        for (const dispatch::Event& e : *events) {
            if (auto* o = std::get_if<dispatch::OrderCreated>(&e.body)) orders.push_back(o->order);
            if (auto* c = std::get_if<dispatch::CourierJoined>(&e.body)) couriers.push_back(c->courier);
        }
        const std::string ordersCsv = dir.filePath("orders.csv").toStdString();
        const std::string couriersCsv = dir.filePath("couriers.csv").toStdString();
        {
            std::ofstream o(ordersCsv), c(couriersCsv);
            io::writeOrdersCsv(o, orders, 9 * 3600);
            io::writeCouriersCsv(c, couriers, 9 * 3600);
        }
        QVERIFY(!orders.empty() && !couriers.empty());
        const QJsonObject imported =
            run({"chongal", "--headless", "--orders", QString::fromStdString(ordersCsv),
                 "--couriers", QString::fromStdString(couriersCsv), "--seed", "3",
                 "--plan-iterations", "1500,100"});
        QCOMPARE(imported.value("delivered").toInt(), generated.value("delivered").toInt());
        QCOMPARE(imported.value("avg_delivery_min").toDouble(),
                 generated.value("avg_delivery_min").toDouble());
    }

    void anInterruptedShiftResumesWhereItsLastCommitLeftIt() {
        QTemporaryDir dir;
        const QString db = dir.filePath("shifts.db");
        QStringList first = kSmall;
        first << "--db" << db << "--stop-after-minutes" << "20";
        const QJsonObject partial = run(first);
        QCOMPARE(partial.value("finished").toBool(), false);
        QVERIFY(partial.value("delivered").toInt() < 80);

        const QJsonObject resumed = run({"chongal", "--headless", "--db", db, "--resume"});
        QCOMPARE(resumed.value("finished").toBool(), true);
        QCOMPARE(resumed.value("shift_id").toInt(), partial.value("shift_id").toInt());
        QCOMPARE(resumed.value("orders").toInt(), 80);
        QCOMPARE(resumed.value("delivered").toInt(), 80);
        QCOMPARE(resumed.value("rejected_events").toInt(), 0);

        auto store = store::ShiftStore::open(db.toStdString(), store::ShiftStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        const auto shifts = store->listShifts();
        QVERIFY(shifts.ok());
        QCOMPARE(shifts->size(), 1u);  // continued, not a second shift
        QVERIFY(shifts->front().finished());
        const auto counts = store->counts(shifts->front().id);
        QVERIFY(counts.ok());
        QCOMPARE(counts->orders, 80);  // no order placed twice
        // Every order is delivered exactly once in the log.
        const auto events = store->events(shifts->front().id);
        QVERIFY(events.ok());
        int delivered = 0;
        for (const dispatch::Event& e : *events) delivered += std::holds_alternative<dispatch::Delivered>(e.body);
        QCOMPARE(delivered, 80);
    }

    void resumeWithoutAnUnfinishedShiftIsAClearError() {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!app::runHeadlessShift({"chongal", "--headless", "--db", dir.filePath("x.db"), "--resume"}, &error));
        QVERIFY2(error.contains("no unfinished shift"), qPrintable(error));
    }

    void rejectsBadArguments_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("zero fleet") << QStringList{"--fleet", "0"};
        QTest::newRow("unknown scenario") << QStringList{"--scenario", "lunch-rush"};
        QTest::newRow("unknown dispatcher") << QStringList{"--dispatcher", "oracle"};
        QTest::newRow("no solver threads") << QStringList{"--threads", "0"};
        QTest::newRow("orders without couriers") << QStringList{"--orders", "/nonexistent.csv"};
        QTest::newRow("missing files") << QStringList{"--orders", "/nonexistent.csv", "--couriers",
                                                       "/nonexistent2.csv"};
    }
    void rejectsBadArguments() {
        QFETCH(QStringList, extra);
        QString error;
        QVERIFY(!app::runHeadlessShift(QStringList{"chongal", "--headless"} + extra, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TstHeadless)
#include "tst_headless.moc"

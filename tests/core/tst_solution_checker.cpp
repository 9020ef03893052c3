// The independent solution checker: published best-known solutions must come out feasible with
// the published distance, and mutated ones must be reported with the right violation.
#include <QtTest>
#include <algorithm>

#include "core/io/benchmark_instance.h"
#include "core/io/sintef_solution.h"
#include "core/io/solution_checker.h"

using namespace chongal::io;
using Routes = std::vector<std::vector<int>>;

namespace {

const std::string kBench = CHONGAL_TEST_DATA "/bench/";

bool has(const CheckResult& r, ViolationKind kind, int route, int node) {
    return std::any_of(r.violations.begin(), r.violations.end(), [&](const Violation& v) {
        return v.kind == kind && v.route == route && v.node == node;
    });
}

QByteArray describe(const CheckResult& r) {
    QByteArray s;
    for (const Violation& v : r.violations)
        s += QByteArray(violationCode(v.kind)) + " " + QByteArray::fromStdString(v.message) + "; ";
    return s;
}

// Depot (0,0) due 100; customers 1 at (3,4) and 2 at (6,8), windows [0,50], service 1.
BenchmarkInstance tinySolomon(int capacity, int vehicles = 2) {
    const std::string text = "TINY\nVEHICLE\nNUMBER CAPACITY\n" + std::to_string(vehicles) + " " +
                             std::to_string(capacity) +
                             "\nCUSTOMER\n"
                             "0 0 0 0 0 100 0\n"
                             "1 3 4 5 0 50 1\n"
                             "2 6 8 6 0 50 1\n";
    return parseBenchmark(text, "tiny.txt");
}

// Li & Lim: pairs 1->2 (demand 5) and 3->4 (demand 7), all at distance <= 10 from the depot.
BenchmarkInstance tinyLiLim(int capacity) {
    const std::string text = "2\t" + std::to_string(capacity) +
                             "\t1\n"
                             "0\t0\t0\t0\t0\t100\t0\t0\t0\n"
                             "1\t10\t0\t5\t0\t50\t1\t0\t2\n"
                             "2\t0\t10\t-5\t0\t50\t1\t1\t0\n"
                             "3\t5\t5\t7\t0\t50\t1\t0\t4\n"
                             "4\t6\t6\t-7\t0\t50\t1\t3\t0\n";
    return parseBenchmark(text, "tiny.txt");
}

}  // namespace

class TstSolutionChecker : public QObject {
    Q_OBJECT
private slots:
    void publishedBestKnownSolutionsAreFeasible_data() {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("solution");
        QTest::addColumn<int>("vehicles");
        QTest::addColumn<double>("distance");
        // Values from shared/benchmarks/bks/{homberger,li_lim}_bks.csv.
        QTest::newRow("homberger c1_2_1") << "c1_2_1.txt"
                                          << "c1_2_1.20_2704.5678.txt" << 20 << 2704.5678;
        QTest::newRow("li-lim lc101") << "lc101.txt"
                                      << "lc101.10_828.9369.txt" << 10 << 828.9369;
        QTest::newRow("li-lim lr101") << "lr101.txt"
                                      << "lr101.19_1650.7992.txt" << 19 << 1650.7992;
    }
    void publishedBestKnownSolutionsAreFeasible() {
        QFETCH(QString, instance);
        QFETCH(QString, solution);
        QFETCH(int, vehicles);
        QFETCH(double, distance);
        const BenchmarkInstance inst = readBenchmarkFile(kBench + instance.toStdString());
        const SintefSolution sol = readSintefSolutionFile(kBench + solution.toStdString());
        const CheckResult r = checkSolution(inst, sol.routes);
        QVERIFY2(r.feasible, describe(r));
        QVERIFY(r.violations.empty());
        QCOMPARE(r.vehiclesUsed, vehicles);
        QVERIFY2(std::abs(r.distance - distance) < 1e-3, QByteArray::number(r.distance, 'f', 6));
    }

    void handComputedDistance() {
        const BenchmarkInstance inst = tinySolomon(100);
        // 0 -> 1: 5, 1 -> 2: 5, 2 -> 0: 10.
        CheckResult r = checkSolution(inst, {{1, 2}});
        QVERIFY2(r.feasible, describe(r));
        QCOMPARE(r.distance, 20.0);
        QCOMPARE(r.vehiclesUsed, 1);
        r = checkSolution(inst, {{}, {2}, {}, {1}});  // empty routes do not count
        QVERIFY2(r.feasible, describe(r));
        QCOMPARE(r.distance, 30.0);
        QCOMPARE(r.vehiclesUsed, 2);
    }

    void droppedNodeIsNotVisited() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "c1_2_1.txt");
        Routes routes = readSintefSolutionFile(kBench + "c1_2_1.20_2704.5678.txt").routes;
        const int dropped = routes[4][3];
        routes[4].erase(routes[4].begin() + 3);
        const CheckResult r = checkSolution(inst, routes);
        QVERIFY(!r.feasible);
        QCOMPARE(r.violations.size(), 1u);  // skipping a customer cannot make the route late
        QVERIFY2(has(r, ViolationKind::NotVisited, -1, dropped), describe(r));
    }

    void repeatedNodeIsVisitedTwice() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "lc101.txt");
        Routes routes = readSintefSolutionFile(kBench + "lc101.10_828.9369.txt").routes;
        const int repeated = routes[2].front();
        routes[2].insert(routes[2].begin() + 1, repeated);
        const CheckResult r = checkSolution(inst, routes);
        QVERIFY(!r.feasible);
        QVERIFY2(has(r, ViolationKind::VisitedTwice, 2, repeated), describe(r));
    }

    // Reversing a route of a clustered instance with tight windows makes its stops late.
    void swappedNodesStartLate() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "c1_2_1.txt");
        Routes routes = readSintefSolutionFile(kBench + "c1_2_1.20_2704.5678.txt").routes;
        auto& route = routes[0];
        const int first = route.front();
        std::swap(route.front(), route.back());
        const CheckResult r = checkSolution(inst, routes);
        QVERIFY(!r.feasible);
        // The stop served at the end of the day, now first, pushes everything after it late.
        QVERIFY2(has(r, ViolationKind::LateStart, 0, first), describe(r));
        QVERIFY2(has(r, ViolationKind::LateReturn, 0, 0), describe(r));
        QVERIFY(std::all_of(r.violations.begin(), r.violations.end(),
                            [](const Violation& v) { return v.route == 0; }));
    }

    void lateReturnToDepot() {
        BenchmarkInstance inst = tinySolomon(100);
        inst.nodes[0].due = 15;  // 1 -> 2 ends at 12 (5 + 1 + 5 + 1); back at 22
        const CheckResult r = checkSolution(inst, {{1, 2}});
        QVERIFY(!r.feasible);
        QCOMPARE(r.violations.size(), 1u);
        QVERIFY2(has(r, ViolationKind::LateReturn, 0, 0), describe(r));
    }

    void waitingIsAllowed() {
        BenchmarkInstance inst = tinySolomon(100);
        inst.nodes[2].ready = 40;  // arrive at 11, wait, start at 40 <= due 50
        inst.nodes[2].due = 40;
        CheckResult r = checkSolution(inst, {{1, 2}});
        QVERIFY2(r.feasible, describe(r));
        inst.nodes[1].ready = inst.nodes[1].due = 45;  // start 1 at 45, reach 2 at 51 > 40
        r = checkSolution(inst, {{1, 2}});
        QVERIFY(has(r, ViolationKind::LateStart, 0, 2));
    }

    void solomonVehicleLeavesLoaded() {
        const BenchmarkInstance inst = tinySolomon(10);  // demands 5 + 6 = 11 on one vehicle
        CheckResult r = checkSolution(inst, {{1, 2}});
        QVERIFY(!r.feasible);
        QVERIFY2(has(r, ViolationKind::OverCapacity, 0, 0), describe(r));
        r = checkSolution(inst, {{1}, {2}});
        QVERIFY2(r.feasible, describe(r));
    }

    void liLimLoadAtEveryPoint() {
        const BenchmarkInstance inst = tinyLiLim(10);
        CheckResult r = checkSolution(inst, {{1, 3, 2, 4}});  // 5, then 12 > 10
        QVERIFY(!r.feasible);
        QCOMPARE(r.violations.size(), 1u);
        QVERIFY2(has(r, ViolationKind::OverCapacity, 0, 3), describe(r));
        r = checkSolution(inst, {{1, 2, 3, 4}});  // never above 7
        QVERIFY2(r.feasible, describe(r));
    }

    void deliveryBeforePickup() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "lc101.txt");
        Routes routes = readSintefSolutionFile(kBench + "lc101.10_828.9369.txt").routes;
        // Find a pair on route 0 and swap the pickup with its delivery.
        auto& route = routes[0];
        int pickupAt = -1, deliveryAt = -1;
        for (int k = 0; k < int(route.size()) && pickupAt < 0; ++k) {
            const BenchmarkNode& a = inst.nodes[route[k]];
            if (!a.isPickup()) continue;
            const auto it = std::find(route.begin(), route.end(), a.deliverySibling);
            if (it == route.end()) continue;
            pickupAt = k;
            deliveryAt = int(it - route.begin());
        }
        QVERIFY(pickupAt >= 0);
        const int delivery = route[deliveryAt];
        std::swap(route[pickupAt], route[deliveryAt]);
        CheckResult r = checkSolution(inst, routes);
        QVERIFY(!r.feasible);
        QVERIFY2(has(r, ViolationKind::DeliveryBeforePickup, 0, delivery), describe(r));

        // The same as a tiny hand case, with nothing else wrong.
        r = checkSolution(tinyLiLim(50), {{2, 1}, {3, 4}});
        QCOMPARE(r.violations.size(), 1u);
        QVERIFY2(has(r, ViolationKind::DeliveryBeforePickup, 0, 2), describe(r));
    }

    void splitPair() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "lc101.txt");
        Routes routes = readSintefSolutionFile(kBench + "lc101.10_828.9369.txt").routes;
        // Move the last stop of route 1 (a delivery) to the end of route 2.
        const int delivery = routes[1].back();
        QVERIFY(inst.nodes[delivery].isDelivery());
        const int pickup = inst.nodes[delivery].pickupSibling;
        routes[1].pop_back();
        routes[2].push_back(delivery);
        const CheckResult r = checkSolution(inst, routes);
        QVERIFY(!r.feasible);
        QVERIFY2(has(r, ViolationKind::PairSplit, 1, pickup), describe(r));
        QVERIFY2(has(r, ViolationKind::PairSplit, 2, delivery), describe(r));
    }

    void unknownNodesAndFleetSize() {
        const BenchmarkInstance inst = tinySolomon(100, 1);
        CheckResult r = checkSolution(inst, {{1, 7}, {0, 2}});
        QVERIFY(!r.feasible);
        QVERIFY2(has(r, ViolationKind::UnknownNode, 0, 7), describe(r));
        QVERIFY2(has(r, ViolationKind::UnknownNode, 1, 0), describe(r));
        QVERIFY2(has(r, ViolationKind::TooManyVehicles, -1, -1), describe(r));
        QCOMPARE(r.violations.size(), 3u);
        QCOMPARE(r.distance, 10.0 + std::hypot(6.0, 8.0) * 2);  // unknown ids are skipped
    }

    void violationsNameRouteAndNodeInTheirMessage() {
        const CheckResult r = checkSolution(tinyLiLim(50), {{1, 3, 4}, {2}});
        QVERIFY(!r.feasible);
        QVERIFY(has(r, ViolationKind::PairSplit, 0, 1));
        QVERIFY(has(r, ViolationKind::PairSplit, 1, 2));
        for (const Violation& v : r.violations)
            QVERIFY2(QString::fromStdString(v.message).startsWith(
                         QString("route %1, node %2").arg(v.route + 1).arg(v.node)),
                     v.message.c_str());
    }
};

QTEST_APPLESS_MAIN(TstSolutionChecker)
#include "tst_solution_checker.moc"

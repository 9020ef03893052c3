// Benchmark instance -> solver problem: the scaled integer conventions the solver relies on.
#include <QtTest>
#include <algorithm>

#include "core/io/benchmark_problem.h"
#include "core/io/sintef_solution.h"
#include "core/io/solution_checker.h"

using namespace chongal;
using namespace chongal::io;

namespace {

const std::string kBench = CHONGAL_TEST_DATA "/bench/";

// Depot (0,0) window [0,100]; 1 at (3,4): distance 5 exactly; 2 at (1,1): sqrt 2.
BenchmarkInstance handSolomon() {
    return parseBenchmark(
        "HAND\nVEHICLE\nNUMBER CAPACITY\n3 40\nCUSTOMER\n"
        "0 0 0 0 0 100 0\n"
        "1 3 4 7 10 50 5\n"
        "2 1 1 9 0 60 2.5\n",
        "hand.txt");
}

// Li & Lim, pairs listed delivery first in the file: 2 is picked up at 3, 1 at 4.
BenchmarkInstance handLiLim() {
    return parseBenchmark(
        "2\t30\t1\n"
        "0\t0\t0\t0\t0\t100\t0\t0\t0\n"
        "1\t10\t0\t-5\t0\t50\t1\t4\t0\n"
        "2\t0\t10\t-8\t0\t50\t1\t3\t0\n"
        "3\t5\t5\t8\t0\t50\t1\t0\t2\n"
        "4\t6\t6\t5\t0\t50\t1\t0\t1\n",
        "hand.txt");
}

// Stop index per external id (benchmark stops have distinct ids).
std::vector<int> stopByExternal(const solver::Problem& p, int nodes) {
    std::vector<int> at(nodes, -1);
    for (int s = 0; s < int(p.stops.size()); ++s) at[p.stops[s].external] = s;
    return at;
}

}  // namespace

class TstBenchmarkProblem : public QObject {
    Q_OBJECT
private slots:
    void matrixRoundsDistanceAndCeilsTime() {
        const solver::Problem p = toProblem(handSolomon(), solver::Objective::Hierarchical);
        QCOMPARE(p.scale, 10'000.0);
        QCOMPARE(p.scale, kBenchmarkScale);
        QCOMPARE(p.locationCount(), 3);
        // 0 -> 1: 5 exactly. 5 * 10'000 is exact, so the -1e-6 keeps ceil from adding one.
        QCOMPARE(p.matrix.dist(0, 1), Dist(50'000));
        QCOMPARE(p.matrix.time(0, 1), Time(50'000));
        // 0 -> 2: sqrt(2) * 10'000 = 14142.1356...: distance rounds down, time rounds up.
        QCOMPARE(p.matrix.dist(0, 2), Dist(14'142));
        QCOMPARE(p.matrix.time(0, 2), Time(14'143));
        QCOMPARE(p.matrix.dist(2, 0), Dist(14'142));
        // 1 -> 2: sqrt(13) * 10'000 = 36055.5128...: both become 36056.
        QCOMPARE(p.matrix.dist(1, 2), Dist(36'056));
        QCOMPARE(p.matrix.time(1, 2), Time(36'056));
        QCOMPARE(p.matrix.time(1, 1), Time(0));
        QCOMPARE(p.coords.size(), 3u);
        QCOMPARE(p.coords[1].x, 3.0);
        QCOMPARE(p.coords[1].y, 4.0);
    }

    void solomonCustomersAreDeliveryOnlyRequests() {
        const solver::Problem p = toProblem(handSolomon(), solver::Objective::Distance);
        QCOMPARE(p.name, std::string("HAND"));
        QCOMPARE(p.objective, solver::Objective::Distance);
        QCOMPARE(p.requests.size(), 2u);
        QCOMPARE(p.stops.size(), 2u);
        for (int r = 0; r < 2; ++r) {
            const solver::Request& req = p.requests[r];
            QCOMPARE(req.pickup, -1);
            QCOMPARE(req.lockedVehicle, -1);
            const solver::Stop& s = p.stops[req.delivery];
            QCOMPARE(s.kind, solver::StopKind::Delivery);
            QCOMPARE(s.request, r);
            QCOMPARE(s.location, s.external);
            QCOMPARE(s.due, kNoLimit);  // benchmarks have hard windows only
        }
        const solver::Stop& s1 = p.stops[p.requests[0].delivery];
        QCOMPARE(s1.external, 1);
        QCOMPARE(s1.load, Load(-7));
        QCOMPARE(s1.open, Time(100'000));
        QCOMPARE(s1.close, Time(500'000));
        QCOMPARE(s1.service, Time(50'000));
        const solver::Stop& s2 = p.stops[p.requests[1].delivery];
        QCOMPARE(s2.external, 2);
        QCOMPARE(s2.load, Load(-9));
        QCOMPARE(s2.service, Time(25'000));  // 2.5 time units
        QCOMPARE(s2.close, Time(600'000));
    }

    void vehiclesAreDepotRoundTrips() {
        const solver::Problem p = toProblem(handSolomon(), solver::Objective::Hierarchical);
        QCOMPARE(p.vehicles.size(), 3u);
        for (const solver::Vehicle& v : p.vehicles) {
            QCOMPARE(v.startLocation, 0);
            QCOMPARE(v.endLocation, 0);
            QCOMPARE(v.shiftStart, Time(0));
            QCOMPARE(v.shiftEnd, Time(1'000'000));
            QCOMPARE(v.capacity, Load(40));
            QVERIFY(v.fixedPrefix.empty());
        }
        QVERIFY(p.vehicles[0].id != p.vehicles[1].id);
    }

    void liLimPairsBecomePickupThenDelivery() {
        const solver::Problem p = toProblem(handLiLim(), solver::Objective::Hierarchical);
        QCOMPARE(p.requests.size(), 2u);
        QCOMPARE(p.stops.size(), 4u);
        // One request per pair, in the order of the pickups' ids: 3 -> 2, then 4 -> 1.
        const int expected[2][3] = {{3, 2, 8}, {4, 1, 5}};
        for (int r = 0; r < 2; ++r) {
            const solver::Request& req = p.requests[r];
            const solver::Stop& pu = p.stops[req.pickup];
            const solver::Stop& de = p.stops[req.delivery];
            QCOMPARE(pu.kind, solver::StopKind::Pickup);
            QCOMPARE(de.kind, solver::StopKind::Delivery);
            QCOMPARE(pu.request, r);
            QCOMPARE(de.request, r);
            QCOMPARE(pu.external, expected[r][0]);
            QCOMPARE(de.external, expected[r][1]);
            QCOMPARE(pu.load, Load(expected[r][2]));
            QCOMPARE(de.load, Load(-expected[r][2]));
            QCOMPARE(pu.location, pu.external);
            QCOMPARE(de.location, de.external);
        }
        QCOMPARE(p.vehicles.size(), 2u);
        QCOMPARE(p.vehicles[0].capacity, Load(30));
    }

    void liLimFileHasOneRequestPerPair() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "lc101.txt");
        const solver::Problem p = toProblem(inst, solver::Objective::Hierarchical);
        QCOMPARE(p.requests.size(), 53u);
        QCOMPARE(p.stops.size(), 106u);
        for (const solver::Request& req : p.requests) {
            const BenchmarkNode& pu = inst.nodes[p.stops[req.pickup].external];
            QCOMPARE(pu.deliverySibling, p.stops[req.delivery].external);
            QCOMPARE(p.stops[req.pickup].open, Time(std::llround(pu.ready * 10'000)));
        }
    }

    void externalRoutesSkipEmptyVehicles() {
        const solver::Problem p = toProblem(handLiLim(), solver::Objective::Hierarchical);
        solver::Solution s;
        s.routes = {{},
                    {p.requests[1].pickup, p.requests[0].pickup, p.requests[0].delivery,
                     p.requests[1].delivery}};
        QCOMPARE(toExternalRoutes(p, s), (std::vector<std::vector<int>>{{4, 3, 2, 1}}));
    }

    // The solver's integer view of a published best-known solution agrees with the independent
    // double-precision checker: feasible (ceil'd times keep it so), same distance within the
    // rounding of one unit per leg.
    void solverViewOfBestKnownSolutionsAgreesWithChecker_data() {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("solution");
        QTest::newRow("c1_2_1") << "c1_2_1.txt"
                                << "c1_2_1.20_2704.5678.txt";
        QTest::newRow("lc101") << "lc101.txt"
                               << "lc101.10_828.9369.txt";
        QTest::newRow("lr101") << "lr101.txt"
                               << "lr101.19_1650.7992.txt";
    }
    void solverViewOfBestKnownSolutionsAgreesWithChecker() {
        QFETCH(QString, instance);
        QFETCH(QString, solution);
        const BenchmarkInstance inst = readBenchmarkFile(kBench + instance.toStdString());
        const auto routes = readSintefSolutionFile(kBench + solution.toStdString()).routes;
        const solver::Problem p = toProblem(inst, solver::Objective::Hierarchical);
        const std::vector<int> stopOf = stopByExternal(p, int(inst.nodes.size()));
        solver::Solution s;
        s.routes.resize(p.vehicles.size());
        std::size_t legs = 0;
        for (std::size_t v = 0; v < routes.size(); ++v) {
            for (int id : routes[v]) s.routes[v].push_back(stopOf[id]);
            legs += routes[v].size() + 1;
        }
        const solver::Summary sum = solver::summarize(p, s);
        const CheckResult check = checkSolution(inst, routes);
        QVERIFY(sum.feasible);
        QCOMPARE(sum.unassigned, 0);
        QCOMPARE(sum.vehiclesUsed, check.vehiclesUsed);
        QVERIFY(std::abs(double(sum.distance) / p.scale - check.distance) <= 0.5 * legs / p.scale);
        QCOMPARE(toExternalRoutes(p, s), routes);
    }
};

QTEST_APPLESS_MAIN(TstBenchmarkProblem)
#include "tst_benchmark_problem.moc"

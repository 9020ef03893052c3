// The solver as a whole: benchmark instances solve to feasible results with the expected fleet
// (checked by the independent checker), runs repeat exactly for a seed, commitments and locks
// hold, unservable requests come back with the right reason, cancellation is honoured.
#include <QtTest>
#include <thread>

#include "core/io/benchmark_instance.h"
#include "core/io/benchmark_problem.h"
#include "core/io/solution_checker.h"
#include "core/solver/search/diagnose.h"
#include "core/solver/solve.h"
#include "core/solver/what_if.h"
#include "random_problem.h"

using namespace chongal;
using namespace chongal::solver;

namespace {

SolveResult solveFor(const Problem& p, double seconds, long iterations = -1, std::uint64_t seed = 1) {
    SolveOptions o;
    o.timeLimitSeconds = seconds;
    o.maxIterations = iterations;
    o.seed = seed;
    return solve(p, o);
}

int requestOnVehicle(const Solution& s, const Problem& p, int request) {
    for (int v = 0; v < int(s.routes.size()); ++v)
        for (int st : s.routes[v])
            if (st == p.requests[request].delivery) return v;
    return -1;
}

}  // namespace

class TstSolve : public QObject {
    Q_OBJECT
private slots:
    void benchmarkInstancesReachTheirFleet_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("maxVehicles");
        QTest::addColumn<double>("maxDistance");
        // Solomon C101 and Li & Lim lc101 are solved to optimality by every good solver;
        // R201 and lr101 leave room, so the bounds are a little above the best known.
        QTest::newRow("Solomon C101") << "C101.txt" << 10 << 828.94 * 1.001;
        QTest::newRow("Solomon R201") << "R201.txt" << 4 << 1252.37 * 1.05;
        QTest::newRow("Li & Lim lc101") << "lc101.txt" << 10 << 828.94 * 1.001;
        QTest::newRow("Li & Lim lr101") << "lr101.txt" << 19 << 1650.80 * 1.03;
    }
    void benchmarkInstancesReachTheirFleet() {
        QFETCH(QString, file);
        QFETCH(int, maxVehicles);
        QFETCH(double, maxDistance);
        const auto inst = io::readBenchmarkFile(CHONGAL_TEST_DATA "/bench/" + file.toStdString());
        const Problem p = io::toProblem(inst, Objective::Hierarchical);
        const SolveResult r = solveFor(p, 1.5);
        const io::CheckResult check = io::checkSolution(inst, io::toExternalRoutes(p, r.solution));
        QVERIFY2(check.feasible, check.violations.empty() ? "" : check.violations.front().message.c_str());
        QVERIFY(r.solution.unassigned.empty());
        QVERIFY2(check.vehiclesUsed <= maxVehicles, qPrintable(QString::number(check.vehiclesUsed)));
        QVERIFY2(check.distance <= maxDistance, qPrintable(QString::number(check.distance)));
        QCOMPARE(r.summary.vehiclesUsed, check.vehiclesUsed);
    }

    void sameSeedSamePlan() {
        const Problem p = testing::randomProblem(7, 40, 6, Objective::Dispatch);
        const SolveResult a = solveFor(p, 60, 3000, 11);
        const SolveResult b = solveFor(p, 60, 3000, 11);
        QCOMPARE(a.solution.routes, b.solution.routes);
        QCOMPARE(a.summary.cost, b.summary.cost);
        QCOMPARE(a.iterations, b.iterations);
    }

    // Independent searches, one after another (attempts) or side by side (threads): the best
    // wins, so the result is never worse than the first search alone (which runs exactly as a
    // single search on its share); interim results only ever improve; runs still repeat.
    void independentSearchesKeepTheBestAndRepeat_data() {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("threads");
        QTest::newRow("3 attempts") << 3 << 1;
        QTest::newRow("2 threads") << 1 << 2;
        QTest::newRow("2 threads x 2 attempts") << 2 << 2;
    }
    void independentSearchesKeepTheBestAndRepeat() {
        QFETCH(int, attempts);
        QFETCH(int, threads);
        const Problem p = testing::randomProblem(4, 40, 8, Objective::Hierarchical);
        SolveOptions o;
        o.timeLimitSeconds = 60;
        o.maxIterations = 200 * attempts;  // per thread
        o.attempts = attempts;
        o.threads = threads;
        std::vector<Cost> interim;
        o.onImprovement = [&](const Solution&, const Summary& s) { interim.push_back(s.cost); };
        const SolveResult many = solve(p, o);
        const auto rise = [](Cost a, Cost b) { return b >= a; };
        QVERIFY(std::adjacent_find(interim.begin(), interim.end(), rise) == interim.end());
        QCOMPARE(interim.back(), many.summary.cost);
        o.onImprovement = nullptr;
        QCOMPARE(solve(p, o).solution.routes, many.solution.routes);
        o.attempts = o.threads = 1;
        o.maxIterations = 200;
        const SolveResult one = solve(p, o);
        QVERIFY(many.summary.cost <= one.summary.cost);
        QVERIFY(many.iterations > one.iterations);  // all searches count
    }

    // The first interim result comes before any search step: the console shows a plan at once.
    void theConstructionIsPublishedAtOnce() {
        const Problem p = testing::randomProblem(9, 60, 8, Objective::Dispatch);
        SolveOptions o;
        o.timeLimitSeconds = 60;
        o.maxIterations = 0;
        std::vector<Summary> interim;
        o.onImprovement = [&](const Solution&, const Summary& s) { interim.push_back(s); };
        const SolveResult r = solve(p, o);
        QCOMPARE(r.iterations, 0L);
        QVERIFY(!interim.empty());
        QCOMPARE(interim.front().unassigned, 0);
    }

    void fixedPrefixAndLocksHold() {
        Problem p = testing::randomProblem(5, 30, 5, Objective::Dispatch);
        // Vehicle 1 is committed to request 3's first stop; request 8 is locked to vehicle 2.
        const Request& r3 = p.requests[3];
        const int committed = r3.pickup >= 0 ? r3.pickup : r3.delivery;
        p.vehicles[1].fixedPrefix = {committed};
        p.requests[3].lockedVehicle = 1;
        p.requests[8].lockedVehicle = 2;
        const SolveResult r = solveFor(p, 60, 2000);
        QVERIFY(!r.solution.routes[1].empty());
        QCOMPARE(r.solution.routes[1].front(), committed);
        QCOMPARE(requestOnVehicle(r.solution, p, 3), 1);
        QCOMPARE(requestOnVehicle(r.solution, p, 8), 2);
        QVERIFY(r.summary.feasible);
    }

    // A vehicle committed to a pickup (its drop-off not yet placed) must not make the other
    // requests look unservable: the lone check includes the committed pair.
    void committedPickupsDoNotHideServableRequests() {
        Problem p = testing::randomProblem(21, 12, 1, Objective::Dispatch, 1.0);
        p.vehicles[0].fixedPrefix = {p.requests[0].pickup};
        p.requests[0].lockedVehicle = 0;
        const SolveResult r = solveFor(p, 60, 500);
        QVERIFY2(r.solution.unassigned.empty(),
                 qPrintable(QString("%1 unassigned").arg(r.solution.unassigned.size())));
        QCOMPARE(r.solution.routes[0].front(), p.requests[0].pickup);
    }

    void warmStartIsKeptWhenNothingBetterIsFound() {
        const Problem p = testing::randomProblem(9, 25, 4, Objective::Dispatch);
        const SolveResult first = solveFor(p, 60, 2000);
        SolveOptions o;
        o.maxIterations = 0;
        o.warmStart = &first.solution;
        const SolveResult again = solve(p, o);
        QCOMPARE(again.summary.cost, first.summary.cost);
    }

    void unservableRequestsComeWithTheirReason_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("reason");
        QTest::newRow("larger than every vehicle") << 0 << int(UnassignedReason::TooLarge);
        QTest::newRow("drop-off window closes before anyone can arrive")
            << 1 << int(UnassignedReason::DeliveryClosesTooEarly);
        QTest::newRow("locked to a vehicle too small") << 2 << int(UnassignedReason::LockedVehicleCannot);
    }
    void unservableRequestsComeWithTheirReason() {  // in every result, interim or final
        QFETCH(int, fault);
        QFETCH(int, reason);
        // Hierarchical also runs route elimination, which must not list the request twice.
        for (Objective objective : {Objective::Distance, Objective::Hierarchical}) {
            Problem p = testing::randomProblem(3, 10, 3, objective, 0.0);
            Stop& drop = p.stops[p.requests[4].delivery];
            if (fault == 0) drop.load = -50;
            if (fault == 1) drop.close = 1;  // the depot is never at the customer at time 0
            if (fault == 2) {
                drop.load = -8;
                p.vehicles[2].capacity = 5;
                p.requests[4].lockedVehicle = 2;
            }
            // Interim results (what the console shows while the search runs) say it as well.
            std::vector<Solution> results;
            SolveOptions o;
            o.timeLimitSeconds = 60;
            o.maxIterations = 300;
            o.onImprovement = [&](const Solution& s, const Summary&) { results.push_back(s); };
            results.push_back(solve(p, o).solution);
            QVERIFY(results.size() > 1);
            for (const Solution& s : results) {
                const auto& out = s.unassigned;
                QCOMPARE(std::count(out.begin(), out.end(), 4), 1);
                QCOMPARE(s.reasons.size(), out.size());
                const auto it = std::find(out.begin(), out.end(), 4);
                QCOMPARE(int(s.reasons[it - out.begin()]), reason);
            }
        }
    }

    // A promise no vehicle can keep even with the request alone is known before the search
    // (route elimination does not try to bring it back on time); one a vehicle can just keep is
    // not.
    void unavoidableLatenessIsKnownUpFront() {
        Problem p = testing::randomProblem(3, 10, 3, Objective::Dispatch, 0.0);
        p.stops[p.requests[4].delivery].due = 1;  // nobody reaches the customer by time 1
        const int kept = p.requests[5].delivery;
        p.stops[kept].due = scheduleRoute(p, 0, std::vector<int>{kept}).stops[0].start;
        const std::vector<char> late = search::lateEvenAlone(p);
        QCOMPARE(int(late[4]), 1);
        QCOMPARE(int(late[5]), 0);
        QCOMPARE(std::count(late.begin(), late.end(), 1), 1);
        p.stops[kept].due -= 1;
        QCOMPARE(int(search::lateEvenAlone(p)[5]), 1);
    }

    // A search cancelled before it starts (the console's next event came first) still answers,
    // from every thread, with each request either routed or unassigned.
    void searchCancelledBeforeItStartsStillAnswers() {
        const Problem p = testing::randomProblem(6, 30, 6, Objective::Dispatch);
        const std::atomic<bool> cancel{true};
        SolveOptions o;
        o.cancel = &cancel;
        o.threads = 2;
        o.attempts = 2;
        const SolveResult r = solve(p, o);
        QCOMPARE(int(r.solution.routes.size()), int(p.vehicles.size()));
        std::size_t placed = 0;
        for (int request = 0; request < int(p.requests.size()); ++request)
            placed += requestOnVehicle(r.solution, p, request) >= 0;
        QCOMPARE(placed + r.solution.unassigned.size(), p.requests.size());
    }

    void cancellationStopsTheSearch() {
        const auto inst = io::readBenchmarkFile(CHONGAL_TEST_DATA "/bench/c1_2_1.txt");
        const Problem p = io::toProblem(inst, Objective::Hierarchical);
        std::atomic<bool> cancel{false};
        SolveOptions o;
        o.timeLimitSeconds = 60;
        o.cancel = &cancel;
        QElapsedTimer timer;
        timer.start();
        SolveResult r;
        std::thread worker([&] { r = solve(p, o); });
        QThread::msleep(300);
        cancel = true;
        worker.join();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r.summary.feasible);
        QVERIFY(r.solution.unassigned.empty());
    }

    void whatIfMovesARequestAndPricesIt() {
        const Problem p = testing::randomProblem(12, 20, 3, Objective::Dispatch);
        const SolveResult r = solveFor(p, 60, 1500);
        const int from = requestOnVehicle(r.solution, p, 5);
        QVERIFY(from >= 0);
        const int to = (from + 1) % 3;
        const WhatIf w = whatIfMove(p, r.solution, 5, to);
        QCOMPARE(requestOnVehicle(w.solution, p, 5), to);
        const Summary after = summarize(p, w.solution);
        QCOMPARE(w.costDelta, after.cost - r.summary.cost);
        QCOMPARE(w.travelTimeDelta, after.travelTime - r.summary.travelTime);
        QVERIFY(w.travelTimeDelta != 0);
        QVERIFY(!w.changes.empty());
        const bool leftOldRoute = std::any_of(w.changes.begin(), w.changes.end(), [&](const EtaChange& c) {
            return c.vehicle == from && c.stop == p.requests[5].delivery && c.after == -1;
        });
        QVERIFY(leftOldRoute);
    }
};

QTEST_APPLESS_MAIN(TstSolve)
#include "tst_solve.moc"

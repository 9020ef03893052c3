// Every insertion priced in O(1) from the route caches must equal a full recomputation, and a
// hard-window insertion is feasible exactly when the reference forward schedule says so.
#include <QtTest>

#include "core/solver/search/recreate.h"
#include "core/solver/search/rng.h"
#include "random_problem.h"

using namespace chongal;
using namespace chongal::solver;
using namespace chongal::solver::search;

namespace {

// The cheapest feasible placement of a request in a route, by trying every position (pair).
Cost bruteForceDelta(const Problem& p, const SearchParams& params, const SearchRoute& route,
                     int request) {
    const Request& rq = p.requests[request];
    const int n = route.size();
    Cost best = kNoInsertion;
    const int firstPickup = rq.pickup < 0 ? 0 : route.fixedCount + 1;
    for (int i = firstPickup; i <= n + 1; ++i) {
        for (int j = std::max(i, route.fixedCount + 1); j <= n + 1; ++j) {
            SearchRoute after = route;
            applyInsertion(p, after, request, {0, 0, rq.pickup < 0 ? -1 : i, j});
            after.update(p, params);
            const Load cap = p.vehicles[after.vehicle].capacity;
            if (*std::max_element(after.load.begin(), after.load.end()) > cap) continue;
            if (params.hardWindows && after.timeWarp() > 0) continue;
            best = std::min(best, after.cost - route.cost);
        }
    }
    return best;
}

// On random problems (40 seeds): partial routes from 10 requests, then every leftover request
// against every route: visit(problem, params, route, routeIndex, request, bestInsertion found).
template <class Visit>
void forEachLeftoverInsertion(Objective objective, double pairShare, double asymmetry,
                              Visit&& visit) {
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Problem p = testing::randomProblem(seed, 14, 3, objective, pairShare, asymmetry);
        const SearchParams params = SearchParams::from(p);
        SearchSolution s = SearchSolution::fromSolution(p, params, Solution{});
        Rng rng(seed);
        std::vector<int> all = s.unassigned;
        s.unassigned.assign(all.begin(), all.begin() + 10);
        recreate(p, params, s, vehicleClasses(p), rng, {-1, 0.0});
        for (int req = 10; req < int(all.size()); ++req)
            for (int t = 0; t < int(s.routes.size()); ++t) {
                Insertion ins;
                bestInsertion({p, params, nullptr}, s.routes[t], t, all[req], ins);
                visit(p, params, s.routes[t], t, all[req], ins);
            }
    }
}

}  // namespace

class TstInsertion : public QObject {
    Q_OBJECT
private slots:
    void deltaEqualsRecomputation_data() {
        QTest::addColumn<int>("objective");
        QTest::addColumn<double>("pairShare");
        QTest::addColumn<double>("asymmetry");
        QTest::newRow("hard windows, delivery-only") << int(Objective::Distance) << 0.0 << 0.0;
        QTest::newRow("hard windows, pickup-delivery") << int(Objective::Distance) << 1.0 << 0.0;
        QTest::newRow("hard windows, mixed") << int(Objective::Hierarchical) << 0.5 << 0.0;
        QTest::newRow("soft promises, mixed") << int(Objective::Dispatch) << 0.5 << 0.0;
        // Scans read "towards one place" as a row when the matrix is symmetric; not here.
        QTest::newRow("hard windows, mixed, one-way") << int(Objective::Hierarchical) << 0.5 << 0.3;
        QTest::newRow("soft promises, mixed, one-way") << int(Objective::Dispatch) << 0.5 << 0.3;
    }
    void deltaEqualsRecomputation() {
        QFETCH(int, objective);
        QFETCH(double, pairShare);
        QFETCH(double, asymmetry);
        int checked = 0;
        forEachLeftoverInsertion(Objective(objective), pairShare, asymmetry,
                                 [&](const Problem& p, const SearchParams& params,
                                     const SearchRoute& route, int t, int req, Insertion ins) {
            if (!ins.found()) return;
            SearchRoute after = route;
            applyInsertion(p, after, req, ins);
            after.update(p, params);
            QCOMPARE(after.cost - route.cost, ins.delta);
            const RouteSchedule ref = scheduleRoute(p, t, after.stops);
            QCOMPARE(after.distance(), ref.distance);
            if (params.hardWindows) QVERIFY(ref.feasible);
            ++checked;
        });
        QVERIFY2(checked > 50, qPrintable(QString("only %1 insertions checked").arg(checked)));
    }

    // The pruned search (lower bounds, suffix minima) must find the cheapest position pair:
    // every feasible placement is tried by brute force and recomputed from scratch.
    void bestEqualsBruteForce_data() { deltaEqualsRecomputation_data(); }
    void bestEqualsBruteForce() {
        QFETCH(int, objective);
        QFETCH(double, pairShare);
        QFETCH(double, asymmetry);
        int compared = 0;
        forEachLeftoverInsertion(Objective(objective), pairShare, asymmetry,
                                 [&](const Problem& p, const SearchParams& params,
                                     const SearchRoute& route, int, int req, Insertion ins) {
            QCOMPARE(ins.delta, bruteForceDelta(p, params, route, req));
            ++compared;
        });
        QVERIFY(compared > 100);
    }

    // Segment feasibility (time warp 0) must agree with the forward schedule on any order.
    // A blink only ever hides a position that would have become the best: where a request fits
    // nowhere, a blinker that skips every candidate it is asked about is never asked, so the
    // failure memo may learn that route even during blinking recreates.
    void blinksOnlyHideFeasiblePositions() {
        int fits = 0, fails = 0;
        forEachLeftoverInsertion(Objective::Hierarchical, 0.5, 0.0,
                                 [&](const Problem& p, const SearchParams& params,
                                     const SearchRoute& route, int t, int request,
                                     const Insertion& found) {
                                     Rng rng(1);
                                     Blinker always(&rng, 1.0);
                                     Insertion blinked;
                                     bestInsertion({p, params, &always}, route, t, request, blinked);
                                     QVERIFY(!blinked.found());
                                     QCOMPARE(always.blinks() > 0, found.found());
                                     ++(found.found() ? fits : fails);
                                 });
        QVERIFY(fits > 20 && fails > 20);
    }

    void segmentFeasibilityMatchesSchedule() {
        int feasible = 0, infeasible = 0;
        for (std::uint64_t seed = 1; seed <= 200; ++seed) {
            const Problem p = testing::randomProblem(seed, 4, 1, Objective::Distance, 0.0);
            const SearchParams params = SearchParams::from(p);
            SearchRoute r(p, 0);
            for (const Request& rq : p.requests) r.stops.push_back(rq.delivery);
            std::sort(r.stops.begin(), r.stops.end(),  // by window: about half come out feasible
                      [&](int a, int b) { return p.stops[a].open < p.stops[b].open; });
            if (seed % 2) std::swap(r.stops.front(), r.stops.back());
            r.update(p, params);
            const RouteSchedule ref = scheduleRoute(p, 0, r.stops);
            const bool capacityOk = r.load[0] <= p.vehicles[0].capacity;
            QCOMPARE(r.timeWarp() == 0 && capacityOk, ref.feasible);
            (ref.feasible ? feasible : infeasible)++;
        }
        QVERIFY2(feasible > 5 && infeasible > 5,
                 qPrintable(QString("%1 feasible, %2 infeasible").arg(feasible).arg(infeasible)));
    }
};

QTEST_APPLESS_MAIN(TstInsertion)
#include "tst_insertion.moc"

// Cost minimisation under simulated annealing: a walk through partial solutions that stalls
// there goes back to complete ones, so the best keeps improving.
#include <QtTest>

#include "core/io/benchmark_instance.h"
#include "core/io/benchmark_problem.h"
#include "core/solver/search/annealing.h"
#include "core/solver/search/recreate.h"

using namespace chongal;
using namespace chongal::solver;
using namespace chongal::solver::search;

namespace {

// C101 by cheapest insertion: complete, many routes, far from optimal.
SearchSolution constructed(SearchContext& ctx) {
    SearchSolution s = SearchSolution::fromSolution(ctx.problem, ctx.params, Solution{});
    recreate(ctx.problem, ctx.params, s, ctx.classes, ctx.rng, {-1, 0.0});
    s.touched.clear();
    return s;
}

// The best after annealing from the constructed solution, with a walk that leaves requests out
// at almost no price (the first ruin's requests all stay out, and the walk with them).
Cost annealedWithCheapLeftOuts(const Problem& p, double walkPatience, Cost* start) {
    SearchContext ctx(p, 11);
    ctx.walkEdges = 1e-6;
    ctx.walkPatience = walkPatience;
    SearchSolution s = constructed(ctx);
    *start = s.cost();
    anneal(ctx, s, Budget(60, 3000, nullptr));
    if (!s.unassigned.empty()) return -1;  // the best must stay complete
    return s.cost();
}

}  // namespace

class TstAnnealing : public QObject {
    Q_OBJECT
private slots:
    void stalledPartialWalkReturnsToCompleteSolutions() {
        const Problem p = io::toProblem(io::readBenchmarkFile(CHONGAL_TEST_DATA "/bench/C101.txt"),
                                        Objective::Hierarchical);
        Cost start = 0;
        // Never giving up on the partial walk: no complete solution better than the start.
        QCOMPARE(annealedWithCheapLeftOuts(p, 2.0, &start), start);
        // Giving up after 5 % of the budget: the rest improves the complete solution.
        const Cost improved = annealedWithCheapLeftOuts(p, 0.05, &start);
        QVERIFY(improved > 0);
        QVERIFY2(improved < start, qPrintable(QString("%1 vs %2").arg(improved).arg(start)));
    }
};

QTEST_APPLESS_MAIN(TstAnnealing)
#include "tst_annealing.moc"

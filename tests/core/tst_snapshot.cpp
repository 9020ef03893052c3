// buildSnapshot: what a re-plan may not change. Here: the committed leg of a moving courier
// (the first stop of the plan it follows) when goods it picked up since that plan was made
// leave no room for the pickup it is heading to, and when the operator moved that pickup's order
// to another courier before it set off; an operator-locked sequence holding stops of an order
// that belongs to another courier since; a courier that left its plan; a courier still serving
// a stop.
#include <QtTest>

#include "core/dispatch/snapshot.h"
#include "core/solver/solve.h"
#include "dispatch_fixtures.h"

using namespace chongal;
using namespace chongal::dispatch;
using namespace chongal::testing;

namespace {

Plan planFor(const std::string& courier, std::vector<PlannedStop> stops) {
    Plan p;
    p.routes.push_back({courier, std::move(stops)});
    return p;
}

// How an order went to courier Y.
enum class ToY { Locked, Assigned, PickedUp };

std::vector<std::string> keysOf(const Snapshot& snap, const DispatchState& st,
                                const std::vector<int>& stops) {
    std::vector<std::string> keys;
    for (int i : stops) {
        const solver::Stop& x = snap.problem.stops[i];
        keys.push_back(stopKey(st.orders()[snap.requestOrder[x.request]].order.id,
                               x.kind == solver::StopKind::Pickup));
    }
    return keys;
}

}  // namespace

class TestSnapshot : public QObject {
    Q_OBJECT

private slots:
    // How the console gets there (every step is what the session allows):
    //  1. X follows plan P0 = [C, B]: it delivers C and sets off to B. The snapshot taken now
    //     commits nothing for X (P0's first stop, C, is done) and binds B to X.
    //  2. The search answers P1 = [P:A, D:A, P:B, D:B] (B stays with X, A comes first). While it
    //     ran, X picked B up under P0; P1 gives nothing away, so it is followed.
    //  3. X sets off to A under P1 with B on board. The next snapshot commits X's leg to P:A.
    // With room for A and B that leg is right; without it the committed pickup cannot be loaded
    // before B is handed over, and no route with that prefix carries B: the on-board order was
    // listed unassigned ("no feasible position") with X driving to a pickup it cannot take.
    void committedLegFitsTheLoad_data() {
        QTest::addColumn<Load>("capacity");
        QTest::addColumn<bool>("legCommitted");
        QTest::newRow("room for both: the leg to A stays committed") << Load(4) << true;
        QTest::newRow("B on board leaves no room for A: not committed") << Load(3) << false;
    }

    void committedLegFitsTheLoad() {
        QFETCH(Load, capacity);
        QFETCH(bool, legCommitted);
        const travel::GreatCircleModel travel;
        DispatchState st;
        join(st, "X", capacity);
        apply(st, kT0, OrderCreated{order("C", kHubA, 1)});
        apply(st, kT0, OrderCreated{order("B", kHubA, 2)});
        apply(st, kT0, OrderCreated{order("A", kHubB, 2)});

        // 1. Under P0.
        const Plan p0 =
            planFor("X", {stop("C", true), stop("C", false), stop("B", true), stop("B", false)});
        apply(st, kT0, OrderAssigned{"C", "X"});
        apply(st, kT0 + 20, PickedUp{"C", "X"});
        apply(st, kT0 + 600, Delivered{"C", "X"});
        apply(st, kT0 + 720, OrderAssigned{"B", "X"});
        const Snapshot s1 = buildSnapshot(st, travel, kT0 + 780, &p0);
        QVERIFY(s1.problem.vehicles[0].fixedPrefix.empty());
        QCOMPARE(s1.problem.requests[s1.requestOf(st.orderIndex("B"))].lockedVehicle, 0);

        // 2. P1 arrives after the pickup of B.
        apply(st, kT0 + 900, PickedUp{"B", "X"});
        const Plan p1 =
            planFor("X", {stop("A", true), stop("A", false), stop("B", true), stop("B", false)});
        // 3. On the way to A.
        apply(st, kT0 + 920, OrderAssigned{"A", "X"});
        const Snapshot s3 = buildSnapshot(st, travel, kT0 + 960, &p1);
        const std::vector<std::string> prefix = keysOf(s3, st, s3.problem.vehicles[0].fixedPrefix);
        QCOMPARE(prefix,
                 legCommitted ? std::vector<std::string>{"P:A"} : std::vector<std::string>{});

        // Whatever is committed, the re-plan carries both orders within capacity.
        solver::SolveOptions o;
        o.timeLimitSeconds = 60;
        o.maxIterations = 300;
        const solver::SolveResult r = solver::solve(s3.problem, o);
        QStringList unassigned;
        for (int rq : r.solution.unassigned)
            unassigned << QString::fromStdString(st.orders()[s3.requestOrder[rq]].order.id);
        QVERIFY2(unassigned.isEmpty(), qPrintable("unassigned: " + unassigned.join(' ')));
        QVERIFY(r.summary.feasible);
        const std::vector<std::string> route = keysOf(s3, st, r.solution.routes[0]);
        QCOMPARE(route.front(), legCommitted ? std::string("P:A") : std::string("D:B"));
    }

    // The operator moves the first pickup of X's plan to Y (a lock; placed in Y's route, also
    // Y's locked sequence). While X has not set off to it, the lock wins; once X is on its way,
    // the leg stays X's (a lock cannot take it away). Before, the leg was committed either way
    // and the re-plan silently kept the order on X; and with the placed move, X on its way, both
    // prefixes held the pickup and Y's took the request.
    void lockBeatsALegNotStarted_data() {
        QTest::addColumn<bool>("setOff");
        QTest::addColumn<bool>("placed");
        QTest::addColumn<QString>("servedBy");
        QTest::newRow("X has not set off: moved to Y") << false << false << "Y";
        QTest::newRow("X is on its way: stays with X") << true << false << "X";
        QTest::newRow("placed in Y's route, X has not set off: Y's") << false << true << "Y";
        QTest::newRow("placed in Y's route, X is on its way: stays with X") << true << true << "X";
    }

    void lockBeatsALegNotStarted() {
        QFETCH(bool, setOff);
        QFETCH(bool, placed);
        QFETCH(QString, servedBy);
        const travel::GreatCircleModel travel;
        DispatchState st;
        join(st, "X");
        join(st, "Y");
        apply(st, kT0, OrderCreated{order("A", kHubB, 1)});
        const Plan plan = planFor("X", {stop("A", true), stop("A", false)});
        if (setOff) apply(st, kT0 + 2, OrderAssigned{"A", "X"});
        apply(st, kT0 + 2, OrderLocked{"A", "Y"});
        if (placed) apply(st, kT0 + 2, SequenceLocked{"Y", {"P:A", "D:A"}});
        const Snapshot snap = buildSnapshot(st, travel, kT0 + 30, &plan);
        const int x = snap.vehicleOf(st.courierIndex("X"));
        const int y = snap.vehicleOf(st.courierIndex("Y"));
        QCOMPARE(snap.problem.vehicles[x].fixedPrefix.empty(), !setOff);
        QCOMPARE(snap.problem.vehicles[y].fixedPrefix.empty(), setOff || !placed);
        const int vehicle = snap.problem.requests[snap.requestOf(st.orderIndex("A"))].lockedVehicle;
        QCOMPARE(QString::fromStdString(snap.problem.vehicles[vehicle].id), servedBy);
    }

    // The operator locked X's sequence C, B, A; since then order B went to Y: the operator moved
    // it (a lock), the feed reports Y on its way to it, or Y picked it up. B's stops leave X's
    // prefix (the rest stays fixed, in order) and B stays Y's. Before, X's prefix kept them and
    // took B's request from Y: a route bound to hand over goods Y carries.
    void lockedSequenceSkipsOrdersOfAnotherCourier_data() {
        QTest::addColumn<ToY>("since");
        QTest::newRow("B locked to Y") << ToY::Locked;
        QTest::newRow("Y on its way to B") << ToY::Assigned;
        QTest::newRow("B picked up by Y: its drop-off is Y's") << ToY::PickedUp;
    }

    void lockedSequenceSkipsOrdersOfAnotherCourier() {
        QFETCH(ToY, since);
        const travel::GreatCircleModel travel;
        DispatchState st;
        join(st, "X");
        join(st, "Y");
        for (const char* id : {"A", "B", "C"}) apply(st, kT0, OrderCreated{order(id, kHubB, 1)});
        apply(st, kT0 + 1, SequenceLocked{"X", {"P:C", "P:B", "P:A", "D:B", "D:A", "D:C"}});
        if (since == ToY::Locked) apply(st, kT0 + 2, OrderLocked{"B", "Y"});
        if (since == ToY::Assigned) apply(st, kT0 + 2, OrderAssigned{"B", "Y"});
        if (since == ToY::PickedUp) apply(st, kT0 + 2, PickedUp{"B", "Y"});

        const Snapshot snap = buildSnapshot(st, travel, kT0 + 30);
        const int x = snap.vehicleOf(st.courierIndex("X"));
        const int y = snap.vehicleOf(st.courierIndex("Y"));
        QCOMPARE(keysOf(snap, st, snap.problem.vehicles[x].fixedPrefix),
                 (std::vector<std::string>{"P:C", "P:A", "D:A", "D:C"}));
        QVERIFY(snap.problem.vehicles[y].fixedPrefix.empty());
        const auto vehicleOf = [&](const char* orderId) {
            return snap.problem.requests[snap.requestOf(st.orderIndex(orderId))].lockedVehicle;
        };
        QCOMPARE(vehicleOf("B"), y);
        QCOMPARE(vehicleOf("A"), x);
        QCOMPARE(vehicleOf("C"), x);
    }

    // X follows [P:A, D:A, D:B] (A at hub B, B on board). When the feed reports X picking up C,
    // which the plan gave to Y, X has left its plan: the leg to A is not committed any more
    // (with it, the search had to send X back to hub B before anything else).
    void aCourierThatLeftItsPlanKeepsNoLeg_data() {
        QTest::addColumn<bool>("tookC");
        QTest::newRow("on its plan: the leg to A stays") << false;
        QTest::newRow("took C on its own: no leg") << true;
    }

    void aCourierThatLeftItsPlanKeepsNoLeg() {
        QFETCH(bool, tookC);
        const travel::GreatCircleModel travel;
        DispatchState st;
        join(st, "X");
        join(st, "Y");
        apply(st, kT0, OrderCreated{order("A", kHubB, 1)});
        apply(st, kT0, OrderCreated{order("B", kHubA, 1)});
        apply(st, kT0, OrderCreated{order("C", kHubA, 1)});
        apply(st, kT0 + 10, PickedUp{"B", "X"});
        Plan followed = planFor("X", {stop("A", true), stop("A", false), stop("B", false)});
        followed.routes.push_back({"Y", {stop("C", true), stop("C", false)}});
        if (tookC) apply(st, kT0 + 40, PickedUp{"C", "X"});

        const Snapshot snap = buildSnapshot(st, travel, kT0 + 60, &followed);
        const int x = snap.vehicleOf(st.courierIndex("X"));
        QCOMPARE(keysOf(snap, st, snap.problem.vehicles[x].fixedPrefix),
                 tookC ? std::vector<std::string>{} : std::vector<std::string>{"P:A"});
    }

    // A PickedUp/Delivered event marks the start of its service: a re-plan taken while the
    // courier hands an order over may not send it off before the service is over (the 120 s of
    // a drop-off made re-plans optimistic, and stops they promised on time turned late).
    void courierServingAStopLeavesWhenItsServiceIsOver_data() {
        QTest::addColumn<Time>("snapshotAt");
        QTest::addColumn<Time>("leaves");
        // C picked up at +20 (20 s), B at +40 (20 s), C delivered at +600 (120 s).
        QTest::newRow("picking up B") << Time(kT0 + 45) << Time(kT0 + 60);
        QTest::newRow("handing C over") << Time(kT0 + 630) << Time(kT0 + 720);
        QTest::newRow("service over") << Time(kT0 + 750) << Time(kT0 + 750);
    }

    void courierServingAStopLeavesWhenItsServiceIsOver() {
        QFETCH(Time, snapshotAt);
        QFETCH(Time, leaves);
        const travel::GreatCircleModel travel;
        DispatchState st;
        join(st, "X");
        apply(st, kT0, OrderCreated{order("C", kHubA, 1)});
        apply(st, kT0, OrderCreated{order("B", kHubA, 1)});
        apply(st, kT0 + 20, PickedUp{"C", "X"});
        apply(st, kT0 + 40, PickedUp{"B", "X"});
        if (snapshotAt > kT0 + 600) apply(st, kT0 + 600, Delivered{"C", "X"});
        const Snapshot snap = buildSnapshot(st, travel, snapshotAt);
        QCOMPARE(snap.problem.vehicles[0].shiftStart, leaves);
        solver::SolveOptions quick;
        quick.maxIterations = 50;
        const solver::Solution sol = solver::solve(snap.problem, quick).solution;
        const Plan plan = toPlan(snap, st, sol, 1);
        QVERIFY(!plan.routes[0].stops.empty());
        QVERIFY(plan.routes[0].stops.front().arrival >= leaves);  // sets off once free
    }
};

QTEST_APPLESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"

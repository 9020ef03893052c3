// buildDigest's stale-position rule: a courier with work whose last report is old and who is not
// at its next stop is flagged; a pickup or drop-off is a report too (an idle courier sends no
// moves, and one that starts working after waiting at its hub was flagged while it loaded).
#include <QtTest>

#include "app/session/dispatch_digest.h"
#include "tests/core/dispatch_fixtures.h"

using namespace chongal;
using namespace chongal::app;
using namespace chongal::dispatch;
using namespace chongal::testing;

namespace {

const GeoPoint kHalfway{37.5620, 126.9780};  // about 1 km from hub A towards the door

PlannedStop timedStop(const std::string& orderId, bool pickup, GeoPoint where, Time arrival) {
    PlannedStop s = stop(orderId, pickup);
    s.where = where;
    s.arrival = s.start = arrival;
    s.departure = arrival + 60;
    return s;
}

}  // namespace

class TestDispatchDigest : public QObject {
    Q_OBJECT

private slots:
    void stalePositions() {
        DispatchState st;
        join(st, "X");
        join(st, "Y");
        apply(st, kT0, OrderCreated{order("A")});
        apply(st, kT0, OrderCreated{order("B")});
        // X waits at the hub for 20 minutes (no moves), then loads A.
        apply(st, kT0 + 1200, OrderAssigned{"A", "X"});
        apply(st, kT0 + 1200, PickedUp{"A", "X"});
        // Y set off to the door with B at once and has not reported since it was halfway.
        apply(st, kT0, OrderAssigned{"B", "Y"});
        apply(st, kT0, PickedUp{"B", "Y"});
        apply(st, kT0 + 120, CourierMoved{"Y", kHalfway, 0.0});

        Plan plan;
        plan.routes.push_back({"X", {timedStop("A", false, kDoor, kT0 + 1500)}});
        plan.routes.push_back({"Y", {timedStop("B", false, kDoor, kT0 + 300)}});
        const DispatchDigest d = buildDigest(st, plan, kT0 + 1230, {});

        QCOMPARE(d.couriers[st.courierIndex("X")].phase, CourierPhase::ToDropoff);
        QCOMPARE(d.couriers[st.courierIndex("Y")].phase, CourierPhase::Stale);
        QStringList stale;
        for (const AlertRow& a : d.alerts)
            if (a.kind == AlertKind::StalePosition) stale << a.subjectId;
        QCOMPARE(stale, QStringList{"Y"});
        // X's position is still the one it started with; its report is the pickup.
        QCOMPARE(st.courier("X")->positionAt, kT0);
        QCOMPARE(st.courier("X")->reportedAt, kT0 + 1200);
        QCOMPARE(d.couriers[st.courierIndex("X")].positionAge, Time(0));
    }
};

QTEST_APPLESS_MAIN(TestDispatchDigest)
#include "tst_dispatch_digest.moc"

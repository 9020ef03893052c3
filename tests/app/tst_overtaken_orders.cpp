// overtakenOrders: which orders a plan computed on an older state gives away although a courier
// has since set off to them or picked them up.
#include <QtTest>

#include "app/session/overtaken_orders.h"

using namespace chongal;
using namespace chongal::dispatch;

namespace {

constexpr Time kT0 = 1'800'000'000;

// Couriers C1 and C2, orders A and B, nothing moved yet.
DispatchState startState() {
    DispatchState s;
    const GeoPoint hub{37.5546, 126.9726};
    for (const char* id : {"C1", "C2"}) {
        Courier c;
        c.id = id;
        c.start = hub;
        c.shiftStart = kT0;
        c.shiftEnd = kT0 + 7200;
        s.apply({kT0, "sim", CourierJoined{c}});
    }
    for (const char* id : {"A", "B"}) {
        Order o;
        o.id = id;
        o.pickup = hub;
        o.dropoff = {37.57, 126.983};
        o.placedAt = o.readyAt = kT0;
        o.dueAt = kT0 + 3600;
        s.apply({kT0, "sim", OrderCreated{o}});
    }
    return s;
}

// A plan from "courier:order order;courier:..." (pickup and drop-off of each order), with the
// orders after '|' left out.
Plan planOf(const QString& text) {
    Plan p;
    const QStringList parts = text.split('|');
    for (const QString& route : parts[0].split(';', Qt::SkipEmptyParts)) {
        CourierRoute r;
        r.courierId = route.section(':', 0, 0).toStdString();
        for (const QString& id : route.section(':', 1).split(' ', Qt::SkipEmptyParts))
            for (bool pickup : {true, false}) {
                PlannedStop st;
                st.orderId = id.toStdString();
                st.pickup = pickup;
                r.stops.push_back(st);
            }
        p.routes.push_back(r);
    }
    if (parts.size() > 1)
        for (const QString& id : parts[1].split(' ', Qt::SkipEmptyParts))
            p.unassigned.push_back(
                {id.toStdString(), solver::UnassignedReason::NoFeasiblePosition});
    return p;
}

Event happened(const QString& text) {  // "picked A C1", "assigned A C1"
    const QStringList w = text.split(' ');
    if (w[0] == "picked")
        return {kT0 + 60, "sim", PickedUp{w[1].toStdString(), w[2].toStdString()}};
    return {kT0 + 60, "sim", OrderAssigned{w[1].toStdString(), w[2].toStdString()}};
}

}  // namespace

class TestOvertakenOrders : public QObject {
    Q_OBJECT

private slots:
    void orders_data() {
        QTest::addColumn<QStringList>("before");  // events the plan's search saw
        QTest::addColumn<QStringList>("after");   // events since
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QStringList>("overtaken");
        QTest::newRow("nothing happened")
            << QStringList{} << QStringList{} << "C2:A B" << QStringList{};
        QTest::newRow("picked up since, planned for its carrier")
            << QStringList{} << QStringList{"picked A C1"} << "C1:A;C2:B" << QStringList{};
        QTest::newRow("picked up since, planned for another courier")
            << QStringList{} << QStringList{"picked A C1"} << "C2:A B" << QStringList{"A"};
        QTest::newRow("picked up since, left out")
            << QStringList{} << QStringList{"picked A C1"} << "C2:B|A" << QStringList{"A"};
        QTest::newRow("picked up before, left out (the search knew)")
            << QStringList{"picked A C1"} << QStringList{} << "C2:B|A" << QStringList{};
        QTest::newRow("set off to since, planned for another courier")
            << QStringList{} << QStringList{"assigned B C1"} << "C2:A B" << QStringList{"B"};
        QTest::newRow("set off to before, picked up since by the same courier")
            << QStringList{"assigned A C1"} << QStringList{"picked A C1"} << "C1:A;C2:B"
            << QStringList{};
        QTest::newRow("several") << QStringList{} << QStringList{"picked A C1", "assigned B C1"}
                                 << "C2:A B" << QStringList{"A", "B"};
        QTest::newRow("unknown to the plan")
            << QStringList{} << QStringList{"picked A C1"} << "C2:B" << QStringList{};
    }

    void orders() {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(QString, plan);
        QFETCH(QStringList, overtaken);
        DispatchState basis = startState();
        for (const QString& e : before) QVERIFY(basis.apply(happened(e)).empty());
        DispatchState now = basis;
        for (const QString& e : after) QVERIFY(now.apply(happened(e)).empty());
        QStringList got;
        for (const std::string& id : app::overtakenOrders(planOf(plan), basis, now))
            got << QString::fromStdString(id);
        got.sort();
        QCOMPARE(got, overtaken);
    }
};

QTEST_APPLESS_MAIN(TestOvertakenOrders)
#include "tst_overtaken_orders.moc"

// The simulator drives couriers along their plan: however the shift is cut into steps, a leg
// takes the time the travel model gives it, so a plan's ETAs are what happens.
#include <QtTest>

#include "core/sim/simulator.h"

using namespace chongal;
using namespace chongal::dispatch;

namespace {

constexpr Time kStart = 1'700'000'000;
const GeoPoint kHub{37.5665, 126.9780};       // Seoul City Hall
const GeoPoint kCustomer{37.6543, 127.0568};  // Nowon, about 16 km by road

struct Delivery {
    Time at = -1;
    double metres = 0.0;
    int rejected = 0;  // events the state refused
};

// One courier picks an order up at the hub and delivers it; the shift is advanced `step`
// seconds at a time, every event applied before the next step.
Delivery deliver(Time step) {
    const travel::GreatCircleModel travel;
    DispatchState state;
    Courier courier{"C1", "Kim", kHub, std::nullopt, kStart, kStart + 7200, 10, 22.0};
    state.apply({kStart, "sim", CourierJoined{courier}});
    Order order;
    order.id = "O1";
    order.pickup = kHub;
    order.dropoff = kCustomer;
    order.placedAt = order.readyAt = kStart;
    order.dueAt = kStart + 3600;
    state.apply({kStart, "sim", OrderCreated{order}});
    Plan plan;
    plan.routes.push_back({"C1", {{"O1", true, kHub}, {"O1", false, kCustomer}}});

    sim::Simulator simulator(travel);
    Delivery d;
    for (Time t = kStart + step; d.at < 0 && t <= kStart + 7200; t += step)
        for (const Event& e : simulator.advance(state, plan, t)) {
            d.rejected += !state.apply(e).empty();
            if (std::holds_alternative<Delivered>(e.body)) d.at = e.at;
        }
    d.metres = simulator.metres().at("C1");
    return d;
}

}  // namespace

class TstSimulator : public QObject {
    Q_OBJECT
private slots:
    void legsKeepTheirTimeWhateverTheSteps_data() {
        QTest::addColumn<int>("step");
        QTest::newRow("one step") << 7200;
        QTest::newRow("30 s steps (the console)") << 30;
        QTest::newRow("7 s steps") << 7;
    }
    void legsKeepTheirTimeWhateverTheSteps() {
        QFETCH(int, step);
        const travel::GreatCircleModel travel;
        const Delivery d = deliver(step);
        QCOMPARE(d.rejected, 0);
        // Pickup service (20 s by default) at the hub, then one leg to the customer.
        QCOMPARE(d.at, kStart + 20 + travel.seconds(kHub, kCustomer));
        QVERIFY(std::abs(d.metres - double(travel.metres(kHub, kCustomer))) < 1.0);
    }
};

QTEST_APPLESS_MAIN(TstSimulator)
#include "tst_simulator.moc"

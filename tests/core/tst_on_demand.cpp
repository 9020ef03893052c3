#include <QtTest>
#include <algorithm>
#include <set>

#include "core/sim/on_demand.h"
#include "core/sim/scenario_inputs.h"

using namespace chongal;

namespace {

bool sameOrders(const std::vector<Order>& a, const std::vector<Order>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Order& x, const Order& y) {
        return x.id == y.id && x.pickup == y.pickup && x.dropoff == y.dropoff &&
               x.placedAt == y.placedAt && x.readyAt == y.readyAt && x.dueAt == y.dueAt;
    });
}

int localHour(Time t) {
    return int((t + 9 * 3600) % 86400 / 3600);
}

long onShift(const sim::Scenario& day, Time t) {
    return long(std::count_if(day.couriers.begin(), day.couriers.end(), [&](const Courier& c) {
        return c.shiftStart <= t && t < c.shiftEnd;
    }));
}

}  // namespace

class TstOnDemand : public QObject {
    Q_OBJECT
    std::optional<sim::ScenarioInputs> inputs_;
    sim::Scenario day_;  // defaults, seed 1

    sim::Scenario generate(const sim::OnDemandParams& params) {
        std::string error;
        auto s = sim::generateOnDemandDay(inputs_->dongs, inputs_->hubs, params, &error);
        if (!s) qFatal("generation failed: %s", error.c_str());
        return std::move(*s);
    }

private slots:
    void initTestCase() {
        std::string error;
        inputs_ = sim::loadScenarioInputs(CHONGAL_SOURCE_DIR "/resources", &error);
        QVERIFY2(inputs_.has_value(), error.c_str());
        QElapsedTimer timer;
        timer.start();
        day_ = generate({});
        qInfo("on-demand day: %zu orders, %zu couriers in %.1f ms", day_.orders.size(),
              day_.couriers.size(), double(timer.nsecsElapsed()) / 1e6);
    }

    void orderFieldsHoldTheirInvariants() {
        const sim::OnDemandParams p;
        // Expected total ~1,470 (sum of the hourly rates); a Poisson count has sd ~38.
        QVERIFY2(day_.orders.size() > 1270 && day_.orders.size() < 1670,
                 qPrintable(QString::number(day_.orders.size())));
        QCOMPARE(day_.orders.front().id, std::string("OD-0001"));
        std::set<std::string> ids;
        Time previous = day_.start;
        for (const Order& o : day_.orders) {
            QVERIFY(ids.insert(o.id).second);
            QVERIFY(o.placedAt >= previous);  // in arrival order
            previous = o.placedAt;
            QVERIFY(o.placedAt < day_.start + p.durationS);
            QVERIFY(o.placedAt <= o.readyAt);
            QVERIFY(o.readyAt < o.dueAt);
            QVERIFY(o.readyAt - o.placedAt >= p.prepMinS && o.readyAt - o.placedAt <= p.prepMaxS);
            QCOMPARE(o.dueAt - o.placedAt, p.promiseS);
            QVERIFY2(inputs_->dongs.zoneAt(o.dropoff) >= 0, o.id.c_str());
            QVERIFY(std::any_of(day_.hubs.begin(), day_.hubs.end(),
                                [&](const sim::Hub& s) { return s.position == o.pickup; }));
            QVERIFY(!o.address.empty());
        }
    }

    void storesLieNearTheirHubsInsideSeoul() {
        const sim::OnDemandParams p;
        QCOMPARE(day_.hubs.size(), inputs_->hubs.size() * std::size_t(p.storesPerHub));
        for (std::size_t i = 0; i < day_.hubs.size(); ++i) {
            const sim::Hub& store = day_.hubs[i];
            const sim::Hub& hub = inputs_->hubs[i / std::size_t(p.storesPerHub)];
            QVERIFY(store.id.starts_with(hub.id + "-S"));
            QVERIFY(haversineMetres(store.position, hub.position) <= p.storeRadiusM + 1.0);
            QVERIFY(inputs_->dongs.zoneAt(store.position) >= 0);
        }
    }

    void arrivalsFollowTheHourlyRate() {
        std::array<int, 24> perHour{};
        for (const Order& o : day_.orders) ++perHour[std::size_t(localHour(o.placedAt))];
        qInfo("orders at 04h / 12h / 18h: %d / %d / %d", perHour[4], perHour[12], perHour[18]);
        QVERIFY(perHour[18] > 5 * perHour[4]);
        QVERIFY(perHour[12] > 5 * perHour[4]);
        QVERIFY(perHour[12] > perHour[15] && perHour[18] > perHour[15]);  // two peaks
        const sim::OnDemandParams p;
        for (int h = 0; h < 24; ++h) {
            const double rate = p.ordersPerHour[std::size_t(h)];
            QVERIFY2(std::abs(perHour[std::size_t(h)] - rate) < 5 * std::sqrt(rate) + 3,
                     qPrintable(
                         QString("hour %1: %2 orders, rate %3").arg(h).arg(perHour[h]).arg(rate)));
        }
    }

    void couriersWorkStaggeredShiftsAlongTheDemand() {
        const sim::OnDemandParams p;
        QCOMPARE(day_.couriers.size(), std::size_t(p.couriers));
        QCOMPARE(day_.couriers.front().id, std::string("C001"));
        std::set<Time> starts;
        Time previous = day_.start;
        for (const Courier& c : day_.couriers) {
            const Time length = c.shiftEnd - c.shiftStart;
            QVERIFY(length >= p.shiftMinS && length <= p.shiftMaxS);
            QCOMPARE(length % p.shiftStepS, Time(0));
            QCOMPARE((c.shiftStart - day_.start) % p.shiftStepS, Time(0));
            QVERIFY(c.shiftStart >= day_.start && c.shiftEnd <= day_.start + p.durationS);
            QVERIFY(c.shiftStart >= previous);  // numbered by shift start
            previous = c.shiftStart;
            starts.insert(c.shiftStart);
            QCOMPARE(c.capacity, p.capacity);
            QVERIFY(std::any_of(inputs_->hubs.begin(), inputs_->hubs.end(),
                                [&](const sim::Hub& h) { return h.position == c.start; }));
        }
        QVERIFY(starts.size() > 10);
        const long at0430 = onShift(day_, day_.start + 4 * 3600 + 1800);
        const long at1830 = onShift(day_, day_.start + 18 * 3600 + 1800);
        qInfo("couriers on shift at 04:30 / 18:30: %ld / %ld", at0430, at1830);
        QVERIFY(at1830 > 3 * at0430);
    }

    // Quiet hours keep a crew: staffed by their own rate alone (6-30 orders an hour against
    // 170 at the dinner peak), the night had a handful of riders for orders that come one by one.
    void quietHoursKeepACrew() {
        sim::OnDemandParams p;
        p.quietHourStaffing = 0;
        const sim::Scenario byRateAlone = generate(p);
        for (const Time at : {Time(2 * 3600 + 1800), Time(4 * 3600 + 1800)}) {
            const long crew = onShift(day_, day_.start + at);
            const long before = onShift(byRateAlone, day_.start + at);
            qInfo("couriers on shift at %02d:30: %ld (by rate alone %ld)", int(at / 3600), crew,
                  before);
            QVERIFY(crew >= 2 * before);
            QVERIFY(crew >= 8);
        }
    }

    void deterministicPerSeedAndStreamsIndependent() {
        sim::OnDemandParams p;
        QVERIFY(sameOrders(generate(p).orders, day_.orders));
        p.couriers = 7;  // other couriers, same orders
        QVERIFY(sameOrders(generate(p).orders, day_.orders));
        p.seed = 2;
        const auto other = generate(p);
        QVERIFY(!sameOrders(other.orders, day_.orders));
    }

    void zeroRatesGiveNoOrders() {
        sim::OnDemandParams p;
        p.ordersPerHour.fill(0);
        const auto s = generate(p);
        QVERIFY(s.orders.empty());
        QCOMPARE(s.couriers.size(), std::size_t(p.couriers));
    }

    void rejectsBadParameters_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("preparation longer than the promise") << 0 << "promise must be longer";
        QTest::newRow("negative rate") << 1 << "hourly order rates";
        QTest::newRow("shift range empty") << 2 << "shift length range";
        QTest::newRow("no stores") << 3 << "at least one store";
    }
    void rejectsBadParameters() {
        QFETCH(int, which);
        QFETCH(QString, reason);
        sim::OnDemandParams p;
        if (which == 0) p.prepMaxS = p.promiseS;
        if (which == 1) p.ordersPerHour[5] = -1;
        if (which == 2) p.shiftMaxS = p.shiftMinS - 1;
        if (which == 3) p.storesPerHub = 0;
        std::string error;
        QVERIFY(!sim::generateOnDemandDay(inputs_->dongs, inputs_->hubs, p, &error));
        QVERIFY2(QString::fromStdString(error).contains(reason), error.c_str());
    }
};

QTEST_APPLESS_MAIN(TstOnDemand)
#include "tst_on_demand.moc"

// ShiftReplay: a stored shift's events indexed for scrubbing. The index (ordersAt, couriersAt)
// must agree with a plain replay of the events up to t (stateAt) at every moment, the courier
// positions must be the traces' last fixes, and reading a store for review must not change it.
#include <QtTest>

#include "app/history/shift_history.h"
#include "app/history/shift_replay.h"
#include "store_fixtures.h"

using namespace chongal;
using namespace chongal::store;
using history::OrderPhase;
using history::ShiftReplay;

namespace {

constexpr int kCouriers = 12;
constexpr int kOrders = 90;
constexpr int kTraceSeconds = 900;  // traces cover the first 15 minutes only

using fixtures::take;

std::vector<dispatch::Event> shiftEvents() {
    std::vector<dispatch::Event> events;
    for (int c = 0; c < kCouriers; ++c) events.push_back(fixtures::courierJoined(c));
    for (int k = 0; k < kOrders; ++k) fixtures::appendOrderLife(k * 37, kCouriers, events);
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.at < b.at; });
    return events;
}

// A finished shift in a real store file: the events, and 1 Hz traces of every courier but the
// last (which keeps its start position).
ShiftId writeShift(const QString& path) {
    auto store = take(ShiftStore::open(path.toStdString(), ShiftStore::Mode::ReadWrite));
    NewShift info = fixtures::newShift("야간 배송", fixtures::kShiftStart);
    info.scenario = "midnight-express";
    const ShiftId id = take(store.createShift(info));
    const auto events = shiftEvents();
    take(store.append(id, events));
    const auto trace = fixtures::traces(kCouriers, kTraceSeconds);
    std::vector<PositionSample> batch;
    for (const auto& second : trace)
        for (const PositionSample& s : second)
            if (s.courierId != fixtures::courierName(kCouriers - 1)) batch.push_back(s);
    take(store.appendPositions(id, batch));
    take(store.finishShift(id, fixtures::kShiftStart + 4 * 3600));
    return id;
}

OrderPhase phaseIn(const dispatch::DispatchState& s, const std::string& orderId) {
    const dispatch::OrderState* o = s.order(orderId);
    return o ? history::phaseOf(o->status) : OrderPhase::NotYet;
}

}  // namespace

class TstShiftReplay : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString path_;
    ShiftId shift_ = 0;
    std::optional<history::ShiftHistory> history_;
    std::shared_ptr<const history::LoadedShift> loaded_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath("shifts.chongal");
        shift_ = writeShift(path_);
        const QByteArray before = fixtures::fileHash(path_);
        auto opened = history::ShiftHistory::open(path_.toStdString());
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        history_.emplace(std::move(*opened));
        auto loaded = history_->load(shift_);
        QVERIFY(loaded.ok());
        loaded_ = *loaded;
        QCOMPARE(fixtures::fileHash(path_), before);
    }

    void replaysEveryEvent() {
        const ShiftReplay& r = loaded_->replay;
        QVERIFY(r.problems().empty());
        QCOMPARE(int(r.finalState().orders().size()), kOrders);
        QCOMPARE(int(r.finalState().couriers().size()), kCouriers);
        QCOMPARE(r.begin(), fixtures::kShiftStart);
        QCOMPARE(r.end(), r.events().back().at);
        QCOMPARE(r.track().pointCount(), std::size_t(kCouriers - 1) * kTraceSeconds);
    }

    void indexAgreesWithAPlainReplay_data() {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("before the shift") << qint64(-60);
        QTest::newRow("first second") << qint64(0);
        QTest::newRow("an assignment second") << qint64(37 * 3 + 5);
        QTest::newRow("a pickup second") << qint64(37 * 4 + 600);
        QTest::newRow("the second before a delivery") << qint64(37 * 2 + 1799);
        QTest::newRow("mid shift") << qint64(1700);
        QTest::newRow("after the traces") << qint64(kTraceSeconds + 400);
        QTest::newRow("last event") << qint64(37 * 89 % 7200 + 1800);
        QTest::newRow("after the end") << qint64(5 * 3600);
    }
    void indexAgreesWithAPlainReplay() {
        QFETCH(qint64, offset);
        const ShiftReplay& r = loaded_->replay;
        const Time t = fixtures::kShiftStart + offset;
        const dispatch::DispatchState plain = r.stateAt(t);
        std::vector<ShiftReplay::OrderAt> orders;
        r.ordersAt(t, orders);
        QCOMPARE(orders.size(), r.finalState().orders().size());
        int existing = 0;
        for (std::size_t k = 0; k < orders.size(); ++k) {
            const std::string& id = r.finalState().orders()[k].order.id;
            QCOMPARE(int(orders[k].phase), int(phaseIn(plain, id)));
            if (const dispatch::OrderState* o = plain.order(id)) {
                ++existing;
                const int courier =
                    o->courierId.empty() ? -1 : r.finalState().courierIndex(o->courierId);
                QCOMPARE(orders[k].courier, courier);
            }
        }
        QCOMPARE(existing, int(plain.orders().size()));

        std::vector<ShiftReplay::CourierAt> couriers;
        r.couriersAt(t, orders, couriers);
        QCOMPARE(couriers.size(), std::size_t(kCouriers));
        for (std::size_t c = 0; c < couriers.size(); ++c) {
            const std::string& id = r.finalState().couriers()[c].courier.id;
            QCOMPARE(couriers[c].joined, plain.courier(id) != nullptr);
            int load = 0, assigned = 0;
            for (const dispatch::OrderState& o : plain.orders()) {
                if (o.courierId != id) continue;
                load += o.status == dispatch::OrderStatus::PickedUp ? o.order.size : 0;
                assigned += o.status == dispatch::OrderStatus::Assigned;
            }
            QCOMPARE(couriers[c].load, load);
            QCOMPARE(couriers[c].assigned, assigned);
        }
    }

    void stateAtTheEndIsTheFinalState() {
        const ShiftReplay& r = loaded_->replay;
        const dispatch::DispatchState end = r.stateAt(r.end());
        QCOMPARE(end.orders().size(), r.finalState().orders().size());
        for (std::size_t k = 0; k < end.orders().size(); ++k) {
            QCOMPARE(int(end.orders()[k].status), int(r.finalState().orders()[k].status));
            QCOMPARE(end.orders()[k].deliveredAt, r.finalState().orders()[k].deliveredAt);
        }
        int delivered = 0, cancelled = 0;
        std::vector<ShiftReplay::OrderAt> orders;
        r.ordersAt(r.end(), orders);
        for (const auto& o : orders) {
            delivered += o.phase == OrderPhase::Delivered;
            cancelled += o.phase == OrderPhase::Cancelled;
        }
        int expectCancelled = 0;  // appendOrderLife cancels order k when k % 20 == 19
        for (int k = 0; k < kOrders; ++k) expectCancelled += (k * 37) % 20 == 19;
        QVERIFY(expectCancelled > 0);
        QCOMPARE(cancelled, expectCancelled);
        QCOMPARE(delivered + cancelled, kOrders);
    }

    void couriersStandAtTheirLastFix_data() {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("first fix") << qint64(0);
        QTest::newRow("mid trace") << qint64(421);
        QTest::newRow("last fix") << qint64(kTraceSeconds - 1);
        QTest::newRow("after the traces") << qint64(kTraceSeconds + 1000);
    }
    void couriersStandAtTheirLastFix() {
        QFETCH(qint64, offset);
        const ShiftReplay& r = loaded_->replay;
        const Time t = fixtures::kShiftStart + offset;
        std::vector<ShiftReplay::OrderAt> orders;
        std::vector<ShiftReplay::CourierAt> couriers;
        r.ordersAt(t, orders);
        r.couriersAt(t, orders, couriers);
        const auto fixes = r.track().samplesAt(t);
        QCOMPARE(int(fixes.size()), kCouriers - 1);
        for (const PositionSample& f : fixes) {
            const int c = r.finalState().courierIndex(f.courierId);
            QVERIFY(c >= 0);
            QCOMPARE(couriers[std::size_t(c)].position, f.position);
            QCOMPARE(couriers[std::size_t(c)].fixAt, f.at);
        }
        // The untraced courier stays at its start position.
        const auto& last = couriers.back();
        QCOMPARE(last.fixAt, Time(-1));
        QCOMPARE(last.position, r.finalState().couriers().back().courier.start);
    }

    void positionsMoveWithTime() {
        const ShiftReplay& r = loaded_->replay;
        std::vector<ShiftReplay::OrderAt> orders;
        std::vector<ShiftReplay::CourierAt> a, b;
        r.ordersAt(fixtures::kShiftStart + 100, orders);
        r.couriersAt(fixtures::kShiftStart + 100, orders, a);
        r.couriersAt(fixtures::kShiftStart + 400, orders, b);
        int moved = 0;
        for (int c = 0; c < kCouriers - 1; ++c) moved += !(a[c].position == b[c].position);
        QCOMPARE(moved, kCouriers - 1);
    }

    void pathRunsFromStartToTheCurrentFix() {
        const ShiftReplay& r = loaded_->replay;
        const Time t = fixtures::kShiftStart + 500;
        const auto full = r.pathUntil(0, t, 100000);
        QCOMPARE(int(full.size()), 1 + 501);  // start + fixes at seconds 0..500
        QCOMPARE(full.front(), r.finalState().couriers()[0].courier.start);
        const auto fixes = r.track().samplesAt(t);
        QCOMPARE(full.back(), fixes.front().position);
        const auto thin = r.pathUntil(0, t, 50);
        QVERIFY(thin.size() <= 50);
        QVERIFY(thin.size() >= 25);
        QCOMPARE(thin.back(), full.back());
        QCOMPARE(thin.front(), full.front());
        QVERIFY(r.pathUntil(0, fixtures::kShiftStart - 1).empty());  // not joined yet
    }

    void eventsOutOfTimeOrderStillAgree() {
        // Feeds may log events late: here each order's life is logged in one go, order after
        // order, so the log is far from time order (but each order's events keep their causal
        // order). "At t" means every event stamped <= t, wherever it sits in the log.
        auto events = shiftEvents();
        std::stable_sort(events.begin() + kCouriers, events.end(),
                         [](const auto& a, const auto& b) {
                             auto key = [](const dispatch::Event& e) {
                                 return std::visit(
                                     [](const auto& x) -> std::string {
                                         if constexpr (requires { x.orderId; })
                                             return x.orderId;
                                         else if constexpr (requires { x.order; })
                                             return x.order.id;
                                         else
                                             return {};
                                     },
                                     e.body);
                             };
                             return key(a) < key(b);
                         });
        QVERIFY(!std::is_sorted(events.begin(), events.end(),
                                [](const auto& a, const auto& b) { return a.at < b.at; }));
        const ShiftReplay r(events, PositionTrack{});
        for (Time off : {0, 30, 600, 1805, 3000, 9000}) {
            const Time t = fixtures::kShiftStart + off;
            const auto plain = r.stateAt(t);
            std::vector<ShiftReplay::OrderAt> orders;
            r.ordersAt(t, orders);
            for (std::size_t k = 0; k < orders.size(); ++k)
                QCOMPARE(int(orders[k].phase),
                         int(phaseIn(plain, r.finalState().orders()[k].order.id)));
        }
    }

    void refusedEventsAreListedNotFatal() {
        auto events = shiftEvents();
        events.insert(events.begin() + 20,
                      {fixtures::kShiftStart + 10, "sim", dispatch::Delivered{"NO-SUCH", "C1"}});
        const ShiftReplay r(events, PositionTrack{});
        QCOMPARE(int(r.problems().size()), 1);
        QVERIFY(QString::fromStdString(r.problems().front()).contains("NO-SUCH"));
        QCOMPARE(int(r.finalState().orders().size()), kOrders);
    }

    void emptyShift() {
        const ShiftReplay r({}, PositionTrack{});
        QVERIFY(r.begin() > r.end());
        std::vector<ShiftReplay::OrderAt> orders;
        r.ordersAt(0, orders);
        QVERIFY(orders.empty());
    }

    void reviewLeavesTheFileAsItWas() {
        const QByteArray before = fixtures::fileHash(path_);
        {
            auto opened = history::ShiftHistory::open(path_.toStdString());
            QVERIFY(opened.ok());
            QVERIFY(opened->summary(shift_).ok());
            QVERIFY(opened->load(shift_).ok());
        }
        QCOMPARE(fixtures::fileHash(path_), before);
    }

    void unknownShiftIsAnError() {
        auto r = history_->load(shift_ + 99);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), int(ErrorKind::NoSuchShift));
    }
};

QTEST_GUILESS_MAIN(TstShiftReplay)
#include "tst_shift_replay.moc"

// ShiftReport, travelled kilometres and the CSV exports, on a hand-made shift whose every number
// is worked out below; then the store path: a shift's list summary equals a plain replay.
#include <QtTest>
#include <fstream>
#include <sstream>

#include "app/history/history_csv.h"
#include "app/history/shift_history.h"
#include "app/history/shift_report.h"
#include "app/history/travelled_distance.h"
#include "core/io/csv.h"
#include "store_fixtures.h"

using namespace chongal;
using namespace chongal::dispatch;
using history::ShiftReport;

namespace {

constexpr Time T0 = store::fixtures::kShiftStart;  // 2023-11-15 07:13:20 at +09:00
constexpr int kSeoul = 9 * 3600;

Event at(Time t, EventBody body) {
    return {t, "sim", std::move(body)};
}

Courier courier(const std::string& id, const std::string& name, GeoPoint start) {
    Courier c;
    c.id = id;
    c.name = name;
    c.start = start;
    c.shiftStart = T0;
    c.shiftEnd = T0 + 4 * 3600;
    return c;
}

Order order(const std::string& id, Time placed, Time promiseS) {
    Order o;
    o.id = id;
    o.pickup = {37.56, 126.97};
    o.dropoff = {37.50, 127.03};
    o.placedAt = placed;
    o.readyAt = placed;
    o.dueAt = placed + promiseS;
    o.customer = "고객 " + id;
    o.address = "서울특별시 강남구 테헤란로 " + id;
    return o;
}

// Seven orders, three couriers:
//  o1 A 20 min on time · o2 A 40 min, 10 min late · o3 B 21 min · o7 B 299 s
//  o4 B picked up, never delivered · o6 C assigned only · o5 cancelled
DispatchState handMadeShift() {
    std::vector<Event> ev;
    ev.push_back(at(T0, CourierJoined{courier("A", "김 기사", {37.50, 127.00})}));
    ev.push_back(at(T0, CourierJoined{courier("B", "", {37.51, 127.01})}));
    ev.push_back(at(T0, CourierJoined{courier("C", "박 기사", {37.52, 127.02})}));
    auto deliver = [&](const std::string& id, const std::string& c, Time placed, Time promise,
                       Time took) {
        ev.push_back(at(placed, OrderCreated{order(id, placed, promise)}));
        ev.push_back(at(placed + 5, OrderAssigned{id, c}));
        ev.push_back(at(placed + 60, PickedUp{id, c}));
        ev.push_back(at(placed + took, Delivered{id, c}));
    };
    deliver("o1", "A", T0, 3600, 1200);
    deliver("o2", "A", T0 + 60, 1800, 2400);
    deliver("o3", "B", T0 + 120, 3600, 1260);
    ev.push_back(at(T0 + 180, OrderCreated{order("o4", T0 + 180, 3600)}));
    ev.push_back(at(T0 + 185, OrderAssigned{"o4", "B"}));
    ev.push_back(at(T0 + 240, PickedUp{"o4", "B"}));
    ev.push_back(at(T0 + 190, OrderCreated{order("o5", T0 + 190, 3600)}));
    ev.push_back(at(T0 + 250, OrderCancelled{"o5", "고객 취소"}));
    ev.push_back(at(T0 + 200, OrderCreated{order("o6", T0 + 200, 3600)}));
    ev.push_back(at(T0 + 205, OrderAssigned{"o6", "C"}));
    deliver("o7", "B", T0 + 300, 3600, 299);
    DispatchState s;
    for (const Event& e : ev) {
        const std::string why = s.apply(e);
        if (!why.empty()) qFatal("hand-made shift: %s", why.c_str());
    }
    return s;
}

std::vector<io::CsvRecord> readCsv(const std::string& text) {
    io::CsvReader reader(text);
    std::vector<io::CsvRecord> out;
    io::CsvRecord r;
    while (reader.next(r)) out.push_back(r);
    return out;
}

std::string slurp(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

class TstShiftReport : public QObject {
    Q_OBJECT
private slots:
    void kpisOfTheHandMadeShift() {
        const ShiftReport r = history::makeShiftReport(handMadeShift(), {}, T0);
        const Kpis& k = r.kpis;
        QCOMPARE(k.orders, 7);
        QCOMPARE(k.delivered, 4);
        QCOMPARE(k.cancelled, 1);
        QCOMPARE(k.open, 2);
        QCOMPARE(k.onTimeRate, 0.5);  // 3 on time of 6 not cancelled
        QCOMPARE(k.avgDeliveryMin, (20.0 + 40.0 + 21.0 + 299.0 / 60.0) / 4);
        QCOMPARE(k.p90DeliveryMin, 40.0);
        QCOMPARE(k.couriersUsed, 2);
        QCOMPARE(r.couriersJoined, 3);
    }

    void perCourierSummaries() {
        const ShiftReport r = history::makeShiftReport(handMadeShift(), {{"A", 12345.0}}, T0);
        QCOMPARE(r.couriers.size(), std::size_t(3));
        const auto& a = r.couriers[0];
        QCOMPARE(QString::fromStdString(a.id), QString("A"));
        QCOMPARE(QString::fromStdString(a.name), QString("김 기사"));
        QCOMPARE(a.delivered, 2);
        QCOMPARE(a.onTime, 1);
        QCOMPARE(a.late, 1);
        QCOMPARE(a.onTimeRate(), 0.5);
        QCOMPARE(a.undelivered, 0);
        QCOMPARE(a.km, 12.345);
        QCOMPARE(a.firstDelivery, T0 + 1200);
        QCOMPARE(a.lastDelivery, T0 + 60 + 2400);
        QCOMPARE(a.avgDeliveryMin, 30.0);
        const auto& b = r.couriers[1];
        QCOMPARE(b.delivered, 2);
        QCOMPARE(b.late, 0);
        QCOMPARE(b.undelivered, 1);  // o4 on board at the end
        QCOMPARE(b.km, 0.0);
        QCOMPARE(b.firstDelivery, T0 + 599);
        QCOMPARE(b.lastDelivery, T0 + 1380);
        const auto& c = r.couriers[2];
        QCOMPARE(c.delivered, 0);
        QCOMPARE(c.undelivered, 1);
        QCOMPARE(c.firstDelivery, Time(-1));
        QCOMPARE(c.avgDeliveryMin, 0.0);
    }

    void histogramBins_data() {
        QTest::addColumn<int>("binMinutes");
        QTest::addColumn<QList<int>>("counts");
        QTest::newRow("5-minute bins") << 5 << QList<int>{1, 0, 0, 0, 2, 0, 0, 0, 1};
        QTest::newRow("10-minute bins") << 10 << QList<int>{1, 0, 2, 0, 1};
        QTest::newRow("1-hour bin") << 60 << QList<int>{4};
    }
    void histogramBins() {
        QFETCH(int, binMinutes);
        QFETCH(QList<int>, counts);
        const ShiftReport r = history::makeShiftReport(handMadeShift(), {}, T0, binMinutes);
        QCOMPARE(r.deliveryMinutes.binMinutes, binMinutes);
        QCOMPARE(QList<int>(r.deliveryMinutes.counts.begin(), r.deliveryMinutes.counts.end()),
                 counts);
        QCOMPARE(r.deliveryMinutes.total(), r.kpis.delivered);
    }

    void deliveriesOverTime_data() {
        QTest::addColumn<qint64>("shiftStart");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QList<int>>("delivered");
        QTest::addColumn<QList<int>>("late");
        // T0 is 200 s past a whole 5 minutes: buckets start at T0 - 200.
        QTest::newRow("from the shift start")
            << qint64(T0) << qint64(T0 - 200) << QList<int>{0, 0, 1, 0, 1, 1, 0, 0, 1}
            << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1};
        // A delivery before the recorded start moves the first bucket back to hold it.
        QTest::newRow("shift start after the first delivery")
            << qint64(T0 + 900) << qint64(T0 + 400) << QList<int>{1, 0, 1, 1, 0, 0, 1}
            << QList<int>{0, 0, 0, 0, 0, 0, 1};
        QTest::newRow("shift start on a whole 5 minutes")
            << qint64(T0 - 200) << qint64(T0 - 200) << QList<int>{0, 0, 1, 0, 1, 1, 0, 0, 1}
            << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 1};
    }
    void deliveriesOverTime() {
        QFETCH(qint64, shiftStart);
        QFETCH(qint64, start);
        QFETCH(QList<int>, delivered);
        QFETCH(QList<int>, late);
        const ShiftReport r = history::makeShiftReport(handMadeShift(), {}, shiftStart);
        QCOMPARE(r.overTime.start, start);
        QCOMPARE(r.overTime.bucketSeconds, Time(300));
        QCOMPARE(QList<int>(r.overTime.delivered.begin(), r.overTime.delivered.end()), delivered);
        QCOMPARE(QList<int>(r.overTime.late.begin(), r.overTime.late.end()), late);
    }

    void emptyShiftHasNoBins() {
        const ShiftReport r = history::makeShiftReport(DispatchState{}, {}, T0);
        QCOMPARE(r.kpis.orders, 0);
        QVERIFY(r.deliveryMinutes.counts.empty());
        QVERIFY(r.overTime.delivered.empty());
        QVERIFY(r.couriers.empty());
    }

    void kilometresFromTheTrace_data() {
        QTest::addColumn<double>("detour");
        QTest::newRow("live GPS (streets already in the trace)") << 1.0;
        QTest::newRow("simulated straight legs") << history::simulatedDetour();
    }
    void kilometresFromTheTrace() {
        QFETCH(double, detour);
        const DispatchState s = handMadeShift();
        store::PositionTrack track;
        std::vector<store::TrackPoint> pts(3);
        QVERIFY(store::quantize(T0 + 10, {37.51, 127.00}, 0, pts[0]));
        QVERIFY(store::quantize(T0 + 20, {37.51, 127.01}, 90, pts[1]));
        QVERIFY(store::quantize(T0 + 30, {37.50, 127.01}, 180, pts[2]));
        track.addCourier("A", pts);
        track.addCourier("ghost", pts);  // not in the shift: ignored
        const auto m = history::travelledMetres(s, track, detour);
        const GeoPoint start = s.courier("A")->courier.start;
        const double expect = (haversineMetres(start, store::geoOf(pts[0])) +
                               haversineMetres(store::geoOf(pts[0]), store::geoOf(pts[1])) +
                               haversineMetres(store::geoOf(pts[1]), store::geoOf(pts[2]))) *
                              detour;
        QCOMPARE(m.size(), std::size_t(3));
        QCOMPARE(m.at("A"), expect);
        QVERIFY(expect > 3000 * detour && expect < 3300 * detour);  // about 1.1 + 0.9 + 1.1 km
        QCOMPARE(m.at("B"), 0.0);
        QCOMPARE(history::simulatedDetour(), 1.35);
    }

    void ordersCsv() {
        const DispatchState s = handMadeShift();
        std::ostringstream out;
        history::writeOrdersCsv(out, s, kSeoul);
        const auto rows = readCsv(out.str());
        QCOMPARE(rows.size(), s.orders().size() + 1);
        QCOMPARE(rows[0].fields, history::ordersCsvColumns());
        for (const auto& r : rows) {
            QVERIFY2(r.error.empty(), r.error.c_str());
            QCOMPARE(r.fields.size(), history::ordersCsvColumns().size());
        }
        auto find = [&](const std::string& id) {
            for (const auto& r : rows)
                if (r.fields[0] == id) return r.fields;
            return std::vector<std::string>{};
        };
        const auto o1 = find("o1");
        QCOMPARE(o1[1], std::string("delivered"));
        QCOMPARE(o1[2], std::string("A"));
        QCOMPARE(o1[3], std::string("김 기사"));
        QCOMPARE(o1[4], std::string("2023-11-15T07:13:20+09:00"));
        QCOMPARE(o1[8], std::string("2023-11-15T07:33:20+09:00"));
        QCOMPARE(o1[9], std::string("20.0"));
        QCOMPARE(o1[10], std::string("1"));
        QCOMPARE(o1[11], std::string("0.0"));
        QCOMPARE(o1[13], std::string("서울특별시 강남구 테헤란로 o1"));
        const auto o2 = find("o2");
        QCOMPARE(o2[9], std::string("40.0"));
        QCOMPARE(o2[10], std::string("0"));
        QCOMPARE(o2[11], std::string("10.0"));
        const auto o4 = find("o4");
        QCOMPARE(o4[1], std::string("picked_up"));
        QVERIFY(!o4[7].empty());
        QVERIFY(o4[8].empty() && o4[9].empty() && o4[10].empty());
        QCOMPARE(find("o5")[1], std::string("cancelled"));
        QCOMPARE(find("o6")[1], std::string("assigned"));
        QCOMPARE(find("o7")[9], std::string("5.0"));  // 299 s
    }

    void couriersCsv() {
        const ShiftReport r = history::makeShiftReport(handMadeShift(), {{"A", 12340.0}}, T0);
        std::ostringstream out;
        history::writeCouriersCsv(out, r, kSeoul);
        const auto rows = readCsv(out.str());
        QCOMPARE(rows.size(), r.couriers.size() + 1);
        QCOMPARE(rows[0].fields, history::couriersCsvColumns());
        const auto& a = rows[1].fields;
        QCOMPARE(a, (std::vector<std::string>{"A", "김 기사", "2", "1", "1", "0.500", "0", "12.34",
                                              "2023-11-15T07:33:20+09:00",
                                              "2023-11-15T07:54:20+09:00", "30.0"}));
        const auto& c = rows[3].fields;
        QCOMPARE(c[2], std::string("0"));
        QCOMPARE(c[6], std::string("1"));
        QVERIFY(c[8].empty() && c[10].empty());
    }

    void csvFilesRoundTrip() {
        QTemporaryDir dir;
        const DispatchState s = handMadeShift();
        const QString path = dir.filePath("orders.csv");
        QCOMPARE(history::saveOrdersCsv(path.toStdString(), s, kSeoul), std::string());
        const std::string bytes = slurp(path);
        QVERIFY(bytes.rfind("\xEF\xBB\xBF", 0) == 0);  // BOM for spreadsheet programs
        std::ostringstream direct;
        history::writeOrdersCsv(direct, s, kSeoul);
        QCOMPARE(bytes.substr(3), direct.str());
        const auto rows = readCsv(bytes);  // the reader skips the BOM
        QCOMPARE(rows.size(), s.orders().size() + 1);
        QCOMPARE(rows[0].fields.front(), std::string("order_id"));

        const QString bad = dir.filePath("missing-dir/orders.csv");
        const std::string why = history::saveOrdersCsv(bad.toStdString(), s, kSeoul);
        QVERIFY(!why.empty());
        QVERIFY(QString::fromStdString(why).contains(bad));
    }

    void storedShiftSummaryEqualsAPlainReplay() {
        QTemporaryDir dir;
        const QString path = dir.filePath("s.chongal");
        store::ShiftId id = 0;
        std::vector<Event> events;
        {
            auto st =
                store::ShiftStore::open(path.toStdString(), store::ShiftStore::Mode::ReadWrite);
            QVERIFY(st.ok());
            store::NewShift info = store::fixtures::newShift("점심", T0);
            info.scenario = "on-demand";
            id = *st->createShift(info);
            for (int c = 0; c < 8; ++c) events.push_back(store::fixtures::courierJoined(c));
            for (int k = 0; k < 60; ++k) store::fixtures::appendOrderLife(k * 11, 8, events);
            std::stable_sort(events.begin(), events.end(),
                             [](const auto& a, const auto& b) { return a.at < b.at; });
            QVERIFY(st->append(id, events).ok());
            const auto trace = store::fixtures::traces(8, 120);
            for (const auto& second : trace) QVERIFY(st->appendPositions(id, second).ok());
            QVERIFY(st->finishShift(id, T0 + 7200).ok());
        }
        auto h = history::ShiftHistory::open(path.toStdString());
        QVERIFY(h.ok());
        QCOMPARE(h->shifts().size(), std::size_t(1));
        const auto summary = h->summary(id);
        QVERIFY(summary.ok());
        DispatchState plain;
        for (const Event& e : events) QVERIFY(plain.apply(e).empty());
        auto track = store::ShiftStore::open(path.toStdString(), store::ShiftStore::Mode::ReadOnly)
                         ->loadTrack(id);
        QVERIFY(track.ok());
        const Kpis k = computeKpis(plain, history::travelledMetres(plain, *track, 1.35));
        QCOMPARE(summary->kpis.delivered, k.delivered);
        QCOMPARE(summary->kpis.onTimeRate, k.onTimeRate);
        QCOMPARE(summary->kpis.avgDeliveryMin, k.avgDeliveryMin);
        QCOMPARE(summary->kpis.p90DeliveryMin, k.p90DeliveryMin);
        QCOMPARE(summary->kpis.ordersPerCourierHour, k.ordersPerCourierHour);
        QCOMPARE(summary->kpis.km, k.km);
        QVERIFY(k.km > 0.5);
        QCOMPARE(summary->couriersJoined, 8);
        QCOMPARE(summary->problems, 0);
        // Loading the shift gives the same numbers through the report.
        const auto loaded = h->load(id);
        QVERIFY(loaded.ok());
        QCOMPARE((*loaded)->report.kpis.km, k.km);
        QCOMPARE((*loaded)->report.deliveryMinutes.total(), k.delivered);
    }

    void detourByKindOfShift() {
        store::ShiftInfo live, simulated;
        simulated.scenario = "midnight-express";
        QCOMPARE(history::ShiftHistory::detourFor(live), 1.0);
        QCOMPARE(history::ShiftHistory::detourFor(simulated), history::simulatedDetour());
    }
};

QTEST_GUILESS_MAIN(TstShiftReport)
#include "tst_shift_report.moc"

#include <QtTest>
#include <fstream>
#include <sstream>

#include "core/io/interchange_csv.h"
#include "core/sim/midnight_express.h"
#include "core/sim/scenario_inputs.h"

using namespace chongal;

namespace {

const std::string kData = CHONGAL_TEST_DATA "/interchange/";

bool equal(const Order& a, const Order& b) {
    return a.id == b.id && a.pickup == b.pickup && a.dropoff == b.dropoff &&
           a.placedAt == b.placedAt && a.readyAt == b.readyAt && a.dueAt == b.dueAt &&
           a.size == b.size && a.pickupServiceS == b.pickupServiceS &&
           a.dropoffServiceS == b.dropoffServiceS && a.customer == b.customer &&
           a.address == b.address && a.note == b.note;
}
bool equal(const Courier& a, const Courier& b) {
    return a.id == b.id && a.name == b.name && a.start == b.start && a.end == b.end &&
           a.shiftStart == b.shiftStart && a.shiftEnd == b.shiftEnd && a.capacity == b.capacity &&
           a.speedKmh == b.speedKmh;
}
template <class T>
bool equal(const std::vector<T>& a, const std::vector<T>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const T& x, const T& y) { return equal(x, y); });
}

template <class T>
QStringList ids(const io::ImportResult<T>& r) {
    QStringList out;
    for (const T& item : r.items) out << QString::fromStdString(item.id);
    return out;
}
QList<int> rows(const std::vector<io::RowError>& errors) {
    QList<int> out;
    for (const auto& e : errors) out << e.row;
    return out;
}
QString messageAt(const std::vector<io::RowError>& errors, int row) {
    for (const auto& e : errors)
        if (e.row == row) return QString::fromStdString(e.message);
    return "(no error on row " + QString::number(row) + ")";
}

}  // namespace

class TstInterchangeCsv : public QObject {
    Q_OBJECT
private slots:
    void badOrderRowsAreReportedGoodOnesKept_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing value") << 3 << "missing dropoff_lon";
        QTest::newRow("bad number") << 4 << "pickup_lat is not a number: 'abc'";
        QTest::newRow("latitude out of range") << 5 << "pickup_lat out of range [-90, 90]: 91.5";
        QTest::newRow("ready after due") << 6 << "ready_at is not before due_at";
        QTest::newRow("size zero") << 7 << "size must be a positive integer: 0";
        QTest::newRow("size not an integer") << 8 << "size is not an integer: '1.5'";
        QTest::newRow("duplicate id") << 9 << "duplicate order_id 'A1' (first on row 2)";
        QTest::newRow("time without offset") << 10 << "ready_at: not an ISO 8601 time";
        QTest::newRow("too few fields") << 11 << "expected 9 fields as in the header, found 8";
        QTest::newRow("bad quoting") << 12 << "text after a closing quote";
        QTest::newRow("two problems in one row")
            << 15 << "pickup_lon out of range [-180, 180]: -181; size must be a positive integer";
        QTest::newRow("missing id") << 16 << "missing order_id";
        QTest::newRow("no such date") << 17
                                      << "due_at: not an ISO 8601 time with offset "
                                         "('2026-02-30T01:00:00+09:00'): no such date";
    }
    void badOrderRowsAreReportedGoodOnesKept() {
        QFETCH(int, row);
        QFETCH(QString, reason);
        const auto r = io::readOrdersCsvFile(kData + "orders_mixed.csv");
        QVERIFY2(messageAt(r.errors, row).contains(reason), qPrintable(messageAt(r.errors, row)));
    }

    void mixedOrdersFileAsAWhole() {
        const auto r = io::readOrdersCsvFile(kData + "orders_mixed.csv");
        QCOMPARE(ids(r), (QStringList{"A1", "A11", "A14"}));
        QCOMPARE(rows(r.errors), (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17}));
        QCOMPARE(r.utcOffsetS.value_or(-1), 9 * 3600);
        const Order& a11 = r.items[1];
        QCOMPARE(a11.size, 2);
        QCOMPARE(QString::fromStdString(a11.note), QString("good, with a\ntwo-line note"));
        QCOMPARE(a11.readyAt, Time(1795100400));
        QCOMPARE(a11.dueAt, Time(1795100400 + 3600));
        QCOMPARE(a11.pickup, (GeoPoint{37.554648, 126.972559}));
        QCOMPARE(a11.placedAt, Time(0));  // no placed_at: known from the start
        // The same instant written in UTC reads as the same epoch time.
        QCOMPARE(r.items[2].readyAt, Time(1795100400));
    }

    void badCourierRowsAreReportedGoodOnesKept_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("shift end before start") << 3 << "shift_end is not after shift_start";
        QTest::newRow("capacity zero") << 4 << "capacity must be a positive integer: 0";
        QTest::newRow("end half given") << 5 << "end_lat and end_lon must be given together";
        QTest::newRow("speed zero") << 6 << "speed_kmh must be positive: 0";
        QTest::newRow("duplicate id") << 7 << "duplicate courier_id 'C1' (first on row 2)";
        QTest::newRow("longitude out of range") << 8 << "start_lon out of range [-180, 180]: 181";
        QTest::newRow("missing shift end") << 10 << "missing shift_end";
    }
    void badCourierRowsAreReportedGoodOnesKept() {
        QFETCH(int, row);
        QFETCH(QString, reason);
        const auto r = io::readCouriersCsvFile(kData + "couriers_mixed.csv");
        QVERIFY2(messageAt(r.errors, row).contains(reason), qPrintable(messageAt(r.errors, row)));
    }

    void mixedCouriersFileAsAWhole() {
        const auto r = io::readCouriersCsvFile(kData + "couriers_mixed.csv");
        QCOMPARE(ids(r), (QStringList{"C1", "C7"}));
        QCOMPARE(rows(r.errors), (QList<int>{3, 4, 5, 6, 7, 8, 10}));
        const Courier& c1 = r.items[0];
        QCOMPARE(QString::fromStdString(c1.name), QString("김철수"));
        QVERIFY(!c1.end.has_value());
        QCOMPARE(c1.speedKmh, 22.0);
        QCOMPARE(c1.shiftEnd - c1.shiftStart, Time(7200));
        const Courier& c7 = r.items[1];
        QVERIFY(c7.end.has_value());
        QCOMPARE(*c7.end, (GeoPoint{37.5, 127.0}));
        QCOMPARE(c7.capacity, 4);
        QCOMPARE(c7.speedKmh, 18.5);
    }

    void columnsAreFoundByNameInAnyOrder() {
        // BOM, CRLF, shuffled columns, an unknown column, quoted Korean text with a comma.
        const auto r = io::readOrdersCsvFile(kData + "orders_shuffled.csv");
        QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : r.errors.front().message.c_str());
        QCOMPARE(ids(r), (QStringList{"B1", "B2"}));
        const Order& b1 = r.items[0];
        QCOMPARE(b1.pickup, (GeoPoint{37.554648, 126.972559}));
        QCOMPARE(b1.dropoff, (GeoPoint{37.5663, 126.9779}));
        QCOMPARE(b1.placedAt, Time(1795100400 - 600));
        QCOMPARE(b1.pickupServiceS, Time(30));
        QCOMPARE(b1.dropoffServiceS, Time(90));
        QCOMPARE(QString::fromStdString(b1.customer), QString("김민수"));
        QCOMPARE(QString::fromStdString(b1.address), QString("중구 소공동, 3층"));
        const Order& b2 = r.items[1];
        QCOMPARE(b2.size, 3);
        QCOMPARE(QString::fromStdString(b2.customer), QString("Lee \"Jay\""));
        QCOMPARE(b2.placedAt, Time(0));
        QCOMPARE(b2.pickupServiceS, Time(20));  // defaults when the cell is empty
        QCOMPARE(b2.dropoffServiceS, Time(120));
    }

    void wholeFileProblems_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QByteArray() << 1 << "empty file";
        QTest::newRow("missing columns")
            << QByteArray(
                   "order_id,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon,size\nX,1,2,3,4,1\n")
            << 1 << "missing required column(s): ready_at, due_at";
        QTest::newRow("column twice")
            << QByteArray(
                   "order_id,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon,ready_at,due_at,"
                   "size,size\n")
            << 1 << "column 'size' appears twice";
        QTest::newRow("header after blank lines")
            << QByteArray("\n\nfoo\n") << 3 << "missing required column(s): order_id";
    }
    void wholeFileProblems() {
        QFETCH(QByteArray, text);
        QFETCH(int, row);
        QFETCH(QString, reason);
        std::istringstream in(text.toStdString());
        const auto r = io::readOrdersCsv(in);
        QVERIFY(r.items.empty());
        QCOMPARE(r.errors.size(), 1u);
        QCOMPARE(r.errors[0].row, row);
        QVERIFY2(QString::fromStdString(r.errors[0].message).contains(reason),
                 r.errors[0].message.c_str());
    }

    void unreadableFileIsRowZero() {
        const auto r = io::readCouriersCsvFile(kData + "no_such_file.csv");
        QCOMPARE(r.errors.size(), 1u);
        QCOMPARE(r.errors[0].row, 0);
        QVERIFY(r.errors[0].message.find("no_such_file.csv") != std::string::npos);
    }

    void importingTwiceGivesTheSameResult() {
        const auto a = io::readOrdersCsvFile(kData + "orders_mixed.csv");
        const auto b = io::readOrdersCsvFile(kData + "orders_mixed.csv");
        QVERIFY(equal(a.items, b.items));
        QVERIFY(a.errors == b.errors);
        const auto c = io::readCouriersCsvFile(kData + "couriers_mixed.csv");
        const auto d = io::readCouriersCsvFile(kData + "couriers_mixed.csv");
        QVERIFY(equal(c.items, d.items));
        QVERIFY(c.errors == d.errors);
    }

    void trickyValuesRoundTrip() {
        Order o;
        o.id = "주문,1 \"quoted\"";
        o.pickup = {-33.8688, 151.2093};
        o.dropoff = {0.1 + 0.2, -179.999999999};  // needs all 17 digits
        o.placedAt = 1795100400 - 1;
        o.readyAt = 1795100400;
        o.dueAt = 1795100400 + 1;
        o.size = 7;
        o.pickupServiceS = 0;
        o.dropoffServiceS = 86400;
        o.customer = "line\nbreak";
        o.address = "강남구 역삼1동, 101호";
        o.note = "\"\"";
        Order plain = o;
        plain.id = "plain";
        plain.placedAt = 0;
        plain.customer = plain.address = plain.note = "";
        std::stringstream file;
        io::writeOrdersCsv(file, {o, plain}, -5 * 3600);
        const auto back = io::readOrdersCsv(file);
        QVERIFY2(back.errors.empty(), back.errors.empty() ? "" : back.errors[0].message.c_str());
        QVERIFY(equal(back.items, std::vector<Order>{o, plain}));
        QCOMPARE(back.utcOffsetS.value_or(0), -5 * 3600);

        Courier c;
        c.id = "C,1";
        c.name = "박 \"Bike\" 지훈";
        c.start = {37.1, 127.2};
        c.end = GeoPoint{37.3, 127.4};
        c.shiftStart = 1795100400;
        c.shiftEnd = 1795100400 + 8 * 3600;
        c.capacity = 3;
        c.speedKmh = 0.1 * 3;
        std::stringstream cfile;
        io::writeCouriersCsv(cfile, {c}, 9 * 3600);
        const auto cback = io::readCouriersCsv(cfile);
        QVERIFY(cback.errors.empty());
        QVERIFY(equal(cback.items, std::vector<Courier>{c}));
    }

    void generatedScenarioRoundTrips() {
        std::string error;
        const auto s = sim::loadMidnightExpress(CHONGAL_SOURCE_DIR "/resources", {}, &error);
        QVERIFY2(s.has_value(), error.c_str());
        std::stringstream orders, couriers;
        io::writeOrdersCsv(orders, s->orders, s->utcOffsetS);
        io::writeCouriersCsv(couriers, s->couriers, s->utcOffsetS);
        const std::string ordersText = orders.str();
        QVERIFY(ordersText.starts_with(
            "order_id,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon,ready_at,due_at,size,"));
        QVERIFY(ordersText.find("2026-11-20T01:00:00+09:00") != std::string::npos);

        const auto o = io::readOrdersCsv(orders);
        const auto c = io::readCouriersCsv(couriers);
        QVERIFY(o.errors.empty() && c.errors.empty());
        QVERIFY(equal(o.items, s->orders));
        QVERIFY(equal(c.items, s->couriers));
        // Writing the re-imported shift gives the same bytes.
        std::stringstream again;
        io::writeOrdersCsv(again, o.items, *o.utcOffsetS);
        QCOMPARE(again.str(), ordersText);
    }
};

QTEST_APPLESS_MAIN(TstInterchangeCsv)
#include "tst_interchange_csv.moc"

#include <QBuffer>
#include <QtTest>
#include <sstream>

#include "app/io/interchange_jsonl.h"
#include "core/io/interchange_csv.h"
#include "core/sim/midnight_express.h"
#include "core/sim/on_demand.h"
#include "core/sim/scenario_inputs.h"

using namespace chongal;

namespace {

const QString kData = CHONGAL_TEST_DATA "/interchange/";

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

QString messageAt(const std::vector<io::RowError>& errors, int row) {
    for (const auto& e : errors)
        if (e.row == row) return QString::fromStdString(e.message);
    return "(no error on line " + QString::number(row) + ")";
}

io::OrderImport readOrders(const QByteArray& text) {
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return io::readOrdersJsonl(buffer);
}

}  // namespace

class TstInterchangeJsonl : public QObject {
    Q_OBJECT
private slots:
    void badLinesAreReportedGoodOnesKept_data() {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated object") << 4 << "bad JSON at character";
        QTest::newRow("array instead of object") << 5 << "not a JSON object";
        QTest::newRow("boolean size") << 6 << "size is not an integer: 'true'";
        QTest::newRow("ready after due") << 7 << "ready_at is not before due_at";
        QTest::newRow("duplicate id") << 8 << "duplicate order_id 'A1' (first on row 1)";
        QTest::newRow("missing field") << 9 << "missing pickup_lat";
        QTest::newRow("fractional size") << 10 << "size is not an integer: '1.5'";
    }
    void badLinesAreReportedGoodOnesKept() {
        QFETCH(int, line);
        QFETCH(QString, reason);
        const auto r = io::readOrdersJsonlFile(kData + "orders_mixed.jsonl");
        QVERIFY2(messageAt(r.errors, line).contains(reason), qPrintable(messageAt(r.errors, line)));
    }

    void mixedFileAsAWhole() {
        const auto r = io::readOrdersJsonlFile(kData + "orders_mixed.jsonl");
        QStringList ids;
        for (const Order& o : r.items) ids << QString::fromStdString(o.id);
        QCOMPARE(ids, (QStringList{"A1", "A2", "A8"}));
        QList<int> lines;
        for (const auto& e : r.errors) lines << e.row;
        QCOMPARE(lines, (QList<int>{4, 5, 6, 7, 8, 9, 10}));  // line 2 is blank
        QCOMPARE(r.items[1].size, 2);  // numbers given as strings are accepted
        QCOMPARE(r.items[1].pickup, (GeoPoint{37.554648, 126.972559}));
        QVERIFY(r.items[1].note.empty());  // null = absent
        const Order& a8 = r.items[2];
        QCOMPARE(QString::fromStdString(a8.address), QString("중구 소공동"));
        QCOMPARE(a8.placedAt, Time(1795100400 - 300));
        QCOMPARE(a8.dropoffServiceS, Time(90));
        QCOMPARE(r.utcOffsetS.value_or(0), 9 * 3600);
        // Importing twice gives the same result.
        const auto again = io::readOrdersJsonlFile(kData + "orders_mixed.jsonl");
        QVERIFY(equal(again.items, r.items));
        QVERIFY(again.errors == r.errors);
    }

    void sameRulesAsCsv() {
        // One faulty order in both syntaxes: the same message, from the shared validation.
        const std::string csv =
            "order_id,pickup_lat,pickup_lon,dropoff_lat,dropoff_lon,ready_at,due_at,size\n"
            "X,37.5,127,37.6,200,2026-11-20T02:00:00+09:00,2026-11-20T01:00:00+09:00,0\n";
        std::istringstream in(csv);
        const auto fromCsv = io::readOrdersCsv(in);
        const auto fromJson =
            readOrders(R"({"order_id":"X","pickup_lat":37.5,"pickup_lon":127,"dropoff_lat":37.6,)"
                       R"("dropoff_lon":200,"ready_at":"2026-11-20T02:00:00+09:00",)"
                       R"("due_at":"2026-11-20T01:00:00+09:00","size":0})");
        QCOMPARE(fromCsv.errors.size(), 1u);
        QCOMPARE(fromJson.errors.size(), 1u);
        QCOMPARE(fromCsv.errors[0].row, 2);
        QCOMPARE(fromJson.errors[0].row, 1);
        QCOMPARE(QString::fromStdString(fromJson.errors[0].message),
                 QString::fromStdString(fromCsv.errors[0].message));
        QVERIFY(fromJson.errors[0].message.find("dropoff_lon out of range") != std::string::npos);
    }

    void oddInputs_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("CP949 bytes")
            << QByteArray("{\"order_id\":\"\xBC\xAD\"}\n") << 1 << "not valid UTF-8";
        QTest::newRow("CRLF and BOM, error on line 2")
            << QByteArray("\xEF\xBB\xBF{}\r\n[42]\r\n") << 2 << "not a JSON object";
        QTest::newRow("empty object") << QByteArray("\n\n{}\n") << 3 << "missing order_id";
    }
    void oddInputs() {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const auto r = readOrders(text);
        QVERIFY(r.items.empty());
        QVERIFY2(messageAt(r.errors, line).contains(reason), qPrintable(messageAt(r.errors, line)));
    }

    void unreadableFileIsRowZero() {
        const auto r = io::readCouriersJsonlFile(kData + "no_such_file.jsonl");
        QCOMPARE(r.errors.size(), 1u);
        QCOMPARE(r.errors[0].row, 0);
        QVERIFY(r.errors[0].message.find("no_such_file.jsonl") != std::string::npos);
    }

    void generatedScenariosRoundTrip() {
        std::string error;
        const auto inputs = sim::loadScenarioInputs(CHONGAL_SOURCE_DIR "/resources", &error);
        QVERIFY2(inputs.has_value(), error.c_str());
        const auto me = sim::generateMidnightExpress(inputs->dongs, inputs->hubs, {}, &error);
        const auto day = sim::generateOnDemandDay(inputs->dongs, inputs->hubs, {}, &error);
        QVERIFY2(me && day, error.c_str());
        for (const sim::Scenario* s : {&*me, &*day}) {
            QBuffer orders, couriers;
            orders.open(QIODevice::ReadWrite);
            couriers.open(QIODevice::ReadWrite);
            io::writeOrdersJsonl(orders, s->orders, s->utcOffsetS);
            io::writeCouriersJsonl(couriers, s->couriers, s->utcOffsetS);
            QCOMPARE(orders.data().count('\n'), qsizetype(s->orders.size()));
            orders.seek(0);
            couriers.seek(0);
            const auto o = io::readOrdersJsonl(orders);
            const auto c = io::readCouriersJsonl(couriers);
            QVERIFY2(o.errors.empty(), o.errors.empty() ? "" : o.errors[0].message.c_str());
            QVERIFY(c.errors.empty());
            QVERIFY(equal(o.items, s->orders));
            QVERIFY(equal(c.items, s->couriers));
            QCOMPARE(o.utcOffsetS.value_or(0), s->utcOffsetS);
        }
    }

    void jsonAndCsvExportsReadBackAlike() {
        std::string error;
        const auto day = sim::loadOnDemandDay(CHONGAL_SOURCE_DIR "/resources", {}, &error);
        QVERIFY2(day.has_value(), error.c_str());
        std::stringstream csv;
        io::writeOrdersCsv(csv, day->orders, day->utcOffsetS);
        QBuffer jsonl;
        jsonl.open(QIODevice::ReadWrite);
        io::writeOrdersJsonl(jsonl, day->orders, day->utcOffsetS);
        jsonl.seek(0);
        QVERIFY(equal(io::readOrdersCsv(csv).items, io::readOrdersJsonl(jsonl).items));
    }
};

QTEST_APPLESS_MAIN(TstInterchangeJsonl)
#include "tst_interchange_jsonl.moc"

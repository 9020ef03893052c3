#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "app/models/alerts_model.h"
#include "app/models/couriers_model.h"
#include "app/models/table_filter_proxy.h"
#include "tests/app/session_fixtures.h"

using namespace chongal;
using namespace chongal::app;

namespace {

constexpr Time kMidnight = 1'795'100'400;

CourierRow courier(const char* id, const char* name, CourierPhase phase, int stops, int late = 0) {
    CourierRow c;
    c.id = id;
    c.name = QString::fromUtf8(name);
    c.phase = phase;
    c.capacity = 10;
    c.load = stops / 2;
    c.stopsLeft = stops;
    c.lateStops = late;
    if (stops > 0) {
        c.nextOrderId = "O001";
        c.nextIsPickup = true;
        c.nextEta = kMidnight + 600;
        c.routeEnd = kMidnight + 2400;
    }
    return c;
}

std::vector<CourierRow> sampleRows() {
    std::vector<CourierRow> rows{
        courier("C01", "김민준", CourierPhase::ToPickup, 6),
        courier("C02", "이서연", CourierPhase::ToDropoff, 3, 1),
        courier("C03", "박지호", CourierPhase::Idle, 0),
        courier("C04", "최유진", CourierPhase::Offline, 0),
    };
    rows[1].sequenceLocked = true;
    rows[0].positionAge = 125;
    return rows;
}

QStringList ids(const QAbstractItemModel& m) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, 0).data(IdRole).toString();
    return out;
}

}  // namespace

class TestCouriersModel : public QObject {
    Q_OBJECT

private slots:
    void displaysRows() {
        CouriersModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRows(sampleRows());
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.index(0, CouriersModel::Name).data().toString(), QString("김민준"));
        QCOMPARE(m.index(0, CouriersModel::Status).data().toString(), QString("To pickup"));
        QCOMPARE(m.index(0, CouriersModel::Load).data().toString(), QString("3 / 10"));
        QCOMPARE(m.index(0, CouriersModel::Next).data().toString(), QString("pickup O001 · 00:10"));
        QCOMPARE(m.index(0, CouriersModel::RouteEnd).data().toString(), QString("00:40"));
        QCOMPARE(m.index(0, CouriersModel::LastSeen).data().toString(), QString("2 min"));
        QCOMPARE(m.index(1, CouriersModel::Late).data().toString(), QString("1 late · 0 at risk"));
        QCOMPARE(m.index(1, CouriersModel::Lock).data().toString(), QString("route locked"));
        QCOMPARE(m.index(2, CouriersModel::Next).data().toString(), QString());
        QVERIFY(m.index(1, 0).data(Qt::BackgroundRole).isValid());  // a late stop
        QVERIFY(!m.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m.rowOf("C03"), 2);
    }

    void searchAndFilter_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("category");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everyone") << "" << 0 << QStringList{"C01", "C02", "C03", "C04"};
        QTest::newRow("by Korean name") << "서연" << 0 << QStringList{"C02"};
        QTest::newRow("by status") << "idle" << 0 << QStringList{"C03"};
        QTest::newRow("by next order") << "O001" << 0 << QStringList{"C01", "C02"};
        QTest::newRow("working") << "" << int(CouriersModel::Working) << QStringList{"C01", "C02"};
        QTest::newRow("idle") << "" << int(CouriersModel::Idle) << QStringList{"C03"};
        QTest::newRow("warnings") << "" << int(CouriersModel::Warning) << QStringList{"C02"};
        QTest::newRow("offline") << "" << int(CouriersModel::Offline) << QStringList{"C04"};
    }

    void searchAndFilter() {
        QFETCH(QString, search);
        QFETCH(int, category);
        QFETCH(QStringList, expected);
        CouriersModel m;
        TableFilterProxy proxy;
        proxy.setSourceModel(&m);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRows(sampleRows());
        proxy.setSearchText(search);
        proxy.setCategory(category);
        QCOMPARE(ids(proxy), expected);
    }

    void sortsByRawValues() {
        CouriersModel m;
        TableFilterProxy proxy;
        proxy.setSourceModel(&m);
        m.setRows(sampleRows());
        proxy.sort(CouriersModel::Stops, Qt::DescendingOrder);
        QCOMPARE(ids(proxy).mid(0, 2), (QStringList{"C01", "C02"}));
        proxy.sort(CouriersModel::LastSeen, Qt::DescendingOrder);
        QCOMPARE(ids(proxy).front(), QString("C01"));
    }

    // Alerts share the base: rows come and go, so a change of subjects resets.
    void alertsModel() {
        AlertsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<AlertRow> rows{
            {AlertKind::Late, "O009", "C02", 240, {}},
            {AlertKind::Unassigned, "O004", "", 0, solver::UnassignedReason::TooLarge},
            {AlertKind::StalePosition, "C05", "C05", 420, {}},
        };
        m.setRows(rows);
        QCOMPARE(m.index(0, AlertsModel::Kind).data().toString(), QString("Late"));
        QCOMPARE(m.index(0, AlertsModel::Detail).data().toString(), QString("late by 4 min"));
        QCOMPARE(m.index(1, AlertsModel::Detail).data().toString(),
                 QString("too large for every courier"));
        QCOMPARE(m.index(2, AlertsModel::Detail).data().toString(),
                 QString("no position for 7 min"));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        rows[0].value = 300;
        m.setRows(rows);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        rows.erase(rows.begin());
        m.setRows(rows);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 2);
    }

    void followsALiveShift() {
        auto o = testing::fastOptions();
        o.speed = 600;
        DispatchSession s(o);
        CouriersModel m;
        TableFilterProxy proxy;
        proxy.setSourceModel(&m);
        proxy.sort(CouriersModel::Stops);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&s, &DispatchSession::advanced, &m, [&] { m.setRows(s.digest().couriers); });
        connect(&s, &DispatchSession::planAdopted, &m, [&] { m.setRows(s.digest().couriers); });
        s.start(testing::smallShift(), testing::testLabel());
        QTRY_VERIFY_WITH_TIMEOUT(!s.waitingForFirstPlan(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s.kpis().delivered >= 5, 15000);
        QCOMPARE(m.rowCount(), 12);
        int working = 0;
        for (int r = 0; r < m.rowCount(); ++r) working += m.row(r).stopsLeft > 0;
        QVERIFY(working > 0);
    }
};

QTEST_MAIN(TestCouriersModel)
#include "tst_couriers_model.moc"

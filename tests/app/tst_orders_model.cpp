#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "app/models/orders_model.h"
#include "app/models/table_filter_proxy.h"
#include "tests/app/session_fixtures.h"

using namespace chongal;
using namespace chongal::app;
using dispatch::OrderStatus;

namespace {

constexpr Time kMidnight = 1'795'100'400;  // 2026-11-20 00:00 in Seoul

OrderRow order(const char* id, OrderStatus status, const char* courier, const char* district,
               Time eta, Risk risk = Risk::None) {
    OrderRow r;
    r.id = id;
    r.status = status;
    r.courierId = courier;
    r.district = QString::fromUtf8(district);
    r.placedAt = kMidnight;
    r.dueAt = kMidnight + 3600;
    r.eta = eta;
    r.slack = eta >= 0 ? r.dueAt - eta : 0;
    r.risk = risk;
    return r;
}

std::vector<OrderRow> sampleRows() {
    std::vector<OrderRow> rows{
        order("O001", OrderStatus::Open, "C01", "강남구 역삼1동", kMidnight + 1800),
        order("O002", OrderStatus::PickedUp, "C02", "마포구 서교동", kMidnight + 3500,
              Risk::AtRisk),
        order("O003", OrderStatus::Delivered, "C01", "강남구 삼성2동", kMidnight + 1200),
        order("O004", OrderStatus::Open, "", "종로구 청운효자동", -1, Risk::Late),
    };
    rows[0].planned = true;
    rows[3].unassigned = true;
    rows[3].reason = solver::UnassignedReason::ShiftTooShort;
    rows[1].lockedTo = "C02";
    return rows;
}

QStringList column(const QAbstractItemModel& m, int c) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, c).data().toString();
    return out;
}

}  // namespace

class TestOrdersModel : public QObject {
    Q_OBJECT

private slots:
    void displaysRows() {
        OrdersModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRows(sampleRows());
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.columnCount(), int(OrdersModel::ColumnCount));
        QCOMPARE(m.index(0, OrdersModel::Id).data().toString(), QString("O001"));
        QCOMPARE(m.index(0, OrdersModel::Status).data().toString(), QString("Planned"));
        QCOMPARE(m.index(1, OrdersModel::Status).data().toString(), QString("On board"));
        QCOMPARE(m.index(3, OrdersModel::Status).data().toString(), QString("Unassigned"));
        QCOMPARE(m.index(0, OrdersModel::Due).data().toString(), QString("01:00"));
        QCOMPARE(m.index(0, OrdersModel::Eta).data().toString(), QString("00:30"));
        QCOMPARE(m.index(0, OrdersModel::Slack).data().toString(), QString("+30 min"));
        QCOMPARE(m.index(3, OrdersModel::Eta).data().toString(), QString("—"));
        QCOMPARE(m.index(1, OrdersModel::Lock).data().toString(), QString("C02"));
        QCOMPARE(m.index(0, OrdersModel::District).data().toString(), QString("강남구 역삼1동"));
        // The solver's reason is the unassigned row's tooltip; risk rows are tinted.
        QVERIFY(m.index(3, OrdersModel::Status).data(Qt::ToolTipRole).toString().contains("shift"));
        QVERIFY(m.index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m.index(1, 0).data(RiskRole).toInt(), int(Risk::AtRisk));
        QCOMPARE(m.rowOf("O003"), 2);
        QCOMPARE(m.rowOf("nope"), -1);
        QCOMPARE(m.headerData(OrdersModel::Eta, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QString("ETA"));
    }

    // A tick changes rows in place and appends new orders; views hear exactly that.
    void updatesInPlace() {
        OrdersModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = sampleRows();
        m.setRows(rows);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        rows[1].status = OrderStatus::Delivered;
        rows[2].eta += 60;
        rows.push_back(order("O005", OrderStatus::Open, "", "", -1));
        m.setRows(rows);
        QCOMPARE(changed.count(), 1);  // rows 1-2 in one run
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QCOMPARE(changed[0][1].toModelIndex().row(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 4);
        QCOMPARE(reset.count(), 0);
        m.setRows(rows);  // nothing changed, nothing said
        QCOMPARE(changed.count(), 1);
        // A new shift (other ids) resets.
        m.setRows({order("X1", OrderStatus::Open, "", "", -1)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 1);
    }

    void searchAndFilter_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("category");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("everything") << "" << 0 << QStringList{"O001", "O002", "O003", "O004"};
        QTest::newRow("by id") << "o003" << 0 << QStringList{"O003"};
        QTest::newRow("by gu (Korean)") << "강남구" << 0 << QStringList{"O001", "O003"};
        QTest::newRow("by courier") << "C02" << 0 << QStringList{"O002"};
        QTest::newRow("by status") << "delivered" << 0 << QStringList{"O003"};
        QTest::newRow("all words must match") << "강남구 C01 planned" << 0 << QStringList{"O001"};
        QTest::newRow("active") << "" << int(OrdersModel::Active)
                                << QStringList{"O001", "O002", "O004"};
        QTest::newRow("warnings") << "" << int(OrdersModel::Warning) << QStringList{"O002", "O004"};
        QTest::newRow("unassigned") << "" << int(OrdersModel::Unassigned) << QStringList{"O004"};
        QTest::newRow("locked") << "" << int(OrdersModel::Locked) << QStringList{"O002"};
        QTest::newRow("search within a category")
            << "C01" << int(OrdersModel::Active) << QStringList{"O001"};
    }

    void searchAndFilter() {
        QFETCH(QString, search);
        QFETCH(int, category);
        QFETCH(QStringList, ids);
        OrdersModel m;
        TableFilterProxy proxy;
        proxy.setSourceModel(&m);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRows(sampleRows());
        proxy.setSearchText(search);
        proxy.setCategory(category);
        QCOMPARE(column(proxy, OrdersModel::Id), ids);
    }

    void sortsByRawValues() {
        OrdersModel m;
        TableFilterProxy proxy;
        proxy.setSourceModel(&m);
        m.setRows(sampleRows());
        proxy.sort(OrdersModel::Eta, Qt::AscendingOrder);
        QCOMPARE(column(proxy, OrdersModel::Id), (QStringList{"O004", "O003", "O001", "O002"}));
        proxy.sort(OrdersModel::Slack, Qt::AscendingOrder);  // least slack first, unknown last
        QCOMPARE(column(proxy, OrdersModel::Id), (QStringList{"O002", "O001", "O003", "O004"}));
        // The sort follows updates (dynamic sort).
        auto rows = sampleRows();
        rows[0].eta = rows[0].dueAt + 600;
        rows[0].slack = -600;
        m.setRows(rows);
        QCOMPARE(column(proxy, OrdersModel::Id).front(), QString("O001"));
        QCOMPARE(proxy.index(0, OrdersModel::Slack).data().toString(), QString("−10 min"));
    }

    // The model follows a real shift tick by tick under the tester.
    void followsALiveShift() {
        auto o = testing::fastOptions();
        o.speed = 600;
        DispatchSession s(o);
        OrdersModel m;
        TableFilterProxy proxy;
        proxy.setSourceModel(&m);
        proxy.sort(OrdersModel::Slack);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&s, &DispatchSession::advanced, &m, [&] { m.setRows(s.digest().orders); });
        connect(&s, &DispatchSession::planAdopted, &m, [&] { m.setRows(s.digest().orders); });
        s.start(testing::smallShift(), testing::testLabel());
        QTRY_VERIFY_WITH_TIMEOUT(!s.waitingForFirstPlan(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(s.kpis().delivered >= 5, 15000);
        QCOMPARE(m.rowCount(), 60);
        int delivered = 0;
        for (int r = 0; r < m.rowCount(); ++r)
            delivered += m.index(r, OrdersModel::Status).data().toString() == "Delivered";
        QVERIFY(delivered >= 5);
    }
};

QTEST_MAIN(TestOrdersModel)
#include "tst_orders_model.moc"

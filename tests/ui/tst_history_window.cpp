// The supervisor's shift history on real shift stores written by the headless pipeline: the list
// shows each shift with the KPIs that run printed, the charts add up, the replay's slider moves
// couriers and orders as recorded, CSV and PDF exports are written, review never changes the
// store's bytes, and unreadable stores give a clear message instead of a crash.
//
// CHONGAL_HISTORY_SHOTS=<dir> also saves each tab of the window as a PNG there (for a person to
// look at; nothing is checked about them).
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCryptographicHash>
#include <QLabel>
#include <QSlider>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>
#include <fstream>

#include "app/headless/headless_run.h"
#include "app/history/history_csv.h"
#include "app/models/row_table_model.h"
#include "app/store/shift_store.h"
#include "core/io/csv.h"
#include "ui/history/courier_tables.h"
#include "ui/history/history_window.h"
#include "ui/history/replay_panel.h"
#include "ui/history/shift_charts.h"
#include "ui/history/shift_list_model.h"
#include "ui/map/map_canvas.h"

using namespace chongal;
using ui::HistoryWindow;

namespace {

QStringList headlessArgs(const QString& db, int seed) {
    return {
        "chongal", "--headless",          "--orders-count", "80", "--fleet",           "16",
        "--seed",  QString::number(seed), "--db",           db,   "--plan-iterations", "1500,100"};
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::vector<io::CsvRecord> readCsvFile(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    io::CsvReader reader(text);
    std::vector<io::CsvRecord> out;
    io::CsvRecord r;
    while (reader.next(r)) out.push_back(r);
    return out;
}

void saveShot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("CHONGAL_HISTORY_SHOTS");
    if (dir.isEmpty()) return;
    // Let the map finish its base tiles (it spreads them over frames).
    QElapsedTimer waited;
    waited.start();
    for (auto* map : w.findChildren<ui::MapCanvas*>())
        while (map->isVisible() && waited.elapsed() < 3000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            map->repaint();
            if (map->renderer().lastFrameComplete()) break;
        }
    QCoreApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name));
}

}  // namespace

class TstHistoryWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString db_;
    QList<QJsonObject> runs_;  // the headless runs' KPI lines, in shift order

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        db_ = dir_.filePath("shifts.chongal");
        for (int seed : {3, 4}) {
            QString error;
            const auto kpi = app::runHeadlessShift(headlessArgs(db_, seed), &error);
            QVERIFY2(kpi, qPrintable(error));
            QCOMPARE(kpi->value("store_failures").toInt(), 0);
            runs_.push_back(*kpi);
        }
    }

    void listShowsEveryShiftWithTheRunsKpis() {
        HistoryWindow w(db_);
        QVERIFY2(!w.hasError(), qPrintable(w.errorText()));
        QVERIFY(w.warningText().isEmpty());
        auto* model = w.shiftModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(w.shiftTable()->model()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const history::ShiftSummary& s = model->shifts()[std::size_t(r)];
            const QJsonObject& run = runs_[r];
            QCOMPARE(qint64(s.info.id), run.value("shift_id").toInteger());
            QVERIFY(s.error.empty());
            QCOMPARE(s.problems, 0);
            QCOMPARE(s.kpis.orders, run.value("orders").toInt());
            QCOMPARE(s.kpis.delivered, run.value("delivered").toInt());
            QCOMPARE(s.kpis.onTimeRate, run.value("on_time_rate").toDouble());
            QCOMPARE(s.kpis.avgDeliveryMin, run.value("avg_delivery_min").toDouble());
            QCOMPARE(s.kpis.p90DeliveryMin, run.value("p90_delivery_min").toDouble());
            QCOMPARE(s.kpis.couriersUsed, run.value("couriers_used").toInt());
            // The run's odometer and the trace's kilometres agree to rounding (see
            // travelled_distance.h): per-leg metre rounding only.
            const double km = run.value("km").toDouble();
            QVERIFY2(std::abs(s.kpis.km - km) <= 0.005 * km,
                     qPrintable(QString("trace %1 km, run %2 km").arg(s.kpis.km).arg(km)));
            QCOMPARE(s.couriersJoined, run.value("fleet").toInt());
            // ... and what the table shows is those numbers.
            const QLocale l;
            auto cell = [&](int column) {
                return model->index(r, column).data(Qt::DisplayRole).toString();
            };
            QCOMPARE(cell(ui::ShiftListModel::Delivered), l.toString(s.kpis.delivered));
            QCOMPARE(cell(ui::ShiftListModel::Couriers), l.toString(s.kpis.couriersUsed));
            QVERIFY(cell(ui::ShiftListModel::AvgMin)
                        .startsWith(l.toString(run.value("avg_delivery_min").toDouble(), 'f', 1)));
        }
        // The latest shift opens first.
        QCOMPARE(w.currentShiftId(),
                 std::optional<qint64>(runs_.back().value("shift_id").toInteger()));
    }

    void opensTheAskedShiftAndSwitchesOnSelection() {
        const qint64 first = runs_.front().value("shift_id").toInteger();
        const qint64 second = runs_.back().value("shift_id").toInteger();
        HistoryWindow w(db_, first);
        QCOMPARE(w.currentShiftId(), std::optional<qint64>(first));
        QSignalSpy opened(&w, &HistoryWindow::shiftOpened);
        QTableView* table = w.shiftTable();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, 0);
            if (i.data(ui::ShiftListModel::ShiftIdRole).toLongLong() == second)
                table->selectionModel()->setCurrentIndex(
                    i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        QCOMPARE(opened.count(), 1);
        QCOMPARE(w.currentShiftId(), std::optional<qint64>(second));
        QVERIFY(!w.openShift(9999));
        QCOMPARE(w.currentShiftId(), std::optional<qint64>(second));
    }

    void dateFilterHidesOtherDays() {
        HistoryWindow w(db_);
        const auto& s = w.shiftModel()->shifts().front().info;
        const QDate day =
            QDateTime::fromSecsSinceEpoch(s.startedAt, QTimeZone(s.utcOffsetSeconds)).date();
        w.setDateRange(day.addDays(1), day.addDays(3));
        QCOMPARE(w.shiftTable()->model()->rowCount(), 0);
        w.setDateRange(day.addDays(-3), day.addDays(-1));
        QCOMPARE(w.shiftTable()->model()->rowCount(), 0);
        w.setDateRange(day, day);
        QCOMPARE(w.shiftTable()->model()->rowCount(), 2);
    }

    void chartsAddUp() {
        HistoryWindow w(db_);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const auto shift = w.currentShift();
        QVERIFY(shift);
        const int delivered = shift->report.kpis.delivered;
        QVERIFY(delivered > 0);
        int late = 0;
        for (const auto& o : shift->replay.finalState().orders())
            late += o.status == dispatch::OrderStatus::Delivered && !o.onTime();
        QCOMPARE(ui::barTotal(w.deliveryTimeChart()->chart()), double(delivered));
        QCOMPARE(ui::barTotal(w.overTimeChart()->chart()), double(delivered));
        QCOMPARE(ui::barTotal(w.overTimeChart()->chart(), "late"), double(late));
        QCOMPARE(ui::barTotal(w.workloadChart()->chart()), double(delivered));
        QCOMPARE(ui::barTotal(w.workloadChart()->chart(), "late"), double(late));
        // One workload bar per courier who joined.
        const auto* bars =
            qobject_cast<QAbstractBarSeries*>(w.workloadChart()->chart()->series().front());
        QCOMPARE(bars->barSets().front()->count(), shift->report.couriersJoined);
        // The KPI tiles show the report.
        auto* tile = w.findChild<QLabel*>("kpiDelivered");
        QVERIFY(tile);
        QCOMPARE(tile->text(), QLocale().toString(delivered));
        saveShot(w, "history-overview.png");
        w.tabs()->setCurrentIndex(HistoryWindow::CouriersTab);
        saveShot(w, "history-couriers.png");
    }

    void courierDrillDown() {
        HistoryWindow w(db_);
        const auto shift = w.currentShift();
        QTableView* couriers = w.courierTable();
        QCOMPARE(couriers->model()->rowCount(), shift->report.couriersJoined);
        // Sorted busiest first; pick the third row.
        const QModelIndex row = couriers->model()->index(2, 0);
        couriers->selectionModel()->setCurrentIndex(
            row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString id = row.data(ui::CourierTableModel::CourierIdRole).toString();
        QCOMPARE(w.courierOrdersModel()->courier(), id);
        const history::CourierSummary* summary = nullptr;
        for (const auto& c : shift->report.couriers)
            if (QString::fromStdString(c.id) == id) summary = &c;
        QVERIFY(summary);
        QCOMPARE(w.courierOrdersTable()->model()->rowCount(),
                 summary->delivered + summary->undelivered);
        const int delivered = couriers->model()
                                  ->index(2, ui::CourierTableModel::Delivered)
                                  .data(app::SortRole)
                                  .toInt();
        QCOMPARE(delivered, summary->delivered);
        QVERIFY(couriers->model()
                    ->index(0, ui::CourierTableModel::Delivered)
                    .data(app::SortRole)
                    .toInt() >= delivered);
        // Double-click: the replay shows that courier's path.
        emit couriers->doubleClicked(row);
        QCOMPARE(w.tabs()->currentIndex(), int(HistoryWindow::ReplayTab));
        QCOMPARE(w.replay()->trails(), QStringList{id});
    }

    void sliderMovesCouriersAndOrders() {
        HistoryWindow w(db_);
        w.tabs()->setCurrentIndex(HistoryWindow::ReplayTab);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::ReplayPanel* replay = w.replay();
        const auto shift = w.currentShift();
        QSlider* slider = replay->slider();
        QCOMPARE(slider->minimum(), 0);
        QCOMPARE(Time(slider->maximum()), replay->end() - replay->begin());

        auto positions = [&] {
            QList<GeoPoint> out;
            for (const ui::MapCourier& c : replay->map()->scene().couriers)
                out.push_back(c.position);
            return out;
        };
        // At the start: couriers at their start positions, nothing delivered.
        QCOMPARE(replay->time(), replay->begin());
        QCOMPARE(replay->counts().delivered, 0);
        const QList<GeoPoint> atStart = positions();
        QCOMPARE(atStart.size(), shift->report.couriersJoined);

        // A third of the way in, by the keyboard as a person would: some moved, some delivered.
        slider->setFocus();
        while (slider->value() < slider->maximum() / 3) QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(replay->time(), replay->begin() + slider->value());
        const QList<GeoPoint> mid = positions();
        int moved = 0;
        for (int c = 0; c < mid.size(); ++c) moved += !(mid[c] == atStart[c]);
        QVERIFY(moved > 0);
        const int deliveredMid = replay->counts().delivered;
        const auto plain = shift->replay.stateAt(replay->time());
        int expectDelivered = 0;
        for (const auto& o : plain.orders())
            expectDelivered += o.status == dispatch::OrderStatus::Delivered;
        QCOMPARE(deliveredMid, expectDelivered);
        QCOMPARE(replay->map()->scene().orders.size(), qsizetype(plain.orders().size()));
        saveShot(w, "history-replay.png");

        // At the end the map shows the final state.
        QTest::keyClick(slider, Qt::Key_End);
        QCOMPARE(replay->time(), replay->end());
        const auto& final = shift->replay.finalState();
        QCOMPARE(replay->counts().delivered, shift->report.kpis.delivered);
        const auto& orders = replay->map()->scene().orders;
        QCOMPARE(orders.size(), qsizetype(final.orders().size()));
        for (qsizetype k = 0; k < orders.size(); ++k) {
            const auto& o = final.orders()[std::size_t(k)];
            QCOMPARE(orders[k].id, QString::fromStdString(o.order.id));
            QCOMPARE(orders[k].status == ui::OrderStatus::Delivered,
                     o.status == dispatch::OrderStatus::Delivered);
        }
        for (qsizetype c = 0; c < replay->map()->scene().couriers.size(); ++c) {
            const auto& state = final.couriers()[std::size_t(c)];
            const auto samples = shift->replay.track().samplesAt(replay->end());
            for (const auto& s : samples)
                if (s.courierId == state.courier.id)
                    QCOMPARE(replay->map()->scene().couriers[c].position, s.position);
        }

        // Play from the start: time advances on the real clock, pause stops it.
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(replay->time(), replay->begin());
        QTest::mouseClick(replay->playButton(), Qt::LeftButton);
        QVERIFY(replay->playing());
        QTRY_VERIFY_WITH_TIMEOUT(replay->time() > replay->begin() + 60, 3000);
        QTest::mouseClick(replay->playButton(), Qt::LeftButton);
        QVERIFY(!replay->playing());
        const Time stopped = replay->time();
        QTest::qWait(120);
        QCOMPARE(replay->time(), stopped);
    }

    void clickingACourierShowsItsPath() {
        HistoryWindow w(db_);
        w.tabs()->setCurrentIndex(HistoryWindow::ReplayTab);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::ReplayPanel* replay = w.replay();
        replay->setTime(replay->begin() + (replay->end() - replay->begin()) / 2);
        const auto& couriers = replay->map()->scene().couriers;
        QVERIFY(!couriers.isEmpty());
        const QString id = couriers.front().id;
        emit replay->map()->selectionRequested({id}, false);
        QCOMPARE(replay->trails(), QStringList{id});
        QCOMPARE(replay->map()->scene().routes.size(), 1);
        QVERIFY(replay->map()->scene().routes.front().path.size() >= 2);
        QCOMPARE(replay->map()->scene().routes.front().path.back(), couriers.front().position);
    }

    void orderDragsOnTheReplayAreRefused() {
        HistoryWindow w(db_);
        w.tabs()->setCurrentIndex(HistoryWindow::ReplayTab);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::ReplayPanel* replay = w.replay();
        ui::MapCanvas* map = replay->map();
        replay->setTime(replay->begin() + (replay->end() - replay->begin()) / 3);
        map->setView(map->centre(), 15.0);  // single markers, no clusters
        // An order marker still on the map (a drop-off not yet delivered) near the centre.
        QPoint at;
        for (const ui::MapOrder& o : map->scene().orders) {
            if (o.status != ui::OrderStatus::PickedUp) continue;
            map->setView(o.dropoff, 15.0);
            at = map->viewport().toScreen(o.dropoff).toPoint();
            break;
        }
        QVERIFY(!at.isNull());
        QCoreApplication::processEvents();
        QVERIFY(map->hitTest(at).isOrder());
        QSignalSpy started(map, &ui::MapCanvas::orderDragStarted);
        QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, at);
        QMouseEvent move(QEvent::MouseMove, QPointF(at + QPoint(40, 30)),
                         map->mapToGlobal(QPointF(at + QPoint(40, 30))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(map, &move);
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY(!map->isDraggingOrder());
        QVERIFY(!map->renderer().dragOverlay());
        QSignalSpy dropped(map, &ui::MapCanvas::orderDropped);
        QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, at + QPoint(40, 30));
        QCOMPARE(dropped.count(), 0);
        map->repaint();  // draws without a stale drag overlay
    }

    void csvExportsRoundTrip() {
        HistoryWindow w(db_);
        const auto shift = w.currentShift();
        const QString orders = dir_.filePath("orders.csv");
        QCOMPARE(w.exportOrdersCsv(orders), QString());
        const auto rows = readCsvFile(orders);
        QCOMPARE(rows.size(), shift->replay.finalState().orders().size() + 1);
        QCOMPARE(rows.front().fields, history::ordersCsvColumns());
        int delivered = 0;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QVERIFY2(rows[i].error.empty(), rows[i].error.c_str());
            QCOMPARE(rows[i].fields.size(), history::ordersCsvColumns().size());
            delivered += rows[i].fields[1] == "delivered";
        }
        QCOMPARE(delivered, shift->report.kpis.delivered);

        const QString couriers = dir_.filePath("couriers.csv");
        QCOMPARE(w.exportCouriersCsv(couriers), QString());
        const auto crows = readCsvFile(couriers);
        QCOMPARE(int(crows.size()), shift->report.couriersJoined + 1);
        QCOMPARE(crows.front().fields, history::couriersCsvColumns());
        int sum = 0;
        for (std::size_t i = 1; i < crows.size(); ++i) sum += std::stoi(crows[i].fields[2]);
        QCOMPARE(sum, shift->report.kpis.delivered);

        QVERIFY(!w.exportOrdersCsv(dir_.filePath("no/such/dir/orders.csv")).isEmpty());
    }

    void pdfReport() {
        HistoryWindow w(db_);
        const QString pdf = dir_.filePath("report.pdf");
        QCOMPARE(w.exportPdf(pdf), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.size() > 10'000, qPrintable(QString::number(f.size())));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        f.seek(f.size() - 6);
        QVERIFY(f.readAll().contains("%%EOF"));
        QVERIFY(!w.exportPdf(dir_.filePath("no/such/dir/report.pdf")).isEmpty());
        if (const QString shots = qEnvironmentVariable("CHONGAL_HISTORY_SHOTS"); !shots.isEmpty()) {
            QFile::remove(QDir(shots).filePath("history-report.pdf"));
            QFile::copy(pdf, QDir(shots).filePath("history-report.pdf"));
        }
    }

    void reviewNeverChangesTheStore() {
        const QByteArray before = fileHash(db_);
        QVERIFY(!before.isEmpty());
        {
            HistoryWindow w(db_);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            for (const auto& s : w.shiftModel()->shifts()) QVERIFY(w.openShift(s.info.id));
            w.tabs()->setCurrentIndex(HistoryWindow::ReplayTab);
            QTest::keyClick(w.replay()->slider(), Qt::Key_End);
            QVERIFY(w.exportPdf(dir_.filePath("again.pdf")).isEmpty());
        }
        QCOMPARE(fileHash(db_), before);
        // And a console can still open it afterwards: review left no lock behind.
        auto rw = store::ShiftStore::open(db_.toStdString(), store::ShiftStore::Mode::ReadWrite);
        QVERIFY2(rw.ok(), rw.ok() ? "" : rw.error().message.c_str());
    }

    void reviewsAStoreWhileAConsoleWritesIt() {
        // The console holds the store for writing (one writer); the review reads beside it.
        QTemporaryDir dir;
        const QString path = dir.filePath("live.chongal");
        QVERIFY(QFile::copy(db_, path));
        auto rw = store::ShiftStore::open(path.toStdString(), store::ShiftStore::Mode::ReadWrite);
        QVERIFY2(rw.ok(), rw.ok() ? "" : rw.error().message.c_str());
        const auto shifts = rw->listShifts();
        QVERIFY(shifts.ok() && !shifts->empty());
        HistoryWindow w(path, shifts->back().id);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(!w.hasError(), qPrintable(w.errorText()));
        QCOMPARE(w.shiftModel()->rowCount(), int(shifts->size()));
        QVERIFY(w.currentShift());
        QCOMPARE(qint64(w.currentShift()->info.id), qint64(shifts->back().id));
        // Still one writer: a second console is refused while the review is open.
        const auto second =
            store::ShiftStore::open(path.toStdString(), store::ShiftStore::Mode::ReadWrite);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, store::ErrorKind::Locked);
    }

    void unreadableStoresShowWhy_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expect");  // a word of the headline
        QTest::newRow("missing file") << "missing"
                                      << "no shift store";
        QTest::newRow("foreign file") << "foreign"
                                      << "not a Chongal shift store";
        QTest::newRow("empty file") << "empty"
                                    << "not a Chongal shift store";
        QTest::newRow("damaged file") << "damaged"
                                      << "damaged";
        QTest::newRow("damaged last pages") << "damagedTail"
                                            << "damaged";
    }
    void unreadableStoresShowWhy() {
        QFETCH(QString, kind);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        const QString path = dir.filePath("store.chongal");
        if (kind == "foreign") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("order_id,pickup_lat\nA,37.5\n");
        } else if (kind == "empty") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == "damagedTail") {
            QVERIFY(QFile::copy(db_, path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() - 2 * 4096));
            f.write(QByteArray(2 * 4096, '\x5A'));
        } else if (kind == "damaged") {
            QVERIFY(QFile::copy(db_, path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // Garbage over pages 2..5 (page 1 keeps the header, so it is still an SQLite file).
            QVERIFY(f.seek(4096));
            f.write(QByteArray(4 * 4096, '\x5A'));
        }
        HistoryWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (kind.startsWith("damaged") && !w.hasError()) {
            // Read-only review opens what is left, under a warning: the shifts are listed, and
            // one that cannot be read says so instead of showing numbers.
            QVERIFY(w.warningText().contains(expect));
            auto* banner = w.findChild<QLabel*>("historyWarning");
            QVERIFY(banner && banner->isVisible());
            QCOMPARE(w.shiftModel()->rowCount(), 2);
            for (const auto& s : w.shiftModel()->shifts())
                if (!s.error.empty())
                    QVERIFY(w.shiftModel()
                                ->index(w.shiftModel()->rowOf(s.info.id), ui::ShiftListModel::Name)
                                .data()
                                .toString()
                                .contains("unreadable"));
            return;
        }
        QVERIFY(w.hasError());
        QVERIFY2(w.errorText().contains(expect, Qt::CaseInsensitive), qPrintable(w.errorText()));
        QVERIFY(w.errorText().contains("store.chongal"));
        auto* label = w.findChild<QLabel*>("historyError");
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), w.errorText());
        QVERIFY(!w.currentShift());
        QVERIFY(!w.exportPdf(dir.filePath("x.pdf")).isEmpty());
        if (kind == "missing") QVERIFY(!QFile::exists(path));  // review never creates a store
    }
};

QTEST_MAIN(TstHistoryWindow)
#include "tst_history_window.moc"

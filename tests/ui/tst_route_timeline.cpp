#include <QSignalSpy>
#include <QWheelEvent>
#include <QtTest>

#include "app/models/risk_colors.h"
#include "ui/route_timeline.h"

using namespace chongal;
using namespace chongal::ui;
using app::Risk;
using app::TimelineRow;
using app::TimelineStop;

namespace {

constexpr Time kNow = 1'795'100'400 + 600;  // 00:10 in Seoul

TimelineStop stop(const char* order, bool pickup, int startMin, Risk risk = Risk::None,
                  int dueMin = 60) {
    TimelineStop s;
    s.orderId = order;
    s.pickup = pickup;
    s.arrival = kNow + startMin * 60;
    s.start = s.arrival;
    s.departure = s.start + (pickup ? 20 : 120);
    s.due = pickup ? -1 : kNow + dueMin * 60;
    s.risk = risk;
    return s;
}

// Three couriers: C1 with a pickup group and three drop-offs (one late), C2 with one order,
// C3 idle.
std::vector<TimelineRow> rows() {
    TimelineRow c1{"C1", "서울역 1", 0, false, true, {}};
    c1.stops = {stop("O1", true, 2),
                stop("O2", true, 2),
                stop("O3", true, 3),
                stop("O1", false, 12),
                stop("O2", false, 25, Risk::AtRisk, 28),
                stop("O3", false, 70, Risk::Late, 50)};
    c1.stops[1].joinsPrevious = c1.stops[2].joinsPrevious = true;
    c1.stops[1].start = c1.stops[1].arrival = c1.stops[0].departure;
    c1.stops[1].departure = c1.stops[1].start + 20;
    c1.stops[2].start = c1.stops[2].arrival = c1.stops[1].departure;
    c1.stops[2].departure = c1.stops[2].start + 20;
    TimelineRow c2{"C2", "강남 1", 1, true, true, {stop("O4", true, 5), stop("O4", false, 30)}};
    c2.stops[1].locked = true;
    TimelineRow c3{"C3", "잠실 1", 2, false, true, {}};
    return {c1, c2, c3};
}

QColor pixel(QWidget* w, QPoint p) {
    return w->grab().toImage().pixelColor(p * w->devicePixelRatioF());
}

bool near(QColor a, QColor b, int tolerance = 40) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           tolerance;
}

}  // namespace

class TestRouteTimeline : public QObject {
    Q_OBJECT

private slots:
    void init() {
        timeline_ = std::make_unique<RouteTimeline>();
        timeline_->resize(1000, 200);
        timeline_->setUtcOffset(9 * 3600);
        timeline_->setRows(rows(), kNow);
        timeline_->show();
        QVERIFY(QTest::qWaitForWindowExposed(timeline_.get()));
    }
    void cleanup() { timeline_.reset(); }

    void blocksFollowTheTimeAxis() {
        const QRect o1 = timeline_->blockRect("O1", false);
        const QRect o2 = timeline_->blockRect("O2", false);
        QVERIFY(!o1.isNull());
        QVERIFY(!o2.isNull());
        QVERIFY(o2.left() > o1.right());
        // 13 minutes apart at 8 px per minute.
        QCOMPARE(o2.left() - o1.left(), qRound(13 * timeline_->pixelsPerMinute()));
        QCOMPARE(o1.left(), qRound(timeline_->xOf(kNow + 12 * 60)));
        // Rows are stacked in order; C2's block sits in C2's row.
        const QRect row2 = timeline_->rowRect("C2");
        QVERIFY(row2.contains(timeline_->blockRect("O4", false).center()));
        QCOMPARE(timeline_->rowAt(row2.center().y()), 1);
        QCOMPARE(timeline_->rowAt(5), -1);  // the time axis
    }

    void pickupsAtOnePlaceShareABlock() {
        const QRect a = timeline_->blockRect("O1", true);
        QCOMPARE(timeline_->blockRect("O2", true), a);
        QCOMPARE(timeline_->blockRect("O3", true), a);
        QVERIFY(a.width() >= RouteTimeline::kMinBlockWidth);
    }

    void warningColoursAndNowLine() {
        const QColor late =
            pixel(timeline_->viewport(), timeline_->blockRect("O3", false).center());
        const QColor atRisk =
            pixel(timeline_->viewport(), timeline_->blockRect("O2", false).center());
        const QColor onTime =
            pixel(timeline_->viewport(), timeline_->blockRect("O1", false).center());
        QVERIFY2(near(late, app::riskColor(Risk::Late)), qPrintable(late.name()));
        QVERIFY2(near(atRisk, app::riskColor(Risk::AtRisk)), qPrintable(atRisk.name()));
        QVERIFY(!near(onTime, late) && !near(onTime, atRisk));
        // The now-line crosses the empty row of C3.
        const int x = qRound(timeline_->xOf(kNow));
        const QPoint onLine(x, timeline_->rowRect("C3").center().y());
        QVERIFY2(near(pixel(timeline_->viewport(), onLine), QColor(0xD1, 0x3B, 0x2E), 90),
                 qPrintable(pixel(timeline_->viewport(), onLine).name()));
        // The promise of the late drop-off (00:60 after now) is marked in its row.
        const int dueX = qRound(timeline_->xOf(kNow + 50 * 60));
        const QRect row1 = timeline_->rowRect("C1");
        bool marked = false;
        for (int y = row1.top(); y <= row1.bottom(); ++y)
            marked |= near(pixel(timeline_->viewport(), {dueX, y}), app::riskColor(Risk::Late), 90);
        QVERIFY(marked);
    }

    void clicksSelect() {
        QSignalSpy orders(timeline_.get(), &RouteTimeline::orderClicked);
        QSignalSpy couriers(timeline_.get(), &RouteTimeline::courierClicked);
        QTest::mouseClick(timeline_->viewport(), Qt::LeftButton, {},
                          timeline_->blockRect("O4", false).center());
        QCOMPARE(orders.count(), 1);
        QCOMPARE(orders[0][0].toString(), QString("O4"));
        QTest::mouseClick(timeline_->viewport(), Qt::LeftButton, {},
                          QPoint(20, timeline_->rowRect("C3").center().y()));
        QCOMPARE(couriers.count(), 1);
        QCOMPARE(couriers[0][0].toString(), QString("C3"));
    }

    void dragOntoAnotherRow() {
        QSignalSpy started(timeline_.get(), &RouteTimeline::stopDragStarted);
        QSignalSpy moved(timeline_.get(), &RouteTimeline::stopDragMoved);
        QSignalSpy dropped(timeline_.get(), &RouteTimeline::stopDropped);
        QWidget* vp = timeline_->viewport();
        const QPoint from = timeline_->blockRect("O1", false).center();
        const QPoint to(from.x() + 30, timeline_->rowRect("C3").center().y());
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(10, 0));
        QVERIFY(timeline_->isDragging());
        QCOMPARE(started.count(), 1);
        QCOMPARE(started[0][0].toString(), QString("O1"));
        QCOMPARE(started[0][1].toBool(), false);
        QCOMPARE(started[0][2].toString(), QString("C1"));
        timeline_->setDragPreviewText("O1 → C3\nETA 00:30");
        QTest::mouseMove(vp, to);
        QCOMPARE(moved.last()[2].toString(), QString("C3"));
        QCOMPARE(moved.last()[4].toBool(), false);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
        QVERIFY(!timeline_->isDragging());
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped[0][0].toString(), QString("O1"));
        QCOMPARE(dropped[0][2].toString(), QString("C3"));
        QCOMPARE(dropped[0][4].toBool(), false);
    }

    // Along its own row: the stop goes before the block to the right of the cursor.
    void dragAlongItsRow() {
        QSignalSpy dropped(timeline_.get(), &RouteTimeline::stopDropped);
        QWidget* vp = timeline_->viewport();
        const QPoint from = timeline_->blockRect("O1", false).center();
        const QRect o2 = timeline_->blockRect("O2", false);
        const QRect o3 = timeline_->blockRect("O3", false);
        const QPoint to((o2.right() + o3.left()) / 2, from.y());
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(10, 0));
        QTest::mouseMove(vp, to);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped[0][2].toString(), QString("C1"));
        QCOMPARE(dropped[0][3].toString(), QString("D:O3"));
        QCOMPARE(dropped[0][4].toBool(), true);
        // Past the last block: the end of the route.
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(10, 0));
        QTest::mouseMove(vp, QPoint(o3.right() + 40, from.y()));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, QPoint(o3.right() + 40, from.y()));
        QCOMPARE(dropped.count(), 2);
        QCOMPARE(dropped[1][3].toString(), QString());
    }

    void escapeCancelsADrag() {
        QSignalSpy dropped(timeline_.get(), &RouteTimeline::stopDropped);
        QSignalSpy cancelled(timeline_.get(), &RouteTimeline::stopDragCancelled);
        QWidget* vp = timeline_->viewport();
        const QPoint from = timeline_->blockRect("O4", false).center();
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(0, 30));
        QVERIFY(timeline_->isDragging());
        QTest::keyClick(timeline_.get(), Qt::Key_Escape);
        QVERIFY(!timeline_->isDragging());
        QCOMPARE(cancelled.count(), 1);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, from + QPoint(0, 30));
        QCOMPARE(dropped.count(), 0);
    }

    // A drag whose stop is served meanwhile (new rows without it) ends as cancelled.
    void servedStopEndsTheDrag() {
        QSignalSpy cancelled(timeline_.get(), &RouteTimeline::stopDragCancelled);
        QWidget* vp = timeline_->viewport();
        const QPoint from = timeline_->blockRect("O4", false).center();
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(20, 0));
        QVERIFY(timeline_->isDragging());
        auto next = rows();
        next[1].stops.clear();
        timeline_->setRows(next, kNow + 60);
        QVERIFY(!timeline_->isDragging());
        QTest::mouseRelease(vp, Qt::LeftButton, {}, from + QPoint(20, 0));
    }

    void ctrlWheelZoomsTheTimeAxis() {
        const double before = timeline_->pixelsPerMinute();
        const QPointF at(500, 60);
        QWheelEvent e(at, timeline_->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline_->viewport(), &e);
        QVERIFY(timeline_->pixelsPerMinute() > before);
        QTest::keyClick(timeline_.get(), Qt::Key_Minus);
        QTest::keyClick(timeline_.get(), Qt::Key_Minus);
        QVERIFY(timeline_->pixelsPerMinute() < before);
        timeline_->setPixelsPerMinute(1000);
        QCOMPARE(timeline_->pixelsPerMinute(), RouteTimeline::kMaxPpm);
    }

private:
    std::unique_ptr<RouteTimeline> timeline_;
};

QTEST_MAIN(TestRouteTimeline)
#include "tst_route_timeline.moc"

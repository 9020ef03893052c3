#include <QApplication>
#include <QSignalSpy>
#include <QToolTip>
#include <QWheelEvent>
#include <QtTest>

#include "ui/map/map_canvas.h"

using namespace chongal;
using namespace chongal::ui;

namespace {

constexpr GeoPoint kCityHall{37.5663, 126.9779};

// Sends a real wheel event (QTest has no wheel helper in Qt 6.4).
void wheel(QWidget* w, QPointF pos, int angleDeltaY, Qt::KeyboardModifiers mods = {}) {
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, angleDeltaY), Qt::NoButton, mods,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

double distance(QPointF a, QPointF b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

MapCourier courier(const char* id, GeoPoint at) {
    MapCourier c;
    c.id = id;
    c.label = QString("라이더 %1").arg(id);
    c.position = at;
    c.capacity = 10;
    c.load = 3;
    c.status = CourierStatus::ToDropoff;
    return c;
}

MapOrder order(const char* id, GeoPoint pickup, GeoPoint dropoff) {
    MapOrder o;
    o.id = id;
    o.pickup = pickup;
    o.dropoff = dropoff;
    o.status = OrderStatus::Assigned;
    return o;
}

// Two couriers and two orders laid out around City Hall at street zoom, far enough apart that
// every marker is on its own (~100 px or more at zoom 16).
MapScene smallScene() {
    MapScene s;
    s.hubs.push_back({"H01", "서울역", {37.5546, 126.9726}});
    s.couriers.push_back(courier("C1", kCityHall));
    s.couriers.push_back(courier("C2", {37.5663, 126.9850}));
    s.orders.push_back(order("O1", {37.5546, 126.9726}, {37.5690, 126.9740}));
    s.orders.push_back(order("O2", {37.5546, 126.9726}, {37.5640, 126.9740}));
    s.orders[0].courier = 0;
    s.orders[1].courier = 1;
    s.routes.push_back({0, {kCityHall, {37.5690, 126.9740}}});
    return s;
}

}  // namespace

class TstMapCanvas : public QObject {
    Q_OBJECT
private slots:
    void init() {
        canvas_ = std::make_unique<MapCanvas>();
        canvas_->setAnimationsEnabled(false);
        canvas_->resize(800, 600);
        canvas_->show();
        QVERIFY(QTest::qWaitForWindowExposed(canvas_.get()));
        canvas_->setView(kCityHall, 16.0);
    }
    void cleanup() { canvas_.reset(); }

    void wheelZoomKeepsPointUnderCursor_data() {
        QTest::addColumn<QPointF>("cursor");
        QTest::addColumn<int>("delta");
        QTest::newRow("in one notch, top-left area") << QPointF(120, 90) << 120;
        QTest::newRow("out one notch, bottom-right area") << QPointF(700, 520) << -120;
        QTest::newRow("in three notches at the centre") << QPointF(400, 300) << 360;
        QTest::newRow("half a notch (trackpad), off-centre") << QPointF(610.5, 144.25) << 60;
    }
    void wheelZoomKeepsPointUnderCursor() {
        QFETCH(QPointF, cursor);
        QFETCH(int, delta);
        canvas_->setView(kCityHall, 13.0);
        const GeoPoint under = canvas_->viewport().toGeo(cursor);
        QSignalSpy viewSpy(canvas_.get(), &MapCanvas::viewChanged);
        wheel(canvas_.get(), cursor, delta);
        QCOMPARE(viewSpy.count(), 1);
        QVERIFY(std::abs(canvas_->zoom() - (13.0 + delta / 120.0 * MapCanvas::kWheelStep)) < 1e-9);
        const QPointF after = canvas_->viewport().toScreen(under);
        QVERIFY2(distance(after, cursor) <= 1.0,
                 qPrintable(QString("moved to %1,%2").arg(after.x()).arg(after.y())));
    }

    void newZoomLevelCompletesOverLaterFrames() {
        canvas_->renderer().baseLayer().setRenderBudgetMs(0);  // one new base tile per frame
        wheel(canvas_.get(), QPointF(400, 300), -240);
        QCOMPARE(canvas_->zoom(), 15.0);
        // The refine timer keeps repainting until every tile of the new zoom is there.
        QTRY_VERIFY(canvas_->renderer().lastFrameComplete());
    }

    void leftDragOnEmptyMapPans() {
        canvas_->setView(kCityHall, 14.0);
        const QPoint from(300, 300), to(420, 240);
        const GeoPoint grabbed = canvas_->viewport().toGeo(from);
        QTest::mousePress(canvas_.get(), Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas_.get(), QPoint(340, 280));
        QTest::mouseMove(canvas_.get(), to);
        QTest::mouseRelease(canvas_.get(), Qt::LeftButton, {}, to);
        // The grabbed point follows the pointer.
        QVERIFY(distance(canvas_->viewport().toScreen(grabbed), to) <= 1.0);
        QCOMPARE(canvas_->zoom(), 14.0);
    }

    void keyboardPansZoomsAndFits() {
        canvas_->setView(kCityHall, 14.0);
        const QPointF centre(400, 300);
        GeoPoint before = canvas_->centre();
        QTest::keyClick(canvas_.get(), Qt::Key_Right);
        // The view moved east: the old centre is now left of the middle by one pan step.
        QVERIFY(std::abs(canvas_->viewport().toScreen(before).x() -
                         (centre.x() - MapCanvas::kPanStepPx)) < 1e-6);
        before = canvas_->centre();
        QTest::keyClick(canvas_.get(), Qt::Key_Up);
        QVERIFY(std::abs(canvas_->viewport().toScreen(before).y() -
                         (centre.y() + MapCanvas::kPanStepPx)) < 1e-6);
        QTest::keyClick(canvas_.get(), Qt::Key_Plus);
        QCOMPARE(canvas_->zoom(), 15.0);
        QTest::keyClick(canvas_.get(), Qt::Key_Minus);
        QTest::keyClick(canvas_.get(), Qt::Key_Minus);
        QCOMPARE(canvas_->zoom(), 13.0);
        QTest::keyClick(canvas_.get(), Qt::Key_0);
        // All of Seoul fits: its corners are on screen, and zooming in one more level would not
        // fit.
        const GeoBounds b = canvas_->renderer().baseMap().bounds();
        const QRectF screen(0, 0, 800, 600);
        QVERIFY(screen.contains(canvas_->viewport().toScreen(GeoPoint{b.north, b.west})));
        QVERIFY(screen.contains(canvas_->viewport().toScreen(GeoPoint{b.south, b.east})));
        QVERIFY(canvas_->zoom() > 10.0 && canvas_->zoom() < 11.5);
    }

    void fitSelectionFramesSelectedItems() {
        canvas_->setScene(smallScene());
        canvas_->setView({37.40, 127.20}, 9.0);
        canvas_->setSelection({"C2", "O1"});
        QTest::keyClick(canvas_.get(), Qt::Key_F);
        const QRectF screen(0, 0, 800, 600);
        for (GeoPoint p : {GeoPoint{37.5663, 126.9850}, GeoPoint{37.5546, 126.9726},
                           GeoPoint{37.5690, 126.9740}})
            QVERIFY(screen.contains(canvas_->viewport().toScreen(p)));
        QVERIFY(canvas_->zoom() > 12.0);
    }

    void clickOnCourierRequestsSelection() {
        canvas_->setScene(smallScene());
        QSignalSpy spy(canvas_.get(), &MapCanvas::selectionRequested);
        const QPoint at = canvas_->viewport().toScreen(GeoPoint{37.5663, 126.9850}).toPoint();
        QTest::mouseClick(canvas_.get(), Qt::LeftButton, {},
                          at + QPoint(3, -2));  // within tolerance
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy[0][0].toStringList(), QStringList{"C2"});
        QCOMPARE(spy[0][1].toBool(), false);
        QTest::mouseClick(canvas_.get(), Qt::LeftButton, Qt::ControlModifier, at);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy[1][1].toBool(), true);
        // Empty map: a request to clear the selection.
        QTest::mouseClick(canvas_.get(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(spy.count(), 3);
        QVERIFY(spy[2][0].toStringList().isEmpty());
    }

    void draggingOrderOntoCourierEmitsDrop() {
        canvas_->setScene(smallScene());
        QSignalSpy started(canvas_.get(), &MapCanvas::orderDragStarted);
        QSignalSpy moved(canvas_.get(), &MapCanvas::orderDragMoved);
        QSignalSpy dropped(canvas_.get(), &MapCanvas::orderDropped);
        QSignalSpy selection(canvas_.get(), &MapCanvas::selectionRequested);
        const QPoint from = canvas_->viewport().toScreen(GeoPoint{37.5690, 126.9740}).toPoint();
        const QPoint to = canvas_->viewport().toScreen(GeoPoint{37.5663, 126.9850}).toPoint();
        const GeoPoint centreBefore = canvas_->centre();
        QTest::mousePress(canvas_.get(), Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas_.get(), (from + to) / 2);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started[0][0].toString(), QString("O1"));
        QVERIFY(canvas_->isDraggingOrder());
        QCOMPARE(moved.last()[1].toString(), QString());  // nothing under the cursor yet
        canvas_->setDragPreviewText("C2: +4 min, on time");
        QTest::mouseMove(canvas_.get(), to);
        QCOMPARE(moved.last()[0].toString(), QString("O1"));
        QCOMPARE(moved.last()[1].toString(), QString("C2"));
        QCOMPARE(moved.last()[2].toPoint(), to);
        // The overlay is drawn: the frame under the cursor differs from a frame without it.
        const QImage withOverlay = canvas_->grab().toImage();
        if (const QString dir = qEnvironmentVariable("CHONGAL_MAP_PNG_DIR"); !dir.isEmpty())
            withOverlay.save(dir + "/map_drag.png");  // for a human look only
        QTest::mouseRelease(canvas_.get(), Qt::LeftButton, {}, to);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped[0][0].toString(), QString("O1"));
        QCOMPARE(dropped[0][1].toString(), QString("C2"));
        QVERIFY(!canvas_->isDraggingOrder());
        QCOMPARE(selection.count(), 0);             // a drag is not a click
        QCOMPARE(canvas_->centre(), centreBefore);  // and it does not pan
        const QImage after = canvas_->grab().toImage();
        QVERIFY(withOverlay != after);
    }

    void escapeCancelsDrag() {
        canvas_->setScene(smallScene());
        QSignalSpy dropped(canvas_.get(), &MapCanvas::orderDropped);
        QSignalSpy cancelled(canvas_.get(), &MapCanvas::orderDragCancelled);
        const QPoint from = canvas_->viewport().toScreen(GeoPoint{37.5640, 126.9740}).toPoint();
        QTest::mousePress(canvas_.get(), Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas_.get(), from + QPoint(40, 10));
        QTest::keyClick(canvas_.get(), Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled[0][0].toString(), QString("O2"));
        QTest::mouseRelease(canvas_.get(), Qt::LeftButton, {}, from + QPoint(40, 10));
        QCOMPARE(dropped.count(), 0);
    }

    void hitTestPrefersCouriersThenOrdersThenHubs_data() {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QPointF>("offset");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("courier exactly")
            << 37.5663 << 126.9850 << QPointF(0, 0) << int(HitKind::Courier) << "C2";
        QTest::newRow("drop-off within tolerance")
            << 37.5690 << 126.9740 << QPointF(6, 6) << int(HitKind::OrderDropoff) << "O1";
        QTest::newRow("just outside every marker")
            << 37.5690 << 126.9740 << QPointF(16, 0) << int(HitKind::None) << "";
        // Hub and both pickups share a spot: the pickups (orders) win over the hub.
        QTest::newRow("pickup over hub")
            << 37.5546 << 126.9726 << QPointF(0, 0) << int(HitKind::OrderPickup) << "O2";
        // Courier C1 sits on City Hall with the start of its route: the courier wins.
        QTest::newRow("courier over route")
            << 37.5663 << 126.9779 << QPointF(2, 0) << int(HitKind::Courier) << "C1";
    }
    void hitTestPrefersCouriersThenOrdersThenHubs() {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QPointF, offset);
        QFETCH(int, kind);
        QFETCH(QString, id);
        canvas_->setScene(smallScene());
        const MapHit hit =
            canvas_->hitTest(canvas_->viewport().toScreen(GeoPoint{lat, lon}) + offset);
        QCOMPARE(int(hit.kind), kind);
        QCOMPARE(hit.id, id);
    }

    void hubIsHitWhenNoOrderCovers() {
        MapScene s = smallScene();
        s.orders[0].status = OrderStatus::PickedUp;  // pickups done: the hub is bare
        s.orders[1].status = OrderStatus::PickedUp;
        canvas_->setScene(s);
        const MapHit hit =
            canvas_->hitTest(canvas_->viewport().toScreen(GeoPoint{37.5546, 126.9726}));
        QCOMPARE(int(hit.kind), int(HitKind::Hub));
        QCOMPARE(hit.id, QString("H01"));
    }

    void clickOnClusterZoomsIn() {
        MapScene s;
        for (int i = 0; i < 5; ++i)  // five drop-offs a few metres apart
            s.orders.push_back(order(qPrintable(QString("P%1").arg(i)), kCityHall,
                                     {37.5700 + i * 1e-5, 126.9900}));
        canvas_->setScene(s);
        canvas_->setView(kCityHall, 12.0);
        const QPointF at = canvas_->viewport().toScreen(GeoPoint{37.57002, 126.9900});
        const MapHit hit = canvas_->hitTest(at);
        QCOMPARE(int(hit.kind), int(HitKind::Cluster));
        QCOMPARE(hit.ids.size(), 5);
        QSignalSpy selection(canvas_.get(), &MapCanvas::selectionRequested);
        QTest::mouseClick(canvas_.get(), Qt::LeftButton, {}, hit.at.toPoint());
        QCOMPARE(canvas_->zoom(), 14.0);
        QCOMPARE(selection.count(), 0);
    }

    void hoverSetsHoveredAndTooltipDescribesItem() {
        canvas_->setScene(smallScene());
        QSignalSpy hovered(canvas_.get(), &MapCanvas::hoveredChanged);
        const QPoint at = canvas_->viewport().toScreen(GeoPoint{37.5663, 126.9850}).toPoint();
        QTest::mouseMove(canvas_.get(), at);
        QCOMPARE(hovered.count(), 1);
        QCOMPARE(hovered[0][0].toString(), QString("C2"));
        QCOMPARE(canvas_->scene().hovered, QString("C2"));
        QHelpEvent help(QEvent::ToolTip, at, canvas_->mapToGlobal(at));
        QApplication::sendEvent(canvas_.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains("라이더 C2"));
        QVERIFY(QToolTip::text().contains("3 / 10"));
    }

private:
    std::unique_ptr<MapCanvas> canvas_;
};

QTEST_MAIN(TstMapCanvas)
#include "tst_map_canvas.moc"

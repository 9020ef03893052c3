#include <QtTest>

#include "ui/map/web_mercator.h"

using chongal::GeoPoint;
using chongal::ui::TileId;
using chongal::ui::WebMercator;
using chongal::ui::WorldPoint;

// Expected values were computed independently with the slippy-map formula of the OpenStreetMap
// wiki, y = (1 - ln(tan(lat) + sec(lat)) / pi) / 2 * 256 * 2^z, in Python (double precision),
// and pasted here; the implementation uses the sin/log form instead.
class TstWebMercator : public QObject {
    Q_OBJECT
private slots:
    void project_data() {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("null island at z0 is the world centre")
            << 0.0 << 0.0 << 0.0 << 128.0 << 128.0;
        QTest::newRow("Seoul City Hall z12")
            << 37.5663 << 126.9779 << 12.0 << 894137.9401955554 << 406064.1882343537;
        QTest::newRow("Seoul City Hall fractional z15.5")
            << 37.5663 << 126.9779 << 15.5 << 10116016.013255185 << 4594091.857560355;
        QTest::newRow("Gangnam station z11")
            << 37.497175 << 127.027926 << 11.0 << 447141.82574079995 << 203159.04059704518;
        QTest::newRow("Sydney southern hemisphere z3")
            << -33.8688 << 151.2093 << 3.0 << 1884.2129066666666 << 1228.9889309875737;
        QTest::newRow("fractional z10.25")
            << 37.5 << 127.0 << 10.25 << 265847.93765630247 << 120796.004816263;
        QTest::newRow("north pole clamps to top edge") << 89.9 << 0.0 << 1.0 << 256.0 << 0.0;
        QTest::newRow("south pole clamps to bottom edge") << -89.9 << -180.0 << 1.0 << 0.0 << 512.0;
    }
    void project() {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, zoom);
        QFETCH(double, x);
        QFETCH(double, y);
        const WorldPoint w = WebMercator::project(GeoPoint{lat, lon}, zoom);
        // 1e-6 px at z15 is about 5 micrometres on the ground: far below anything we draw.
        QVERIFY2(std::abs(w.x - x) < 1e-6 && std::abs(w.y - y) < 1e-6,
                 qPrintable(QString("got (%1, %2), expected (%3, %4)")
                                .arg(w.x, 0, 'f', 9)
                                .arg(w.y, 0, 'f', 9)
                                .arg(x, 0, 'f', 9)
                                .arg(y, 0, 'f', 9)));
    }

    void roundTrip_data() {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("zoom");
        QTest::newRow("City Hall z0") << 37.5663 << 126.9779 << 0.0;
        QTest::newRow("City Hall z18.7") << 37.5663 << 126.9779 << 18.7;
        QTest::newRow("Jamsil z11") << 37.51395 << 127.102234 << 11.0;
        QTest::newRow("southern hemisphere z5") << -45.0 << -70.0 << 5.0;
        QTest::newRow("just inside the clamp") << 85.05 << 179.99 << 3.0;
    }
    void roundTrip() {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, zoom);
        const GeoPoint back = WebMercator::unproject(WebMercator::project({lat, lon}, zoom), zoom);
        QVERIFY2(
            std::abs(back.lat - lat) < 1e-9 && std::abs(back.lon - lon) < 1e-9,
            qPrintable(
                QString("back at %1, %2").arg(back.lat, 0, 'f', 12).arg(back.lon, 0, 'f', 12)));
    }

    void latitudeClampsAtLimit() {
        const GeoPoint top = WebMercator::unproject({100.0, 0.0}, 0.0);
        QVERIFY(std::abs(top.lat - 85.0511287798) < 1e-9);
        QVERIFY(std::abs(WebMercator::project({90.0, 0.0}, 4.0).y) < 1e-9);
        QVERIFY(std::abs(WebMercator::project({-90.0, 0.0}, 4.0).y - 4096.0) < 1e-9);
    }

    void worldSizeDoublesPerZoomLevel() {
        QCOMPARE(WebMercator::worldSize(0), 256.0);
        QCOMPARE(WebMercator::worldSize(12), 256.0 * 4096);
        QVERIFY(std::abs(WebMercator::worldSize(0.5) - 256.0 * std::sqrt(2.0)) < 1e-9);
    }

    void tileAt_data() {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("Seoul City Hall z12") << 37.5663 << 126.9779 << 12 << 3492 << 1586;
        QTest::newRow("Seoul City Hall z15") << 37.5663 << 126.9779 << 15 << 27941 << 12689;
        QTest::newRow("Gangnam station z16") << 37.497175 << 127.027926 << 16 << 55892 << 25394;
        QTest::newRow("London z10") << 51.5074 << -0.1278 << 10 << 511 << 340;
        QTest::newRow("just NE of null island z1") << 0.0001 << 0.0001 << 1 << 1 << 0;
        QTest::newRow("east edge clamps into the grid") << 0.0 << 180.0 << 2 << 3 << 2;
        QTest::newRow("south pole clamps into the grid") << -90.0 << 0.0 << 3 << 4 << 7;
    }
    void tileAt() {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        QCOMPARE(WebMercator::tileAt({lat, lon}, z), (TileId{x, y, z}));
    }

    void tileOriginIsInsideItsTile() {
        const TileId t = WebMercator::tileAt({37.5663, 126.9779}, 14);
        const GeoPoint nw = WebMercator::tileOrigin(t);
        // A hair south-east of the north-west corner is still in the same tile.
        QCOMPARE(WebMercator::tileAt({nw.lat - 1e-9, nw.lon + 1e-9}, 14), t);
        QVERIFY(nw.lat > 37.5663 && nw.lon < 126.9779);
    }
};

namespace QTest {
template <>
char* toString(const TileId& t) {
    return qstrdup(qPrintable(QString("%1/%2/%3").arg(t.z).arg(t.x).arg(t.y)));
}
}  // namespace QTest

QTEST_APPLESS_MAIN(TstWebMercator)
#include "tst_web_mercator.moc"

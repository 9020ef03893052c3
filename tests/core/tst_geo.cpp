#include <QtTest>

#include "core/model/geo.h"

using chongal::GeoPoint;

class TstGeo : public QObject {
    Q_OBJECT
private slots:
    void haversine_data() {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("metres");
        QTest::newRow("same point") << 37.5665 << 126.9780 << 37.5665 << 126.9780 << 0.0;
        // One degree of latitude on the mean sphere: 2*pi*R/360.
        QTest::newRow("one degree north") << 37.0 << 127.0 << 38.0 << 127.0 << 111195.08;
        // Along the equator a degree of longitude is the same arc; at 60 degrees north, half.
        QTest::newRow("one degree east on equator") << 0.0 << 126.0 << 0.0 << 127.0 << 111195.08;
        QTest::newRow("symmetry across antimeridian") << 0.0 << 179.5 << 0.0 << -179.5
                                                      << 111195.08;
    }
    void haversine() {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, metres);
        const double got = chongal::haversineMetres(GeoPoint{lat1, lon1}, GeoPoint{lat2, lon2});
        QVERIFY2(std::abs(got - metres) <= std::max(1.0, metres * 0.002),
                 qPrintable(QString("got %1 m, expected %2 m").arg(got).arg(metres)));
    }
};

QTEST_APPLESS_MAIN(TstGeo)
#include "tst_geo.moc"

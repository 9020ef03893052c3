#include <QTemporaryDir>
#include <QtTest>
#include <sstream>

#include "ui/map/line_raster.h"
#include "ui/map/map_renderer.h"
#include "ui/map/map_style.h"
#include "ui/map/synthetic_scene.h"

using namespace chongal;
using namespace chongal::ui;

namespace {
constexpr GeoPoint kCityHall{37.5663, 126.9779};  // in 중구, no marker near it in these tests
constexpr GeoPoint kSiheung{37.43, 126.80};       // just outside Seoul, south-west

QColor pixel(const QImage& img, QPointF at) {
    return img.pixelColor(at.toPoint());
}

// Saves for a human look when CHONGAL_MAP_PNG_DIR is set (e.g. /tmp); tests never need it.
void keep(const QImage& img, const QString& name) {
    const QString dir = qEnvironmentVariable("CHONGAL_MAP_PNG_DIR");
    if (!dir.isEmpty()) img.save(dir + "/map_" + name + ".png");
}
}  // namespace

class TstMapRenderer : public QObject {
    Q_OBJECT
private slots:
    void bundledBaseMapLoads() {
        const auto map = BaseMap::seoul();
        QCOMPARE(map->gu().size(), 25u);
        QCOMPARE(map->dongs().size(), 425u);
        const GeoBounds b = map->bounds();
        QVERIFY(b.south > 37.40 && b.south < 37.45 && b.north > 37.70 && b.north < 37.72);
        QVERIFY(b.west > 126.75 && b.west < 126.78 && b.east > 127.18 && b.east < 127.19);
    }

    void baseMapErrorsNameFileAndLine() {
        std::vector<BaseMapError> errors;
        const auto missing = BaseMap::fromFiles(":/geo/nope.tsv", ":/geo/seoul_dongs.tsv", &errors);
        QCOMPARE(errors.size(), 1u);
        QCOMPARE(errors[0].file, QString(":/geo/nope.tsv"));
        QCOMPARE(errors[0].line, 0);
        QCOMPARE(missing->dongs().size(), 425u);
        errors.clear();
        std::istringstream gu(
            "code\tname_ko\tname_en\twkt\n"
            "1\t가구\tGa-gu\tMULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)))\n"
            "2\t나구\tNa-gu\tMULTIPOLYGON(((1 0,2 0\n");
        std::istringstream dongs("code\tgu\tdong\tpopulation\twkt\n");
        const auto map = BaseMap::fromTsv(gu, dongs, &errors, "gu.tsv", "dongs.tsv");
        QCOMPARE(map->gu().size(), 1u);
        QCOMPARE(errors.size(), 1u);
        QVERIFY2(errors[0].toString().startsWith("gu.tsv:3: "), qPrintable(errors[0].toString()));
    }

    void baseMapDrawsSeoulOverBackground() {
        MapRenderer r;
        const MapViewport vp(kCityHall, 11.0, QSizeF(800, 600));
        const QImage img = r.renderToImage(vp);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath("base.png");
        QVERIFY(img.save(file));
        keep(img, "base");
        const QImage png(file);
        QCOMPARE(png.size(), QSize(800, 600));
        const QColor inside = pixel(png, vp.toScreen(kCityHall) + QPointF(0, 6));
        const QColor outside = pixel(png, vp.toScreen(kSiheung));
        QCOMPARE(outside, style::kBackground);
        QVERIFY2(inside != outside, qPrintable(inside.name()));
        QVERIFY(r.lastFrame().baseTilesRendered > 0);
        // A second frame of the same view re-uses every cached tile.
        r.renderToImage(vp);
        QCOMPARE(r.lastFrame().baseTilesRendered, 0);
    }

    void tileBudgetShowsLastBaseMapUntilTilesArrive() {
        MapRenderer r;
        const MapViewport before(kCityHall, 12.0, QSizeF(800, 600));
        r.renderToImage(before);
        QVERIFY(r.lastFrameComplete());
        r.baseLayer().setRenderBudgetMs(0);  // one new tile per frame
        const MapViewport after(kCityHall, 12.7, QSizeF(800, 600));
        const QImage first = r.renderToImage(after);
        keep(first, "backdrop");
        QVERIFY(!r.lastFrameComplete());
        QCOMPARE(r.lastFrame().baseTilesRendered, 1);
        // Where tiles are missing, the zoom-12 map stands in, scaled: Seoul is there, not a gap.
        int backdropLand = 0;
        for (int x = 20; x < 800; x += 40)
            backdropLand += pixel(first, after.toScreen(kCityHall) + QPointF(x - 400, 40)) !=
                            style::kBackground;
        QVERIFY(backdropLand > 15);
        int frames = 1;
        while (!r.lastFrameComplete() && frames < 100) r.renderToImage(after), ++frames;
        QVERIFY(r.lastFrameComplete());
        QVERIFY(frames > 4);
    }

    void emptySceneRendersNothingDynamic() {
        MapRenderer r;
        r.setScene({});
        r.renderToImage(MapViewport(kCityHall, 15.0, QSizeF(640, 480)));
        const FrameStats& s = r.lastFrame();
        QCOMPARE(s.routes + s.couriers + s.markers + s.clusters, 0);
        QCOMPARE(int(r.hitTest(MapViewport(kCityHall, 15.0, QSizeF(640, 480)), {320, 240}).kind),
                 int(HitKind::None));
    }

    // Hub names never print over each other: of two stores at one corner only the first is
    // named at city zoom; zoomed in far enough both are.
    void hubNamesDoNotOverlap() {
        MapScene scene;
        const GeoPoint corner{37.5560, 126.9236}, across{37.5170, 127.0473};
        scene.hubs = {{"S1", "Hongik Univ. store 1", corner},
                      {"S2", "Hongik Univ. store 2", {corner.lat + 0.0003, corner.lon + 0.0002}},
                      {"S3", "Gangnam store 1", across}};
        MapRenderer r;
        r.setScene(scene);
        r.renderToImage(MapViewport(kCityHall, 12.0, QSizeF(1200, 900)));
        QCOMPARE(r.lastFrame().hubLabels, 2);
        r.renderToImage(MapViewport(corner, 18.0, QSizeF(1200, 900)));
        QCOMPARE(r.lastFrame().hubLabels, 2);  // the two stores only: Gangnam is off screen
    }

    void thousandItemsRenderAtCityAndStreetZoom() {
        MapRenderer r;
        const MapScene scene = makeSyntheticScene(
            {.hubs = 6, .couriers = 100, .orders = 900, .stopsPerRoute = 6, .seed = 7});
        r.setScene(scene);
        MapViewport city(kCityHall, 11.0, QSizeF(1200, 900));
        city.fit(r.baseMap().bounds());
        const QImage cityImg = r.renderToImage(city);
        keep(cityImg, "thousand_city");
        QCOMPARE(r.lastFrame().couriers, 100);
        QCOMPARE(r.lastFrame().routes, 100);
        QVERIFY(r.lastFrame().clusters > 0);
        QVERIFY(r.lastFrame().clusters + r.lastFrame().markers < 900);  // clustering reduced them

        const MapViewport street(scene.couriers[0].position, 15.5, QSizeF(1200, 900));
        const QImage streetImg = r.renderToImage(street);
        keep(streetImg, "thousand_street");
        QVERIFY(r.lastFrame().couriers >= 1 && r.lastFrame().couriers < 100);  // culled
        MapRenderer empty;
        const QImage bare = empty.renderToImage(street);
        const QPointF at = street.toScreen(scene.couriers[0].position);
        QVERIFY(pixel(streetImg, at) != pixel(bare, at));
    }

    void clusterCountsCoverEveryVisibleMarker() {
        const MapScene scene = makeSyntheticScene({.orders = 2000, .seed = 3});
        SceneIndex index;
        index.rebuildAll(scene);
        MapViewport vp(kCityHall, 11.0, QSizeF(1000, 800));
        const std::vector<int> markers = index.activeMarkersIn(vp.visibleWorld0());
        QVERIFY(markers.size() > 1000);
        std::vector<int> clusterOf;
        const auto clusters = MarkerClusterer::cluster(index, scene, markers, vp,
                                                       MarkerClusterer::kCellPx, &clusterOf);
        int total = 0, late = 0;
        for (const MarkerCluster& c : clusters) total += c.count, late += c.late;
        QCOMPARE(total, int(markers.size()));
        int expectedLate = 0;
        for (int packed : markers)
            expectedLate += scene.orders[OrderMarker::unpack(packed).order].risk == OrderRisk::Late;
        QCOMPARE(late, expectedLate);
        // Every member lies in its cluster's cell, and the badge sits at the members' mean.
        for (std::size_t i = 0; i < markers.size(); ++i) {
            const MarkerCluster& c = clusters[clusterOf[i]];
            const WorldPoint w = index.marker(markers[i]);
            QCOMPARE(int(std::floor(w.x * vp.scale() / MarkerClusterer::kCellPx)), c.cellX);
        }
    }

    void pileOfPickupsBecomesOneBadgeAtStreetZoom() {
        MapScene s;
        for (int i = 0; i < 10; ++i) {
            MapOrder o;
            o.id = QString("O%1").arg(i);
            o.pickup = {37.5546 + i * 1e-6, 126.9726};
            o.dropoff = {37.5560 + i * 0.0005, 126.9800};  // ~29 px apart: stay single
            s.orders.push_back(o);
        }
        MapRenderer r;
        r.setScene(s);
        const MapViewport vp({37.5580, 126.9800}, 16.0, QSizeF(1000, 800));
        r.renderToImage(vp);
        QCOMPARE(r.lastFrame().clusters, 1);
        QCOMPARE(r.lastFrame().markers, 10);
        const MapHit hit = r.hitTest(vp, vp.toScreen(GeoPoint{37.5546, 126.9726}));
        QCOMPARE(int(hit.kind), int(HitKind::Cluster));
        QCOMPARE(hit.ids.size(), 10);
    }

    void selectionAndZoneHighlightChangeTheFrame() {
        MapRenderer r;
        const MapScene scene = makeSyntheticScene({.couriers = 20, .orders = 100, .seed = 5});
        r.setScene(scene);
        const MapViewport vp(scene.couriers[3].position, 13.5, QSizeF(800, 600));
        const QImage plain = r.renderToImage(vp);
        r.setSelection({scene.couriers[3].id});
        const QImage selected = r.renderToImage(vp);
        keep(selected, "selected");
        QVERIFY(plain != selected);
        const QPointF at = vp.toScreen(scene.couriers[3].position) + QPointF(14, 0);  // the ring
        QVERIFY(pixel(plain, at) != pixel(selected, at));
        ZoneOverlay zones;
        zones.highlighted = {"11020"};  // 중구
        r.setZoneOverlay(zones);
        r.setSelection({});
        const MapViewport hall(kCityHall, 13.0, QSizeF(800, 600));
        const QImage before = MapRenderer().renderToImage(hall);
        const QImage tinted = r.renderToImage(hall);
        QVERIFY(pixel(before, hall.toScreen(kCityHall) + QPointF(0, 6)) !=
                pixel(tinted, hall.toScreen(kCityHall) + QPointF(0, 6)));
    }

    void lineRasterCoverage_data() {
        QTest::addColumn<QPoint>("at");
        QTest::addColumn<int>("grey");  // expected red channel, +-2
        QTest::newRow("on the line, upper row") << QPoint(20, 9) << 0;
        QTest::newRow("on the line, lower row") << QPoint(20, 10) << 0;
        QTest::newRow("beyond the half width") << QPoint(20, 12) << 255;
        QTest::newRow("before the start (butt end)") << QPoint(3, 10) << 255;
        QTest::newRow("half a pixel of a translucent line, below") << QPoint(30, 16) << 191;
        QTest::newRow("half a pixel of a translucent line, above") << QPoint(30, 15) << 191;
    }
    void lineRasterCoverage() {
        QFETCH(QPoint, at);
        QFETCH(int, grey);
        QImage img(40, 20, QImage::Format_RGB32);
        img.fill(Qt::white);
        LineRaster r(img, img.rect());
        r.setColor(Qt::black);
        r.setWidth(2.0);
        r.drawSegment({5.0, 10.0}, {35.0, 10.0});
        // Width 1 centred on the boundary y=16 at 50% alpha: each adjacent row gets half of it.
        r.setColor(QColor(0, 0, 0, 128));
        r.setWidth(1.0);
        r.drawSegment({25.0, 16.0}, {35.0, 16.0});
        QVERIFY2(std::abs(qRed(img.pixel(at)) - grey) <= 2,
                 qPrintable(QString::number(qRed(img.pixel(at)))));
    }
};

QTEST_MAIN(TstMapRenderer)
#include "tst_map_renderer.moc"

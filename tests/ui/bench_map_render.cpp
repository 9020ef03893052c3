// Map rendering benchmark: 1,000 couriers, 10,000 orders, 1,000 routes of 10 stops over Seoul,
// rendered into a 1600x1000 QImage at city zoom (~11, everything visible, orders clustered), at
// street zoom (15, individual markers, labels), and while panning at street zoom (base tiles
// re-used, new ones rendered at the edges). The first frame of each case (cold base-map cache)
// is reported separately. Set CHONGAL_MAP_PNG_DIR to save one frame of each case as PNG.
// Prints one line per case, then one JSON line with all figures last.
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

#include "ui/map/map_renderer.h"
#include "ui/map/synthetic_scene.h"

using namespace chongal;
using namespace chongal::ui;

namespace {

struct Figures {
    double firstMs = 0, meanMs = 0, p95Ms = 0, maxMs = 0;
};

Figures run(MapRenderer& r, MapViewport vp, int frames, QPointF panPerFrame, const char* name) {
    QImage img(vp.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    Figures f;
    for (int i = 0; i <= frames; ++i) {
        QElapsedTimer t;
        t.start();
        {
            QPainter p(&img);
            r.render(p, vp);
        }
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (i == 0) f.firstMs = elapsed;
        else ms.push_back(elapsed);
        vp.panBy(panPerFrame);
    }
    std::sort(ms.begin(), ms.end());
    f.meanMs = std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size();
    f.p95Ms = ms[std::min(ms.size() - 1, std::size_t(ms.size() * 0.95))];
    f.maxMs = ms.back();
    const FrameStats& s = r.lastFrame();
    std::printf("%-12s zoom %.1f: first %.2f ms, mean %.2f ms, p95 %.2f ms, max %.2f ms "
                "(routes %d, couriers %d, markers %d, clusters %d)\n",
                name, vp.zoom(), f.firstMs, f.meanMs, f.p95Ms, f.maxMs, s.routes, s.couriers,
                s.markers, s.clusters);
    if (const QString dir = qEnvironmentVariable("CHONGAL_MAP_PNG_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        img.save(dir + QString("/map_%1.png").arg(name));
    }
    return f;
}

QJsonObject toJson(const Figures& f) {
    return {{"first_ms", f.firstMs}, {"mean_ms", f.meanMs}, {"p95_ms", f.p95Ms},
            {"max_ms", f.maxMs}};
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(1, atoi(argv[1])) : 100;

    QElapsedTimer setup;
    setup.start();
    MapRenderer renderer(BaseMap::seoul());
    const double loadMs = setup.nsecsElapsed() / 1e6;
    setup.restart();
    const MapScene scene =
        makeSyntheticScene({.hubs = 12, .couriers = 1000, .orders = 10000, .stopsPerRoute = 10});
    renderer.setScene(scene);
    const double sceneMs = setup.nsecsElapsed() / 1e6;
    std::printf("base map load %.1f ms; scene build + index %.1f ms\n", loadMs, sceneMs);

    const QSizeF size(1600, 1000);
    MapViewport city({37.5665, 126.9780}, 11.0, size);
    city.fit(renderer.baseMap().bounds(), 24.0);
    const Figures c = run(renderer, city, frames, {0, 0}, "city");
    const Figures s = run(renderer, MapViewport({37.5663, 126.9779}, 15.0, size), frames, {0, 0},
                          "street");
    const Figures p = run(renderer, MapViewport({37.5663, 126.9779}, 15.0, size), frames, {7, 4},
                          "street_pan");
    const QJsonObject out{{"bench", "map_render"},
                          {"viewport", "1600x1000"},
                          {"couriers", 1000},
                          {"orders", 10000},
                          {"routes", 1000},
                          {"frames", frames},
                          {"city_zoom", city.zoom()},
                          {"city", toJson(c)},
                          {"street_zoom", 15.0},
                          {"street", toJson(s)},
                          {"street_pan", toJson(p)},
                          {"scene_index_ms", sceneMs},
                          {"base_map_load_ms", loadMs}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

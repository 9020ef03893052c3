// Map rendering benchmark: 1,000 couriers, 10,000 orders, 1,000 routes of 10 stops over Seoul,
// rendered into a 1600x1000 QImage at city zoom (11, everything visible, orders clustered), at
// the zoom where Seoul fills the viewport (~11.9), at street zoom (15, individual markers,
// labels), and while panning at street zoom (base tiles re-used, new ones rendered at the edges).
// The first frame of each case (cold base-map cache) is reported separately. Set
// CHONGAL_MAP_PNG_DIR to save one frame of each case as PNG. Prints one line per case, then one
// JSON line with all figures last.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <vector>

#include "ui/map/map_renderer.h"
#include "ui/map/synthetic_scene.h"

using namespace chongal;
using namespace chongal::ui;

namespace {

struct Figures {
    double firstMs = 0, meanMs = 0, p95Ms = 0, maxMs = 0;
    double cpuMeanMs = 0;  // this thread's CPU time per frame: robust when the machine is shared
    double baseMs = 0, routesMs = 0, markersMs = 0;  // mean wall ms per layer group
};

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

Figures run(MapRenderer& r, MapViewport vp, int frames, QPointF panPerFrame, const char* name) {
    QImage img(vp.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    Figures f;
    double cpu = 0;
    for (int i = 0; i <= frames; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        {
            QPainter p(&img);
            r.render(p, vp);
        }
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (i == 0)
            f.firstMs = elapsed;
        else {
            ms.push_back(elapsed), cpu += threadCpuMs() - cpu0;
            f.baseMs += r.lastFrame().baseMs / frames;
            f.routesMs += r.lastFrame().routesMs / frames;
            f.markersMs += r.lastFrame().markersMs / frames;
        }
        vp.panBy(panPerFrame);
    }
    std::sort(ms.begin(), ms.end());
    f.meanMs = std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size();
    f.p95Ms = ms[std::min(ms.size() - 1, std::size_t(ms.size() * 0.95))];
    f.maxMs = ms.back();
    f.cpuMeanMs = cpu / frames;
    const FrameStats& s = r.lastFrame();
    std::printf(
        "%-12s zoom %.1f: first %.2f ms, mean %.2f ms, p95 %.2f ms, max %.2f ms, "
        "cpu %.2f ms/frame (routes %d, couriers %d, markers %d, clusters %d; "
        "base %.2f, routes %.2f, markers %.2f ms)\n",
        name, vp.zoom(), f.firstMs, f.meanMs, f.p95Ms, f.maxMs, f.cpuMeanMs, s.routes, s.couriers,
        s.markers, s.clusters, f.baseMs, f.routesMs, f.markersMs);
    if (const QString dir = qEnvironmentVariable("CHONGAL_MAP_PNG_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        img.save(dir + QString("/map_%1.png").arg(name));
    }
    return f;
}

double loadAverage() {  // other work on the machine inflates wall-clock figures
    QFile f("/proc/loadavg");
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1.0;
}

QJsonObject toJson(const Figures& f) {
    return {{"first_ms", f.firstMs},   {"mean_ms", f.meanMs},        {"p95_ms", f.p95Ms},
            {"max_ms", f.maxMs},       {"cpu_mean_ms", f.cpuMeanMs}, {"base_ms", f.baseMs},
            {"routes_ms", f.routesMs}, {"markers_ms", f.markersMs}};
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
    const Figures c =
        run(renderer, MapViewport({37.5665, 126.9780}, 11.0, size), frames, {0, 0}, "city");
    MapViewport fit({37.5665, 126.9780}, 11.0, size);
    fit.fit(renderer.baseMap().bounds(), 24.0);  // Seoul filling the viewport: longer lines
    const Figures cf = run(renderer, fit, frames, {0, 0}, "city_fit");
    const Figures s =
        run(renderer, MapViewport({37.5663, 126.9779}, 15.0, size), frames, {0, 0}, "street");
    const Figures p =
        run(renderer, MapViewport({37.5663, 126.9779}, 15.0, size), frames, {7, 4}, "street_pan");
    const QJsonObject out{{"bench", "map_render"},
                          {"viewport", "1600x1000"},
                          {"couriers", 1000},
                          {"orders", 10000},
                          {"routes", 1000},
                          {"frames", frames},
                          {"city_zoom", 11.0},
                          {"city", toJson(c)},
                          {"city_fit_zoom", fit.zoom()},
                          {"city_fit", toJson(cf)},
                          {"street_zoom", 15.0},
                          {"street", toJson(s)},
                          {"street_pan", toJson(p)},
                          {"scene_index_ms", sceneMs},
                          {"base_map_load_ms", loadMs},
                          {"load_average_1min", loadAverage()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

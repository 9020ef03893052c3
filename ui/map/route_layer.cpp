// Routes: one polyline per courier in its palette colour. Zoomed out: thin, translucent and
// decimated (points closer than 2 px merged). Street zoom: wider, with direction chevrons.
// A selected courier's route (or the route of a selected order) is drawn last with a casing.
// Lines go through LineRaster when the frame is a plain image (see FrameContext::target).
#include <QPainter>
#include <cmath>
#include <optional>
#include <vector>

#include "ui/map/line_raster.h"
#include "ui/map/map_layers.h"
#include "ui/map/map_style.h"

namespace chongal::ui::layers {

namespace {

bool touches(const QRectF& a, const QRectF& b) {  // like intersects(), but for degenerate boxes
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() &&
           b.top() <= a.bottom();
}

QPolygonF screenPath(const std::vector<WorldPoint>& path, const MapViewport& vp, double minStep) {
    QPolygonF out;
    out.reserve(int(path.size()));
    const double min2 = minStep * minStep;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const QPointF q = vp.toScreen(path[i]);
        if (!out.isEmpty() && i + 1 < path.size()) {
            const QPointF d = q - out.back();
            if (d.x() * d.x() + d.y() * d.y() < min2) continue;
        }
        out.push_back(q);
    }
    return out;
}

// Arrowheads every `spacing` px along the polyline, pointing the way the courier goes.
void drawChevrons(FrameContext& f, const QPolygonF& line, const QColor& colour, double spacing,
                  double size) {
    const QRectF area = QRectF(QPointF(0, 0), f.vp.size()).adjusted(-size, -size, size, size);
    double carry = spacing / 2;
    for (int i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
        if (len < 1e-6) continue;
        const QPointF u = (b - a) / len;
        const double angle = std::atan2(u.y(), u.x()) * 180.0 / M_PI;
        double t = carry;
        for (; t < len; t += spacing) {
            const QPointF c = a + u * t;
            if (area.contains(c))
                SpriteCache::drawCentred(f.p, c, f.sprites.chevron(colour, angle, size));
        }
        carry = t - len;
    }
}

// Strokes route polylines: through LineRaster into a plain image, else with QPainter.
class RouteStroker {
public:
    explicit RouteStroker(FrameContext& f) : f_(f) {
        if (f.target) raster_.emplace(*f.target, QRect(QPoint(0, 0), f.target->size()));
    }
    void draw(const QPolygonF& line, const QColor& colour, double width) {
        if (!raster_) {
            f_.p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            f_.p.drawPolyline(line);
            return;
        }
        raster_->setColor(colour);
        raster_->setWidth(width * f_.dpr);
        for (int i = 1; i < line.size(); ++i)
            raster_->drawSegment(line[i - 1] * f_.dpr, line[i] * f_.dpr);
    }

private:
    FrameContext& f_;
    std::optional<LineRaster> raster_;
};

}  // namespace

void drawRoutes(FrameContext& f) {
    const bool detailed = f.vp.zoom() >= LevelOfDetail::kDetailedRoutes;
    const double minStep = detailed ? 1.0 : 2.0;
    // With a selection, the other routes step back so the chosen one reads at a glance.
    std::vector<char> emphasised(f.scene.routes.size(), 0);
    bool anyEmphasis = false;
    if (f.index.anySelected()) {
        for (int r = 0; r < f.scene.routes.size(); ++r) {
            const int c = f.scene.routes[r].courier;
            if (c >= 0 && f.index.courierSelected(c)) emphasised[r] = 1, anyEmphasis = true;
        }
        for (int o = 0; o < f.scene.orders.size(); ++o) {
            if (!f.index.orderSelected(o)) continue;
            const int r = f.index.routeOfCourier(f.scene.orders[o].courier);
            if (r >= 0) emphasised[r] = 1, anyEmphasis = true;
        }
    }
    auto colourOf = [&](int r) {
        const int c = f.scene.routes[r].courier;
        return style::routeColor(
            c >= 0 && c < f.scene.couriers.size() ? f.scene.couriers[c].colorIndex : 0);
    };
    RouteStroker stroker(f);
    std::vector<std::pair<int, QPolygonF>> chevronQueue;  // drawn over every plain line
    std::vector<std::pair<int, QPolygonF>> later;
    for (int r = 0; r < f.scene.routes.size(); ++r) {
        if (f.index.routes()[r].size() < 2 || !touches(f.index.routeBounds()[r], f.cull0)) continue;
        QPolygonF line = screenPath(f.index.routes()[r], f.vp, minStep);
        if (line.size() < 2) continue;
        if (emphasised[r]) {
            later.emplace_back(r, std::move(line));
            continue;
        }
        QColor col = colourOf(r);
        col.setAlpha(anyEmphasis ? 60 : detailed ? 220 : 170);
        stroker.draw(line, col, detailed ? 2.6 : 1.1);
        if (detailed && !anyEmphasis) chevronQueue.emplace_back(r, std::move(line));
        ++f.stats.routes;
    }
    // Chevrons and emphasised routes go on top of every plain line.
    for (const auto& [r, line] : chevronQueue)
        drawChevrons(f, line, colourOf(r).darker(115), 120, 5.5);
    for (auto& [r, line] : later) {
        const QColor col = colourOf(r);
        stroker.draw(line, QColor(255, 255, 255, 235), detailed ? 7.5 : 5.5);
        stroker.draw(line, col, detailed ? 4.0 : 3.0);
        drawChevrons(f, line, col.darker(110), detailed ? 80 : 50, detailed ? 6 : 5);
        ++f.stats.routes;
    }
}

}  // namespace chongal::ui::layers

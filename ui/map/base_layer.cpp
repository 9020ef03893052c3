#include "ui/map/base_layer.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/map/map_style.h"

namespace chongal::ui {

namespace {

constexpr double kDongMinZoom = 10.5;  // dong boundaries below this are noise
constexpr double kDongLabelMinZoom = 13.5;
constexpr double kGuSubLabelMinZoom = 11.5;

// Path of a zone's rings in the pixel frame where world-pixel (at `scale`) `origin` is (0,0).
// Vertices closer than `minStep` px to the previous kept one are dropped (level of detail).
QPainterPath ringsPath(const BaseZone& zone, double scale, QPointF origin, double minStep) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const double min2 = minStep * minStep;
    for (const auto& ring : zone.rings) {
        if (ring.size() < 3) continue;
        QPointF last(ring.front().x * scale - origin.x(), ring.front().y * scale - origin.y());
        path.moveTo(last);
        for (std::size_t i = 1; i < ring.size(); ++i) {
            const QPointF q(ring[i].x * scale - origin.x(), ring[i].y * scale - origin.y());
            const QPointF d = q - last;
            if (d.x() * d.x() + d.y() * d.y() < min2 && i + 1 < ring.size()) continue;
            path.lineTo(q);
            last = q;
        }
        path.closeSubpath();
    }
    return path;
}

int flagsOf(const BaseLayerOptions& o) {
    return int(o.dongs) | int(o.gu) << 1 | int(o.labels) << 2 | int(o.transparentLand) << 3;
}

void drawHaloText(QPainter& p, QPointF at, const QString& text, const QFont& font,
                  const QColor& ink) {
    QPainterPath path;
    path.addText(at, font, text);
    p.strokePath(path, QPen(style::kLabelHalo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(path, ink);
}

double guFontPx(double zoom) {
    return std::clamp(10.0 + (zoom - 10.0) * 1.2, 11.0, 15.0);
}

}  // namespace

BaseLayer::BaseLayer(std::shared_ptr<const BaseMap> map) : map_(std::move(map)) {}

void BaseLayer::clear() {
    tiles_.clear();
    labels_ = {};
}

QPainterPath BaseLayer::zonePath(const BaseZone& zone, const MapViewport& vp) {
    const QPointF origin = vp.toScreen(WorldPoint{0, 0});
    return ringsPath(zone, vp.scale(), -origin, 0.75);
}

void BaseLayer::draw(QPainter& painter, const MapViewport& vp, const BaseLayerOptions& o, qreal dpr,
                     const QImage* frame) {
    const QSizeF size = vp.size();
    if (!o.transparentLand) painter.fillRect(QRectF(QPointF(0, 0), size), style::kBackground);
    complete_ = true;
    if (map_->isEmpty()) return;
    QElapsedTimer clock;
    clock.start();
    const double scale = vp.scale();
    const qint64 zoomKey = std::llround(vp.zoom() * 4096);
    // Integer world-pixel origin of the screen, so tiles land on whole pixels (no resampling).
    const double ox = std::floor(vp.centre0().x * scale - size.width() / 2);
    const double oy = std::floor(vp.centre0().y * scale - size.height() / 2);
    const QRectF mapPx(map_->bounds0().left() * scale, map_->bounds0().top() * scale,
                       map_->bounds0().width() * scale, map_->bounds0().height() * scale);
    const int tx0 = int(std::floor(std::max(ox, mapPx.left()) / kTileSize));
    const int ty0 = int(std::floor(std::max(oy, mapPx.top()) / kTileSize));
    const int tx1 = int(std::floor(std::min(ox + size.width(), mapPx.right()) / kTileSize));
    const int ty1 = int(std::floor(std::min(oy + size.height(), mapPx.bottom()) / kTileSize));
    const int flags = flagsOf(o);
    const int dprKey = int(std::lround(dpr * 100));
    QRegion missing;
    int renderedNow = 0;
    for (int ty = ty0; ty <= ty1; ++ty) {
        for (int tx = tx0; tx <= tx1; ++tx) {
            const Key key{zoomKey, tx, ty, flags, dprKey};
            const QPoint at(int(tx * kTileSize - ox), int(ty * kTileSize - oy));
            auto it = tiles_.find(key);
            if (it == tiles_.end()) {
                // At least one new tile per frame, so a zero budget still makes progress.
                if (budgetMs_ >= 0 && renderedNow > 0 && clock.nsecsElapsed() / 1e6 >= budgetMs_) {
                    missing += QRect(at, QSize(kTileSize, kTileSize));
                    continue;
                }
                evictIfFull();
                it = tiles_.insert(key, {renderTile(tx, ty, vp.zoom(), o, dpr), 0});
                ++renderedNow;
            }
            it->lastUse = ++useClock_;
            painter.drawImage(at, it->image);
        }
    }
    complete_ = missing.isEmpty();
    if (!complete_ && backdropFlags_ == flags) drawBackdrop(painter, vp, missing);
    // Keep this frame's base map as the backdrop for the next zoom change (once per zoom: a pan
    // at the same zoom only ever needs cached tiles).
    if (complete_ && frame && frame->devicePixelRatio() == dpr &&
        (backdrop_.isNull() || backdropVp_.zoom() != vp.zoom() || backdropFlags_ != flags ||
         backdropVp_.size() != vp.size())) {
        backdrop_ = frame->copy();
        backdropVp_ = vp;
        backdropFlags_ = flags;
    }
}

void BaseLayer::drawBackdrop(QPainter& p, const MapViewport& vp, const QRegion& where) const {
    // Backdrop screen -> world -> current screen is a scale about the two centres.
    const double k = vp.scale() / backdropVp_.scale();
    QTransform t;
    t.translate(vp.size().width() / 2 + (backdropVp_.centre0().x - vp.centre0().x) * vp.scale(),
                vp.size().height() / 2 + (backdropVp_.centre0().y - vp.centre0().y) * vp.scale());
    t.scale(k, k);
    t.translate(-backdropVp_.size().width() / 2, -backdropVp_.size().height() / 2);
    p.save();
    p.setClipRegion(where, Qt::IntersectClip);
    p.setTransform(t, true);
    p.drawImage(QPointF(0, 0), backdrop_);
    p.restore();
}

void BaseLayer::evictIfFull() {
    if (tiles_.size() < capacity_) return;
    // Drop the older half in one go: eviction is rare and this keeps it O(n log n) per burst.
    std::vector<quint64> uses;
    uses.reserve(tiles_.size());
    for (const Entry& e : tiles_) uses.push_back(e.lastUse);
    std::nth_element(uses.begin(), uses.begin() + uses.size() / 2, uses.end());
    const quint64 cut = uses[uses.size() / 2];
    tiles_.removeIf([cut](const auto& it) { return it.value().lastUse < cut; });
}

QImage BaseLayer::renderTile(int tx, int ty, double zoom, const BaseLayerOptions& o, qreal dpr) {
    ++tilesRendered_;
    const double scale = std::exp2(zoom);
    // Opaque tiles are RGB32 so that drawing them is a copy, not a blend.
    QImage img(int(kTileSize * dpr), int(kTileSize * dpr),
               o.transparentLand ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    img.setDevicePixelRatio(dpr);
    img.fill(o.transparentLand ? QColor(Qt::transparent) : style::kBackground);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF origin(tx * kTileSize, ty * kTileSize);  // world pixels at `zoom`
    const QRectF tile0(origin / scale, QSizeF(kTileSize, kTileSize) / scale);
    const double step = 0.6 / dpr;
    auto visible = [&](const BaseZone& z) { return z.bounds0.intersects(tile0); };

    if (!o.transparentLand) {
        p.setPen(Qt::NoPen);
        p.setBrush(style::kLand);
        for (const BaseZone& z : map_->gu())
            if (visible(z)) p.drawPath(ringsPath(z, scale, origin, step));
    }
    p.setBrush(Qt::NoBrush);
    if (o.dongs && zoom >= kDongMinZoom) {
        QPen pen(style::kDongLine, zoom >= 14 ? 1.2 : 1.0);
        pen.setCosmetic(true);
        p.setPen(pen);
        for (const BaseZone& z : map_->dongs())
            if (visible(z)) p.drawPath(ringsPath(z, scale, origin, step));
    }
    if (o.gu) {
        QPen pen(style::kGuLine, zoom >= 13 ? 1.8 : 1.3);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        for (const BaseZone& z : map_->gu())
            if (visible(z)) p.drawPath(ringsPath(z, scale, origin, step));
    }
    if (o.labels) {
        const QRectF tilePx(origin, QSizeF(kTileSize, kTileSize));
        const QFont guFont = style::mapFont(guFontPx(zoom), true);
        const QFont subFont = style::mapFont(10);
        const QFont dongFont = style::mapFont(10.5);
        for (const Label& l : labelsFor(std::llround(zoom * 4096), zoom).labels) {
            if (!l.rect.intersects(tilePx)) continue;
            const QPointF at = l.anchor - origin;
            drawHaloText(p, at, l.text, l.gu ? guFont : dongFont,
                         l.gu ? style::kGuLabel : style::kDongLabel);
            if (!l.subText.isEmpty()) {
                const double w = QFontMetricsF(subFont).horizontalAdvance(l.subText);
                const double w0 = QFontMetricsF(guFont).horizontalAdvance(l.text);
                drawHaloText(p, at + QPointF((w0 - w) / 2, 13), l.subText, subFont,
                             style::kDongLabel);
            }
        }
    }
    return img;
}

const BaseLayer::LabelSet& BaseLayer::labelsFor(qint64 zoomKey, double zoom) {
    if (labels_.zoomKey == zoomKey) return labels_;
    labels_ = {zoomKey, {}};
    const double scale = std::exp2(zoom);
    const QFontMetricsF guFm(style::mapFont(guFontPx(zoom), true));
    const QFontMetricsF subFm(style::mapFont(10));
    const QFontMetricsF dongFm(style::mapFont(10.5));
    std::vector<QRectF> taken;
    auto place = [&](const BaseZone& z, bool gu) {
        const QFontMetricsF& fm = gu ? guFm : dongFm;
        const QString sub = gu && zoom >= kGuSubLabelMinZoom ? z.nameEn : QString();
        const double w = std::max(fm.horizontalAdvance(z.name), subFm.horizontalAdvance(sub));
        const double h = fm.height() + (sub.isEmpty() ? 0 : 13);
        const QPointF c(z.label0.x * scale, z.label0.y * scale);
        // Labels must fit their zone roughly: skip a dong label wider than its zone.
        if (!gu && w > z.bounds0.width() * scale * 1.2) return;
        const QRectF r(c.x() - w / 2 - 3, c.y() - h / 2 - 3, w + 6, h + 6);
        for (const QRectF& t : taken)
            if (t.intersects(r)) return;
        taken.push_back(r);
        const double w0 = fm.horizontalAdvance(z.name);
        labels_.labels.push_back(
            {r, QPointF(std::round(c.x() - w0 / 2), std::round(r.top() + 3 + fm.ascent())), z.name,
             sub, gu});
    };
    if (zoom >= 9.5)
        for (const BaseZone& z : map_->gu()) place(z, true);
    if (zoom >= kDongLabelMinZoom) {
        std::vector<const BaseZone*> dongs;
        for (const BaseZone& z : map_->dongs()) dongs.push_back(&z);
        std::stable_sort(dongs.begin(), dongs.end(), [](const BaseZone* a, const BaseZone* b) {
            return a->bounds0.width() * a->bounds0.height() >
                   b->bounds0.width() * b->bounds0.height();
        });
        for (const BaseZone* z : dongs) place(*z, false);
    }
    return labels_;
}

}  // namespace chongal::ui

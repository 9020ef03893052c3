// Emphasis drawn over everything else: highlighted zones (under the routes), selection and hover
// rings, the order being dragged, and the attribution line.
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "ui/map/base_layer.h"
#include "ui/map/map_layers.h"
#include "ui/map/map_style.h"

namespace chongal::ui::layers {

namespace {
void ring(QPainter& p, QPointF at, double r, const QColor& c, double width) {
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 230), width + 2.5));
    p.drawEllipse(at, r, r);
    p.setPen(QPen(c, width));
    p.drawEllipse(at, r, r);
}
}  // namespace

void drawZoneHighlights(FrameContext& f) {
    if (f.scene.zones.highlighted.isEmpty()) return;
    f.p.setPen(QPen(style::kZoneHighlightLine, 1.6));
    f.p.setBrush(style::kZoneHighlight);
    for (const auto* zones : {&f.base.gu(), &f.base.dongs()})
        for (const BaseZone& z : *zones)
            if (f.scene.zones.highlighted.contains(z.code) && z.bounds0.intersects(f.cull0))
                f.p.drawPath(BaseLayer::zonePath(z, f.vp));
}

void drawSelection(FrameContext& f) {
    const bool large = f.vp.zoom() >= LevelOfDetail::kLargeCouriers;
    const QColor hover = style::kSelection.lighter(150);
    if (f.index.anySelected()) {
        for (int o = 0; o < f.scene.orders.size(); ++o) {
            if (!f.index.orderSelected(o)) continue;
            const MapOrder& order = f.scene.orders[o];
            const QPointF a = f.vp.toScreen(f.index.pickups()[o]);
            const QPointF b = f.vp.toScreen(f.index.dropoffs()[o]);
            // Pickup-to-drop-off link, then both ends, even when zoomed out into clusters.
            f.p.setPen(QPen(style::kSelection, 1.6, Qt::DashLine));
            f.p.drawLine(a, b);
            if (pickupActive(order.status)) {
                SpriteCache::drawCentred(f.p, a,
                                         f.sprites.orderMarker(false, order.status, order.risk));
                ring(f.p, a, 9, style::kSelection, 2.0);
            }
            SpriteCache::drawCentred(f.p, b, f.sprites.orderMarker(true, order.status, order.risk));
            ring(f.p, b, 9, style::kSelection, 2.0);
        }
        for (int c = 0; c < f.scene.couriers.size(); ++c)
            if (f.index.courierSelected(c))
                ring(f.p, f.vp.toScreen(f.index.couriers()[c]), large ? 14 : 10, style::kSelection,
                     2.4);
        for (int h = 0; h < f.scene.hubs.size(); ++h)
            if (f.index.hubSelected(h))
                ring(f.p, f.vp.toScreen(f.index.hubs()[h]), 15, style::kSelection, 2.4);
    }
    const QString& id = f.scene.hovered;
    if (id.isEmpty()) return;
    if (int c = f.index.courierIndex(id); c >= 0 && c < int(f.index.couriers().size()))
        ring(f.p, f.vp.toScreen(f.index.couriers()[c]), large ? 14 : 10, hover, 2.0);
    else if (int h = f.index.hubIndex(id); h >= 0 && h < int(f.index.hubs().size()))
        ring(f.p, f.vp.toScreen(f.index.hubs()[h]), 15, hover, 2.0);
    else if (int o = f.index.orderIndex(id); o >= 0 && o < int(f.index.dropoffs().size())) {
        const OrderStatus s = f.scene.orders[o].status;
        if (pickupActive(s)) ring(f.p, f.vp.toScreen(f.index.pickups()[o]), 9, hover, 2.0);
        if (dropoffActive(s) || dropoffDone(s))
            ring(f.p, f.vp.toScreen(f.index.dropoffs()[o]), 9, hover, 2.0);
    }
}

void drawDrag(FrameContext& f, const DragOverlay& d) {
    if (d.order < 0 || d.order >= f.scene.orders.size()) return;
    const QPointF from =
        f.vp.toScreen(d.dropoff ? f.index.dropoffs()[d.order] : f.index.pickups()[d.order]);
    f.p.setPen(QPen(QColor(255, 255, 255, 220), 4.5, Qt::SolidLine, Qt::RoundCap));
    f.p.drawLine(from, d.cursor);
    f.p.setPen(QPen(style::kDragLine, 2.0, Qt::DashLine, Qt::RoundCap));
    f.p.drawLine(from, d.cursor);
    ring(f.p, from, 9, style::kDragLine, 2.0);
    const MapOrder& o = f.scene.orders[d.order];
    SpriteCache::drawCentred(f.p, d.cursor, f.sprites.orderMarker(d.dropoff, o.status, o.risk));
    if (d.targetCourier >= 0 && d.targetCourier < int(f.index.couriers().size())) {
        const QPointF at = f.vp.toScreen(f.index.couriers()[d.targetCourier]);
        f.p.setPen(Qt::NoPen);
        f.p.setBrush(QColor(0x11, 0x6B, 0xD8, 0x40));
        f.p.drawEllipse(at, 20, 20);
        ring(f.p, at, 16, style::kDragLine, 3.0);
    }
    if (d.previewText.isEmpty()) return;
    const QFont font = style::mapFont(12);
    const QFontMetricsF fm(font);
    const QRectF text = fm.boundingRect(QRectF(0, 0, 320, 400), Qt::TextWordWrap, d.previewText);
    QRectF box(d.cursor + QPointF(18, 18), text.size() + QSizeF(16, 12));
    const QRectF area(QPointF(0, 0), f.vp.size());
    if (box.right() > area.right()) box.moveRight(d.cursor.x() - 18);
    if (box.bottom() > area.bottom()) box.moveBottom(d.cursor.y() - 18);
    f.p.setPen(QPen(QColor(0, 0, 0, 40), 1));
    f.p.setBrush(QColor(255, 255, 255, 245));
    f.p.drawRoundedRect(box, 5, 5);
    f.p.setFont(font);
    f.p.setPen(style::kInk);
    f.p.drawText(box.adjusted(8, 6, -8, -6), Qt::TextWordWrap, d.previewText);
}

void drawAttribution(FrameContext& f, const QString& text) {
    const QImage& img = f.sprites.label(text, 10, false);
    const QSizeF s = img.deviceIndependentSize();
    SpriteCache::drawCentred(
        f.p,
        QPointF(f.vp.size().width() - s.width() / 2 - 4, f.vp.size().height() - s.height() / 2 - 2),
        img);
}

}  // namespace chongal::ui::layers

#include "ui/map/sprite_cache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

#include "ui/map/map_style.h"
#include "ui/map/marker_clusterer.h"

namespace chongal::ui {

namespace {
enum Kind : quint64 { kCourier = 1, kOrder, kDone, kCluster, kHub, kChevron, kCourierDot };
quint64 key(Kind k, quint64 a = 0, quint64 b = 0, quint64 c = 0, quint64 d = 0) {
    return k << 56 | (a & 0xFFFF) << 40 | (b & 0xFFFF) << 24 | (c & 0xFFF) << 12 | (d & 0xFFF);
}
QString countText(int n) {
    if (n < 1000) return QString::number(n);
    if (n < 10000) return QString::number(n / 1000.0, 'f', 1) + "k";
    return QString::number(n / 1000) + "k";
}
}  // namespace

void SpriteCache::setDevicePixelRatio(qreal dpr) {
    if (dpr == dpr_) return;
    dpr_ = dpr;
    clear();
}

void SpriteCache::clear() {
    images_.clear();
    labels_.clear();
}

QImage SpriteCache::blank(int w, int h) const {
    QImage img(int(std::ceil(w * dpr_)), int(std::ceil(h * dpr_)),
               QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr_);
    img.fill(Qt::transparent);
    return img;
}

template <typename Make>
const QImage& SpriteCache::get(quint64 k, Make make) {
    auto it = images_.find(k);
    if (it == images_.end()) it = images_.insert(k, make());
    return *it;
}

void SpriteCache::drawCentred(QPainter& p, QPointF c, const QImage& img) {
    const qreal dpr = img.devicePixelRatio();
    const QPointF half(img.width() / dpr / 2, img.height() / dpr / 2);
    const QPointF tl = c - half;
    p.drawImage(QPointF(std::round(tl.x() * dpr) / dpr, std::round(tl.y() * dpr) / dpr), img);
}

const QImage& SpriteCache::courier(int colorIndex, CourierStatus status, double headingDeg,
                                   bool large) {
    const int bucket =
        int(std::lround(std::fmod(std::fmod(headingDeg, 360.0) + 360.0, 360.0) / 10.0)) %
        kHeadingBuckets;
    const int colour = colorIndex % style::routePaletteSize();
    return get(key(kCourier, colour < 0 ? colour + style::routePaletteSize() : colour, int(status),
                   bucket, large),
               [&] {
                   const int size = large ? 34 : 22;
                   QImage img = blank(size, size);
                   QPainter p(&img);
                   p.setRenderHint(QPainter::Antialiasing);
                   p.translate(size / 2.0, size / 2.0);
                   const double r = large ? 7.0 : 4.6;
                   QColor fill = style::routeColor(colorIndex);
                   QColor ring = style::kMarkerOutline;
                   bool arrow = true;
                   switch (status) {
                       case CourierStatus::Idle:
                           fill = style::courierStatusColor(status), arrow = false;
                           break;
                       case CourierStatus::Offline:
                           fill = style::courierStatusColor(status),
                           ring = QColor(0x80, 0x88, 0x90);
                           arrow = false;
                           break;
                       case CourierStatus::Stale:
                           ring = style::courierStatusColor(status);
                           break;
                       default:
                           break;
                   }
                   if (arrow) {
                       // Heading arrowhead just outside the disc; y points down on screen, so north
                       // is -y.
                       p.save();
                       p.rotate(bucket * 10.0);
                       QPainterPath head;
                       head.moveTo(0, -(r + (large ? 7.5 : 5.0)));
                       head.lineTo(large ? 6.0 : 4.0, -r + 1.5);
                       head.lineTo(large ? -6.0 : -4.0, -r + 1.5);
                       head.closeSubpath();
                       p.setPen(QPen(style::kMarkerOutline, 1.4, Qt::SolidLine, Qt::RoundCap,
                                     Qt::RoundJoin));
                       p.setBrush(fill.darker(140));
                       p.drawPath(head);
                       p.restore();
                   }
                   p.setPen(QPen(ring, status == CourierStatus::Stale ? 2.2 : 1.6));
                   p.setBrush(fill);
                   p.drawEllipse(QPointF(0, 0), r, r);
                   if (status == CourierStatus::ToDropoff) {  // carrying goods: a white core
                       p.setPen(Qt::NoPen);
                       p.setBrush(style::kMarkerOutline);
                       p.drawEllipse(QPointF(0, 0), r * 0.38, r * 0.38);
                   }
                   return img;
               });
}

const QImage& SpriteCache::courierDot(int colorIndex, CourierStatus status) {
    const int n = style::routePaletteSize();
    const int colour = ((colorIndex % n) + n) % n;
    return get(key(kCourierDot, colour, int(status)), [&] {
        QImage img = blank(9, 9);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        const bool grey = status == CourierStatus::Idle || status == CourierStatus::Offline;
        p.setPen(QPen(status == CourierStatus::Stale ? style::courierStatusColor(status)
                                                     : style::kMarkerOutline,
                      1.0));
        p.setBrush(grey ? style::courierStatusColor(status) : style::routeColor(colour));
        p.drawEllipse(QPointF(4.5, 4.5), 3.0, 3.0);
        return img;
    });
}

const QImage& SpriteCache::orderMarker(bool dropoff, OrderStatus status, OrderRisk risk) {
    return get(key(kOrder, dropoff, int(status), int(risk)), [&] {
        QImage img = blank(18, 18);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(9, 9);
        const QColor ring = style::riskColor(risk);
        const bool warn = risk != OrderRisk::OnTime;
        const double r = 4.6;
        if (warn) {  // a coloured halo outside the white outline: readable on any fill
            p.setPen(Qt::NoPen);
            p.setBrush(ring);
            if (dropoff)
                p.drawEllipse(QPointF(0, 0), r + 3.2, r + 3.2);
            else
                p.drawRoundedRect(QRectF(-r - 3.2, -r - 3.2, 2 * r + 6.4, 2 * r + 6.4), 3, 3);
        }
        p.setPen(QPen(style::kMarkerOutline, 1.5));
        p.setBrush(style::orderFill(status));
        if (dropoff)
            p.drawEllipse(QPointF(0, 0), r, r);
        else
            p.drawRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), 1.5, 1.5);
        return img;
    });
}

const QImage& SpriteCache::doneMarker() {
    return get(key(kDone), [&] {
        QImage img = blank(8, 8);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xFF, 0xFF, 0xFF, 0xC0), 1.0));
        p.setBrush(style::orderFill(OrderStatus::Delivered));
        p.drawEllipse(QPointF(4, 4), 2.6, 2.6);
        return img;
    });
}

const QImage& SpriteCache::cluster(const MarkerCluster& c) {
    // Risk shares quantised to 1/16 so near-identical clusters share an image.
    const int lateQ = c.count ? (c.late * 16 + c.count - 1) / c.count : 0;
    const int riskQ = c.count ? (c.atRisk * 16 + c.count - 1) / c.count : 0;
    const QString text = countText(c.count);
    const int textKey = c.count < 1000 ? c.count : 1000 + c.count / 100;
    return get(key(kCluster, textKey, c.dropoff | (c.unassigned > 0) << 1, lateQ, riskQ), [&] {
        const double r = 10.0 + 3.0 * std::log10(double(std::max(1, c.count)));
        const int size = int(std::ceil(2 * r + 8));
        QImage img = blank(size, size);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(size / 2.0, size / 2.0);
        const QRectF outer(-r, -r, 2 * r, 2 * r);
        // Risk ring: red (late) then amber (at risk) clockwise from 12 o'clock, rest white.
        p.setPen(Qt::NoPen);
        p.setBrush(style::kMarkerOutline);
        if (c.dropoff)
            p.drawEllipse(outer);
        else
            p.drawRoundedRect(outer, 5, 5);
        auto arc = [&](int from16, int span16, const QColor& col) {
            if (span16 <= 0) return;
            p.setBrush(col);
            QPainterPath wedge;
            wedge.moveTo(0, 0);
            wedge.arcTo(outer.adjusted(-4, -4, 4, 4), 90 - from16 * 22.5, -span16 * 22.5);
            wedge.closeSubpath();
            p.save();
            QPainterPath clip;
            if (c.dropoff)
                clip.addEllipse(outer);
            else
                clip.addRoundedRect(outer, 5, 5);
            p.setClipPath(clip);
            p.drawPath(wedge);
            p.restore();
        };
        arc(0, lateQ, style::riskColor(OrderRisk::Late));
        arc(lateQ, std::min(riskQ, 16 - lateQ), style::riskColor(OrderRisk::AtRisk));
        const QRectF inner = outer.adjusted(3, 3, -3, -3);
        p.setBrush(c.dropoff ? style::orderFill(OrderStatus::New) : QColor(0x4E, 0x57, 0x63));
        if (c.dropoff)
            p.drawEllipse(inner);
        else
            p.drawRoundedRect(inner, 3, 3);
        p.setPen(Qt::white);
        p.setFont(style::mapFont(c.count >= 1000 ? 10 : 11, true));
        p.drawText(inner, Qt::AlignCenter, text);
        if (c.unassigned > 0) {  // waiting for a courier
            p.setPen(QPen(Qt::white, 1.2));
            p.setBrush(style::orderFill(OrderStatus::Unassigned));
            p.drawEllipse(QPointF(r * 0.72, -r * 0.72), 3.6, 3.6);
        }
        return img;
    });
}

const QImage& SpriteCache::hub() {
    return get(key(kHub), [&] {
        QImage img = blank(24, 24);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, 1.6));
        p.setBrush(style::kHub);
        p.drawRoundedRect(QRectF(3, 3, 18, 18), 4, 4);
        // A warehouse: pitched roof over a wide door.
        QPainterPath house;
        house.moveTo(7, 12);
        house.lineTo(12, 7.5);
        house.lineTo(17, 12);
        house.lineTo(17, 17);
        house.lineTo(7, 17);
        house.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawPath(house);
        p.setBrush(style::kHub);
        p.drawRect(QRectF(9.8, 13, 4.4, 4));
        return img;
    });
}

const QImage& SpriteCache::chevron(const QColor& colour, double angleDeg, double size) {
    const int bucket =
        int(std::lround(std::fmod(std::fmod(angleDeg, 360.0) + 360.0, 360.0) / 10.0)) %
        kHeadingBuckets;
    const quint64 rgb = colour.rgba() & 0xFFFFFF;
    return get(
        key(kChevron, rgb >> 8, (rgb & 0xFF) << 8 | quint64(colour.alpha()), bucket, int(size * 4)),
        [&] {
            const int px = int(std::ceil(size * 2 + 4));
            QImage img = blank(px, px);
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            p.translate(px / 2.0, px / 2.0);
            p.rotate(bucket * 10.0);
            QPainterPath head;
            head.moveTo(size, 0);
            head.lineTo(-size * 0.6, size * 0.8);
            head.lineTo(-size * 0.25, 0);
            head.lineTo(-size * 0.6, -size * 0.8);
            head.closeSubpath();
            p.setPen(QPen(QColor(255, 255, 255, colour.alpha()), 1.0));
            p.setBrush(colour);
            p.drawPath(head);
            return img;
        });
}

const QImage& SpriteCache::label(const QString& text, double px, bool bold) {
    const QString k = QString::number(px) + (bold ? "b|" : "|") + text;
    auto it = labels_.find(k);
    if (it != labels_.end()) return *it;
    if (labels_.size() > 4000) labels_.clear();  // bounded; labels are cheap to remake
    const QFont font = style::mapFont(px, bold);
    const QFontMetricsF fm(font);
    const int w = int(std::ceil(fm.horizontalAdvance(text))) + 6;
    const int h = int(std::ceil(fm.height())) + 4;
    QImage img = blank(w, h);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addText(QPointF(3, 2 + fm.ascent()), font, text);
    p.strokePath(path, QPen(style::kLabelHalo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(path, style::kInk);
    p.end();
    return *labels_.insert(k, img);
}

}  // namespace chongal::ui

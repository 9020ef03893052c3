#pragma once
// Pre-rendered marker images. Drawing a cached image is a blit, several times cheaper than
// anti-aliased vector shapes, which is what keeps thousands of markers within a frame budget.
// Images carry the device pixel ratio they were made for; keys cover every visual variant.
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QString>

#include "ui/map/map_scene.h"

class QPainter;

namespace chongal::ui {

struct MarkerCluster;

class SpriteCache {
public:
    static constexpr int kHeadingBuckets = 36;  // 10 degree steps

    explicit SpriteCache(qreal devicePixelRatio = 1.0) : dpr_(devicePixelRatio) {}
    void setDevicePixelRatio(qreal dpr);
    qreal devicePixelRatio() const { return dpr_; }
    void clear();

    const QImage& courier(int colorIndex, CourierStatus status, double headingDeg, bool large);
    // Zoomed-out courier: a small dot in its route colour (grey when idle or offline).
    const QImage& courierDot(int colorIndex, CourierStatus status);
    const QImage& orderMarker(bool dropoff, OrderStatus status, OrderRisk risk);
    const QImage& doneMarker();
    const QImage& cluster(const MarkerCluster& c);
    const QImage& hub();
    // Direction arrowhead for routes, pointing along `angleDeg` (screen angle, 0 = east).
    const QImage& chevron(const QColor& colour, double angleDeg, double size);
    // Text with a white halo; `px` is the font pixel size.
    const QImage& label(const QString& text, double px, bool bold);

    // Draws `img` centred on `centre` (logical px), snapped to whole device pixels.
    static void drawCentred(QPainter& p, QPointF centre, const QImage& img);
    // Logical half-sizes used for hit tolerance.
    static double courierRadius(bool large) { return large ? 9.0 : 6.0; }
    static double markerRadius() { return 6.0; }

private:
    QImage blank(int logicalW, int logicalH) const;
    template <typename Make>
    const QImage& get(quint64 key, Make make);

    qreal dpr_;
    QHash<quint64, QImage> images_;
    QHash<QString, QImage> labels_;
};

}  // namespace chongal::ui

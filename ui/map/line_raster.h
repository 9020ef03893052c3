#pragma once
// Anti-aliased lines drawn straight into a premultiplied ARGB32 (or RGB32) QImage, for the
// thousands of route segments of a frame. Qt 6.4's raster engine hands every anti-aliased
// primitive of more than ~96 spans to its GUI thread pool and waits for it, which costs tens of
// microseconds per line on a loaded two-core machine; this draws a 20-px segment in well under
// one. Coverage is the pixel centre's perpendicular distance to the line (box filter), with
// butt ends; source-over blending in premultiplied space. Coordinates are device pixels.
#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>

namespace chongal::ui {

class LineRaster {
public:
    // `target` must outlive the raster and be Format_ARGB32_Premultiplied or Format_RGB32.
    LineRaster(QImage& target, const QRect& clip);
    static bool supports(const QImage& img);

    void setColor(const QColor& c);  // straight (non-premultiplied) colour with alpha
    void setPremultiplied(quint32 argb) { colour_ = argb; }
    void setWidth(double px) { halfWidth_ = px / 2; }
    void drawSegment(QPointF a, QPointF b);
    void drawPolyline(const QPointF* points, int count);

private:
    template <bool Steep>
    void drawSpans(double a0, double a1, double b0, double b1);  // (major, minor) coordinates

    QImage& img_;
    QRect clip_;
    uchar* bits_;
    qsizetype stride_;
    quint32 colour_ = 0;  // premultiplied ARGB
    double halfWidth_ = 0.5;
};

}  // namespace chongal::ui

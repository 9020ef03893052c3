#include "ui/map/line_raster.h"

#include <algorithm>
#include <cmath>

namespace chongal::ui {

namespace {
// x * a / 256 on all four 8-bit channels at once (a in 0..256).
inline quint32 byteMul(quint32 x, quint32 a) {
    quint32 t = (x & 0xff00ff) * a;
    t = (t >> 8) & 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    return (x & 0xff00ff00) | t;
}
}  // namespace

LineRaster::LineRaster(QImage& target, const QRect& clip)
    : img_(target),
      clip_(clip & target.rect()),
      bits_(target.bits()),
      stride_(target.bytesPerLine()) {}

bool LineRaster::supports(const QImage& img) {
    return img.format() == QImage::Format_ARGB32_Premultiplied ||
           img.format() == QImage::Format_RGB32;
}

void LineRaster::setColor(const QColor& c) {
    colour_ = qPremultiply(c.rgba());
}

inline void LineRaster::blend(int x, int y, int coverage) {
    quint32* p = reinterpret_cast<quint32*>(bits_ + y * stride_) + x;
    const quint32 s = byteMul(colour_, coverage);
    *p = s + byteMul(*p, 256 - (s >> 24));
}

void LineRaster::drawPolyline(const QPointF* pts, int n) {
    for (int i = 1; i < n; ++i) drawSegment(pts[i - 1], pts[i]);
}

void LineRaster::drawSegment(QPointF a, QPointF b) {
    if (clip_.isEmpty()) return;
    const double reach = halfWidth_ + 1.0;
    // Trivial reject against the clip box.
    if (std::max(a.x(), b.x()) + reach < clip_.left() ||
        std::min(a.x(), b.x()) - reach > clip_.right() + 1 ||
        std::max(a.y(), b.y()) + reach < clip_.top() ||
        std::min(a.y(), b.y()) - reach > clip_.bottom() + 1)
        return;
    double dx = b.x() - a.x(), dy = b.y() - a.y();
    const bool steep = std::abs(dy) > std::abs(dx);
    // Work in (major, minor) coordinates; swap back when touching pixels.
    double a0 = a.x(), a1 = a.y(), b0 = b.x(), b1 = b.y();
    if (steep) std::swap(a0, a1), std::swap(b0, b1), std::swap(dx, dy);
    if (a0 > b0) std::swap(a0, b0), std::swap(a1, b1), dx = -dx, dy = -dy;
    const double len = std::hypot(dx, dy);
    if (len < 1e-9) return;
    const double slope = (b1 - a1) / (b0 - a0 == 0 ? 1e-9 : b0 - a0);
    const double cosT = std::abs(b0 - a0) / len;  // shrinks minor distances to perpendicular
    const double span = (halfWidth_ + 0.5) / std::max(cosT, 1e-6);
    const int majorLo = steep ? clip_.top() : clip_.left();
    const int majorHi = steep ? clip_.bottom() : clip_.right();
    const int minorLo = steep ? clip_.left() : clip_.top();
    const int minorHi = steep ? clip_.right() : clip_.bottom();
    const int m0 = std::max(majorLo, int(std::floor(a0)));
    const int m1 = std::min(majorHi, int(std::floor(b0)));
    const double reachMinor = halfWidth_ + 0.5;
    double c = a1 + (m0 + 0.5 - a0) * slope;  // line's minor coordinate at the column centre
    for (int m = m0; m <= m1; ++m, c += slope) {
        // Butt ends: the fraction of this column inside [a0, b0] scales the coverage.
        const double inside = std::min(1.0, std::min(m + 1.0, b0) - std::max(double(m), a0));
        if (inside <= 0) continue;
        const int n0 = std::max(minorLo, int(std::floor(c - span)));
        const int n1 = std::min(minorHi, int(std::floor(c + span)));
        // Perpendicular distance of row n's centre, stepped per row; coverage in 1/256ths.
        const int scale = int(256 * inside + 0.5);
        double d = (n0 + 0.5 - c) * cosT;
        for (int n = n0; n <= n1; ++n, d += cosT) {
            const double cov = reachMinor - std::abs(d);
            if (cov <= 1.0 / 64) continue;  // below what a person can see
            const int c256 = cov >= 1.0 ? scale : int(cov * scale);
            if (steep)
                blend(n, m, c256);
            else
                blend(m, n, c256);
        }
    }
}

}  // namespace chongal::ui

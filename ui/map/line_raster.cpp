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

// Source-over of premultiplied `s` onto `*p`.
inline void over(quint32* p, quint32 s) {
    *p = s + byteMul(*p, 256 - (s >> 24));
}

// Lines at most this half-width (device px) take the two-row footprint.
constexpr double kThinHalfWidth = 0.625;

// floor() for values well inside the int range (callers clamp first).
inline int floorInt(double v) {
    const int i = int(v);
    return i - (v < i);
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
    if (std::abs(b.y() - a.y()) > std::abs(b.x() - a.x()))
        drawSpans<true>(a.y(), a.x(), b.y(), b.x());
    else
        drawSpans<false>(a.x(), a.y(), b.x(), b.y());
}

template <bool Steep>
void LineRaster::drawSpans(double a0, double a1, double b0, double b1) {
    // (major, minor) coordinates: x-major lines step columns, steep (y-major) lines step rows.
    if (a0 > b0) std::swap(a0, b0), std::swap(a1, b1);
    const double d0 = b0 - a0, d1 = b1 - a1;
    const double len = std::sqrt(d0 * d0 + d1 * d1);
    if (len < 1e-9) return;
    const double slope = d1 / (d0 == 0 ? 1e-9 : d0);
    const double cosT = d0 / len;  // >= 0.707: shrinks minor distances to perpendicular
    const double reachMinor = halfWidth_ + 0.5;
    const double span = reachMinor / std::max(cosT, 1e-6);
    const int majorLo = Steep ? clip_.top() : clip_.left();
    const int majorHi = Steep ? clip_.bottom() : clip_.right();
    const int minorLo = Steep ? clip_.left() : clip_.top();
    const int minorHi = Steep ? clip_.right() : clip_.bottom();
    // Columns where the line is within `span` of the clip's minor range (a line leaving the clip
    // sideways costs nothing past the edge).
    double lo = a0, hi = b0;
    if (std::abs(slope) > 1e-12) {
        double e0 = a0 + (minorLo - span - 1 - a1) / slope;
        double e1 = a0 + (minorHi + span + 1 - a1) / slope;
        if (e0 > e1) std::swap(e0, e1);
        lo = std::max(lo, e0), hi = std::min(hi, e1);
    }
    lo = std::max(lo, majorLo - 1.0), hi = std::min(hi, majorHi + 1.0);  // floorInt's range
    if (lo > hi) return;
    const int m0 = std::max(majorLo, floorInt(lo)), m1 = std::min(majorHi, floorInt(hi));
    // The span loop runs in 16.16 fixed point: doubles per pixel cost more than the blend.
    constexpr qint64 kOne = 1 << 16;
    auto fx = [](double v) { return qint64(std::llround(v * kOne)); };
    const qint64 slopeFx = fx(slope), cosFx = fx(cosT), spanFx = fx(span);
    const qint64 reachFx = fx(reachMinor), minCov = kOne / 64;
    const quint32 colour = colour_;
    uchar* const bits = bits_;
    const qsizetype stride = stride_;
    auto pixel = [&](int m, int n) {
        return Steep ? reinterpret_cast<quint32*>(bits + m * stride) + n
                     : reinterpret_cast<quint32*>(bits + n * stride) + m;
    };
    // Butt ends: the fraction of the end columns inside [a0, b0] scales their coverage.
    auto endScale = [&](int m) {
        const double inside = std::min(1.0, std::min(m + 1.0, b0) - std::max(double(m), a0));
        return inside <= 0 ? 0 : int(256 * inside + 0.5);
    };
    qint64 c = fx(a1 + (m0 + 0.5 - a0) * slope);  // line's minor coordinate at the column centre
    if (halfWidth_ <= kThinHalfWidth) {
        // Thin lines: the two rows nearest the line share its weight (the line's thickness
        // across the column, w / cos, up to 1.5 px), each row saturating at full coverage.
        // Half the blends of the general footprint; the same ink per column.
        const qint64 weight = fx(2 * halfWidth_ / std::max(cosT, 1e-6));
        for (int m = m0; m <= m1; ++m, c += slopeFx) {
            const int scale = m == m0 || m == m1 ? endScale(m) : 256;
            if (scale == 0) continue;
            const qint64 top = c - kOne / 2;
            const int n = int(top >> 16);
            const qint64 f = top & (kOne - 1);  // share of the lower row
            const qint64 upper = std::min(kOne, (kOne - f) * weight >> 16);
            const qint64 lower = std::min(kOne, f * weight >> 16);
            if (n >= minorLo && n <= minorHi && upper > minCov)
                over(pixel(m, n), byteMul(colour, int(upper * scale >> 16)));
            if (n + 1 >= minorLo && n + 1 <= minorHi && lower > minCov)
                over(pixel(m, n + 1), byteMul(colour, int(lower * scale >> 16)));
        }
        return;
    }
    for (int m = m0; m <= m1; ++m, c += slopeFx) {
        const int scale = m == m0 || m == m1 ? endScale(m) : 256;
        if (scale == 0) continue;
        const quint32 full = scale == 256 ? colour : byteMul(colour, scale);
        const int n0 = std::max(minorLo, int((c - spanFx) >> 16));
        const int n1 = std::min(minorHi, int((c + spanFx) >> 16));
        // Perpendicular distance of row n's centre, stepped per row; coverage in 1/65536ths.
        qint64 d = ((qint64(n0) << 16) + kOne / 2 - c) * cosFx >> 16;
        for (int n = n0; n <= n1; ++n, d += cosFx) {
            const qint64 cov = reachFx - (d < 0 ? -d : d);
            if (cov <= minCov) continue;  // below what a person can see
            over(pixel(m, n), cov >= kOne ? full : byteMul(colour, int(cov * scale >> 16)));
        }
    }
}

}  // namespace chongal::ui

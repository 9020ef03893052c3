#include "ui/route_timeline.h"

#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "app/models/display_text.h"
#include "app/models/risk_colors.h"
#include "ui/map/map_style.h"

namespace chongal::ui {

using app::Risk;
using app::TimelineRow;
using app::TimelineStop;

namespace {

const QColor kRowAlternate{0xF6, 0xF7, 0xF9};
const QColor kRowSelected{0xE3, 0xEE, 0xFB};
const QColor kRowTarget{0xD2, 0xE5, 0xFF};
const QColor kHeaderFill{0xEE, 0xF0, 0xF3};
const QColor kGrid{0xE2, 0xE5, 0xE9};
const QColor kInk{0x2B, 0x31, 0x38};
const QColor kMutedInk{0x6B, 0x75, 0x80};
const QColor kTravel{0xB8, 0xC0, 0xC9};
const QColor kOnTime{0x4F, 0x6D, 0x8A};  // slate blue: a drop-off that keeps its promise
const QColor kLockedEdge{0x1F, 0x29, 0x33};
const QColor kSelection{0x11, 0x6B, 0xD8};
const QColor kNow{0xD1, 0x3B, 0x2E};

QString keyOf(const TimelineStop& s) {
    return (s.pickup ? QStringLiteral("P:") : QStringLiteral("D:")) + s.orderId;
}

// A small padlock (body and shackle) in a box of `size` pixels at `at`.
void drawLock(QPainter& p, QPointF at, double size, const QColor& color) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 1.4));
    p.setBrush(Qt::NoBrush);
    const QRectF shackle(at.x() + size * 0.25, at.y(), size * 0.5, size * 0.6);
    p.drawArc(shackle, 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(at.x() + size * 0.1, at.y() + size * 0.35, size * 0.8, size * 0.6),
                      1.5, 1.5);
    p.restore();
}

}  // namespace

RouteTimeline::RouteTimeline(QWidget* parent) : QAbstractScrollArea(parent) {
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setSingleStep(kRowHeight);
    horizontalScrollBar()->setSingleStep(40);
}

void RouteTimeline::setRows(std::vector<TimelineRow> rows, Time now) {
    rows_ = std::move(rows);
    now_ = now;
    origin_ = (now - 10 * 60) / 60 * 60;
    if (drag_.active && (drag_.from.row >= int(rows_.size()) ||
                         drag_.from.stop >= int(rows_[drag_.from.row].stops.size())))
        endDrag(false);  // the dragged stop was served meanwhile
    updateScrollBars();
    viewport()->update();
}

void RouteTimeline::setUtcOffset(int seconds) {
    utcOffsetS_ = seconds;
    viewport()->update();
}

void RouteTimeline::setSelectedOrder(const QString& orderId) {
    selectedOrder_ = orderId;
    viewport()->update();
}

void RouteTimeline::setSelectedCourier(const QString& courierId) {
    selectedCourier_ = courierId;
    viewport()->update();
}

void RouteTimeline::setDragPreviewText(const QString& text) {
    drag_.preview = text;
    if (drag_.active) viewport()->update();
}

void RouteTimeline::setPixelsPerMinute(double ppm) {
    ppm_ = std::clamp(ppm, kMinPpm, kMaxPpm);
    updateScrollBars();
    viewport()->update();
}

void RouteTimeline::ensureCourierVisible(const QString& courierId) {
    for (int r = 0; r < int(rows_.size()); ++r)
        if (rows_[r].courierId == courierId) {
            const int top = r * kRowHeight;
            const int visible = viewport()->height() - kHeader;
            QScrollBar* v = verticalScrollBar();
            if (top < v->value()) v->setValue(top);
            if (top + kRowHeight > v->value() + visible) v->setValue(top + kRowHeight - visible);
            return;
        }
}

// --- geometry ------------------------------------------------------------------------------

double RouteTimeline::xOf(Time t) const {
    return kGutter + double(t - origin_) / 60.0 * ppm_ - horizontalScrollBar()->value();
}

int RouteTimeline::rowTop(int row) const {
    return kHeader + row * kRowHeight - verticalScrollBar()->value();
}

int RouteTimeline::rowAt(int y) const {
    if (y < kHeader) return -1;
    const int row = (y - kHeader + verticalScrollBar()->value()) / kRowHeight;
    return row >= 0 && row < int(rows_.size()) ? row : -1;
}

std::vector<QRect> RouteTimeline::layoutRow(int row) const {
    std::vector<QRect> rects;
    const auto& stops = rows_[row].stops;
    rects.reserve(stops.size());
    int right = std::numeric_limits<int>::min();
    const int y = (kRowHeight - kBlockHeight) / 2;
    for (std::size_t k = 0; k < stops.size(); ++k) {
        const TimelineStop& s = stops[k];
        if (s.joinsPrevious && k > 0) {
            // Pickups at one place form one block stretched over their service times; every
            // member gets the group's rectangle.
            const std::size_t first = std::size_t(groupStart(row, int(k)));
            QRect group = rects[first];
            group.setRight(std::max(group.right(), int(std::lround(xOf(s.departure)))));
            for (std::size_t m = first; m < k; ++m) rects[m] = group;
            rects.push_back(group);
            right = group.right();
            continue;
        }
        const int w =
            std::max(kMinBlockWidth, int(std::lround(double(s.departure - s.start) / 60.0 * ppm_)));
        const int x = std::max(int(std::lround(xOf(s.start))), right + 1);
        rects.emplace_back(x, y, w, kBlockHeight);
        right = x + w - 1;
    }
    return rects;
}

int RouteTimeline::groupStart(int row, int stop) const {
    const auto& stops = rows_[row].stops;
    while (stop > 0 && stops[stop].joinsPrevious) --stop;
    return stop;
}

QRect RouteTimeline::rowRect(const QString& courierId) const {
    for (int r = 0; r < int(rows_.size()); ++r)
        if (rows_[r].courierId == courierId)
            return QRect(0, rowTop(r), viewport()->width(), kRowHeight);
    return {};
}

QRect RouteTimeline::blockRect(const QString& orderId, bool pickup) const {
    for (int r = 0; r < int(rows_.size()); ++r) {
        const auto& stops = rows_[r].stops;
        for (int k = 0; k < int(stops.size()); ++k) {
            if (stops[k].orderId != orderId || stops[k].pickup != pickup) continue;
            const QRect rect = layoutRow(r)[k].translated(0, rowTop(r));
            const QRect content(kGutter, kHeader, viewport()->width() - kGutter,
                                viewport()->height() - kHeader);
            return content.contains(rect.center()) ? rect : QRect();
        }
    }
    return {};
}

RouteTimeline::Hit RouteTimeline::hitAt(QPoint pos) const {
    Hit h;
    h.row = rowAt(pos.y());
    if (h.row < 0) return h;
    if (pos.x() < kGutter) {
        h.gutter = true;
        return h;
    }
    const std::vector<QRect> rects = layoutRow(h.row);
    const QPoint local(pos.x(), pos.y() - rowTop(h.row));
    for (int k = int(rects.size()) - 1; k >= 0; --k)  // topmost (last drawn) first
        if (rects[k].adjusted(-1, -2, 1, 2).contains(local)) {
            // A group of pickups: the selected order's pickup if it is there, else the first.
            h.stop = groupStart(h.row, k);
            for (int m = k; m > h.stop; --m)
                if (rows_[h.row].stops[m].orderId == selectedOrder_) h.stop = m;
            break;
        }
    return h;
}

void RouteTimeline::updateScrollBars() {
    Time end = now_;
    for (const TimelineRow& r : rows_)
        for (const TimelineStop& s : r.stops) end = std::max({end, s.departure, s.due});
    const int contentWidth = int(double(end - origin_) / 60.0 * ppm_) + 60;
    const int width = std::max(0, viewport()->width() - kGutter);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - width));
    horizontalScrollBar()->setPageStep(width);
    const int height = std::max(0, viewport()->height() - kHeader);
    verticalScrollBar()->setRange(0, std::max(0, int(rows_.size()) * kRowHeight - height));
    verticalScrollBar()->setPageStep(height);
}

void RouteTimeline::resizeEvent(QResizeEvent* e) {
    QAbstractScrollArea::resizeEvent(e);
    updateScrollBars();
}

void RouteTimeline::scrollContentsBy(int, int) {
    viewport()->update();
}

// --- painting ------------------------------------------------------------------------------

void RouteTimeline::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), Qt::white);
    p.setFont(font());
    const int first = std::max(0, verticalScrollBar()->value() / kRowHeight);
    const int last = std::min(int(rows_.size()) - 1,
                              (verticalScrollBar()->value() + viewport()->height()) / kRowHeight);
    for (int r = first; r <= last; ++r) paintRow(p, r);
    paintHeader(p);
    // The now-line over everything but the labels.
    const double nowX = xOf(now_);
    if (nowX >= kGutter) {
        p.setPen(QPen(kNow, 1.5));
        p.drawLine(QPointF(nowX, kHeader - 6), QPointF(nowX, viewport()->height()));
    }
    p.setPen(kGrid);
    p.drawLine(kGutter - 1, kHeader, kGutter - 1, viewport()->height());
    if (drag_.active) paintDrag(p);
}

void RouteTimeline::paintHeader(QPainter& p) {
    const int w = viewport()->width();
    p.fillRect(QRect(0, 0, w, kHeader), kHeaderFill);
    p.setPen(kGrid);
    p.drawLine(0, kHeader - 1, w, kHeader - 1);
    // A label at least every ~70 px, on round minutes.
    int step = 60;
    for (int m : {1, 2, 5, 10, 15, 30, 60, 120})
        if (m * ppm_ >= 70) {
            step = m;
            break;
        }
    const QTimeZone zone(utcOffsetS_);
    const Time t0 = origin_ + Time(horizontalScrollBar()->value() / ppm_) * 60;
    Time t = (t0 + utcOffsetS_) / (step * 60) * (step * 60) - utcOffsetS_;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    for (; xOf(t) < w; t += step * 60) {
        const double x = xOf(t);
        if (x < kGutter) continue;
        p.setPen(kGrid);
        p.drawLine(QPointF(x, kHeader - 5), QPointF(x, kHeader - 1));
        p.setPen(kMutedInk);
        p.drawText(QPointF(x + 3, kHeader - 7),
                   QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("HH:mm")));
    }
    const double nowX = xOf(now_);
    if (nowX >= kGutter) {
        const QString label = app::clockText(now_, utcOffsetS_);
        const QRectF box(nowX - 22, 2, 44, kHeader - 8);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(kNow);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, label);
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    p.fillRect(QRect(0, 0, kGutter - 1, kHeader - 1), kHeaderFill);
    p.setPen(kMutedInk);
    p.drawText(QRect(8, 0, kGutter - 16, kHeader - 1), Qt::AlignVCenter | Qt::AlignLeft,
               tr("Courier"));
    p.setFont(font());
}

void RouteTimeline::paintRow(QPainter& p, int r) {
    const TimelineRow& row = rows_[r];
    const int top = rowTop(r);
    const int w = viewport()->width();
    QColor fill = r % 2 ? kRowAlternate : QColor(Qt::white);
    if (row.courierId == selectedCourier_) fill = kRowSelected;
    if (drag_.active && drag_.targetRow == r) fill = kRowTarget;
    p.fillRect(QRect(0, top, w, kRowHeight), fill);

    // Gutter: colour swatch (same as the map), label, stops left, lock.
    p.fillRect(QRect(4, top + 4, 4, kRowHeight - 8), style::routeColor(row.colorIndex));
    p.setPen(row.online ? kInk : kMutedInk);
    const QFontMetrics fm(font());
    const QString count = QString::number(row.stops.size());
    const int countW = fm.horizontalAdvance(count);
    const int lockW = row.sequenceLocked ? 14 : 0;
    p.drawText(QRect(12, top, kGutter - 24 - countW - lockW, kRowHeight),
               Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(row.label, Qt::ElideRight, kGutter - 24 - countW - lockW));
    p.setPen(kMutedInk);
    p.drawText(QRect(kGutter - 8 - countW, top, countW, kRowHeight), Qt::AlignVCenter, count);
    if (row.sequenceLocked)
        drawLock(p, QPointF(kGutter - 10 - countW - 12, top + 5), 11, kLockedEdge);

    p.save();
    p.setClipRect(QRect(kGutter, top, w - kGutter, kRowHeight));
    const std::vector<QRect> rects = layoutRow(r);
    const int mid = top + kRowHeight / 2;
    if (!rects.empty()) {  // the route as a thin line from now through its stops
        p.setPen(QPen(kTravel, 1));
        p.drawLine(QPointF(std::max(xOf(now_), double(kGutter)), mid),
                   QPointF(rects.back().right(), mid));
    }
    p.setRenderHint(QPainter::Antialiasing);
    for (std::size_t k = 0; k < row.stops.size(); ++k) {
        const TimelineStop& s = row.stops[k];
        if (s.pickup || s.due < 0) continue;
        // The promise: a tick at the bottom of the row; when late, a red line to the block.
        const double dx = xOf(s.due);
        const QColor c = s.risk == Risk::Late ? app::riskColor(Risk::Late) : kMutedInk;
        p.setPen(QPen(c, 1.2));
        p.drawLine(QPointF(dx, top + kRowHeight - 7), QPointF(dx, top + kRowHeight - 1));
        p.drawLine(QPointF(dx - 2.5, top + kRowHeight - 7),
                   QPointF(dx + 2.5, top + kRowHeight - 7));
        if (s.risk == Risk::Late) {
            p.setPen(QPen(c, 1.0, Qt::DotLine));
            p.drawLine(QPointF(dx, top + kRowHeight - 4),
                       QPointF(rects[k].left(), top + kRowHeight - 4));
        }
    }
    QFont countFont = font();
    countFont.setPointSizeF(font().pointSizeF() * 0.75);
    for (std::size_t k = 0; k < row.stops.size(); ++k) {
        const TimelineStop& s = row.stops[k];
        if (s.joinsPrevious) continue;  // drawn with its group
        std::size_t last = k;
        bool locked = s.locked, selected = s.orderId == selectedOrder_;
        while (last + 1 < row.stops.size() && row.stops[last + 1].joinsPrevious) {
            ++last;
            locked = locked || row.stops[last].locked;
            selected = selected || row.stops[last].orderId == selectedOrder_;
        }
        const QRectF rect = QRectF(rects[k].translated(0, top)).adjusted(0.5, 0.5, -0.5, -0.5);
        const QColor risk = s.risk == Risk::None ? kOnTime : app::riskColor(s.risk);
        const bool dragged = drag_.active && drag_.from.row == r && drag_.from.stop >= int(k) &&
                             drag_.from.stop <= int(last);
        p.setOpacity(dragged ? 0.35 : 1.0);
        p.setPen(QPen(locked ? kLockedEdge : risk, locked ? 2.0 : 1.2));
        p.setBrush(s.pickup ? QColor(Qt::white) : risk);
        p.drawRoundedRect(rect, 3, 3);
        if (last > k && rect.width() >= 14) {  // how many pickups the block holds
            p.setFont(countFont);
            p.setPen(kOnTime);
            p.drawText(rect, Qt::AlignCenter, QString::number(last - k + 1));
            p.setFont(font());
        }
        if (selected) {
            p.setPen(QPen(kSelection, 2.0));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4);
        }
    }
    p.setOpacity(1.0);
    if (drag_.active && drag_.targetRow == r && drag_.caretX >= 0) {
        p.setPen(QPen(kSelection, 2.0));
        p.drawLine(QPointF(drag_.caretX, top + 1), QPointF(drag_.caretX, top + kRowHeight - 1));
    }
    p.restore();
}

void RouteTimeline::paintDrag(QPainter& p) {
    const TimelineStop& s = rows_[drag_.from.row].stops[drag_.from.stop];
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF ghost(drag_.cursor.x() - 8, drag_.cursor.y() - kBlockHeight / 2, 16, kBlockHeight);
    const QColor c = s.risk == Risk::None ? kOnTime : app::riskColor(s.risk);
    p.setPen(QPen(kSelection, 1.5));
    p.setBrush(s.pickup ? QColor(255, 255, 255, 220) : QColor(c.red(), c.green(), c.blue(), 200));
    p.drawRoundedRect(ghost, 3, 3);
    const QString text = drag_.preview.isEmpty() ? s.orderId : drag_.preview;
    const QFontMetrics fm(font());
    const QRect bounds = fm.boundingRect(QRect(0, 0, 420, 400), Qt::TextWordWrap, text);
    QRectF box(drag_.cursor.x() + 14, drag_.cursor.y() + 10, bounds.width() + 16,
               bounds.height() + 10);
    if (box.right() > viewport()->width() - 4) box.moveRight(drag_.cursor.x() - 14);
    if (box.bottom() > viewport()->height() - 4) box.moveBottom(drag_.cursor.y() - 10);
    p.setPen(QPen(QColor(0xA9, 0xB1, 0xBB), 1));
    p.setBrush(QColor(255, 255, 255, 245));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(kInk);
    p.drawText(box.adjusted(8, 5, -8, -5), Qt::TextWordWrap, text);
}

// --- input ---------------------------------------------------------------------------------

void RouteTimeline::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QAbstractScrollArea::mousePressEvent(e);
    drag_ = {};
    drag_.pressed = true;
    drag_.pressAt = e->position().toPoint();
    drag_.from = hitAt(drag_.pressAt);
    e->accept();
}

void RouteTimeline::mouseMoveEvent(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    if (!drag_.pressed) {
        const Hit h = hitAt(pos);
        viewport()->setCursor(h.stop >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!drag_.active) {
        if (drag_.from.stop < 0 ||
            (pos - drag_.pressAt).manhattanLength() < QApplication::startDragDistance())
            return;
        drag_.active = true;
        QToolTip::hideText();
        viewport()->setCursor(Qt::DragMoveCursor);
        const TimelineRow& row = rows_[drag_.from.row];
        const TimelineStop& s = row.stops[drag_.from.stop];
        emit stopDragStarted(s.orderId, s.pickup, row.courierId);
    }
    // Scroll when the pointer nears the top or bottom edge.
    if (pos.y() < kHeader + 6) verticalScrollBar()->setValue(verticalScrollBar()->value() - 6);
    if (pos.y() > viewport()->height() - 6)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 6);
    updateDragTarget(pos);
}

void RouteTimeline::updateDragTarget(QPoint pos) {
    drag_.cursor = pos;
    const int row = rowAt(pos.y());
    QString before;
    int caret = -1;
    const bool sameRow = row >= 0 && row == drag_.from.row;
    const TimelineStop& dragged = rows_[drag_.from.row].stops[drag_.from.stop];
    if (sameRow) {
        const std::vector<QRect> rects = layoutRow(row);
        const auto& stops = rows_[row].stops;
        for (int k = 0; k < int(stops.size()); ++k) {
            if (stops[k].orderId == dragged.orderId) continue;
            if (rects[k].center().x() > pos.x()) {
                before = keyOf(stops[k]);
                caret = rects[k].left() - 2;
                break;
            }
            caret = rects[k].right() + 3;
        }
    }
    const bool changed = row != drag_.targetRow || before != drag_.beforeKey;
    drag_.targetRow = row;
    drag_.beforeKey = before;
    drag_.caretX = caret;
    if (changed) {
        drag_.preview.clear();
        const QString target = row >= 0 ? rows_[row].courierId : QString();
        emit stopDragMoved(dragged.orderId, dragged.pickup, target, before, sameRow);
    }
    viewport()->update();
}

void RouteTimeline::endDrag(bool dropped) {
    const Drag d = drag_;
    drag_ = {};
    viewport()->setCursor(Qt::ArrowCursor);
    viewport()->update();
    if (!d.active || d.from.row >= int(rows_.size()) ||
        d.from.stop >= int(rows_[d.from.row].stops.size()))
        return;
    const TimelineStop& s = rows_[d.from.row].stops[d.from.stop];
    if (!dropped || d.targetRow < 0) {
        emit stopDragCancelled(s.orderId);
        return;
    }
    emit stopDropped(s.orderId, s.pickup, rows_[d.targetRow].courierId, d.beforeKey,
                     d.targetRow == d.from.row);
}

void RouteTimeline::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QAbstractScrollArea::mouseReleaseEvent(e);
    e->accept();
    if (!drag_.pressed) return;  // the press ended otherwise (Esc, stop served)
    if (drag_.active) {
        updateDragTarget(e->position().toPoint());
        endDrag(true);
        return;
    }
    const Hit h = drag_.from;
    drag_ = {};
    if (h.row < 0) return;
    if (h.stop >= 0)
        emit orderClicked(rows_[h.row].stops[h.stop].orderId);
    else
        emit courierClicked(rows_[h.row].courierId);
}

void RouteTimeline::wheelEvent(QWheelEvent* e) {
    if (!(e->modifiers() & Qt::ControlModifier)) return QAbstractScrollArea::wheelEvent(e);
    const double x = e->position().x();
    const double minutesAtX = (x - kGutter + horizontalScrollBar()->value()) / ppm_;
    setPixelsPerMinute(ppm_ * std::pow(1.25, e->angleDelta().y() / 120.0));
    horizontalScrollBar()->setValue(int(std::lround(minutesAtX * ppm_ - (x - kGutter))));
    e->accept();
}

void RouteTimeline::keyPressEvent(QKeyEvent* e) {
    switch (e->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            setPixelsPerMinute(ppm_ * 1.25);
            break;
        case Qt::Key_Minus:
            setPixelsPerMinute(ppm_ / 1.25);
            break;
        case Qt::Key_Escape:
            if (drag_.active) {
                endDrag(false);
                break;
            }
            [[fallthrough]];
        default:
            return QAbstractScrollArea::keyPressEvent(e);
    }
    e->accept();
}

bool RouteTimeline::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QPoint pos = viewport()->mapFrom(this, help->pos());
        const QString text = drag_.active ? QString() : tooltipAt(pos);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QAbstractScrollArea::event(e);
}

QString RouteTimeline::tooltipAt(QPoint pos) const {
    const Hit h = hitAt(pos);
    if (h.row < 0) return {};
    const TimelineRow& row = rows_[h.row];
    if (h.stop < 0)
        return tr("<b>%1</b><br>%n stop(s) left", nullptr, int(row.stops.size()))
            .arg(row.label.toHtmlEscaped());
    const TimelineStop& s = row.stops[h.stop];
    const int first = groupStart(h.row, h.stop);
    if (s.pickup && first + 1 < int(row.stops.size()) && row.stops[first + 1].joinsPrevious) {
        QStringList ids{row.stops[first].orderId.toHtmlEscaped()};
        for (int m = first + 1; m < int(row.stops.size()) && row.stops[m].joinsPrevious; ++m)
            ids << row.stops[m].orderId.toHtmlEscaped();
        return tr("<b>%n pickup(s)</b> · %1<br>%2", nullptr, int(ids.size()))
            .arg(row.label.toHtmlEscaped(), ids.join(QStringLiteral(", ")));
    }
    QStringList lines{QStringLiteral("<b>%1</b> %2 · %3")
                          .arg(s.orderId.toHtmlEscaped(), s.pickup ? tr("pickup") : tr("drop-off"),
                               row.label.toHtmlEscaped()),
                      tr("ETA %1").arg(app::clockText(s.start, utcOffsetS_))};
    if (!s.pickup)
        lines << tr("promised %1 (%2)")
                     .arg(app::clockText(s.due, utcOffsetS_), app::signedMinutes(s.due - s.start));
    if (s.locked) lines << tr("locked");
    return lines.join(QStringLiteral("<br>"));
}

}  // namespace chongal::ui

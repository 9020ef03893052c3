#pragma once
// The route timeline (Gantt-like): one row per courier, its unserved stops as blocks on a time
// axis (pickups hollow, drop-offs filled; late in red, at risk in amber, locked with a dark
// edge), each drop-off's promise as a tick with a line to the block when it is late, and a
// now-line. Display only: it never changes dispatch data. Clicking selects; dragging a block
// emits stopDrag* signals (onto another courier's row: move the order to that courier; along
// its own row: place it before another stop) which the console turns into what-if previews and
// undoable commands.
//
// Keys: Ctrl+wheel or +/- zooms the time axis, arrows scroll, Esc cancels a drag.
// Geometry helpers (blockRect, rowRect, xOf) are public for tests and scripted screenshots.
#include <QAbstractScrollArea>
#include <QString>
#include <vector>

#include "app/session/dispatch_digest.h"

namespace chongal::ui {

class RouteTimeline : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit RouteTimeline(QWidget* parent = nullptr);

    void setRows(std::vector<app::TimelineRow> rows, Time now);
    void setUtcOffset(int seconds);
    void setSelectedOrder(const QString& orderId);
    void setSelectedCourier(const QString& courierId);
    void setDragPreviewText(const QString& text);
    void setPixelsPerMinute(double ppm);  // clamped to [kMinPpm, kMaxPpm]
    double pixelsPerMinute() const { return ppm_; }
    void ensureCourierVisible(const QString& courierId);

    const std::vector<app::TimelineRow>& rows() const { return rows_; }
    bool isDragging() const { return drag_.active; }

    // Geometry in viewport coordinates.
    QRect blockRect(const QString& orderId, bool pickup) const;  // null if not on screen
    QRect rowRect(const QString& courierId) const;
    int rowAt(int y) const;  // -1 outside the rows
    double xOf(Time t) const;

    QSize sizeHint() const override { return {900, 260}; }

    static constexpr int kGutter = 128;  // courier labels
    static constexpr int kHeader = 22;   // time axis
    static constexpr int kRowHeight = 22;
    static constexpr int kBlockHeight = 14;
    static constexpr int kMinBlockWidth = 9;
    static constexpr double kMinPpm = 2.0;
    static constexpr double kMaxPpm = 60.0;

signals:
    void orderClicked(const QString& orderId);
    void courierClicked(const QString& courierId);
    void stopDragStarted(const QString& orderId, bool pickup, const QString& fromCourier);
    // `beforeKey`: the stop key the dragged stop would go before ("" = the end) when it moves
    // along its own row; empty on another row (the move is then "to this courier").
    void stopDragMoved(const QString& orderId, bool pickup, const QString& targetCourier,
                       const QString& beforeKey, bool sameRow);
    void stopDropped(const QString& orderId, bool pickup, const QString& targetCourier,
                     const QString& beforeKey, bool sameRow);
    void stopDragCancelled(const QString& orderId);

protected:
    bool event(QEvent* e) override;
    void paintEvent(QPaintEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

private:
    struct Hit {
        int row = -1;
        int stop = -1;  // -1: the row, not a block
        bool gutter = false;
    };
    struct Drag {
        bool pressed = false;
        bool active = false;
        QPoint pressAt;
        Hit from;
        QPoint cursor;
        int targetRow = -1;
        QString beforeKey;
        int caretX = -1;  // insertion mark on the own row
        QString preview;
    };

    // Block rectangles of one row, packed so dense stops stay apart (content coordinates: x in
    // viewport pixels, y relative to the row's top).
    std::vector<QRect> layoutRow(int row) const;
    int rowTop(int row) const;                // viewport y
    int groupStart(int row, int stop) const;  // first pickup of the group `stop` is in
    Hit hitAt(QPoint pos) const;
    void updateScrollBars();
    void updateDragTarget(QPoint pos);
    void endDrag(bool dropped);
    QString tooltipAt(QPoint pos) const;
    void paintHeader(QPainter& p);
    void paintRow(QPainter& p, int row);
    void paintDrag(QPainter& p);

    std::vector<app::TimelineRow> rows_;
    Time now_ = 0;
    Time origin_ = 0;  // time at x = kGutter with no horizontal scroll
    int utcOffsetS_ = 9 * 3600;
    double ppm_ = 8.0;  // pixels per minute
    QString selectedOrder_;
    QString selectedCourier_;
    Drag drag_;
};

}  // namespace chongal::ui

#include "ui/map/map_canvas.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <cmath>

#include "ui/map/tile_source.h"

namespace chongal::ui {

MapCanvas::MapCanvas(QWidget* parent, std::shared_ptr<const BaseMap> base)
    : QWidget(parent), renderer_(std::move(base)) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    view_.setSize(size());
    view_.setCentre({37.5665, 126.9780});  // Seoul City Hall
    view_.setZoom(11.0);
    // Input stays responsive at a new zoom: tiles beyond the budget come in later frames.
    renderer_.baseLayer().setRenderBudgetMs(kTileBudgetMs);
    refine_ = new QTimer(this);
    refine_->setSingleShot(true);
    refine_->setInterval(15);
    connect(refine_, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setScene(const MapScene& scene) {
    renderer_.setScene(scene);
    update();
}
void MapCanvas::setHubs(const QList<MapHub>& hubs) {
    renderer_.setHubs(hubs);
    update();
}
void MapCanvas::setCouriers(const QList<MapCourier>& couriers) {
    renderer_.setCouriers(couriers);
    update();
}
void MapCanvas::setOrders(const QList<MapOrder>& orders) {
    renderer_.setOrders(orders);
    update();
}
void MapCanvas::setRoutes(const QList<MapRoute>& routes) {
    renderer_.setRoutes(routes);
    update();
}
void MapCanvas::setSelection(const QSet<QString>& ids) {
    renderer_.setSelection(ids);
    update();
}
void MapCanvas::setZoneOverlay(const ZoneOverlay& zones) {
    renderer_.setZoneOverlay(zones);
    update();
}

void MapCanvas::setTileSource(TileSource* source) {
    if (TileSource* old = renderer_.tileSource()) disconnect(old, nullptr, this, nullptr);
    renderer_.setTileSource(source);
    if (source) connect(source, &TileSource::tileReady, this, [this] { update(); });
    update();
}

void MapCanvas::setDragPreviewText(const QString& text) {
    drag_.previewText = text;
    if (drag_.active && renderer_.dragOverlay()) {
        DragOverlay d = *renderer_.dragOverlay();
        d.previewText = text;
        renderer_.setDragOverlay(d);
        update();
    }
}

// --- view -------------------------------------------------------------------------------------

void MapCanvas::viewUpdated() {
    update();
    const GeoPoint c = view_.centre();
    emit viewChanged(c.lat, c.lon, view_.zoom());
}

void MapCanvas::setView(GeoPoint centre, double zoom) {
    stopAnimation();
    view_.setCentre(centre);
    view_.setZoom(zoom);
    viewUpdated();
}

void MapCanvas::panBy(QPointF delta) {
    stopAnimation();
    view_.panBy(delta);
    viewUpdated();
}

void MapCanvas::zoomAbout(QPointF anchor, double newZoom, bool animated) {
    if (animated && animations_) {
        MapViewport target = view_;
        target.zoomAbout(anchor, newZoom);
        animateTo(target.centre0(), target.zoom(), anchor, true);
        return;
    }
    stopAnimation();
    view_.zoomAbout(anchor, newZoom);
    viewUpdated();
}

void MapCanvas::fitSeoul() {
    MapViewport target = view_;
    target.fit(renderer_.baseMap().bounds(), 24.0);
    if (animations_)
        animateTo(target.centre0(), target.zoom(), {}, false);
    else
        setView(target.centre(), target.zoom());
}

void MapCanvas::fitSelection() {
    const MapScene& s = renderer_.scene();
    const SceneIndex& idx = renderer_.index();
    GeoBounds b = GeoBounds::empty();
    for (int i = 0; i < s.couriers.size(); ++i)
        if (idx.courierSelected(i)) b.include(s.couriers[i].position);
    for (int i = 0; i < s.orders.size(); ++i)
        if (idx.orderSelected(i)) b.include(s.orders[i].pickup), b.include(s.orders[i].dropoff);
    for (int i = 0; i < s.hubs.size(); ++i)
        if (idx.hubSelected(i)) b.include(s.hubs[i].position);
    if (b.isEmpty()) return;
    MapViewport target = view_;
    target.fit(b, 60.0);
    if (animations_)
        animateTo(target.centre0(), target.zoom(), {}, false);
    else
        setView(target.centre(), target.zoom());
}

void MapCanvas::animateTo(WorldPoint centre0, double zoom, QPointF anchor, bool anchored) {
    stopAnimation();
    const MapViewport from = view_;
    const WorldPoint anchorWorld = from.toWorld0(anchor);
    animation_ = new QVariantAnimation(this);
    animation_->setStartValue(0.0);
    animation_->setEndValue(1.0);
    animation_->setDuration(180);
    animation_->setEasingCurve(QEasingCurve::OutCubic);
    connect(animation_, &QVariantAnimation::valueChanged, this, [=, this](const QVariant& v) {
        const double t = v.toDouble();
        const double z = from.zoom() + (zoom - from.zoom()) * t;
        if (anchored) {
            // Keep the geographic point under the anchor fixed throughout.
            view_.setZoom(z);
            view_.setCentre0(
                {anchorWorld.x - (anchor.x() - view_.size().width() / 2) / view_.scale(),
                 anchorWorld.y - (anchor.y() - view_.size().height() / 2) / view_.scale()});
        } else {
            view_.setZoom(z);
            view_.setCentre0({from.centre0().x + (centre0.x - from.centre0().x) * t,
                              from.centre0().y + (centre0.y - from.centre0().y) * t});
        }
        viewUpdated();
    });
    connect(animation_, &QVariantAnimation::finished, this, [this, centre0, zoom] {
        view_.setZoom(zoom);
        view_.setCentre0(centre0);
        viewUpdated();
    });
    animation_->start(QAbstractAnimation::DeleteWhenStopped);
}

void MapCanvas::stopAnimation() {
    if (animation_) {
        QVariantAnimation* a = animation_;
        animation_ = nullptr;
        a->disconnect(this);
        a->stop();  // deletes itself
    }
}

// --- painting ---------------------------------------------------------------------------------

void MapCanvas::resizeEvent(QResizeEvent*) {
    view_.setSize(size());
    update();
}

void MapCanvas::paintEvent(QPaintEvent*) {
    const qreal dpr = devicePixelRatioF();
    const QSize px(int(std::ceil(width() * dpr)), int(std::ceil(height() * dpr)));
    if (frame_.size() != px || frame_.devicePixelRatio() != dpr) {
        // Opaque frame: the blit to the widget is a copy, and LineRaster can draw into it.
        frame_ = QImage(px, QImage::Format_RGB32);
        frame_.setDevicePixelRatio(dpr);
    }
    {
        QPainter fp(&frame_);
        renderer_.render(fp, view_, dpr);
    }
    QPainter p(this);
    p.drawImage(QPointF(0, 0), frame_);
    if (!renderer_.lastFrameComplete()) refine_->start();
}

// --- input ------------------------------------------------------------------------------------

void MapCanvas::wheelEvent(QWheelEvent* e) {
    const double notches = e->angleDelta().y() / 120.0;
    if (notches == 0) return;
    zoomAbout(e->position(), view_.zoom() + notches * kWheelStep, false);
    e->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QWidget::mousePressEvent(e);
    stopAnimation();
    press_ = {true, e->position(), e->position(), hitTest(e->position()), false};
    if (!press_.hit.isOrder()) setCursor(Qt::ClosedHandCursor);
    e->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    const QPointF pos = e->position();
    if (!press_.down || !(e->buttons() & Qt::LeftButton)) {
        const MapHit hit = hitTest(pos);
        setHovered(hit.id);
        setCursor(hit ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        return;
    }
    if (drag_.active) return updateDrag(pos);
    if (press_.panning) {
        view_.panBy(pos - press_.last);
        press_.last = pos;
        viewUpdated();
        return;
    }
    if ((pos - press_.at).manhattanLength() < QApplication::startDragDistance()) return;
    if (press_.hit.isOrder()) {
        drag_ = {
            true, press_.hit.index, press_.hit.kind == HitKind::OrderDropoff, press_.hit.id, {},
            {}};
        QToolTip::hideText();
        setCursor(Qt::DragMoveCursor);
        emit orderDragStarted(drag_.orderId);
        updateDrag(pos);
    } else {
        press_.panning = true;
        view_.panBy(pos - press_.last);
        press_.last = pos;
        viewUpdated();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton || !press_.down) return QWidget::mouseReleaseEvent(e);
    const Press press = press_;
    press_ = {};
    setCursor(Qt::OpenHandCursor);
    if (drag_.active) {
        updateDrag(e->position());
        endDrag(true);
        return;
    }
    if (press.panning) return;
    const bool additive = e->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    const MapHit& hit = press.hit;
    if (hit.kind == HitKind::Cluster) {
        zoomAbout(hit.at, std::min(view_.zoom() + 2.0, MapViewport::kMaxZoom), true);
        return;
    }
    emit selectionRequested(hit ? QStringList{hit.id} : QStringList{}, additive);
}

void MapCanvas::updateDrag(QPointF pos) {
    const int c = renderer_.courierAt(view_, pos);
    drag_.target = c >= 0 ? renderer_.scene().couriers[c].id : QString();
    renderer_.setDragOverlay(DragOverlay{drag_.order, drag_.dropoff, pos, c, drag_.previewText});
    emit orderDragMoved(drag_.orderId, drag_.target, pos.toPoint());
    update();
}

void MapCanvas::endDrag(bool dropped) {
    const Drag d = drag_;
    drag_ = {};
    renderer_.setDragOverlay(std::nullopt);
    update();
    if (dropped)
        emit orderDropped(d.orderId, d.target);
    else
        emit orderDragCancelled(d.orderId);
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (e->key()) {
        case Qt::Key_Left:
            panBy({kPanStepPx, 0});
            break;
        case Qt::Key_Right:
            panBy({-kPanStepPx, 0});
            break;
        case Qt::Key_Up:
            panBy({0, kPanStepPx});
            break;
        case Qt::Key_Down:
            panBy({0, -kPanStepPx});
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomAbout(centre, std::round(view_.zoom()) + 1, true);
            break;
        case Qt::Key_Minus:
        case Qt::Key_Underscore:
            zoomAbout(centre, std::round(view_.zoom()) - 1, true);
            break;
        case Qt::Key_0:
            fitSeoul();
            break;
        case Qt::Key_F:
            fitSelection();
            break;
        case Qt::Key_Escape:
            if (drag_.active) {
                press_ = {};
                setCursor(Qt::OpenHandCursor);
                endDrag(false);
                break;
            }
            [[fallthrough]];
        default:
            return QWidget::keyPressEvent(e);
    }
    e->accept();
}

void MapCanvas::leaveEvent(QEvent* e) {
    setHovered({});
    QWidget::leaveEvent(e);
}

void MapCanvas::setHovered(const QString& id) {
    if (renderer_.scene().hovered == id) return;
    renderer_.setHovered(id);
    update();
    emit hoveredChanged(id);
}

bool MapCanvas::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = drag_.active ? QString() : tooltipFor(hitTest(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText(), e->ignore();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

QString MapCanvas::tooltipFor(const MapHit& hit) const {
    const MapScene& s = renderer_.scene();
    auto lines = [](QStringList l) { return l.join("<br>"); };
    switch (hit.kind) {
        case HitKind::None:
            return {};
        case HitKind::Courier: {
            const MapCourier& c = s.couriers[hit.index];
            QStringList l{
                QString("<b>%1</b> &nbsp;%2").arg(c.label.toHtmlEscaped(), c.id.toHtmlEscaped()),
                toString(c.status)};
            if (c.capacity > 0) l << tr("load %1 / %2").arg(c.load).arg(c.capacity);
            if (!c.note.isEmpty()) l << c.note.toHtmlEscaped().replace('\n', "<br>");
            return lines(l);
        }
        case HitKind::OrderPickup:
        case HitKind::OrderDropoff: {
            const MapOrder& o = s.orders[hit.index];
            QStringList l{
                QString("<b>%1</b> &nbsp;%2")
                    .arg(o.id.toHtmlEscaped(),
                         hit.kind == HitKind::OrderPickup ? tr("pickup") : tr("drop-off")),
                QString("%1 · %2").arg(toString(o.status), toString(o.risk))};
            if (o.courier >= 0 && o.courier < s.couriers.size())
                l << tr("courier: %1").arg(s.couriers[o.courier].label.toHtmlEscaped());
            if (!o.note.isEmpty()) l << o.note.toHtmlEscaped().replace('\n', "<br>");
            return lines(l);
        }
        case HitKind::Hub: {
            const MapHub& h = s.hubs[hit.index];
            return QString("<b>%1</b> &nbsp;%2").arg(h.name.toHtmlEscaped(), h.id.toHtmlEscaped());
        }
        case HitKind::Cluster: {
            int late = 0, atRisk = 0, waiting = 0;
            for (const QString& id : hit.ids) {
                const int o = renderer_.index().orderIndex(id);
                if (o < 0) continue;
                late += s.orders[o].risk == OrderRisk::Late;
                atRisk += s.orders[o].risk == OrderRisk::AtRisk;
                waiting += s.orders[o].status == OrderStatus::New ||
                           s.orders[o].status == OrderStatus::Unassigned;
            }
            return lines({tr("<b>%n orders</b>", nullptr, int(hit.ids.size())),
                          tr("%1 late · %2 at risk · %3 waiting for a courier")
                              .arg(late)
                              .arg(atRisk)
                              .arg(waiting),
                          tr("click to zoom in")});
        }
    }
    return {};
}

}  // namespace chongal::ui

#include "ui/history/replay_scene.h"

#include <QCoreApplication>

#include "app/models/display_text.h"

namespace chongal::ui {

using history::OrderPhase;

namespace {

OrderStatus mapStatus(OrderPhase p) {
    switch (p) {
        case OrderPhase::NotYet:
        case OrderPhase::Open:
            return OrderStatus::New;
        case OrderPhase::Assigned:
            return OrderStatus::Assigned;
        case OrderPhase::PickedUp:
            return OrderStatus::PickedUp;
        case OrderPhase::Delivered:
            return OrderStatus::Delivered;
        case OrderPhase::Cancelled:
            return OrderStatus::Cancelled;
    }
    return OrderStatus::New;
}

}  // namespace

ReplayScene::ReplayScene(const history::ShiftReplay& replay, int utcOffsetS)
    : replay_(&replay), utcOffsetS_(utcOffsetS) {
    const auto& state = replay.finalState();
    couriers_.reserve(qsizetype(state.couriers().size()));
    for (std::size_t c = 0; c < state.couriers().size(); ++c) {
        const Courier& k = state.couriers()[c].courier;
        MapCourier m;
        m.id = QString::fromStdString(k.id);
        m.label = k.name.empty() ? m.id : QString::fromStdString(k.name);
        m.capacity = k.capacity;
        m.colorIndex = int(c);  // join order, as the console colours its couriers
        couriers_.push_back(std::move(m));
    }
    orders_.reserve(qsizetype(state.orders().size()));
    for (const dispatch::OrderState& o : state.orders()) {
        MapOrder m;
        m.id = QString::fromStdString(o.order.id);
        m.pickup = o.order.pickup;
        m.dropoff = o.order.dropoff;
        m.note = QCoreApplication::translate("ReplayScene", "placed %1 · promised %2")
                     .arg(app::clockText(o.order.placedAt, utcOffsetS),
                          app::clockText(o.order.dueAt, utcOffsetS));
        if (!o.order.address.empty())
            m.note += QLatin1Char('\n') + QString::fromStdString(o.order.address);
        deliveredNotes_.push_back(
            o.deliveredAt < 0
                ? m.note
                : m.note + QLatin1Char('\n') +
                      QCoreApplication::translate("ReplayScene", "delivered %1 (%2 min)")
                          .arg(app::clockText(o.deliveredAt, utcOffsetS))
                          .arg((o.deliveredAt - o.order.placedAt) / 60));
        orders_.push_back(std::move(m));
    }
    lastFix_ = QCoreApplication::translate("ReplayScene", "last fix %1");
}

const QString& ReplayScene::loadText(int load) {
    if (load >= int(loadTexts_.size())) loadTexts_.resize(std::size_t(load) + 1);
    QString& text = loadTexts_[std::size_t(load)];
    if (text.isEmpty())
        text = QCoreApplication::translate("ReplayScene", "%n order(s) on board", nullptr, load);
    return text;
}

namespace {
// "HH:mm" at the offset, without building a QDateTime per courier and frame.
QString clock(Time t, int utcOffsetS) {
    const Time s = ((t + utcOffsetS) % 86400 + 86400) % 86400;
    return QStringLiteral("%1:%2")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

void ReplayScene::build(Time t, const QList<int>& trails, QList<MapCourier>& couriers,
                        QList<MapOrder>& orders, QList<MapRoute>& routes, ReplayCounts& counts) {
    counts = {};
    couriers.clear();
    orders.clear();
    routes.clear();
    if (!replay_) return;
    const auto& state = replay_->finalState();
    replay_->ordersAt(t, orderAt_);
    replay_->couriersAt(t, orderAt_, courierAt_);

    couriers = couriers_;  // implicitly shared copy; detaches once below
    for (qsizetype c = 0; c < couriers.size(); ++c) {
        const auto& at = courierAt_[std::size_t(c)];
        MapCourier& m = couriers[c];
        m.position = at.position;
        m.headingDeg = at.headingDeg;
        m.load = at.load;
        m.status = !at.online        ? CourierStatus::Offline
                   : at.load > 0     ? CourierStatus::ToDropoff
                   : at.assigned > 0 ? CourierStatus::ToPickup
                                     : CourierStatus::Idle;
        counts.couriersOnline += at.online;
        m.note = loadText(at.load);
        if (at.fixAt >= 0) m.note += QLatin1Char('\n') + lastFix_.arg(clock(at.fixAt, utcOffsetS_));
    }

    mapIndex_.assign(orderAt_.size(), -1);
    orders.reserve(orders_.size());
    for (std::size_t k = 0; k < orderAt_.size(); ++k) {
        const auto& at = orderAt_[k];
        if (at.phase == OrderPhase::NotYet) continue;
        const dispatch::OrderState& o = state.orders()[k];
        MapOrder m = orders_[qsizetype(k)];
        m.status = mapStatus(at.phase);
        m.courier = at.courier;
        const bool delivered = at.phase == OrderPhase::Delivered;
        const bool done = delivered || at.phase == OrderPhase::Cancelled;
        const bool late = delivered ? !o.onTime() : !done && t > o.order.dueAt;
        m.risk = late                                    ? OrderRisk::Late
                 : !done && t > o.order.dueAt - kAtRiskS ? OrderRisk::AtRisk
                                                         : OrderRisk::OnTime;
        counts.late += late;
        switch (at.phase) {
            case OrderPhase::Open:
                ++counts.open;
                break;
            case OrderPhase::Assigned:
                ++counts.assigned;
                break;
            case OrderPhase::PickedUp:
                ++counts.pickedUp;
                break;
            case OrderPhase::Delivered:
                ++counts.delivered;
                break;
            case OrderPhase::Cancelled:
                ++counts.cancelled;
                break;
            case OrderPhase::NotYet:
                break;
        }
        if (delivered) m.note = deliveredNotes_[k];
        mapIndex_[k] = int(orders.size());
        orders.push_back(std::move(m));
    }

    for (int c : trails) {
        if (c < 0 || c >= int(courierAt_.size())) continue;
        MapRoute route;
        route.courier = c;
        for (const GeoPoint& p : replay_->pathUntil(c, t)) route.path.push_back(p);
        if (route.path.size() >= 2) routes.push_back(std::move(route));
    }
}

}  // namespace chongal::ui

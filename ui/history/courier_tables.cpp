#include "ui/history/courier_tables.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

#include "app/models/display_text.h"
#include "app/models/row_table_model.h"
#include "ui/history/shift_text.h"

namespace chongal::ui {

using namespace shift_text;
using dispatch::OrderStatus;

namespace {
const QColor kLateText{0xB0, 0x3A, 0x2E};
QVariant alignFor(int column, int textColumns) {
    return column < textColumns ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
}
}  // namespace

QString orderStatusName(OrderStatus s) {
    switch (s) {
        case OrderStatus::Open:
            return QCoreApplication::translate("CourierTables", "Waiting");
        case OrderStatus::Assigned:
            return QCoreApplication::translate("CourierTables", "Assigned");
        case OrderStatus::PickedUp:
            return QCoreApplication::translate("CourierTables", "On board");
        case OrderStatus::Delivered:
            return QCoreApplication::translate("CourierTables", "Delivered");
        case OrderStatus::Cancelled:
            return QCoreApplication::translate("CourierTables", "Cancelled");
    }
    return {};
}

// ---- couriers

void CourierTableModel::setShift(std::shared_ptr<const history::LoadedShift> shift) {
    beginResetModel();
    shift_ = std::move(shift);
    endResetModel();
}

int CourierTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !shift_ ? 0 : int(shift_->report.couriers.size());
}

int CourierTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourierTableModel::data(const QModelIndex& index, int role) const {
    if (!shift_ || !index.isValid()) return {};
    const history::CourierSummary& c = shift_->report.couriers[std::size_t(index.row())];
    const int offset = shift_->info.utcOffsetSeconds;
    if (role == CourierIdRole) return QString::fromStdString(c.id);
    if (role == Qt::TextAlignmentRole) return alignFor(index.column(), 1);
    if (role == Qt::ForegroundRole && index.column() == Late && c.late > 0)
        return QBrush(kLateText);
    if (role == Qt::ToolTipRole && index.column() == Courier) return QString::fromStdString(c.id);
    const QLocale l;
    if (role == app::SortRole) {
        switch (index.column()) {
            case Courier:
                return QString::fromStdString(c.name.empty() ? c.id : c.name);
            case Delivered:
                return c.delivered;
            case OnTime:
                return c.onTime;
            case Late:
                return c.late;
            case OnTimeRate:
                return c.delivered ? c.onTimeRate() : -1.0;
            case Undelivered:
                return c.undelivered;
            case Km:
                return c.km;
            case FirstDelivery:
                return qint64(c.firstDelivery);
            case LastDelivery:
                return qint64(c.lastDelivery);
            case AvgMin:
                return c.avgDeliveryMin;
        }
    }
    if (role != Qt::DisplayRole) return {};
    const bool any = c.delivered > 0;
    switch (index.column()) {
        case Courier:
            return c.name.empty() ? QString::fromStdString(c.id)
                                  : QStringLiteral("%1 (%2)").arg(QString::fromStdString(c.name),
                                                                  QString::fromStdString(c.id));
        case Delivered:
            return l.toString(c.delivered);
        case OnTime:
            return l.toString(c.onTime);
        case Late:
            return l.toString(c.late);
        case OnTimeRate:
            return any ? percentText(c.onTimeRate()) : QStringLiteral("—");
        case Undelivered:
            return l.toString(c.undelivered);
        case Km:
            return kmValue(c.km);
        case FirstDelivery:
            return app::clockText(c.firstDelivery, offset);
        case LastDelivery:
            return app::clockText(c.lastDelivery, offset);
        case AvgMin:
            return any ? minutesValue(c.avgDeliveryMin) : QStringLiteral("—");
    }
    return {};
}

QVariant CourierTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == Undelivered)
        return tr("Orders still assigned to or carried by the courier when the record ends");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Courier:
            return tr("Courier");
        case Delivered:
            return tr("Delivered");
        case OnTime:
            return tr("On time");
        case Late:
            return tr("Late");
        case OnTimeRate:
            return tr("On time %");
        case Undelivered:
            return tr("Not delivered");
        case Km:
            return tr("km");
        case FirstDelivery:
            return tr("First delivery");
        case LastDelivery:
            return tr("Last delivery");
        case AvgMin:
            return tr("Avg min");
    }
    return {};
}

// ---- one courier's orders

void CourierOrdersModel::setShift(std::shared_ptr<const history::LoadedShift> shift) {
    beginResetModel();
    shift_ = std::move(shift);
    courier_.clear();
    rows_.clear();
    endResetModel();
}

void CourierOrdersModel::setCourier(const QString& courierId) {
    beginResetModel();
    courier_ = courierId;
    rows_.clear();
    if (shift_ && !courierId.isEmpty()) {
        const std::string id = courierId.toStdString();
        const auto& orders = shift_->replay.finalState().orders();
        for (std::size_t k = 0; k < orders.size(); ++k)
            if (orders[k].courierId == id && orders[k].status != OrderStatus::Cancelled)
                rows_.push_back(int(k));
        // Handover order; what was never delivered goes last.
        std::stable_sort(rows_.begin(), rows_.end(), [&](int a, int b) {
            const Time ta = orders[std::size_t(a)].deliveredAt,
                       tb = orders[std::size_t(b)].deliveredAt;
            return (ta < 0 ? kNoLimit : ta) < (tb < 0 ? kNoLimit : tb);
        });
    }
    endResetModel();
}

int CourierOrdersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int CourierOrdersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourierOrdersModel::data(const QModelIndex& index, int role) const {
    if (!shift_ || !index.isValid()) return {};
    const dispatch::OrderState& o =
        shift_->replay.finalState().orders()[std::size_t(rows_[std::size_t(index.row())])];
    const int offset = shift_->info.utcOffsetSeconds;
    const bool delivered = o.status == OrderStatus::Delivered;
    const Time minutes = delivered ? (o.deliveredAt - o.order.placedAt) : -1;
    if (role == OrderIdRole) return QString::fromStdString(o.order.id);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Address || index.column() <= Status
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Promise && delivered && !o.onTime())
        return QBrush(kLateText);
    if (role == app::SortRole) {
        switch (index.column()) {
            case Order:
                return QString::fromStdString(o.order.id);
            case Status:
                return int(o.status);
            case Placed:
                return qint64(o.order.placedAt);
            case PickedUp:
                return qint64(o.pickedUpAt);
            case DeliveredAt:
                return qint64(o.deliveredAt);
            case Minutes:
                return qint64(minutes);
            case Promise:
                return qint64(delivered ? o.deliveredAt - o.order.dueAt : 0);
            case Address:
                return QString::fromStdString(o.order.address);
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case Order:
            return QString::fromStdString(o.order.id);
        case Status:
            return orderStatusName(o.status);
        case Placed:
            return app::clockText(o.order.placedAt, offset);
        case PickedUp:
            return app::clockText(o.pickedUpAt, offset);
        case DeliveredAt:
            return app::clockText(o.deliveredAt, offset);
        case Minutes:
            return delivered ? QLocale().toString(minutes / 60) : QStringLiteral("—");
        case Promise:
            if (!delivered) return app::clockText(o.order.dueAt, offset);
            return o.onTime() ? tr("on time")
                              : tr("%1 late").arg(app::minutesText(o.deliveredAt - o.order.dueAt));
        case Address:
            return QString::fromStdString(o.order.address);
    }
    return {};
}

QVariant CourierOrdersModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Order:
            return tr("Order");
        case Status:
            return tr("Status");
        case Placed:
            return tr("Placed");
        case PickedUp:
            return tr("Picked up");
        case DeliveredAt:
            return tr("Delivered");
        case Minutes:
            return tr("Minutes");
        case Promise:
            return tr("Promise");
        case Address:
            return tr("Address");
    }
    return {};
}

}  // namespace chongal::ui

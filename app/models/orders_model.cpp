#include "app/models/orders_model.h"

#include <QBrush>
#include <QColor>

#include "app/models/display_text.h"
#include "app/models/risk_colors.h"

namespace chongal::app {

int OrdersModel::rowOf(const QString& id) const {
    for (int r = 0; r < int(rows_.size()); ++r)
        if (rows_[std::size_t(r)].id == id) return r;
    return -1;
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const OrderRow& o = row(index.row());
    const bool open = o.status != dispatch::OrderStatus::Delivered &&
                      o.status != dispatch::OrderStatus::Cancelled;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Id:
                    return o.id;
                case Status:
                    return orderStatusText(o);
                case Courier:
                    return o.courierId;
                case District:
                    return o.district;
                case Due:
                    return clockText(o.dueAt, utcOffsetS_);
                case Eta:
                    return clockText(o.eta, utcOffsetS_);
                case Slack:
                    return o.eta >= 0 ? signedMinutes(o.slack) : QString();
                case Lock:
                    return o.lockedTo;
            }
            return {};
        case SortRole:
            switch (index.column()) {
                case Id:
                    return o.id;
                case Status:
                    return int(o.status) * 2 + (o.unassigned ? 0 : 1);
                case Courier:
                    return o.courierId;
                case District:
                    return o.district;
                case Due:
                    return qint64(o.dueAt);
                case Eta:
                    return qint64(o.eta);
                case Slack:
                    return o.eta >= 0 ? qint64(o.slack) : qint64(1) << 40;
                case Lock:
                    return o.lockedTo;
            }
            return {};
        case Qt::ToolTipRole:
            if (o.unassigned) return reasonText(o.reason);
            if (index.column() == Courier && o.planned) return tr("planned, not yet committed");
            return {};
        case Qt::ForegroundRole:
            if (index.column() == Courier && o.planned) return QBrush(QColor(0x6B, 0x75, 0x80));
            if (!open) return QBrush(QColor(0x80, 0x86, 0x8E));
            return {};
        case Qt::BackgroundRole:
            if (!open && o.risk != Risk::Late) return {};
            if (o.unassigned) return QBrush(riskBackground(Risk::Late));
            return o.risk == Risk::None ? QVariant() : QBrush(riskBackground(o.risk));
        case Qt::TextAlignmentRole:
            if (index.column() == Due || index.column() == Eta || index.column() == Slack)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case SearchRole:
            return QStringList{o.id, o.district, orderStatusText(o), o.courierId}.join(' ');
        case CategoryRole:
            return (open ? Active : 0) | (o.unassigned ? Unassigned : 0) |
                   (open && o.risk != Risk::None ? Warning : 0) |
                   (o.status == dispatch::OrderStatus::Delivered ? Delivered : 0) |
                   (o.lockedTo.isEmpty() ? 0 : Locked);
        case IdRole:
            return o.id;
        case RiskRole:
            return int(o.risk);
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Id:
            return tr("Order");
        case Status:
            return tr("Status");
        case Courier:
            return tr("Courier");
        case District:
            return tr("District");
        case Due:
            return tr("Promised");
        case Eta:
            return tr("ETA");
        case Slack:
            return tr("Slack");
        case Lock:
            return tr("Locked to");
    }
    return {};
}

}  // namespace chongal::app

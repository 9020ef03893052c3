#include "app/models/couriers_model.h"

#include <QBrush>

#include "app/models/display_text.h"
#include "app/models/risk_colors.h"

namespace chongal::app {

int CouriersModel::rowOf(const QString& id) const {
    for (int r = 0; r < int(rows_.size()); ++r)
        if (rows_[std::size_t(r)].id == id) return r;
    return -1;
}

namespace {

Risk worstRisk(const CourierRow& c) {
    if (c.lateStops > 0 || c.phase == CourierPhase::Stale) return Risk::Late;
    return c.atRiskStops > 0 ? Risk::AtRisk : Risk::None;
}

}  // namespace

QVariant CouriersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const CourierRow& c = row(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Id:
                    return c.id;
                case Name:
                    return c.name;
                case Status:
                    return courierPhaseText(c.phase);
                case Load:
                    return QStringLiteral("%1 / %2").arg(c.load).arg(c.capacity);
                case Stops:
                    return c.stopsLeft;
                case Next:
                    if (c.nextOrderId.isEmpty()) return QString();
                    return QStringLiteral("%1 %2 · %3")
                        .arg(c.nextIsPickup ? tr("pickup") : tr("drop-off"), c.nextOrderId,
                             clockText(c.nextEta, utcOffsetS_));
                case RouteEnd:
                    return clockText(c.routeEnd, utcOffsetS_);
                case Late:
                    if (c.lateStops == 0 && c.atRiskStops == 0) return QString();
                    return tr("%1 late · %2 at risk").arg(c.lateStops).arg(c.atRiskStops);
                case LastSeen:
                    return minutesText(c.positionAge);
                case Lock:
                    return c.sequenceLocked ? tr("route locked") : QString();
            }
            return {};
        case SortRole:
            switch (index.column()) {
                case Id:
                    return c.id;
                case Name:
                    return c.name;
                case Status:
                    return int(c.phase);
                case Load:
                    return c.load;
                case Stops:
                    return c.stopsLeft;
                case Next:
                    return qint64(c.nextEta);
                case RouteEnd:
                    return qint64(c.routeEnd);
                case Late:
                    return c.lateStops * 1000 + c.atRiskStops;
                case LastSeen:
                    return qint64(c.positionAge);
                case Lock:
                    return c.sequenceLocked;
            }
            return {};
        case Qt::BackgroundRole: {
            const Risk r = worstRisk(c);
            return r == Risk::None ? QVariant() : QBrush(riskBackground(r));
        }
        case Qt::TextAlignmentRole:
            if (index.column() == Stops || index.column() == Load || index.column() == LastSeen)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case SearchRole:
            return QStringList{c.id, c.name, courierPhaseText(c.phase), c.nextOrderId}.join(' ');
        case CategoryRole:
            return (c.phase == CourierPhase::Offline || c.phase == CourierPhase::OffShift ? Offline
                                                                                          : 0) |
                   (c.stopsLeft > 0 ? Working : 0) | (c.phase == CourierPhase::Idle ? Idle : 0) |
                   (worstRisk(c) != Risk::None ? Warning : 0);
        case IdRole:
            return c.id;
        case RiskRole:
            return int(worstRisk(c));
    }
    return {};
}

QVariant CouriersModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Id:
            return tr("Courier");
        case Name:
            return tr("Name");
        case Status:
            return tr("Status");
        case Load:
            return tr("Load");
        case Stops:
            return tr("Stops");
        case Next:
            return tr("Next stop");
        case RouteEnd:
            return tr("Route ends");
        case Late:
            return tr("Warnings");
        case LastSeen:
            return tr("Last seen");
        case Lock:
            return tr("Lock");
    }
    return {};
}

}  // namespace chongal::app

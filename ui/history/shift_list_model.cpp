#include "ui/history/shift_list_model.h"

#include <QLocale>

#include "app/models/row_table_model.h"
#include "ui/history/shift_text.h"

namespace chongal::ui {

using namespace shift_text;

void ShiftListModel::setShifts(std::vector<history::ShiftSummary> rows) {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
}

int ShiftListModel::rowOf(store::ShiftId id) const {
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (rows_[r].info.id == id) return int(r);
    return -1;
}

int ShiftListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int ShiftListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShiftListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size())) return {};
    const history::ShiftSummary& s = rows_[std::size_t(index.row())];
    const dispatch::Kpis& k = s.kpis;
    if (role == ShiftIdRole) return qint64(s.info.id);
    if (role == DateRole) return localDate(s.info.startedAt, s.info.utcOffsetSeconds);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name || index.column() == Started
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name) {
        QString tip = tr("Shift %1 · %2")
                          .arg(s.info.id)
                          .arg(s.info.scenario.empty() ? tr("live")
                                                       : QString::fromStdString(s.info.scenario));
        if (!s.info.finished())
            tip += QLatin1Char('\n') + tr("Not finished (interrupted or still running)");
        if (!s.error.empty())
            tip += QLatin1Char('\n') +
                   tr("Could not be read: %1").arg(QString::fromStdString(s.error));
        if (s.problems > 0)
            tip += QLatin1Char('\n') + tr("%n event(s) could not be replayed", nullptr, s.problems);
        return tip;
    }
    const QLocale locale;
    if (role == app::SortRole) {
        switch (index.column()) {
            case Id:
                return qint64(s.info.id);
            case Name:
                return QString::fromStdString(s.info.name);
            case Started:
                return qint64(s.info.startedAt);
            case Orders:
                return k.orders;
            case Delivered:
                return k.delivered;
            case OnTime:
                return k.onTimeRate;
            case AvgMin:
                return k.avgDeliveryMin;
            case P90Min:
                return k.p90DeliveryMin;
            case OrdersPerCourierHour:
                return k.ordersPerCourierHour;
            case Km:
                return k.km;
            case Couriers:
                return k.couriersUsed;
        }
    }
    if (role != Qt::DisplayRole) return {};
    const bool any = k.delivered > 0;
    const bool unreadable = !s.error.empty();
    switch (index.column()) {
        case Id:
            return QString::number(s.info.id);
        case Name: {
            const QString name = QString::fromStdString(s.info.name);
            if (unreadable) return tr("%1 (unreadable)").arg(name);
            return s.info.finished() ? name : tr("%1 (unfinished)").arg(name);
        }
        case Started:
            return dateTimeText(s.info.startedAt, s.info.utcOffsetSeconds);
    }
    if (unreadable) return QStringLiteral("—");
    switch (index.column()) {
        case Orders:
            return locale.toString(k.orders);
        case Delivered:
            return locale.toString(k.delivered);
        case OnTime:
            return k.orders > k.cancelled ? percentText(k.onTimeRate) : QStringLiteral("—");
        case AvgMin:
            return any ? minutesValue(k.avgDeliveryMin) : QStringLiteral("—");
        case P90Min:
            return any ? minutesValue(k.p90DeliveryMin) : QStringLiteral("—");
        case OrdersPerCourierHour:
            return any ? locale.toString(k.ordersPerCourierHour, 'f', 2) : QStringLiteral("—");
        case Km:
            return kmValue(k.km);
        case Couriers:
            return locale.toString(k.couriersUsed);
    }
    return {};
}

QVariant ShiftListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case Id:
                return tr("Shift number in this store");
            case OnTime:
                return tr("Orders delivered by their promise, of all orders not cancelled");
            case AvgMin:
                return tr("Average minutes from order to handover");
            case P90Min:
                return tr("90 % of deliveries took at most this many minutes");
            case OrdersPerCourierHour:
                return tr("Deliveries per courier-hour of the couriers who delivered");
            case Km:
                return tr("Kilometres driven, from the couriers' traces");
            case Couriers:
                return tr("Couriers who delivered at least one order");
        }
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Id:
            return tr("#");
        case Name:
            return tr("Shift");
        case Started:
            return tr("Started");
        case Orders:
            return tr("Orders");
        case Delivered:
            return tr("Delivered");
        case OnTime:
            return tr("On time");
        case AvgMin:
            return tr("Avg min");
        case P90Min:
            return tr("P90 min");
        case OrdersPerCourierHour:
            return tr("Orders / courier-hour");
        case Km:
            return tr("km");
        case Couriers:
            return tr("Couriers");
    }
    return {};
}

ShiftDateFilter::ShiftDateFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(app::SortRole);
}

void ShiftDateFilter::setRange(QDate from, QDate to) {
    if (from == from_ && to == to_) return;
    from_ = from;
    to_ = to;
    invalidateFilter();
}

bool ShiftDateFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QDate d =
        sourceModel()->index(sourceRow, 0, sourceParent).data(ShiftListModel::DateRole).toDate();
    if (from_.isValid() && d < from_) return false;
    if (to_.isValid() && d > to_) return false;
    return true;
}

}  // namespace chongal::ui

#pragma once
// The per-courier drill-down: a table of every courier's summary (CourierTableModel) and, for the
// courier picked there, the orders it delivered or still held at the end (CourierOrdersModel).
// Raw values under app::SortRole; the courier id under CourierIdRole.
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "app/history/shift_history.h"

namespace chongal::ui {

class CourierTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Courier,
        Delivered,
        OnTime,
        Late,
        OnTimeRate,
        Undelivered,
        Km,
        FirstDelivery,
        LastDelivery,
        AvgMin,
        ColumnCount
    };
    static constexpr int CourierIdRole = Qt::UserRole + 30;

    using QAbstractTableModel::QAbstractTableModel;
    void setShift(std::shared_ptr<const history::LoadedShift> shift);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    std::shared_ptr<const history::LoadedShift> shift_;
};

class CourierOrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Order,
        Status,
        Placed,
        PickedUp,
        DeliveredAt,
        Minutes,
        Promise,
        Address,
        ColumnCount
    };
    static constexpr int OrderIdRole = Qt::UserRole + 31;

    using QAbstractTableModel::QAbstractTableModel;
    void setShift(std::shared_ptr<const history::LoadedShift> shift);
    void setCourier(const QString& courierId);  // empty: no rows
    const QString& courier() const { return courier_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    std::shared_ptr<const history::LoadedShift> shift_;
    QString courier_;
    std::vector<int> rows_;  // order indices in the final state, in handover order
};

// Translated name of an order's final status.
QString orderStatusName(dispatch::OrderStatus s);

}  // namespace chongal::ui

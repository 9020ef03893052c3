#pragma once
// The shift list: one row per stored shift with its KPIs (raw values under app::SortRole, so the
// view sorts numbers as numbers), and a proxy keeping the shifts that started within a date range
// (the shift's own calendar day).
#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>
#include <vector>

#include "app/history/shift_history.h"

namespace chongal::ui {

class ShiftListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Started,
        Orders,
        Delivered,
        OnTime,
        AvgMin,
        P90Min,
        OrdersPerCourierHour,
        Km,
        Couriers,
        ColumnCount
    };
    static constexpr int ShiftIdRole = Qt::UserRole + 20;
    static constexpr int DateRole = Qt::UserRole + 21;  // QDate the shift started on

    using QAbstractTableModel::QAbstractTableModel;

    void setShifts(std::vector<history::ShiftSummary> rows);
    const std::vector<history::ShiftSummary>& shifts() const { return rows_; }
    int rowOf(store::ShiftId id) const;  // -1 if absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    std::vector<history::ShiftSummary> rows_;
};

class ShiftDateFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ShiftDateFilter(QObject* parent = nullptr);
    // Inclusive; a null date leaves that side open.
    void setRange(QDate from, QDate to);
    QDate from() const { return from_; }
    QDate to() const { return to_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QDate from_;
    QDate to_;
};

}  // namespace chongal::ui

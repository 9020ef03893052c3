#pragma once
// The orders table: one row per order of the shift (digest rows), columns below.
#include "app/models/row_table_model.h"

namespace chongal::app {

class OrdersModel : public RowTableModel<OrderRow> {
    Q_OBJECT
public:
    enum Column { Id, Status, Courier, Due, Eta, Slack, District, Lock, ColumnCount };
    // Filter categories (CategoryRole bits).
    enum Category : int {
        Active = 1 << 0,      // not delivered, not cancelled
        Unassigned = 1 << 1,  // the plan left it out
        Warning = 1 << 2,     // late or at risk (and still open)
        Delivered = 1 << 3,
        Locked = 1 << 4,
    };

    explicit OrdersModel(QObject* parent = nullptr) : RowTableModel(parent) {}
    void setUtcOffset(int seconds) { utcOffsetS_ = seconds; }

    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    int rowOf(const QString& id) const;

private:
    int utcOffsetS_ = 9 * 3600;
};

}  // namespace chongal::app

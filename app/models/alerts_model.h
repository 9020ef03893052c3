#pragma once
// The alerts list: orders late or at risk of missing their promise, orders the solver could not
// place (with its reason), couriers whose position is stale. Most urgent first (digest order).
#include "app/models/row_table_model.h"

namespace chongal::app {

class AlertsModel : public RowTableModel<AlertRow> {
    Q_OBJECT
public:
    enum Column { Kind, Subject, Detail, Courier, ColumnCount };
    enum Category : int {
        LateCategory = 1 << 0,
        UnassignedCategory = 1 << 1,
        AtRiskCategory = 1 << 2,
        StaleCategory = 1 << 3,
    };

    explicit AlertsModel(QObject* parent = nullptr) : RowTableModel(parent) {}
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
};

}  // namespace chongal::app

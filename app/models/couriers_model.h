#pragma once
// The couriers table: one row per courier of the shift (digest rows), columns below.
#include "app/models/row_table_model.h"

namespace chongal::app {

class CouriersModel : public RowTableModel<CourierRow> {
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Status,
        Load,
        Stops,
        Next,
        RouteEnd,
        Late,
        LastSeen,
        Lock,
        ColumnCount
    };
    enum Category : int {
        Working = 1 << 0,  // has stops left
        Idle = 1 << 1,
        Warning = 1 << 2,  // late or at-risk stops, or a stale position
        Offline = 1 << 3,  // offline or off shift
    };

    explicit CouriersModel(QObject* parent = nullptr) : RowTableModel(parent) {}
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

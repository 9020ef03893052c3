#pragma once
// Base of the console's thin table models: a vector of digest rows, replaced once per clock tick
// by setRows(), which tells views exactly what happened (rows changed in place, appended,
// removed at the end) and resets only when rows were reordered or replaced (a new shift).
// Rows are matched by key (sameSubject); derived models only add columns and roles.
#include <QAbstractTableModel>
#include <vector>

#include "app/session/dispatch_digest.h"

namespace chongal::app {

inline bool sameSubject(const OrderRow& a, const OrderRow& b) {
    return a.id == b.id;
}
inline bool sameSubject(const CourierRow& a, const CourierRow& b) {
    return a.id == b.id;
}
inline bool sameSubject(const AlertRow& a, const AlertRow& b) {
    return a.kind == b.kind && a.subjectId == b.subjectId;
}

// Roles every console table model answers.
enum TableRole {
    SortRole = Qt::UserRole + 1,  // raw value for sorting (numbers as numbers)
    SearchRole,                   // text the search box matches (id, names, status, ...)
    CategoryRole,                 // bit mask of the model's filter categories
    IdRole,                       // the row's subject id
    RiskRole,                     // int(Risk) or the alert kind's severity
};

template <class Row>
class RowTableModel : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(rows_.size());
    }
    const Row& row(int r) const { return rows_[std::size_t(r)]; }
    const std::vector<Row>& rows() const { return rows_; }

    void setRows(const std::vector<Row>& next) {
        const std::size_t common = std::min(rows_.size(), next.size());
        for (std::size_t i = 0; i < common; ++i)
            if (!sameSubject(rows_[i], next[i])) {
                beginResetModel();
                rows_ = next;
                endResetModel();
                return;
            }
        // Changed rows, in runs.
        const int lastColumn = columnCount() - 1;
        std::size_t i = 0;
        while (i < common) {
            if (rows_[i] == next[i]) {
                ++i;
                continue;
            }
            const std::size_t first = i;
            while (i < common && !(rows_[i] == next[i])) rows_[i] = next[i], ++i;
            emit dataChanged(index(int(first), 0), index(int(i - 1), lastColumn));
        }
        if (next.size() > rows_.size()) {
            beginInsertRows({}, int(rows_.size()), int(next.size() - 1));
            rows_.insert(rows_.end(), next.begin() + std::ptrdiff_t(common), next.end());
            endInsertRows();
        } else if (next.size() < rows_.size()) {
            beginRemoveRows({}, int(next.size()), int(rows_.size() - 1));
            rows_.resize(next.size());
            endRemoveRows();
        }
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;
    std::vector<Row> rows_;
};

}  // namespace chongal::app

#include "app/models/alerts_model.h"

#include <QBrush>

#include "app/models/display_text.h"
#include "app/models/risk_colors.h"

namespace chongal::app {

QVariant AlertsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const AlertRow& a = row(index.row());
    const Risk risk = a.kind == AlertKind::AtRisk || a.kind == AlertKind::StalePosition
                          ? Risk::AtRisk
                          : Risk::Late;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Kind:
                    return alertKindText(a.kind);
                case Subject:
                    return a.subjectId;
                case Courier:
                    return a.kind == AlertKind::StalePosition ? QString() : a.courierId;
                case Detail:
                    return alertDetailText(a);
            }
            return {};
        case SortRole:
            switch (index.column()) {
                case Kind:
                    return int(a.kind);
                case Subject:
                    return a.subjectId;
                case Courier:
                    return a.courierId;
                case Detail:
                    return qint64(a.value);
            }
            return {};
        case Qt::ForegroundRole:
            return index.column() == Kind ? QBrush(riskColor(risk)) : QVariant();
        case SearchRole:
            return QStringList{alertKindText(a.kind), a.subjectId, a.courierId, alertDetailText(a)}
                .join(' ');
        case CategoryRole:
            return 1 << int(a.kind);
        case IdRole:
            return a.subjectId;
        case RiskRole:
            return int(risk);
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Kind:
            return tr("Alert");
        case Subject:
            return tr("Order / courier");
        case Courier:
            return tr("Courier");
        case Detail:
            return tr("Detail");
    }
    return {};
}

}  // namespace chongal::app

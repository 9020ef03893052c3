#include "ui/alerts_dock.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

#include "app/models/alerts_model.h"
#include "app/models/display_text.h"

namespace chongal::ui {

using app::AlertsModel;

AlertsDock::AlertsDock(AlertsModel* model, QWidget* parent)
    : TableDock(tr("Alerts"), model, parent) {
    setObjectName(QStringLiteral("alertsDock"));
    searchField()->setPlaceholderText(tr("Search alerts"));
    addCategory(tr("Late"), AlertsModel::LateCategory);
    addCategory(tr("Unassigned"), AlertsModel::UnassignedCategory);
    addCategory(tr("At risk"), AlertsModel::AtRiskCategory);
    addCategory(tr("Stale positions"), AlertsModel::StaleCategory);
    view()->setSortingEnabled(false);  // most urgent first, as the digest orders them
    fitColumn(AlertsModel::Kind, {app::alertKindText(app::AlertKind::StalePosition),
                                  app::alertKindText(app::AlertKind::Unassigned)});
    fitColumn(AlertsModel::Subject, {QStringLiteral("ME-0000")});
    fitColumn(AlertsModel::Detail,
              {app::alertDetailText({app::AlertKind::StalePosition, {}, {}, 600, {}}),
               app::alertDetailText({app::AlertKind::Late, {}, {}, 600, {}})});
}

void AlertsDock::updateCounts(const app::DispatchDigest& d) {
    int stale = 0;
    for (const app::AlertRow& a : d.alerts) stale += a.kind == app::AlertKind::StalePosition;
    setCounts(tr("%1 late · %2 at risk · %3 unassigned · %4 stale")
                  .arg(d.late)
                  .arg(d.atRisk)
                  .arg(d.unassigned)
                  .arg(stale));
}

}  // namespace chongal::ui

#include "ui/couriers_dock.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

#include "app/models/couriers_model.h"
#include "app/models/display_text.h"
#include "app/models/table_filter_proxy.h"

namespace chongal::ui {

using app::CouriersModel;

CouriersDock::CouriersDock(CouriersModel* model, QWidget* parent)
    : TableDock(tr("Couriers"), model, parent) {
    setObjectName(QStringLiteral("couriersDock"));
    searchField()->setPlaceholderText(tr("Search id, name, status  (Ctrl+Shift+F)"));
    addCategory(tr("Working"), CouriersModel::Working);
    addCategory(tr("Idle"), CouriersModel::Idle);
    addCategory(tr("With warnings"), CouriersModel::Warning);
    addCategory(tr("Offline or off shift"), CouriersModel::Offline);
    QStringList phases;
    for (auto p :
         {app::CourierPhase::Idle, app::CourierPhase::ToPickup, app::CourierPhase::ToDropoff,
          app::CourierPhase::Offline, app::CourierPhase::OffShift})
        phases << app::courierPhaseText(p);
    fitColumn(CouriersModel::Id, {QStringLiteral("C000")});
    fitColumn(CouriersModel::Name, {QStringLiteral("서울역 10")});
    fitColumn(CouriersModel::Status, phases);
    fitColumn(CouriersModel::Load, {QStringLiteral("10 / 10")});
    fitColumn(CouriersModel::Stops, {QStringLiteral("20")});
    fitColumn(CouriersModel::Next,
              {QStringLiteral("%1 ME-0000 · 00:00").arg(CouriersModel::tr("drop-off"))});
    fitColumn(CouriersModel::RouteEnd, {QStringLiteral("00:00")});
    fitColumn(CouriersModel::Late, {CouriersModel::tr("%1 late · %2 at risk").arg(10).arg(10)});
    fitColumn(CouriersModel::LastSeen, {app::minutesText(600)});
}

void CouriersDock::updateCounts(const app::DispatchDigest& d) {
    int working = 0, idle = 0, warnings = 0;
    for (const app::CourierRow& c : d.couriers) {
        working += c.stopsLeft > 0;
        idle += c.phase == app::CourierPhase::Idle;
        warnings += c.lateStops > 0 || c.atRiskStops > 0 || c.phase == app::CourierPhase::Stale;
    }
    QString text = tr("%1 · %2 working · %3 idle · %4 with warnings")
                       .arg(d.couriers.size())
                       .arg(working)
                       .arg(idle)
                       .arg(warnings);
    setCounts(text);
}

}  // namespace chongal::ui

#include "ui/orders_dock.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

#include "app/models/display_text.h"
#include "app/models/orders_model.h"
#include "app/models/table_filter_proxy.h"

namespace chongal::ui {

using app::OrdersModel;

OrdersDock::OrdersDock(OrdersModel* model, QWidget* parent)
    : TableDock(tr("Orders"), model, parent) {
    setObjectName(QStringLiteral("ordersDock"));
    searchField()->setPlaceholderText(tr("Search id, district, status, courier  (Ctrl+F)"));
    addCategory(tr("Open"), OrdersModel::Active);
    addCategory(tr("Late or at risk"), OrdersModel::Warning);
    addCategory(tr("Unassigned"), OrdersModel::Unassigned);
    addCategory(tr("Delivered"), OrdersModel::Delivered);
    addCategory(tr("Locked"), OrdersModel::Locked);
    categoryBox()->setCurrentIndex(1);  // open orders: what the operator works on
    QStringList statuses;
    for (auto status : {dispatch::OrderStatus::Open, dispatch::OrderStatus::Assigned,
                        dispatch::OrderStatus::PickedUp, dispatch::OrderStatus::Delivered}) {
        app::OrderRow row;
        row.status = status;
        statuses << app::orderStatusText(row);
        row.courierId = QStringLiteral("C000");
        statuses << app::orderStatusText(row);
        row.unassigned = true;
        statuses << app::orderStatusText(row);
    }
    fitColumn(OrdersModel::Id, {QStringLiteral("ME-0000")});
    fitColumn(OrdersModel::Status, statuses);
    fitColumn(OrdersModel::Courier, {QStringLiteral("C000")});
    fitColumn(OrdersModel::Due, {QStringLiteral("00:00")});
    fitColumn(OrdersModel::Eta, {QStringLiteral("00:00")});
    fitColumn(OrdersModel::Slack, {app::signedMinutes(-59 * 60)});
    fitColumn(OrdersModel::District, {QStringLiteral("서대문구 남가좌1동")});
}

void OrdersDock::updateCounts(const app::DispatchDigest& d) {
    int open = 0, delivered = 0;
    for (const app::OrderRow& o : d.orders) {
        delivered += o.status == dispatch::OrderStatus::Delivered;
        open += o.status != dispatch::OrderStatus::Delivered &&
                o.status != dispatch::OrderStatus::Cancelled;
    }
    QString text = tr("%1 · %2 open · %3 delivered · %4 late")
                       .arg(d.orders.size())
                       .arg(open)
                       .arg(delivered)
                       .arg(d.late);
    setCounts(text);
}

}  // namespace chongal::ui

#pragma once
// The alerts dock: orders late or at risk, unassigned orders with the solver's reason, couriers
// with stale positions; most urgent first. Activating an alert selects its order or courier.
#include "ui/table_dock.h"

namespace chongal::app {
class AlertsModel;
struct DispatchDigest;
}  // namespace chongal::app

namespace chongal::ui {

class AlertsDock : public TableDock {
    Q_OBJECT
public:
    explicit AlertsDock(app::AlertsModel* model, QWidget* parent = nullptr);
    void updateCounts(const app::DispatchDigest& digest);
};

}  // namespace chongal::ui

#pragma once
// The couriers table dock: search by id, name, status or next order; filter by category; counts
// (couriers, working, idle, with warnings, shown) in the title.
#include "ui/table_dock.h"

namespace chongal::app {
class CouriersModel;
struct DispatchDigest;
}  // namespace chongal::app

namespace chongal::ui {

class CouriersDock : public TableDock {
    Q_OBJECT
public:
    explicit CouriersDock(app::CouriersModel* model, QWidget* parent = nullptr);
    void updateCounts(const app::DispatchDigest& digest);
};

}  // namespace chongal::ui

#pragma once
// The orders table dock: search by id, district, status or courier; filter by category; counts
// (orders, open, delivered, late, shown) in the title.
#include "ui/table_dock.h"

namespace chongal::app {
class OrdersModel;
struct DispatchDigest;
}  // namespace chongal::app

namespace chongal::ui {

class OrdersDock : public TableDock {
    Q_OBJECT
public:
    explicit OrdersDock(app::OrdersModel* model, QWidget* parent = nullptr);
    void updateCounts(const app::DispatchDigest& digest);
};

}  // namespace chongal::ui

#include "ui/map/map_scene.h"

#include <QCoreApplication>

namespace chongal::ui {

// Display names for tooltips; translated through the "MapScene" context.
QString toString(CourierStatus s) {
    switch (s) {
        case CourierStatus::Idle:
            return QCoreApplication::translate("MapScene", "idle");
        case CourierStatus::ToPickup:
            return QCoreApplication::translate("MapScene", "to pickup");
        case CourierStatus::ToDropoff:
            return QCoreApplication::translate("MapScene", "to drop-off");
        case CourierStatus::Offline:
            return QCoreApplication::translate("MapScene", "offline");
        case CourierStatus::Stale:
            return QCoreApplication::translate("MapScene", "position stale");
    }
    return {};
}

QString toString(OrderStatus s) {
    switch (s) {
        case OrderStatus::New:
            return QCoreApplication::translate("MapScene", "new");
        case OrderStatus::Assigned:
            return QCoreApplication::translate("MapScene", "assigned");
        case OrderStatus::PickedUp:
            return QCoreApplication::translate("MapScene", "picked up");
        case OrderStatus::Delivered:
            return QCoreApplication::translate("MapScene", "delivered");
        case OrderStatus::Cancelled:
            return QCoreApplication::translate("MapScene", "cancelled");
        case OrderStatus::Unassigned:
            return QCoreApplication::translate("MapScene", "unassigned");
    }
    return {};
}

QString toString(OrderRisk r) {
    switch (r) {
        case OrderRisk::OnTime:
            return QCoreApplication::translate("MapScene", "on time");
        case OrderRisk::AtRisk:
            return QCoreApplication::translate("MapScene", "at risk");
        case OrderRisk::Late:
            return QCoreApplication::translate("MapScene", "late");
    }
    return {};
}

}  // namespace chongal::ui

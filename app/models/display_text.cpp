#include "app/models/display_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace chongal::app {

QString clockText(Time t, int utcOffsetS) {
    if (t < 0) return QStringLiteral("—");
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(utcOffsetS))
        .toString(QStringLiteral("HH:mm"));
}

QString signedMinutes(Time seconds) {
    const Time m = seconds / 60;  // towards zero: "+0 min" until a whole minute is gained/lost
    if (m < 0) return QCoreApplication::translate("DisplayText", "−%1 min").arg(-m);
    return QCoreApplication::translate("DisplayText", "+%1 min").arg(m);
}

QString minutesText(Time seconds) {
    return QCoreApplication::translate("DisplayText", "%1 min").arg(seconds / 60);
}

QString orderStatusText(const OrderRow& row) {
    using dispatch::OrderStatus;
    switch (row.status) {
        case OrderStatus::Open:
            if (row.unassigned) return QCoreApplication::translate("DisplayText", "Unassigned");
            if (row.courierId.isEmpty()) return QCoreApplication::translate("DisplayText", "New");
            return QCoreApplication::translate("DisplayText", "Planned");
        case OrderStatus::Assigned:
            return QCoreApplication::translate("DisplayText", "Assigned");
        case OrderStatus::PickedUp:
            return QCoreApplication::translate("DisplayText", "On board");
        case OrderStatus::Delivered:
            return QCoreApplication::translate("DisplayText", "Delivered");
        case OrderStatus::Cancelled:
            return QCoreApplication::translate("DisplayText", "Cancelled");
    }
    return {};
}

QString courierPhaseText(CourierPhase phase) {
    switch (phase) {
        case CourierPhase::Idle:
            return QCoreApplication::translate("DisplayText", "Idle");
        case CourierPhase::ToPickup:
            return QCoreApplication::translate("DisplayText", "To pickup");
        case CourierPhase::ToDropoff:
            return QCoreApplication::translate("DisplayText", "To drop-off");
        case CourierPhase::Offline:
            return QCoreApplication::translate("DisplayText", "Offline");
        case CourierPhase::OffShift:
            return QCoreApplication::translate("DisplayText", "Off shift");
        case CourierPhase::Stale:
            return QCoreApplication::translate("DisplayText", "Position stale");
    }
    return {};
}

QString reasonText(solver::UnassignedReason reason) {
    using R = solver::UnassignedReason;
    switch (reason) {
        case R::NoVehicles:
            return QCoreApplication::translate("DisplayText", "no courier on shift");
        case R::TooLarge:
            return QCoreApplication::translate("DisplayText", "too large for every courier");
        case R::PickupClosesTooEarly:
            return QCoreApplication::translate("DisplayText",
                                               "no courier reaches the pickup in time");
        case R::DeliveryClosesTooEarly:
            return QCoreApplication::translate("DisplayText",
                                               "no courier reaches the drop-off in time");
        case R::ShiftTooShort:
            return QCoreApplication::translate("DisplayText",
                                               "would overrun every courier's shift");
        case R::LockedVehicleCannot:
            return QCoreApplication::translate("DisplayText", "its locked courier cannot serve it");
        case R::NoFeasiblePosition:
            return QCoreApplication::translate("DisplayText", "no room left in any route");
    }
    return {};
}

QString alertKindText(AlertKind kind) {
    switch (kind) {
        case AlertKind::Late:
            return QCoreApplication::translate("DisplayText", "Late");
        case AlertKind::Unassigned:
            return QCoreApplication::translate("DisplayText", "Unassigned");
        case AlertKind::AtRisk:
            return QCoreApplication::translate("DisplayText", "At risk");
        case AlertKind::StalePosition:
            return QCoreApplication::translate("DisplayText", "Stale position");
    }
    return {};
}

QString alertDetailText(const AlertRow& a) {
    switch (a.kind) {
        case AlertKind::Late:
            return QCoreApplication::translate("DisplayText", "late by %1")
                .arg(minutesText(a.value));
        case AlertKind::Unassigned:
            return reasonText(a.reason);
        case AlertKind::AtRisk:
            return QCoreApplication::translate("DisplayText", "%1 to spare")
                .arg(minutesText(a.value));
        case AlertKind::StalePosition:
            return QCoreApplication::translate("DisplayText", "no position for %1")
                .arg(minutesText(a.value));
    }
    return {};
}

}  // namespace chongal::app

#pragma once
// Display texts shared by the tables, the timeline and the alerts: clock times in the shift's
// zone, signed minutes, and the translated names of statuses, phases and reasons.
#include <QString>

#include "app/session/dispatch_digest.h"

namespace chongal::app {

// "00:42" in the shift's zone; "—" for -1.
QString clockText(Time t, int utcOffsetS);
// "+12 min", "−3 min" (true minus sign), rounded towards zero... of seconds.
QString signedMinutes(Time seconds);
QString minutesText(Time seconds);  // "12 min"

QString orderStatusText(const OrderRow& row);
QString courierPhaseText(CourierPhase phase);
QString reasonText(solver::UnassignedReason reason);
QString alertKindText(AlertKind kind);
QString alertDetailText(const AlertRow& alert);

}  // namespace chongal::app

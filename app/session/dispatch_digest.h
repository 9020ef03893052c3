#pragma once
// What the console shows about a shift at one moment, derived once per clock tick from the
// dispatch state and the plan being followed: one row per order and per courier, the alerts and
// the timeline rows. Models and views only display these (no dispatch rules in data() or paint).
// Rows keep the state's order (orders and couriers are only ever appended), so a model can
// compare two digests row by row.
#include <QHash>
#include <QString>
#include <vector>

#include "core/dispatch/dispatch_state.h"
#include "core/dispatch/plan.h"

namespace chongal::app {

// How an order stands against its promise (dueAt).
enum class Risk : quint8 { None, AtRisk, Late };

// Thresholds of the console's warnings, in seconds.
struct DigestRules {
    Time atRiskSlack = 5 * 60;    // planned handover less than this before the promise
    Time stalePosition = 5 * 60;  // a courier with work that has not reported for this long
    Time waitingRadiusM = 60;     // ...unless it is waiting at its next stop
};

struct OrderRow {
    QString id;
    dispatch::OrderStatus status = dispatch::OrderStatus::Open;
    bool unassigned = false;  // the plan could not place it (reason below)
    solver::UnassignedReason reason = solver::UnassignedReason::NoFeasiblePosition;
    QString courierId;  // committed courier (assigned, carrying, delivered), else the planned one
    bool planned = false;  // courierId comes from the plan only
    QString district;      // the order's address, else "<gu> <dong>" of the drop-off
    Time placedAt = 0;
    Time dueAt = 0;
    Time eta = -1;   // planned handover start; the actual one once delivered; -1 unknown
    Time slack = 0;  // dueAt - eta (negative: late); 0 when eta is unknown
    Risk risk = Risk::None;
    QString lockedTo;  // operator lock
    bool operator==(const OrderRow&) const = default;
};

enum class CourierPhase : quint8 { Idle, ToPickup, ToDropoff, Offline, Stale, OffShift };

struct CourierRow {
    QString id;
    QString name;
    CourierPhase phase = CourierPhase::Idle;
    int load = 0;  // order units on board
    int capacity = 0;
    int stopsLeft = 0;
    QString nextOrderId;  // next stop's order, empty when idle
    bool nextIsPickup = false;
    Time nextEta = -1;
    Time routeEnd = -1;  // planned end of the last stop's service, -1 when idle
    int lateStops = 0;
    int atRiskStops = 0;
    Time positionAge = 0;  // now - its last report (move, pickup, drop-off), whole minutes (as s)
    bool sequenceLocked = false;
    Time shiftEnd = 0;
    GeoPoint position;
    double headingDeg = 0.0;
    bool operator==(const CourierRow&) const = default;
};

enum class AlertKind : quint8 { Late, Unassigned, AtRisk, StalePosition };  // by urgency

struct AlertRow {
    AlertKind kind = AlertKind::AtRisk;
    QString subjectId;  // order id (late, at risk, unassigned) or courier id (stale)
    QString courierId;  // the order's courier, if any
    Time value = 0;  // seconds late (whole minutes, rounded up) / of slack / since the last report
    solver::UnassignedReason reason = solver::UnassignedReason::NoFeasiblePosition;
    bool operator==(const AlertRow&) const = default;
};

struct TimelineStop {
    QString orderId;
    bool pickup = false;
    Time arrival = 0;
    Time start = 0;
    Time departure = 0;
    Time due = -1;  // promise of a drop-off; -1 for pickups
    Risk risk = Risk::None;
    bool locked = false;         // by the operator (order lock or locked sequence)
    bool joinsPrevious = false;  // a pickup right after another pickup at the same place
};

struct TimelineRow {
    QString courierId;
    QString label;
    int colorIndex = 0;  // the courier's index: same colour on the map
    bool sequenceLocked = false;
    bool online = true;
    std::vector<TimelineStop> stops;  // stops not yet served, in visiting order
};

struct DispatchDigest {
    Time now = 0;
    long planRevision = 0;
    std::vector<OrderRow> orders;       // index = DispatchState order index
    std::vector<CourierRow> couriers;   // index = DispatchState courier index
    std::vector<AlertRow> alerts;       // most urgent first
    std::vector<TimelineRow> timeline;  // one per courier, same order as couriers
    int late = 0;
    int atRisk = 0;
    int unassigned = 0;
    int uncovered = 0;  // open orders the plan does not mention (placed after it, or a stale plan)
};

// `districts`: order id -> district text (the console looks each drop-off up once).
DispatchDigest buildDigest(const dispatch::DispatchState& state, const dispatch::Plan& plan,
                           Time now, const QHash<QString, QString>& districts,
                           const DigestRules& rules = {});

// Whether a stop has been served according to the state.
bool stopServed(const dispatch::OrderState& o, bool pickup);

}  // namespace chongal::app

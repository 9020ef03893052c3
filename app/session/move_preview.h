#pragma once
// The what-if of an operator's move, priced on the basis of the plan being followed: moving an
// order to a courier (cheapest position) or to a given place in a courier's route. Gives what a
// drag shows (ETA of the order, lateness and cost change, capacity or time-window violations,
// how many other ETAs move) and what a drop applies (the plan after the move, and for a placed
// move the stop sequence to lock).
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "app/session/solver_worker.h"
#include "core/solver/what_if.h"

namespace chongal::app {

// Why a move cannot be made.
enum class MoveBlock {
    None,
    NoPlan,  // no plan yet
    UnknownOrder,
    Done,        // delivered or cancelled
    OnBoard,     // picked up: only its own courier can deliver it
    Committed,   // its courier is already on the way to it
    NotPlanned,  // placed after the plan was made: wait for the next one
    UnknownCourier,
    CourierOffline,  // offline or off shift
    Unchanged,       // already there
};

struct MoveSpec {
    QString orderId;
    QString toCourier;
    // nullopt: the cheapest position in the courier's route. Else the key ("P:<id>", "D:<id>")
    // of the stop the dragged stop goes before; "" = the end of the route.
    std::optional<QString> beforeKey;
    bool pickupDragged = false;  // which of the order's two stops beforeKey places
};

struct MovePreview {
    MoveBlock block = MoveBlock::None;
    bool ok() const { return block == MoveBlock::None; }
    QString fromCourier;  // where the plan has the order now; empty when unassigned
    bool feasible = false;
    QString violation;  // "capacity", "time_window", "shift_end" (solver::WhatIf codes)
    Cost costDelta = 0;
    Time latenessDelta = 0;  // seconds, all stops of both routes
    Dist distanceDelta = 0;  // metres
    Time drivingDelta = 0;   // seconds of travel, both routes
    Time etaBefore = -1;     // the order's handover start before and after
    Time etaAfter = -1;
    Time dueAt = 0;
    int otherEtasChanged = 0;  // other stops whose service start moves
    Time largestShift = 0;     // the largest of those moves, signed (seconds)
    // Placed moves: the target route's stop keys up to and including the moved order's stops.
    std::vector<std::string> sequence;
    dispatch::Plan plan;  // the plan after the move (revision 0)
    PlanBasis basis;      // what that plan is in solver terms
};

MovePreview previewMove(const PlanBasis& basis, const dispatch::DispatchState& live,
                        const MoveSpec& spec);

}  // namespace chongal::app

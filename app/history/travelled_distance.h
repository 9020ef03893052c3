#pragma once
// Kilometres from the traces: what each courier drove according to its recorded fixes, from its
// start position through every fix, each hop priced as great-circle metres × `detour`.
//
// A simulated shift's trace is the simulator's straight legs, and its odometer prices them with
// the travel model's detour factor, so `simulatedDetour()` reproduces the live KPI (to rounding).
// A live GPS trace already follows the streets: use a detour of 1.
#include <string>
#include <unordered_map>

#include "app/store/position_track.h"
#include "core/dispatch/dispatch_state.h"

namespace chongal::history {

// The detour factor of the default travel model (the simulator's).
double simulatedDetour();

// Metres per courier id (couriers of `state` only; a courier without fixes drove 0 m).
std::unordered_map<std::string, double> travelledMetres(const dispatch::DispatchState& state,
                                                        const store::PositionTrack& track,
                                                        double detour);

}  // namespace chongal::history

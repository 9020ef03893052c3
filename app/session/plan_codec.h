#pragma once
// The data of a plan revision as the console stores it (the summary is the headless recorder's
// planSummaryJson, app/headless/shift_recorder.h): routes as stop keys with their planned times.
#include <string>

#include "core/dispatch/plan.h"

namespace chongal::app {

// {"revision":3,"at":...,"routes":[{"courier":"C001","stops":[["P:O0001",arrival,start,
//  lateness,locked],...]}],"unassigned":[["O0009","no_feasible_position"],...]}
std::string planDataJson(const dispatch::Plan& plan);

}  // namespace chongal::app

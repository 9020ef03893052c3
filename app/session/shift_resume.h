#pragma once
// Continuing an unfinished shift from the shift store, for the console and the headless run
// alike: the store's latest unfinished shift, the scenario it started from (re-made exactly as
// it was made, from the settings stored with the shift) and its history up to the last commit,
// for ShiftRunner::restore.
#include <QString>
#include <optional>
#include <vector>

#include "app/headless/scenario_loader.h"
#include "app/store/shift_store.h"
#include "core/dispatch/events.h"
#include "core/sim/scenario.h"

namespace chongal::app {

struct ResumePoint {
    store::ShiftInfo shift;
    ScenarioRequest request;  // the settings it was started with
    QString dispatcher;       // as started ("solver" when the store does not say)
    sim::Scenario scenario;
    // The event log, then every courier's last known position as CourierMoved (the store keeps
    // positions as a trace, not as events); its latest time is where the clock resumes.
    std::vector<dispatch::Event> history;
};

// The shift a resume continues: the most recently started unfinished one. Nullopt when there
// is none (then `error` is left empty) or the store cannot say (the reason in `error`).
std::optional<store::ShiftInfo> latestUnfinishedShift(store::ShiftStore& db, QString* error);

// Everything needed to continue `shift`; nullopt with the reason when the scenario cannot be
// made again (an import whose files are gone, say) or the store cannot be read.
std::optional<ResumePoint> loadResumePoint(store::ShiftStore& db, const store::ShiftInfo& shift,
                                           QString* error);

// The time a resumed shift's clock starts from: the latest time in `history`.
Time resumeTime(const std::vector<dispatch::Event>& history);

}  // namespace chongal::app

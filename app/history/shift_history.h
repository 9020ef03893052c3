#pragma once
// The supervisor's view of a shift store: opened READ-ONLY (review can never alter a shift), its
// shifts listed with KPIs, and one shift at a time loaded for replay and reports. KPIs come from
// replaying each shift's events and pricing its traces; both are cached for the object's life.
// Used from one thread (the store's rule).
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/history/shift_replay.h"
#include "app/history/shift_report.h"
#include "app/store/shift_store.h"

namespace chongal::history {

// One row of the shift list.
struct ShiftSummary {
    store::ShiftInfo info;
    dispatch::Kpis kpis;
    int couriersJoined = 0;
    int problems = 0;   // events the replay refused (a sound store has none)
    std::string error;  // why the shift could not be read (then the KPIs are all zero)
};

// A shift ready to show: the scrubbable replay and the report of its final state.
struct LoadedShift {
    store::ShiftInfo info;
    ShiftReplay replay;
    ShiftReport report;
    double detour = 1.0;  // applied to the traces' kilometres, see travelled_distance.h
};

class ShiftHistory {
public:
    // Fails for a missing, foreign, damaged-beyond-reading, locked or too new/old store.
    static store::Result<ShiftHistory> open(const std::string& path);

    ShiftHistory(ShiftHistory&&) noexcept = default;
    ShiftHistory& operator=(ShiftHistory&&) noexcept = default;

    const std::string& path() const { return store_.path(); }
    // The integrity check found damage: what is left is shown, with this warning.
    bool damaged() const { return store_.damaged(); }
    const std::string& warning() const { return store_.warning(); }

    const std::vector<store::ShiftInfo>& shifts() const { return shifts_; }
    std::optional<store::ShiftInfo> info(store::ShiftId id) const;

    store::Result<ShiftSummary> summary(store::ShiftId id);
    // The last shift loaded stays cached, so flipping back and forth between views is free.
    store::Result<std::shared_ptr<const LoadedShift>> load(store::ShiftId id);

    // How a shift's trace kilometres are priced: simulated shifts (a scenario name) drove the
    // travel model's straight legs; live ones (no scenario) report real streets.
    static double detourFor(const store::ShiftInfo& info);

private:
    ShiftHistory(store::ShiftStore store, std::vector<store::ShiftInfo> shifts)
        : store_(std::move(store)), shifts_(std::move(shifts)) {}

    store::ShiftStore store_;
    std::vector<store::ShiftInfo> shifts_;
    std::map<store::ShiftId, ShiftSummary> summaries_;
    std::shared_ptr<const LoadedShift> loaded_;
};

}  // namespace chongal::history

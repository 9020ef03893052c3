#include "app/history/shift_history.h"

#include "app/history/travelled_distance.h"

namespace chongal::history {

using store::Result;
using store::ShiftId;

store::Result<ShiftHistory> ShiftHistory::open(const std::string& path) {
    auto opened = store::ShiftStore::open(path, store::ShiftStore::Mode::ReadOnly);
    if (!opened) return opened.error();
    auto shifts = opened->listShifts();
    if (!shifts) return shifts.error();
    return ShiftHistory(std::move(*opened), std::move(*shifts));
}

std::optional<store::ShiftInfo> ShiftHistory::info(ShiftId id) const {
    for (const store::ShiftInfo& s : shifts_)
        if (s.id == id) return s;
    return std::nullopt;
}

double ShiftHistory::detourFor(const store::ShiftInfo& info) {
    return info.scenario.empty() ? 1.0 : simulatedDetour();
}

Result<ShiftSummary> ShiftHistory::summary(ShiftId id) {
    if (const auto it = summaries_.find(id); it != summaries_.end()) return it->second;
    if (loaded_ && loaded_->info.id == id) {
        ShiftSummary s;
        s.info = loaded_->info;
        s.kpis = loaded_->report.kpis;
        s.couriersJoined = loaded_->report.couriersJoined;
        s.problems = int(loaded_->replay.problems().size());
        return summaries_[id] = s;
    }
    const auto shift = info(id);
    if (!shift)
        return store::StoreError{store::ErrorKind::NoSuchShift,
                                 "there is no shift " + std::to_string(id) + " in " + path()};
    auto events = store_.events(id);
    if (!events) return events.error();
    auto track = store_.loadTrack(id);
    if (!track) return track.error();
    dispatch::DispatchState state;
    int problems = 0;
    for (const dispatch::Event& e : *events) problems += !state.apply(e).empty();
    const auto metres = travelledMetres(state, *track, detourFor(*shift));
    ShiftSummary s;
    s.info = *shift;
    s.kpis = dispatch::computeKpis(state, metres);
    s.couriersJoined = int(state.couriers().size());
    s.problems = problems;
    return summaries_[id] = s;
}

Result<std::shared_ptr<const LoadedShift>> ShiftHistory::load(ShiftId id) {
    if (loaded_ && loaded_->info.id == id) return loaded_;
    const auto shift = info(id);
    if (!shift)
        return store::StoreError{store::ErrorKind::NoSuchShift,
                                 "there is no shift " + std::to_string(id) + " in " + path()};
    auto events = store_.events(id);
    if (!events) return events.error();
    auto track = store_.loadTrack(id);
    if (!track) return track.error();
    auto loaded = std::make_shared<LoadedShift>();
    loaded->info = *shift;
    loaded->detour = detourFor(*shift);
    loaded->replay = ShiftReplay(std::move(*events), std::move(*track));
    const auto metres =
        travelledMetres(loaded->replay.finalState(), loaded->replay.track(), loaded->detour);
    loaded->report = makeShiftReport(loaded->replay.finalState(), metres, shift->startedAt);
    loaded_ = std::move(loaded);
    summaries_.erase(id);  // refresh from the loaded shift (same numbers, one code path)
    (void)summary(id);
    return loaded_;
}

}  // namespace chongal::history

#pragma once
// Time-window segments (Vidal et al. 2013, "A hybrid genetic algorithm with adaptive diversity
// management"): the schedule of a run of consecutive visits summarised in O(1) data, so that
// concatenating runs (what every move does) is priced in O(1).
//   duration  — minimal time from starting the first service to ending the last, waits included
//   timeWarp  — total amount by which windows are missed ("travel back in time"); 0 = feasible
//   earliest  — earliest start of the first service that achieves `duration`
//   latest    — latest start of the first service without adding time warp
#include <algorithm>

#include "core/model/units.h"

namespace chongal::solver::search {

struct TwSegment {
    Time duration = 0;
    Time timeWarp = 0;
    Time earliest = 0;
    Time latest = kNoLimit;

    static TwSegment visit(Time open, Time close, Time service) {
        return {service, 0, open, close};
    }

    // `a` then `b`, with `travel` from a's last visit to b's first.
    static TwSegment merge(const TwSegment& a, const TwSegment& b, Time travel) {
        const Time delta = a.duration - a.timeWarp + travel;
        const Time wait = std::max<Time>(b.earliest - delta - a.latest, 0);
        const Time warp = std::max<Time>(a.earliest + delta - b.latest, 0);
        return {a.duration + b.duration + travel + wait, a.timeWarp + b.timeWarp + warp,
                std::max(b.earliest - delta, a.earliest) - wait,
                std::min(b.latest - delta, a.latest) + warp};
    }
};

}  // namespace chongal::solver::search

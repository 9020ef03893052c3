#pragma once
// Plain records read from and written to the shift store.
#include <cstdint>
#include <optional>
#include <string>

#include "core/dispatch/events.h"
#include "core/model/geo.h"
#include "core/model/units.h"

namespace chongal::store {

using ShiftId = std::int64_t;
using Seq = std::int64_t;  // store-wide event sequence number, increasing in append order

struct NewShift {
    std::string name;
    Time startedAt = 0;
    int utcOffsetSeconds = 0;  // e.g. 32400 for Seoul (UTC+9)
    std::string scenario;      // e.g. "midnight-express"; empty for a live shift
    std::optional<std::int64_t> seed;
    std::string metadata;  // free text, typically JSON
};

struct ShiftInfo {
    ShiftId id = 0;
    std::string name;
    Time startedAt = 0;
    std::optional<Time> endedAt;  // empty while the shift is unfinished
    int utcOffsetSeconds = 0;
    std::string scenario;
    std::optional<std::int64_t> seed;
    std::string metadata;
    bool finished() const { return endedAt.has_value(); }
};

struct StoredEvent {
    Seq seq = 0;
    dispatch::Event event;
};

// The sequence numbers of one committed batch: first..last inclusive (empty batch: last < first).
struct SeqRange {
    Seq first = 0;
    Seq last = -1;
    std::int64_t count() const { return last - first + 1; }
};

// One GPS fix of a courier. Stored with 1e-6 degree (about 0.1 m) and 1 degree heading
// resolution, so positions read back are the quantized values.
struct PositionSample {
    std::string courierId;
    Time at = 0;
    GeoPoint position;
    double headingDeg = 0.0;  // 0 = north, clockwise, [0, 360)
};

struct PlanRevision {
    std::int64_t id = 0;
    Time at = 0;
    std::string summary;  // human/JSON summary: cost, lateness, unassigned, ...
    std::string data;     // the plan itself, opaque bytes
};

struct OperatorAction {
    std::int64_t id = 0;
    Time at = 0;
    std::string who;     // operator user name
    std::string kind;    // "drag", "lock", "undo", ...
    std::string detail;  // what exactly, typically JSON
};

struct RejectedInput {
    std::int64_t id = 0;
    Time at = 0;
    std::string source;  // feed name
    std::string raw;     // the input exactly as received (any bytes)
    std::string reason;
};

struct ShiftCounts {
    std::int64_t events = 0;
    std::int64_t orders = 0;    // distinct ids of created orders
    std::int64_t couriers = 0;  // distinct ids of couriers that joined or reported a position
    std::int64_t positionPoints = 0;
    std::int64_t positionChunks = 0;
    std::int64_t planRevisions = 0;
    std::int64_t operatorActions = 0;
    std::int64_t rejectedInputs = 0;
};

}  // namespace chongal::store

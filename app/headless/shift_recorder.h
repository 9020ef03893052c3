#pragma once
// Writes a running shift into the shift store exactly as the console does: every accepted event
// (courier positions go to the compact trace, everything else to the event log), each plan
// revision with its summary. Failures are counted and reported, never fatal to dispatching.
#include <QString>
#include <optional>

#include "app/store/shift_store.h"
#include "core/dispatch/plan.h"

namespace chongal::app {

class ShiftRecorder {
public:
    ShiftRecorder(store::ShiftStore& store, store::ShiftId shift) : store_(store), shift_(shift) {}

    void record(const std::vector<dispatch::Event>& events);
    void record(const dispatch::Plan& plan);
    long failures() const { return failures_; }
    const QString& lastError() const { return lastError_; }

private:
    void fail(const store::StoreError& e);
    store::ShiftStore& store_;
    store::ShiftId shift_;
    long failures_ = 0;
    QString lastError_;
};

// One JSON object summarising a plan (stored with each revision, shown in history).
std::string planSummaryJson(const dispatch::Plan& plan);

}  // namespace chongal::app

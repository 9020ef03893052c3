#pragma once
// The shift store on its own thread. Every ShiftStore write commits durably (fsync), which must
// never stall the GUI, and a ShiftStore is used from one thread only: so a StoreWriter lives in a
// QThread of its own and the session posts work to it in order (QMetaObject::invokeMethod,
// queued). Failures come back as the `failed` signal; later writes to a failed store are dropped.
#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "app/headless/shift_recorder.h"
#include "app/store/shift_store.h"
#include "core/dispatch/plan.h"

namespace chongal::app {

class StoreWriter : public QObject {
    Q_OBJECT
public:
    // All of these run on the writer's thread.
    void open(const QString& path, const store::NewShift& shift);
    // Opens the store and continues its unfinished shift `shiftId` (a resumed shift).
    void resume(const QString& path, qint64 shiftId);
    void appendEvents(const std::vector<dispatch::Event>& events);
    void appendPlan(const std::shared_ptr<const dispatch::Plan>& plan);
    void appendAction(Time at, const QString& who, const QString& kind, const QString& detail);
    // Marks the shift finished (no more writes) and closes the file.
    void finish(Time at);
    void close();

signals:
    void opened(qint64 shiftId, const QString& path);
    void failed(const QString& message);
    void eventsWritten(qint64 total);  // events and position samples so far

private:
    bool ready() const { return store_.has_value() && shift_ > 0; }
    void fail(const store::StoreError& e);

    std::optional<store::ShiftStore> store_;
    std::optional<ShiftRecorder>
        recorder_;  // events and positions, as the headless run stores them
    store::ShiftId shift_ = 0;
    qint64 events_ = 0;
};

}  // namespace chongal::app

#include "app/session/store_writer.h"

#include <QDir>
#include <QFileInfo>

#include "app/session/plan_codec.h"

namespace chongal::app {

void StoreWriter::fail(const store::StoreError& e) {
    emit failed(QString::fromStdString(e.message));
}

void StoreWriter::open(const QString& path, const store::NewShift& shift) {
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto opened = store::ShiftStore::open(path.toStdString(), store::ShiftStore::Mode::ReadWrite);
    if (!opened) return fail(opened.error());
    store_.emplace(std::move(opened.value()));
    auto id = store_->createShift(shift);
    if (!id) {
        fail(id.error());
        store_.reset();
        return;
    }
    shift_ = id.value();
    recorder_.emplace(*store_, shift_);
    events_ = 0;
    emit this->opened(shift_, path);
}

void StoreWriter::resume(const QString& path, qint64 shiftId) {
    close();
    auto opened = store::ShiftStore::open(path.toStdString(), store::ShiftStore::Mode::ReadWrite);
    if (!opened) return fail(opened.error());
    store_.emplace(std::move(opened.value()));
    auto shift = store_->shift(shiftId);
    if (!shift || shift->finished()) {
        // Another console may have continued (and finished) it since it was read.
        fail(shift ? store::StoreError{store::ErrorKind::ShiftFinished,
                                       "shift " + std::to_string(shiftId) + " in " +
                                           path.toStdString() + " is finished already"}
                   : shift.error());
        store_.reset();
        return;
    }
    shift_ = shiftId;
    recorder_.emplace(*store_, shift_);
    events_ = 0;
    emit this->opened(shift_, path);
}

void StoreWriter::appendEvents(const std::vector<dispatch::Event>& events) {
    if (!ready() || events.empty()) return;
    const long failuresBefore = recorder_->failures();
    recorder_->record(events);
    if (recorder_->failures() > failuresBefore) return emit failed(recorder_->lastError());
    events_ += qint64(events.size());
    emit eventsWritten(events_);
}

void StoreWriter::appendPlan(const std::shared_ptr<const dispatch::Plan>& plan) {
    if (!ready()) return;
    // ShiftRecorder stores the summary only; the console keeps the routes too.
    auto r = store_->appendPlanRevision(shift_, plan->createdAt, planSummaryJson(*plan),
                                        planDataJson(*plan));
    if (!r) fail(r.error());
}

void StoreWriter::appendAction(Time at, const QString& who, const QString& kind,
                               const QString& detail) {
    if (!ready()) return;
    auto r = store_->appendOperatorAction(shift_, at, who.toStdString(), kind.toStdString(),
                                          detail.toStdString());
    if (!r) fail(r.error());
}

void StoreWriter::finish(Time at) {
    if (ready()) {
        auto r = store_->finishShift(shift_, at);
        if (!r) fail(r.error());
    }
    close();
}

void StoreWriter::close() {
    recorder_.reset();
    store_.reset();
    shift_ = 0;
}

}  // namespace chongal::app

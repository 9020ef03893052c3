#include "app/headless/shift_recorder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace chongal::app {

void ShiftRecorder::fail(const store::StoreError& e) {
    ++failures_;
    lastError_ = QString::fromStdString(e.message);
}

void ShiftRecorder::record(const std::vector<dispatch::Event>& events) {
    std::vector<dispatch::Event> log;
    std::vector<store::PositionSample> trace;
    log.reserve(events.size());
    for (const dispatch::Event& e : events) {
        if (const auto* moved = std::get_if<dispatch::CourierMoved>(&e.body))
            trace.push_back({moved->courierId, e.at, moved->position, moved->headingDeg});
        else
            log.push_back(e);
    }
    if (!log.empty())
        if (auto r = store_.append(shift_, log); !r) fail(r.error());
    if (!trace.empty())
        if (auto r = store_.appendPositions(shift_, trace); !r) fail(r.error());
}

std::string planSummaryJson(const dispatch::Plan& plan) {
    int used = 0;
    for (const auto& r : plan.routes) used += !r.stops.empty();
    const QJsonObject o{{"revision", qint64(plan.revision)},
                        {"couriers_used", used},
                        {"unassigned", int(plan.unassigned.size())},
                        {"late_stops", plan.summary.lateStops},
                        {"lateness_s", qint64(plan.summary.lateness)},
                        {"metres", qint64(plan.summary.distance)},
                        {"cost", qint64(plan.summary.cost)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

void ShiftRecorder::record(const dispatch::Plan& plan) {
    if (auto r = store_.appendPlanRevision(shift_, plan.createdAt, planSummaryJson(plan), {}); !r)
        fail(r.error());
}

}  // namespace chongal::app

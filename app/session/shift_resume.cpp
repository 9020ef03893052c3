#include "app/session/shift_resume.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

#include "app/session/scenario_source.h"

namespace chongal::app {

namespace {

template <class T>
std::optional<T> fail(QString* error, const QString& why) {
    if (error) *error = why;
    return std::nullopt;
}

bool readHistory(store::ShiftStore& db, store::ShiftId id, std::vector<dispatch::Event>& out,
                 QString* error) {
    auto events = db.events(id);
    if (!events) {
        if (error) *error = QString::fromStdString(events.error().message);
        return false;
    }
    out = std::move(*events);
    const Time last = resumeTime(out);
    auto positions = db.positionsAt(id, last + 24 * 3600);
    if (!positions) {
        if (error) *error = QString::fromStdString(positions.error().message);
        return false;
    }
    for (const store::PositionSample& p : *positions)
        out.push_back({std::max(last, p.at), "restore",
                       dispatch::CourierMoved{p.courierId, p.position, p.headingDeg}});
    return true;
}

// The scenario, made again from the request it was made with. The headless run and the console
// make shifts with the same code (loadScenario); the headless run records its request
// ("orders_count", "dispatcher", files), the console "orders" and "fleet" of its generator
// settings, or the imported files.
std::optional<sim::Scenario> remake(const ScenarioRequest& rq, QString* error) {
    if (rq.ordersFile.isEmpty() && !scenarioKind(rq.scenario))
        return fail<sim::Scenario>(
            error,
            QStringLiteral("the shift's scenario (%1) cannot be made again").arg(rq.scenario));
    QStringList problems;
    auto s = loadScenario(rq, &problems);
    if (!s) return fail<sim::Scenario>(error, problems.join(QStringLiteral("; ")));
    return s;
}

}  // namespace

Time resumeTime(const std::vector<dispatch::Event>& history) {
    Time last = 0;
    for (const dispatch::Event& e : history) last = std::max(last, e.at);
    return last;
}

std::optional<store::ShiftInfo> latestUnfinishedShift(store::ShiftStore& db, QString* error) {
    auto open = db.unfinishedShifts();
    if (!open) return fail<store::ShiftInfo>(error, QString::fromStdString(open.error().message));
    if (error) error->clear();
    if (open->empty()) return std::nullopt;
    // Ids grow with creation: the last one is the shift started most recently.
    return *std::max_element(open->begin(), open->end(),
                             [](const auto& a, const auto& b) { return a.id < b.id; });
}

std::optional<ResumePoint> loadResumePoint(store::ShiftStore& db, const store::ShiftInfo& shift,
                                           QString* error) {
    ResumePoint p;
    p.shift = shift;
    const QJsonObject meta =
        QJsonDocument::fromJson(QByteArray::fromStdString(shift.metadata)).object();
    ScenarioRequest& rq = p.request;
    rq.scenario = QString::fromStdString(shift.scenario);
    rq.seed = std::uint64_t(shift.seed.value_or(1));
    rq.fleet = meta.value(QStringLiteral("fleet")).toInt(rq.fleet);
    rq.orders = meta.value(QStringLiteral("orders_count"))
                    .toInt(meta.value(QStringLiteral("orders")).toInt(rq.orders));
    rq.ordersFile = meta.value(QStringLiteral("orders_file")).toString();
    rq.couriersFile = meta.value(QStringLiteral("couriers_file")).toString();
    p.dispatcher = meta.value(QStringLiteral("dispatcher")).toString(QStringLiteral("solver"));

    auto scenario = remake(rq, error);
    if (!scenario)
        return fail<ResumePoint>(
            error, QStringLiteral("cannot continue shift %1 (%2): %3")
                       .arg(shift.id)
                       .arg(QString::fromStdString(shift.name), error ? *error : QString()));
    p.scenario = std::move(*scenario);
    if (!readHistory(db, shift.id, p.history, error)) return std::nullopt;
    return p;
}

}  // namespace chongal::app

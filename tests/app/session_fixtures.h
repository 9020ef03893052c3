#pragma once
// Small, fast shifts for the console's tests: Midnight Express on the repository's bundled Seoul
// data (resources/), a few dozen orders and couriers, solver budgets of a fraction of a second.
#include <QString>
#include <QStringList>
#include <optional>

#include "app/session/dispatch_session.h"
#include "app/session/scenario_source.h"
#include "core/sim/scenario_inputs.h"

namespace chongal::testing {

inline const sim::ScenarioInputs& bundledInputs() {
    static const sim::ScenarioInputs inputs = [] {
        std::string error;
        auto in = sim::loadScenarioInputs(CHONGAL_SOURCE_DIR "/resources", &error);
        if (!in) qFatal("cannot load the bundled Seoul data: %s", error.c_str());
        return std::move(*in);
    }();
    return inputs;
}

inline sim::Scenario smallShift(int orders = 60, int fleet = 12, std::uint64_t seed = 1) {
    app::ScenarioSpec spec;
    spec.seed = seed;
    spec.orders = orders;
    spec.fleet = fleet;
    QString error;
    auto s = app::makeScenario(spec, bundledInputs(), &error);
    if (!s) qFatal("cannot make the test scenario: %s", qPrintable(error));
    return std::move(*s);
}

inline app::SessionOptions fastOptions(const QString& storePath = {}) {
    app::SessionOptions o;
    o.firstPlanSeconds = 0.3;
    o.replanSeconds = 0.15;
    o.streamIntervalMs = 50;
    o.tickMs = 10;
    o.speed = 60;
    o.storePath = storePath;
    o.operatorName = QStringLiteral("tester");
    return o;
}

inline app::ShiftLabel testLabel() {
    return {QStringLiteral("test shift"), QStringLiteral("midnight-express"), 1,
            QStringLiteral("{}")};
}

// The courier the session's plan gives an order to (empty when none does).
inline QString plannedCourier(const app::DispatchSession& s, const QString& orderId) {
    for (const dispatch::CourierRoute& r : s.plan().routes)
        for (const dispatch::PlannedStop& st : r.stops)
            if (QString::fromStdString(st.orderId) == orderId)
                return QString::fromStdString(r.courierId);
    return {};
}

// Makes the plan being followed outdated: the feed reports an open order planned on one courier
// (`planned`) picked up by another online courier (`carrier`). Ids stay empty when the shift has
// no such pair; `rejected` lists why the session refused the report.
struct PickupByAnother {
    QString order, planned, carrier;
    QStringList rejected;
};
inline PickupByAnother reportPickupByAnotherCourier(app::DispatchSession& s) {
    PickupByAnother p;
    for (const app::OrderRow& r : s.digest().orders)
        if (p.order.isEmpty() && r.status == dispatch::OrderStatus::Open && r.planned) {
            p.order = r.id;
            p.planned = r.courierId;
        }
    for (const app::CourierRow& c : s.digest().couriers)
        if (p.carrier.isEmpty() && c.id != p.planned && c.phase != app::CourierPhase::Offline)
            p.carrier = c.id;
    if (p.order.isEmpty() || p.carrier.isEmpty()) return p;
    // As a courier app reports it: the carrier at the order's pickup, then the pickup itself
    // (it left its own plan to take an order planned for another courier).
    const std::string order = p.order.toStdString(), carrier = p.carrier.toStdString();
    const GeoPoint pickup = s.state().order(order)->order.pickup;
    p.rejected = s.inject({{0, "feed:courier-app", dispatch::CourierMoved{carrier, pickup, 0.0}},
                           {0, "feed:courier-app", dispatch::PickedUp{order, carrier}}},
                          "feed", "{}");
    return p;
}

}  // namespace chongal::testing

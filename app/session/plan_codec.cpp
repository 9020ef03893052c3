#include "app/session/plan_codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/dispatch/dispatch_state.h"

namespace chongal::app {

namespace {

std::string compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

}  // namespace

std::string planDataJson(const dispatch::Plan& plan) {
    QJsonArray routes;
    for (const dispatch::CourierRoute& r : plan.routes) {
        if (r.stops.empty()) continue;
        QJsonArray stops;
        for (const dispatch::PlannedStop& s : r.stops)
            stops.append(QJsonArray{QString::fromStdString(dispatch::stopKey(s.orderId, s.pickup)),
                                    qint64(s.arrival), qint64(s.start), qint64(s.lateness),
                                    s.locked});
        routes.append(QJsonObject{{"courier", QString::fromStdString(r.courierId)},
                                  {"metres", qint64(r.metres)},
                                  {"stops", stops}});
    }
    QJsonArray unassigned;
    for (const dispatch::UnassignedOrder& u : plan.unassigned)
        unassigned.append(QJsonArray{QString::fromStdString(u.orderId),
                                     QString::fromLatin1(solver::reasonCode(u.reason))});
    return compact({{"revision", qint64(plan.revision)},
                    {"at", qint64(plan.createdAt)},
                    {"routes", routes},
                    {"unassigned", unassigned}});
}

}  // namespace chongal::app

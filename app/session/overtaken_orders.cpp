#include "app/session/overtaken_orders.h"

#include <unordered_map>

namespace chongal::app {

using dispatch::OrderStatus;

std::vector<std::string> overtakenOrders(const dispatch::Plan& plan,
                                         const dispatch::DispatchState& basis,
                                         const dispatch::DispatchState& now) {
    std::vector<std::string> out;
    if (now.eventCount() == basis.eventCount()) return out;  // nothing happened since
    // Who the plan gives each order to ("" = left out).
    std::unordered_map<std::string, const std::string*> plannedFor;
    for (const dispatch::CourierRoute& r : plan.routes)
        for (const dispatch::PlannedStop& st : r.stops)
            plannedFor.emplace(st.orderId, &r.courierId);
    static const std::string kNobody;
    for (const dispatch::UnassignedOrder& u : plan.unassigned)
        plannedFor.emplace(u.orderId, &kNobody);

    for (const dispatch::OrderState& o : now.orders()) {
        if (o.status != OrderStatus::Assigned && o.status != OrderStatus::PickedUp) continue;
        const auto planned = plannedFor.find(o.order.id);
        if (planned == plannedFor.end() || *planned->second == o.courierId) continue;
        const dispatch::OrderState* then = basis.order(o.order.id);
        if (then && then->status == o.status && then->courierId == o.courierId)
            continue;  // the search knew (e.g. an onboard order its carrier cannot deliver)
        out.push_back(o.order.id);
    }
    return out;
}

}  // namespace chongal::app

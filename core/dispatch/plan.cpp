#include "core/dispatch/plan.h"

namespace chongal::dispatch {

const CourierRoute* Plan::routeOf(const std::string& courierId) const {
    for (const CourierRoute& r : routes)
        if (r.courierId == courierId) return &r;
    return nullptr;
}

}  // namespace chongal::dispatch

#include "app/history/history_csv.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>

#include "core/io/csv.h"
#include "core/io/iso_time.h"

namespace chongal::history {

using dispatch::OrderState;
using dispatch::OrderStatus;

const std::vector<std::string>& ordersCsvColumns() {
    static const std::vector<std::string> columns{
        "order_id", "status",   "courier_id",   "courier_name", "placed_at",
        "ready_at", "due_at",   "picked_up_at", "delivered_at", "delivery_min",
        "on_time",  "late_min", "customer",     "address"};
    return columns;
}

const std::vector<std::string>& couriersCsvColumns() {
    static const std::vector<std::string> columns{
        "courier_id",      "courier_name", "delivered", "on_time",           "late",
        "on_time_rate",    "undelivered",  "km",        "first_delivery_at", "last_delivery_at",
        "avg_delivery_min"};
    return columns;
}

namespace {

std::string timeField(Time t, int utcOffsetS) {
    return t < 0 ? std::string() : io::formatIsoTime(t, utcOffsetS);
}

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string saveWith(const std::string& path, const std::function<void(std::ostream&)>& write) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + path + ": " + std::strerror(errno);
    out << "\xEF\xBB\xBF";
    write(out);
    out.flush();
    if (!out) return "cannot write " + path + ": " + std::strerror(errno);
    return {};
}

}  // namespace

void writeOrdersCsv(std::ostream& out, const dispatch::DispatchState& state, int utcOffsetS) {
    io::writeCsvRecord(out, ordersCsvColumns());
    for (const OrderState& o : state.orders()) {
        const dispatch::CourierState* c =
            o.courierId.empty() ? nullptr : state.courier(o.courierId);
        const bool delivered = o.status == OrderStatus::Delivered;
        const Time late = delivered ? std::max<Time>(0, o.deliveredAt - o.order.dueAt) : 0;
        io::writeCsvRecord(
            out,
            {o.order.id, dispatch::statusCode(o.status), o.courierId,
             c ? c->courier.name : std::string(), timeField(o.order.placedAt, utcOffsetS),
             timeField(o.order.readyAt, utcOffsetS), timeField(o.order.dueAt, utcOffsetS),
             timeField(o.pickedUpAt, utcOffsetS), timeField(o.deliveredAt, utcOffsetS),
             delivered ? fixed(double(o.deliveredAt - o.order.placedAt) / 60.0, 1) : "",
             delivered ? (o.onTime() ? "1" : "0") : "",
             delivered ? fixed(double(late) / 60.0, 1) : "", o.order.customer, o.order.address});
    }
}

void writeCouriersCsv(std::ostream& out, const ShiftReport& report, int utcOffsetS) {
    io::writeCsvRecord(out, couriersCsvColumns());
    for (const CourierSummary& c : report.couriers)
        io::writeCsvRecord(
            out,
            {c.id, c.name, std::to_string(c.delivered), std::to_string(c.onTime),
             std::to_string(c.late), fixed(c.onTimeRate(), 3), std::to_string(c.undelivered),
             fixed(c.km, 2), timeField(c.firstDelivery, utcOffsetS),
             timeField(c.lastDelivery, utcOffsetS), c.delivered ? fixed(c.avgDeliveryMin, 1) : ""});
}

std::string saveOrdersCsv(const std::string& path, const dispatch::DispatchState& state,
                          int utcOffsetS) {
    return saveWith(path, [&](std::ostream& out) { writeOrdersCsv(out, state, utcOffsetS); });
}

std::string saveCouriersCsv(const std::string& path, const ShiftReport& report, int utcOffsetS) {
    return saveWith(path, [&](std::ostream& out) { writeCouriersCsv(out, report, utcOffsetS); });
}

}  // namespace chongal::history

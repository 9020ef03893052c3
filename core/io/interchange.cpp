#include "core/io/interchange.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace chongal::io {

namespace {

std::optional<std::int64_t> parseInteger(std::string_view text) {
    text = trimBlanks(text);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

constexpr std::int64_t kMaxLoad = std::numeric_limits<Load>::max();
constexpr std::int64_t kDayS = 86'400;

}  // namespace

std::string_view trimBlanks(std::string_view s) {
    const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return s;
}

std::optional<std::string_view> TextRecord::get(std::string_view name) const {
    for (const auto& [key, value] : fields)
        if (key == name) {
            const std::string_view v = trimBlanks(value);
            if (v.empty()) return std::nullopt;
            // Text fields keep their inner spacing; only surrounding blanks go.
            return v;
        }
    return std::nullopt;
}

std::optional<std::string_view> FieldReader::text(std::string_view name, bool required) {
    const auto value = record_.get(name);
    if (!value && required) problem("missing " + std::string(name));
    return value;
}

std::optional<double> FieldReader::number(std::string_view name, bool required) {
    const auto value = text(name, required);
    if (!value) return std::nullopt;
    const auto n = parseNumber(*value);
    if (!n) problem(std::string(name) + " is not a number: '" + std::string(*value) + "'");
    return n;
}

std::optional<double> FieldReader::coordinate(std::string_view name, bool required, double limit) {
    const auto v = number(name, required);
    if (v && std::abs(*v) > limit) {
        problem(std::string(name) + " out of range [-" + formatNumber(limit) + ", " +
                formatNumber(limit) + "]: " + formatNumber(*v));
        return std::nullopt;
    }
    return v;
}

std::optional<std::int64_t> FieldReader::integer(std::string_view name, bool required,
                                                 std::int64_t lo, std::int64_t hi,
                                                 const char* rangeText) {
    const auto value = text(name, required);
    if (!value) return std::nullopt;
    const auto n = parseInteger(*value);
    if (!n) {
        problem(std::string(name) + " is not an integer: '" + std::string(*value) + "'");
    } else if (*n < lo || *n > hi) {
        problem(std::string(name) + " must be " + rangeText + ": " + std::to_string(*n));
        return std::nullopt;
    }
    return n;
}

std::optional<ZonedTime> FieldReader::time(std::string_view name, bool required) {
    const auto value = text(name, required);
    if (!value) return std::nullopt;
    std::string why;
    const auto t = parseIsoTime(*value, &why);
    if (!t) problem(std::string(name) + ": " + why);
    return t;
}

bool parseRecord(const TextRecord& record, Order& out, std::vector<std::string>& problems,
                 int& offset) {
    FieldReader r(record, problems);
    const auto id = r.text("order_id", true);
    const auto pLat = r.coordinate("pickup_lat", true, 90);
    const auto pLon = r.coordinate("pickup_lon", true, 180);
    const auto dLat = r.coordinate("dropoff_lat", true, 90);
    const auto dLon = r.coordinate("dropoff_lon", true, 180);
    const auto ready = r.time("ready_at", true);
    const auto due = r.time("due_at", true);
    const auto size = r.integer("size", true, 1, kMaxLoad, "a positive integer");
    const auto pickupService =
        r.integer("pickup_service_s", false, 0, kDayS, "between 0 and 86400 seconds");
    const auto dropoffService =
        r.integer("dropoff_service_s", false, 0, kDayS, "between 0 and 86400 seconds");
    const auto placed = r.time("placed_at", false);
    if (ready && due && ready->epoch >= due->epoch) r.problem("ready_at is not before due_at");
    if (placed && due && placed->epoch >= due->epoch) r.problem("placed_at is not before due_at");
    if (!r.ok()) return false;

    out = Order{};
    out.id = std::string(*id);
    out.pickup = {*pLat, *pLon};
    out.dropoff = {*dLat, *dLon};
    out.readyAt = ready->epoch;
    out.dueAt = due->epoch;
    out.placedAt = placed ? placed->epoch : 0;
    out.size = Load(*size);
    if (pickupService) out.pickupServiceS = *pickupService;
    if (dropoffService) out.dropoffServiceS = *dropoffService;
    out.customer = std::string(r.text("customer", false).value_or(""));
    out.address = std::string(r.text("address", false).value_or(""));
    out.note = std::string(r.text("note", false).value_or(""));
    offset = ready->utcOffsetS;
    return true;
}

bool parseRecord(const TextRecord& record, Courier& out, std::vector<std::string>& problems,
                 int& offset) {
    FieldReader r(record, problems);
    const auto id = r.text("courier_id", true);
    const auto lat = r.coordinate("start_lat", true, 90);
    const auto lon = r.coordinate("start_lon", true, 180);
    const auto start = r.time("shift_start", true);
    const auto end = r.time("shift_end", true);
    const auto capacity = r.integer("capacity", true, 1, kMaxLoad, "a positive integer");
    const bool hasEndLat = record.get("end_lat").has_value();
    const bool hasEndLon = record.get("end_lon").has_value();
    const auto endLat = r.coordinate("end_lat", false, 90);
    const auto endLon = r.coordinate("end_lon", false, 180);
    const auto speed = r.number("speed_kmh", false);
    if (hasEndLat != hasEndLon) r.problem("end_lat and end_lon must be given together");
    if (speed && !(*speed > 0)) r.problem("speed_kmh must be positive: " + formatNumber(*speed));
    if (start && end && end->epoch <= start->epoch) r.problem("shift_end is not after shift_start");
    if (!r.ok()) return false;

    out = Courier{};
    out.id = std::string(*id);
    out.name = std::string(r.text("name", false).value_or(""));
    out.start = {*lat, *lon};
    if (endLat && endLon) out.end = GeoPoint{*endLat, *endLon};
    out.shiftStart = start->epoch;
    out.shiftEnd = end->epoch;
    out.capacity = Load(*capacity);
    if (speed) out.speedKmh = *speed;
    offset = start->utcOffsetS;
    return true;
}

std::string missingRequired(std::span<const FieldSpec> specs,
                            const std::vector<std::string>& header) {
    std::string missing;
    for (const FieldSpec& spec : specs) {
        if (!spec.required) continue;
        bool found = false;
        for (const std::string& h : header) found = found || trimBlanks(h) == spec.name;
        if (!found) missing += (missing.empty() ? "" : ", ") + std::string(spec.name);
    }
    return missing;
}

std::vector<std::string> orderCells(const Order& o, int utcOffsetS) {
    return {o.id,
            formatNumber(o.pickup.lat),
            formatNumber(o.pickup.lon),
            formatNumber(o.dropoff.lat),
            formatNumber(o.dropoff.lon),
            formatIsoTime(o.readyAt, utcOffsetS),
            formatIsoTime(o.dueAt, utcOffsetS),
            std::to_string(o.size),
            std::to_string(o.pickupServiceS),
            std::to_string(o.dropoffServiceS),
            o.placedAt == 0 ? std::string() : formatIsoTime(o.placedAt, utcOffsetS),
            o.customer,
            o.address,
            o.note};
}

std::vector<std::string> courierCells(const Courier& c, int utcOffsetS) {
    return {c.id,
            formatNumber(c.start.lat),
            formatNumber(c.start.lon),
            formatIsoTime(c.shiftStart, utcOffsetS),
            formatIsoTime(c.shiftEnd, utcOffsetS),
            std::to_string(c.capacity),
            c.end ? formatNumber(c.end->lat) : std::string(),
            c.end ? formatNumber(c.end->lon) : std::string(),
            formatNumber(c.speedKmh),
            c.name};
}

std::string formatNumber(double value) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::string("nan");
}

std::optional<double> parseNumber(std::string_view text) {
    text = trimBlanks(text);
    if (text.size() > 1 && text.front() == '+' && text[1] != '-') text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] =
        std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::general);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty() ||
        !std::isfinite(value))
        return std::nullopt;
    return value;
}

}  // namespace chongal::io

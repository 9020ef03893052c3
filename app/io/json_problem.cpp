#include "app/io/json_problem.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

#include "app/io/interchange_jsonl.h"
#include "core/io/iso_time.h"

namespace chongal::io {

namespace {

// The array as JSON lines, so the interchange reader (and its rules) does the validation.
template <class Read>
auto readArray(const QJsonValue& value, const char* key, Read read, std::vector<std::string>* errors) {
    QByteArray lines;
    for (const QJsonValue& item : value.toArray())
        lines += QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact) + '\n';
    QBuffer buffer(&lines);
    buffer.open(QIODevice::ReadOnly);
    auto result = read(buffer);
    for (const auto& e : result.errors)
        errors->push_back(std::string(key) + "[" + std::to_string(e.row - 1) + "]: " + e.message);
    return result;
}

}  // namespace

std::optional<JsonProblem> readJsonProblem(const QString& path, std::vector<std::string>* errors) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->push_back(path.toStdString() + ": cannot open");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        errors->push_back(path.toStdString() + ": not a JSON object (" +
                          parseError.errorString().toStdString() + " at offset " +
                          std::to_string(parseError.offset) + ")");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    for (const char* key : {"orders", "couriers"})
        if (!root.value(key).isArray()) errors->push_back(std::string("missing array \"") + key + "\"");
    if (!errors->empty()) return std::nullopt;

    const auto orders = readArray(root.value("orders"), "orders", [](QIODevice& d) { return readOrdersJsonl(d); }, errors);
    const auto couriers = readArray(root.value("couriers"), "couriers", [](QIODevice& d) { return readCouriersJsonl(d); }, errors);
    if (!errors->empty()) return std::nullopt;
    if (couriers.items.empty()) {
        errors->push_back("no couriers");
        return std::nullopt;
    }

    JsonProblem p;
    p.name = root.value("name").toString(QFileInfo(path).completeBaseName()).toStdString();
    const QJsonObject travel = root.value("travel").toObject();
    const double detour = travel.value("detour").toDouble(1.35);
    const double speed = travel.value("speed_kmh").toDouble(22.0);
    if (detour < 1.0 || speed <= 0) {
        errors->push_back("travel: detour must be >= 1 and speed_kmh > 0");
        return std::nullopt;
    }
    p.travel = std::make_unique<travel::GreatCircleModel>(detour, speed);

    Time now = couriers.items.front().shiftStart;
    for (const Courier& c : couriers.items) now = std::min(now, c.shiftStart);
    if (root.contains("now")) {
        std::string why;
        const auto parsed = parseIsoTime(root.value("now").toString().toStdString(), &why);
        if (!parsed) {
            errors->push_back("now: " + why);
            return std::nullopt;
        }
        now = parsed->epoch;
    }
    for (const Courier& c : couriers.items)
        p.state.apply({now, "import", dispatch::CourierJoined{c}});
    for (const Order& o : orders.items)
        if (const std::string why = p.state.apply({now, "import", dispatch::OrderCreated{o}}); !why.empty())
            errors->push_back("orders: " + why);
    if (!errors->empty()) return std::nullopt;
    p.snapshot = dispatch::buildSnapshot(p.state, *p.travel, now);
    p.snapshot.problem.name = p.name;
    return p;
}

}  // namespace chongal::io

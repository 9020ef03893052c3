#include "app/headless/scenario_loader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <sstream>

#include "app/io/interchange_jsonl.h"
#include "core/io/interchange_csv.h"
#include "core/sim/midnight_express.h"
#include "core/sim/on_demand.h"

namespace chongal::app {

namespace {

std::optional<std::string> resourceText(const QString& path, QStringList* errors) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (errors) errors->append(QString("missing bundled resource %1").arg(path));
        return std::nullopt;
    }
    return f.readAll().toStdString();
}

template <class T>
void report(const io::ImportResult<T>& r, const QString& file, QStringList* errors) {
    if (!errors) return;
    for (const auto& e : r.errors)
        errors->append(QString("%1 row %2: %3").arg(file).arg(e.row).arg(QString::fromStdString(e.message)));
}

bool isJsonLines(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "jsonl" || suffix == "json" || suffix == "ndjson";
}

std::optional<sim::Scenario> importScenario(const ScenarioRequest& rq, QStringList* errors) {
    const auto orders = isJsonLines(rq.ordersFile) ? io::readOrdersJsonlFile(rq.ordersFile)
                                                   : io::readOrdersCsvFile(rq.ordersFile.toStdString());
    const auto couriers = isJsonLines(rq.couriersFile)
                              ? io::readCouriersJsonlFile(rq.couriersFile)
                              : io::readCouriersCsvFile(rq.couriersFile.toStdString());
    report(orders, rq.ordersFile, errors);
    report(couriers, rq.couriersFile, errors);
    if (orders.items.empty() || couriers.items.empty()) return std::nullopt;
    sim::Scenario s;
    s.name = QFileInfo(rq.ordersFile).fileName().toStdString();
    s.orders = orders.items;
    s.couriers = couriers.items;
    s.start = s.couriers.front().shiftStart;
    for (const Courier& c : s.couriers) s.start = std::min(s.start, c.shiftStart);
    for (const Order& o : s.orders) s.start = std::min(s.start, o.placedAt > 0 ? o.placedAt : o.readyAt);
    return s;
}

}  // namespace

std::optional<sim::Scenario> loadScenario(const ScenarioRequest& rq, QStringList* errors) {
    if (!rq.ordersFile.isEmpty() || !rq.couriersFile.isEmpty()) {
        if (rq.ordersFile.isEmpty() || rq.couriersFile.isEmpty()) {
            if (errors) errors->append("--orders and --couriers go together");
            return std::nullopt;
        }
        return importScenario(rq, errors);
    }
    const auto dongsText = resourceText(":/geo/seoul_dongs.tsv", errors);
    const auto hubsText = resourceText(":/scenarios/midnight_hubs.csv", errors);
    if (!dongsText || !hubsText) return std::nullopt;
    std::istringstream dongsIn(*dongsText), hubsIn(*hubsText);
    const spatial::ZoneSet dongs = spatial::ZoneSet::fromTsv(dongsIn);
    const auto hubs = sim::readHubsCsv(hubsIn);
    std::string why;
    std::optional<sim::Scenario> s;
    if (rq.scenario == "midnight-express") {
        sim::MidnightExpressParams p;
        p.seed = rq.seed;
        p.fleet = rq.fleet;
        p.orders = rq.orders;
        s = sim::generateMidnightExpress(dongs, hubs.items, p, &why);
    } else if (rq.scenario == "on-demand") {
        sim::OnDemandParams p;
        p.seed = rq.seed;
        p.couriers = rq.fleet;
        s = sim::generateOnDemandDay(dongs, hubs.items, p, &why);
    } else {
        why = "unknown scenario " + rq.scenario.toStdString() + " (midnight-express, on-demand)";
    }
    if (!s && errors) errors->append(QString::fromStdString(why));
    return s;
}

}  // namespace chongal::app

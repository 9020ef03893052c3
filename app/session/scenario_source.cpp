#include "app/session/scenario_source.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "app/io/interchange_jsonl.h"
#include "core/io/interchange_csv.h"
#include "core/sim/midnight_express.h"
#include "core/sim/on_demand.h"

namespace chongal::app {

namespace {

std::optional<std::string> readResource(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("%1: cannot open (%2)").arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll().toStdString();
}

template <class T>
std::optional<T> fail(QString* error, const QString& why) {
    if (error) *error = why;
    return std::nullopt;
}

}  // namespace

std::optional<sim::ScenarioInputs> loadBundledInputs(QString* error) {
    const QString dongsPath = QStringLiteral(":/geo/seoul_dongs.tsv");
    const QString hubsPath = QStringLiteral(":/scenarios/midnight_hubs.csv");
    const auto dongsText = readResource(dongsPath, error);
    const auto hubsText = dongsText ? readResource(hubsPath, error) : std::nullopt;
    if (!hubsText) return std::nullopt;
    std::istringstream dongsIn(*dongsText), hubsIn(*hubsText);
    std::vector<spatial::ZoneLoadError> zoneErrors;
    sim::ScenarioInputs inputs{spatial::ZoneSet::fromTsv(dongsIn, &zoneErrors), {}};
    if (!zoneErrors.empty())
        return fail<sim::ScenarioInputs>(
            error, QStringLiteral("%1:%2: %3")
                       .arg(dongsPath)
                       .arg(zoneErrors.front().line)
                       .arg(QString::fromStdString(zoneErrors.front().message)));
    sim::HubImport hubs = sim::readHubsCsv(hubsIn);
    if (!hubs.errors.empty())
        return fail<sim::ScenarioInputs>(
            error, QStringLiteral("%1:%2: %3")
                       .arg(hubsPath)
                       .arg(hubs.errors.front().row)
                       .arg(QString::fromStdString(hubs.errors.front().message)));
    if (inputs.dongs.zones().empty() || hubs.items.empty())
        return fail<sim::ScenarioInputs>(error, QStringLiteral("bundled Seoul data is empty"));
    inputs.hubs = std::move(hubs.items);
    return inputs;
}

ScenarioSpec defaultSpec(ScenarioKind kind) {
    ScenarioSpec s;
    s.kind = kind;
    if (kind == ScenarioKind::OnDemand) {
        const sim::OnDemandParams p;
        s.orders =
            int(std::lround(std::accumulate(p.ordersPerHour.begin(), p.ordersPerHour.end(), 0.0)));
        s.fleet = 160;
    }
    return s;
}

std::optional<ScenarioKind> scenarioKind(const QString& code) {
    if (code == QLatin1String("midnight-express") || code == QLatin1String("midnight"))
        return ScenarioKind::MidnightExpress;
    if (code == QLatin1String("on-demand")) return ScenarioKind::OnDemand;
    return std::nullopt;
}

QString scenarioCode(ScenarioKind kind) {
    return kind == ScenarioKind::MidnightExpress ? QStringLiteral("midnight-express")
                                                 : QStringLiteral("on-demand");
}

std::optional<sim::Scenario> makeScenario(const ScenarioSpec& spec,
                                          const sim::ScenarioInputs& inputs, QString* error) {
    std::string why;
    std::optional<sim::Scenario> s;
    if (spec.kind == ScenarioKind::MidnightExpress) {
        sim::MidnightExpressParams p;
        p.seed = spec.seed;
        p.orders = spec.orders;
        p.fleet = spec.fleet;
        s = sim::generateMidnightExpress(inputs.dongs, inputs.hubs, p, &why);
    } else {
        sim::OnDemandParams p;
        p.seed = spec.seed;
        p.couriers = spec.fleet;
        const double total = std::accumulate(p.ordersPerHour.begin(), p.ordersPerHour.end(), 0.0);
        if (spec.orders > 0 && total > 0)
            for (double& rate : p.ordersPerHour) rate *= double(spec.orders) / total;
        s = sim::generateOnDemandDay(inputs.dongs, inputs.hubs, p, &why);
    }
    if (!s) return fail<sim::Scenario>(error, QString::fromStdString(why));
    return s;
}

bool isJsonLines(const QString& path) {
    const QString p = path.toLower();
    return p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json");
}

io::OrderImport importOrders(const QString& path) {
    return isJsonLines(path) ? io::readOrdersJsonlFile(path)
                             : io::readOrdersCsvFile(path.toStdString());
}

io::CourierImport importCouriers(const QString& path) {
    return isJsonLines(path) ? io::readCouriersJsonlFile(path)
                             : io::readCouriersCsvFile(path.toStdString());
}

ImportedFiles importFiles(const QString& ordersPath, const QString& couriersPath) {
    ImportedFiles out;
    auto report = [&](const QString& path, const std::vector<io::RowError>& errors) {
        for (const io::RowError& e : errors)
            out.rejected << QStringLiteral("%1:%2: %3")
                                .arg(QFileInfo(path).fileName())
                                .arg(e.row)
                                .arg(QString::fromStdString(e.message));
    };
    io::OrderImport orders = importOrders(ordersPath);
    report(ordersPath, orders.errors);
    out.orders = std::move(orders.items);
    std::optional<int> offset = orders.utcOffsetS;
    if (!couriersPath.isEmpty()) {
        io::CourierImport couriers = importCouriers(couriersPath);
        report(couriersPath, couriers.errors);
        out.couriers = std::move(couriers.items);
        if (!offset) offset = couriers.utcOffsetS;
    }
    out.utcOffsetS = offset.value_or(sim::kSeoulUtcOffsetS);
    return out;
}

std::optional<sim::Scenario> scenarioFromImport(const QString& name, std::vector<Order> orders,
                                                std::vector<Courier> couriers, int utcOffsetS,
                                                QString* error) {
    if (couriers.empty()) return fail<sim::Scenario>(error, QStringLiteral("no couriers"));
    if (orders.empty()) return fail<sim::Scenario>(error, QStringLiteral("no orders"));
    Time start = couriers.front().shiftStart;
    for (const Courier& c : couriers) start = std::min(start, c.shiftStart);
    for (const Order& o : orders) start = std::min(start, o.placedAt > 0 ? o.placedAt : o.readyAt);
    for (Order& o : orders)
        if (o.placedAt <= 0) o.placedAt = start;
    std::stable_sort(orders.begin(), orders.end(), [](const Order& a, const Order& b) {
        return a.placedAt != b.placedAt ? a.placedAt < b.placedAt : a.id < b.id;
    });
    sim::Scenario s;
    s.name = name.toStdString();
    s.start = start;
    s.utcOffsetS = utcOffsetS;
    s.orders = std::move(orders);
    s.couriers = std::move(couriers);
    return s;
}

namespace {

template <class Write>
bool writeFile(const QString& path, QString* error, Write write) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error) *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    write(f);
    if (!f.commit()) {
        if (error) *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

}  // namespace

bool exportOrders(const QString& path, const std::vector<Order>& orders, int utcOffsetS,
                  QString* error) {
    return writeFile(path, error, [&](QSaveFile& f) {
        if (isJsonLines(path)) return io::writeOrdersJsonl(f, orders, utcOffsetS);
        std::ostringstream out;
        io::writeOrdersCsv(out, orders, utcOffsetS);
        f.write(QByteArray::fromStdString(out.str()));
    });
}

bool exportCouriers(const QString& path, const std::vector<Courier>& couriers, int utcOffsetS,
                    QString* error) {
    return writeFile(path, error, [&](QSaveFile& f) {
        if (isJsonLines(path)) return io::writeCouriersJsonl(f, couriers, utcOffsetS);
        std::ostringstream out;
        io::writeCouriersCsv(out, couriers, utcOffsetS);
        f.write(QByteArray::fromStdString(out.str()));
    });
}

}  // namespace chongal::app

#include "ui/map/base_map.h"

#include <QFile>
#include <QLoggingCategory>
#include <sstream>

#include "core/spatial/zones.h"

namespace chongal::ui {

Q_LOGGING_CATEGORY(lcBaseMap, "chongal.map.base")

namespace {

std::vector<WorldPoint> projectRing(const spatial::Polygon::ring_type& ring) {
    std::vector<WorldPoint> out;
    out.reserve(ring.size());
    for (const spatial::XY& p : ring) out.push_back(toWorld0(GeoPoint{p.y(), p.x()}));
    return out;
}

std::vector<BaseZone> project(const spatial::ZoneSet& set) {
    std::vector<BaseZone> out;
    out.reserve(set.zones().size());
    for (const spatial::Zone& z : set.zones()) {
        BaseZone b;
        b.code = QString::fromStdString(z.code);
        b.name = QString::fromStdString(z.name);
        b.nameEn = QString::fromStdString(z.nameEn);
        b.parent = QString::fromStdString(z.parent);
        b.population = z.population;
        for (const spatial::Polygon& poly : z.shape) {
            b.rings.push_back(projectRing(poly.outer()));
            for (const auto& hole : poly.inners()) b.rings.push_back(projectRing(hole));
        }
        // Mercator keeps north-up boxes: the projected corners bound the projected shape.
        const WorldPoint nw = toWorld0({z.bounds.max_corner().y(), z.bounds.min_corner().x()});
        const WorldPoint se = toWorld0({z.bounds.min_corner().y(), z.bounds.max_corner().x()});
        b.bounds0 = QRectF(QPointF(nw.x, nw.y), QPointF(se.x, se.y));
        b.label0 = toWorld0(z.labelPoint);
        out.push_back(std::move(b));
    }
    return out;
}

void collect(const std::vector<spatial::ZoneLoadError>& in, const QString& file,
             std::vector<BaseMapError>* out) {
    if (!out) return;
    for (const auto& e : in) out->push_back({file, e.line, QString::fromStdString(e.message)});
}

}  // namespace

QString BaseMapError::toString() const {
    return line > 0 ? QString("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QString("%1: %2").arg(file, message);
}

std::shared_ptr<const BaseMap> BaseMap::fromTsv(std::istream& gu, std::istream& dongs,
                                                std::vector<BaseMapError>* errors,
                                                const QString& guName, const QString& dongName) {
    auto map = std::make_shared<BaseMap>();
    std::vector<spatial::ZoneLoadError> zoneErrors;
    map->gu_ = project(spatial::ZoneSet::fromTsv(gu, &zoneErrors));
    collect(zoneErrors, guName, errors);
    zoneErrors.clear();
    map->dongs_ = project(spatial::ZoneSet::fromTsv(dongs, &zoneErrors));
    collect(zoneErrors, dongName, errors);
    for (const auto* zones : {&map->gu_, &map->dongs_})
        for (const BaseZone& z : *zones) map->bounds0_ = map->bounds0_.united(z.bounds0);
    return map;
}

std::shared_ptr<const BaseMap> BaseMap::fromFiles(const QString& guPath, const QString& dongPath,
                                                  std::vector<BaseMapError>* errors) {
    auto read = [&](const QString& path) -> std::string {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (errors) errors->push_back({path, 0, f.errorString()});
            return {};
        }
        return f.readAll().toStdString();
    };
    std::istringstream gu(read(guPath));
    std::istringstream dongs(read(dongPath));
    return fromTsv(gu, dongs, errors, guPath, dongPath);
}

std::shared_ptr<const BaseMap> BaseMap::seoul() {
    static const std::shared_ptr<const BaseMap> map = [] {
        std::vector<BaseMapError> errors;
        auto m = fromFiles(":/geo/seoul_gu.tsv", ":/geo/seoul_dongs.tsv", &errors);
        for (const auto& e : errors) qCWarning(lcBaseMap) << e.toString();
        return m;
    }();
    return map;
}

GeoBounds BaseMap::bounds() const {
    const GeoPoint nw = WebMercator::unproject({bounds0_.left(), bounds0_.top()}, 0.0);
    const GeoPoint se = WebMercator::unproject({bounds0_.right(), bounds0_.bottom()}, 0.0);
    return {se.lat, nw.lon, nw.lat, se.lon};
}

}  // namespace chongal::ui

#include "core/spatial/zones.h"

#include <sstream>

namespace chongal::spatial {

namespace {

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t tab; (tab = line.find('\t', from)) != std::string::npos; from = tab + 1)
        out.push_back(line.substr(from, tab - from));
    out.push_back(line.substr(from));
    if (!out.empty() && !out.back().empty() && out.back().back() == '\r') out.back().pop_back();
    return out;
}

GeoPoint interiorPoint(const MultiPolygon& shape) {
    // The centroid when it lies inside (most dongs); else the largest polygon's first vertex
    // nudged towards its centroid until inside.
    XY c;
    bg::centroid(shape, c);
    if (bg::within(c, shape)) return {c.y(), c.x()};
    const Polygon* largest = &shape.front();
    for (const Polygon& p : shape)
        if (bg::area(p) > bg::area(*largest)) largest = &p;
    XY pc;
    bg::centroid(*largest, pc);
    const XY v = largest->outer().front();
    for (double t = 0.1; t < 1.0; t += 0.1) {
        XY q(v.x() + (pc.x() - v.x()) * t, v.y() + (pc.y() - v.y()) * t);
        if (bg::within(q, shape)) return {q.y(), q.x()};
    }
    return {v.y(), v.x()};
}

}  // namespace

ZoneSet ZoneSet::fromTsv(std::istream& in, std::vector<ZoneLoadError>* errors) {
    ZoneSet set;
    std::string line;
    int lineNo = 0;
    bool dongFormat = false;
    auto fail = [&](std::string message) {
        if (errors) errors->push_back({lineNo, std::move(message)});
    };
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line == "\r") continue;
        const auto f = splitTabs(line);
        if (lineNo == 1) {
            dongFormat = f.size() == 5 && f[3] == "population";
            if (!dongFormat && !(f.size() == 4 && f[1] == "name_ko")) fail("unknown header");
            continue;
        }
        if (f.size() != (dongFormat ? 5u : 4u)) {
            fail("expected " + std::to_string(dongFormat ? 5 : 4) + " tab-separated fields");
            continue;
        }
        Zone z;
        z.code = f[0];
        if (dongFormat) {
            z.parent = f[1];
            z.name = f[2];
            try {
                z.population = std::stol(f[3]);
            } catch (const std::exception&) {
                fail("population is not a number: " + f[3]);
                continue;
            }
        } else {
            z.name = f[1];
            z.nameEn = f[2];
        }
        try {
            bg::read_wkt(f.back(), z.shape);
        } catch (const std::exception& e) {
            fail(std::string("bad WKT: ") + e.what());
            continue;
        }
        bg::correct(z.shape);
        if (z.shape.empty() || bg::area(z.shape) <= 0) {
            fail("empty polygon");
            continue;
        }
        z.bounds = bg::return_envelope<Box>(z.shape);
        z.labelPoint = interiorPoint(z.shape);
        set.index_.insert({z.bounds, int(set.zones_.size())});
        set.zones_.push_back(std::move(z));
    }
    return set;
}

int ZoneSet::zoneAt(GeoPoint p) const {
    const XY q(p.lon, p.lat);
    for (auto it = index_.qbegin(bg::index::intersects(q)); it != index_.qend(); ++it)
        if (bg::covered_by(q, zones_[it->second].shape)) return it->second;
    return -1;
}

Box ZoneSet::bounds() const {
    Box box;
    bg::assign_inverse(box);
    for (const Zone& z : zones_) bg::expand(box, z.bounds);
    return box;
}

}  // namespace chongal::spatial

#pragma once
// Administrative zones (Seoul gu and dongs) as Boost.Geometry multipolygons in lon/lat degrees,
// loaded from the bundled TSV files of resources/geo/ (polygons as WKT, "lon lat" order).
// Used for point-in-zone lookup (district of an address), demand sampling and the base map.
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "core/model/geo.h"

namespace chongal::spatial {

namespace bg = boost::geometry;
using XY = bg::model::d2::point_xy<double>;  // x = longitude, y = latitude
using Polygon = bg::model::polygon<XY>;
using MultiPolygon = bg::model::multi_polygon<Polygon>;
using Box = bg::model::box<XY>;

struct Zone {
    std::string code;
    std::string name;        // Korean name (dong or gu)
    std::string nameEn;      // English name where the data has one (gu), else empty
    std::string parent;      // the gu of a dong; empty for a gu
    long population = 0;     // dongs only
    MultiPolygon shape;
    Box bounds;
    GeoPoint labelPoint;     // a point inside the shape, for labels
};

struct ZoneLoadError {
    int line = 0;
    std::string message;
};

class ZoneSet {
public:
    // Reads "code gu dong population wkt" (dongs) or "code name_ko name_en wkt" (gu) TSV with a
    // header row; the header decides which. Bad rows are reported in `errors` and skipped.
    static ZoneSet fromTsv(std::istream& in, std::vector<ZoneLoadError>* errors = nullptr);

    const std::vector<Zone>& zones() const { return zones_; }
    // The zone containing the point, or -1.
    int zoneAt(GeoPoint p) const;
    Box bounds() const;

private:
    using Entry = std::pair<Box, int>;
    std::vector<Zone> zones_;
    bg::index::rtree<Entry, bg::index::quadratic<16>> index_;
};

}  // namespace chongal::spatial

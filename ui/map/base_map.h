#pragma once
// The offline vector base map: Seoul's gu and dong polygons (core/spatial ZoneSet) projected once
// to zoom-0 world pixels, ready for drawing at any zoom. Immutable after loading; shared between
// canvases through std::shared_ptr<const BaseMap>.
#include <QRectF>
#include <QString>
#include <QStringList>
#include <istream>
#include <memory>
#include <vector>

#include "ui/map/map_viewport.h"
#include "ui/map/web_mercator.h"

namespace chongal::ui {

struct BaseZone {
    QString code;
    QString name;    // Korean
    QString nameEn;  // gu only
    QString parent;  // gu name of a dong
    long population = 0;
    // Rings in zoom-0 world pixels; each polygon's outer ring then its holes, all filled odd-even.
    std::vector<std::vector<WorldPoint>> rings;
    QRectF bounds0;     // zoom-0 world pixels
    WorldPoint label0;  // a point inside the zone
};

struct BaseMapError {
    QString file;
    int line = 0;  // 0: the whole file
    QString message;
    QString toString() const;
};

class BaseMap {
public:
    // Builds from the TSV formats of ZoneSet::fromTsv. `guName`/`dongName` name the sources in
    // errors. Bad rows are skipped and reported.
    static std::shared_ptr<const BaseMap> fromTsv(std::istream& gu, std::istream& dongs,
                                                  std::vector<BaseMapError>* errors,
                                                  const QString& guName = "gu",
                                                  const QString& dongName = "dongs");
    // Reads two files (Qt resource paths work: ":/geo/seoul_gu.tsv").
    static std::shared_ptr<const BaseMap> fromFiles(const QString& guPath, const QString& dongPath,
                                                    std::vector<BaseMapError>* errors);
    // The bundled Seoul map, loaded once per process (thread-safe); empty map if the resources
    // are missing (the errors are logged).
    static std::shared_ptr<const BaseMap> seoul();

    const std::vector<BaseZone>& gu() const { return gu_; }
    const std::vector<BaseZone>& dongs() const { return dongs_; }
    QRectF bounds0() const { return bounds0_; }
    GeoBounds bounds() const;
    bool isEmpty() const { return gu_.empty() && dongs_.empty(); }

private:
    std::vector<BaseZone> gu_;
    std::vector<BaseZone> dongs_;
    QRectF bounds0_;
};

}  // namespace chongal::ui

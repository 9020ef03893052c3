#pragma once
// Draws the offline base map (gu land and outlines, faint dong boundaries, names) through a cache
// of 256-px tiles aligned to the world-pixel grid of the exact zoom. Panning re-uses tiles;
// a new zoom renders new ones. Tiles are rendered lazily and evicted least-recently-used.
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QRegion>
#include <memory>
#include <vector>

#include "ui/map/base_map.h"
#include "ui/map/map_viewport.h"

class QPainter;

namespace chongal::ui {

struct BaseLayerOptions {
    bool dongs = true;
    bool gu = true;
    bool labels = true;
    bool transparentLand = false;  // raster tiles underneath: outlines and names only
};

class BaseLayer {
public:
    static constexpr int kTileSize = 256;

    explicit BaseLayer(std::shared_ptr<const BaseMap> map);

    // Draws the base map. `frame` is the image being painted (or nullptr): when a frame ends
    // complete at a new zoom, its base map is kept as the backdrop for later incomplete frames.
    void draw(QPainter& painter, const MapViewport& vp, const BaseLayerOptions& options,
              qreal devicePixelRatio, const QImage* frame = nullptr);
    // At most this many milliseconds of new tiles per frame, and at least one tile (negative: no
    // limit). Tiles beyond the budget show the last complete base map, scaled, until a later
    // frame renders them.
    void setRenderBudgetMs(double ms) { budgetMs_ = ms; }
    bool lastFrameComplete() const { return complete_; }
    const BaseMap& map() const { return *map_; }

    // Screen-space outline of a zone for `vp` (for highlights drawn per frame).
    static QPainterPath zonePath(const BaseZone& zone, const MapViewport& vp);

    void clear();
    void setCapacity(int tiles) { capacity_ = tiles; }
    int cachedTileCount() const { return int(tiles_.size()); }
    long long tilesRendered() const { return tilesRendered_; }  // since construction

private:
    struct Key {
        qint64 zoomKey;  // zoom * 4096, rounded
        int tx, ty, flags, dprKey;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& k, size_t seed = 0) {
            return qHashMulti(seed, k.zoomKey, k.tx, k.ty, k.flags, k.dprKey);
        }
    };
    struct Entry {
        QImage image;
        quint64 lastUse = 0;
    };
    struct Label {
        QRectF rect;     // world pixels at the label set's zoom, including the halo
        QPointF anchor;  // baseline origin of the first line
        QString text;
        QString subText;  // smaller second line (English gu name), may be empty
        bool gu = false;
    };
    struct LabelSet {
        qint64 zoomKey = -1;
        std::vector<Label> labels;
    };

    QImage renderTile(int tx, int ty, double zoom, const BaseLayerOptions& o, qreal dpr);
    const LabelSet& labelsFor(qint64 zoomKey, double zoom);
    void evictIfFull();

    void drawBackdrop(QPainter& painter, const MapViewport& vp, const QRegion& where) const;

    std::shared_ptr<const BaseMap> map_;
    QHash<Key, Entry> tiles_;
    double budgetMs_ = -1.0;
    bool complete_ = true;
    QImage backdrop_;  // base map of the last complete frame at its zoom
    MapViewport backdropVp_;
    int backdropFlags_ = -1;
    LabelSet labels_;
    int capacity_ = 200;  // about 50 MB of 256x256 ARGB tiles
    quint64 useClock_ = 0;
    long long tilesRendered_ = 0;
};

}  // namespace chongal::ui

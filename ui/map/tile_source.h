#pragma once
// Online XYZ raster tiles (optional, off unless the app creates one): a URL template such as
// "https://tile.example.org/{z}/{x}/{y}.png", fetched with QNetworkAccessManager through a
// QNetworkDiskCache in a given directory, kept decoded in a small memory cache, and drawn under
// the vector layers. Missing tiles are requested once and drawn when they arrive (tileReady).
#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include "ui/map/map_viewport.h"
#include "ui/map/web_mercator.h"

class QNetworkAccessManager;
class QNetworkDiskCache;
class QPainter;

namespace chongal::ui {

class TileSource : public QObject {
    Q_OBJECT
public:
    TileSource(const QString& urlTemplate, const QString& cacheDir, QObject* parent = nullptr);

    QUrl urlFor(TileId t) const;
    QString attribution() const { return attribution_; }
    void setAttribution(const QString& text) { attribution_ = text; }
    void setMaxZoom(int z) { maxZoom_ = z; }

    // The decoded tile if held in memory; otherwise requests it (once) and returns a null image.
    QImage tile(TileId t);
    // Draws the tiles covering `vp` at the nearest integer zoom, scaled to the fractional zoom.
    void draw(QPainter& p, const MapViewport& vp);

    int pendingCount() const { return int(pending_.size()); }
    int networkLoads() const { return networkLoads_; }  // replies that came from the server
    int cacheLoads() const { return cacheLoads_; }      // replies served by the disk cache
    QNetworkAccessManager* network() const { return network_; }

signals:
    void tileReady(int z, int x, int y);
    void tileFailed(int z, int x, int y, const QString& error);

private:
    static quint64 keyOf(TileId t) {
        return quint64(t.z) << 58 | quint64(t.x) << 29 | quint64(t.y);
    }
    void fetch(TileId t);

    QString template_;
    QString attribution_;
    QNetworkAccessManager* network_;
    QNetworkDiskCache* diskCache_;
    QCache<quint64, QImage> memory_{256};
    QSet<quint64> pending_;
    QSet<quint64> failed_;
    int maxZoom_ = 19;
    int networkLoads_ = 0;
    int cacheLoads_ = 0;
};

}  // namespace chongal::ui

#include "ui/map/tile_source.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <cmath>

namespace chongal::ui {

TileSource::TileSource(const QString& urlTemplate, const QString& cacheDir, QObject* parent)
    : QObject(parent),
      template_(urlTemplate),
      network_(new QNetworkAccessManager(this)),
      diskCache_(new QNetworkDiskCache(this)) {
    diskCache_->setCacheDirectory(cacheDir);
    diskCache_->setMaximumCacheSize(256ll * 1024 * 1024);
    network_->setCache(diskCache_);
}

QUrl TileSource::urlFor(TileId t) const {
    QString s = template_;
    s.replace("{z}", QString::number(t.z));
    s.replace("{x}", QString::number(t.x));
    s.replace("{y}", QString::number(t.y));
    return QUrl(s);
}

QImage TileSource::tile(TileId t) {
    const quint64 k = keyOf(t);
    if (const QImage* img = memory_.object(k)) return *img;
    if (!pending_.contains(k) && !failed_.contains(k)) fetch(t);
    return {};
}

void TileSource::fetch(TileId t) {
    const quint64 k = keyOf(t);
    pending_.insert(k);
    QNetworkRequest req(urlFor(t));
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    // Tile servers' usage policies ask for an identifying User-Agent.
    req.setHeader(QNetworkRequest::UserAgentHeader, "Chongal/0.1 (dispatch console)");
    QNetworkReply* reply = network_->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, t, k] {
        reply->deleteLater();
        pending_.remove(k);
        const bool fromCache =
            reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        if (reply->error() != QNetworkReply::NoError) {
            failed_.insert(k);
            emit tileFailed(t.z, t.x, t.y, reply->errorString());
            return;
        }
        QImage img;
        if (!img.loadFromData(reply->readAll())) {
            failed_.insert(k);
            emit tileFailed(t.z, t.x, t.y, tr("not an image: %1").arg(reply->url().toString()));
            return;
        }
        ++(fromCache ? cacheLoads_ : networkLoads_);
        memory_.insert(k, new QImage(img.convertToFormat(QImage::Format_ARGB32_Premultiplied)));
        emit tileReady(t.z, t.x, t.y);
    });
}

void TileSource::draw(QPainter& p, const MapViewport& vp) {
    const int z = std::clamp(int(std::lround(vp.zoom())), 0, maxZoom_);
    const double k = std::exp2(vp.zoom() - z);  // screen px per tile px
    const double tilePx = WebMercator::kTileSize * k;
    const QPointF origin = vp.toScreen(WorldPoint{0, 0});  // world corner on screen
    const int n = 1 << z;
    const int x0 = std::max(0, int(std::floor(-origin.x() / tilePx)));
    const int y0 = std::max(0, int(std::floor(-origin.y() / tilePx)));
    const int x1 = std::min(n - 1, int(std::floor((vp.size().width() - origin.x()) / tilePx)));
    const int y1 = std::min(n - 1, int(std::floor((vp.size().height() - origin.y()) / tilePx)));
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const QImage img = tile({x, y, z});
            if (img.isNull()) continue;
            p.drawImage(QRectF(origin.x() + x * tilePx, origin.y() + y * tilePx, tilePx, tilePx),
                        img);
        }
    p.restore();
}

}  // namespace chongal::ui

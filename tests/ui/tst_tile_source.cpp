#include <QBuffer>
#include <QPainter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/map/map_renderer.h"
#include "ui/map/tile_source.h"

using namespace chongal;
using namespace chongal::ui;

namespace {

// A minimal HTTP/1.1 tile server on 127.0.0.1: answers GET /{z}/{x}/{y}.png with a solid PNG
// (cacheable for a day), anything under /missing/ with 404. Counts the requests it served.
class TileServer : public QObject {
public:
    TileServer() {
        QImage img(256, 256, QImage::Format_RGB32);
        img.fill(QColor(0xCC, 0x22, 0x22));
        QBuffer buf(&png_);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        QObject::connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { answer(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return server_.listen(QHostAddress::LocalHost); }
    QString urlTemplate(const char* prefix = "") const {
        return QString("http://127.0.0.1:%1%2/{z}/{x}/{y}.png")
            .arg(server_.serverPort())
            .arg(prefix);
    }
    QStringList paths;

private:
    void answer(QTcpSocket* s) {
        QByteArray& in = pending_[s];
        in += s->readAll();
        if (!in.contains("\r\n\r\n")) return;  // wait for the whole request head
        const QByteArray path = in.split(' ').value(1);
        pending_.remove(s);
        paths << QString::fromLatin1(path);
        QByteArray out;
        if (path.startsWith("/missing/")) {
            out = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else {
            out =
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: max-age=86400\r\n"
                "Last-Modified: Sat, 01 Nov 2025 00:00:00 GMT\r\nConnection: close\r\n"
                "Content-Length: " +
                QByteArray::number(png_.size()) + "\r\n\r\n" + png_;
        }
        s->write(out);
        s->disconnectFromHost();
    }
    QTcpServer server_;
    QByteArray png_;
    QHash<QTcpSocket*, QByteArray> pending_;
};

}  // namespace

class TstTileSource : public QObject {
    Q_OBJECT
private slots:
    void urlTemplateIsFilled() {
        TileSource src("https://tiles.example.org/{z}/{x}/{y}.png", QDir::tempPath());
        QCOMPARE(src.urlFor({3492, 1586, 12}).toString(),
                 QString("https://tiles.example.org/12/3492/1586.png"));
    }

    void tileArrivesAndIsServedFromDiskCacheNextTime() {
        TileServer server;
        QVERIFY(server.listen());
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        {
            TileSource src(server.urlTemplate(), cache.path());
            QSignalSpy ready(&src, &TileSource::tileReady);
            QVERIFY(src.tile({3492, 1586, 12}).isNull());  // not yet: fetch started
            QCOMPARE(src.pendingCount(), 1);
            QVERIFY(src.tile({3492, 1586, 12}).isNull());  // asked again: no second request
            QTRY_COMPARE(ready.count(), 1);
            QCOMPARE(ready[0][0].toInt(), 12);
            QCOMPARE(server.paths, QStringList{"/12/3492/1586.png"});
            const QImage img = src.tile({3492, 1586, 12});
            QCOMPARE(img.size(), QSize(256, 256));
            QCOMPARE(img.pixelColor(100, 100), QColor(0xCC, 0x22, 0x22));
            QCOMPARE(src.networkLoads(), 1);
            QCOMPARE(src.cacheLoads(), 0);
        }
        // A new source (empty memory cache) over the same directory: served from disk.
        TileSource again(server.urlTemplate(), cache.path());
        QSignalSpy ready(&again, &TileSource::tileReady);
        QVERIFY(again.tile({3492, 1586, 12}).isNull());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(again.cacheLoads(), 1);
        QCOMPARE(again.networkLoads(), 0);
        QCOMPARE(server.paths.size(), 1);  // the server saw no second request
        QCOMPARE(again.tile({3492, 1586, 12}).pixelColor(5, 5), QColor(0xCC, 0x22, 0x22));
    }

    void missingTileFailsOnceWithoutRetrying() {
        TileServer server;
        QVERIFY(server.listen());
        QTemporaryDir cache;
        TileSource src(server.urlTemplate("/missing"), cache.path());
        QSignalSpy failed(&src, &TileSource::tileFailed);
        QVERIFY(src.tile({1, 2, 3}).isNull());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed[0][3].toString().isEmpty());
        QVERIFY(src.tile({1, 2, 3}).isNull());
        QCOMPARE(src.pendingCount(), 0);
        QCOMPARE(server.paths.size(), 1);
    }

    void rendererDrawsTilesUnderTheVectorMap() {
        TileServer server;
        QVERIFY(server.listen());
        QTemporaryDir cache;
        TileSource src(server.urlTemplate(), cache.path());
        MapRenderer r;
        r.setTileSource(&src);
        const MapViewport vp({37.5663, 126.9779}, 12.0, QSizeF(512, 384));
        r.renderToImage(vp);  // requests the visible tiles
        QVERIFY(src.pendingCount() > 0);
        QTRY_COMPARE(src.pendingCount(), 0);
        const QImage img = r.renderToImage(vp);
        // Land is left transparent over raster tiles, so a spot inside Seoul shows the tile colour.
        QCOMPARE(img.pixelColor(vp.toScreen(GeoPoint{37.5663, 126.9779}).toPoint() + QPoint(0, 6)),
                 QColor(0xCC, 0x22, 0x22));
    }
};

QTEST_MAIN(TstTileSource)
#include "tst_tile_source.moc"

#pragma once
// What the map shows: plain data the application fills (from DispatchState + Plan, or a replay
// snapshot). No widgets. Collections are QList, which is implicitly shared, so copying a
// MapScene is a handful of reference-count increments: a replay can swap snapshots cheaply.
// Indices (MapOrder::courier, MapRoute::courier) refer to positions in MapScene::couriers.
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/model/geo.h"

namespace chongal::ui {

enum class CourierStatus { Idle, ToPickup, ToDropoff, Offline, Stale };
enum class OrderStatus { New, Assigned, PickedUp, Delivered, Cancelled, Unassigned };
enum class OrderRisk { OnTime, AtRisk, Late };

struct MapHub {
    QString id;
    QString name;
    GeoPoint position;
};

struct MapCourier {
    QString id;
    QString label;  // short name shown at street zoom
    GeoPoint position;
    double headingDeg = 0.0;  // compass bearing: 0 = north, 90 = east
    int load = 0;             // order units on board
    int capacity = 0;         // 0: unknown (no load bar)
    CourierStatus status = CourierStatus::Idle;
    int colorIndex = 0;  // into the qualitative route palette (wraps)
    QString note;        // extra tooltip lines from the app (ETA, shift end, ...)
};

struct MapOrder {
    QString id;
    GeoPoint pickup;
    GeoPoint dropoff;
    OrderStatus status = OrderStatus::New;
    OrderRisk risk = OrderRisk::OnTime;
    int courier = -1;  // index into MapScene::couriers, -1 if none
    QString note;      // extra tooltip lines (customer, promised time, ETA, ...)
};

struct MapRoute {
    int courier = -1;      // index into MapScene::couriers
    QList<GeoPoint> path;  // visiting order: the courier's position first, then its stops
};

struct ZoneOverlay {
    bool showDongs = true;      // faint dong boundaries
    bool showGu = true;         // gu outlines
    bool showLabels = true;     // gu names (and dong names at street zoom)
    QSet<QString> highlighted;  // gu or dong codes to tint (e.g. a service area)
};

struct MapScene {
    QList<MapHub> hubs;
    QList<MapCourier> couriers;
    QList<MapOrder> orders;
    QList<MapRoute> routes;
    ZoneOverlay zones;
    QSet<QString> selection;  // ids of couriers, orders or hubs
    QString hovered;          // id under the pointer, empty if none
};

QString toString(CourierStatus s);
QString toString(OrderStatus s);
QString toString(OrderRisk r);

}  // namespace chongal::ui

#pragma once
// Colours, sizes and fonts of the map, in one place. A calm light base map with muted greys,
// saturated colour reserved for what needs attention (risk, selection) and for routes.
#include <QColor>
#include <QFont>

#include "ui/map/map_scene.h"

namespace chongal::ui::style {

// Base map.
inline const QColor kBackground{0xE6, 0xE8, 0xEB};  // outside Seoul
inline const QColor kLand{0xF7, 0xF7, 0xF5};        // inside Seoul
inline const QColor kDongLine{0xDD, 0xDF, 0xE3};
inline const QColor kGuLine{0xA9, 0xB1, 0xBB};
inline const QColor kGuLabel{0x6B, 0x75, 0x80};
inline const QColor kDongLabel{0x98, 0xA0, 0xA8};
inline const QColor kLabelHalo{0xFF, 0xFF, 0xFF, 0xD8};
inline const QColor kZoneHighlight{0x3B, 0x82, 0xC4, 0x2E};
inline const QColor kZoneHighlightLine{0x3B, 0x82, 0xC4, 0xB0};

// Markers.
inline const QColor kSelection{0x11, 0x6B, 0xD8};  // selection ring, hover ring (lighter)
inline const QColor kMarkerOutline{0xFF, 0xFF, 0xFF};
inline const QColor kInk{0x2B, 0x31, 0x38};  // text on the map
inline const QColor kHub{0x33, 0x3D, 0x4A};
inline const QColor kDragLine{0x11, 0x6B, 0xD8};

// Qualitative palette for routes and couriers (Tableau 10, a touch darker for a light map).
QColor routeColor(int index);
int routePaletteSize();

QColor orderFill(OrderStatus s);
QColor riskColor(OrderRisk r);  // ring around a marker; OnTime is the plain outline
QColor courierStatusColor(CourierStatus s);

// "NanumGothic" first so Korean names render on every machine we ship to, then common fallbacks.
QFont mapFont(double pixelSize, bool bold = false);

}  // namespace chongal::ui::style

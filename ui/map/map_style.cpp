#include "ui/map/map_style.h"

#include <array>

namespace chongal::ui::style {

namespace {
constexpr std::array<QRgb, 10> kTableau10 = {0x3F6FA0, 0xE3781A, 0x3E9652, 0xC73E3F, 0x8464AE,
                                             0x8C5A4E, 0xD26FB4, 0x6F6F6F, 0xA8A626, 0x1FA5B8};
}  // namespace

QColor routeColor(int index) {
    const int n = int(kTableau10.size());
    return QColor::fromRgb(kTableau10[((index % n) + n) % n]);
}

int routePaletteSize() {
    return int(kTableau10.size());
}

QColor orderFill(OrderStatus s) {
    switch (s) {
        case OrderStatus::New:
            return {0x4C, 0x6E, 0x99};
        case OrderStatus::Unassigned:
            return {0x8E, 0x3F, 0xA8};  // needs a dispatcher: stands out
        case OrderStatus::Assigned:
            return {0x5E, 0x7D, 0x8C};
        case OrderStatus::PickedUp:
            return {0x2F, 0x80, 0x74};
        case OrderStatus::Delivered:
            return {0xB4, 0xBA, 0xC0};
        case OrderStatus::Cancelled:
            return {0xC8, 0xCC, 0xD0};
    }
    return Qt::gray;
}

QColor riskColor(OrderRisk r) {
    switch (r) {
        case OrderRisk::OnTime:
            return kMarkerOutline;
        case OrderRisk::AtRisk:
            return {0xE0, 0x9A, 0x00};
        case OrderRisk::Late:
            return {0xD2, 0x2E, 0x2E};
    }
    return kMarkerOutline;
}

QColor courierStatusColor(CourierStatus s) {
    switch (s) {
        case CourierStatus::Idle:
            return {0x7A, 0x86, 0x93};
        case CourierStatus::ToPickup:
            return {0x3F, 0x6F, 0xA0};
        case CourierStatus::ToDropoff:
            return {0x2F, 0x80, 0x74};
        case CourierStatus::Offline:
            return {0xB4, 0xBA, 0xC0};
        case CourierStatus::Stale:
            return {0xC0, 0x8A, 0x2C};
    }
    return Qt::gray;
}

QFont mapFont(double pixelSize, bool bold) {
    QFont f;
    f.setFamilies({"NanumGothic", "NanumBarunGothic", "Noto Sans CJK KR", "Malgun Gothic",
                   "Apple SD Gothic Neo", "DejaVu Sans", "sans-serif"});
    f.setPixelSize(qMax(1, int(pixelSize + 0.5)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

}  // namespace chongal::ui::style

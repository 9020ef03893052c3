#pragma once
// The map's scene for one moment of a replayed shift: couriers at their last fix, orders that
// exist by then in their phase (with late/at-risk rings as of that moment), and the travelled
// trails of the chosen couriers. The per-shift parts (ids, labels, positions, notes) are built
// once; a moment only fills in phases and positions, so scrubbing costs microseconds here.
#include <QList>
#include <vector>

#include "app/history/shift_replay.h"
#include "ui/map/map_scene.h"

namespace chongal::ui {

struct ReplayCounts {
    int open = 0;  // placed, not yet assigned
    int assigned = 0;
    int pickedUp = 0;
    int delivered = 0;
    int cancelled = 0;
    int late = 0;  // delivered late, or past the promise and not yet delivered
    int couriersOnline = 0;
};

class ReplayScene {
public:
    static constexpr Time kAtRiskS = 10 * 60;  // undelivered within this of the promise

    ReplayScene() = default;
    // `replay` must outlive this object.
    ReplayScene(const history::ShiftReplay& replay, int utcOffsetS);

    // Fills the lists for time t. `trails`: courier indices whose travelled path is drawn.
    void build(Time t, const QList<int>& trails, QList<MapCourier>& couriers,
               QList<MapOrder>& orders, QList<MapRoute>& routes, ReplayCounts& counts);

    // Map index of order k at the last build (-1 when not on the map then).
    const std::vector<int>& mapIndexOfOrder() const { return mapIndex_; }

private:
    const QString& loadText(int load);  // translated once per distinct load

    const history::ShiftReplay* replay_ = nullptr;
    int utcOffsetS_ = 0;
    QList<MapCourier> couriers_;           // static parts, one per courier of the final state
    QList<MapOrder> orders_;               // static parts, one per order
    std::vector<QString> deliveredNotes_;  // per order: its note once delivered
    std::vector<QString> loadTexts_;
    QString lastFix_;
    std::vector<history::ShiftReplay::OrderAt> orderAt_;
    std::vector<history::ShiftReplay::CourierAt> courierAt_;
    std::vector<int> mapIndex_;
};

}  // namespace chongal::ui

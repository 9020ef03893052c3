#pragma once
// The KPI strip across the top of the console: orders open and delivered, on-time rate, average
// and p90 delivery minutes so far, couriers active, and what needs attention now (late, at risk,
// unassigned). Display only.
#include <QWidget>

#include "core/dispatch/kpis.h"

class QLabel;

namespace chongal::app {
struct DispatchDigest;
}

namespace chongal::ui {

class KpiStrip : public QWidget {
    Q_OBJECT
public:
    explicit KpiStrip(QWidget* parent = nullptr);
    void setValues(const dispatch::Kpis& kpis, const app::DispatchDigest& digest);
    // The value text of a tile, by its object name ("open", "delivered", "onTime", "avg", "p90",
    // "couriers", "late", "atRisk", "unassigned"): for tests.
    QString valueText(const QString& tile) const;

private:
    QLabel* addTile(const QString& name, const QString& caption);
    void setWarning(QLabel* value, bool warn);

    QLabel* open_;
    QLabel* delivered_;
    QLabel* onTime_;
    QLabel* avg_;
    QLabel* p90_;
    QLabel* couriers_;
    QLabel* late_;
    QLabel* atRisk_;
    QLabel* unassigned_;
};

}  // namespace chongal::ui

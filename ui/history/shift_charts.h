#pragma once
// The shift view's charts, built from a ShiftReport (Qt Charts, no animation, so a chart drawn
// offscreen or into the PDF shows its final state):
//  - delivery-time distribution: deliveries per bin of minutes from order to handover;
//  - deliveries over the shift: on-time and late handovers stacked per bucket (5 minutes);
//  - courier workload: each courier's deliveries (on time + late), busiest first.
// Series and sets are named (objectName) so tests and the PDF can find them.
#include <QChart>

#include "app/history/shift_report.h"

namespace chongal::ui {

QChart* makeDeliveryTimeChart(const history::ShiftReport& report);
QChart* makeDeliveriesOverTimeChart(const history::ShiftReport& report, int utcOffsetS);
QChart* makeWorkloadChart(const history::ShiftReport& report);

// Sum of every value of every bar set of the chart's bar series (0 for other charts).
double barTotal(const QChart* chart, const QString& setName = {});

}  // namespace chongal::ui

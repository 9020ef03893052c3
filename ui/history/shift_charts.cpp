#include "ui/history/shift_charts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <functional>

namespace chongal::ui {

namespace {

const QColor kOnTime{0x3B, 0x82, 0xC4};
const QColor kLate{0xD9, 0x53, 0x3B};
const QColor kNeutral{0x5B, 0x8D, 0xB8};

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(std::max(9.0, f.pointSizeF()));
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QBarSet* newSet(const QString& name, const char* objectName, const QColor& color) {
    auto* set = new QBarSet(name);
    set->setObjectName(QString::fromLatin1(objectName));
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    return set;
}

// A count axis from 0 with whole-number ticks.
QValueAxis* countAxis(int maxValue, const QString& title) {
    auto* y = new QValueAxis;
    const int top = std::max(1, maxValue);
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000})
        if (top / s <= 6) {
            step = s;
            break;
        }
    y->setRange(0, ((top + step - 1) / step) * step);
    y->setTickCount(((top + step - 1) / step) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(title);
    return y;
}

// An axis for bars at x = 0..n-1 labelled under the bars whose label is not empty (labels must
// be unique). Unlike a bar-category axis, it lets most bars go unlabelled, so labels keep room.
QCategoryAxis* sparseAxis(int n, const std::function<QString(int)>& label) {
    auto* x = new QCategoryAxis;
    x->setRange(-0.5, n - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i)
        if (const QString text = label(i); !text.isEmpty()) x->append(text, i);
    x->setGridLineVisible(false);
    return x;
}

// Label bar i of n when it falls on the step (about a dozen labels at most).
bool onStep(int i, int every) {
    return i % std::max(1, every) == 0;
}

}  // namespace

QChart* makeDeliveryTimeChart(const history::ShiftReport& report) {
    const auto& h = report.deliveryMinutes;
    QChart* chart = newChart(QCoreApplication::translate("ShiftCharts", "Delivery time"));
    chart->setObjectName(QStringLiteral("deliveryTimeChart"));
    auto* set =
        newSet(QCoreApplication::translate("ShiftCharts", "Deliveries"), "deliveries", kNeutral);
    int top = 0;
    QStringList labels;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        *set << h.counts[i];
        top = std::max(top, h.counts[i]);
        labels << QString::number(int(i) * h.binMinutes);
    }
    auto* series = new QBarSeries;
    series->setObjectName(QStringLiteral("histogram"));
    series->setBarWidth(0.92);
    series->append(set);
    chart->addSeries(series);
    const int n = int(h.counts.size());
    const int every = n <= 8 ? 1 : n <= 16 ? 2 : (n + 7) / 8;
    auto* x = sparseAxis(n, [&](int i) { return onStep(i, every) ? labels.value(i) : QString(); });
    x->setTitleText(QCoreApplication::translate("ShiftCharts", "Minutes from order to handover"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(top, QCoreApplication::translate("ShiftCharts", "Orders"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* makeDeliveriesOverTimeChart(const history::ShiftReport& report, int utcOffsetS) {
    const auto& b = report.overTime;
    QChart* chart = newChart(
        QCoreApplication::translate("ShiftCharts", "Deliveries over the shift (per %1 min)")
            .arg(b.bucketSeconds / 60));
    chart->setObjectName(QStringLiteral("overTimeChart"));
    auto* onTime = newSet(QCoreApplication::translate("ShiftCharts", "On time"), "onTime", kOnTime);
    auto* late = newSet(QCoreApplication::translate("ShiftCharts", "Late"), "late", kLate);
    int top = 0;
    for (std::size_t i = 0; i < b.delivered.size(); ++i) {
        *onTime << b.delivered[i] - b.late[i];
        *late << b.late[i];
        top = std::max(top, b.delivered[i]);
    }
    auto* series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("overTime"));
    series->setBarWidth(0.9);
    series->append(onTime);
    series->append(late);
    chart->addSeries(series);
    const int n = int(b.delivered.size());
    // A label on whole quarter hours or hours, whichever keeps about a dozen labels.
    // Every bucket labelled when there are few; else whole quarter hours or whole hours.
    const Time spanS = Time(n) * b.bucketSeconds;
    const Time labelEvery = n <= 12 ? 0 : spanS <= 3 * 3600 ? 900 : 3600;
    auto* x = sparseAxis(n, [&](int i) {
        const Time at = b.start + i * b.bucketSeconds;
        if (labelEvery > 0 && ((at + utcOffsetS) % labelEvery + labelEvery) % labelEvery != 0)
            return QString();
        return QDateTime::fromSecsSinceEpoch(b.start + i * b.bucketSeconds, QTimeZone(utcOffsetS))
            .toString(QStringLiteral("HH:mm"));
    });
    x->setTitleText(QCoreApplication::translate("ShiftCharts", "Time of handover"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(top, QCoreApplication::translate("ShiftCharts", "Orders"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QChart* makeWorkloadChart(const history::ShiftReport& report) {
    std::vector<const history::CourierSummary*> order;
    for (const auto& c : report.couriers) order.push_back(&c);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto* a, const auto* b) { return a->delivered > b->delivered; });
    QChart* chart =
        newChart(QCoreApplication::translate("ShiftCharts", "Courier workload (busiest first)"));
    chart->setObjectName(QStringLiteral("workloadChart"));
    auto* onTime = newSet(QCoreApplication::translate("ShiftCharts", "On time"), "onTime", kOnTime);
    auto* late = newSet(QCoreApplication::translate("ShiftCharts", "Late"), "late", kLate);
    QStringList names;
    int top = 0;
    for (const auto* c : order) {
        *onTime << c->onTime;
        *late << c->late;
        top = std::max(top, c->delivered);
        names << (c->name.empty() ? QString::fromStdString(c->id)
                                  : QString::fromStdString(c->name));
    }
    auto* series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("workload"));
    series->setBarWidth(order.size() > 60 ? 1.0 : 0.8);
    series->append(onTime);
    series->append(late);
    chart->addSeries(series);
    const int n = int(order.size());
    // Names do not fit under thin bars: ranks on the axis, the courier in the bar's tooltip
    // (and in the Couriers tab and the report's table).
    const int every = n <= 12 ? 1 : n <= 30 ? 5 : n <= 100 ? 10 : 25;
    auto* x = sparseAxis(n, [every](int i) {
        return i == 0 || (i + 1) % every == 0 ? QString::number(i + 1) : QString();
    });
    x->setTitleText(
        QCoreApplication::translate("ShiftCharts", "Couriers by rank (%1 in all)").arg(n));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    for (QBarSet* set : {onTime, late})
        QObject::connect(set, &QBarSet::hovered, chart, [names, order](bool on, int i) {
            if (!on || i < 0 || i >= int(order.size())) return QToolTip::hideText();
            const auto* c = order[std::size_t(i)];
            QToolTip::showText(QCursor::pos(), QCoreApplication::translate(
                                                   "ShiftCharts", "%1: %2 delivered, %3 late")
                                                   .arg(names.value(i))
                                                   .arg(c->delivered)
                                                   .arg(c->late));
        });
    QValueAxis* y = countAxis(top, QCoreApplication::translate("ShiftCharts", "Orders"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

double barTotal(const QChart* chart, const QString& setName) {
    double sum = 0;
    if (!chart) return sum;
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                if (setName.isEmpty() || set->objectName() == setName)
                    for (int i = 0; i < set->count(); ++i) sum += set->at(i);
    return sum;
}

}  // namespace chongal::ui

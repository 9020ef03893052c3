#include "ui/kpi_strip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>

#include "app/session/dispatch_digest.h"

namespace chongal::ui {

KpiStrip::KpiStrip(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("kpiStrip"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);
    open_ = addTile(QStringLiteral("open"), tr("Open"));
    delivered_ = addTile(QStringLiteral("delivered"), tr("Delivered"));
    onTime_ = addTile(QStringLiteral("onTime"), tr("On time so far"));
    avg_ = addTile(QStringLiteral("avg"), tr("Avg delivery"));
    p90_ = addTile(QStringLiteral("p90"), tr("P90 delivery"));
    couriers_ = addTile(QStringLiteral("couriers"), tr("Couriers active"));
    late_ = addTile(QStringLiteral("late"), tr("Late now"));
    atRisk_ = addTile(QStringLiteral("atRisk"), tr("At risk"));
    unassigned_ = addTile(QStringLiteral("unassigned"), tr("Unassigned"));
    layout->addStretch(1);
    setStyleSheet(QStringLiteral(
        "#kpiStrip { background: #F4F6F8; border-bottom: 1px solid #DDE1E6; }"
        "QLabel[role=\"value\"] { font-size: 15pt; font-weight: 600; color: #1F2933; }"
        "QLabel[role=\"value\"][warn=\"true\"] { color: #C0392B; }"
        "QLabel[role=\"caption\"] { font-size: 8pt; color: #66717D; }"));
    setAttribute(Qt::WA_StyledBackground);
}

QLabel* KpiStrip::addTile(const QString& name, const QString& caption) {
    auto* tile = new QWidget(this);
    auto* v = new QVBoxLayout(tile);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto* value = new QLabel(QStringLiteral("—"), tile);
    value->setObjectName(name);
    value->setProperty("role", "value");
    auto* label = new QLabel(caption, tile);
    label->setProperty("role", "caption");
    v->addWidget(value);
    v->addWidget(label);
    static_cast<QHBoxLayout*>(layout())->addWidget(tile);
    return value;
}

void KpiStrip::setWarning(QLabel* value, bool warn) {
    if (value->property("warn").toBool() == warn) return;
    value->setProperty("warn", warn);
    value->style()->unpolish(value);
    value->style()->polish(value);
}

void KpiStrip::setValues(const dispatch::Kpis& k, const app::DispatchDigest& d) {
    const QLocale locale;
    auto set = [](QLabel* l, const QString& text) {
        if (l->text() != text) l->setText(text);
    };
    const bool any = k.delivered > 0;
    // Kpis::onTimeRate counts open orders as late (the end-of-shift figure); while the shift runs
    // the console shows the on-time share of the deliveries made so far.
    const double onTime = std::round(k.onTimeRate * double(k.orders - k.cancelled));
    const double onTimeSoFar = any ? onTime / double(k.delivered) : 0.0;
    set(open_, locale.toString(k.open));
    set(delivered_,
        QStringLiteral("%1 / %2").arg(locale.toString(k.delivered), locale.toString(k.orders)));
    set(onTime_, any ? locale.toString(onTimeSoFar * 100.0, 'f', 1) + QStringLiteral(" %")
                     : QStringLiteral("—"));
    set(avg_,
        any ? tr("%1 min").arg(locale.toString(k.avgDeliveryMin, 'f', 1)) : QStringLiteral("—"));
    set(p90_,
        any ? tr("%1 min").arg(locale.toString(k.p90DeliveryMin, 'f', 1)) : QStringLiteral("—"));
    set(couriers_, locale.toString(k.couriersActive));
    set(late_, locale.toString(d.late));
    set(atRisk_, locale.toString(d.atRisk));
    set(unassigned_, locale.toString(d.unassigned));
    setWarning(onTime_, any && onTimeSoFar < 0.95);
    setWarning(late_, d.late > 0);
    setWarning(unassigned_, d.unassigned > 0);
}

QString KpiStrip::valueText(const QString& tile) const {
    const auto* l = findChild<QLabel*>(tile);
    return l ? l->text() : QString();
}

}  // namespace chongal::ui

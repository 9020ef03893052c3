// File > New shift: each scenario comes with its own sizes (the on-demand day needs more
// couriers than Midnight Express), unless the operator has changed them; the spec returned is
// what the boxes show.
#include <QComboBox>
#include <QSpinBox>
#include <QTest>

#include "ui/new_shift_dialog.h"

using namespace chongal;

class TstNewShiftDialog : public QObject {
    Q_OBJECT

    static QComboBox* scenario(ui::NewShiftDialog& d) {
        return d.findChild<QComboBox*>(QStringLiteral("scenario"));
    }
    static QSpinBox* box(ui::NewShiftDialog& d, const char* name) {
        return d.findChild<QSpinBox*>(QString::fromLatin1(name));
    }

private slots:
    void aScenarioBringsItsOwnSizes() {
        const app::ScenarioSpec midnight = app::defaultSpec(app::ScenarioKind::MidnightExpress);
        const app::ScenarioSpec onDemand = app::defaultSpec(app::ScenarioKind::OnDemand);
        QVERIFY(onDemand.fleet > midnight.fleet);
        ui::NewShiftDialog d(midnight);
        QVERIFY(scenario(d) && box(d, "orders") && box(d, "fleet"));
        scenario(d)->setCurrentIndex(1);
        QCOMPARE(d.spec().kind, app::ScenarioKind::OnDemand);
        QCOMPARE(d.spec().orders, onDemand.orders);
        QCOMPARE(d.spec().fleet, onDemand.fleet);
        scenario(d)->setCurrentIndex(0);
        QCOMPARE(d.spec().orders, midnight.orders);
        QCOMPARE(d.spec().fleet, midnight.fleet);
    }

    void sizesTheOperatorSetAreKept() {
        ui::NewShiftDialog d(app::defaultSpec(app::ScenarioKind::MidnightExpress));
        box(d, "fleet")->setValue(123);
        scenario(d)->setCurrentIndex(1);
        QCOMPARE(d.spec().fleet, 123);
        QCOMPARE(d.spec().orders, app::defaultSpec(app::ScenarioKind::OnDemand).orders);
    }
};

QTEST_MAIN(TstNewShiftDialog)
#include "tst_new_shift_dialog.moc"

#include "ui/new_shift_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace chongal::ui {

NewShiftDialog::NewShiftDialog(const app::ScenarioSpec& initial, QWidget* parent)
    : QDialog(parent), shownKind_(initial.kind) {
    setWindowTitle(tr("New shift"));
    auto* form = new QFormLayout(this);
    scenario_ = new QComboBox(this);
    scenario_->setObjectName(QStringLiteral("scenario"));
    scenario_->addItem(tr("Midnight Express (pre-orders at 00:00, promised by 01:00)"),
                       int(app::ScenarioKind::MidnightExpress));
    scenario_->addItem(tr("On-demand day (orders arrive all day, promised within the hour)"),
                       int(app::ScenarioKind::OnDemand));
    scenario_->setCurrentIndex(initial.kind == app::ScenarioKind::OnDemand ? 1 : 0);
    form->addRow(tr("Scenario:"), scenario_);
    seed_ = new QSpinBox(this);
    seed_->setRange(1, 1'000'000);
    seed_->setValue(int(initial.seed));
    form->addRow(tr("Seed:"), seed_);
    orders_ = new QSpinBox(this);
    orders_->setObjectName(QStringLiteral("orders"));
    orders_->setRange(1, 10'000);
    orders_->setValue(initial.orders);
    form->addRow(tr("Orders:"), orders_);
    fleet_ = new QSpinBox(this);
    fleet_->setObjectName(QStringLiteral("fleet"));
    fleet_->setRange(1, 1'000);
    fleet_->setValue(initial.fleet);
    form->addRow(tr("Couriers:"), fleet_);
    connect(scenario_, &QComboBox::currentIndexChanged, this, &NewShiftDialog::scenarioChosen);
    auto* note =
        new QLabel(tr("The same scenario, seed and sizes always give the same shift."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void NewShiftDialog::scenarioChosen() {
    const auto kind = app::ScenarioKind(scenario_->currentData().toInt());
    const app::ScenarioSpec before = app::defaultSpec(shownKind_), now = app::defaultSpec(kind);
    if (orders_->value() == before.orders) orders_->setValue(now.orders);
    if (fleet_->value() == before.fleet) fleet_->setValue(now.fleet);
    shownKind_ = kind;
}

app::ScenarioSpec NewShiftDialog::spec() const {
    app::ScenarioSpec s;
    s.kind = app::ScenarioKind(scenario_->currentData().toInt());
    s.seed = std::uint64_t(seed_->value());
    s.orders = orders_->value();
    s.fleet = fleet_->value();
    return s;
}

}  // namespace chongal::ui

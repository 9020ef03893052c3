#pragma once
// File > New shift: the built-in simulator's scenario (Midnight Express or an on-demand day),
// its seed, number of orders and fleet size. Choosing another scenario brings its own sizes,
// unless the operator changed them.
#include <QDialog>

#include "app/session/scenario_source.h"

class QComboBox;
class QSpinBox;

namespace chongal::ui {

class NewShiftDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewShiftDialog(const app::ScenarioSpec& initial, QWidget* parent = nullptr);
    app::ScenarioSpec spec() const;

private:
    void scenarioChosen();

    app::ScenarioKind shownKind_;  // whose default sizes the boxes may still show
    QComboBox* scenario_;
    QSpinBox* seed_;
    QSpinBox* orders_;
    QSpinBox* fleet_;
};

}  // namespace chongal::ui

#pragma once
// Preferences: the shift store file, an optional online map tile URL (the offline Seoul map is
// always there), the language (applies at the next start), the default simulation speed and the
// number of solver threads.
// OK is refused, with the reason shown in the dialog, for a tile URL that is not an http(s) XYZ
// template or a store file whose folder does not exist.
#include <QDialog>

#include "app/session/console_settings.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace chongal::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const app::ConsoleSettings& current, QWidget* parent = nullptr);
    app::ConsoleSettings settings() const;
    // Why the entered settings cannot be used; empty when they can.
    static QString problemWith(const app::ConsoleSettings& s);

    void accept() override;

private:
    QLineEdit* storePath_;
    QLineEdit* tileUrl_;
    QComboBox* language_;
    QDoubleSpinBox* speed_;
    QSpinBox* solverThreads_;
    QLabel* error_;
};

}  // namespace chongal::ui

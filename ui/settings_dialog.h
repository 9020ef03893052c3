#pragma once
// Preferences: the shift store file, an optional online map tile URL (the offline Seoul map is
// always there), the language (applies at the next start) and the default simulation speed.
#include <QDialog>

#include "app/session/console_settings.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace chongal::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const app::ConsoleSettings& current, QWidget* parent = nullptr);
    app::ConsoleSettings settings() const;

private:
    QLineEdit* storePath_;
    QLineEdit* tileUrl_;
    QComboBox* language_;
    QDoubleSpinBox* speed_;
};

}  // namespace chongal::ui

#pragma once
// About Chongal: version, what it is, and the attribution of the bundled data
// (resources/ATTRIBUTION.md, shown as it is).
#include <QDialog>

namespace chongal::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

}  // namespace chongal::ui

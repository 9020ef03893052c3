#include "ui/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace chongal::ui {

SettingsDialog::SettingsDialog(const app::ConsoleSettings& current, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);

    storePath_ = new QLineEdit(current.storePath, this);
    storePath_->setPlaceholderText(app::defaultStorePath());
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Shift store"), storePath_->text(), tr("Shift stores (*.sqlite *.db)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) storePath_->setText(path);
    });
    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(storePath_, 1);
    storeRow->addWidget(browse);
    form->addRow(tr("Shift store file:"), storeRow);

    tileUrl_ = new QLineEdit(current.tileUrl, this);
    tileUrl_->setPlaceholderText(tr("none: offline map only"));
    tileUrl_->setToolTip(
        tr("An XYZ raster tile URL such as https://tile.example.org/{z}/{x}/{y}.png, "
           "drawn under the offline map. Respect the tile server's usage policy."));
    form->addRow(tr("Online map tiles:"), tileUrl_);

    language_ = new QComboBox(this);
    language_->addItem(tr("System language"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));
    form->addRow(tr("Language:"), language_);

    speed_ = new QDoubleSpinBox(this);
    speed_->setRange(1, 3600);
    speed_->setDecimals(0);
    speed_->setSuffix(QStringLiteral(" ×"));
    speed_->setValue(current.simSpeed);
    form->addRow(tr("Simulation speed:"), speed_);

    auto* note = new QLabel(tr("The language and the store file apply at the next start."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(520);
}

app::ConsoleSettings SettingsDialog::settings() const {
    app::ConsoleSettings s;
    s.storePath = storePath_->text().trimmed();
    s.tileUrl = tileUrl_->text().trimmed();
    s.language = language_->currentData().toString();
    s.simSpeed = speed_->value();
    return s;
}

}  // namespace chongal::ui

#include "ui/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>

namespace chongal::ui {

SettingsDialog::SettingsDialog(const app::ConsoleSettings& current, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);

    storePath_ = new QLineEdit(current.storePath, this);
    storePath_->setObjectName(QStringLiteral("storePath"));
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
    tileUrl_->setObjectName(QStringLiteral("tileUrl"));
    tileUrl_->setPlaceholderText(tr("none: offline map only"));
    tileUrl_->setToolTip(
        tr("An XYZ raster tile URL such as https://tile.example.org/{z}/{x}/{y}.png, "
           "drawn under the offline map. Respect the tile server's usage policy."));
    form->addRow(tr("Online map tiles:"), tileUrl_);

    language_ = new QComboBox(this);
    language_->setObjectName(QStringLiteral("language"));
    language_->addItem(tr("System language"), QString());
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    language_->setCurrentIndex(std::max(0, language_->findData(current.language)));
    form->addRow(tr("Language:"), language_);

    speed_ = new QDoubleSpinBox(this);
    speed_->setObjectName(QStringLiteral("simSpeed"));
    speed_->setRange(1, 3600);
    speed_->setDecimals(0);
    speed_->setSuffix(QStringLiteral(" ×"));
    speed_->setValue(current.simSpeed);
    form->addRow(tr("Simulation speed:"), speed_);

    solverThreads_ = new QSpinBox(this);
    solverThreads_->setObjectName(QStringLiteral("solverThreads"));
    solverThreads_->setRange(1, app::kMaxSolverThreads);
    solverThreads_->setValue(current.solverThreads);
    solverThreads_->setToolTip(
        tr("How many plan searches run side by side; the best plan found is followed. More "
           "searches find better plans in the same time, but each keeps a processor core busy "
           "that the map, the tables and other programs then lack; more searches than cores only "
           "share them. The default leaves one core free for the console. Processor cores on "
           "this computer: %1. A change applies from the next search.")
            .arg(QThread::idealThreadCount()));
    form->addRow(tr("Solver threads:"), solverThreads_);

    auto* note = new QLabel(tr("The language and the store file apply at the next start."), this);
    note->setWordWrap(true);
    form->addRow(note);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("settingsError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #B3261E"));
    error_->hide();
    form->addRow(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(520);
}

QString SettingsDialog::problemWith(const app::ConsoleSettings& s) {
    if (!s.tileUrl.isEmpty()) {
        const QUrl url(s.tileUrl);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty())
            return tr("Online map tiles: \"%1\" is not an http:// or https:// address.")
                .arg(s.tileUrl);
        for (const char* part : {"{z}", "{x}", "{y}"})
            if (!s.tileUrl.contains(QLatin1String(part)))
                return tr("Online map tiles: the address needs {z}, {x} and {y} where the zoom "
                          "and tile numbers go; %1 is missing.")
                    .arg(QLatin1String(part));
    }
    if (!s.storePath.isEmpty()) {
        const QFileInfo file(s.storePath);
        if (file.isDir())
            return tr("Shift store file: %1 is a folder; choose a file in it.").arg(s.storePath);
        if (!file.absoluteDir().exists())
            return tr("Shift store file: the folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(file.absolutePath()));
    }
    return {};
}

void SettingsDialog::accept() {
    const QString problem = problemWith(settings());
    error_->setText(problem);
    error_->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) QDialog::accept();
}

app::ConsoleSettings SettingsDialog::settings() const {
    app::ConsoleSettings s;
    s.storePath = storePath_->text().trimmed();
    s.tileUrl = tileUrl_->text().trimmed();
    s.language = language_->currentData().toString();
    s.simSpeed = speed_->value();
    s.solverThreads = solverThreads_->value();
    return s;
}

}  // namespace chongal::ui

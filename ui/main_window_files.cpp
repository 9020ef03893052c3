// MainWindow: shifts and files (new shift, import with a report of rejected rows, export), and
// the settings. The rest of the window is in main_window.cpp.
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

#include "app/session/dispatch_session.h"
#include "ui/main_window.h"
#include "ui/map/map_canvas.h"
#include "ui/map/tile_source.h"
#include "ui/new_shift_dialog.h"
#include "ui/settings_dialog.h"

namespace chongal::ui {

bool MainWindow::startScenario(const app::ScenarioSpec& spec, bool quiet) {
    if (!inputs_) {
        if (!quiet)
            QMessageBox::warning(this, tr("New shift"), tr("The bundled Seoul data is missing."));
        return false;
    }
    QString error;
    auto scenario = app::makeScenario(spec, *inputs_, &error);
    if (!scenario) {
        if (!quiet)
            QMessageBox::warning(this, tr("New shift"), tr("Cannot make the shift: %1").arg(error));
        return false;
    }
    lastSpec_ = spec;
    const QString name = spec.kind == app::ScenarioKind::MidnightExpress ? tr("Midnight Express")
                                                                         : tr("On-demand day");
    const QJsonObject meta{{"orders", spec.orders}, {"fleet", spec.fleet}};
    startShift(std::move(*scenario),
               {tr("%1 (seed %2, %3 orders, %4 couriers)")
                    .arg(name)
                    .arg(spec.seed)
                    .arg(QLocale().toString(spec.orders))
                    .arg(spec.fleet),
                app::scenarioCode(spec.kind), qint64(spec.seed),
                QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))});
    return true;
}

void MainWindow::startShift(sim::Scenario scenario, const app::ShiftLabel& label) {
    undo_->clear();  // edits of the old shift cannot be undone in the new one
    clearSelection();
    setWindowTitle(tr("Chongal — %1").arg(label.name));
    session_->start(std::move(scenario), label);
}

void MainWindow::newShift() {
    NewShiftDialog dialog(lastSpec_, this);
    if (dialog.exec() == QDialog::Accepted) startScenario(dialog.spec());
}

namespace {

const char* kInterchangeFilter =
    QT_TRANSLATE_NOOP("MainWindow", "Interchange files (*.csv *.jsonl *.ndjson *.json)");

}  // namespace

void MainWindow::importFiles() {
    const QString ordersPath = QFileDialog::getOpenFileName(
        this, tr("Import orders"), QDir::homePath(), tr(kInterchangeFilter));
    if (ordersPath.isEmpty()) return;
    const QString couriersPath = QFileDialog::getOpenFileName(
        this, tr("Import couriers (cancel: add the orders to this shift)"),
        QFileInfo(ordersPath).absolutePath(), tr(kInterchangeFilter));
    app::ImportedFiles in = app::importFiles(ordersPath, couriersPath);
    QStringList details = in.rejected;
    const int rejected = int(in.rejected.size());
    QString summary;
    if (!couriersPath.isEmpty()) {
        QString error;
        const int nOrders = int(in.orders.size()), nCouriers = int(in.couriers.size());
        auto scenario =
            app::scenarioFromImport(QFileInfo(ordersPath).fileName(), std::move(in.orders),
                                    std::move(in.couriers), in.utcOffsetS, &error);
        if (scenario) {
            startShift(std::move(*scenario),
                       {tr("Imported: %1").arg(QFileInfo(ordersPath).fileName()),
                        QStringLiteral("import"), std::nullopt, QStringLiteral("{}")});
            summary =
                tr("New shift: %1 orders and %2 couriers imported.").arg(nOrders).arg(nCouriers);
        } else {
            summary = tr("Nothing to start: %1.").arg(error);
        }
    } else if (session_->hasShift()) {
        // Orders alone join the running shift, known from now on.
        std::vector<dispatch::Event> events;
        for (Order& o : in.orders) {
            o.placedAt = std::max(o.placedAt, session_->now());
            events.push_back({0, "import", dispatch::OrderCreated{std::move(o)}});
        }
        const QStringList refused = session_->inject(
            events, QStringLiteral("import"),
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{"file", ordersPath}, {"orders", int(events.size())}})
                    .toJson(QJsonDocument::Compact)));
        details << refused;
        summary = tr("%1 orders added to this shift.").arg(int(events.size()) - refused.size());
    }
    QMessageBox box(rejected ? QMessageBox::Warning : QMessageBox::Information, tr("Import"),
                    summary, QMessageBox::Ok, this);
    if (rejected)
        box.setInformativeText(tr("%n row(s) rejected; see the details.", nullptr, rejected));
    if (!details.isEmpty()) box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::exportOrders() {
    if (!session_->hasShift()) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export orders"), QDir::homePath() + "/orders.csv", tr(kInterchangeFilter));
    if (path.isEmpty()) return;
    std::vector<Order> orders;
    for (const dispatch::OrderState& o : session_->state().orders()) orders.push_back(o.order);
    QString error;
    if (!app::exportOrders(path, orders, utcOffset(), &error))
        QMessageBox::warning(this, tr("Export orders"), error);
    else
        statusBar()->showMessage(tr("%1 orders written to %2").arg(orders.size()).arg(path), 5000);
}

void MainWindow::exportCouriers() {
    if (!session_->hasShift()) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export couriers"), QDir::homePath() + "/couriers.csv", tr(kInterchangeFilter));
    if (path.isEmpty()) return;
    std::vector<Courier> couriers;
    for (const dispatch::CourierState& c : session_->state().couriers())
        couriers.push_back(c.courier);
    QString error;
    if (!app::exportCouriers(path, couriers, utcOffset(), &error))
        QMessageBox::warning(this, tr("Export couriers"), error);
    else
        statusBar()->showMessage(tr("%1 couriers written to %2").arg(couriers.size()).arg(path),
                                 5000);
}

void MainWindow::editSettings() {
    SettingsDialog dialog(settings_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    settings_ = dialog.settings();
    QSettings s;
    settings_.save(s);
    session_->setSpeed(settings_.simSpeed);
    applyTileSource();
}

void MainWindow::applyTileSource() {
    map_->setTileSource(nullptr);
    delete tiles_;
    tiles_ = nullptr;
    if (settings_.tileUrl.isEmpty()) return;
    tiles_ = new TileSource(
        settings_.tileUrl,
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles"),
        this);
    map_->setTileSource(tiles_);
}

}  // namespace chongal::ui

// MainWindow: shifts and files (new shift, resuming an unfinished one, import with a report of
// rejected rows, export, the shift history), and the settings. The rest of the window is in
// main_window.cpp.
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

#include "app/session/dispatch_session.h"
#include "app/store/shift_store.h"
#include "ui/history/history_window.h"
#include "ui/history/shift_text.h"
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

namespace {

// The store's unfinished shift, ready to continue; nullopt when there is none or it cannot be
// read (then `why` says so). The store is closed again on return, before the session's writer
// opens it for the resumed shift.
std::optional<app::ResumePoint> unfinishedShift(const QString& storePath, QString* why) {
    if (storePath.isEmpty() || !QFileInfo::exists(storePath)) return std::nullopt;
    auto db = store::ShiftStore::open(storePath.toStdString(), store::ShiftStore::Mode::ReadWrite);
    if (!db) return std::nullopt;  // locked or unreadable: the session reports it when it opens
    const auto shift = app::latestUnfinishedShift(*db, why);
    if (!shift) return std::nullopt;
    return app::loadResumePoint(*db, *shift, why);
}

}  // namespace

void MainWindow::startOrResume(const app::ScenarioSpec& spec, ResumeAnswer answer) {
    if (answer != ResumeAnswer::NewShift) {
        QString why;
        auto point = unfinishedShift(session_->options().storePath, &why);
        if (!point && !why.isEmpty()) {
            if (answer == ResumeAnswer::Ask)
                QMessageBox::warning(this, tr("Resume shift"),
                                     tr("The unfinished shift cannot be resumed: %1").arg(why));
            statusBar()->showMessage(tr("The unfinished shift cannot be resumed: %1").arg(why));
        }
        if (point && answer == ResumeAnswer::Ask) {
            int orders = 0, delivered = 0;
            for (const dispatch::Event& e : point->history) {
                orders += std::holds_alternative<dispatch::OrderCreated>(e.body);
                delivered += std::holds_alternative<dispatch::Delivered>(e.body);
            }
            const int offset = point->shift.utcOffsetSeconds;
            QMessageBox box(QMessageBox::Question, tr("Resume shift"),
                            tr("The shift store holds an unfinished shift: %1.")
                                .arg(QString::fromStdString(point->shift.name)),
                            QMessageBox::NoButton, this);
            box.setInformativeText(
                tr("Started %1; last saved at %2 with %3 of %4 orders delivered. Resume it "
                   "where it stopped, or start a new shift?")
                    .arg(shift_text::dateTimeText(point->shift.startedAt, offset),
                         shift_text::dateTimeText(app::resumeTime(point->history), offset),
                         QLocale().toString(delivered), QLocale().toString(orders)));
            QPushButton* resume = box.addButton(tr("&Resume"), QMessageBox::AcceptRole);
            box.addButton(tr("Start &new shift"), QMessageBox::RejectRole);
            box.setDefaultButton(resume);
            box.setEscapeButton(resume);  // closing the box must not drop the shift silently
            box.exec();
            if (box.clickedButton() != resume) point.reset();
        }
        if (point) return resumeShift(std::move(*point));
    }
    startScenario(spec, answer != ResumeAnswer::Ask);
}

void MainWindow::resumeShift(app::ResumePoint point) {
    undo_->clear();
    clearSelection();
    const app::ScenarioRequest& rq = point.request;
    if (const auto kind = app::scenarioKind(rq.scenario); rq.ordersFile.isEmpty() && kind) {
        // The next "New shift" starts from the resumed shift's settings.
        lastSpec_.kind = *kind;
        lastSpec_.seed = rq.seed;
        lastSpec_.orders = rq.orders;
        lastSpec_.fleet = rq.fleet;
    }
    setWindowTitle(tr("Chongal — %1").arg(QString::fromStdString(point.shift.name)));
    session_->resume(std::move(point.scenario), point.history, point.shift.id);
    statusBar()->showMessage(tr("Shift resumed where it stopped"), 5000);
}

QMainWindow* MainWindow::showHistory(const QString& storePath, std::optional<qint64> shiftId) {
    auto* w = new HistoryWindow(storePath, shiftId, this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    return w;
}

void MainWindow::showCurrentHistory() {
    const QString path = session_->options().storePath;
    if (path.isEmpty()) return;
    const qint64 id = session_->storeShiftId();
    showHistory(path, id > 0 ? std::optional<qint64>(id) : std::nullopt);
}

void MainWindow::reviewOtherStore() {
    const QString current = session_->options().storePath;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open shift store for review"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("Shift stores (*.chongal *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty()) showHistory(path);
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
            startShift(
                std::move(*scenario),
                {tr("Imported: %1").arg(QFileInfo(ordersPath).fileName()), QStringLiteral("import"),
                 std::nullopt,
                 // The files, so that an interrupted shift can be resumed.
                 QString::fromUtf8(QJsonDocument(QJsonObject{{"orders_file", ordersPath},
                                                             {"couriers_file", couriersPath}})
                                       .toJson(QJsonDocument::Compact))});
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
    session_->setSolverThreads(settings_.solverThreads);  // from the next search on
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

#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include "app/commands/lock_order_command.h"
#include "app/commands/lock_sequence_command.h"
#include "app/commands/move_order_command.h"
#include "app/models/alerts_model.h"
#include "app/models/couriers_model.h"
#include "app/models/display_text.h"
#include "app/models/orders_model.h"
#include "app/session/dispatch_session.h"
#include "ui/about_dialog.h"
#include "ui/alerts_dock.h"
#include "ui/couriers_dock.h"
#include "ui/dispatch_scene.h"
#include "ui/help_dialog.h"
#include "ui/kpi_strip.h"
#include "ui/map/map_canvas.h"
#include "ui/move_dialog.h"
#include "ui/move_preview_text.h"
#include "ui/orders_dock.h"
#include "ui/route_timeline.h"

namespace chongal::ui {

using app::MoveSpec;

MainWindow::MainWindow(app::DispatchSession* session,
                       std::shared_ptr<const sim::ScenarioInputs> inputs,
                       app::ConsoleSettings settings, QWidget* parent)
    : QMainWindow(parent),
      session_(session),
      inputs_(std::move(inputs)),
      settings_(std::move(settings)),
      undo_(new QUndoStack(this)) {
    setWindowTitle(tr("Chongal dispatch console"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    if (inputs_)
        session_->setDistricts(std::shared_ptr<const spatial::ZoneSet>(inputs_, &inputs_->dongs));
    createModelsAndViews();
    createActions();
    createMenusAndToolBar();
    createStatusBar();
    connectSession();
    connectDrags();
    applyTileSource();
    resize(1600, 1000);
}

MainWindow::~MainWindow() = default;

int MainWindow::utcOffset() const {
    return session_->hasShift() ? session_->scenario().utcOffsetS : sim::kSeoulUtcOffsetS;
}

// --- construction --------------------------------------------------------------------------

void MainWindow::createModelsAndViews() {
    ordersModel_ = new app::OrdersModel(this);
    couriersModel_ = new app::CouriersModel(this);
    alertsModel_ = new app::AlertsModel(this);

    map_ = new MapCanvas(this);
    map_->setObjectName(QStringLiteral("map"));
    setCentralWidget(map_);

    ordersDock_ = new OrdersDock(ordersModel_, this);
    couriersDock_ = new CouriersDock(couriersModel_, this);
    alertsDock_ = new AlertsDock(alertsModel_, this);
    timeline_ = new RouteTimeline(this);
    timeline_->setObjectName(QStringLiteral("timeline"));
    auto* timelineDock = new QDockWidget(tr("Route timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(timeline_);

    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, ordersDock_);
    addDockWidget(Qt::LeftDockWidgetArea, couriersDock_);
    splitDockWidget(ordersDock_, couriersDock_, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, alertsDock_);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    resizeDocks({ordersDock_, alertsDock_}, {520, 380}, Qt::Horizontal);
    resizeDocks({ordersDock_, couriersDock_}, {480, 360}, Qt::Vertical);
    resizeDocks({timelineDock}, {270}, Qt::Vertical);

    kpi_ = new KpiStrip(this);

    connect(ordersDock_, &TableDock::idActivated, this, &MainWindow::selectOrder);
    connect(couriersDock_, &TableDock::idActivated, this, &MainWindow::selectCourier);
    auto selectAlert = [this](const QString& id) {
        if (session_->hasShift() && session_->state().order(id.toStdString()))
            selectOrder(id);
        else
            selectCourier(id);
    };
    connect(alertsDock_, &TableDock::idActivated, this, selectAlert);
    connect(timeline_, &RouteTimeline::orderClicked, this, &MainWindow::selectOrder);
    connect(timeline_, &RouteTimeline::courierClicked, this, &MainWindow::selectCourier);
    connect(map_, &MapCanvas::selectionRequested, this,
            [this, selectAlert](const QStringList& ids, bool) {
                if (ids.isEmpty()) return clearSelection();
                selectAlert(ids.front());
            });
}

QAction* MainWindow::addAction(const QString& name, const QString& text, const QKeySequence& key,
                               const std::function<void()>& run) {
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty()) a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    connect(a, &QAction::triggered, this, run);
    QMainWindow::addAction(a);  // shortcuts work even when the action is in no visible menu
    return a;
}

QAction* MainWindow::action(const QString& objectName) const {
    return findChild<QAction*>(objectName);
}

void MainWindow::createActions() {
    // File.
    addAction("newShift", tr("&New shift…"), QKeySequence::New, [this] { newShift(); });
    addAction("import", tr("&Import orders and couriers…"), QKeySequence(tr("Ctrl+I")),
              [this] { importFiles(); });
    addAction("history", tr("Shift &history…"), QKeySequence(tr("Ctrl+H")), [this] {
        showCurrentHistory();
    })->setEnabled(!session_->options().storePath.isEmpty());
    addAction("reviewStore", tr("Open shift s&tore for review…"), QKeySequence::Open,
              [this] { reviewOtherStore(); });
    addAction("exportOrders", tr("Export &orders…"), QKeySequence(tr("Ctrl+E")),
              [this] { exportOrders(); });
    addAction("exportCouriers", tr("Export &couriers…"), QKeySequence(tr("Ctrl+Shift+E")),
              [this] { exportCouriers(); });
    addAction("settings", tr("&Settings…"), QKeySequence(tr("Ctrl+,")), [this] { editSettings(); });
    addAction("quit", tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    // Edit.
    QAction* undo = undo_->createUndoAction(this, tr("&Undo"));
    undo->setObjectName("undo");
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undo_->createRedoAction(this, tr("&Redo"));
    redo->setObjectName("redo");
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Y")))) redoKeys << QKeySequence(tr("Ctrl+Y"));
    redo->setShortcuts(redoKeys);
    QMainWindow::addAction(undo);
    QMainWindow::addAction(redo);
    addAction("moveOrder", tr("&Move order to courier…"), QKeySequence(tr("M")),
              [this] { moveSelectedOrder(); });
    addAction("lockOrder", tr("&Lock or unlock order to its courier"), QKeySequence(tr("L")),
              [this] { toggleOrderLock(); });
    addAction("lockSequence", tr("Lock or unlock the courier's route &sequence"),
              QKeySequence(tr("Shift+L")), [this] { toggleSequenceLock(); });
    addAction("findOrder", tr("&Find order"), QKeySequence::Find,
              [this] { ordersDock_->focusSearch(); });
    addAction("findCourier", tr("Find &courier"), QKeySequence(tr("Ctrl+Shift+F")),
              [this] { couriersDock_->focusSearch(); });
    addAction("nextAlert", tr("Next &alert"), QKeySequence(tr("N")), [this] { stepAlert(1); });
    addAction("previousAlert", tr("&Previous alert"), QKeySequence(tr("Shift+N")),
              [this] { stepAlert(-1); });
    addAction("clearSelection", tr("Clear selection"), QKeySequence(tr("Ctrl+D")),
              [this] { clearSelection(); });

    // Simulation.
    QAction* run = addAction("run", tr("&Run / pause"), QKeySequence(tr("Space")),
                             [this] { toggleRunning(); });
    run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    addAction("step", tr("&Step (30 simulated seconds)"), QKeySequence(tr(".")), [this] {
        session_->stepOnce();
    })->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    addAction("faster", tr("&Faster (×2)"), QKeySequence(tr("]")), [this] {
        changeSpeed(2.0);
    })->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    addAction("slower", tr("S&lower (÷2)"), QKeySequence(tr("[")), [this] {
        changeSpeed(0.5);
    })->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    addAction("replan", tr("Re-&plan now"), QKeySequence(tr("Ctrl+R")), [this] {
        session_->replanNow();
    })->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    // View.
    addAction("fitSeoul", tr("Fit &Seoul"), QKeySequence(tr("0")), [this] { map_->fitSeoul(); });
    addAction("fitSelection", tr("Fit the &selection"), QKeySequence(tr("F")),
              [this] { map_->fitSelection(); });
    addAction("focusMap", tr("Go to the &map"), QKeySequence(tr("Alt+1")),
              [this] { map_->setFocus(Qt::ShortcutFocusReason); });
    addAction("focusOrders", tr("Go to the &orders"), QKeySequence(tr("Alt+2")), [this] {
        ordersDock_->show();
        ordersDock_->raise();
        ordersDock_->view()->setFocus(Qt::ShortcutFocusReason);
    });
    addAction("focusCouriers", tr("Go to the &couriers"), QKeySequence(tr("Alt+3")), [this] {
        couriersDock_->show();
        couriersDock_->raise();
        couriersDock_->view()->setFocus(Qt::ShortcutFocusReason);
    });
    addAction("focusTimeline", tr("Go to the route &timeline"), QKeySequence(tr("Alt+4")),
              [this] { timeline_->setFocus(Qt::ShortcutFocusReason); });
    addAction("focusAlerts", tr("Go to the &alerts"), QKeySequence(tr("Alt+5")), [this] {
        alertsDock_->show();
        alertsDock_->raise();
        alertsDock_->view()->setFocus(Qt::ShortcutFocusReason);
    });

    // Help.
    addAction("help", tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
              [this] { showHelp(); });
    addAction("about", tr("&About Chongal"), {}, [this] { AboutDialog(this).exec(); });
}

QList<QPair<QString, QList<QAction*>>> MainWindow::actionGroups() const {
    QList<QPair<QString, QList<QAction*>>> groups;
    for (QAction* menu : menuBar()->actions()) {
        if (!menu->menu()) continue;
        QList<QAction*> actions;
        for (QAction* a : menu->menu()->actions())
            if (!a->isSeparator()) actions << a;
        groups.append({QString(menu->text()).remove(QLatin1Char('&')), actions});
    }
    return groups;
}

void MainWindow::createMenusAndToolBar() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    for (const char* a : {"newShift", "import"}) file->addAction(action(a));
    file->addSeparator();
    for (const char* a : {"history", "reviewStore"}) file->addAction(action(a));
    file->addSeparator();
    for (const char* a : {"exportOrders", "exportCouriers"}) file->addAction(action(a));
    file->addSeparator();
    file->addAction(action("settings"));
    file->addSeparator();
    file->addAction(action("quit"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* a : {"undo", "redo"}) edit->addAction(action(a));
    edit->addSeparator();
    for (const char* a : {"moveOrder", "lockOrder", "lockSequence"}) edit->addAction(action(a));
    edit->addSeparator();
    for (const char* a :
         {"findOrder", "findCourier", "nextAlert", "previousAlert", "clearSelection"})
        edit->addAction(action(a));

    QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
    for (const char* a : {"run", "step", "faster", "slower"}) sim->addAction(action(a));
    sim->addSeparator();
    sim->addAction(action("replan"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (const char* a : {"fitSeoul", "fitSelection"}) view->addAction(action(a));
    view->addSeparator();
    for (const char* a :
         {"focusMap", "focusOrders", "focusCouriers", "focusTimeline", "focusAlerts"})
        view->addAction(action(a));
    view->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action("help"));
    help->addAction(action("about"));

    QToolBar* bar = addToolBar(tr("Clock and KPIs"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(18, 18));
    for (const char* a : {"run", "step", "slower", "faster"}) bar->addAction(action(a));
    bar->addSeparator();
    bar->addAction(action("replan"));
    bar->addSeparator();
    bar->addWidget(kpi_);
    for (QAction* a : bar->actions())
        if (!a->shortcut().isEmpty())
            a->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(a->text()).remove(QLatin1Char('&')),
                                              a->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::createStatusBar() {
    clockLabel_ = new QLabel(this);
    planLabel_ = new QLabel(this);
    storeLabel_ = new QLabel(this);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);  // a busy indicator: the solver reports no percentage
    busy_->setMaximumWidth(90);
    busy_->setMaximumHeight(14);
    busy_->setTextVisible(false);
    busy_->hide();
    statusBar()->addPermanentWidget(clockLabel_);
    statusBar()->addPermanentWidget(busy_);
    statusBar()->addPermanentWidget(planLabel_);
    statusBar()->addPermanentWidget(storeLabel_);
    statusTimer_ = new QTimer(this);
    statusTimer_->setInterval(250);
    connect(statusTimer_, &QTimer::timeout, this, &MainWindow::refreshStatus);
    statusTimer_->start();
}

void MainWindow::connectSession() {
    connect(session_, &app::DispatchSession::shiftStarted, this, &MainWindow::onShiftStarted);
    connect(session_, &app::DispatchSession::advanced, this, &MainWindow::refreshViews);
    // Plans may arrive several times a second: their refresh waits for the event loop (and is
    // skipped when a clock tick refreshed everything first), so adopting one stays cheap.
    connect(session_, &app::DispatchSession::planAdopted, this, [this] {
        if (refreshPending_) return;
        refreshPending_ = true;
        QTimer::singleShot(0, this, [this] {
            if (refreshPending_) refreshViews();
        });
    });
    connect(session_, &app::DispatchSession::planningChanged, this, &MainWindow::refreshStatus);
    connect(session_, &app::DispatchSession::clockChanged, this, &MainWindow::refreshStatus);
    connect(session_, &app::DispatchSession::storeFailedSignal, this, [this](const QString& m) {
        statusBar()->showMessage(tr("Shift store error: %1").arg(m), 10000);
        refreshStatus();
    });
    // A move priced on a plan that became outdated (another courier picked an order up
    // meanwhile) is not shown at once: it stands as a lock and the re-plan shows it. Say why the
    // map did not change yet, in place of the usual "Moved ..." message.
    connect(session_, &app::DispatchSession::interimPlanRefused, this,
            [this](const QStringList& orders) {
                statusBar()->showMessage(tr("Move kept; re-planning because %1 changed meanwhile")
                                             .arg(QLocale().createSeparatedList(orders)),
                                         10000);
            });
    connect(session_, &app::DispatchSession::shiftFinished, this, [this] {
        statusBar()->showMessage(
            tr("Shift over: every order is delivered or the shifts have ended."));
    });
}

void MainWindow::connectDrags() {
    // The map: an order marker dragged onto a courier (cheapest position in that route).
    connect(map_, &MapCanvas::orderDragStarted, this, [this](const QString& order) {
        drag_ = MoveSpec{order, {}, std::nullopt, false};
        previewText_.clear();
        selectOrder(order);
    });
    connect(map_, &MapCanvas::orderDragMoved, this,
            [this](const QString& order, const QString& courier, QPoint) {
                if (drag_ && drag_->toCourier == courier) return;
                if (courier.isEmpty()) {
                    drag_ = MoveSpec{order, {}, std::nullopt, false};
                    previewText_ = tr("%1: drop it on a courier").arg(order);
                    map_->setDragPreviewText(previewText_);
                    return;
                }
                previewDrag({order, courier, std::nullopt, false});
                map_->setDragPreviewText(previewText_);
            });
    connect(map_, &MapCanvas::orderDropped, this, [this](const QString& order, const QString& c) {
        if (!c.isEmpty()) dropMove({order, c, std::nullopt, false});
        clearDrag();
    });
    connect(map_, &MapCanvas::orderDragCancelled, this, [this] { clearDrag(); });

    // The timeline: a block onto another row (that courier), or along its own row (a place).
    connect(timeline_, &RouteTimeline::stopDragStarted, this,
            [this](const QString& order, bool pickup, const QString& from) {
                drag_ = MoveSpec{order, from, std::nullopt, pickup};
                previewText_.clear();
                selectOrder(order);
            });
    auto specOf = [](const QString& order, bool pickup, const QString& target,
                     const QString& before, bool sameRow) {
        return MoveSpec{order, target, sameRow ? std::optional<QString>(before) : std::nullopt,
                        pickup};
    };
    connect(timeline_, &RouteTimeline::stopDragMoved, this,
            [this, specOf](const QString& order, bool pickup, const QString& target,
                           const QString& before, bool sameRow) {
                if (target.isEmpty()) {
                    previewText_.clear();
                    timeline_->setDragPreviewText(order);
                    return;
                }
                previewDrag(specOf(order, pickup, target, before, sameRow));
                timeline_->setDragPreviewText(previewText_);
            });
    connect(timeline_, &RouteTimeline::stopDropped, this,
            [this, specOf](const QString& order, bool pickup, const QString& target,
                           const QString& before, bool sameRow) {
                dropMove(specOf(order, pickup, target, before, sameRow));
                clearDrag();
            });
    connect(timeline_, &RouteTimeline::stopDragCancelled, this, [this] { clearDrag(); });
}

// --- shifts --------------------------------------------------------------------------------

void MainWindow::onShiftStarted() {
    const bool korean = QLocale().language() == QLocale::Korean;
    const int offset = utcOffset();
    ordersModel_->setUtcOffset(offset);
    couriersModel_->setUtcOffset(offset);
    timeline_->setUtcOffset(offset);
    map_->setHubs(sceneHubs(session_->scenario().hubs, korean));
    mapOrders_.clear();
    mapRevision_ = -1;
    refreshViews();
}

// --- refresh -------------------------------------------------------------------------------

void MainWindow::refreshViews() {
    refreshPending_ = false;
    if (!session_->hasShift()) return;
    const app::DispatchDigest& d = session_->digest();
    ordersModel_->setRows(d.orders);
    couriersModel_->setRows(d.couriers);
    alertsModel_->setRows(d.alerts);
    // The alerts list is rebuilt when alerts come and go: keep the selected subject selected.
    const QString subject = selectedOrder_.isEmpty() ? selectedCourier_ : selectedOrder_;
    if (!subject.isEmpty() && alertsDock_->currentId() != subject) alertsDock_->selectId(subject);
    ordersDock_->updateCounts(d);
    couriersDock_->updateCounts(d);
    alertsDock_->updateCounts(d);
    kpi_->setValues(session_->kpis(), d);
    timeline_->setRows(d.timeline, d.now);
    refreshMap();
    refreshStatus();
}

void MainWindow::refreshMap() {
    const app::DispatchDigest& d = session_->digest();
    const int offset = utcOffset();
    map_->setCouriers(sceneCouriers(d, offset));
    map_->setRoutes(sceneRoutes(session_->state(), d));
    std::vector<MarkerState> markers;
    markers.reserve(d.orders.size());
    for (const app::OrderRow& o : d.orders)
        markers.push_back({int(o.status) * 2 + o.unassigned, int(o.risk), o.courierId});
    if (markers != mapOrders_ || d.planRevision != mapRevision_) {
        map_->setOrders(sceneOrders(session_->state(), d, offset));
        mapOrders_ = std::move(markers);
        mapRevision_ = d.planRevision;
    }
}

QString MainWindow::statusText() const {
    return clockLabel_->text() + QStringLiteral(" | ") + planLabel_->text() +
           QStringLiteral(" | ") + storeLabel_->text();
}

void MainWindow::refreshStatus() {
    if (!session_->hasShift()) return;
    const QLocale locale;
    const QString clock = QDateTime::fromSecsSinceEpoch(session_->now(), QTimeZone(utcOffset()))
                              .toString(QStringLiteral("HH:mm:ss"));
    QString state;
    if (session_->isFinished())
        state = tr("shift over");
    else if (session_->waitingForFirstPlan())
        state = tr("waiting for the first plan");
    else
        state = session_->isRunning() ? tr("running") : tr("paused");
    clockLabel_->setText(
        tr("%1 · ×%2 · %3").arg(clock, locale.toString(session_->speed(), 'f', 0), state));
    QAction* run = action("run");
    run->setIcon(style()->standardIcon(session_->isRunning() ? QStyle::SP_MediaPause
                                                             : QStyle::SP_MediaPlay));
    if (session_->isPlanning()) {
        busy_->show();
        planLabel_->setText(
            session_->waitingForFirstPlan()
                ? tr("Planning %1 orders… %2 s")
                      .arg(locale.toString(qlonglong(session_->state().orders().size())),
                           locale.toString(session_->planningElapsed(), 'f', 1))
                : tr("Re-planning… (plan r%1)").arg(session_->planRevision()));
    } else {
        busy_->hide();
        planLabel_->setText(tr("Plan r%1 · searched %2 s")
                                .arg(session_->planRevision())
                                .arg(locale.toString(session_->lastPlanSeconds(), 'f', 2)));
    }
    if (session_->options().storePath.isEmpty())
        storeLabel_->setText(tr("Not stored"));
    else if (session_->storeFailed())
        storeLabel_->setText(tr("Store error"));
    else
        storeLabel_->setText(tr("Stored %1 events · %2")
                                 .arg(locale.toString(session_->eventsStored()),
                                      QFileInfo(session_->options().storePath).fileName()));
    storeLabel_->setToolTip(session_->storeFailed() ? session_->storeError()
                                                    : session_->options().storePath);
}

// --- selection -----------------------------------------------------------------------------

void MainWindow::selectOrder(const QString& orderId) {
    if (orderId.isEmpty()) return clearSelection();
    selectedOrder_ = orderId;
    selectedCourier_.clear();
    for (const app::OrderRow& o : session_->digest().orders)
        if (o.id == orderId) selectedCourier_ = o.courierId;
    map_->setSelection({orderId});
    timeline_->setSelectedOrder(orderId);
    timeline_->setSelectedCourier(selectedCourier_);
    timeline_->ensureCourierVisible(selectedCourier_);
    ordersDock_->selectId(orderId);
    couriersDock_->selectId(selectedCourier_);
}

void MainWindow::selectCourier(const QString& courierId) {
    if (courierId.isEmpty()) return clearSelection();
    selectedCourier_ = courierId;
    selectedOrder_.clear();
    map_->setSelection({courierId});
    timeline_->setSelectedOrder({});
    timeline_->setSelectedCourier(courierId);
    timeline_->ensureCourierVisible(courierId);
    couriersDock_->selectId(courierId);
    ordersDock_->selectId({});
}

void MainWindow::clearSelection() {
    selectedOrder_.clear();
    selectedCourier_.clear();
    map_->setSelection({});
    timeline_->setSelectedOrder({});
    timeline_->setSelectedCourier({});
    ordersDock_->selectId({});
    couriersDock_->selectId({});
}

void MainWindow::stepAlert(int delta) {
    const auto& alerts = session_->digest().alerts;
    if (alerts.empty()) return statusBar()->showMessage(tr("No alerts"), 3000);
    alertCursor_ =
        ((alertCursor_ + delta) % int(alerts.size()) + int(alerts.size())) % int(alerts.size());
    const app::AlertRow& a = alerts[std::size_t(alertCursor_)];
    alertsDock_->selectId(a.subjectId);
    if (a.kind == app::AlertKind::StalePosition)
        selectCourier(a.subjectId);
    else
        selectOrder(a.subjectId);
    statusBar()->showMessage(
        QStringLiteral("%1 %2: %3")
            .arg(app::alertKindText(a.kind), a.subjectId, app::alertDetailText(a)),
        5000);
}

// --- drag-adjust ---------------------------------------------------------------------------

void MainWindow::previewDrag(const MoveSpec& spec) {
    drag_ = spec;
    preview_ = app::previewMove(session_->basis(), session_->state(), spec);
    previewText_ = movePreviewText(spec, preview_, utcOffset());
    statusBar()->showMessage(
        QString(previewText_).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
}

void MainWindow::dropMove(const MoveSpec& spec) {
    const app::MovePreview p = app::previewMove(session_->basis(), session_->state(), spec);
    if (!p.ok()) {
        if (p.block != app::MoveBlock::Unchanged)
            statusBar()->showMessage(tr("Not moved: %1").arg(moveBlockText(p.block)), 5000);
        return;
    }
    const long refusedBefore = session_->plansRefused();
    undo_->push(new app::MoveOrderCommand(session_, spec));
    if (session_->plansRefused() != refusedBefore) return;  // interimPlanRefused said why
    statusBar()->showMessage(
        tr("Moved %1 to %2; locked, re-planning the rest").arg(spec.orderId, spec.toCourier), 5000);
}

void MainWindow::clearDrag() {
    drag_.reset();
    map_->setDragPreviewText({});
    timeline_->setDragPreviewText({});
}

// --- actions -------------------------------------------------------------------------------

void MainWindow::toggleRunning() {
    session_->setRunning(!session_->isRunning());
}

void MainWindow::changeSpeed(double factor) {
    session_->setSpeed(session_->speed() * factor);
    statusBar()->showMessage(tr("Simulation speed ×%1").arg(session_->speed()), 2000);
}

void MainWindow::toggleOrderLock() {
    if (!session_->hasShift() || selectedOrder_.isEmpty())
        return statusBar()->showMessage(tr("Select an order first"), 3000);
    const dispatch::OrderState* o = session_->state().order(selectedOrder_.toStdString());
    if (!o) return;
    if (!o->lockedTo.empty()) {
        undo_->push(new app::LockOrderCommand(session_, selectedOrder_, QString()));
        return;
    }
    QString courier;
    for (const app::OrderRow& r : session_->digest().orders)
        if (r.id == selectedOrder_) courier = r.courierId;
    if (courier.isEmpty())
        return statusBar()->showMessage(tr("%1 has no courier to lock to").arg(selectedOrder_),
                                        3000);
    undo_->push(new app::LockOrderCommand(session_, selectedOrder_, courier));
}

void MainWindow::toggleSequenceLock() {
    if (!session_->hasShift() || selectedCourier_.isEmpty())
        return statusBar()->showMessage(tr("Select a courier (or one of its orders) first"), 3000);
    const dispatch::CourierState* c = session_->state().courier(selectedCourier_.toStdString());
    if (!c) return;
    std::vector<std::string> keys;
    if (c->lockedSequence.empty())
        for (const app::TimelineRow& row : session_->digest().timeline)
            if (row.courierId == selectedCourier_)
                for (const app::TimelineStop& s : row.stops)
                    keys.push_back(dispatch::stopKey(s.orderId.toStdString(), s.pickup));
    if (c->lockedSequence.empty() && keys.empty())
        return statusBar()->showMessage(tr("%1 has no route to lock").arg(selectedCourier_), 3000);
    undo_->push(new app::LockSequenceCommand(session_, selectedCourier_, std::move(keys)));
}

void MainWindow::moveSelectedOrder() {
    if (!session_->hasShift() || selectedOrder_.isEmpty())
        return statusBar()->showMessage(tr("Select an order first"), 3000);
    MoveDialog dialog(*session_, selectedOrder_, utcOffset(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.moveIsPossible()) dropMove(dialog.spec());
}

void MainWindow::showHelp() {
    HelpDialog(actionGroups(), this).exec();
}

}  // namespace chongal::ui

#pragma once
// The dispatch console's main window: the map in the centre; orders, couriers, route timeline and
// alerts in docks; the KPI strip and clock controls across the top; the clock, the solver and the
// store in the status bar. It wires the DispatchSession (the live dispatch loop) to the views:
// every clock tick refreshes the models and views from the session's digest; selections are
// kept in step across map, tables and timeline; drags on the map or the timeline show the
// what-if and, on drop, push an undoable MoveOrderCommand. Views never change dispatch data:
// every edit is a command on the undo stack, which the session turns into operator events.
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

#include "app/session/console_settings.h"
#include "app/session/dispatch_session.h"
#include "app/session/move_preview.h"
#include "app/session/scenario_source.h"
#include "app/session/shift_resume.h"

class QLabel;
class QProgressBar;
class QUndoStack;

namespace chongal::app {
class AlertsModel;
class CouriersModel;
class DispatchSession;
class OrdersModel;
}  // namespace chongal::app

namespace chongal::ui {

class AlertsDock;
class CouriersDock;
class KpiStrip;
class MapCanvas;
class OrdersDock;
class RouteTimeline;
class TileSource;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `inputs`: the bundled Seoul dongs and hubs (scenario generation and the district column).
    MainWindow(app::DispatchSession* session, std::shared_ptr<const sim::ScenarioInputs> inputs,
               app::ConsoleSettings settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Generates the scenario and starts it as a new shift; false (with a message box unless
    // `quiet`) when it cannot be generated.
    bool startScenario(const app::ScenarioSpec& spec, bool quiet = false);
    void startShift(sim::Scenario scenario, const app::ShiftLabel& label);

    // At start-up: when the console's store holds an unfinished shift, offers to resume it
    // (Ask: a message box, Resume by default) and resumes it where its last committed event
    // left it; otherwise, or when it cannot be resumed, starts `spec` as a new shift.
    enum class ResumeAnswer { Ask, Resume, NewShift };
    void startOrResume(const app::ScenarioSpec& spec, ResumeAnswer answer);
    // Continues a stored shift (app/session/shift_resume.h) in the session.
    void resumeShift(app::ResumePoint point);

    // Opens the shift history (read-only) on `storePath`, showing `shiftId` if given; it reads
    // beside the console even while the console writes that store.
    QMainWindow* showHistory(const QString& storePath, std::optional<qint64> shiftId = {});

    // Parts, for tests and scripted screenshots.
    MapCanvas* map() const { return map_; }
    RouteTimeline* timeline() const { return timeline_; }
    OrdersDock* ordersDock() const { return ordersDock_; }
    CouriersDock* couriersDock() const { return couriersDock_; }
    AlertsDock* alertsDock() const { return alertsDock_; }
    KpiStrip* kpiStrip() const { return kpi_; }
    QUndoStack* undoStack() const { return undo_; }
    app::DispatchSession* session() const { return session_; }
    QAction* action(const QString& objectName) const;
    QList<QPair<QString, QList<QAction*>>> actionGroups() const;
    QString selectedOrder() const { return selectedOrder_; }
    QString selectedCourier() const { return selectedCourier_; }
    QString lastPreviewText() const { return previewText_; }
    QString statusText() const;

public slots:
    void selectOrder(const QString& orderId);
    void selectCourier(const QString& courierId);
    void clearSelection();
    void showHelp();

private:
    void createModelsAndViews();
    void createActions();
    void createMenusAndToolBar();
    void createStatusBar();
    void connectSession();
    void connectDrags();
    QAction* addAction(const QString& name, const QString& text, const QKeySequence& key,
                       const std::function<void()>& run);

    void refreshViews();
    void refreshMap();
    void refreshStatus();
    void onShiftStarted();

    // Drag-adjust: the what-if while dragging, an undoable command on drop.
    void previewDrag(const app::MoveSpec& spec);
    void dropMove(const app::MoveSpec& spec);
    void clearDrag();

    // Actions.
    void toggleRunning();
    void changeSpeed(double factor);
    void toggleOrderLock();
    void toggleSequenceLock();
    void moveSelectedOrder();
    void stepAlert(int delta);
    void newShift();
    void showCurrentHistory();
    void reviewOtherStore();
    void importFiles();
    void exportOrders();
    void exportCouriers();
    void editSettings();
    void applyTileSource();
    int utcOffset() const;

    app::DispatchSession* session_;
    std::shared_ptr<const sim::ScenarioInputs> inputs_;
    app::ConsoleSettings settings_;
    app::ScenarioSpec lastSpec_;
    QUndoStack* undo_;

    app::OrdersModel* ordersModel_ = nullptr;
    app::CouriersModel* couriersModel_ = nullptr;
    app::AlertsModel* alertsModel_ = nullptr;
    MapCanvas* map_ = nullptr;
    RouteTimeline* timeline_ = nullptr;
    OrdersDock* ordersDock_ = nullptr;
    CouriersDock* couriersDock_ = nullptr;
    AlertsDock* alertsDock_ = nullptr;
    KpiStrip* kpi_ = nullptr;
    TileSource* tiles_ = nullptr;

    QLabel* clockLabel_ = nullptr;
    QLabel* planLabel_ = nullptr;
    QLabel* storeLabel_ = nullptr;
    QProgressBar* busy_ = nullptr;
    QTimer* statusTimer_ = nullptr;

    bool refreshPending_ = false;
    QString selectedOrder_;
    QString selectedCourier_;
    int alertCursor_ = -1;
    std::optional<app::MoveSpec> drag_;  // the drag in progress and its last preview
    app::MovePreview preview_;
    QString previewText_;
    // What the map's order markers show, as last sent (re-indexing 1,000 markers every tick
    // would be wasted: they change with the plan or an order's status, not with the clock).
    struct MarkerState {
        int status;
        int risk;
        QString courier;
        bool operator==(const MarkerState&) const = default;
    };
    std::vector<MarkerState> mapOrders_;
    long mapRevision_ = -1;
};

}  // namespace chongal::ui

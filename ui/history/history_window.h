#pragma once
// The supervisor's shift history: every shift of a shift store with its KPIs (filter by date),
// and for the chosen shift an overview with charts, a per-courier drill-down and a replay on the
// map with a time slider; CSV and PDF export. The store is opened READ-ONLY, so reviewing can
// never alter a shift. A missing, foreign, damaged, locked or too new store shows a clear message
// in the window instead of the views.
#include <QDate>
#include <QMainWindow>
#include <memory>
#include <optional>

#include "app/history/shift_history.h"

class QChartView;
class QDateEdit;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QSortFilterProxyModel;

namespace chongal::ui {

class CourierOrdersModel;
class CourierTableModel;
class ReplayPanel;
class ShiftDateFilter;
class ShiftListModel;

class HistoryWindow : public QMainWindow {
    Q_OBJECT
public:
    // Opens the store and shows `shiftId` (or the latest shift when absent or unknown).
    explicit HistoryWindow(const QString& storePath, QWidget* parent = nullptr);
    HistoryWindow(const QString& storePath, std::optional<qint64> shiftId,
                  QWidget* parent = nullptr);
    ~HistoryWindow() override;

    const QString& storePath() const { return storePath_; }
    // Why the store could not be opened (then the window shows only this); empty when it opened.
    QString errorText() const { return error_; }
    bool hasError() const { return !error_.isEmpty(); }
    // A store that opened with damage: what is left is shown under this warning.
    QString warningText() const { return warning_; }

    // Shows the shift (selects its row); false, with a message, when it cannot be read.
    bool openShift(qint64 shiftId);
    std::optional<qint64> currentShiftId() const;
    std::shared_ptr<const history::LoadedShift> currentShift() const { return shift_; }

    // Exports of the current shift; empty on success, else why (also shown to the user).
    QString exportOrdersCsv(const QString& path);
    QString exportCouriersCsv(const QString& path);
    QString exportPdf(const QString& path);

    void setDateRange(QDate from, QDate to);

    // The parts, for the main window and tests.
    QTableView* shiftTable() const { return shiftTable_; }
    ShiftListModel* shiftModel() const { return shiftModel_; }
    ShiftDateFilter* dateFilter() const { return dateFilter_; }
    QTabWidget* tabs() const { return tabs_; }
    ReplayPanel* replay() const { return replay_; }
    QChartView* deliveryTimeChart() const { return deliveryTimeView_; }
    QChartView* overTimeChart() const { return overTimeView_; }
    QChartView* workloadChart() const { return workloadView_; }
    QTableView* courierTable() const { return courierTable_; }
    QTableView* courierOrdersTable() const { return courierOrdersTable_; }
    CourierOrdersModel* courierOrdersModel() const { return courierOrders_; }

    enum Tab { OverviewTab, CouriersTab, ReplayTab };

signals:
    void shiftOpened(qint64 shiftId);

private:
    void buildUi();
    void buildToolBar();
    QWidget* buildOverview();
    QWidget* buildCouriers();
    void loadStore(std::optional<qint64> shiftId);
    void showError(const QString& headline, const QString& detail);
    void showShift();  // fills every view from shift_
    void updateKpis();
    void selectRowOf(qint64 shiftId);
    void fitListHeight();
    void pickCourier(const QString& courierId);
    void saveWithDialog(const QString& caption, const QString& suggested, const QString& filter,
                        QString (HistoryWindow::*save)(const QString&));
    QString suggestedName(const QString& suffix) const;

    QString storePath_;
    QString error_;
    QString warning_;
    std::optional<history::ShiftHistory> history_;
    std::shared_ptr<const history::LoadedShift> shift_;

    QStackedWidget* pages_ = nullptr;
    QLabel* errorHeadline_ = nullptr;
    QLabel* errorDetail_ = nullptr;
    QLabel* warningBanner_ = nullptr;
    QDateEdit* fromDate_ = nullptr;
    QDateEdit* toDate_ = nullptr;
    QSplitter* split_ = nullptr;
    QTableView* shiftTable_ = nullptr;
    ShiftListModel* shiftModel_ = nullptr;
    ShiftDateFilter* dateFilter_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QLabel* shiftTitle_ = nullptr;
    QLabel* shiftFacts_ = nullptr;
    QWidget* kpiRow_ = nullptr;
    QChartView* deliveryTimeView_ = nullptr;
    QChartView* overTimeView_ = nullptr;
    QChartView* workloadView_ = nullptr;
    QTableView* courierTable_ = nullptr;
    CourierTableModel* couriers_ = nullptr;
    QSortFilterProxyModel* couriersSorted_ = nullptr;
    QLabel* courierOrdersTitle_ = nullptr;
    QTableView* courierOrdersTable_ = nullptr;
    CourierOrdersModel* courierOrders_ = nullptr;
    ReplayPanel* replay_ = nullptr;
    QList<QAction*> shiftActions_;  // enabled only with a shift shown
};

}  // namespace chongal::ui

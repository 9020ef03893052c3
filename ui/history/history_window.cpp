#include "ui/history/history_window.h"

#include <QAction>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "app/history/history_csv.h"
#include "app/models/row_table_model.h"
#include "ui/history/courier_tables.h"
#include "ui/history/replay_panel.h"
#include "ui/history/shift_charts.h"
#include "ui/history/shift_list_model.h"
#include "ui/history/shift_report_pdf.h"
#include "ui/history/shift_text.h"

namespace chongal::ui {

using namespace shift_text;

namespace {

QTableView* newTable(QWidget* parent, const char* name) {
    auto* t = new QTableView(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSortingEnabled(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

QChartView* newChartView(QWidget* parent, const char* name) {
    auto* v = new QChartView(parent);
    v->setObjectName(QString::fromLatin1(name));
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumSize(280, 200);
    return v;
}

void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;  // QChartView releases, not deletes, the previous chart
}

}  // namespace

HistoryWindow::HistoryWindow(const QString& storePath, QWidget* parent)
    : HistoryWindow(storePath, std::nullopt, parent) {}

HistoryWindow::HistoryWindow(const QString& storePath, std::optional<qint64> shiftId,
                             QWidget* parent)
    : QMainWindow(parent), storePath_(storePath) {
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Shift history — %1").arg(QFileInfo(storePath).fileName()));
    resize(1280, 860);
    buildUi();
    loadStore(shiftId);
}

HistoryWindow::~HistoryWindow() = default;

// ---- construction

void HistoryWindow::buildUi() {
    buildToolBar();
    pages_ = new QStackedWidget(this);
    setCentralWidget(pages_);

    // Page 0: why the store cannot be shown.
    auto* errorPage = new QWidget(pages_);
    auto* ev = new QVBoxLayout(errorPage);
    ev->addStretch(1);
    errorHeadline_ = new QLabel(errorPage);
    errorHeadline_->setObjectName(QStringLiteral("historyError"));
    errorHeadline_->setWordWrap(true);
    errorHeadline_->setAlignment(Qt::AlignCenter);
    errorHeadline_->setStyleSheet(
        QStringLiteral("font-size: 14pt; font-weight: 600; color: #1F2933;"));
    errorDetail_ = new QLabel(errorPage);
    errorDetail_->setWordWrap(true);
    errorDetail_->setAlignment(Qt::AlignCenter);
    errorDetail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorDetail_->setStyleSheet(QStringLiteral("color: #66717D;"));
    ev->addWidget(errorHeadline_);
    ev->addSpacing(8);
    ev->addWidget(errorDetail_);
    ev->addStretch(2);
    pages_->addWidget(errorPage);

    // Page 1: the shifts and the chosen one.
    auto* content = new QWidget(pages_);
    auto* cv = new QVBoxLayout(content);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->setSpacing(0);
    warningBanner_ = new QLabel(content);
    warningBanner_->setObjectName(QStringLiteral("historyWarning"));
    warningBanner_->setWordWrap(true);
    warningBanner_->setStyleSheet(
        QStringLiteral("background: #FFF4CE; color: #5C4400; padding: 6px 10px; border-bottom: 1px "
                       "solid #E8D48A;"));
    warningBanner_->hide();
    cv->addWidget(warningBanner_);

    auto* split = new QSplitter(Qt::Vertical, content);
    split_ = split;
    split->setObjectName(QStringLiteral("historySplit"));
    shiftModel_ = new ShiftListModel(this);
    dateFilter_ = new ShiftDateFilter(this);
    dateFilter_->setSourceModel(shiftModel_);
    shiftTable_ = newTable(split, "shiftTable");
    shiftTable_->setModel(dateFilter_);
    shiftTable_->sortByColumn(ShiftListModel::Started, Qt::DescendingOrder);
    shiftTable_->horizontalHeader()->setSectionResizeMode(ShiftListModel::Name,
                                                          QHeaderView::Stretch);
    connect(shiftTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid()) return;
                const qint64 id = current.data(ShiftListModel::ShiftIdRole).toLongLong();
                if (!shift_ || shift_->info.id != id) openShift(id);
            });

    tabs_ = new QTabWidget(split);
    tabs_->setObjectName(QStringLiteral("historyTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(buildOverview(), tr("Overview"));
    tabs_->addTab(buildCouriers(), tr("Couriers"));
    replay_ = new ReplayPanel(tabs_);
    replay_->setObjectName(QStringLiteral("replayPanel"));
    tabs_->addTab(replay_, tr("Replay"));
    split->addWidget(shiftTable_);
    split->addWidget(tabs_);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({170, 690});
    cv->addWidget(split, 1);
    pages_->addWidget(content);
    statusBar()->setSizeGripEnabled(true);
}

void HistoryWindow::buildToolBar() {
    QToolBar* bar = addToolBar(tr("History"));
    bar->setObjectName(QStringLiteral("historyToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Started from "), bar));
    fromDate_ = new QDateEdit(bar);
    fromDate_->setObjectName(QStringLiteral("fromDate"));
    fromDate_->setCalendarPopup(true);
    fromDate_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    bar->addWidget(fromDate_);
    bar->addWidget(new QLabel(tr(" to "), bar));
    toDate_ = new QDateEdit(bar);
    toDate_->setObjectName(QStringLiteral("toDate"));
    toDate_->setCalendarPopup(true);
    toDate_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    bar->addWidget(toDate_);
    QAction* all = bar->addAction(tr("All dates"));
    all->setObjectName(QStringLiteral("allDates"));
    all->setToolTip(tr("Show the shifts of every date in the store"));
    auto applyRange = [this] { dateFilter_->setRange(fromDate_->date(), toDate_->date()); };
    connect(fromDate_, &QDateEdit::dateChanged, this, applyRange);
    connect(toDate_, &QDateEdit::dateChanged, this, applyRange);
    connect(all, &QAction::triggered, this, [this] {
        QDate lo, hi;
        for (const auto& s : shiftModel_->shifts()) {
            const QDate d = localDate(s.info.startedAt, s.info.utcOffsetSeconds);
            lo = lo.isValid() ? std::min(lo, d) : d;
            hi = hi.isValid() ? std::max(hi, d) : d;
        }
        if (lo.isValid()) setDateRange(lo, hi);
    });
    bar->addSeparator();
    auto addExport = [&](const char* name, const QString& text, const QString& tip, auto slot) {
        QAction* a = bar->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        shiftActions_.push_back(a);
        return a;
    };
    addExport("exportOrdersCsv", tr("Orders CSV…"),
              tr("Export every order of the shift with its times and courier"), [this] {
                  saveWithDialog(tr("Export orders"), suggestedName(QStringLiteral("orders.csv")),
                                 tr("CSV files (*.csv)"), &HistoryWindow::exportOrdersCsv);
              });
    addExport(
        "exportCouriersCsv", tr("Couriers CSV…"), tr("Export the per-courier summary"), [this] {
            saveWithDialog(tr("Export couriers"), suggestedName(QStringLiteral("couriers.csv")),
                           tr("CSV files (*.csv)"), &HistoryWindow::exportCouriersCsv);
        });
    addExport("exportPdf", tr("PDF report…"),
              tr("Write a printable report with KPIs, charts and couriers"), [this] {
                  saveWithDialog(tr("Save shift report"),
                                 suggestedName(QStringLiteral("report.pdf")),
                                 tr("PDF files (*.pdf)"), &HistoryWindow::exportPdf);
              });
    for (QAction* a : shiftActions_) a->setEnabled(false);
}

QWidget* HistoryWindow::buildOverview() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("overviewPage"));
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(12, 8, 12, 8);
    v->setSpacing(6);
    shiftTitle_ = new QLabel(page);
    shiftTitle_->setObjectName(QStringLiteral("shiftTitle"));
    shiftTitle_->setStyleSheet(
        QStringLiteral("font-size: 13pt; font-weight: 600; color: #1F2933;"));
    shiftFacts_ = new QLabel(page);
    shiftFacts_->setObjectName(QStringLiteral("shiftFacts"));
    shiftFacts_->setStyleSheet(QStringLiteral("color: #66717D;"));
    v->addWidget(shiftTitle_);
    v->addWidget(shiftFacts_);

    kpiRow_ = new QWidget(page);
    kpiRow_->setObjectName(QStringLiteral("kpiRow"));
    kpiRow_->setAttribute(Qt::WA_StyledBackground);
    kpiRow_->setStyleSheet(QStringLiteral(
        "#kpiRow { background: #F4F6F8; border: 1px solid #DDE1E6; border-radius: 4px; }"
        "QLabel[role=\"value\"] { font-size: 15pt; font-weight: 600; color: #1F2933; }"
        "QLabel[role=\"caption\"] { font-size: 8pt; color: #66717D; }"));
    auto* kh = new QHBoxLayout(kpiRow_);
    kh->setContentsMargins(12, 6, 12, 6);
    kh->setSpacing(22);
    const std::pair<const char*, QString> tiles[] = {
        {"kpiOrders", tr("Orders")},          {"kpiDelivered", tr("Delivered")},
        {"kpiOnTime", tr("On time")},         {"kpiAvg", tr("Avg delivery (min)")},
        {"kpiP90", tr("P90 delivery (min)")}, {"kpiPerHour", tr("Orders per courier-hour")},
        {"kpiKm", tr("Kilometres driven")},   {"kpiCouriers", tr("Couriers used / joined")},
    };
    for (const auto& [name, caption] : tiles) {
        auto* tile = new QWidget(kpiRow_);
        auto* tv = new QVBoxLayout(tile);
        tv->setContentsMargins(0, 0, 0, 0);
        tv->setSpacing(0);
        auto* value = new QLabel(QStringLiteral("—"), tile);
        value->setObjectName(QString::fromLatin1(name));
        value->setProperty("role", "value");
        auto* label = new QLabel(caption, tile);
        label->setProperty("role", "caption");
        tv->addWidget(value);
        tv->addWidget(label);
        kh->addWidget(tile);
    }
    kh->addStretch(1);
    v->addWidget(kpiRow_);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    overTimeView_ = newChartView(page, "overTimeChartView");
    deliveryTimeView_ = newChartView(page, "deliveryTimeChartView");
    workloadView_ = newChartView(page, "workloadChartView");
    grid->addWidget(overTimeView_, 0, 0, 1, 2);
    grid->addWidget(deliveryTimeView_, 1, 0);
    grid->addWidget(workloadView_, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    v->addLayout(grid, 1);
    return page;
}

QWidget* HistoryWindow::buildCouriers() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("couriersPage"));
    couriers_ = new CourierTableModel(this);
    couriersSorted_ = new QSortFilterProxyModel(this);
    couriersSorted_->setSourceModel(couriers_);
    couriersSorted_->setSortRole(app::SortRole);
    courierTable_ = newTable(split, "courierTable");
    courierTable_->setModel(couriersSorted_);
    courierTable_->sortByColumn(CourierTableModel::Delivered, Qt::DescendingOrder);
    courierTable_->horizontalHeader()->setSectionResizeMode(CourierTableModel::Courier,
                                                            QHeaderView::Stretch);
    connect(courierTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                pickCourier(current.data(CourierTableModel::CourierIdRole).toString());
            });
    connect(courierTable_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString id = index.data(CourierTableModel::CourierIdRole).toString();
        replay_->setTrails({id});
        tabs_->setCurrentIndex(ReplayTab);
    });

    auto* right = new QWidget(split);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(8, 6, 0, 0);
    auto* head = new QHBoxLayout;
    courierOrdersTitle_ = new QLabel(right);
    courierOrdersTitle_->setObjectName(QStringLiteral("courierOrdersTitle"));
    courierOrdersTitle_->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto* onMap = new QPushButton(tr("Replay on the map"), right);
    onMap->setObjectName(QStringLiteral("courierOnMap"));
    onMap->setToolTip(
        tr("Show this courier's path in the replay (double-click a courier does the same)"));
    connect(onMap, &QPushButton::clicked, this, [this] {
        if (courierOrders_->courier().isEmpty()) return;
        replay_->setTrails({courierOrders_->courier()});
        tabs_->setCurrentIndex(ReplayTab);
    });
    head->addWidget(courierOrdersTitle_, 1);
    head->addWidget(onMap);
    rv->addLayout(head);
    courierOrders_ = new CourierOrdersModel(this);
    auto* ordersSorted = new QSortFilterProxyModel(this);
    ordersSorted->setSourceModel(courierOrders_);
    ordersSorted->setSortRole(app::SortRole);
    courierOrdersTable_ = newTable(right, "courierOrdersTable");
    courierOrdersTable_->setModel(ordersSorted);
    courierOrdersTable_->horizontalHeader()->setSectionResizeMode(CourierOrdersModel::Address,
                                                                  QHeaderView::Stretch);
    rv->addWidget(courierOrdersTable_, 1);
    split->addWidget(courierTable_);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({800, 480});  // the courier table needs its columns; addresses may scroll
    return split;
}

// ---- store and shifts

void HistoryWindow::loadStore(std::optional<qint64> shiftId) {
    auto opened = history::ShiftHistory::open(storePath_.toStdString());
    if (!opened) {
        const store::StoreError& e = opened.error();
        const QString file = QDir::toNativeSeparators(storePath_);
        QString headline;
        switch (e.kind) {
            case store::ErrorKind::Io:
                headline = QFileInfo::exists(storePath_)
                               ? tr("The shift store %1 cannot be read.").arg(file)
                               : tr("There is no shift store at %1.").arg(file);
                break;
            case store::ErrorKind::NotAStore:
                headline = tr("%1 is not a Chongal shift store.").arg(file);
                break;
            case store::ErrorKind::Damaged:
                headline = tr("The shift store %1 is damaged and cannot be reviewed.").arg(file);
                break;
            case store::ErrorKind::Locked:
                headline = tr("The shift store %1 is in use by a running console. Review it once "
                              "that console has closed it.")
                               .arg(file);
                break;
            case store::ErrorKind::NewerSchema:
                headline = tr("The shift store %1 was written by a newer Chongal. Update Chongal "
                              "to review it.")
                               .arg(file);
                break;
            case store::ErrorKind::OlderSchema:
                headline = tr("The shift store %1 was written by an older Chongal. Open it once in "
                              "the console to upgrade it, then review it.")
                               .arg(file);
                break;
            default:
                headline = tr("The shift store %1 could not be opened.").arg(file);
        }
        showError(headline, QString::fromStdString(e.message));
        return;
    }
    history_.emplace(std::move(*opened));
    pages_->setCurrentIndex(1);
    if (history_->damaged()) {
        warning_ = tr("This shift store is damaged; what could be read is shown. Details: %1")
                       .arg(QString::fromStdString(history_->warning()));
        warningBanner_->setText(warning_);
        warningBanner_->show();
    }
    const auto& shifts = history_->shifts();
    if (shifts.empty()) {
        statusBar()->showMessage(tr("This shift store holds no shifts yet."));
        replay_->setShift(nullptr);
        shiftTitle_->setText(tr("No shifts"));
        return;
    }
    // The shift to show first is loaded first: its summary then comes from the same replay.
    qint64 first = shifts.back().id;
    if (shiftId && history_->info(*shiftId)) first = *shiftId;
    auto loaded = history_->load(first);
    std::vector<history::ShiftSummary> rows;
    rows.reserve(shifts.size());
    for (const store::ShiftInfo& info : shifts) {
        auto s = history_->summary(info.id);
        if (s) {
            rows.push_back(*s);
        } else {
            history::ShiftSummary bad;
            bad.info = info;
            bad.error = s.error().message;
            rows.push_back(std::move(bad));
        }
    }
    shiftModel_->setShifts(std::move(rows));
    {
        const QSignalBlocker a(fromDate_), b(toDate_);
        QDate lo, hi;
        for (const store::ShiftInfo& s : shifts) {
            const QDate d = localDate(s.startedAt, s.utcOffsetSeconds);
            lo = lo.isValid() ? std::min(lo, d) : d;
            hi = hi.isValid() ? std::max(hi, d) : d;
        }
        fromDate_->setDate(lo);
        toDate_->setDate(hi);
        dateFilter_->setRange(lo, hi);
    }
    shiftTable_->resizeColumnsToContents();
    shiftTable_->horizontalHeader()->setSectionResizeMode(ShiftListModel::Name,
                                                          QHeaderView::Stretch);
    fitListHeight();
    shiftTable_->setFocus();
    if (loaded) {
        shift_ = *loaded;
        showShift();
        selectRowOf(first);
    } else {
        statusBar()->showMessage(tr("Shift %1 could not be read: %2")
                                     .arg(first)
                                     .arg(QString::fromStdString(loaded.error().message)));
    }
}

void HistoryWindow::fitListHeight() {
    // Room for the shifts (3 to 8 rows), the rest to the shift view.
    const int rows = std::clamp(shiftModel_->rowCount(), 3, 8);
    const int want = shiftTable_->horizontalHeader()->height() +
                     rows * shiftTable_->verticalHeader()->defaultSectionSize() +
                     2 * shiftTable_->frameWidth() + 2;
    const QList<int> sizes = split_->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    split_->setSizes({want, std::max(200, total - want)});
}

void HistoryWindow::showError(const QString& headline, const QString& detail) {
    error_ = headline;
    errorHeadline_->setText(headline);
    errorDetail_->setText(detail);
    pages_->setCurrentIndex(0);
    for (QAction* a : shiftActions_) a->setEnabled(false);
    fromDate_->setEnabled(false);
    toDate_->setEnabled(false);
    statusBar()->showMessage(headline);
}

bool HistoryWindow::openShift(qint64 shiftId) {
    if (!history_) return false;
    if (shift_ && shift_->info.id == shiftId) return true;
    auto loaded = history_->load(shiftId);
    if (!loaded) {
        const QString why = tr("Shift %1 could not be read: %2")
                                .arg(shiftId)
                                .arg(QString::fromStdString(loaded.error().message));
        statusBar()->showMessage(why);
        return false;
    }
    shift_ = *loaded;
    showShift();
    selectRowOf(shiftId);
    return true;
}

std::optional<qint64> HistoryWindow::currentShiftId() const {
    if (!shift_) return std::nullopt;
    return shift_->info.id;
}

void HistoryWindow::selectRowOf(qint64 shiftId) {
    const int source = shiftModel_->rowOf(shiftId);
    if (source < 0) return;
    const QModelIndex index = dateFilter_->mapFromSource(shiftModel_->index(source, 0));
    if (!index.isValid()) return;  // filtered out: the view still shows the shift
    const QSignalBlocker block(shiftTable_->selectionModel());
    shiftTable_->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    shiftTable_->scrollTo(index);
}

void HistoryWindow::showShift() {
    const store::ShiftInfo& s = shift_->info;
    shiftTitle_->setText(QString::fromStdString(s.name));
    QString facts = tr("Started %1").arg(dateTimeText(s.startedAt, s.utcOffsetSeconds));
    if (s.endedAt)
        facts += tr(" · ended %1 · %2 long")
                     .arg(dateTimeText(*s.endedAt, s.utcOffsetSeconds),
                          durationText(*s.endedAt - s.startedAt));
    else
        facts += tr(" · not finished (interrupted or still running)");
    if (!s.scenario.empty()) {
        facts += tr(" · scenario %1").arg(QString::fromStdString(s.scenario));
        if (s.seed) facts += tr(", seed %1").arg(*s.seed);
    }
    const QJsonObject meta =
        QJsonDocument::fromJson(QByteArray::fromStdString(s.metadata)).object();
    if (meta.contains(QStringLiteral("dispatcher")))
        facts += tr(" · dispatcher %1").arg(meta.value(QStringLiteral("dispatcher")).toString());
    if (!shift_->replay.problems().empty())
        facts += tr(" · %n event(s) could not be replayed", nullptr,
                    int(shift_->replay.problems().size()));
    shiftFacts_->setText(facts);
    updateKpis();
    replaceChart(overTimeView_, makeDeliveriesOverTimeChart(shift_->report, s.utcOffsetSeconds));
    replaceChart(deliveryTimeView_, makeDeliveryTimeChart(shift_->report));
    replaceChart(workloadView_, makeWorkloadChart(shift_->report));
    couriers_->setShift(shift_);
    courierOrders_->setShift(shift_);
    courierTable_->resizeColumnsToContents();
    courierTable_->horizontalHeader()->setSectionResizeMode(CourierTableModel::Courier,
                                                            QHeaderView::Stretch);
    const QModelIndex top = couriersSorted_->index(0, 0);
    if (top.isValid())
        courierTable_->selectionModel()->setCurrentIndex(
            top, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        pickCourier({});
    replay_->setShift(shift_);
    for (QAction* a : shiftActions_) a->setEnabled(true);
    setWindowTitle(tr("Shift history — %1 — %2")
                       .arg(QString::fromStdString(s.name), QFileInfo(storePath_).fileName()));
    emit shiftOpened(s.id);
}

void HistoryWindow::updateKpis() {
    const dispatch::Kpis& k = shift_->report.kpis;
    const QLocale l;
    const bool any = k.delivered > 0;
    const QString none = QStringLiteral("—");
    auto set = [this](const char* name, const QString& text) {
        if (auto* label = kpiRow_->findChild<QLabel*>(QString::fromLatin1(name)))
            label->setText(text);
    };
    set("kpiOrders", l.toString(k.orders));
    set("kpiDelivered", l.toString(k.delivered));
    set("kpiOnTime", k.orders > k.cancelled ? percentText(k.onTimeRate) : none);
    set("kpiAvg", any ? minutesValue(k.avgDeliveryMin) : none);
    set("kpiP90", any ? minutesValue(k.p90DeliveryMin) : none);
    set("kpiPerHour", any ? l.toString(k.ordersPerCourierHour, 'f', 2) : none);
    set("kpiKm", kmValue(k.km));
    set("kpiCouriers", QStringLiteral("%1 / %2").arg(l.toString(k.couriersUsed),
                                                     l.toString(shift_->report.couriersJoined)));
}

void HistoryWindow::pickCourier(const QString& courierId) {
    courierOrders_->setCourier(courierId);
    if (courierId.isEmpty() || !shift_) {
        courierOrdersTitle_->setText(tr("Pick a courier to see their orders"));
        return;
    }
    const dispatch::CourierState* c = shift_->replay.finalState().courier(courierId.toStdString());
    const QString name =
        c && !c->courier.name.empty() ? QString::fromStdString(c->courier.name) : courierId;
    courierOrdersTitle_->setText(tr("Orders of %1 (%2)").arg(name).arg(courierOrders_->rowCount()));
    courierOrdersTable_->resizeColumnsToContents();
    courierOrdersTable_->horizontalHeader()->setSectionResizeMode(CourierOrdersModel::Address,
                                                                  QHeaderView::Stretch);
}

void HistoryWindow::setDateRange(QDate from, QDate to) {
    fromDate_->setDate(from);
    toDate_->setDate(to);
    dateFilter_->setRange(from, to);
}

// ---- export

QString HistoryWindow::suggestedName(const QString& suffix) const {
    if (!shift_) return suffix;
    const QString day = localDate(shift_->info.startedAt, shift_->info.utcOffsetSeconds)
                            .toString(QStringLiteral("yyyyMMdd"));
    return QStringLiteral("shift-%1-%2-%3").arg(shift_->info.id).arg(day, suffix);
}

void HistoryWindow::saveWithDialog(const QString& caption, const QString& suggested,
                                   const QString& filter,
                                   QString (HistoryWindow::*save)(const QString&)) {
    const QString dir = QFileInfo(storePath_).absolutePath();
    const QString path =
        QFileDialog::getSaveFileName(this, caption, QDir(dir).filePath(suggested), filter);
    if (path.isEmpty()) return;
    const QString error = (this->*save)(path);
    if (!error.isEmpty()) QMessageBox::warning(this, caption, error);
}

QString HistoryWindow::exportOrdersCsv(const QString& path) {
    if (!shift_) return tr("No shift to export.");
    const std::string why = history::saveOrdersCsv(path.toStdString(), shift_->replay.finalState(),
                                                   shift_->info.utcOffsetSeconds);
    const QString error =
        why.empty() ? QString()
                    : tr("Could not export the orders: %1").arg(QString::fromStdString(why));
    statusBar()->showMessage(error.isEmpty() ? tr("Orders exported to %1").arg(path) : error);
    return error;
}

QString HistoryWindow::exportCouriersCsv(const QString& path) {
    if (!shift_) return tr("No shift to export.");
    const std::string why =
        history::saveCouriersCsv(path.toStdString(), shift_->report, shift_->info.utcOffsetSeconds);
    const QString error =
        why.empty() ? QString()
                    : tr("Could not export the couriers: %1").arg(QString::fromStdString(why));
    statusBar()->showMessage(error.isEmpty() ? tr("Couriers exported to %1").arg(path) : error);
    return error;
}

QString HistoryWindow::exportPdf(const QString& path) {
    if (!shift_) return tr("No shift to export.");
    const QString error = writeShiftReportPdf(path, *shift_, storePath_);
    statusBar()->showMessage(error.isEmpty() ? tr("Report saved to %1").arg(path) : error);
    return error;
}

}  // namespace chongal::ui

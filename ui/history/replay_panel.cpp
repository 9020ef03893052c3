#include "ui/history/replay_panel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/models/display_text.h"
#include "ui/history/shift_text.h"
#include "ui/map/map_canvas.h"
#include "ui/map/map_style.h"

namespace chongal::ui {

namespace {
constexpr int kTickMs = 40;  // 25 frames per second while playing
}

ReplayPanel::ReplayPanel(QWidget* parent) : QWidget(parent) {
    map_ = new MapCanvas(this);
    map_->setAnimationsEnabled(false);

    playButton_ = new QToolButton(this);
    playButton_->setObjectName(QStringLiteral("replayPlay"));
    playButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    playButton_->setAutoRaise(false);
    speedBox_ = new QComboBox(this);
    speedBox_->setObjectName(QStringLiteral("replaySpeed"));
    speedBox_->setToolTip(tr("Replay speed: shift minutes per real second"));
    for (int x : {10, 60, 300, 900}) speedBox_->addItem(tr("%1×").arg(x), x);
    speedBox_->setCurrentIndex(1);
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("replaySlider"));
    slider_->setTracking(true);
    slider_->setSingleStep(30);
    slider_->setPageStep(600);
    clock_ = new QLabel(this);
    clock_->setObjectName(QStringLiteral("replayClock"));
    clock_->setMinimumWidth(
        clock_->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 (+0:00:00)")) + 8);
    countsLabel_ = new QLabel(this);
    countsLabel_->setObjectName(QStringLiteral("replayCounts"));
    countsLabel_->setTextFormat(Qt::RichText);
    countsLabel_->setToolTip(
        tr("Orders by state at the slider time; late: delivered after the promise, or past it and "
           "not yet delivered"));

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(8, 4, 8, 0);
    controls->addWidget(playButton_);
    controls->addWidget(speedBox_);
    controls->addWidget(slider_, 1);
    controls->addWidget(clock_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(map_, 1);
    layout->addLayout(controls);
    auto* countsRow = new QHBoxLayout;
    countsRow->setContentsMargins(8, 0, 8, 0);
    countsRow->addWidget(countsLabel_, 1);
    layout->addLayout(countsRow);

    timer_ = new QTimer(this);
    timer_->setInterval(kTickMs);
    connect(timer_, &QTimer::timeout, this, &ReplayPanel::tick);
    connect(playButton_, &QToolButton::clicked, this, [this] { playing() ? pause() : play(); });
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        const Time t = begin() + v;
        if (t == time_) return;
        time_ = t;
        refresh();
    });
    connect(map_, &MapCanvas::selectionRequested, this,
            [this](const QStringList& ids, bool additive) {
                QStringList next = additive ? trails() : QStringList();
                for (const QString& id : ids)
                    if (shift_ && shift_->replay.finalState().courierIndex(id.toStdString()) >= 0 &&
                        !next.contains(id))
                        next.push_back(id);
                setTrails(next);
            });
    // Review cannot change a shift: an order drag started on the map is cancelled (as by Esc)
    // once the canvas has finished handling the move that started it.
    connect(map_, &MapCanvas::orderDragStarted, this, [this] {
        QTimer::singleShot(0, map_, [this] {
            if (!map_->isDraggingOrder()) return;
            QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
            QApplication::sendEvent(map_, &esc);
        });
    });
    pause();
    setShift(nullptr);
}

ReplayPanel::~ReplayPanel() = default;

Time ReplayPanel::begin() const {
    return shift_ ? shift_->replay.begin() : 0;
}

Time ReplayPanel::end() const {
    return shift_ ? std::max(shift_->replay.begin(), shift_->replay.end()) : 0;
}

void ReplayPanel::setShift(std::shared_ptr<const history::LoadedShift> shift) {
    pause();
    shift_ = std::move(shift);
    trails_.clear();
    scene_ = shift_ ? ReplayScene(shift_->replay, shift_->info.utcOffsetSeconds) : ReplayScene();
    time_ = begin();
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, int(end() - begin()));
        slider_->setValue(0);
    }
    slider_->setEnabled(bool(shift_));
    playButton_->setEnabled(bool(shift_));
    map_->setSelection({});
    refresh();
    fitPending_ = true;
    fitShift();
}

void ReplayPanel::setTime(Time t) {
    t = std::clamp(t, begin(), end());
    if (t == time_) return;
    time_ = t;
    const QSignalBlocker block(slider_);
    slider_->setValue(int(t - begin()));
    refresh();
}

void ReplayPanel::setTrails(const QStringList& courierIds) {
    QList<int> next;
    QSet<QString> selection;
    if (shift_)
        for (const QString& id : courierIds) {
            const int c = shift_->replay.finalState().courierIndex(id.toStdString());
            if (c >= 0 && !next.contains(c)) next.push_back(c), selection.insert(id);
        }
    if (next == trails_) return;
    trails_ = next;
    map_->setSelection(selection);
    refresh();
    emit trailsChanged(trails());
}

QStringList ReplayPanel::trails() const {
    QStringList ids;
    if (!shift_) return ids;
    for (int c : trails_)
        ids.push_back(QString::fromStdString(
            shift_->replay.finalState().couriers()[std::size_t(c)].courier.id));
    return ids;
}

bool ReplayPanel::playing() const {
    return timer_->isActive();
}

double ReplayPanel::speed() const {
    return speedBox_->currentData().toDouble();
}

void ReplayPanel::play() {
    if (!shift_) return;
    if (time_ >= end()) setTime(begin());  // from the top again
    carry_ = 0.0;
    wall_.start();
    timer_->start();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    playButton_->setText(tr("Pause"));
}

void ReplayPanel::pause() {
    timer_->stop();
    playButton_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    playButton_->setText(tr("Play"));
}

void ReplayPanel::tick() {
    const double realS = double(wall_.restart()) / 1000.0;
    carry_ += realS * speed();
    const Time step = Time(carry_);
    if (step <= 0) return;
    carry_ -= double(step);
    setTime(time_ + step);
    if (time_ >= end()) pause();
}

void ReplayPanel::refresh() {
    QList<MapCourier> couriers;
    QList<MapOrder> orders;
    QList<MapRoute> routes;
    scene_.build(time_, trails_, couriers, orders, routes, counts_);
    map_->setCouriers(couriers);
    map_->setOrders(orders);
    map_->setRoutes(routes);
    updateLabels();
    emit timeChanged(time_);
}

void ReplayPanel::updateLabels() {
    if (!shift_) {
        clock_->setText(QStringLiteral("—"));
        countsLabel_->setText(tr("No shift selected"));
        return;
    }
    clock_->setText(
        tr("%1 (+%2)")
            .arg(QDateTime::fromSecsSinceEpoch(time_, QTimeZone(shift_->info.utcOffsetSeconds))
                     .toString(QStringLiteral("HH:mm:ss")),
                 shift_text::durationText(time_ - begin())));
    // The counts double as the map's legend: each with the colour of its markers.
    const QLocale l;
    const ReplayCounts& c = counts_;
    auto item = [&](const QColor& color, const QString& text, int n) {
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2&nbsp;<b>%3</b>")
            .arg(color.name(), text.toHtmlEscaped(), l.toString(n));
    };
    const QString sep = QStringLiteral(" &nbsp;&nbsp; ");
    countsLabel_->setText(
        QStringList{item(style::orderFill(OrderStatus::New), tr("Waiting"), c.open),
                    item(style::orderFill(OrderStatus::Assigned), tr("Assigned"), c.assigned),
                    item(style::orderFill(OrderStatus::PickedUp), tr("On board"), c.pickedUp),
                    item(style::orderFill(OrderStatus::Delivered), tr("Delivered"), c.delivered),
                    item(style::orderFill(OrderStatus::Cancelled), tr("Cancelled"), c.cancelled),
                    item(style::riskColor(OrderRisk::Late), tr("Late"), c.late),
                    item(style::courierStatusColor(CourierStatus::Idle), tr("Couriers online"),
                         c.couriersOnline)}
            .join(sep));
}

void ReplayPanel::fitShift() {
    if (!fitPending_ || !shift_ || map_->width() < 50 || map_->height() < 50) return;
    const auto& state = shift_->replay.finalState();
    GeoBounds b = GeoBounds::empty();
    for (const auto& o : state.orders()) b.include(o.order.pickup), b.include(o.order.dropoff);
    for (const auto& c : state.couriers()) b.include(c.courier.start);
    if (b.isEmpty()) return;
    MapViewport target = map_->viewport();
    target.setSize(map_->size());  // the canvas may not have seen its resize yet (hidden tab)
    target.fit(b, 32.0);
    map_->setView(target.centre(), target.zoom());
    fitPending_ = false;
}

void ReplayPanel::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    fitShift();
}

void ReplayPanel::showEvent(QShowEvent* e) {
    QWidget::showEvent(e);
    fitShift();
}

}  // namespace chongal::ui

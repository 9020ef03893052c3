#pragma once
// Replay of a stored shift on the map: a time slider over the shift, play/pause and a speed
// choice. Every slider position shows the couriers at their last fix and the orders in their
// phase as of that second (ReplayScene over the shift's ShiftReplay index, so scrubbing never
// replays events). Selected couriers (map click or setTrails) show the path they drove so far.
#include <QElapsedTimer>
#include <QWidget>
#include <memory>

#include "app/history/shift_history.h"
#include "ui/history/replay_scene.h"

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace chongal::ui {

class MapCanvas;

class ReplayPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReplayPanel(QWidget* parent = nullptr);
    ~ReplayPanel() override;

    // Shows `shift` at its start (nullptr: nothing). Keeps the shift alive while shown.
    void setShift(std::shared_ptr<const history::LoadedShift> shift);
    const history::LoadedShift* shift() const { return shift_.get(); }

    Time begin() const;
    Time end() const;
    Time time() const { return time_; }
    void setTime(Time t);  // clamped to [begin, end]; moves the slider

    // Couriers (ids) whose travelled path is drawn and who are selected on the map.
    void setTrails(const QStringList& courierIds);
    QStringList trails() const;

    bool playing() const;
    void play();
    void pause();
    double speed() const;  // simulated seconds per real second

    const ReplayCounts& counts() const { return counts_; }
    MapCanvas* map() const { return map_; }
    QSlider* slider() const { return slider_; }
    QToolButton* playButton() const { return playButton_; }
    QComboBox* speedBox() const { return speedBox_; }
    QLabel* clockLabel() const { return clock_; }
    QLabel* countsLabel() const { return countsLabel_; }

signals:
    void timeChanged(qint64 t);
    void trailsChanged(const QStringList& courierIds);

protected:
    void resizeEvent(QResizeEvent* e) override;
    void showEvent(QShowEvent* e) override;

private:
    void refresh();  // rebuilds the moment at time_ and updates the labels
    void fitShift();
    void tick();
    void updateLabels();

    std::shared_ptr<const history::LoadedShift> shift_;
    ReplayScene scene_;
    QList<int> trails_;
    Time time_ = 0;
    ReplayCounts counts_;
    bool fitPending_ = false;

    MapCanvas* map_ = nullptr;
    QSlider* slider_ = nullptr;
    QToolButton* playButton_ = nullptr;
    QComboBox* speedBox_ = nullptr;
    QLabel* clock_ = nullptr;
    QLabel* countsLabel_ = nullptr;
    QTimer* timer_ = nullptr;
    QElapsedTimer wall_;
    double carry_ = 0.0;  // simulated seconds not yet shown (sub-second remainder)
};

}  // namespace chongal::ui

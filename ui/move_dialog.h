#pragma once
// Edit > Move order to courier… (M): the keyboard way to do what a drag does. Pick a courier; the
// what-if of the move is shown as the choice changes; OK applies it.
#include <QDialog>

#include "app/session/move_preview.h"

class QComboBox;
class QLabel;

namespace chongal::app {
class DispatchSession;
}

namespace chongal::ui {

class MoveDialog : public QDialog {
    Q_OBJECT
public:
    MoveDialog(const app::DispatchSession& session, const QString& orderId, int utcOffsetS,
               QWidget* parent = nullptr);
    app::MoveSpec spec() const;
    bool moveIsPossible() const { return preview_.ok(); }

private:
    void refresh();

    const app::DispatchSession& session_;
    QString orderId_;
    int utcOffsetS_;
    QComboBox* courier_;
    QLabel* previewLabel_;
    app::MovePreview preview_;
};

}  // namespace chongal::ui

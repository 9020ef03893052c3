#include "ui/move_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include "app/session/dispatch_session.h"
#include "ui/move_preview_text.h"

namespace chongal::ui {

MoveDialog::MoveDialog(const app::DispatchSession& session, const QString& orderId, int utcOffsetS,
                       QWidget* parent)
    : QDialog(parent), session_(session), orderId_(orderId), utcOffsetS_(utcOffsetS) {
    setWindowTitle(tr("Move %1").arg(orderId));
    auto* form = new QFormLayout(this);
    courier_ = new QComboBox(this);
    courier_->setEditable(true);  // type an id to jump to it
    courier_->setInsertPolicy(QComboBox::NoInsert);
    QString current;
    for (const app::OrderRow& o : session.digest().orders)
        if (o.id == orderId) current = o.courierId;
    for (const app::CourierRow& c : session.digest().couriers) {
        if (c.phase == app::CourierPhase::Offline || c.phase == app::CourierPhase::OffShift)
            continue;
        courier_->addItem(c.name.isEmpty() ? c.id : QStringLiteral("%1  %2").arg(c.id, c.name),
                          c.id);
        if (c.id == current) courier_->setCurrentIndex(courier_->count() - 1);
    }
    form->addRow(tr("To courier:"), courier_);
    previewLabel_ = new QLabel(this);
    previewLabel_->setMinimumHeight(fontMetrics().height() * 5);
    previewLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    form->addRow(tr("What if:"), previewLabel_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(courier_, &QComboBox::currentIndexChanged, this, [this, buttons] {
        refresh();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(preview_.ok());
    });
    refresh();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(preview_.ok());
    setMinimumWidth(460);
}

app::MoveSpec MoveDialog::spec() const {
    return {orderId_, courier_->currentData().toString(), std::nullopt, false};
}

void MoveDialog::refresh() {
    preview_ = app::previewMove(session_.basis(), session_.state(), spec());
    previewLabel_->setText(movePreviewText(spec(), preview_, utcOffsetS_));
}

}  // namespace chongal::ui

#include "app/commands/lock_order_command.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/session/dispatch_session.h"

namespace chongal::app {

LockOrderCommand::LockOrderCommand(DispatchSession* session, const QString& orderId,
                                   const QString& courierId, QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      orderId_(orderId.toStdString()),
      courierId_(courierId.toStdString()) {
    setText(courierId.isEmpty()
                ? QCoreApplication::translate("LockOrderCommand", "Unlock %1").arg(orderId)
                : QCoreApplication::translate("LockOrderCommand", "Lock %1 to %2")
                      .arg(orderId, courierId));
}

void LockOrderCommand::apply(const std::string& courier, const QString& kind) {
    const QJsonObject detail{{"order", QString::fromStdString(orderId_)},
                             {"courier", QString::fromStdString(courier)}};
    session_->inject({{0, {}, dispatch::OrderLocked{orderId_, courier}}}, kind,
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

void LockOrderCommand::redo() {
    if (first_) {
        const dispatch::OrderState* o = session_->state().order(orderId_);
        before_ = o ? o->lockedTo : std::string();
        first_ = false;
    }
    apply(courierId_,
          courierId_.empty() ? QStringLiteral("unlock-order") : QStringLiteral("lock-order"));
}

void LockOrderCommand::undo() {
    apply(before_, QStringLiteral("undo-lock-order"));
}

}  // namespace chongal::app

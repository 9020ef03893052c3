#include "app/commands/lock_sequence_command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/session/dispatch_session.h"

namespace chongal::app {

LockSequenceCommand::LockSequenceCommand(DispatchSession* session, const QString& courierId,
                                         std::vector<std::string> stopKeys, QUndoCommand* parent)
    : QUndoCommand(parent),
      session_(session),
      courierId_(courierId.toStdString()),
      keys_(std::move(stopKeys)) {
    setText(keys_.empty()
                ? QCoreApplication::translate("LockSequenceCommand", "Unlock the route of %1")
                      .arg(courierId)
                : QCoreApplication::translate("LockSequenceCommand", "Lock the route of %1")
                      .arg(courierId));
}

void LockSequenceCommand::apply(const std::vector<std::string>& keys, const QString& kind) {
    QJsonArray stops;
    for (const std::string& k : keys) stops.append(QString::fromStdString(k));
    const QJsonObject detail{{"courier", QString::fromStdString(courierId_)}, {"stops", stops}};
    session_->inject({{0, {}, dispatch::SequenceLocked{courierId_, keys}}}, kind,
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

void LockSequenceCommand::redo() {
    if (first_) {
        const dispatch::CourierState* c = session_->state().courier(courierId_);
        before_ = c ? c->lockedSequence : std::vector<std::string>{};
        first_ = false;
    }
    apply(keys_,
          keys_.empty() ? QStringLiteral("unlock-sequence") : QStringLiteral("lock-sequence"));
}

void LockSequenceCommand::undo() {
    apply(before_, QStringLiteral("undo-lock-sequence"));
}

}  // namespace chongal::app

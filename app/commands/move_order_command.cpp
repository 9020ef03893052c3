#include "app/commands/move_order_command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/session/dispatch_session.h"

namespace chongal::app {

using dispatch::Event;

namespace {

QString json(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

MoveOrderCommand::MoveOrderCommand(DispatchSession* session, MoveSpec spec, QUndoCommand* parent)
    : QUndoCommand(parent), session_(session), spec_(std::move(spec)) {
    setText(QCoreApplication::translate("MoveOrderCommand", "Move %1 to %2")
                .arg(spec_.orderId, spec_.toCourier));
}

void MoveOrderCommand::rememberBefore() {
    const std::string id = spec_.orderId.toStdString();
    if (const dispatch::OrderState* o = session_->state().order(id)) lockBefore_ = o->lockedTo;
    if (const dispatch::CourierState* c = session_->state().courier(spec_.toCourier.toStdString()))
        sequenceBefore_ = c->lockedSequence;
    // Where the order is now: its row in the digest's timeline (unserved stops only), and the
    // stop that follows the dragged one there (the drop-off once the pickup is done).
    for (const TimelineRow& row : session_->digest().timeline) {
        int k = -1;
        for (int i = 0; i < int(row.stops.size()); ++i) {
            const TimelineStop& s = row.stops[i];
            if (s.orderId != spec_.orderId) continue;
            if (k < 0 || s.pickup == spec_.pickupDragged) k = i;
        }
        if (k < 0) continue;
        courierBefore_ = row.courierId;
        if (k + 1 < int(row.stops.size()))
            placeBefore_ = QString::fromStdString(
                dispatch::stopKey(row.stops[k + 1].orderId.toStdString(), row.stops[k + 1].pickup));
        break;
    }
}

void MoveOrderCommand::redo() {
    if (first_) rememberBefore();
    const MovePreview m = previewMove(session_->basis(), session_->state(), spec_);
    // A redo after a re-plan that already put the order there must still bring the lock back:
    // the operator's decision is the lock, not the plan of the moment.
    const bool alreadyThere = !first_ && m.block == MoveBlock::Unchanged;
    block_ = alreadyThere ? MoveBlock::None : m.block;
    if (!m.ok() && !alreadyThere) {
        if (first_) setObsolete(true);  // never pushed: nothing happened
        first_ = false;
        return;
    }
    first_ = false;
    // The move itself is possible now (the preview checked the order against the live state),
    // but the plan it was priced on may be outdated for other orders: then the session does not
    // show it and re-plans, and the locks below make the re-plan carry the move.
    const QStringList overtaken =
        alreadyThere ? QStringList() : session_->adoptInterimPlan(m.plan, m.basis);
    const std::string id = spec_.orderId.toStdString();
    const std::string to = spec_.toCourier.toStdString();
    std::vector<Event> events{{0, {}, dispatch::OrderLocked{id, to}}};
    if (placed() && !alreadyThere) {
        // Stops of orders that moved on to another courier are not the operator's to place: a
        // drop-off locked here would bind goods another courier carries to this route.
        std::vector<std::string> sequence = m.sequence;
        std::erase_if(sequence, [&](const std::string& key) {
            return overtaken.contains(QString::fromStdString(key.substr(2)));  // "P:<id>"
        });
        events.push_back({0, {}, dispatch::SequenceLocked{to, sequence}});
    }
    QJsonObject detail{{"order", spec_.orderId},
                       {"from", courierBefore_},
                       {"to", spec_.toCourier},
                       {"before", spec_.beforeKey ? QJsonValue(*spec_.beforeKey) : QJsonValue()},
                       {"eta_before", qint64(m.etaBefore)},
                       {"eta_after", qint64(m.etaAfter)},
                       {"lateness_delta_s", qint64(m.latenessDelta)},
                       {"cost_delta", qint64(m.costDelta)},
                       {"feasible", m.feasible}};
    if (!overtaken.isEmpty()) detail["overtaken"] = QJsonArray::fromStringList(overtaken);
    session_->inject(events, placed() ? QStringLiteral("move-in-route") : QStringLiteral("move"),
                     json(detail));
}

void MoveOrderCommand::undo() {
    if (block_ != MoveBlock::None) return;  // redo did nothing
    const std::string id = spec_.orderId.toStdString();
    const std::string to = spec_.toCourier.toStdString();
    // Back where it was, at once; the re-plan that follows is free to do better.
    if (!courierBefore_.isEmpty()) {
        const MovePreview back =
            previewMove(session_->basis(), session_->state(),
                        {spec_.orderId, courierBefore_, placeBefore_, spec_.pickupDragged});
        if (back.ok()) session_->adoptInterimPlan(back.plan, back.basis);
    }
    std::vector<Event> events{{0, {}, dispatch::OrderLocked{id, lockBefore_}}};
    if (placed()) events.push_back({0, {}, dispatch::SequenceLocked{to, sequenceBefore_}});
    session_->inject(events, QStringLiteral("undo-move"),
                     json({{"order", spec_.orderId},
                           {"from", spec_.toCourier},
                           {"to", courierBefore_},
                           {"lock", QString::fromStdString(lockBefore_)}}));
}

}  // namespace chongal::app

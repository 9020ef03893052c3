#pragma once
// The operator moves an order to a courier (or to a place in a courier's route): the decision is
// kept as a lock (OrderLocked, plus SequenceLocked for a placed move) and everything else is
// re-optimised. The move shows at once (the what-if plan is followed until the re-plan lands).
// Undo restores the previous locks and puts the order back where it was.
#include <QUndoCommand>
#include <optional>
#include <string>
#include <vector>

#include "app/session/move_preview.h"

namespace chongal::app {

class DispatchSession;

class MoveOrderCommand : public QUndoCommand {
public:
    // Push it after a preview of `spec` was ok; if the move has become impossible by the time the
    // stack runs redo() (the plan changed), the command marks itself obsolete and is dropped.
    MoveOrderCommand(DispatchSession* session, MoveSpec spec, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    MoveBlock block() const { return block_; }

private:
    void rememberBefore();
    bool placed() const { return spec_.beforeKey.has_value(); }

    DispatchSession* session_;
    MoveSpec spec_;
    bool first_ = true;
    MoveBlock block_ = MoveBlock::None;
    // Before the first redo.
    std::string lockBefore_;
    std::vector<std::string> sequenceBefore_;  // the target courier's locked sequence
    QString courierBefore_;                    // the order's courier in the plan
    QString placeBefore_;                      // key of the stop after the dragged one there
};

}  // namespace chongal::app

#pragma once
// Lock a courier's stop sequence (the route opens with these stops, in this order: typically the
// planned route as it stands) or unlock it (empty list). Undo restores the previous sequence.
#include <QUndoCommand>
#include <string>
#include <vector>

namespace chongal::app {

class DispatchSession;

class LockSequenceCommand : public QUndoCommand {
public:
    LockSequenceCommand(DispatchSession* session, const QString& courierId,
                        std::vector<std::string> stopKeys, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const std::vector<std::string>& keys, const QString& kind);

    DispatchSession* session_;
    std::string courierId_;
    std::vector<std::string> keys_;
    std::vector<std::string> before_;
    bool first_ = true;
};

}  // namespace chongal::app

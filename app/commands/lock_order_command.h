#pragma once
// Lock an order to a courier (the solver may not give it to anyone else) or unlock it (empty
// courier id). Undo restores the previous lock.
#include <QUndoCommand>
#include <string>

namespace chongal::app {

class DispatchSession;

class LockOrderCommand : public QUndoCommand {
public:
    LockOrderCommand(DispatchSession* session, const QString& orderId, const QString& courierId,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const std::string& courier, const QString& kind);

    DispatchSession* session_;
    std::string orderId_;
    std::string courierId_;
    std::string before_;
    bool first_ = true;
};

}  // namespace chongal::app

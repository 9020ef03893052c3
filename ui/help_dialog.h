#pragma once
// Keyboard shortcuts and mouse gestures of the console. The shortcut table is built from the
// window's own actions, so it can never disagree with what the keys do.
#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace chongal::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    // `groups`: a title per group of actions (e.g. a menu's title and its actions).
    HelpDialog(const QList<QPair<QString, QList<QAction*>>>& groups, QWidget* parent = nullptr);
    QTreeWidget* table() const { return table_; }

private:
    QTreeWidget* table_;
};

}  // namespace chongal::ui

#include "ui/help_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chongal::ui {

HelpDialog::HelpDialog(const QList<QPair<QString, QList<QAction*>>>& groups, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    table_ = new QTreeWidget(this);
    table_->setColumnCount(2);
    table_->setHeaderLabels({tr("Action"), tr("Keys")});
    table_->setRootIsDecorated(false);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setFocusPolicy(Qt::NoFocus);
    auto addGroup = [&](const QString& title) {
        auto* item = new QTreeWidgetItem(table_, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFirstColumnSpanned(true);
    };
    auto addRow = [&](const QString& what, const QString& keys) {
        new QTreeWidgetItem(table_, {QStringLiteral("    ") + what, keys});
    };
    for (const auto& [title, actions] : groups) {
        bool any = false;
        for (QAction* a : actions) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty()) continue;
            if (!any) addGroup(title), any = true;
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            addRow(QString(a->text()).remove(QLatin1Char('&')), keys.join(QStringLiteral(", ")));
        }
    }
    addGroup(tr("Map"));
    addRow(tr("Pan"), tr("Arrow keys, or drag the empty map"));
    addRow(tr("Zoom in / out"), tr("+ / −, or the mouse wheel"));
    addRow(tr("Fit Seoul / fit the selection"), tr("0 / F"));
    addRow(tr("Select (add to the selection)"), tr("Click (Ctrl+click)"));
    addRow(tr("Move an order to a courier"), tr("Drag its marker onto the courier; Esc cancels"));
    addGroup(tr("Route timeline"));
    addRow(tr("Zoom the time axis"), tr("Ctrl+wheel, or + / −"));
    addRow(tr("Move an order to another courier"), tr("Drag its block onto the courier's row"));
    addRow(tr("Change the order of a route"), tr("Drag a block along its own row"));
    addRow(tr("Cancel a drag"), tr("Esc"));
    table_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(table_);
    auto* note = new QLabel(
        tr("While dragging, the preview shows the new ETA, lateness created or removed, capacity "
           "or time-window violations and the cost change. On drop the decision is locked and the "
           "rest of the plan is re-optimised; every edit can be undone."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 640);
}

}  // namespace chongal::ui

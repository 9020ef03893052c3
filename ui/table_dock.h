#pragma once
// A dock holding one console table: a search field, a category filter and a sortable table view
// over a TableFilterProxy. The title carries the counts. Shared by the orders, couriers and alerts
// docks, which add their categories and count texts.
#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QAbstractItemModel;

namespace chongal::app {
class TableFilterProxy;
}

namespace chongal::ui {

class TableDock : public QDockWidget {
    Q_OBJECT
public:
    TableDock(const QString& title, QAbstractItemModel* model, QWidget* parent = nullptr);

    void addCategory(const QString& label, int mask);
    QTableView* view() const { return view_; }
    app::TableFilterProxy* proxy() const { return proxy_; }
    QLineEdit* searchField() const { return search_; }
    QComboBox* categoryBox() const { return categories_; }

    // Selects and shows the row whose IdRole is `id` (no idActivated); clears for an empty id.
    void selectId(const QString& id);
    QString currentId() const;
    void focusSearch();
    // Shown after the title, followed by how many rows the filter shows when it hides some.
    void setCounts(const QString& text);
    void setBaseTitle(const QString& title);
    // Sizes a column to the widest of its header and `samples` (typical cell texts).
    void fitColumn(int column, const QStringList& samples);

signals:
    void idActivated(const QString& id);  // the operator picked a row (click or keys)
    void idDoubleClicked(const QString& id);

private:
    void updateTitle();

    QString baseTitle_;
    QString counts_;
    QLineEdit* search_;
    QComboBox* categories_;
    QTableView* view_;
    app::TableFilterProxy* proxy_;
    bool selecting_ = false;
};

}  // namespace chongal::ui

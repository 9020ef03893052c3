#pragma once
// Sorting, search and category filter over a console table model (RowTableModel roles): sorts by
// SortRole; keeps rows whose SearchRole text contains every word of the search (case-insensitive)
// and whose CategoryRole mask meets the chosen category (0 = all).
#include <QSortFilterProxyModel>
#include <QStringList>

namespace chongal::app {

class TableFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return words_.join(' '); }
    void setCategory(int mask);
    int category() const { return category_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList words_;
    int category_ = 0;
};

}  // namespace chongal::app

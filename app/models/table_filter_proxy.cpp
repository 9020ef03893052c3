#include "app/models/table_filter_proxy.h"

#include "app/models/row_table_model.h"

namespace chongal::app {

TableFilterProxy::TableFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void TableFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.simplified().split(' ', Qt::SkipEmptyParts);
    if (words == words_) return;
    words_ = words;
    invalidateRowsFilter();
}

void TableFilterProxy::setCategory(int mask) {
    if (mask == category_) return;
    category_ = mask;
    invalidateRowsFilter();
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& parent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, parent);
    if (category_ != 0 && (i.data(CategoryRole).toInt() & category_) == 0) return false;
    if (words_.isEmpty()) return true;
    const QString text = i.data(SearchRole).toString();
    for (const QString& w : words_)
        if (!text.contains(w, Qt::CaseInsensitive)) return false;
    return true;
}

}  // namespace chongal::app

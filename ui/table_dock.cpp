#include "ui/table_dock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include "app/models/row_table_model.h"
#include "app/models/table_filter_proxy.h"

namespace chongal::ui {

TableDock::TableDock(const QString& title, QAbstractItemModel* model, QWidget* parent)
    : QDockWidget(title, parent), baseTitle_(title) {
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto* bar = new QHBoxLayout;
    search_ = new QLineEdit(body);
    search_->setClearButtonEnabled(true);
    categories_ = new QComboBox(body);
    categories_->addItem(tr("All"), 0);
    bar->addWidget(search_, 1);
    bar->addWidget(categories_);
    layout->addLayout(bar);

    proxy_ = new app::TableFilterProxy(this);
    proxy_->setSourceModel(model);
    view_ = new QTableView(body);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder);  // state order until a header is clicked
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    view_->horizontalHeader()->setHighlightSections(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view_, 1);
    setWidget(body);

    connect(search_, &QLineEdit::textChanged, proxy_, &app::TableFilterProxy::setSearchText);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy_, signal, this, &TableDock::updateTitle);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &TableDock::updateTitle);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &TableDock::updateTitle);
    connect(categories_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setCategory(categories_->currentData().toInt()); });
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!selecting_ && current.isValid())
                    emit idActivated(current.data(app::IdRole).toString());
            });
    connect(view_, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { emit idDoubleClicked(i.data(app::IdRole).toString()); });
}

void TableDock::addCategory(const QString& label, int mask) {
    categories_->addItem(label, mask);
}

void TableDock::selectId(const QString& id) {
    selecting_ = true;
    QModelIndex found;
    if (!id.isEmpty()) {
        const QModelIndexList hits =
            proxy_->match(proxy_->index(0, 0), app::IdRole, id, 1, Qt::MatchExactly);
        if (!hits.isEmpty()) found = hits.front();
    }
    if (found.isValid()) {
        view_->selectionModel()->setCurrentIndex(
            found, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view_->scrollTo(found);
    } else {
        view_->selectionModel()->clearSelection();
    }
    selecting_ = false;
}

QString TableDock::currentId() const {
    const QModelIndex i = view_->selectionModel()->currentIndex();
    return i.isValid() && view_->selectionModel()->isRowSelected(i.row(), {})
               ? i.data(app::IdRole).toString()
               : QString();
}

void TableDock::focusSearch() {
    show();
    raise();
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

void TableDock::fitColumn(int column, const QStringList& samples) {
    const QFontMetrics fm(view_->font());
    int width =
        QFontMetrics(view_->horizontalHeader()->font())
            .horizontalAdvance(view_->model()->headerData(column, Qt::Horizontal).toString()) +
        24;  // room for the sort arrow
    for (const QString& s : samples) width = std::max(width, fm.horizontalAdvance(s) + 14);
    view_->horizontalHeader()->resizeSection(column, width);
}

void TableDock::setBaseTitle(const QString& title) {
    baseTitle_ = title;
    setCounts(counts_);
}

void TableDock::setCounts(const QString& text) {
    counts_ = text;
    updateTitle();
}

void TableDock::updateTitle() {
    QString title = counts_.isEmpty() ? baseTitle_ : baseTitle_ + QStringLiteral(" — ") + counts_;
    const int shown = proxy_->rowCount(), all = proxy_->sourceModel()->rowCount();
    if (shown != all) title += tr(" · %1 shown").arg(shown);
    if (title != windowTitle()) setWindowTitle(title);
}

}  // namespace chongal::ui

#include "ui/about_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace chongal::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Chongal"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(
        tr("<h2>Chongal (총알) %1</h2><p>A dispatch console for same-hour delivery in Seoul: an "
           "embedded routing solver keeps every courier's route optimal while orders arrive, "
           "couriers move and deliveries complete. Every shift is stored for review and "
           "replay.</p>")
            .arg(QCoreApplication::applicationVersion()),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto* attribution = new QTextBrowser(this);
    attribution->setObjectName(QStringLiteral("attribution"));
    attribution->setOpenExternalLinks(true);
    QFile f(QStringLiteral(":/ATTRIBUTION.md"));
    if (f.open(QIODevice::ReadOnly))
        attribution->setMarkdown(QString::fromUtf8(f.readAll()));
    else
        attribution->setPlainText(tr("Attribution file missing from this build."));
    layout->addWidget(attribution, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 520);
}

}  // namespace chongal::ui

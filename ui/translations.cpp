#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <cstring>

namespace chongal::ui {

QString ConsoleTranslator::translate(const char* context, const char* sourceText,
                                     const char* disambiguation, int n) const {
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context) return text;
    const char* plain = std::strrchr(context, ':');  // "chongal::ui::MainWindow" -> "MainWindow"
    return plain ? QTranslator::translate(plain + 1, sourceText, disambiguation, n) : text;
}

bool installTranslations(QCoreApplication& app, const QString& language) {
    const QLocale locale =
        language == QLatin1String("ko")   ? QLocale(QLocale::Korean, QLocale::SouthKorea)
        : language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                          : QLocale::system();
    QLocale::setDefault(locale);
    const bool korean = locale.language() == QLocale::Korean;
    if (korean) {  // Qt's own dialogs and buttons
        auto* qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    // English needs its file too: it holds the plural forms ("1 stop", "2 stops").
    auto* ours = new ConsoleTranslator(&app);
    if (!ours->load(korean ? QStringLiteral(":/i18n/chongal_ko.qm")
                           : QStringLiteral(":/i18n/chongal_en.qm")))
        return false;
    QCoreApplication::installTranslator(ours);
    return true;
}

}  // namespace chongal::ui

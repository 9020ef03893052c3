#pragma once
// The console's languages: Korean or English (Qt Linguist files compiled in as
// :/i18n/chongal_<lang>.qm), chosen by the language setting or the system locale.
//
// lupdate runs without include paths (fast, see ui/CMakeLists.txt), so it never sees where a
// class is declared and files its strings under the class name ("MainWindow"), while tr() looks
// them up under the qualified one ("chongal::ui::MainWindow"). The translator installed here
// falls back to the unqualified context, so the .ts files keep the plain names lupdate writes.
#include <QString>
#include <QTranslator>

class QCoreApplication;

namespace chongal::ui {

class ConsoleTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
};

// `language`: "ko", "en", or empty for the system locale. Sets the default QLocale, installs
// Qt's own Korean strings when Korean, and ours. Returns false when our file is missing.
bool installTranslations(QCoreApplication& app, const QString& language);

}  // namespace chongal::ui

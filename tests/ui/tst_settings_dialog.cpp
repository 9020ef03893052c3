// Settings dialog: shows the current settings, returns what was edited, persists them through
// QSettings (an INI file in a temporary directory, never the user's), and refuses OK with a
// message in the dialog for a tile URL that is no XYZ template or a store file without a folder.
// The solver threads default to one per core but one (at least one) and stay in range.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>

#include "app/session/console_settings.h"
#include "ui/settings_dialog.h"
#include "ui/translations.h"

using chongal::app::ConsoleSettings;
using chongal::ui::SettingsDialog;

namespace {

template <typename W>
W* field(SettingsDialog& d, const char* name) {
    W* w = d.findChild<W*>(QString::fromLatin1(name));
    if (!w) qFatal("settings dialog has no %s", name);
    return w;
}

void setText(QLineEdit* e, const QString& text) {
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Delete);
    QTest::keyClicks(e, text);
}

void clickOk(SettingsDialog& d) {
    QPushButton* ok = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

}  // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    ConsoleSettings sample() const {
        ConsoleSettings s;
        s.storePath = dir_.filePath("shifts.sqlite");
        s.tileUrl = "https://tile.example.org/{z}/{x}/{y}.png";
        s.language = "ko";
        s.simSpeed = 60;
        s.solverThreads = 3;
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void showsTheCurrentSettings() {
        SettingsDialog d(sample());
        QCOMPARE(field<QLineEdit>(d, "storePath")->text(), sample().storePath);
        QCOMPARE(field<QLineEdit>(d, "tileUrl")->text(), sample().tileUrl);
        QCOMPARE(field<QComboBox>(d, "language")->currentData().toString(), QString("ko"));
        QCOMPARE(field<QDoubleSpinBox>(d, "simSpeed")->value(), 60.0);
        QCOMPARE(field<QSpinBox>(d, "solverThreads")->value(), 3);
        QVERIFY(field<QLabel>(d, "settingsError")->isHidden());
    }

    // What the operator types comes back from settings(), survives a QSettings round trip, and
    // a second dialog opened on the loaded values shows them.
    void editedSettingsArePersisted() {
        SettingsDialog d(sample());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        setText(field<QLineEdit>(d, "storePath"), dir_.filePath("night.sqlite"));
        setText(field<QLineEdit>(d, "tileUrl"), "  http://tiles.local/{z}/{x}/{y}.png  ");
        QComboBox* language = field<QComboBox>(d, "language");
        language->setCurrentIndex(language->findData(QString("en")));
        QDoubleSpinBox* speed = field<QDoubleSpinBox>(d, "simSpeed");
        speed->selectAll();
        QTest::keyClicks(speed, "120");
        QSpinBox* threads = field<QSpinBox>(d, "solverThreads");
        threads->selectAll();
        QTest::keyClicks(threads, "5");
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));

        const ConsoleSettings edited = d.settings();
        QCOMPARE(edited.storePath, dir_.filePath("night.sqlite"));
        QCOMPARE(edited.tileUrl, QString("http://tiles.local/{z}/{x}/{y}.png"));  // trimmed
        QCOMPARE(edited.language, QString("en"));
        QCOMPARE(edited.simSpeed, 120.0);
        QCOMPARE(edited.solverThreads, 5);

        const QString ini = dir_.filePath("chongal.ini");
        {
            QSettings out(ini, QSettings::IniFormat);
            edited.save(out);
        }
        QSettings in(ini, QSettings::IniFormat);
        const ConsoleSettings loaded = ConsoleSettings::load(in);
        QCOMPARE(loaded.storePath, edited.storePath);
        QCOMPARE(loaded.tileUrl, edited.tileUrl);
        QCOMPARE(loaded.language, edited.language);
        QCOMPARE(loaded.simSpeed, edited.simSpeed);
        QCOMPARE(loaded.solverThreads, 5);
        SettingsDialog again(loaded);
        QCOMPARE(field<QLineEdit>(again, "tileUrl")->text(), edited.tileUrl);
        QCOMPARE(field<QSpinBox>(again, "solverThreads")->value(), 5);
        QCOMPARE(field<QComboBox>(again, "language")->currentData().toString(), QString("en"));
    }

    void emptyFieldsMeanDefaults() {
        SettingsDialog d(ConsoleSettings{});
        d.show();
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(d.settings().storePath.isEmpty());
        QVERIFY(d.settings().tileUrl.isEmpty());
        QVERIFY(d.settings().language.isEmpty());
    }

    // Without a stored value: one search per core but one, which stays free for the console's
    // thread; at least one on a single core. The dialog shows it and the tooltip says why.
    void solverThreadsDefaultLeavesACoreFree() {
        const int expected = std::max(1, QThread::idealThreadCount() - 1);
        QCOMPARE(ConsoleSettings{}.solverThreads, expected);
        QCOMPARE(chongal::app::defaultSolverThreads(), expected);
        QSettings empty(dir_.filePath("empty.ini"), QSettings::IniFormat);
        QCOMPARE(ConsoleSettings::load(empty).solverThreads, expected);

        SettingsDialog d(ConsoleSettings{});
        QSpinBox* threads = field<QSpinBox>(d, "solverThreads");
        QCOMPARE(threads->value(), expected);
        QCOMPARE(threads->minimum(), 1);
        const QString cores = QString("this computer: %1.").arg(QThread::idealThreadCount());
        QVERIFY2(threads->toolTip().contains(cores), qPrintable(threads->toolTip()));
    }

    // The preference is translated: the Korean console labels it and explains it in Korean.
    void solverThreadsInKorean() {
        chongal::ui::ConsoleTranslator korean;
        QVERIFY(korean.load(":/i18n/chongal_ko.qm"));
        QCoreApplication::installTranslator(&korean);
        SettingsDialog d(ConsoleSettings{});
        QCoreApplication::removeTranslator(&korean);
        QSpinBox* threads = field<QSpinBox>(d, "solverThreads");
        auto* label =
            qobject_cast<QLabel*>(qobject_cast<QFormLayout*>(d.layout())->labelForField(threads));
        QVERIFY(label);
        QCOMPARE(label->text(), QString("최적화 스레드 수:"));
        QVERIFY2(
            threads->toolTip().startsWith("동시에 실행할 계획 탐색") &&
                threads->toolTip().contains(QString("코어: %1개").arg(QThread::idealThreadCount())),
            qPrintable(threads->toolTip()));
    }

    // A hand-edited settings file cannot ask for no search or thousands of them.
    void storedSolverThreadsAreBounded_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("loaded");  // -1: the default
        QTest::newRow("two") << "2" << 2;
        QTest::newRow("zero is one") << "0" << 1;
        QTest::newRow("negative is one") << "-4" << 1;
        QTest::newRow("too many is the maximum") << "100000" << chongal::app::kMaxSolverThreads;
        QTest::newRow("not a number is the default") << "many" << -1;
    }
    void storedSolverThreadsAreBounded() {
        QFETCH(QString, stored);
        QFETCH(int, loaded);
        const QString ini =
            dir_.filePath(QStringLiteral("threads-%1.ini").arg(QTest::currentDataTag()));
        {
            QSettings out(ini, QSettings::IniFormat);
            out.setValue("solver/threads", stored);
        }
        QSettings in(ini, QSettings::IniFormat);
        const int expected = loaded < 0 ? chongal::app::defaultSolverThreads() : loaded;
        QCOMPARE(ConsoleSettings::load(in).solverThreads, expected);
    }

    // The speed box cannot hold an out-of-range value: typing more than its maximum is clamped.
    void speedStaysInRange() {
        SettingsDialog d(sample());
        d.show();
        QDoubleSpinBox* speed = field<QDoubleSpinBox>(d, "simSpeed");
        speed->selectAll();
        QTest::keyClicks(speed, "99999");
        QTest::keyClick(speed, Qt::Key_Tab);
        QVERIFY(d.settings().simSpeed <= 3600.0);
        QVERIFY(d.settings().simSpeed >= 1.0);
    }

    void invalidInputIsRefused_data() {
        QTest::addColumn<QString>("tileUrl");
        QTest::addColumn<QString>("storePath");  // relative to the temporary dir; "" = default
        QTest::addColumn<QString>("message");    // part of the message shown
        QTest::newRow("tile url without scheme") << "tile.example.org/{z}/{x}/{y}.png"
                                                 << ""
                                                 << "is not an http:// or https://";
        QTest::newRow("tile url ftp") << "ftp://tiles.example.org/{z}/{x}/{y}.png"
                                      << ""
                                      << "is not an http:// or https://";
        QTest::newRow("tile url without {y}") << "https://tile.example.org/{z}/{x}.png"
                                              << ""
                                              << "{y} is missing";
        QTest::newRow("store file in a missing folder") << ""
                                                        << "no/such/folder/shifts.sqlite"
                                                        << "does not exist";
        QTest::newRow("store path is a folder") << ""
                                                << "."
                                                << "is a folder";
    }
    void invalidInputIsRefused() {
        QFETCH(QString, tileUrl);
        QFETCH(QString, storePath);
        QFETCH(QString, message);
        SettingsDialog d(ConsoleSettings{});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        setText(field<QLineEdit>(d, "tileUrl"), tileUrl);
        if (!storePath.isEmpty())
            setText(field<QLineEdit>(d, "storePath"), QDir(dir_.path()).filePath(storePath));
        clickOk(d);
        QVERIFY(d.isVisible());  // still open: OK was refused
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QLabel* error = field<QLabel>(d, "settingsError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QCOMPARE(SettingsDialog::problemWith(d.settings()), error->text());

        // Fixing the input clears the way.
        setText(field<QLineEdit>(d, "tileUrl"), "");
        setText(field<QLineEdit>(d, "storePath"), dir_.filePath("ok.sqlite"));
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(error->isHidden());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"

// Settings dialog: shows the current settings, returns what was edited, persists them through
// QSettings (an INI file in a temporary directory, never the user's), and refuses OK with a
// message in the dialog for a tile URL that is no XYZ template or a store file without a folder.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "app/session/console_settings.h"
#include "ui/settings_dialog.h"

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
        clickOk(d);
        QCOMPARE(d.result(), int(QDialog::Accepted));

        const ConsoleSettings edited = d.settings();
        QCOMPARE(edited.storePath, dir_.filePath("night.sqlite"));
        QCOMPARE(edited.tileUrl, QString("http://tiles.local/{z}/{x}/{y}.png"));  // trimmed
        QCOMPARE(edited.language, QString("en"));
        QCOMPARE(edited.simSpeed, 120.0);

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
        SettingsDialog again(loaded);
        QCOMPARE(field<QLineEdit>(again, "tileUrl")->text(), edited.tileUrl);
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

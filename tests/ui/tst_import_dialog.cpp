// File > Import through the console's own dialogs: the orders and couriers files are picked in
// the two file dialogs, the good rows become a new shift, and the report box names every rejected
// row as "<file>:<row>: <reason>". Widget (non-native) dialogs are driven from a timer.
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include "app/session/scenario_source.h"
#include "tests/ui/window_fixture.h"

using namespace chongal;

namespace {

// Answers the modal dialogs the import opens, in order: orders file, couriers file, report.
// Each dialog is answered once, as a user would: the file name typed into the dialog's file name
// field and its Open button clicked. (QFileDialog::selectFile() does not fill that field while
// it has the keyboard focus, which it gets once the dialog is active: selectFile() + accept()
// left the dialog open whenever the timer fired after the activation, i.e. on an idle machine.)
struct DialogDriver {
    QStringList files;  // what to pick in each file dialog; "" = cancel
    QStringList titles;
    QStringList picked;
    QString reportText, reportInformative, reportDetails;
    bool reportSeen = false;
    QStringList failures;  // dialogs that did not behave as answered

    void step() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) return;
        if (modal == answered_) {
            // Answered but still open: it refused the answer. Fail instead of hanging.
            if (answeredAt_.elapsed() > kCloseTimeoutMs) {
                failures << QStringLiteral("\"%1\" still open %2 ms after it was answered")
                                .arg(modal->windowTitle())
                                .arg(kCloseTimeoutMs);
                static_cast<QDialog*>(modal)->reject();
            }
            return;
        }
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            answer(dialog);
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            remember(box);
            if (box->parentWidget() && qobject_cast<QFileDialog*>(box->parentWidget()->window())) {
                // The file dialog's own complaint (e.g. "File not found"), not the report.
                failures << QStringLiteral("file dialog said: %1").arg(box->text());
                box->reject();
                return;
            }
            reportText = box->text();
            reportInformative = box->informativeText();
            reportDetails = box->detailedText();
            reportSeen = true;
            box->accept();
        }
    }

private:
    static constexpr int kCloseTimeoutMs = 5000;
    QPointer<QWidget> answered_;  // null again once that dialog is destroyed
    QElapsedTimer answeredAt_;

    void remember(QWidget* dialog) {
        answered_ = dialog;
        answeredAt_.start();
    }

    void answer(QFileDialog* dialog) {
        remember(dialog);
        titles << dialog->windowTitle();
        const QString file = files.isEmpty() ? QString() : files.takeFirst();
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QPushButton* open = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
        if (file.isEmpty()) {
            QPushButton* cancel = buttons ? buttons->button(QDialogButtonBox::Cancel) : nullptr;
            if (cancel)
                cancel->click();
            else
                failures << QStringLiteral("no Cancel button in \"%1\"").arg(titles.last());
            return;
        }
        if (!name || !open) {
            failures
                << QStringLiteral("no file name field or Open button in \"%1\"").arg(titles.last());
            return;
        }
        picked << file;
        name->setText(file);  // an absolute path: the dialog goes there
        if (!open->isEnabled()) {
            failures << QStringLiteral("Open disabled in \"%1\" for %2").arg(titles.last(), file);
            return;
        }
        open->click();
    }
};

}  // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

private:
    QAction* importAction(testing::ConsoleFixture& f) {
        for (QAction* a : f.window->findChildren<QAction*>())
            if (a->objectName() == QLatin1String("import")) return a;
        return nullptr;
    }

    // Triggers File > Import with `driver` answering the dialogs; the import runs to its end
    // (the report box closed) before this returns.
    void runImport(testing::ConsoleFixture& f, DialogDriver& driver) {
        QAction* import = importAction(f);
        QVERIFY(import);
        QTimer timer;
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [&] { driver.step(); });
        timer.start();
        import->trigger();  // returns when the last dialog has closed
        timer.stop();
        QVERIFY2(driver.failures.isEmpty(), qPrintable(driver.failures.join("; ")));
    }

private slots:
    void initTestCase() { QApplication::setAttribute(Qt::AA_DontUseNativeDialogs); }

    void csvPairBecomesAShiftAndBadRowsAreNamed() {
        testing::ConsoleFixture f(false);
        DialogDriver driver;
        driver.files = {CHONGAL_TEST_DATA "/interchange/orders_mixed.csv",
                        CHONGAL_TEST_DATA "/interchange/couriers_mixed.csv"};
        runImport(f, driver);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(driver.titles.size(), 2);
        QVERIFY(driver.reportSeen);
        QVERIFY2(driver.reportText.startsWith("New shift:"), qPrintable(driver.reportText));
        QVERIFY2(driver.reportInformative.contains("rejected"),
                 qPrintable(driver.reportInformative));
        // Each bad row named with its file and row (row 1 is the header).
        const QStringList lines = driver.reportDetails.split('\n');
        QVERIFY2(
            lines.filter(QRegularExpression("^orders_mixed\\.csv:3: .*dropoff_lon")).size() == 1,
            qPrintable(driver.reportDetails));
        QVERIFY2(lines.filter(QRegularExpression("^couriers_mixed\\.csv:3: shift_end is not after "
                                                 "shift_start$"))
                         .size() == 1,
                 qPrintable(driver.reportDetails));
        for (const QString& line : lines)
            QVERIFY2(QRegularExpression("^(orders|couriers)_mixed\\.csv:\\d+: \\S")
                         .match(line)
                         .hasMatch(),
                     qPrintable(line));
        // The good rows are the shift now.
        QVERIFY(f.waitForPlan());
        QVERIFY(f.session->hasShift());
        QVERIFY(!f.session->state().orders().empty());
        QVERIFY(!f.session->state().couriers().empty());
        // Exactly what the import function reads: every good row in the shift, every bad one in
        // the report.
        const app::ImportedFiles read = app::importFiles(driver.picked[0], driver.picked[1]);
        QCOMPARE(f.session->state().orders().size(), read.orders.size());
        QCOMPARE(f.session->state().couriers().size(), read.couriers.size());
        QCOMPARE(lines, read.rejected);
    }

    // Cancelling the first file dialog imports nothing and shows no report.
    void cancelledImportDoesNothing() {
        testing::ConsoleFixture f(false);
        DialogDriver driver;
        driver.files = {QString()};
        runImport(f, driver);
        if (QTest::currentTestFailed()) return;
        QCOMPARE(driver.titles.size(), 1);
        QVERIFY(!driver.reportSeen);
        QVERIFY(!f.session->hasShift());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"

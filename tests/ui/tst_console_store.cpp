// The console and its shift store: at start-up an unfinished shift (written by an interrupted
// headless run) is offered for resuming and, when resumed, continues exactly where its last
// committed event left it, in the same stored shift; and the shift history opens from the File
// menu on the store the console is writing.
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "app/headless/headless_run.h"
#include "app/store/shift_store.h"
#include "core/dispatch/dispatch_state.h"
#include "tests/ui/window_fixture.h"
#include "ui/history/history_window.h"
#include "ui/history/shift_list_model.h"
#include "ui/translations.h"

using namespace chongal;
using Answer = ui::MainWindow::ResumeAnswer;

namespace {

constexpr int kOrders = 60;
constexpr int kFleet = 12;

// What the store says about a shift, read independently of the console's resume code.
struct StoredShift {
    dispatch::DispatchState state;
    Time clock = 0;  // the latest committed time: log events and trace samples
    std::size_t events = 0;
    std::size_t shifts = 0;
    bool finished = false;
};

StoredShift readStored(const QString& db, store::ShiftId id) {
    StoredShift out;
    auto s = store::ShiftStore::open(db.toStdString(), store::ShiftStore::Mode::ReadOnly);
    if (!s) qFatal("%s", s.error().message.c_str());
    const auto events = s->events(id);
    const auto shifts = s->listShifts();
    const auto info = s->shift(id);
    if (!events || !shifts || !info) qFatal("cannot read the store");
    for (const dispatch::Event& e : *events) {
        out.state.apply(e);
        out.clock = std::max(out.clock, e.at);
    }
    const auto samples = s->positions(id, 0, std::numeric_limits<Time>::max());
    if (!samples) qFatal("cannot read the traces");
    for (const store::PositionSample& p : *samples) out.clock = std::max(out.clock, p.at);
    out.events = events->size();
    out.shifts = shifts->size();
    out.finished = info->finished();
    return out;
}

// Answers the start-up question by clicking the button whose text contains `button` ("" = the
// default button, as Enter would), as soon as the message box is up.
void answerTheBoxWith(const QString& button, QString* seenDefault) {
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, button, seenDefault] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return;
        poll->stop();
        poll->deleteLater();
        *seenDefault = box->defaultButton() ? box->defaultButton()->text() : QString();
        QAbstractButton* target = box->defaultButton();
        for (QAbstractButton* b : box->buttons())
            if (!button.isEmpty() && b->text().remove('&').contains(button)) target = b;
        if (target) target->click();
    });
    poll->start();
}

}  // namespace

class TstConsoleStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    int runs_ = 0;

    // A store holding one shift that a headless run stopped mid-way; returns its KPI line.
    QJsonObject interruptedShift(const QString& db) {
        QString error;
        const auto kpi = app::runHeadlessShift(
            {"chongal", "--headless", "--orders-count", QString::number(kOrders), "--fleet",
             QString::number(kFleet), "--seed", "2", "--db", db, "--plan-iterations", "1500,100",
             "--stop-after-minutes", "45"},
            &error);
        if (!kpi) qFatal("headless run failed: %s", qPrintable(error));
        return *kpi;
    }

private slots:
    void startUpOffersToResume_data() {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("click");  // the button of the question, when asked
        QTest::addColumn<bool>("resumes");
        QTest::newRow("--resume") << int(Answer::Resume) << QString() << true;
        QTest::newRow("asked, default button") << int(Answer::Ask) << QString() << true;
        QTest::newRow("asked, start a new shift") << int(Answer::Ask) << "Start new shift" << false;
        QTest::newRow("--new-shift") << int(Answer::NewShift) << QString() << false;
    }
    void startUpOffersToResume() {
        QFETCH(int, answer);
        QFETCH(QString, click);
        QFETCH(bool, resumes);
        const QString db = dir_.filePath(QStringLiteral("shifts-%1.chongal").arg(++runs_));
        const QJsonObject partial = interruptedShift(db);
        QCOMPARE(partial.value("finished").toBool(), false);
        const store::ShiftId id = partial.value("shift_id").toInteger();
        const StoredShift before = readStored(db, id);
        QVERIFY(before.state.orders().size() > 0);
        QVERIFY(partial.value("delivered").toInt() > 0);
        QVERIFY(partial.value("delivered").toInt() < kOrders);

        QString seenDefault;
        if (Answer(answer) == Answer::Ask) answerTheBoxWith(click, &seenDefault);
        {
            testing::ConsoleFixture f(false, testing::fastOptions(db));
            app::ScenarioSpec spec;
            spec.orders = kOrders;
            spec.fleet = kFleet;
            f.window->startOrResume(spec, Answer(answer));
            if (Answer(answer) == Answer::Ask) QCOMPARE(seenDefault.remove('&'), "Resume");
            app::DispatchSession& s = *f.session;
            QVERIFY(s.hasShift());
            if (resumes) {
                // Exactly the stored state: the clock, every order's status and courier.
                QCOMPARE(s.now(), before.clock);
                QCOMPARE(s.state().orders().size(), before.state.orders().size());
                for (const dispatch::OrderState& o : before.state.orders()) {
                    const dispatch::OrderState* mine = s.state().order(o.order.id);
                    QVERIFY2(mine, o.order.id.c_str());
                    QCOMPARE(int(mine->status), int(o.status));
                    QCOMPARE(mine->courierId, o.courierId);
                    QCOMPARE(mine->deliveredAt, o.deliveredAt);
                }
                QCOMPARE(s.kpis().delivered, partial.value("delivered").toInt());
                QCOMPARE(s.state().couriers().size(), before.state.couriers().size());
            } else {
                QVERIFY(s.now() < before.clock);  // a new shift starts at its beginning
            }
            QTRY_VERIFY_WITH_TIMEOUT(s.storeShiftId() > 0, 5000);
            QCOMPARE(s.storeShiftId() == id, resumes);
            QVERIFY2(!s.storeFailed(), qPrintable(s.storeError()));
            // The shift goes on: ten simulated minutes after the first plan.
            const Time started = s.now();
            QVERIFY(f.waitForPlan());
            QCOMPARE(s.now(), started);  // the clock waits for the plan
            for (int i = 0; i < 20; ++i) s.stepOnce();
            QVERIFY(s.now() >= started + 10 * 60);
        }  // the session closes: every write is in

        const StoredShift after = readStored(db, id);
        if (resumes) {
            QCOMPARE(after.shifts, std::size_t(1));  // continued, not a second shift
            QVERIFY(after.events > before.events);   // the new events went to the same shift
            QVERIFY(after.clock >= before.clock + 10 * 60);
            // Nothing placed twice, and whatever was delivered stays delivered.
            QCOMPARE(after.state.orders().size(), std::size_t(kOrders));
            for (const dispatch::OrderState& o : before.state.orders())
                if (o.status == dispatch::OrderStatus::Delivered)
                    QCOMPARE(int(after.state.order(o.order.id)->status), int(o.status));
        } else {
            QCOMPARE(after.shifts, std::size_t(2));
            QCOMPARE(after.events, before.events);  // the interrupted shift is left as it was
            QVERIFY(!after.finished);
        }
    }

    void nothingToResumeStartsANewShiftWithoutAsking() {
        const QString db = dir_.filePath("empty.chongal");
        testing::ConsoleFixture f(false, testing::fastOptions(db));
        app::ScenarioSpec spec;
        spec.orders = kOrders;
        spec.fleet = kFleet;
        f.window->startOrResume(spec, Answer::Ask);  // would block on a box if it asked
        QVERIFY(f.session->hasShift());
        QTRY_VERIFY_WITH_TIMEOUT(f.session->storeShiftId() > 0, 5000);
    }

    void historyOpensOnTheStoreTheConsoleWrites() {
        const QString db = dir_.filePath("live.chongal");
        interruptedShift(db);  // an older shift
        testing::ConsoleFixture f(false, testing::fastOptions(db));
        app::ScenarioSpec spec;
        spec.orders = kOrders;
        spec.fleet = kFleet;
        f.window->startOrResume(spec, Answer::NewShift);
        QVERIFY(f.waitForPlan());
        QTRY_VERIFY_WITH_TIMEOUT(f.session->storeShiftId() > 0, 5000);
        for (int i = 0; i < 4; ++i) f.session->stepOnce();

        // Listed in the File menu (and so in the help dialog, which is built from the menus).
        QAction* history = f.window->action("history");
        QVERIFY(history && history->isEnabled());
        QCOMPARE(history->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));
        QVERIFY(f.window->action("reviewStore"));
        bool listed = false;
        for (const auto& group : f.window->actionGroups())
            listed |= group.second.contains(history) &&
                      group.second.contains(f.window->action("reviewStore"));
        QVERIFY(listed);

        history->trigger();
        auto* w = f.window->findChild<ui::HistoryWindow*>();
        QVERIFY(w);
        QVERIFY(w->isVisible());
        QVERIFY2(!w->hasError(), qPrintable(w->errorText()));
        QCOMPARE(w->shiftModel()->rowCount(), 2);
        QCOMPARE(w->currentShiftId().value_or(-1), f.session->storeShiftId());
        // The console keeps writing while the history is open.
        const qint64 stored = f.session->eventsStored();
        for (int i = 0; i < 10; ++i) f.session->stepOnce();
        QTRY_VERIFY_WITH_TIMEOUT(f.session->eventsStored() > stored, 5000);
        QVERIFY2(!f.session->storeFailed(), qPrintable(f.session->storeError()));
        w->close();  // deletes itself
        QTRY_VERIFY(!f.window->findChild<ui::HistoryWindow*>());
    }

    void koreanUserInterface() {
        QVERIFY(ui::installTranslations(*QCoreApplication::instance(), "ko"));
        {
            const QString db = dir_.filePath("ko.chongal");
            interruptedShift(db);
            QString seenDefault, seenText;
            auto* poll = new QTimer;
            poll->setInterval(20);
            QObject::connect(poll, &QTimer::timeout, [&, poll] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box) return;
                poll->stop();
                poll->deleteLater();
                seenText = box->windowTitle() + " / " + box->text();
                seenDefault = box->defaultButton()->text();
                box->defaultButton()->click();
            });
            poll->start();
            testing::ConsoleFixture f(false, testing::fastOptions(db));
            QCOMPARE(f.window->action("history")->text(), QString("근무 기록(&H)…"));
            QCOMPARE(f.window->action("reviewStore")->text(),
                     QString("검토할 근무 저장소 열기(&T)…"));
            app::ScenarioSpec spec;
            spec.orders = kOrders;
            spec.fleet = kFleet;
            f.window->startOrResume(spec, Answer::Ask);
            QCOMPARE(seenDefault, QString("이어 하기(&R)"));
            QVERIFY2(
                seenText.startsWith("근무 이어 하기 / 근무 저장소에 끝나지 않은 근무가 있습니다"),
                qPrintable(seenText));
        }
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TstConsoleStore)
#include "tst_console_store.moc"

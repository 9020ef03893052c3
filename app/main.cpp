// The Chongal console. `--headless` runs the dispatch pipeline without windows (the lead's
// runHeadless); otherwise the GUI opens on the default demo shift: Midnight Express, seed 1,
// 1,000 orders, 100 couriers, offline Seoul map, shift store in the app data location.
//
// When the store holds an unfinished shift the console offers to resume it; --resume and
// --new-shift answer that question in advance (scripts, tests; a screenshot run starts a new
// shift unless told --resume).
//
//   chongal [--db FILE | --no-store] [--resume | --new-shift] [--lang en|ko]
//           [--scenario midnight|on-demand] [--seed N] [--orders N] [--fleet N] [--speed X]
//           [--paused]
//           [--screenshot FILE [--screenshot-after SECONDS] [--drag-demo]]
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMouseEvent>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>

#include "app/headless/headless_run.h"
#include "app/session/console_settings.h"
#include "app/session/dispatch_session.h"
#include "app/session/scenario_source.h"
#include "ui/main_window.h"
#include "ui/route_timeline.h"
#include "ui/translations.h"

using namespace chongal;

namespace {

void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
    QMouseEvent e(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), Qt::LeftButton, buttons,
                  Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// Starts a drag in the timeline (an open order's drop-off onto the next courier's row) and leaves
// it in progress, so the screenshot shows the what-if.
bool startDemoDrag(ui::MainWindow& w) {
    const app::DispatchDigest& d = w.session()->digest();
    ui::RouteTimeline* t = w.timeline();
    for (const app::OrderRow& o : d.orders) {
        if (o.status != dispatch::OrderStatus::Open || !o.planned) continue;
        w.selectOrder(o.id);
        // Show the source row with a few rows below it: the target is the next one.
        const auto& rows = t->rows();
        for (std::size_t r = 0; r + 3 < rows.size(); ++r)
            if (rows[r].courierId == o.courierId) t->ensureCourierVisible(rows[r + 3].courierId);
        const QRect from = t->blockRect(o.id, false);
        if (from.isNull()) continue;
        const int row = t->rowAt(from.center().y());
        const int target = from.center().y() + ui::RouteTimeline::kRowHeight;
        if (row < 0 || t->rowAt(target) < 0) continue;
        QWidget* vp = t->viewport();
        const QPoint to(from.center().x() + 40, target);
        sendMouse(vp, QEvent::MouseButtonPress, from.center(), Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, (from.center() + to) / 2, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, to, Qt::LeftButton);
        return t->isDragging();
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--headless") {
            QCoreApplication app(argc, argv);
            return app::runHeadless(QCoreApplication::arguments());
        }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Chongal"));
    QApplication::setApplicationName(QStringLiteral("Chongal"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Chongal: same-hour delivery dispatch console"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), "Shift store file.", "FILE");
    const QCommandLineOption noStore(QStringLiteral("no-store"), "Do not store the shift.");
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    "Resume the store's unfinished shift without asking.");
    const QCommandLineOption newShift(QStringLiteral("new-shift"),
                                      "Start a new shift without offering to resume one.");
    const QCommandLineOption lang(QStringLiteral("lang"), "Language: en or ko.", "LANG");
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      "midnight (default) or on-demand.", "NAME");
    const QCommandLineOption seed(QStringLiteral("seed"), "Scenario seed (1).", "N", "1");
    const QCommandLineOption orders(QStringLiteral("orders"),
                                    "Orders (the scenario's own: 1000, on-demand 1472).", "N");
    const QCommandLineOption fleet(QStringLiteral("fleet"),
                                   "Couriers (the scenario's own: 100, on-demand 160).", "N");
    const QCommandLineOption speed(QStringLiteral("speed"), "Simulated seconds per second.", "X");
    const QCommandLineOption paused(QStringLiteral("paused"),
                                    "Keep the clock paused after the first plan.");
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  "Save a screenshot of the window and quit.", "FILE");
    const QCommandLineOption shotAfter(QStringLiteral("screenshot-after"),
                                       "Seconds of running after the first plan (8).", "SECONDS",
                                       "8");
    const QCommandLineOption dragDemo(QStringLiteral("drag-demo"),
                                      "Screenshot with a drag in progress.");
    const QCommandLineOption selectAlert(QStringLiteral("select-alert"),
                                         "Screenshot with the most urgent alert selected.");
    cli.addOptions({db, noStore, resume, newShift, lang, scenario, seed, orders, fleet, speed,
                    paused, shot, shotAfter, dragDemo, selectAlert});
    cli.process(app);
    if (cli.isSet(resume) && cli.isSet(newShift)) {
        std::fprintf(stderr, "chongal: --resume and --new-shift exclude each other\n");
        return 2;
    }

    QSettings settingsFile;
    app::ConsoleSettings settings = app::ConsoleSettings::load(settingsFile);
    if (!ui::installTranslations(app, cli.isSet(lang) ? cli.value(lang) : settings.language))
        std::fprintf(stderr, "chongal: translations missing from this build\n");

    QString error;
    auto inputs = app::loadBundledInputs(&error);
    if (!inputs) std::fprintf(stderr, "chongal: %s\n", qPrintable(error));
    std::shared_ptr<const sim::ScenarioInputs> shared =
        inputs ? std::make_shared<const sim::ScenarioInputs>(std::move(*inputs)) : nullptr;

    app::SessionOptions options;
    options.speed = cli.isSet(speed) ? cli.value(speed).toDouble() : settings.simSpeed;
    options.solverThreads = settings.solverThreads;
    options.startRunning = !cli.isSet(paused) && !cli.isSet(dragDemo);
    options.operatorName = qEnvironmentVariable("USER", QStringLiteral("operator"));
    if (!cli.isSet(noStore))
        options.storePath = cli.isSet(db)                  ? cli.value(db)
                            : settings.storePath.isEmpty() ? app::defaultStorePath()
                                                           : settings.storePath;
    app::DispatchSession session(options);
    ui::MainWindow window(&session, shared, settings);
    window.show();

    app::ScenarioSpec spec = app::defaultSpec(
        app::scenarioKind(cli.value(scenario)).value_or(app::ScenarioKind::MidnightExpress));
    spec.seed = cli.value(seed).toULongLong();
    if (cli.isSet(orders)) spec.orders = cli.value(orders).toInt();
    if (cli.isSet(fleet)) spec.fleet = cli.value(fleet).toInt();
    const auto answer = cli.isSet(resume) ? ui::MainWindow::ResumeAnswer::Resume
                        : cli.isSet(newShift) || cli.isSet(shot)
                            ? ui::MainWindow::ResumeAnswer::NewShift
                            : ui::MainWindow::ResumeAnswer::Ask;
    QTimer::singleShot(0, &window, [&] { window.startOrResume(spec, answer); });

    if (cli.isSet(shot)) {
        // After the first plan and some running, grab the window (with a drag if asked) and quit.
        const QString file = cli.value(shot);
        const int afterMs = int(cli.value(shotAfter).toDouble() * 1000);
        auto* poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&, poll, file, afterMs] {
            if (!session.hasShift() || session.waitingForFirstPlan()) return;
            poll->stop();
            QTimer::singleShot(afterMs, &window, [&, file] {
                if (cli.isSet(selectAlert)) window.action(QStringLiteral("nextAlert"))->trigger();
                if (cli.isSet(dragDemo) && !startDemoDrag(window))
                    std::fprintf(stderr, "chongal: no order to drag for the demo\n");
                QTimer::singleShot(300, &window, [&, file] {
                    const bool ok = window.grab().save(file);
                    std::fprintf(stderr, "chongal: screenshot %s %s\n", qPrintable(file),
                                 ok ? "saved" : "NOT saved");
                    QApplication::exit(ok ? 0 : 1);
                });
            });
        });
        poll->start(100);
    }
    return app.exec();
}

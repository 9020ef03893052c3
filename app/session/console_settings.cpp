#include "app/session/console_settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>

namespace chongal::app {

int defaultSolverThreads() {
    return std::clamp(QThread::idealThreadCount() - 1, 1, kMaxSolverThreads);
}

ConsoleSettings ConsoleSettings::load(QSettings& s) {
    ConsoleSettings c;
    c.storePath = s.value(QStringLiteral("store/path")).toString();
    c.tileUrl = s.value(QStringLiteral("map/tileUrl")).toString();
    c.language = s.value(QStringLiteral("ui/language")).toString();
    if (c.language != QLatin1String("en") && c.language != QLatin1String("ko")) c.language.clear();
    c.simSpeed = std::clamp(s.value(QStringLiteral("sim/speed"), 20.0).toDouble(), 1.0, 3600.0);
    bool isNumber = false;
    const int threads = s.value(QStringLiteral("solver/threads")).toInt(&isNumber);
    c.solverThreads = isNumber ? std::clamp(threads, 1, kMaxSolverThreads) : defaultSolverThreads();
    return c;
}

void ConsoleSettings::save(QSettings& s) const {
    s.setValue(QStringLiteral("store/path"), storePath);
    s.setValue(QStringLiteral("map/tileUrl"), tileUrl);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("sim/speed"), simSpeed);
    s.setValue(QStringLiteral("solver/threads"), solverThreads);
}

QString defaultStorePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/shifts.sqlite");
}

}  // namespace chongal::app

#include "app/session/console_settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace chongal::app {

ConsoleSettings ConsoleSettings::load(QSettings& s) {
    ConsoleSettings c;
    c.storePath = s.value(QStringLiteral("store/path")).toString();
    c.tileUrl = s.value(QStringLiteral("map/tileUrl")).toString();
    c.language = s.value(QStringLiteral("ui/language")).toString();
    if (c.language != QLatin1String("en") && c.language != QLatin1String("ko")) c.language.clear();
    c.simSpeed = std::clamp(s.value(QStringLiteral("sim/speed"), 20.0).toDouble(), 1.0, 3600.0);
    return c;
}

void ConsoleSettings::save(QSettings& s) const {
    s.setValue(QStringLiteral("store/path"), storePath);
    s.setValue(QStringLiteral("map/tileUrl"), tileUrl);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("sim/speed"), simSpeed);
}

QString defaultStorePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/shifts.sqlite");
}

}  // namespace chongal::app

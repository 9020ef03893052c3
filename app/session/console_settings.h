#pragma once
// The console's preferences in QSettings (organisation "Chongal", application "Chongal"):
// the shift store file, an optional online tile URL, the language and the simulation speed.
#include <QString>

class QSettings;

namespace chongal::app {

struct ConsoleSettings {
    QString storePath;       // empty: the default file in the app data location
    QString tileUrl;         // e.g. "https://tile.example.org/{z}/{x}/{y}.png"; empty: offline map
    QString language;        // "" (system), "en" or "ko"
    double simSpeed = 20.0;  // simulated seconds per wall second

    static ConsoleSettings load(QSettings& s);
    void save(QSettings& s) const;
};

// <AppDataLocation>/shifts.sqlite
QString defaultStorePath();

}  // namespace chongal::app

#pragma once
// The console's preferences in QSettings (organisation "Chongal", application "Chongal"):
// the shift store file, an optional online tile URL, the language, the simulation speed and the
// number of solver threads.
#include <QString>

class QSettings;

namespace chongal::app {

// More searches than cores only share the cores; the bound keeps a mistyped value harmless.
inline constexpr int kMaxSolverThreads = 64;
// One per core but one, which stays free for the console's own thread (map, tables, clock).
int defaultSolverThreads();

struct ConsoleSettings {
    QString storePath;       // empty: the default file in the app data location
    QString tileUrl;         // e.g. "https://tile.example.org/{z}/{x}/{y}.png"; empty: offline map
    QString language;        // "" (system), "en" or "ko"
    double simSpeed = 20.0;  // simulated seconds per wall second
    int solverThreads = defaultSolverThreads();  // searches side by side, in [1, kMaxSolverThreads]

    static ConsoleSettings load(QSettings& s);
    void save(QSettings& s) const;
};

// <AppDataLocation>/shifts.sqlite
QString defaultStorePath();

}  // namespace chongal::app

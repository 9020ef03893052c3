#pragma once
// `chongal --headless ...`: the dispatch pipeline without windows, as fast as the simulation
// allows, printing one JSON line of KPIs. Owned by the lead developer; main.cpp only calls it.
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace chongal::app {

// Runs the shift the arguments describe; the KPI line as a JSON object, or nullopt with the
// reason in `error` (bad arguments or input).
std::optional<QJsonObject> runHeadlessShift(const QStringList& arguments, QString* error);

// Prints the KPI line; returns the process exit status (0 ok, 2 bad arguments or input).
int runHeadless(const QStringList& arguments);

}  // namespace chongal::app

#pragma once
// `chongal --headless ...`: the dispatch pipeline without windows, as fast as the simulation
// allows, printing one JSON line of KPIs. Owned by the lead developer; main.cpp only calls it.
#include <QStringList>

namespace chongal::app {

// Returns the process exit status (0 ok, 2 bad arguments or input).
int runHeadless(const QStringList& arguments);

}  // namespace chongal::app

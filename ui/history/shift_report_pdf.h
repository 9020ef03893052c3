#pragma once
// The printable shift report (QPdfWriter, A4 portrait): the shift's facts and KPIs, the three
// charts of the shift view drawn as vectors, then the per-courier table over as many pages as it
// needs (header repeated). Korean text is set in NanumGothic and embedded.
#include <QString>

#include "app/history/shift_history.h"

namespace chongal::ui {

// Writes the report to `path` (replaced if it exists). Empty on success, else why, naming the
// file. `storePath` is printed in the footer when given.
QString writeShiftReportPdf(const QString& path, const history::LoadedShift& shift,
                            const QString& storePath = {});

}  // namespace chongal::ui

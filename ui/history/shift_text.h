#pragma once
// Number and time texts of the history views, the PDF report and the shift list, in one place
// so all of them say the same thing the same way (locale digits, the shift's own UTC offset).
#include <QDate>
#include <QString>

#include "core/model/units.h"

namespace chongal::ui::shift_text {

QString dateTimeText(Time t, int utcOffsetS);  // "2026-11-20 00:00"; "—" for t < 0
QDate localDate(Time t, int utcOffsetS);       // the calendar day at the shift's offset
QString percentText(double rate);              // "97.5 %"
QString minutesValue(double minutes);          // "23.4" (one decimal)
QString kmValue(double km);                    // "1,234.5"
QString durationText(Time seconds);            // "1:05:30" / "5:30"

}  // namespace chongal::ui::shift_text

#include "ui/history/shift_text.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace chongal::ui::shift_text {

QString dateTimeText(Time t, int utcOffsetS) {
    if (t < 0) return QStringLiteral("—");
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(utcOffsetS))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate localDate(Time t, int utcOffsetS) {
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(utcOffsetS)).date();
}

QString percentText(double rate) {
    return QLocale().toString(rate * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString minutesValue(double minutes) {
    return QLocale().toString(minutes, 'f', 1);
}

QString kmValue(double km) {
    return QLocale().toString(km, 'f', 1);
}

QString durationText(Time seconds) {
    const Time s = seconds < 0 ? 0 : seconds;
    const QString mmss = QStringLiteral("%1:%2")
                             .arg(s / 60 % 60, s >= 3600 ? 2 : 1, 10, QLatin1Char('0'))
                             .arg(s % 60, 2, 10, QLatin1Char('0'));
    return s >= 3600 ? QStringLiteral("%1:%2").arg(s / 3600).arg(mmss) : mmss;
}

}  // namespace chongal::ui::shift_text

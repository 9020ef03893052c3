#include "ui/move_preview_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

#include "app/models/display_text.h"

namespace chongal::ui {

namespace {

// "+1.5" / "−26,279,658" in the UI's locale, with a true minus sign (as signedMinutes).
QString signedNumber(double value, int decimals, const QLocale& locale) {
    return (value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
           locale.toString(std::abs(value), 'f', decimals);
}

}  // namespace

QString moveBlockText(app::MoveBlock block) {
    using app::MoveBlock;
    switch (block) {
        case MoveBlock::None:
            return {};
        case MoveBlock::NoPlan:
            return QCoreApplication::translate("MovePreview", "No plan yet");
        case MoveBlock::UnknownOrder:
            return QCoreApplication::translate("MovePreview", "Unknown order");
        case MoveBlock::Done:
            return QCoreApplication::translate("MovePreview", "Already delivered or cancelled");
        case MoveBlock::OnBoard:
            return QCoreApplication::translate("MovePreview",
                                               "On board: only its courier can deliver it");
        case MoveBlock::Committed:
            return QCoreApplication::translate("MovePreview",
                                               "Its courier is already on the way to it");
        case MoveBlock::NotPlanned:
            return QCoreApplication::translate("MovePreview", "New order: wait for the next plan");
        case MoveBlock::UnknownCourier:
            return QCoreApplication::translate("MovePreview", "Unknown courier");
        case MoveBlock::CourierOffline:
            return QCoreApplication::translate("MovePreview", "Courier offline or off shift");
        case MoveBlock::Unchanged:
            return QCoreApplication::translate("MovePreview", "No change");
    }
    return {};
}

QString movePreviewText(const app::MoveSpec& spec, const app::MovePreview& m, int utcOffsetS) {
    const QLocale locale;
    QStringList lines;
    lines
        << QCoreApplication::translate("MovePreview", "%1 → %2").arg(spec.orderId, spec.toCourier);
    if (!m.ok()) {
        lines << moveBlockText(m.block);
        return lines.join(QLatin1Char('\n'));
    }
    const Time spare = m.dueAt - m.etaAfter;
    QString eta = QCoreApplication::translate("MovePreview", "ETA %1")
                      .arg(app::clockText(m.etaAfter, utcOffsetS));
    if (m.etaBefore >= 0 && m.etaBefore != m.etaAfter)
        eta += QCoreApplication::translate("MovePreview", " (was %1)")
                   .arg(app::clockText(m.etaBefore, utcOffsetS));
    eta +=
        QStringLiteral(" · ") +
        (spare >= 0
             ? QCoreApplication::translate("MovePreview", "%1 to spare")
                   .arg(app::minutesText(spare))
             : QCoreApplication::translate("MovePreview", "%1 late").arg(app::minutesText(-spare)));
    lines << eta;
    lines << QCoreApplication::translate("MovePreview", "Lateness %1 · %2 km · driving %3")
                 .arg(app::signedMinutes(m.latenessDelta),
                      signedNumber(m.distanceDelta / 1000.0, 1, locale),
                      app::signedMinutes(m.drivingDelta));
    // The solver's score (lateness weighs most): a line of its own, it is long.
    lines << QCoreApplication::translate("MovePreview", "Plan cost %1")
                 .arg(signedNumber(double(m.costDelta), 0, locale));
    if (m.otherEtasChanged > 0)
        lines << QCoreApplication::translate("MovePreview", "%n other stop(s) move, up to %1",
                                             nullptr, m.otherEtasChanged)
                     .arg(app::signedMinutes(m.largestShift));
    if (!m.feasible) {
        const QString why =
            m.violation == QLatin1String("capacity")
                ? QCoreApplication::translate("MovePreview", "capacity exceeded")
            : m.violation == QLatin1String("shift_end")
                ? QCoreApplication::translate("MovePreview", "the courier's shift would overrun")
                : QCoreApplication::translate("MovePreview", "a time window is missed");
        lines << QCoreApplication::translate("MovePreview", "Not feasible: %1").arg(why);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace chongal::ui

#include "ui/history/shift_report_pdf.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <functional>
#include <memory>

#include "app/models/display_text.h"
#include "ui/history/shift_charts.h"
#include "ui/history/shift_text.h"

namespace chongal::ui {

using namespace shift_text;

namespace {

const QColor kInk{0x1F, 0x29, 0x33};
const QColor kMuted{0x66, 0x71, 0x7D};
const QColor kRule{0xDD, 0xE1, 0xE6};
const QColor kStripe{0xF4, 0xF6, 0xF8};
const QColor kLate{0xB0, 0x3A, 0x2E};

QFont reportFont(double points, bool bold = false) {
    QFont f;
    f.setFamilies({QStringLiteral("NanumGothic"), QStringLiteral("NanumBarunGothic"),
                   QStringLiteral("Noto Sans CJK KR"), QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Draws a chart as vectors into `target` (device units of the painter). The chart is laid out
// at screen scale (`dpi` / 96 device units per chart pixel), so its text keeps its on-screen size.
void drawChart(QPainter& p, QChart* chart, const QRectF& target, int dpi) {
    QGraphicsScene scene;
    scene.addItem(chart);  // the scene owns and deletes the chart
    const QSizeF size = target.size() / (double(dpi) / 96.0);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    chart->setBackgroundBrush(Qt::white);
    chart->setDropShadowEnabled(false);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&p, target, scene.sceneRect());
}

struct Column {
    QString title;
    double width;  // fraction of the table width
    bool right;
    std::function<QString(const history::CourierSummary&)> text;
};

class Writer {
public:
    Writer(QPdfWriter& pdf, const history::LoadedShift& shift, const QString& storePath)
        : pdf_(pdf), shift_(shift), storePath_(storePath) {}
    bool run();

private:
    void header();
    void footer();
    void newPage();
    void kpiGrid();
    void charts();
    void courierTable();
    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &pdf_).height(); }

    QPdfWriter& pdf_;
    const history::LoadedShift& shift_;
    QString storePath_;
    QPainter p_;
    QRectF page_;  // printable area in device units
    double y_ = 0;
    int pageNo_ = 1;
};

bool Writer::run() {
    if (!p_.begin(&pdf_)) return false;
    page_ = QRectF(QPointF(0, 0), QSizeF(pdf_.width(), pdf_.height()));
    p_.setRenderHint(QPainter::Antialiasing);
    header();
    kpiGrid();
    charts();
    footer();
    newPage();
    courierTable();
    footer();
    return p_.end();
}

void Writer::header() {
    const store::ShiftInfo& s = shift_.info;
    p_.setPen(kMuted);
    QFont small = reportFont(9);
    p_.setFont(small);
    p_.drawText(QPointF(0, lineHeight(small)),
                QCoreApplication::translate("ShiftReportPdf", "Chongal shift report"));
    y_ = lineHeight(small) * 1.4;
    const QFont title = reportFont(18, true);
    p_.setFont(title);
    p_.setPen(kInk);
    y_ += lineHeight(title);
    p_.drawText(QPointF(0, y_), QString::fromStdString(s.name));
    y_ += lineHeight(small) * 0.8;
    p_.setFont(small);
    p_.setPen(kMuted);
    const QString facts =
        QCoreApplication::translate("ShiftReportPdf", "Started %1 · ended %2 · shift %3 · %4")
            .arg(dateTimeText(s.startedAt, s.utcOffsetSeconds),
                 s.endedAt ? dateTimeText(*s.endedAt, s.utcOffsetSeconds)
                           : QCoreApplication::translate("ShiftReportPdf", "not finished"))
            .arg(s.id)
            .arg(s.scenario.empty() ? QCoreApplication::translate("ShiftReportPdf", "live feed")
                                    : QCoreApplication::translate("ShiftReportPdf", "scenario %1")
                                          .arg(QString::fromStdString(s.scenario)));
    y_ += lineHeight(small);
    p_.drawText(QPointF(0, y_), facts);
    y_ += lineHeight(small) * 0.8;
    p_.setPen(QPen(kRule, 1));
    p_.drawLine(QPointF(0, y_), QPointF(page_.width(), y_));
    y_ += lineHeight(small);
}

void Writer::kpiGrid() {
    const dispatch::Kpis& k = shift_.report.kpis;
    const QLocale l;
    const bool any = k.delivered > 0;
    const QString none = QStringLiteral("—");
    const std::vector<std::pair<QString, QString>> tiles{
        {l.toString(k.orders), QCoreApplication::translate("ShiftReportPdf", "Orders")},
        {l.toString(k.delivered), QCoreApplication::translate("ShiftReportPdf", "Delivered")},
        {k.orders > k.cancelled ? percentText(k.onTimeRate) : none,
         QCoreApplication::translate("ShiftReportPdf", "On time")},
        {any ? minutesValue(k.avgDeliveryMin) : none,
         QCoreApplication::translate("ShiftReportPdf", "Avg delivery (min)")},
        {any ? minutesValue(k.p90DeliveryMin) : none,
         QCoreApplication::translate("ShiftReportPdf", "P90 delivery (min)")},
        {any ? l.toString(k.ordersPerCourierHour, 'f', 2) : none,
         QCoreApplication::translate("ShiftReportPdf", "Orders per courier-hour")},
        {kmValue(k.km), QCoreApplication::translate("ShiftReportPdf", "Kilometres driven")},
        {QStringLiteral("%1 / %2").arg(l.toString(k.couriersUsed),
                                       l.toString(shift_.report.couriersJoined)),
         QCoreApplication::translate("ShiftReportPdf", "Couriers used / joined")},
        {l.toString(k.cancelled), QCoreApplication::translate("ShiftReportPdf", "Cancelled")},
        {l.toString(k.open), QCoreApplication::translate("ShiftReportPdf", "Not delivered")},
    };
    const QFont value = reportFont(15, true), caption = reportFont(8);
    const int perRow = 5;
    const double w = page_.width() / perRow;
    const double rowH = lineHeight(value) + lineHeight(caption) * 1.6;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const double x = double(i % perRow) * w;
        const double top = y_ + double(i / perRow) * rowH;
        p_.setFont(value);
        p_.setPen(kInk);
        p_.drawText(QPointF(x, top + lineHeight(value)), tiles[i].first);
        p_.setFont(caption);
        p_.setPen(kMuted);
        p_.drawText(QPointF(x, top + lineHeight(value) + lineHeight(caption)), tiles[i].second);
    }
    y_ += rowH * double((tiles.size() + perRow - 1) / perRow) + lineHeight(caption);
}

void Writer::charts() {
    const double gap = page_.width() * 0.02;
    const double footerRoom = lineHeight(reportFont(8)) * 2.5;
    const double room = page_.height() - y_ - footerRoom;
    const double h = std::max(150.0, (room - gap) / 2);
    drawChart(p_, makeDeliveriesOverTimeChart(shift_.report, shift_.info.utcOffsetSeconds),
              QRectF(0, y_, page_.width(), h), pdf_.resolution());
    y_ += h + gap;
    const double half = (page_.width() - gap) / 2;
    drawChart(p_, makeDeliveryTimeChart(shift_.report), QRectF(0, y_, half, h), pdf_.resolution());
    drawChart(p_, makeWorkloadChart(shift_.report), QRectF(half + gap, y_, half, h),
              pdf_.resolution());
    y_ += h + gap;
}

void Writer::footer() {
    const QFont f = reportFont(8);
    p_.setFont(f);
    p_.setPen(kMuted);
    const double base = page_.height() - lineHeight(f) * 0.3;
    QString left =
        QCoreApplication::translate("ShiftReportPdf", "Generated %1")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!storePath_.isEmpty()) left += QStringLiteral(" · ") + QFileInfo(storePath_).fileName();
    p_.drawText(QPointF(0, base), left);
    const QString right = QCoreApplication::translate("ShiftReportPdf", "Page %1").arg(pageNo_);
    p_.drawText(QPointF(page_.width() - QFontMetricsF(f, &pdf_).horizontalAdvance(right), base),
                right);
}

void Writer::newPage() {
    pdf_.newPage();
    ++pageNo_;
    y_ = 0;
}

void Writer::courierTable() {
    const int offset = shift_.info.utcOffsetSeconds;
    const QLocale l;
    const std::vector<Column> columns{
        {QCoreApplication::translate("ShiftReportPdf", "Courier"), 0.25, false,
         [](const history::CourierSummary& c) {
             return c.name.empty() ? QString::fromStdString(c.id)
                                   : QStringLiteral("%1 (%2)").arg(QString::fromStdString(c.name),
                                                                   QString::fromStdString(c.id));
         }},
        {QCoreApplication::translate("ShiftReportPdf", "Delivered"), 0.09, true,
         [&](const auto& c) { return l.toString(c.delivered); }},
        {QCoreApplication::translate("ShiftReportPdf", "On time"), 0.09, true,
         [&](const auto& c) { return l.toString(c.onTime); }},
        {QCoreApplication::translate("ShiftReportPdf", "Late"), 0.07, true,
         [&](const auto& c) { return l.toString(c.late); }},
        {QCoreApplication::translate("ShiftReportPdf", "On time %"), 0.1, true,
         [](const auto& c) {
             return c.delivered ? percentText(c.onTimeRate()) : QStringLiteral("—");
         }},
        {QCoreApplication::translate("ShiftReportPdf", "km"), 0.09, true,
         [](const auto& c) { return kmValue(c.km); }},
        {QCoreApplication::translate("ShiftReportPdf", "First"), 0.09, true,
         [&](const auto& c) { return app::clockText(c.firstDelivery, offset); }},
        {QCoreApplication::translate("ShiftReportPdf", "Last"), 0.09, true,
         [&](const auto& c) { return app::clockText(c.lastDelivery, offset); }},
        {QCoreApplication::translate("ShiftReportPdf", "Avg min"), 0.13, true,
         [](const auto& c) {
             return c.delivered ? minutesValue(c.avgDeliveryMin) : QStringLiteral("—");
         }},
    };
    const QFont title = reportFont(12, true), head = reportFont(8, true), body = reportFont(8);
    const double rowH = lineHeight(body) * 1.35;
    const double pad = page_.width() * 0.006;
    const double bottom = page_.height() - lineHeight(body) * 2.5;
    auto drawHeader = [&] {
        p_.setFont(title);
        p_.setPen(kInk);
        y_ += lineHeight(title);
        p_.drawText(QPointF(0, y_), QCoreApplication::translate("ShiftReportPdf", "Couriers"));
        y_ += lineHeight(title) * 0.5;
        p_.setFont(head);
        p_.setPen(kMuted);
        double x = 0;
        for (const Column& c : columns) {
            const double w = c.width * page_.width();
            p_.drawText(QRectF(x + pad, y_, w - 2 * pad, rowH),
                        Qt::AlignVCenter | (c.right ? Qt::AlignRight : Qt::AlignLeft), c.title);
            x += w;
        }
        y_ += rowH;
        p_.setPen(QPen(kRule, 1));
        p_.drawLine(QPointF(0, y_), QPointF(page_.width(), y_));
    };
    drawHeader();
    p_.setFont(body);
    int row = 0;
    for (const history::CourierSummary& c : shift_.report.couriers) {
        if (y_ + rowH > bottom) {
            footer();
            newPage();
            drawHeader();
            p_.setFont(body);
        }
        if (row++ % 2) p_.fillRect(QRectF(0, y_, page_.width(), rowH), kStripe);
        double x = 0;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const Column& col = columns[i];
            const double w = col.width * page_.width();
            p_.setPen(i == 3 && c.late > 0 ? kLate : kInk);
            const QString text =
                QFontMetricsF(body, &pdf_).elidedText(col.text(c), Qt::ElideRight, w - 2 * pad);
            p_.drawText(QRectF(x + pad, y_, w - 2 * pad, rowH),
                        Qt::AlignVCenter | (col.right ? Qt::AlignRight : Qt::AlignLeft), text);
            x += w;
        }
        y_ += rowH;
    }
}

}  // namespace

QString writeShiftReportPdf(const QString& path, const history::LoadedShift& shift,
                            const QString& storePath) {
    auto pdf = std::make_unique<QPdfWriter>(path);
    pdf->setPageSize(QPageSize(QPageSize::A4));
    pdf->setPageMargins(QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter);
    pdf->setResolution(144);
    pdf->setTitle(QCoreApplication::translate("ShiftReportPdf", "Shift report: %1")
                      .arg(QString::fromStdString(shift.info.name)));
    pdf->setCreator(QStringLiteral("Chongal"));
    Writer w(*pdf, shift, storePath);
    const bool ok = w.run();
    pdf.reset();  // finishes the file
    if (!ok || QFileInfo(path).size() == 0)
        return QCoreApplication::translate("ShiftReportPdf", "Could not write the PDF report to %1")
            .arg(path);
    return {};
}

}  // namespace chongal::ui

#include "app/io/interchange_jsonl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <span>

#include "core/io/utf8.h"

namespace chongal::io {

namespace {

template <class T>
ImportResult<T> readJsonl(QIODevice& in) {
    Importer<T> importer;
    readJsonlRecords(in.readAll(), importer);
    return importer.take();
}

template <class T>
ImportResult<T> readJsonlFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult<T> result;
        result.errors.push_back(
            {0, "cannot open " + path.toStdString() + ": " + file.errorString().toStdString()});
        return result;
    }
    return readJsonl<T>(file);
}

void writeJsonLine(QIODevice& out, std::span<const FieldSpec> specs,
                   const std::vector<std::string>& cells) {
    QJsonObject object;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const std::string& cell = cells[i];
        if (cell.empty()) continue;
        const QString key =
            QString::fromUtf8(specs[i].name.data(), qsizetype(specs[i].name.size()));
        switch (specs[i].kind) {
            case FieldKind::Number:
            case FieldKind::Integer:
                // The cell is our own formatNumber/to_string output, so it parses.
                object.insert(key, parseNumber(cell).value_or(0.0));
                break;
            case FieldKind::Text:
            case FieldKind::Time:
                object.insert(key, QString::fromStdString(cell));
                break;
        }
    }
    out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    out.write("\n");
}

}  // namespace

std::optional<TextRecord> jsonToTextRecord(const QByteArray& line, std::string* why) {
    auto fail = [&](std::string reason) {
        if (why) *why = std::move(reason);
        return std::nullopt;
    };
    if (!isValidUtf8(std::string_view(line.constData(), std::size_t(line.size()))))
        return fail("not valid UTF-8");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return fail("bad JSON at character " + std::to_string(error.offset + 1) + ": " +
                    error.errorString().toStdString());
    if (!doc.isObject()) return fail("not a JSON object");
    const QJsonObject object = doc.object();
    TextRecord record;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        std::string text;
        if (v.isString()) {
            text = v.toString().toStdString();
        } else if (v.isDouble()) {
            text = formatNumber(v.toDouble());
        } else if (v.isBool()) {
            text = v.toBool() ? "true" : "false";  // then rejected by the field's own rule
        } else if (v.isArray() || v.isObject()) {
            // As written, so a known field reports it ("size is not an integer: '[1]'") and an
            // unknown one (a vendor's extra data) is ignored like an unknown CSV column.
            text = (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                       .toJson(QJsonDocument::Compact)
                       .toStdString();
        }  // null: absent
        if (!text.empty()) record.fields.emplace_back(it.key().toStdString(), std::move(text));
    }
    return record;
}

void readJsonlRecords(const QByteArray& text, RecordSink& sink) {
    const QList<QByteArray> lines = text.split('\n');  // JSON strings cannot hold a raw newline
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i == 0 && line.startsWith("\xEF\xBB\xBF")) line.remove(0, 3);
        line = line.trimmed();  // also drops the CR of CRLF
        if (line.isEmpty()) continue;
        std::string why;
        if (const auto record = jsonToTextRecord(line, &why))
            sink.add(int(i + 1), *record);
        else
            sink.reject(int(i + 1), why);
    }
}

OrderImport readOrdersJsonl(QIODevice& in) {
    return readJsonl<Order>(in);
}
CourierImport readCouriersJsonl(QIODevice& in) {
    return readJsonl<Courier>(in);
}
OrderImport readOrdersJsonlFile(const QString& path) {
    return readJsonlFile<Order>(path);
}
CourierImport readCouriersJsonlFile(const QString& path) {
    return readJsonlFile<Courier>(path);
}

void writeOrdersJsonl(QIODevice& out, const std::vector<Order>& orders, int utcOffsetS) {
    for (const Order& o : orders) writeJsonLine(out, kOrderFields, orderCells(o, utcOffsetS));
}

void writeCouriersJsonl(QIODevice& out, const std::vector<Courier>& couriers, int utcOffsetS) {
    for (const Courier& c : couriers)
        writeJsonLine(out, kCourierFields, courierCells(c, utcOffsetS));
}

}  // namespace chongal::io

#pragma once
// The interchange format of SCENARIOS.md as JSON lines: one JSON object per line with the CSV's
// field names; numbers as JSON numbers (or numeric strings), times as ISO 8601 strings, null or a
// missing key = absent. Blank lines are skipped; errors carry the 1-based line number. The rules
// for values are those of core/io/interchange.h, shared with the CSV reader.
#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "core/io/interchange.h"

namespace chongal::io {

OrderImport readOrdersJsonl(QIODevice& in);
CourierImport readCouriersJsonl(QIODevice& in);
// From a file; an unreadable file is one error at row 0 naming the path.
OrderImport readOrdersJsonlFile(const QString& path);
CourierImport readCouriersJsonlFile(const QString& path);

// One compact JSON object per item, absent fields left out; reading back gives equal items.
void writeOrdersJsonl(QIODevice& out, const std::vector<Order>& orders, int utcOffsetS);
void writeCouriersJsonl(QIODevice& out, const std::vector<Courier>& couriers, int utcOffsetS);

// The syntax layer for a single line (also for JSON messages from a live feed): the object's
// fields as text (booleans, arrays and objects as their JSON text, which the field rules then
// reject where a number or time is expected), or nullopt with the reason (bad JSON, not an
// object, not UTF-8).
std::optional<TextRecord> jsonToTextRecord(const QByteArray& line, std::string* why);

// Splits `text` into lines and hands each non-blank one to `sink` (line numbers from 1).
void readJsonlRecords(const QByteArray& text, RecordSink& sink);

}  // namespace chongal::io

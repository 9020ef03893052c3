#pragma once
// orders.csv / couriers.csv of SCENARIOS.md. Columns are found by header name in any order;
// unknown columns are ignored. Rules for the values live in core/io/interchange.h.
#include <istream>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "core/io/interchange.h"

namespace chongal::io {

OrderImport readOrdersCsv(std::istream& in);
CourierImport readCouriersCsv(std::istream& in);
// From a file; an unreadable file is one error at row 0 naming the path.
OrderImport readOrdersCsvFile(const std::string& path);
CourierImport readCouriersCsvFile(const std::string& path);

// Every column of the format, times at `utcOffsetS`; reading the output back gives equal items.
void writeOrdersCsv(std::ostream& out, const std::vector<Order>& orders, int utcOffsetS);
void writeCouriersCsv(std::ostream& out, const std::vector<Courier>& couriers, int utcOffsetS);

// The CSV syntax layer, for any record type: checks the header (required columns of `specs`
// present, no column twice; else one error on the header row and nothing else is read), then
// hands each data row to `sink` as a TextRecord keyed by column name.
void readCsvRecords(std::istream& in, std::span<const FieldSpec> specs, RecordSink& sink);

}  // namespace chongal::io

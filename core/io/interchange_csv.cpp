#include "core/io/interchange_csv.h"

#include <fstream>
#include <iterator>
#include <set>

#include "core/io/csv.h"

namespace chongal::io {

namespace {

template <class T>
ImportResult<T> readCsv(std::istream& in, std::span<const FieldSpec> specs) {
    Importer<T> importer;
    readCsvRecords(in, specs, importer);
    return importer.take();
}

template <class T>
ImportResult<T> readCsvFile(const std::string& path, std::span<const FieldSpec> specs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ImportResult<T> result;
        result.errors.push_back({0, "cannot open " + path});
        return result;
    }
    return readCsv<T>(in, specs);
}

void writeHeader(std::ostream& out, std::span<const FieldSpec> specs) {
    std::vector<std::string> names;
    for (const FieldSpec& spec : specs) names.emplace_back(spec.name);
    writeCsvRecord(out, names);
}

}  // namespace

void readCsvRecords(std::istream& in, std::span<const FieldSpec> specs, RecordSink& sink) {
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    CsvReader reader(text);
    CsvRecord header;
    if (!reader.next(header)) {
        sink.reject(1, "empty file: expected a header row");
        return;
    }
    if (!header.error.empty()) {
        sink.reject(header.line, "header: " + header.error);
        return;
    }
    std::set<std::string> seen;
    for (std::string& name : header.fields) {
        name = std::string(trimBlanks(name));
        if (!name.empty() && !seen.insert(name).second) {
            sink.reject(header.line, "header: column '" + name + "' appears twice");
            return;
        }
    }
    if (const std::string missing = missingRequired(specs, header.fields); !missing.empty()) {
        sink.reject(header.line, "header: missing required column(s): " + missing);
        return;
    }
    CsvRecord row;
    TextRecord record;
    while (reader.next(row)) {
        if (!row.error.empty()) {
            sink.reject(row.line, row.error);
            continue;
        }
        if (row.fields.size() != header.fields.size()) {
            sink.reject(row.line, "expected " + std::to_string(header.fields.size()) +
                                      " fields as in the header, found " +
                                      std::to_string(row.fields.size()));
            continue;
        }
        record.fields.clear();
        for (std::size_t i = 0; i < row.fields.size(); ++i)
            if (!header.fields[i].empty())
                record.fields.emplace_back(header.fields[i], std::move(row.fields[i]));
        sink.add(row.line, record);
    }
}

OrderImport readOrdersCsv(std::istream& in) {
    return readCsv<Order>(in, kOrderFields);
}
CourierImport readCouriersCsv(std::istream& in) {
    return readCsv<Courier>(in, kCourierFields);
}
OrderImport readOrdersCsvFile(const std::string& path) {
    return readCsvFile<Order>(path, kOrderFields);
}
CourierImport readCouriersCsvFile(const std::string& path) {
    return readCsvFile<Courier>(path, kCourierFields);
}

void writeOrdersCsv(std::ostream& out, const std::vector<Order>& orders, int utcOffsetS) {
    writeHeader(out, kOrderFields);
    for (const Order& o : orders) writeCsvRecord(out, orderCells(o, utcOffsetS));
}

void writeCouriersCsv(std::ostream& out, const std::vector<Courier>& couriers, int utcOffsetS) {
    writeHeader(out, kCourierFields);
    for (const Courier& c : couriers) writeCsvRecord(out, courierCells(c, utcOffsetS));
}

}  // namespace chongal::io

#pragma once
// The shift interchange format of SCENARIOS.md, independent of the file syntax: field names,
// validation of one record, duplicate-id detection, and the text a writer emits per field.
// The CSV (core/io/interchange_csv.h) and JSON-lines (app/io/interchange_jsonl.h) readers only
// split their syntax into TextRecords and hand them to an Importer, so every rule lives here.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/io/iso_time.h"
#include "core/model/courier.h"
#include "core/model/order.h"

namespace chongal::io {

// A rejected record: `row` is the 1-based line where it starts (in CSV the header is row 1, as in
// a spreadsheet; in JSON lines, the line number). Row 0 means the whole input (unreadable file).
struct RowError {
    int row = 0;
    std::string message;
    friend bool operator==(const RowError&, const RowError&) = default;
};

template <class T>
struct ImportResult {
    std::vector<T> items;           // good records, in input order
    std::vector<RowError> errors;   // in row order
    std::optional<int> utcOffsetS;  // offset of the first time read: how to display this shift
};
using OrderImport = ImportResult<Order>;
using CourierImport = ImportResult<Courier>;

enum class FieldKind { Text, Number, Integer, Time };

struct FieldSpec {
    std::string_view name;
    FieldKind kind;
    bool required;
};

// Columns in the order writers emit them: the required ones first, as SCENARIOS.md lists them.
inline constexpr FieldSpec kOrderFields[] = {
    {"order_id", FieldKind::Text, true},
    {"pickup_lat", FieldKind::Number, true},
    {"pickup_lon", FieldKind::Number, true},
    {"dropoff_lat", FieldKind::Number, true},
    {"dropoff_lon", FieldKind::Number, true},
    {"ready_at", FieldKind::Time, true},
    {"due_at", FieldKind::Time, true},
    {"size", FieldKind::Integer, true},
    {"pickup_service_s", FieldKind::Integer, false},
    {"dropoff_service_s", FieldKind::Integer, false},
    {"placed_at", FieldKind::Time, false},
    {"customer", FieldKind::Text, false},
    {"address", FieldKind::Text, false},
    {"note", FieldKind::Text, false},
};
inline constexpr FieldSpec kCourierFields[] = {
    {"courier_id", FieldKind::Text, true},   {"start_lat", FieldKind::Number, true},
    {"start_lon", FieldKind::Number, true},  {"shift_start", FieldKind::Time, true},
    {"shift_end", FieldKind::Time, true},    {"capacity", FieldKind::Integer, true},
    {"end_lat", FieldKind::Number, false},   {"end_lon", FieldKind::Number, false},
    {"speed_kmh", FieldKind::Number, false}, {"name", FieldKind::Text, false},
};

// One input record as text by field name; a blank (or whitespace-only) value counts as absent.
struct TextRecord {
    std::vector<std::pair<std::string, std::string>> fields;
    std::optional<std::string_view> get(std::string_view name) const;
};

// Reads typed fields of one record, collecting every problem rather than stopping at the first,
// so a user can fix a row in one go. Each getter returns nullopt when the field is absent (a
// problem only when required) or bad (always a problem).
class FieldReader {
public:
    FieldReader(const TextRecord& record, std::vector<std::string>& problems)
        : record_(record), problems_(problems), problemsBefore_(problems.size()) {}

    std::optional<std::string_view> text(std::string_view name, bool required);
    std::optional<double> number(std::string_view name, bool required);
    // A number with |value| <= limit (90 for latitudes, 180 for longitudes).
    std::optional<double> coordinate(std::string_view name, bool required, double limit);
    // An integer in [lo, hi]; `rangeText` says which in the message ("a positive integer").
    std::optional<std::int64_t> integer(std::string_view name, bool required, std::int64_t lo,
                                        std::int64_t hi, const char* rangeText);
    std::optional<ZonedTime> time(std::string_view name, bool required);

    void problem(std::string message) { problems_.push_back(std::move(message)); }
    bool ok() const { return problems_.size() == problemsBefore_; }

private:
    const TextRecord& record_;
    std::vector<std::string>& problems_;
    std::size_t problemsBefore_;
};

// Parses one record into `out`; false with every problem found appended to `problems`.
// `offset` receives the UTC offset of the record's first time. Other record types (hubs) add
// their own overloads beside their type; Importer finds them by argument-dependent lookup.
bool parseRecord(const TextRecord& record, Order& out, std::vector<std::string>& problems,
                 int& offset);
bool parseRecord(const TextRecord& record, Courier& out, std::vector<std::string>& problems,
                 int& offset);
inline std::string_view idField(const Order&) {
    return "order_id";
}
inline std::string_view idField(const Courier&) {
    return "courier_id";
}

// Where a reader delivers the records it has split out of its syntax, in input order.
class RecordSink {
public:
    virtual ~RecordSink() = default;
    virtual void add(int row, const TextRecord& record) = 0;
    // A record the reader could not even split into fields (bad quoting, bad JSON, ...) or a
    // problem with the whole input (row 0 or the header row).
    virtual void reject(int row, std::string message) = 0;
};

// Keeps the good records, reports the bad ones (including ids already seen on an earlier good
// row, which keep the first).
template <class T>
class Importer : public RecordSink {
public:
    void add(int row, const TextRecord& record) override {
        T item;
        std::vector<std::string> problems;
        int offset = 0;
        if (parseRecord(record, item, problems, offset)) {
            if (const auto seen = firstRow_.find(item.id); seen != firstRow_.end()) {
                problems.push_back("duplicate " + std::string(idField(item)) + " '" + item.id +
                                   "' (first on row " + std::to_string(seen->second) + ")");
            } else {
                firstRow_.emplace(item.id, row);
                if (!result_.utcOffsetS) result_.utcOffsetS = offset;
                result_.items.push_back(std::move(item));
                return;
            }
        }
        std::string message;
        for (const std::string& p : problems) message += (message.empty() ? "" : "; ") + p;
        reject(row, std::move(message));
    }
    void reject(int row, std::string message) override {
        result_.errors.push_back({row, std::move(message)});
    }
    ImportResult<T> take() { return std::move(result_); }

private:
    ImportResult<T> result_;
    std::unordered_map<std::string, int> firstRow_;
};

using OrderImporter = Importer<Order>;
using CourierImporter = Importer<Courier>;

// The required fields of `specs` missing from `header`, comma-separated; empty when complete.
std::string missingRequired(std::span<const FieldSpec> specs,
                            const std::vector<std::string>& header);

// The text of each field, aligned with kOrderFields / kCourierFields; "" = absent (a placedAt of
// 0 means "known from the start" and is written as absent). Times at `utcOffsetS`.
std::vector<std::string> orderCells(const Order& order, int utcOffsetS);
std::vector<std::string> courierCells(const Courier& courier, int utcOffsetS);

// `text` without surrounding blanks (space, tab, CR, LF).
std::string_view trimBlanks(std::string_view text);
// Shortest text that parses back to exactly the same double ("37.512345", "22").
std::string formatNumber(double value);
// Strict parse of the whole text (surrounding spaces allowed); nullopt when not a finite number.
std::optional<double> parseNumber(std::string_view text);

}  // namespace chongal::io

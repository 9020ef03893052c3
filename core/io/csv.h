#pragma once
// RFC 4180 CSV: comma-separated fields, fields in double quotes may hold commas, line breaks and
// doubled quotes (""); records end with LF or CRLF; a UTF-8 byte-order mark at the start is
// skipped; blank lines are skipped. The reader never throws: a malformed record carries its error
// and reading goes on with the next line.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace chongal::io {

struct CsvRecord {
    int line = 0;  // 1-based line where the record starts (the header is line 1)
    std::vector<std::string> fields;
    std::string error;  // empty when well-formed
};

class CsvReader {
public:
    // `text` must outlive the reader.
    explicit CsvReader(std::string_view text);
    // The next record into `out`; false at the end of the text.
    bool next(CsvRecord& out);

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

// The field as written in a CSV file: quoted when it holds a comma, quote, CR or LF, or starts or
// ends with a space (which spreadsheets would otherwise trim).
std::string csvField(std::string_view value);
// One record, fields joined by commas, ended by "\n".
void writeCsvRecord(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace chongal::io

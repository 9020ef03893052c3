#include "core/io/csv.h"

#include "core/io/utf8.h"

namespace chongal::io {

CsvReader::CsvReader(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool CsvReader::next(CsvRecord& out) {
    // Skip blank lines (LF or CRLF alone).
    for (;;) {
        if (pos_ >= text_.size()) return false;
        if (text_[pos_] == '\n') {
            ++pos_, ++line_;
        } else if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            pos_ += 2, ++line_;
        } else {
            break;
        }
    }
    out.line = line_;
    out.fields.clear();
    out.error.clear();
    std::string field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field started with a quote
    bool afterQuote = false;  // the quoted field has closed; only ',' or the end may follow
    auto note = [&](const char* what) {
        if (out.error.empty()) out.error = what;
    };
    while (pos_ < text_.size()) {
        const char c = text_[pos_++];
        if (quoted) {
            if (c == '"') {
                if (pos_ < text_.size() && text_[pos_] == '"') {
                    field += '"';
                    ++pos_;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n') ++line_;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            out.fields.push_back(std::move(field));
            field.clear();
            wasQuoted = afterQuote = false;
        } else if (c == '\n' || (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n')) {
            if (c == '\r') ++pos_;
            ++line_;
            break;
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (afterQuote) {
            note("text after a closing quote (quotes inside a field must be doubled)");
            field += c;
        } else {
            if (c == '"') note("quote inside an unquoted field (quote the field and double it)");
            field += c;
        }
    }
    if (quoted) note("unterminated quoted field");
    out.fields.push_back(std::move(field));
    for (const std::string& f : out.fields)
        if (!isValidUtf8(f)) {
            note("not valid UTF-8 (was the file saved as CP949/EUC-KR? save it as CSV UTF-8)");
            break;
        }
    return true;
}

std::string csvField(std::string_view value) {
    const bool needsQuotes = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                             (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needsQuotes) return std::string(value);
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void writeCsvRecord(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out << ',';
        out << csvField(fields[i]);
    }
    out << '\n';
}

}  // namespace chongal::io

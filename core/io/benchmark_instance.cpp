#include "core/io/benchmark_instance.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace chongal::io {

BenchmarkParseError::BenchmarkParseError(std::string path, int line, std::string message)
    : std::runtime_error(path + ":" + std::to_string(line) + ": " + message),
      path_(std::move(path)),
      line_(line),
      message_(std::move(message)) {}

namespace {

struct Line {
    int number = 0;         // 1-based
    std::string_view text;  // without the line ending, trimmed
    std::vector<std::string_view> tokens;
};

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return s;
}

// Splits on LF, CRLF or a lone CR; keeps blank lines so that line numbers stay true.
std::vector<Line> splitLines(std::string_view text) {
    std::vector<Line> lines;
    int number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        Line line;
        line.number = ++number;
        line.text = trim(text.substr(pos, end - pos));
        std::string_view rest = line.text;
        while (!rest.empty()) {
            std::size_t i = 0;
            while (i < rest.size() && !isBlank(rest[i])) ++i;
            line.tokens.push_back(rest.substr(0, i));
            rest = trim(rest.substr(i));
        }
        lines.push_back(std::move(line));
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() &&
            text[end + 1] == '\n')
            ++end;
        pos = end + 1;
    }
    return lines;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

bool isNumber(std::string_view token) {
    double value = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    return ec == std::errc() && end == token.data() + token.size() && std::isfinite(value);
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

std::string compact(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

// Reads the rows of one file, throwing with its path and the current line.
class Reader {
public:
    explicit Reader(const std::string& path) : path_(path) {}

    [[noreturn]] void fail(int line, const std::string& message) const {
        throw BenchmarkParseError(path_, line, message);
    }

    int integer(const Line& line, std::size_t field, const char* name) const {
        const std::string_view t = line.tokens[field];
        int value = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
        if (ec != std::errc() || end != t.data() + t.size()) {
            // Accept "10.0" for an integer field; reject "10.5" and words.
            const double d = number(line, field, name);
            if (d != std::floor(d) || std::abs(d) > 1e9)
                fail(line.number, std::string(name) + " must be an integer, found " + quoted(t));
            return int(d);
        }
        return value;
    }

    double number(const Line& line, std::size_t field, const char* name) const {
        const std::string_view t = line.tokens[field];
        if (!isNumber(t)) fail(line.number, std::string(name) + " is not a number: " + quoted(t));
        double value = 0;
        std::from_chars(t.data(), t.data() + t.size(), value);
        return value;
    }

    void expectFields(const Line& line, std::size_t count, const char* what) const {
        if (line.tokens.size() != count)
            fail(line.number, std::string(what) + ": expected " + std::to_string(count) +
                                  " fields, found " + std::to_string(line.tokens.size()));
    }

private:
    const std::string& path_;
};

struct Row {
    BenchmarkNode node;
    int line = 0;
};

// Ids must be exactly 0..N-1 (any order); returns the nodes sorted by id with their lines.
std::vector<Row> orderById(const Reader& reader, std::vector<Row> rows, int lastLine) {
    if (rows.empty()) reader.fail(lastLine, "no node rows (node 0, the depot, is required)");
    const int n = int(rows.size());
    std::vector<int> firstLine(n, 0);
    for (const Row& r : rows) {
        if (r.node.id < 0 || r.node.id >= n) continue;
        if (firstLine[r.node.id] != 0)
            reader.fail(r.line, "duplicate node id " + std::to_string(r.node.id) +
                                    " (first on line " + std::to_string(firstLine[r.node.id]) +
                                    ")");
        firstLine[r.node.id] = r.line;
    }
    // Without duplicates, an id out of 0..N-1 means that some id in that range is missing.
    for (const Row& r : rows) {
        if (r.node.id >= 0 && r.node.id < n) continue;
        const int missing =
            int(std::find(firstLine.begin(), firstLine.end(), 0) - firstLine.begin());
        reader.fail(r.line, "node id " + std::to_string(r.node.id) + " is out of sequence: " +
                                std::to_string(n) + " rows need ids 0.." + std::to_string(n - 1) +
                                ", and id " + std::to_string(missing) + " is missing");
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return a.node.id < b.node.id; });
    return rows;
}

void checkCommon(const Reader& reader, const std::vector<Row>& rows) {
    const Row& depot = rows.front();
    if (depot.node.demand != 0)
        reader.fail(depot.line, "the depot (node 0) has demand " +
                                    std::to_string(depot.node.demand) + "; it must be 0");
    for (const Row& r : rows) {
        if (r.node.ready > r.node.due)
            reader.fail(r.line, "node " + std::to_string(r.node.id) + ": ready time " +
                                    compact(r.node.ready) + " is after due date " +
                                    compact(r.node.due));
        if (r.node.service < 0)
            reader.fail(r.line, "node " + std::to_string(r.node.id) + ": negative service time");
    }
}

void checkSolomonDemands(const Reader& reader, const std::vector<Row>& rows) {
    for (const Row& r : rows)
        if (r.node.demand < 0)
            reader.fail(r.line, "node " + std::to_string(r.node.id) + ": negative demand " +
                                    std::to_string(r.node.demand) +
                                    " (Solomon customers receive goods only)");
}

// Each pickup and its delivery must name each other, with opposite demands.
void checkLiLimPairs(const Reader& reader, const std::vector<Row>& rows) {
    const int n = int(rows.size());
    const auto nodeName = [](int id) { return "node " + std::to_string(id); };
    const Row& depot = rows.front();
    if (depot.node.pickupSibling != 0 || depot.node.deliverySibling != 0)
        reader.fail(depot.line, "the depot (node 0) must not have siblings");
    for (const Row& r : rows) {
        const BenchmarkNode& a = r.node;
        if (a.id == 0) continue;
        const std::string self = nodeName(a.id);
        for (int sibling : {a.pickupSibling, a.deliverySibling})
            if (sibling < 0 || sibling >= n)
                reader.fail(r.line, self + ": sibling " + std::to_string(sibling) +
                                        " is not a node of this file");
        if (a.isPickup() && a.isDelivery())
            reader.fail(r.line, self + " has both a pickup and a delivery sibling");
        if (!a.isPickup() && !a.isDelivery())
            reader.fail(r.line, self + " is neither a pickup nor a delivery (both siblings are 0)");
    }
    // Second pass: every sibling is a node now, so each row's own fault is reported first.
    for (const Row& r : rows) {
        const BenchmarkNode& a = r.node;
        if (a.id == 0) continue;
        if (a.isPickup()) {
            const BenchmarkNode& d = rows[a.deliverySibling].node;
            if (a.demand < 0)
                reader.fail(r.line, "pickup " + std::to_string(a.id) + " has negative demand " +
                                        std::to_string(a.demand));
            if (d.pickupSibling != a.id)
                reader.fail(r.line, "pickup " + std::to_string(a.id) + " names delivery " +
                                        std::to_string(d.id) + ", but node " +
                                        std::to_string(d.id) + " names pickup " +
                                        std::to_string(d.pickupSibling));
            if (d.demand != -a.demand)
                reader.fail(r.line, "pickup " + std::to_string(a.id) + " has demand " +
                                        std::to_string(a.demand) + " but its delivery " +
                                        std::to_string(d.id) + " has " + std::to_string(d.demand) +
                                        " (must be the opposite)");
        } else {
            const BenchmarkNode& p = rows[a.pickupSibling].node;
            if (a.demand > 0)
                reader.fail(r.line, "delivery " + std::to_string(a.id) + " has positive demand " +
                                        std::to_string(a.demand));
            if (p.deliverySibling != a.id)
                reader.fail(r.line, "delivery " + std::to_string(a.id) + " names pickup " +
                                        std::to_string(p.id) + ", but node " +
                                        std::to_string(p.id) + " names delivery " +
                                        std::to_string(p.deliverySibling));
        }
    }
}

void checkFleet(const Reader& reader, int line, int vehicles, int capacity) {
    if (vehicles <= 0)
        reader.fail(line, "vehicle count must be positive, found " + std::to_string(vehicles));
    if (capacity < 0)
        reader.fail(line, "capacity must not be negative, found " + std::to_string(capacity));
}

std::vector<BenchmarkNode> nodesOf(const std::vector<Row>& rows) {
    std::vector<BenchmarkNode> nodes;
    nodes.reserve(rows.size());
    for (const Row& r : rows) nodes.push_back(r.node);
    return nodes;
}

// Next non-blank line at or after `i`, or nullptr.
const Line* nextNonBlank(const std::vector<Line>& lines, std::size_t& i) {
    while (i < lines.size() && lines[i].tokens.empty()) ++i;
    return i < lines.size() ? &lines[i] : nullptr;
}

int lastLineNumber(const std::vector<Line>& lines) {
    return lines.empty() ? 0 : lines.back().number;
}

BenchmarkInstance parseSolomon(const std::vector<Line>& lines, const std::string& path) {
    const Reader reader(path);
    BenchmarkInstance inst;
    inst.kind = BenchmarkKind::Solomon;
    std::size_t i = 0;
    const Line* line = nextNonBlank(lines, i);
    if (line && !equalsIgnoreCase(line->text, "VEHICLE")) {
        inst.name = std::string(line->text);
        ++i;
        line = nextNonBlank(lines, i);
    } else {
        inst.name = std::filesystem::path(path).stem().string();
    }
    if (!line || !equalsIgnoreCase(line->text, "VEHICLE"))
        reader.fail(line ? line->number : lastLineNumber(lines), "expected the VEHICLE section");
    ++i;
    line = nextNonBlank(lines, i);
    if (line && !isNumber(line->tokens.front())) {  // the "NUMBER CAPACITY" header
        ++i;
        line = nextNonBlank(lines, i);
    }
    if (!line) reader.fail(lastLineNumber(lines), "missing the vehicle NUMBER CAPACITY row");
    reader.expectFields(*line, 2, "vehicle row (NUMBER CAPACITY)");
    inst.vehicleCount = reader.integer(*line, 0, "vehicle NUMBER");
    inst.capacity = reader.integer(*line, 1, "vehicle CAPACITY");
    checkFleet(reader, line->number, inst.vehicleCount, inst.capacity);
    ++i;
    line = nextNonBlank(lines, i);
    if (!line || !equalsIgnoreCase(line->text, "CUSTOMER"))
        reader.fail(line ? line->number : lastLineNumber(lines), "expected the CUSTOMER section");
    ++i;
    line = nextNonBlank(lines, i);
    if (line && equalsIgnoreCase(line->tokens.front(), "CUST")) ++i;  // column header
    std::vector<Row> rows;
    for (; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.tokens.empty()) continue;
        reader.expectFields(l, 7, "customer row (CUST NO. X Y DEMAND READY DUE SERVICE)");
        Row r{{}, l.number};
        r.node.id = reader.integer(l, 0, "CUST NO.");
        r.node.x = reader.number(l, 1, "XCOORD.");
        r.node.y = reader.number(l, 2, "YCOORD.");
        r.node.demand = reader.integer(l, 3, "DEMAND");
        r.node.ready = reader.number(l, 4, "READY TIME");
        r.node.due = reader.number(l, 5, "DUE DATE");
        r.node.service = reader.number(l, 6, "SERVICE TIME");
        rows.push_back(r);
    }
    rows = orderById(reader, std::move(rows), lastLineNumber(lines));
    checkCommon(reader, rows);
    checkSolomonDemands(reader, rows);
    inst.nodes = nodesOf(rows);
    return inst;
}

BenchmarkInstance parseLiLim(const std::vector<Line>& lines, const std::string& path) {
    const Reader reader(path);
    BenchmarkInstance inst;
    inst.kind = BenchmarkKind::LiLim;
    inst.name = std::filesystem::path(path).stem().string();
    std::size_t i = 0;
    const Line* line = nextNonBlank(lines, i);
    if (!line) reader.fail(0, "the file is empty");
    reader.expectFields(*line, 3, "first row (vehicles capacity speed)");
    inst.vehicleCount = reader.integer(*line, 0, "vehicle count");
    inst.capacity = reader.integer(*line, 1, "capacity");
    // The third field reads 1 in most published files and 0 in ten of them (lc104, ...); every
    // published evaluation uses travel time = distance, so its value is checked but ignored.
    reader.number(*line, 2, "speed");
    checkFleet(reader, line->number, inst.vehicleCount, inst.capacity);
    std::vector<Row> rows;
    for (++i; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (l.tokens.empty()) continue;
        reader.expectFields(l, 9,
                            "task row (id x y demand earliest latest service pickup delivery)");
        Row r{{}, l.number};
        r.node.id = reader.integer(l, 0, "task id");
        r.node.x = reader.number(l, 1, "x");
        r.node.y = reader.number(l, 2, "y");
        r.node.demand = reader.integer(l, 3, "demand");
        r.node.ready = reader.number(l, 4, "earliest time");
        r.node.due = reader.number(l, 5, "latest time");
        r.node.service = reader.number(l, 6, "service time");
        r.node.pickupSibling = reader.integer(l, 7, "pickup sibling");
        r.node.deliverySibling = reader.integer(l, 8, "delivery sibling");
        rows.push_back(r);
    }
    rows = orderById(reader, std::move(rows), lastLineNumber(lines));
    checkCommon(reader, rows);
    checkLiLimPairs(reader, rows);
    inst.nodes = nodesOf(rows);
    return inst;
}

BenchmarkKind detect(const std::vector<Line>& lines, const std::string& path) {
    std::size_t i = 0;
    const Line* first = nextNonBlank(lines, i);
    if (!first) throw BenchmarkParseError(path, 0, "the file is empty");
    for (const Line& l : lines)
        if (equalsIgnoreCase(l.text, "VEHICLE")) return BenchmarkKind::Solomon;
    if (isNumber(first->tokens.front()))
        return BenchmarkKind::LiLim;  // errors come from its reader
    throw BenchmarkParseError(path, first->number,
                              "not a benchmark file: no VEHICLE section (Solomon VRPTW) and the "
                              "first line is not 'vehicles capacity speed' (Li & Lim PDPTW)");
}

}  // namespace

BenchmarkKind detectBenchmarkKind(std::string_view text, const std::string& path) {
    return detect(splitLines(text), path);
}

BenchmarkInstance parseBenchmark(std::string_view text, const std::string& path) {
    const std::vector<Line> lines = splitLines(text);
    return detect(lines, path) == BenchmarkKind::Solomon ? parseSolomon(lines, path)
                                                         : parseLiLim(lines, path);
}

BenchmarkInstance readBenchmarkFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw BenchmarkParseError(path, 0, "cannot open the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw BenchmarkParseError(path, 0, "cannot read the file");
    return parseBenchmark(buffer.str(), path);
}

}  // namespace chongal::io

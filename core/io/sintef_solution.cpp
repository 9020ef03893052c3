#include "core/io/sintef_solution.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace chongal::io {

void writeSintefSolution(std::ostream& out, const std::string& instanceName,
                         const std::vector<std::vector<int>>& routes, const std::string& authors) {
    out << "Instance name : " << instanceName << '\n'
        << "Authors       : " << authors << '\n'
        << "Date          : \n"
        << "Reference     : \n"
        << "Solution\n";
    int number = 0;
    for (const auto& route : routes) {
        if (route.empty()) continue;
        out << "Route " << ++number << " :";
        for (int id : route) out << ' ' << id;
        out << '\n';
    }
}

namespace {

std::string_view trim(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// "Route 3 : 12 5 7" (spaces and tabs vary between files) -> the ids.
std::vector<int> parseRoute(std::string_view text, const std::string& path, int line) {
    const auto fail = [&](const std::string& why) { throw BenchmarkParseError(path, line, why); };
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) fail("expected 'Route k : ids', found no ':'");
    std::vector<int> ids;
    std::string_view rest = trim(text.substr(colon + 1));
    while (!rest.empty()) {
        std::size_t end = rest.find_first_of(" \t");
        if (end == std::string_view::npos) end = rest.size();
        const std::string_view token = rest.substr(0, end);
        int id = 0;
        const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), id);
        if (ec != std::errc() || ptr != token.data() + token.size())
            fail("node id is not an integer: '" + std::string(token) + "'");
        ids.push_back(id);
        rest = trim(rest.substr(end));
    }
    return ids;
}

}  // namespace

SintefSolution readSintefSolution(std::istream& in, const std::string& path) {
    SintefSolution solution;
    std::string raw;
    int line = 0;
    bool inSolution = false;
    while (std::getline(in, raw)) {
        ++line;
        const std::string_view text = trim(raw);
        if (text.empty()) continue;
        if (startsWith(text, "Route")) {
            solution.routes.push_back(parseRoute(text, path, line));
            inSolution = true;
        } else if (text == "Solution") {
            inSolution = true;
        } else if (inSolution) {
            throw BenchmarkParseError(path, line, "expected 'Route k : ids' after 'Solution'");
        } else if (startsWith(text, "Instance name")) {
            const std::size_t colon = text.find(':');
            if (colon != std::string_view::npos)
                solution.instanceName = std::string(trim(text.substr(colon + 1)));
        }
    }
    if (in.bad()) throw BenchmarkParseError(path, line, "cannot read the file");
    if (!inSolution) throw BenchmarkParseError(path, line, "no 'Solution' section and no routes");
    return solution;
}

SintefSolution readSintefSolutionFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw BenchmarkParseError(path, 0, "cannot open the file");
    return readSintefSolution(in, path);
}

}  // namespace chongal::io

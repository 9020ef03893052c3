#pragma once
// Solutions in the SINTEF TOP text form used by the published best-known solutions:
//   Instance name : lc101
//   Authors       : ...
//   Date          : ...
//   Reference     : ...
//   Solution
//   Route 1 : 81 78 104 ...
// Node ids are the instance file's; the depot is omitted at both ends.
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "core/io/benchmark_instance.h"  // BenchmarkParseError

namespace chongal::io {

struct SintefSolution {
    std::string instanceName;              // empty when the header has none
    std::vector<std::vector<int>> routes;  // in file order, as listed (empty routes kept)
};

// Writes the header and one "Route k : ..." line per non-empty route, numbered from 1.
void writeSintefSolution(std::ostream& out, const std::string& instanceName,
                         const std::vector<std::vector<int>>& routes,
                         const std::string& authors = "Chongal (chongal-solve)");

// Reads the header fields it knows ("Instance name") and every "Route k : ids" line; any other
// line after "Solution" is an error. Throws BenchmarkParseError naming `path` and the line.
SintefSolution readSintefSolution(std::istream& in, const std::string& path);
SintefSolution readSintefSolutionFile(const std::string& path);

}  // namespace chongal::io

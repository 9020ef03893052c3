#pragma once
// Academic VRP benchmark files as they are written, a faithful unscaled record; toProblem()
// (benchmark_problem.h) turns one into a solver problem. Formats (SINTEF TOP distributions):
//  - Solomon / Gehring-Homberger VRPTW: a name line, a VEHICLE section ("NUMBER CAPACITY" header,
//    then the fleet size and capacity), a CUSTOMER section (column header, then one row per node:
//    id x y demand ready due service). Node 0 is the depot; its due date is the latest return.
//  - Li & Lim PDPTW: "vehicles capacity speed", then one row per node: id x y demand ready due
//    service pickup_sibling delivery_sibling. Row 0 is the depot. A pickup has demand > 0 and
//    names its delivery; the delivery has the opposite demand and names its pickup.
// Windows bound the start of service; travel time = Euclidean distance.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace chongal::io {

enum class BenchmarkKind { Solomon, LiLim };

// One row of the file. Units are the instance's own (distance = time, speed 1).
struct BenchmarkNode {
    int id = 0;
    double x = 0.0;
    double y = 0.0;
    int demand = 0;      // Solomon: >= 0 delivered; Li & Lim: + at a pickup, - at its delivery
    double ready = 0.0;  // window on the start of service
    double due = 0.0;
    double service = 0.0;
    int pickupSibling = 0;    // Li & Lim delivery: its pickup's id; else 0
    int deliverySibling = 0;  // Li & Lim pickup: its delivery's id; else 0

    bool isPickup() const { return deliverySibling != 0; }
    bool isDelivery() const { return pickupSibling != 0; }
};

struct BenchmarkInstance {
    std::string name;
    BenchmarkKind kind = BenchmarkKind::Solomon;
    int vehicleCount = 0;
    int capacity = 0;
    // nodes[i].id == i (validated); nodes[0] is the depot, its `due` the latest return.
    std::vector<BenchmarkNode> nodes;

    int customerCount() const { return int(nodes.size()) - 1; }
};

// Bad input: where (file, 1-based line; 0 when the file as a whole is at fault) and why.
class BenchmarkParseError : public std::runtime_error {
public:
    BenchmarkParseError(std::string path, int line, std::string message);
    const std::string& path() const { return path_; }
    int line() const { return line_; }
    const std::string& message() const { return message_; }

private:
    std::string path_;
    int line_;
    std::string message_;
};

// Which format `text` is in, from its content alone; throws when it is neither.
BenchmarkKind detectBenchmarkKind(std::string_view text, const std::string& path);

// Parses and validates a benchmark file held in `text` (CRLF or LF, spaces or tabs). `path` names
// the file in errors and gives the instance name when the format has none (Li & Lim: file stem).
// Throws BenchmarkParseError.
BenchmarkInstance parseBenchmark(std::string_view text, const std::string& path);

// Reads the file at `path` and parses it; unreadable files throw BenchmarkParseError (line 0).
BenchmarkInstance readBenchmarkFile(const std::string& path);

}  // namespace chongal::io

// chongal-solve: solves one problem file and prints ONE JSON line (what the benchmark script and
// CI read):
//   {"instance", "vehicles", "distance", "feasible", "unassigned", "seconds"}
// For benchmark files, "vehicles", "distance" (full double precision) and "feasible" are the
// independent checker's verdict on the solver's routes, not the solver's own view.
// Exit status: 0 solved (feasible or not), 1 cannot write the output, 2 bad arguments or input.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <chrono>
#include <cstdio>
#include <optional>
#include <sstream>

#include "app/io/json_problem.h"
#include "core/io/benchmark_instance.h"
#include "core/io/benchmark_problem.h"
#include "core/io/sintef_solution.h"
#include "core/io/solution_checker.h"
#include "core/solver/solve.h"

using namespace chongal;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;

struct Options {
    QString input;
    double timeLimitSeconds = 10.0;
    std::uint64_t seed = 1;
    solver::Objective objective = solver::Objective::Hierarchical;
    QString solutionPath;  // empty: no route file
};

// A problem ready to solve, with what reporting needs from its source.
struct LoadedInput {
    solver::Problem problem;
    std::optional<io::BenchmarkInstance> benchmark;  // set for benchmark files: enables the checker
};

// Bad input from any loader: its message already names the file and line.
struct InputError {
    std::string message;
};

// One branch per input format: our JSON problem format (*.json), else the benchmark formats.
LoadedInput loadInput(const QString& path, solver::Objective objective) {
    if (path.endsWith(".json", Qt::CaseInsensitive)) {
        std::vector<std::string> errors;
        auto json = io::readJsonProblem(path, &errors);
        if (!json) {
            std::string message = path.toStdString() + ":";
            for (const std::string& e : errors) message += "\n  " + e;
            throw InputError{message};
        }
        LoadedInput in;
        in.problem = std::move(json->snapshot.problem);  // dispatch objective: metres, seconds
        return in;
    }
    try {
        LoadedInput in;
        in.benchmark = io::readBenchmarkFile(path.toStdString());
        in.problem = io::toProblem(*in.benchmark, objective);
        return in;
    } catch (const io::BenchmarkParseError& e) {
        throw InputError{e.what()};
    }
}

[[noreturn]] void badUsage(const QCommandLineParser& parser, const QString& message) {
    std::fprintf(stderr, "chongal-solve: %s\n\n%s", qPrintable(message),
                 qPrintable(parser.helpText()));
    std::exit(kExitBadInput);
}

Options parseOptions(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Solves a VRPTW (Solomon / Gehring-Homberger) or PDPTW (Li & Lim) benchmark file, or a "
        "Chongal JSON problem (*.json), and prints one JSON line: instance, vehicles, distance, "
        "feasible, unassigned, seconds (JSON problems: distance in metres, plus late_stops).");
    parser.addHelpOption();
    parser.addPositionalArgument("INSTANCE", "Problem file (benchmark format auto-detected).");
    const QCommandLineOption timeLimit("time-limit", "Search time in seconds (default 10).",
                                       "SECONDS", "10");
    const QCommandLineOption seed("seed", "Random seed (default 1).", "N", "1");
    const QCommandLineOption objective(
        "objective", "hierarchical (vehicles, then distance; default) or distance.", "OBJECTIVE",
        "hierarchical");
    const QCommandLineOption solution("solution", "Write the routes in SINTEF form to OUT.", "OUT");
    parser.addOptions({timeLimit, seed, objective, solution});

    if (!parser.parse(app.arguments())) badUsage(parser, parser.errorText());
    if (parser.isSet("help")) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(0);
    }
    if (parser.positionalArguments().size() != 1)
        badUsage(parser, "expected exactly one INSTANCE file");

    Options o;
    o.input = parser.positionalArguments().front();
    bool ok = false;
    o.timeLimitSeconds = parser.value(timeLimit).toDouble(&ok);
    if (!ok || o.timeLimitSeconds < 0)
        badUsage(parser, "--time-limit must be a non-negative number of seconds");
    o.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) badUsage(parser, "--seed must be a non-negative integer");
    const QString obj = parser.value(objective);
    if (obj == "hierarchical")
        o.objective = solver::Objective::Hierarchical;
    else if (obj == "distance")
        o.objective = solver::Objective::Distance;
    else
        badUsage(parser, "--objective must be hierarchical or distance, not '" + obj + "'");
    o.solutionPath = parser.value(solution);
    return o;
}

bool writeSolution(const QString& path, const std::string& name,
                   const std::vector<std::vector<int>>& routes) {
    std::ostringstream text;
    io::writeSintefSolution(text, name, routes);
    QSaveFile file(path);  // all or nothing: no half-written route file
    if (!file.open(QIODevice::WriteOnly)) return false;
    const std::string bytes = text.str();
    file.write(bytes.data(), qint64(bytes.size()));
    return file.commit();
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("chongal-solve");
    const Options options = parseOptions(app);

    LoadedInput in;
    try {
        in = loadInput(options.input, options.objective);
    } catch (const InputError& e) {
        std::fprintf(stderr, "chongal-solve: %s\n", e.message.c_str());
        return kExitBadInput;
    }

    solver::SolveOptions solveOptions;
    solveOptions.timeLimitSeconds = options.timeLimitSeconds;
    solveOptions.seed = options.seed;
    const auto started = std::chrono::steady_clock::now();
    const solver::SolveResult result = solver::solve(in.problem, solveOptions);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const std::vector<std::vector<int>> routes = io::toExternalRoutes(in.problem, result.solution);
    QJsonObject line;
    line["instance"] = QString::fromStdString(in.problem.name);
    line["unassigned"] = int(result.solution.unassigned.size());
    line["seconds"] = seconds;
    if (in.benchmark) {
        const io::CheckResult check = io::checkSolution(*in.benchmark, routes);
        line["vehicles"] = check.vehiclesUsed;
        line["distance"] = check.distance;
        line["feasible"] = check.feasible;
        for (const io::Violation& v : check.violations)
            if (v.kind != io::ViolationKind::NotVisited)  // unassigned ones are counted above
                std::fprintf(stderr, "chongal-solve: checker: %s\n", v.message.c_str());
    } else {
        line["vehicles"] = result.summary.vehiclesUsed;
        line["distance"] = double(result.summary.distance) / in.problem.scale;
        line["feasible"] = result.summary.feasible && result.summary.unassigned == 0;
        line["late_stops"] = result.summary.lateStops;
    }

    if (!options.solutionPath.isEmpty() &&
        !writeSolution(options.solutionPath, in.problem.name, routes)) {
        std::fprintf(stderr, "chongal-solve: cannot write %s\n", qPrintable(options.solutionPath));
        return kExitFailure;
    }
    std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

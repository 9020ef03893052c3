// The chongal-solve executable, run as a user would: one JSON line on success, exit status 2 and
// a message naming file and line on bad input. Solution quality is the solver's tests' business;
// here the JSON must have its shape and agree with the independent checker.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "core/io/benchmark_instance.h"
#include "core/io/sintef_solution.h"
#include "core/io/solution_checker.h"

using namespace chongal::io;

namespace {

const QString kBench = CHONGAL_TEST_DATA "/bench/";

// Tests live in <build>/tests/, the tool in <build>/app/.
QString toolPath() {
    return QCoreApplication::applicationDirPath() + "/../app/chongal-solve";
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runTool(const QStringList& args) {
    QProcess p;
    p.start(toolPath(), args);
    Run r;
    if (!p.waitForStarted(10'000)) return r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace

class TstSolveCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo(toolPath()).isExecutable(), qPrintable(toolPath() + " not built"));
    }

    void printsOneJsonLineConsistentWithTheChecker_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("stopsPerRequest");
        QTest::newRow("solomon tiny6") << "tiny6.txt"
                                       << "TINY6" << 1;
        QTest::newRow("li-lim lc101") << "lc101.txt"
                                      << "lc101" << 2;
    }
    void printsOneJsonLineConsistentWithTheChecker() {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(int, stopsPerRequest);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString solutionPath = dir.filePath("out.txt");
        const Run run = runTool({kBench + file, "--time-limit", "0.3", "--seed", "7", "--objective",
                                 "distance", "--solution", solutionPath});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.endsWith('\n'));
        QCOMPARE(run.out.count('\n'), 1);  // exactly one line

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject json = doc.object();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"distance", "feasible", "instance", "seconds", "unassigned",
                                    "vehicles"}));
        QCOMPARE(json["instance"].toString(), name);
        QVERIFY(json["vehicles"].isDouble());
        QVERIFY(json["distance"].isDouble());
        QVERIFY(json["feasible"].isBool());
        QVERIFY(json["unassigned"].isDouble());
        QVERIFY(json["seconds"].toDouble(-1) >= 0);

        // The route file is the solution the JSON describes: re-check it here.
        const BenchmarkInstance inst = readBenchmarkFile((kBench + file).toStdString());
        const SintefSolution solution = readSintefSolutionFile(solutionPath.toStdString());
        QCOMPARE(QString::fromStdString(solution.instanceName), name);
        const CheckResult check = checkSolution(inst, solution.routes);
        const int unassigned = json["unassigned"].toInt(-1);
        QVERIFY(unassigned >= 0 && unassigned * stopsPerRequest <= inst.customerCount());
        QCOMPARE(json["feasible"].toBool(), check.feasible);
        QCOMPARE(json["vehicles"].toInt(-1), check.vehiclesUsed);
        QCOMPARE(json["distance"].toDouble(), check.distance);  // full precision survives JSON
        const auto notVisited =
            std::count_if(check.violations.begin(), check.violations.end(),
                          [](const Violation& v) { return v.kind == ViolationKind::NotVisited; });
        QCOMPARE(int(notVisited), unassigned * stopsPerRequest);
        if (unassigned > 0) QVERIFY(!json["feasible"].toBool());
    }

    void malformedInputExitsWithTwoAndNamesTheLine() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString input = dir.filePath("broken.txt");
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "BROKEN\r\n\r\nVEHICLE\r\nNUMBER CAPACITY\r\n2 10\r\n\r\nCUSTOMER\r\n"
            "0 0 0 0 0 100 0\r\n"
            "1 1 1 3 0 50 1\r\n"
            "2 1 x 3 0 50 1\r\n");  // line 10
        f.close();
        const QString solutionPath = dir.filePath("out.txt");
        const Run run = runTool({input, "--solution", solutionPath});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains((input + ":10:").toUtf8()), run.err.constData());
        QVERIFY(!QFileInfo::exists(solutionPath));
    }

    void solvesTheJsonProblemFormat() {
        const Run run = runTool({CHONGAL_TEST_DATA "/json/small_shift.json", "--time-limit", "0.3"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject line = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(line.value("instance").toString(), QString("small-shift"));
        QCOMPARE(line.value("unassigned").toInt(), 0);
        QCOMPARE(line.value("late_stops").toInt(), 0);
        QVERIFY(line.value("feasible").toBool());
        QVERIFY(line.value("distance").toDouble() > 1000);  // metres
    }

    void badJsonProblemExitsWithTwoAndNamesTheItem() {
        QTemporaryDir dir;
        const QString input = dir.filePath("bad.json");
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"orders": [{"order_id": "X", "size": -1}], "couriers": []})");
        f.close();
        const Run run = runTool({input});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("orders[0]"), run.err.constData());
    }

    void missingInputExitsWithTwo() {
        QTemporaryDir dir;
        const QString input = dir.filePath("absent.txt");
        const Run run = runTool({input});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(input.toUtf8()), run.err.constData());
    }

    void badArgumentsExitWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown objective") << QStringList{kBench + "tiny6.txt", "--objective", "x"};
        QTest::newRow("negative time") << QStringList{kBench + "tiny6.txt", "--time-limit", "-1"};
        QTest::newRow("word seed") << QStringList{kBench + "tiny6.txt", "--seed", "abc"};
        QTest::newRow("no instance") << QStringList{};
        QTest::newRow("unknown option") << QStringList{kBench + "tiny6.txt", "--fast"};
    }
    void badArgumentsExitWithTwo() {
        QFETCH(QStringList, args);
        const Run run = runTool(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith("chongal-solve: "));
    }
};

QTEST_GUILESS_MAIN(TstSolveCli)
#include "tst_solve_cli.moc"

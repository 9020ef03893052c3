// Benchmark readers (Solomon/Homberger VRPTW, Li & Lim PDPTW) and the SINTEF solution reader and
// writer: real files from tests/data/bench/, and malformed snippets that must name their line.
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <sstream>

#include "core/io/benchmark_instance.h"
#include "core/io/sintef_solution.h"

using namespace chongal::io;

namespace {

const std::string kBench = CHONGAL_TEST_DATA "/bench/";

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size()))
        s.replace(i, from.size(), to);
    return s;
}

// Lines of a small valid Solomon file; line k of the file is kSolomon[k - 1].
const QStringList kSolomon = {
    "TINY",                                                                           // 1
    "",                                                                               // 2
    "VEHICLE",                                                                        // 3
    "NUMBER     CAPACITY",                                                            // 4
    "  2         50",                                                                 // 5
    "",                                                                               // 6
    "CUSTOMER",                                                                       // 7
    "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME",  // 8
    "",                                                                               // 9
    "    0      0     0     0     0   100    0",                                      // 10
    "    1     10     0     5     0    50    1",                                      // 11
    "    2      0    10     5     0    50    1",                                      // 12
    "    3      5     5     5     0    50    1",                                      // 13
};

// A small valid Li & Lim file: pairs 1->2 (demand 5) and 3->4 (demand 7).
const QStringList kLiLim = {
    "2\t50\t1",                      // 1
    "0\t0\t0\t0\t0\t100\t0\t0\t0",   // 2
    "1\t10\t0\t5\t0\t50\t1\t0\t2",   // 3
    "2\t0\t10\t-5\t0\t50\t1\t1\t0",  // 4
    "3\t5\t5\t7\t0\t50\t1\t0\t4",    // 5
    "4\t6\t6\t-7\t0\t50\t1\t3\t0",   // 6
};

QString withLine(QStringList lines, int number, const QString& text) {
    lines[number - 1] = text;
    return lines.join("\n") + "\n";
}

}  // namespace

class TstBenchmarkReader : public QObject {
    Q_OBJECT
private slots:
    void readsHombergerSolomonFile() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "c1_2_1.txt");
        QCOMPARE(inst.kind, BenchmarkKind::Solomon);
        QCOMPARE(inst.name, std::string("c1_2_1"));
        QCOMPARE(inst.vehicleCount, 50);
        QCOMPARE(inst.capacity, 200);
        QCOMPARE(inst.nodes.size(), 201u);
        QCOMPARE(inst.customerCount(), 200);
        const BenchmarkNode& depot = inst.nodes[0];
        QCOMPARE(depot.x, 70.0);
        QCOMPARE(depot.y, 70.0);
        QCOMPARE(depot.due, 1351.0);
        const BenchmarkNode& last = inst.nodes[200];  // "200 131 31 20 604 657 90"
        QCOMPARE(last.id, 200);
        QCOMPARE(last.x, 131.0);
        QCOMPARE(last.y, 31.0);
        QCOMPARE(last.demand, 20);
        QCOMPARE(last.ready, 604.0);
        QCOMPARE(last.due, 657.0);
        QCOMPARE(last.service, 90.0);
        QCOMPARE(last.pickupSibling, 0);
        QCOMPARE(last.deliverySibling, 0);
    }

    void readsLiLimFile() {
        const BenchmarkInstance inst = readBenchmarkFile(kBench + "lc101.txt");
        QCOMPARE(inst.kind, BenchmarkKind::LiLim);
        QCOMPARE(inst.name, std::string("lc101"));  // the format has no name: the file stem
        QCOMPARE(inst.vehicleCount, 25);
        QCOMPARE(inst.capacity, 200);
        QCOMPARE(inst.nodes.size(), 107u);
        const BenchmarkNode& d1 = inst.nodes[1];  // "1 45 68 -10 912 967 90 11 0"
        QVERIFY(d1.isDelivery());
        QCOMPARE(d1.demand, -10);
        QCOMPARE(d1.pickupSibling, 11);
        const BenchmarkNode& p3 = inst.nodes[3];  // "3 42 66 10 65 146 90 0 75"
        QVERIFY(p3.isPickup());
        QCOMPARE(p3.deliverySibling, 75);
        QCOMPARE(inst.nodes[75].pickupSibling, 3);
        int pickups = 0;
        for (const auto& n : inst.nodes) pickups += n.isPickup();
        QCOMPARE(pickups, 53);
    }

    // Line endings and separators must not matter: CRLF (as stored), LF, lone CR, tabs.
    void lineEndingsAndSeparatorsDoNotMatter_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("solomon") << "c1_2_1.txt";
        QTest::newRow("li-lim") << "lc101.txt";
    }
    void lineEndingsAndSeparatorsDoNotMatter() {
        QFETCH(QString, file);
        const std::string path = kBench + file.toStdString();
        const std::string crlf = readAll(path);
        QVERIFY(crlf.find("\r\n") != std::string::npos);  // the stored copies are CRLF
        const BenchmarkInstance reference = parseBenchmark(crlf, path);
        const std::string lf = replaceAll(crlf, "\r\n", "\n");
        for (const std::string& variant : {lf, replaceAll(crlf, "\r\n", "\r"),
                                           replaceAll(lf, "\t", "  "), replaceAll(lf, " ", "\t")}) {
            const BenchmarkInstance inst = parseBenchmark(variant, path);
            QCOMPARE(inst.kind, reference.kind);
            QCOMPARE(inst.name, reference.name);
            QCOMPARE(inst.nodes.size(), reference.nodes.size());
            QCOMPARE(inst.nodes.back().due, reference.nodes.back().due);
            QCOMPARE(inst.nodes.back().deliverySibling, reference.nodes.back().deliverySibling);
        }
    }

    void acceptsDecimalValuesAndRowsOutOfOrder() {
        QStringList lines = kSolomon;
        lines[10] = "    1     10.5   0.25  5     0    50.5  1.5";
        lines.swapItemsAt(11, 12);
        const auto inst = parseBenchmark((lines.join("\n") + "\n").toStdString(), "t.txt");
        QCOMPARE(inst.nodes.size(), 4u);
        QCOMPARE(inst.nodes[1].x, 10.5);
        QCOMPARE(inst.nodes[1].due, 50.5);
        QCOMPARE(inst.nodes[2].y, 10.0);
        QCOMPARE(inst.nodes[3].x, 5.0);
    }

    // Ten published Li & Lim files (lc104, lc105, ...) have 0 as their third field: ignored.
    void liLimSpeedFieldIsIgnored() {
        const auto inst = parseBenchmark(withLine(kLiLim, 1, "2\t50\t0").toStdString(), "x.txt");
        QCOMPARE(inst.vehicleCount, 2);
        QCOMPARE(inst.capacity, 50);
    }

    void malformedFilesNameTheLine_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("solomon: word in XCOORD")
            << withLine(kSolomon, 12, "2 abc 10 5 0 50 1") << 12 << "XCOORD. is not a number";
        QTest::newRow("solomon: field missing")
            << withLine(kSolomon, 11, "1 10 0 5 0 50") << 11 << "expected 7 fields, found 6";
        QTest::newRow("solomon: field missing, CRLF")
            << withLine(kSolomon, 11, "1 10 0 5 0 50").replace("\n", "\r\n") << 11
            << "expected 7 fields";
        QTest::newRow("solomon: fractional demand")
            << withLine(kSolomon, 11, "1 10 0 2.5 0 50 1") << 11 << "DEMAND must be an integer";
        QTest::newRow("solomon: duplicate id") << withLine(kSolomon, 13, "2 5 5 5 0 50 1") << 13
                                               << "duplicate node id 2 (first on line 12)";
        QTest::newRow("solomon: missing id")
            << withLine(kSolomon, 13, "4 5 5 5 0 50 1") << 13 << "id 3 is missing";
        QTest::newRow("solomon: negative demand")
            << withLine(kSolomon, 12, "2 0 10 -5 0 50 1") << 12 << "negative demand -5";
        QTest::newRow("solomon: ready after due")
            << withLine(kSolomon, 11, "1 10 0 5 60 50 1") << 11 << "is after due date";
        QTest::newRow("solomon: depot with demand")
            << withLine(kSolomon, 10, "0 0 0 3 0 100 0") << 10 << "depot (node 0) has demand";
        QTest::newRow("solomon: bad capacity")
            << withLine(kSolomon, 5, "2 fifty") << 5 << "CAPACITY is not a number";
        QTest::newRow("solomon: no fleet")
            << withLine(kSolomon, 5, "0 50") << 5 << "vehicle count must be positive";
        QTest::newRow("solomon: no CUSTOMER section")
            << withLine(kSolomon, 7, "CUSTOMERS") << 7 << "expected the CUSTOMER section";
        QTest::newRow("solomon: no depot row") << kSolomon.mid(0, 9).join("\n") + "\n"
                                               << 9 << "no node rows";

        QTest::newRow("li-lim: first line short")
            << withLine(kLiLim, 1, "2\t50") << 1 << "expected 3 fields, found 2";
        QTest::newRow("li-lim: speed not a number")
            << withLine(kLiLim, 1, "2\t50\tfast") << 1 << "speed is not a number";
        QTest::newRow("li-lim: word in demand")
            << withLine(kLiLim, 4, "2\t0\t10\tfive\t0\t50\t1\t1\t0") << 4 << "demand is not";
        QTest::newRow("li-lim: sibling does not point back")
            << withLine(kLiLim, 6, "4\t6\t6\t-7\t0\t50\t1\t1\t0") << 5
            << "pickup 3 names delivery 4, but node 4 names pickup 1";
        QTest::newRow("li-lim: delivery names a pickup of another delivery")
            << withLine(kLiLim, 4, "2\t0\t10\t-5\t0\t50\t1\t3\t0") << 3
            << "pickup 1 names delivery 2, but node 2 names pickup 3";
        QTest::newRow("li-lim: pair demands differ")
            << withLine(kLiLim, 6, "4\t6\t6\t-6\t0\t50\t1\t3\t0") << 5
            << "pickup 3 has demand 7 but its delivery 4 has -6";
        QTest::newRow("li-lim: negative pickup demand")
            << withLine(withLine(kLiLim, 3, "1\t10\t0\t-5\t0\t50\t1\t0\t2").split("\n"), 4,
                        "2\t0\t10\t5\t0\t50\t1\t1\t0")
            << 3 << "pickup 1 has negative demand";
        QTest::newRow("li-lim: both siblings")
            << withLine(kLiLim, 3, "1\t10\t0\t5\t0\t50\t1\t4\t2") << 3 << "both a pickup and";
        QTest::newRow("li-lim: no sibling")
            << withLine(kLiLim, 3, "1\t10\t0\t5\t0\t50\t1\t0\t0") << 3 << "neither a pickup";
        QTest::newRow("li-lim: sibling out of range")
            << withLine(kLiLim, 4, "2\t0\t10\t-5\t0\t50\t1\t9\t0") << 4
            << "sibling 9 is not a node";
        QTest::newRow("li-lim: blank lines still counted")
            << "\n\n" + withLine(kLiLim, 5, "3\t5\t5\t7\t30\t20\t1\t0\t4") << 7
            << "node 3: ready time 30 is after due date 20";

        QTest::newRow("neither format") << "hello world\nthis is not a benchmark\n"
                                        << 1 << "not a benchmark file";
        QTest::newRow("empty file") << "\r\n\r\n" << 0 << "the file is empty";
    }
    void malformedFilesNameTheLine() {
        QFETCH(QString, content);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("bad.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
        file.close();
        try {
            readBenchmarkFile(path.toStdString());
            QFAIL("no BenchmarkParseError thrown");
        } catch (const BenchmarkParseError& e) {
            QCOMPARE(e.path(), path.toStdString());
            QCOMPARE(e.line(), line);
            QVERIFY2(QString::fromStdString(e.message()).contains(message), e.what());
            QVERIFY(QString(e.what()).startsWith(path + ":" + QString::number(line) + ": "));
        }
    }

    void missingFileIsAnError() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("absent.txt").toStdString();
        try {
            readBenchmarkFile(path);
            QFAIL("no BenchmarkParseError thrown");
        } catch (const BenchmarkParseError& e) {
            QCOMPARE(e.line(), 0);
            QCOMPARE(e.path(), path);
        }
    }

    void readsPublishedSintefSolution() {
        const SintefSolution s = readSintefSolutionFile(kBench + "lc101.10_828.9369.txt");
        QCOMPARE(s.instanceName, std::string("lc101"));
        QCOMPARE(s.routes.size(), 10u);
        QCOMPARE(s.routes[0], (std::vector<int>{81, 78, 104, 76, 71, 70, 73, 77, 79, 80}));
        QCOMPARE(s.routes[9].back(), 21);
        std::size_t visits = 0;
        for (const auto& r : s.routes) visits += r.size();
        QCOMPARE(visits, 106u);
    }

    void sintefRoundTrip() {
        const std::vector<std::vector<int>> routes = {{12, 5, 7}, {}, {3}, {1, 2}};
        std::stringstream buffer;
        writeSintefSolution(buffer, "C101", routes);
        QVERIFY(buffer.str().find("Route 1 : 12 5 7\n") != std::string::npos);
        QVERIFY(buffer.str().find("Route 2 : 3\n") != std::string::npos);  // empty one skipped
        const SintefSolution back = readSintefSolution(buffer, "mem");
        QCOMPARE(back.instanceName, std::string("C101"));
        QCOMPARE(back.routes, (std::vector<std::vector<int>>{{12, 5, 7}, {3}, {1, 2}}));
    }

    void malformedSintefNamesTheLine_data() {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("line");
        QTest::newRow("word in route")
            << "Instance name : x\nSolution\nRoute 1 : 3 4\nRoute 2 : 5 x\n"
            << 4;
        QTest::newRow("no colon") << "Solution\r\nRoute 1 3 4\r\n" << 2;
        QTest::newRow("junk after Solution") << "Solution\nRoute 1 : 1\nTotal : 12\n" << 3;
        QTest::newRow("no solution at all") << "Instance name : x\nAuthors : y\n" << 2;
    }
    void malformedSintefNamesTheLine() {
        QFETCH(QString, content);
        QFETCH(int, line);
        std::istringstream in(content.toStdString());
        try {
            readSintefSolution(in, "sol.txt");
            QFAIL("no BenchmarkParseError thrown");
        } catch (const BenchmarkParseError& e) {
            QCOMPARE(e.line(), line);
            QCOMPARE(e.path(), std::string("sol.txt"));
        }
    }
};

QTEST_APPLESS_MAIN(TstBenchmarkReader)
#include "tst_benchmark_reader.moc"

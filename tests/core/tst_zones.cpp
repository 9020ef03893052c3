#include <QtTest>
#include <fstream>
#include <sstream>

#include "core/spatial/zones.h"

using namespace chongal;

class TstZones : public QObject {
    Q_OBJECT
private slots:
    void loadsTwoSquaresAndLocatesPoints() {
        std::istringstream in(
            "code\tgu\tdong\tpopulation\twkt\n"
            "1\tA-gu\tWest\t100\tMULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)))\n"
            "2\tA-gu\tEast\t300\tMULTIPOLYGON(((1 0,2 0,2 1,1 1,1 0)))\n");
        std::vector<spatial::ZoneLoadError> errors;
        const auto set = spatial::ZoneSet::fromTsv(in, &errors);
        QVERIFY(errors.empty());
        QCOMPARE(set.zones().size(), 2u);
        QCOMPARE(set.zones()[1].population, 300L);
        QCOMPARE(set.zoneAt({0.5, 0.25}), 0);  // lat 0.5, lon 0.25
        QCOMPARE(set.zoneAt({0.5, 1.75}), 1);
        QCOMPARE(set.zoneAt({5.0, 5.0}), -1);
        QCOMPARE(set.zoneAt(set.zones()[1].labelPoint), 1);
    }
    void reportsBadRowsWithLineNumbers() {
        std::istringstream in(
            "code\tgu\tdong\tpopulation\twkt\n"
            "1\tA-gu\tWest\tmany\tMULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)))\n"
            "2\tA-gu\tEast\t300\tMULTIPOLYGON(((1 0,2 0\n"
            "3\tA-gu\tNorth\t5\tMULTIPOLYGON(((0 1,1 1,1 2,0 2,0 1)))\n");
        std::vector<spatial::ZoneLoadError> errors;
        const auto set = spatial::ZoneSet::fromTsv(in, &errors);
        QCOMPARE(set.zones().size(), 1u);
        QCOMPARE(errors.size(), 2u);
        QCOMPARE(errors[0].line, 2);
        QCOMPARE(errors[1].line, 3);
    }
    void bundledSeoulDongsAllLoad() {
        std::ifstream in(CHONGAL_SOURCE_DIR "/resources/geo/seoul_dongs.tsv");
        QVERIFY(in.good());
        std::vector<spatial::ZoneLoadError> errors;
        const auto set = spatial::ZoneSet::fromTsv(in, &errors);
        QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().message.c_str());
        QCOMPARE(set.zones().size(), 425u);
        long total = 0;
        for (const auto& z : set.zones()) total += z.population;
        QCOMPARE(total, 9'795'426L);
        // Seoul City Hall lies in 소공동 (Jung-gu).
        const int at = set.zoneAt({37.5663, 126.9779});
        QVERIFY(at >= 0);
        QCOMPARE(QString::fromStdString(set.zones()[at].parent), QString("중구"));
    }
};

QTEST_APPLESS_MAIN(TstZones)
#include "tst_zones.moc"

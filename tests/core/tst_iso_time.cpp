#include <QtTest>

#include "core/io/iso_time.h"

using namespace chongal;

class TstIsoTime : public QObject {
    Q_OBJECT
private slots:
    void parsesValidTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epoch");
        QTest::addColumn<int>("offset");
        QTest::newRow("midnight express start KST")
            << "2026-11-20T00:00:00+09:00" << qint64(1795100400) << 32400;
        QTest::newRow("same instant in UTC, Z")
            << "2026-11-19T15:00:00Z" << qint64(1795100400) << 0;
        QTest::newRow("lower-case z and t") << "2026-11-19t15:00:00z" << qint64(1795100400) << 0;
        QTest::newRow("space for T, offset without colon")
            << "2026-11-20 00:00:00+0900" << qint64(1795100400) << 32400;
        QTest::newRow("fraction dropped")
            << "2026-11-20T00:00:00.999+09:00" << qint64(1795100400) << 32400;
        QTest::newRow("negative offset with minutes")
            << "2026-11-19T11:30:00-03:30" << qint64(1795100400) << -12600;
        QTest::newRow("unix epoch") << "1970-01-01T00:00:00+00:00" << qint64(0) << 0;
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1) << 0;
        QTest::newRow("leap day 2024")
            << "2024-02-29T12:00:00+09:00" << qint64(1709175600) << 32400;
        QTest::newRow("end of a leap year") << "2024-12-31T23:59:59Z" << qint64(1735689599) << 0;
    }
    void parsesValidTimes() {
        QFETCH(QString, text);
        QFETCH(qint64, epoch);
        QFETCH(int, offset);
        std::string why;
        const auto t = io::parseIsoTime(text.toStdString(), &why);
        QVERIFY2(t.has_value(), why.c_str());
        QCOMPARE(qint64(t->epoch), epoch);
        QCOMPARE(t->utcOffsetS, offset);
    }

    void rejectsBadTimes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << ""
                               << "expected YYYY-";
        QTest::newRow("no offset") << "2026-11-20T00:00:00"
                                   << "missing UTC offset";
        QTest::newRow("date only") << "2026-11-20"
                                   << "expected 'T'";
        QTest::newRow("epoch seconds") << "1795100400"
                                       << "expected YYYY-";
        QTest::newRow("February 30") << "2026-02-30T00:00:00Z"
                                     << "no such date";
        QTest::newRow("not a leap year") << "2026-02-29T00:00:00Z"
                                         << "no such date";
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z"
                                  << "no such date";
        QTest::newRow("hour 24") << "2026-11-20T24:00:00Z"
                                 << "no such time of day";
        QTest::newRow("leap second") << "2026-12-31T23:59:60Z"
                                     << "no such time of day";
        QTest::newRow("bad offset hour") << "2026-11-20T00:00:00+25:00"
                                         << "bad UTC offset";
        QTest::newRow("short offset") << "2026-11-20T00:00:00+9"
                                      << "bad UTC offset";
        QTest::newRow("trailing text") << "2026-11-20T00:00:00Z KST"
                                       << "unexpected text";
        QTest::newRow("empty fraction") << "2026-11-20T00:00:00.Z"
                                        << "empty fraction";
        QTest::newRow("one-digit day") << "2026-11-2T00:00:00Z"
                                       << "expected DD";
    }
    void rejectsBadTimes() {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        std::string why;
        QVERIFY(!io::parseIsoTime(text.toStdString(), &why).has_value());
        QVERIFY2(QString::fromStdString(why).contains(reason), why.c_str());
        QVERIFY2(QString::fromStdString(why).contains(text), "the message quotes the input");
    }

    void formats_data() {
        QTest::addColumn<qint64>("epoch");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("text");
        QTest::newRow("KST") << qint64(1795100400) << 32400 << "2026-11-20T00:00:00+09:00";
        QTest::newRow("UTC") << qint64(1795100400) << 0 << "2026-11-19T15:00:00+00:00";
        QTest::newRow("negative offset")
            << qint64(1795100400) << -12600 << "2026-11-19T11:30:00-03:30";
        QTest::newRow("before 1970") << qint64(-1) << 0 << "1969-12-31T23:59:59+00:00";
        QTest::newRow("before 1970 with offset")
            << qint64(-86401) << 3600 << "1969-12-31T00:59:59+01:00";
    }
    void formats() {
        QFETCH(qint64, epoch);
        QFETCH(int, offset);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(io::formatIsoTime(epoch, offset)), text);
    }

    void roundTripsEveryHourOfAFewYears() {
        // Crosses month ends, leap days and both sides of 1970.
        for (Time t = -2 * 365 * 86400; t < 6 * 365 * 86400; t += 3600 + 17) {
            for (int offset : {-36000, 0, 32400, 45 * 60 + 12 * 3600}) {
                const std::string text = io::formatIsoTime(t, offset);
                const auto back = io::parseIsoTime(text);
                QVERIFY2(back.has_value(), text.c_str());
                QCOMPARE(back->epoch, t);
                QCOMPARE(back->utcOffsetS, offset);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TstIsoTime)
#include "tst_iso_time.moc"

// The travel matrix knows whether it is symmetric (the search then reads columns as rows), and
// keeps knowing it through any order of writes.
#include <QtTest>

#include "core/travel/matrix.h"

using chongal::travel::Matrix;

class TstMatrix : public QObject {
    Q_OBJECT
private slots:
    void symmetryFollowsEveryWrite() {
        Matrix m(3);
        QVERIFY(m.symmetric());  // all zero
        m.set(0, 1, 10, 100);
        QVERIFY(!m.symmetric());
        m.set(1, 0, 10, 100);
        QVERIFY(m.symmetric());
        m.set(1, 0, 10, 101);  // distance differs, time equal
        QVERIFY(!m.symmetric());
        m.set(2, 2, 5, 5);  // the diagonal pairs with itself
        QVERIFY(!m.symmetric());
        m.set(0, 1, 10, 101);
        QVERIFY(m.symmetric());
    }

    void readsTowardsOnePlaceAgreeWithPlainReads_data() {
        QTest::addColumn<bool>("symmetric");
        QTest::newRow("symmetric") << true;
        QTest::newRow("one-way") << false;
    }
    void readsTowardsOnePlaceAgreeWithPlainReads() {
        QFETCH(bool, symmetric);
        const int n = 5;
        Matrix m(n);
        for (int a = 0; a < n; ++a)
            for (int b = 0; b < n; ++b) {
                const int d = 7 * std::abs(a - b) + (symmetric || a < b ? 0 : 3);
                m.set(a, b, d, 10 * d);
            }
        QCOMPARE(m.symmetric(), symmetric);
        for (int a = 0; a < n; ++a)
            for (int b = 0; b < n; ++b) {
                QCOMPARE(m.timeTo(b, a), m.time(a, b));
                QCOMPARE(m.distTo(b, a), m.dist(a, b));
            }
    }
};

QTEST_APPLESS_MAIN(TstMatrix)
#include "tst_matrix.moc"

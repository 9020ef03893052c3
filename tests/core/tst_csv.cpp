#include <QtTest>
#include <sstream>

#include "core/io/csv.h"
#include "core/io/utf8.h"

using namespace chongal;

namespace {

struct Parsed {
    QList<int> lines;
    QList<QStringList> fields;
    QStringList errors;  // "" for good records
};

Parsed parse(const QByteArray& text) {
    Parsed p;
    const std::string s = text.toStdString();
    io::CsvReader reader(s);
    io::CsvRecord r;
    while (reader.next(r)) {
        p.lines << r.line;
        QStringList f;
        for (const auto& x : r.fields) f << QString::fromStdString(x);
        p.fields << f;
        p.errors << QString::fromStdString(r.error);
    }
    return p;
}

}  // namespace

class TstCsv : public QObject {
    Q_OBJECT
private slots:
    void readsRecords_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("fields");
        using L = QList<QStringList>;
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << QList<int>{1, 2}
                                  << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2") << QList<int>{1, 2} << L{{"a", "b"}, {"1", "2"}};
        QTest::newRow("UTF-8 BOM skipped")
            << QByteArray("\xEF\xBB\xBFid\nx\n") << QList<int>{1, 2} << L{{"id"}, {"x"}};
        QTest::newRow("empty fields") << QByteArray(",,\n") << QList<int>{1} << L{{"", "", ""}};
        QTest::newRow("quoted comma and doubled quote")
            << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n") << QList<int>{1}
            << L{{"a,b", "say \"hi\""}};
        QTest::newRow("line break inside quotes keeps line count")
            << QByteArray("h\n\"two\r\nlines\"\nnext\n") << QList<int>{1, 2, 4}
            << L{{"h"}, {"two\r\nlines"}, {"next"}};
        QTest::newRow("blank lines skipped but counted")
            << QByteArray("h\n\n\r\nx\n") << QList<int>{1, 4} << L{{"h"}, {"x"}};
        QTest::newRow("Korean text") << QByteArray("주소\n\"서울 종로구, 사직동\"\n")
                                     << QList<int>{1, 2} << L{{"주소"}, {"서울 종로구, 사직동"}};
        QTest::newRow("quoted empty field")
            << QByteArray("\"\",x\n") << QList<int>{1} << L{{"", "x"}};
    }
    void readsRecords() {
        QFETCH(QByteArray, text);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, fields);
        const Parsed p = parse(text);
        QCOMPARE(p.fields, fields);
        QCOMPARE(p.lines, lines);
        for (const QString& e : p.errors) QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void reportsMalformedRecordsAndGoesOn_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("badIndex");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("records");
        QTest::newRow("text after closing quote")
            << QByteArray("h\n\"a\"b,c\nok\n") << 1 << "after a closing quote" << 3;
        QTest::newRow("stray quote in unquoted field")
            << QByteArray("h\nab\"c\nok\n") << 1 << "quote inside an unquoted" << 3;
        QTest::newRow("unterminated quote at end")
            << QByteArray("h\nok\n\"open,x\n") << 2 << "unterminated" << 3;
        QTest::newRow("CP949 bytes")
            << QByteArray("h\n\xBC\xAD\xBF\xEF\nok\n") << 1 << "not valid UTF-8" << 3;
    }
    void reportsMalformedRecordsAndGoesOn() {
        QFETCH(QByteArray, text);
        QFETCH(int, badIndex);
        QFETCH(QString, reason);
        QFETCH(int, records);
        const Parsed p = parse(text);
        QCOMPARE(p.errors.size(), records);
        for (int i = 0; i < p.errors.size(); ++i) {
            if (i == badIndex)
                QVERIFY2(p.errors[i].contains(reason), qPrintable(p.errors[i]));
            else
                QVERIFY2(p.errors[i].isEmpty(), qPrintable(p.errors[i]));
        }
    }

    void writesFieldsThatReadBack() {
        const std::vector<std::string> tricky = {
            "plain", "", "a,b", "say \"hi\"", "two\nlines", " padded ", "서울 중구", "cr\r\nlf"};
        std::ostringstream out;
        io::writeCsvRecord(out, tricky);
        io::writeCsvRecord(out, {"second", "row"});
        const std::string text = out.str();
        io::CsvReader reader(text);
        io::CsvRecord r;
        QVERIFY(reader.next(r));
        QVERIFY(r.error.empty());
        QVERIFY(r.fields == tricky);
        QVERIFY(reader.next(r));
        QCOMPARE(r.line, 4);  // the record above spans lines 1-3 (two quoted line breaks)
        QVERIFY(!reader.next(r));
        QCOMPARE(QString::fromStdString(io::csvField("plain")), QString("plain"));
        QCOMPARE(QString::fromStdString(io::csvField("a\"b")), QString("\"a\"\"b\""));
    }

    void validatesUtf8_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("abc") << true;
        QTest::newRow("hangul") << QByteArray("총알") << true;
        QTest::newRow("emoji (4 bytes)") << QByteArray("\xF0\x9F\x9B\xB5") << true;
        QTest::newRow("EUC-KR 서") << QByteArray("\xBC\xAD") << false;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xEC\xB4") << false;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    }
    void validatesUtf8() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(io::isValidUtf8(std::string_view(bytes.constData(), bytes.size())), valid);
    }
};

QTEST_APPLESS_MAIN(TstCsv)
#include "tst_csv.moc"

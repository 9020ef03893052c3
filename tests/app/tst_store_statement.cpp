// The shift store's SQLite plumbing and codecs: typed binds and reads, errors that say what
// failed, transactions that roll back unless committed, forward-only migrations, and the byte
// and trace encodings at their limits.
#include <QtTest>
#include <cmath>
#include <limits>

#include <sqlite3.h>

#include "app/store/byte_codec.h"
#include "app/store/position_codec.h"
#include "app/store/schema.h"
#include "app/store/statement.h"
#include "app/store/transaction.h"

using namespace chongal;
using namespace chongal::store;

namespace {

Connection memoryDb() {
    return Connection::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

// The kind of StoreException `f` throws; empty when it throws none.
std::optional<ErrorKind> kindOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const StoreException& e) {
        return e.error().kind;
    }
    return std::nullopt;
}

}  // namespace

class TstStoreStatement : public QObject {
    Q_OBJECT
private slots:
    void bindsAndReadsEveryType() {
        Connection db = memoryDb();
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n INTEGER)");
        Statement ins(db, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
        const std::string korean = "서울특별시 중구";
        const std::string blob("\x00\xff\x01", 3);
        for (const std::int64_t i : {std::numeric_limits<std::int64_t>::min(), std::int64_t{0},
                                     std::numeric_limits<std::int64_t>::max()}) {
            ins.bind(1, i).bind(2, -0.5).bind(3, korean).bindBlob(4, blob).bindNull(5).run();
        }
        ins.bind(3, std::string_view()).bindBlob(4, std::string_view()).run();  // empty, not NULL

        Statement sel(db, "SELECT i, r, s, b, n, typeof(s), typeof(b) FROM t ORDER BY rowid");
        QVERIFY(sel.step());
        QCOMPARE(sel.int64(0), std::numeric_limits<std::int64_t>::min());
        QCOMPARE(sel.real(1), -0.5);
        QCOMPARE(std::string(sel.text(2)), korean);
        QCOMPARE(std::string(sel.blobView(3)), blob);
        QVERIFY(sel.isNull(4));
        QVERIFY(!sel.optInt64(4));
        QVERIFY(sel.step());
        QCOMPARE(sel.optInt64(0), std::optional<std::int64_t>(0));
        QVERIFY(sel.step());
        QCOMPARE(sel.int64(0), std::numeric_limits<std::int64_t>::max());
        QVERIFY(sel.step());  // the row bound with empty text and blob
        QCOMPARE(std::string(sel.text(5)), std::string("text"));
        QCOMPARE(std::string(sel.text(6)), std::string("blob"));
        QVERIFY(sel.text(2).empty());
        QVERIFY(!sel.step());
    }

    void resetKeepsBindingsForTheNextRow() {
        Connection db = memoryDb();
        db.exec("CREATE TABLE t (a INTEGER, b TEXT)");
        Statement ins(db, "INSERT INTO t VALUES (?1, ?2)");
        ins.bind(1, 1).bind(2, "same").run();
        ins.bind(1, 2).run();  // ?2 still bound
        ins.clearBindings();
        ins.bind(1, 3).run();  // ?2 now NULL
        QCOMPARE(db.queryInt("SELECT count(*) FROM t WHERE b = 'same'"), 2LL);
        QCOMPARE(db.queryInt("SELECT count(*) FROM t WHERE b IS NULL"), 1LL);
    }

    void errorsAreTypedAndNameTheStatement() {
        Connection db = memoryDb();
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
        try {
            Statement bad(db, "SELECT nope FROM t");
            QFAIL("prepare of a bad statement succeeded");
        } catch (const StoreException& e) {
            QVERIFY2(QString(e.what()).contains("SELECT nope FROM t"), e.what());
            QCOMPARE(e.error().kind, ErrorKind::Internal);
        }
        Statement ins(db, "INSERT INTO t VALUES (?1, ?2)");
        ins.bind(1, 1).bind(2, "x").run();
        QCOMPARE(kindOf([&] { ins.bind(1, 1).bind(2, "dup").run(); }),
                 std::optional(ErrorKind::InvalidInput));
        // The statement stays usable after a failed step.
        ins.bind(1, 2).bind(2, "y").run();
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 2LL);
        QCOMPARE(kindOf([&] { db.exec("INSERT INTO t VALUES (3, NULL)"); }),
                 std::optional(ErrorKind::InvalidInput));
        QCOMPARE(kindOf([] { Connection::open("/nonexistent-dir/x.db", SQLITE_OPEN_READWRITE); }),
                 std::optional(ErrorKind::Io));
    }

    void transactionRollsBackUnlessCommitted() {
        Connection db = memoryDb();
        db.exec("CREATE TABLE t (v INTEGER)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
        }  // no commit
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0LL);
        try {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (2)");
            throw StoreException(ErrorKind::Io, "disk full, say");
        } catch (const StoreException&) {
        }
        QCOMPARE(db.queryInt("SELECT count(*) FROM t"), 0LL);
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (3)");
            tx.commit();
            QVERIFY(tx.committed());
        }
        QCOMPARE(db.queryInt("SELECT sum(v) FROM t"), 3LL);
        // The connection is out of the transaction again.
        QVERIFY(sqlite3_get_autocommit(db.get()));
    }

    void migrationsApplyOnlyNewerStepsInOrder() {
        Connection db = memoryDb();
        QCOMPARE(schemaVersion(db), 0);
        const Migration v1[] = {{1,
                                 "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                 "applied_at INTEGER NOT NULL); CREATE TABLE a (x);"}};
        migrate(db, v1, 100);
        QCOMPARE(schemaVersion(db), 1);
        // A later build adds a step: only that one runs (v1 again would fail: table a exists).
        const Migration v2[] = {v1[0], {2, "ALTER TABLE a ADD COLUMN y"}};
        migrate(db, v2, 200);
        QCOMPARE(schemaVersion(db), 2);
        QCOMPARE(db.queryInt("SELECT applied_at FROM schema_version WHERE version = 2"), 200LL);
        migrate(db, v2, 300);  // nothing new: nothing happens
        QCOMPARE(db.queryInt("SELECT count(*) FROM schema_version"), 2LL);
        const Migration gap[] = {{4, "CREATE TABLE c (z)"}};
        QCOMPARE(kindOf([&] { migrate(db, gap, 400); }), std::optional(ErrorKind::Internal));

        // The real steps are numbered 1..latest without gaps.
        int expected = 1;
        for (const Migration& m : migrations()) QCOMPARE(m.version, expected++);
        QCOMPARE(latestSchemaVersion(), expected - 1);
        Connection fresh = memoryDb();
        migrate(fresh, migrations(), 0);
        QCOMPARE(schemaVersion(fresh), latestSchemaVersion());
    }

    void varintsAndZigzagCoverTheWholeRange() {
        const std::int64_t values[] = {0,
                                       1,
                                       -1,
                                       63,
                                       -64,
                                       64,
                                       300,
                                       -300,
                                       std::numeric_limits<std::int32_t>::max(),
                                       std::numeric_limits<std::int64_t>::min(),
                                       std::numeric_limits<std::int64_t>::max()};
        std::string buf;
        ByteWriter w(buf);
        for (const auto v : values) w.signedVarint(v);
        w.varint(std::numeric_limits<std::uint64_t>::max());
        w.real(-0.0);
        w.string("한글");
        ByteReader r(buf);
        for (const auto v : values) QCOMPARE(r.signedVarint(), v);
        QCOMPARE(r.varint(), std::numeric_limits<std::uint64_t>::max());
        QVERIFY(std::signbit(r.real()));
        QCOMPARE(std::string(r.string()), std::string("한글"));
        QVERIFY(r.atEnd());
        // Small magnitudes stay small: one byte for |v| < 64.
        std::string small;
        ByteWriter(small).signedVarint(-64);
        QCOMPARE(small.size(), 1u);
        // Wrapping differences round-trip across the whole int64 range.
        const auto lo = std::numeric_limits<std::int64_t>::min();
        const auto hi = std::numeric_limits<std::int64_t>::max();
        QCOMPARE(wrappingAdd(lo, wrappingSub(hi, lo)), hi);
        QCOMPARE(wrappingAdd(hi, wrappingSub(lo, hi)), lo);
    }

    void truncatedBytesAreReportedAsDamage() {
        std::string buf;
        ByteWriter w(buf);
        w.string("a longer string");
        w.real(1.0);
        for (std::size_t cut = 0; cut < buf.size(); ++cut) {
            const std::string part = buf.substr(0, cut);
            QCOMPARE(kindOf([&] {
                         ByteReader r(part);
                         r.string();
                         r.real();
                     }),
                     std::optional(ErrorKind::Damaged));
        }
        const std::string endless(12, '\xff');  // a varint that never ends
        QCOMPARE(kindOf([&] { ByteReader(endless).varint(); }), std::optional(ErrorKind::Damaged));
    }

    void tracePointsPackAndUnpack() {
        ChunkEncoder enc;
        std::vector<TrackPoint> in;
        TrackPoint p;
        QVERIFY(quantize(1000, {37.5663, 126.9779}, 359.6, p));
        QCOMPARE(p.headingDeg, std::int16_t(0));  // 359.6 rounds to a full turn = north
        in.push_back(p);
        enc.start(p);
        const struct {
            Time dt;
            double lat, lon, heading;
        } steps[] = {{1, 37.56635, 126.97795, 5.0},  // crosses north: a small turn
                     {0, 37.56635, 126.97795, 5.0},  // same second repeated
                     {7, 37.5, 127.0, -90.0},        // a jump and a negative heading
                     {51, -89.999999, -179.999999, 180.0}};
        Time t = 1000;
        for (const auto& s : steps) {
            t += s.dt;
            QVERIFY(quantize(t, {s.lat, s.lon}, s.heading, p));
            QVERIFY(enc.accepts(p));
            enc.append(p);
            in.push_back(p);
        }
        QCOMPARE(in[3].headingDeg, std::int16_t(270));
        QCOMPARE(enc.count(), 5);
        QCOMPARE(enc.tLast(), 1059);
        std::vector<TrackPoint> out;
        decodeChunk(enc.tFirst(), enc.count(), enc.bytes(), out);
        QCOMPARE(out.size(), in.size());
        QVERIFY(out == in);
        QCOMPARE(geoOf(out[1]).lat, 37.56635);

        // A chunk spans less than a minute and never goes back in time.
        TrackPoint later = in.back();
        later.at = 1060;
        QVERIFY(!enc.accepts(later));
        TrackPoint earlier = in.back();
        earlier.at = 1058;
        QVERIFY(!enc.accepts(earlier));
        // Off-globe or non-finite fixes are refused.
        QVERIFY(!quantize(0, {91.0, 0.0}, 0.0, p));
        QVERIFY(!quantize(0, {0.0, std::nan("")}, 0.0, p));
        QVERIFY(!quantize(0, {0.0, 0.0}, INFINITY, p));
        // A count that does not match the bytes is damage, not a crash.
        QCOMPARE(kindOf([&] { decodeChunk(0, 9, enc.bytes(), out); }),
                 std::optional(ErrorKind::Damaged));
        QCOMPARE(kindOf([&] { decodeChunk(0, 2, enc.bytes(), out); }),
                 std::optional(ErrorKind::Damaged));
    }

    void extremeTimesDoNotOverflowTheChunkSpan() {
        ChunkEncoder enc;
        TrackPoint p;
        QVERIFY(quantize(std::numeric_limits<Time>::min(), {0, 0}, 0, p));
        enc.start(p);
        TrackPoint q = p;
        q.at = std::numeric_limits<Time>::max();
        QVERIFY(!enc.accepts(q));  // a difference that overflows int64 is not "within a minute"
        q.at = std::numeric_limits<Time>::min() + 59;
        QVERIFY(enc.accepts(q));
    }
};

QTEST_APPLESS_MAIN(TstStoreStatement)
#include "tst_store_statement.moc"

// The shift store end to end: shifts, exact event round trips, traces, records, and the refusal
// of files it must not touch (wrong, newer, damaged, locked), each left byte-for-byte unchanged.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>
#include <set>

#include <sqlite3.h>

#include "app/store/schema.h"
#include "app/store/shift_store.h"
#include "app/store/statement.h"
#include "app/store/writer_lock.h"
#include "store_fixtures.h"

using namespace chongal;
using namespace chongal::store;
using Mode = ShiftStore::Mode;

namespace {

constexpr char kHoldEnv[] = "CHONGAL_TST_SHIFT_STORE_HOLD";
constexpr Time kMin = std::numeric_limits<Time>::min();
constexpr Time kMax = std::numeric_limits<Time>::max();

// Child-process mode: keep the store open read-write until stdin closes.
int holdStore(const QString& path) {
    auto store = ShiftStore::open(path.toStdString(), Mode::ReadWrite);
    std::printf("%s\n", store ? "held" : store.error().message.c_str());
    std::fflush(stdout);
    char buf[64];
    while (std::fgets(buf, sizeof buf, stdin)) {
    }
    return store ? 0 : 1;
}

ShiftStore openOrFail(const QString& path, Mode mode) {
    auto r = ShiftStore::open(path.toStdString(), mode);
    if (!r) qFatal("cannot open %s: %s", qPrintable(path), r.error().message.c_str());
    return std::move(r).value();
}

template <class T>
T ok(Result<T> r) {
    if (!r) qFatal("store call failed: %s", r.error().message.c_str());
    return std::move(r).value();
}

// Every event type, with the values most likely to break an encoding.
std::vector<dispatch::Event> oddEvents() {
    using namespace dispatch;
    std::vector<Event> out;
    Order o;
    o.id = "주문-1";
    o.pickup = {37.566535, 126.9779692};
    o.dropoff = {-0.0, 4.9e-324};  // negative zero and the smallest denormal
    o.placedAt = kMin;
    o.readyAt = kMax;
    o.dueAt = 0;
    o.size = std::numeric_limits<Load>::min();
    o.pickupServiceS = kMax;
    o.dropoffServiceS = -1;
    o.customer = "홍길동";
    o.address = "서울특별시 중구 세종대로 110, 3층 \"B\"호\n둘째 줄\t탭";
    o.note = std::string("NUL\0inside", 10);
    out.push_back({kMax, "feed:주문", OrderCreated{o}});
    out.push_back({kMin, "", OrderCreated{Order{}}});  // empty id and strings, all defaults
    out.push_back({0, "operator:지현", OrderCancelled{"주문-1", ""}});
    Courier c;
    c.id = "기사-7";
    c.name = "김철수";
    c.start = {37.5, 127.0};
    c.shiftStart = kMin;
    c.shiftEnd = kMax;
    c.capacity = std::numeric_limits<Load>::max();
    c.speedKmh = std::bit_cast<double>(std::uint64_t{0x7ff8000000000123});  // NaN with payload
    out.push_back({1, "sim", CourierJoined{c}});
    Courier d;
    d.id = "courier with spaces";
    d.end = GeoPoint{90.0, -180.0};
    d.speedKmh = -0.0;
    out.push_back({-1, "import", CourierJoined{d}});
    out.push_back({2, "sim", CourierLeft{"기사-7"}});
    out.push_back({3, "sim", CourierLeft{""}});
    out.push_back(
        {4, "feed:gps", CourierMoved{"기사-7", {37.123456789012345, 126.987654321}, 359.999}});
    out.push_back({5, "sim", OrderAssigned{"주문-1", "기사-7"}});
    out.push_back({6, "sim", PickedUp{"주문-1", "기사-7"}});
    out.push_back({7, "sim", Delivered{"주문-1", ""}});
    out.push_back({8, "operator:지현", OrderLocked{"주문-1", ""}});  // unlock
    out.push_back({9, "operator:지현", OrderLocked{std::string("a\0b", 3), "기사-7"}});
    out.push_back({10, "operator:지현", SequenceLocked{"기사-7", {"P:주문-1", "D:주문-1", ""}}});
    out.push_back({11, "operator:지현", SequenceLocked{"기사-7", {}}});
    return out;
}

bool sameEvents(const std::vector<dispatch::Event>& a, const std::vector<dispatch::Event>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!fixtures::same(a[i], b[i])) {
            qWarning("event %zu (%s) differs", i, dispatch::eventTypeName(a[i]));
            return false;
        }
    return true;
}

QStringList sidecars(const QString& path) {
    QStringList out;
    for (const char* s : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + s)) out << path + s;
    return out;
}

}  // namespace

class TstShiftStore : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path(const char* name) const { return dir_.filePath(name); }

    // A store with one shift holding `events` order events, closed again.
    QString makeStore(const char* name, int orders) {
        const QString p = path(name);
        auto store = openOrFail(p, Mode::ReadWrite);
        const ShiftId s =
            ok(store.createShift(fixtures::newShift("야간", fixtures::kShiftStart, 32400)));
        std::vector<dispatch::Event> events;
        for (int k = 0; k < orders; ++k) fixtures::appendOrderLife(k, 10, events);
        ok(store.append(s, events));
        return p;
    }

private slots:
    void createsShiftsAndFinishesThem() {
        auto store = openOrFail(path("shifts.chongal"), Mode::ReadWrite);
        NewShift a{"Midnight Express 1", fixtures::kShiftStart, 32400, "midnight-express", 42,
                   R"({"hubs":12})"};
        NewShift b{"주간 배송", fixtures::kShiftStart + 86400, 32400, "", std::nullopt, ""};
        const ShiftId ia = ok(store.createShift(a));
        const ShiftId ib = ok(store.createShift(b));
        QVERIFY(ia != ib);
        auto shifts = ok(store.listShifts());
        QCOMPARE(shifts.size(), 2u);
        QCOMPARE(QString::fromStdString(shifts[1].name), QString("주간 배송"));
        QCOMPARE(shifts[0].seed, std::optional<std::int64_t>(42));
        QVERIFY(!shifts[1].seed);
        QCOMPARE(shifts[0].metadata, a.metadata);
        QCOMPARE(ok(store.unfinishedShifts()).size(), 2u);

        QVERIFY(store.finishShift(ia, fixtures::kShiftStart + 3600));
        const auto unfinished = ok(store.unfinishedShifts());
        QCOMPARE(unfinished.size(), 1u);
        QCOMPARE(unfinished[0].id, ib);
        const ShiftInfo done = ok(store.shift(ia));
        QVERIFY(done.finished());
        QCOMPARE(*done.endedAt, fixtures::kShiftStart + 3600);

        // A finished shift is closed for good; unknown shifts are named as such.
        const dispatch::Event e{1, "sim", dispatch::CourierLeft{"x"}};
        QCOMPARE(store.append(ia, std::span(&e, 1)).error().kind, ErrorKind::ShiftFinished);
        QCOMPARE(store.finishShift(ia, 0).error().kind, ErrorKind::ShiftFinished);
        QCOMPARE(store.append(999, std::span(&e, 1)).error().kind, ErrorKind::NoSuchShift);
        QCOMPARE(store.events(999).error().kind, ErrorKind::NoSuchShift);
        QCOMPARE(store.shift(999).error().kind, ErrorKind::NoSuchShift);
    }

    void roundTripsEveryEventVariantExactly() {
        const auto events = oddEvents();
        std::set<std::size_t> kinds;
        for (const auto& e : events) kinds.insert(e.body.index());
        QCOMPARE(kinds.size(), std::variant_size_v<dispatch::EventBody>);

        const QString p = path("roundtrip.chongal");
        ShiftId id = 0;
        {
            auto store = openOrFail(p, Mode::ReadWrite);
            id = ok(store.createShift(fixtures::newShift("odd", 0, 0)));
            // Split so both the multi-row and the single-row insert paths run.
            const auto r1 = ok(store.append(id, std::span(events).first(3)));
            const auto r2 = ok(store.append(id, std::span(events).subspan(3)));
            QCOMPARE(r1.count(), 3);
            QCOMPARE(r2.first, r1.last + 1);
            QCOMPARE(r2.count(), static_cast<std::int64_t>(events.size() - 3));
            QVERIFY(sameEvents(ok(store.events(id)), events));
        }
        auto review = openOrFail(p, Mode::ReadOnly);
        QVERIFY(sameEvents(ok(review.events(id)), events));
        const auto counts = ok(review.counts(id));
        QCOMPARE(counts.events, static_cast<std::int64_t>(events.size()));
        QCOMPARE(counts.orders, 1);  // "주문-1"; the empty id is no order id (stored as NULL)
    }

    void roundTripsLargeBatchesThroughTheMultiRowPath() {
        auto store = openOrFail(path("large.chongal"), Mode::ReadWrite);
        const ShiftId a = ok(store.createShift(fixtures::newShift("a", 0, 0)));
        const ShiftId b = ok(store.createShift(fixtures::newShift("b", 0, 0)));
        std::vector<dispatch::Event> ea, eb;
        for (int k = 0; k < 500; ++k) fixtures::appendOrderLife(k, 7, ea);
        for (int k = 500; k < 530; ++k) fixtures::appendOrderLife(k, 3, eb);
        // Interleave batches of the two shifts: each shift must get back only its own events.
        const auto half = ea.size() / 2;
        ok(store.append(a, std::span(ea).first(half)));
        ok(store.append(b, eb));
        const auto last = ok(store.append(a, std::span(ea).subspan(half)));
        QVERIFY(sameEvents(ok(store.events(a)), ea));
        QVERIFY(sameEvents(ok(store.events(b)), eb));

        const auto tail = ok(store.eventLog(a, last.first - 1));
        QCOMPARE(tail.size(), ea.size() - half);
        QCOMPARE(tail.front().seq, last.first);
        QCOMPARE(tail.back().seq, last.last);
        QCOMPARE(ok(store.counts(a)).orders, 500);
        QCOMPARE(ok(store.append(a, {})).count(), 0);
    }

    void resumesAnUnfinishedShiftWithoutOverwriting() {
        const QString p = path("resume.chongal");
        std::vector<dispatch::Event> events;
        for (int k = 0; k < 40; ++k) fixtures::appendOrderLife(k, 5, events);
        ShiftId id = 0;
        SeqRange first;
        {
            auto store = openOrFail(p, Mode::ReadWrite);
            id = ok(store.createShift(fixtures::newShift("night", fixtures::kShiftStart, 32400)));
            first = ok(store.append(id, std::span(events).first(60)));
        }
        auto store = openOrFail(p, Mode::ReadWrite);
        const auto unfinished = ok(store.unfinishedShifts());
        QCOMPARE(unfinished.size(), 1u);
        QCOMPARE(unfinished[0].id, id);
        const auto more = ok(store.append(id, std::span(events).subspan(60)));
        QCOMPARE(more.first, first.last + 1);
        QVERIFY(sameEvents(ok(store.events(id)), events));
        // A new shift in the same file leaves the old one as it was.
        const ShiftId next = ok(
            store.createShift(fixtures::newShift("next night", fixtures::kShiftStart + 86400, 0)));
        QVERIFY(next != id);
        QVERIFY(sameEvents(ok(store.events(id)), events));
        QVERIFY(ok(store.events(next)).empty());
    }

    void keepsPlansActionsAndRejectedInput() {
        auto store = openOrFail(path("records.chongal"), Mode::ReadWrite);
        const ShiftId id = ok(store.createShift(fixtures::newShift("records", 0, 0)));
        const std::string blob("\x00\x01\xff plan", 8);
        ok(store.appendPlanRevision(id, 100, R"({"cost":1234,"late":0})", blob));
        ok(store.appendPlanRevision(id, 160, "second", ""));
        ok(store.appendOperatorAction(id, 120, "지현", "drag", R"({"order":"O1","to":"C2"})"));
        ok(store.appendOperatorAction(id, 130, "지현", "undo", ""));
        const std::string raw("{\"lat\": 37.5, \xff\xfe not utf-8", 28);
        ok(store.appendRejectedInput(id, 140, "feed:orders", raw, "line 3: bad JSON"));

        const auto plans = ok(store.planRevisions(id));
        QCOMPARE(plans.size(), 2u);
        QCOMPARE(plans[0].at, 100);
        QCOMPARE(plans[0].data, blob);
        QCOMPARE(plans[1].summary, std::string("second"));
        QVERIFY(plans[1].data.empty());
        const auto actions = ok(store.operatorActions(id));
        QCOMPARE(actions.size(), 2u);
        QCOMPARE(QString::fromStdString(actions[0].who), QString("지현"));
        QCOMPARE(actions[1].kind, std::string("undo"));
        const auto rejected = ok(store.rejectedInputs(id));
        QCOMPARE(rejected.size(), 1u);
        QCOMPARE(rejected[0].raw, raw);
        QCOMPARE(rejected[0].reason, std::string("line 3: bad JSON"));
        const auto counts = ok(store.counts(id));
        QCOMPARE(counts.planRevisions, 2);
        QCOMPARE(counts.operatorActions, 2);
        QCOMPARE(counts.rejectedInputs, 1);
    }

    void readOnlyReviewCannotAlterTheShift() {
        const QString p = makeStore("review.chongal", 30);
        const QByteArray before = fixtures::fileHash(p);
        {
            auto review = openOrFail(p, Mode::ReadOnly);
            QVERIFY(!review.damaged());
            const ShiftId id = ok(review.listShifts()).at(0).id;
            QCOMPARE(ok(review.events(id)).size(), ok(review.counts(id)).events);
            const dispatch::Event e{1, "sim", dispatch::CourierLeft{"x"}};
            QCOMPARE(review.append(id, std::span(&e, 1)).error().kind, ErrorKind::ReadOnly);
            QCOMPARE(review.createShift(fixtures::newShift("x", 0, 0)).error().kind,
                     ErrorKind::ReadOnly);
            QCOMPARE(review.finishShift(id, 0).error().kind, ErrorKind::ReadOnly);
            QCOMPARE(review.appendOperatorAction(id, 0, "a", "b", "c").error().kind,
                     ErrorKind::ReadOnly);
            QCOMPARE(review.appendPositions(id, {}).error().kind, ErrorKind::ReadOnly);
            QVERIFY(ok(review.checkIntegrity()).empty());
        }
        QCOMPARE(fixtures::fileHash(p), before);
        QCOMPARE(
            ShiftStore::open(path("absent.chongal").toStdString(), Mode::ReadOnly).error().kind,
            ErrorKind::Io);
        QVERIFY(!QFileInfo::exists(path("absent.chongal")));
    }

    // ---- courier traces

    void tracesRoundTripQuantizedAndAnswerPointInTimeQueries() {
        auto store = openOrFail(path("traces.chongal"), Mode::ReadWrite);
        const ShiftId live =
            ok(store.createShift(fixtures::newShift("live", fixtures::kShiftStart, 0)));
        const ShiftId bulk =
            ok(store.createShift(fixtures::newShift("bulk", fixtures::kShiftStart, 0)));
        constexpr int kCouriers = 5, kSeconds = 200;
        const auto trace = fixtures::traces(kCouriers, kSeconds);
        std::vector<PositionSample> all;
        for (const auto& second : trace) {
            QVERIFY(store.appendPositions(live, second));  // one commit per second, as a feed
            all.insert(all.end(), second.begin(), second.end());
        }
        QVERIFY(store.appendPositions(bulk, all));  // one commit for everything

        // Expected: the input quantized to microdegrees and whole degrees of heading.
        std::map<std::string, std::vector<TrackPoint>> expected;
        for (const auto& s : all) {
            TrackPoint p;
            QVERIFY(quantize(s.at, s.position, s.headingDeg, p));
            expected[s.courierId].push_back(p);
        }
        for (const ShiftId id : {live, bulk}) {
            const auto counts = ok(store.counts(id));
            QCOMPARE(counts.positionPoints, kCouriers * kSeconds);
            QCOMPARE(counts.couriers, kCouriers);
            // Chunks span under a minute: 200 s at 1 Hz need 4 per courier.
            QCOMPARE(counts.positionChunks, kCouriers * 4);

            const PositionTrack track = ok(store.loadTrack(id));
            QCOMPARE(track.pointCount(), std::size_t(kCouriers * kSeconds));
            for (std::size_t c = 0; c < track.couriers().size(); ++c) {
                const auto pts = track.points(static_cast<int>(c));
                const auto& want = expected.at(track.couriers()[c]);
                QVERIFY(std::equal(pts.begin(), pts.end(), want.begin(), want.end()));
            }
            for (const Time t : {fixtures::kShiftStart - 1, fixtures::kShiftStart,
                                 fixtures::kShiftStart + 59, fixtures::kShiftStart + 60,
                                 fixtures::kShiftStart + 137, fixtures::kShiftStart + 10'000}) {
                const auto fromSql = ok(store.positionsAt(id, t));
                const auto fromTrack = track.samplesAt(t);
                const std::size_t n = t < fixtures::kShiftStart ? 0 : kCouriers;
                QCOMPARE(fromSql.size(), n);
                QCOMPARE(fromTrack.size(), n);
                for (std::size_t i = 0; i < n; ++i) {
                    QCOMPARE(fromSql[i].at, std::min(t, fixtures::kShiftStart + kSeconds - 1));
                    QCOMPARE(fromSql[i].courierId, fromTrack[i].courierId);
                    QCOMPARE(fromSql[i].at, fromTrack[i].at);
                    QCOMPARE(fromSql[i].position, fromTrack[i].position);
                    QCOMPARE(fromSql[i].headingDeg, fromTrack[i].headingDeg);
                }
            }
            const auto window =
                ok(store.positions(id, fixtures::kShiftStart + 50, fixtures::kShiftStart + 70));
            QCOMPARE(window.size(), std::size_t(kCouriers * 21));
            QCOMPARE(window.front().at, fixtures::kShiftStart + 50);
            QCOMPARE(window.back().at, fixtures::kShiftStart + 70);
            QVERIFY(std::is_sorted(window.begin(), window.end(),
                                   [](const auto& a, const auto& b) { return a.at < b.at; }));
        }
        // Stored precision: 1e-6 degree of position.
        const auto first = ok(store.positions(live, fixtures::kShiftStart, fixtures::kShiftStart));
        QVERIFY(std::abs(first[0].position.lat - all[0].position.lat) <= 0.5e-6);
        QVERIFY(std::abs(first[0].position.lon - all[0].position.lon) <= 0.5e-6);
    }

    void lateSamplesAreKeptAndFoundInTimeOrder() {
        auto store = openOrFail(path("late.chongal"), Mode::ReadWrite);
        const ShiftId id = ok(store.createShift(fixtures::newShift("late", 0, 0)));
        const GeoPoint p{37.5, 127.0};
        for (Time t = 0; t <= 100; t += 10)
            QVERIFY(store.appendPositions(id, std::vector<PositionSample>{{"c", t, p, 90.0}}));
        // Arrives late (older than the last stored sample) with a different place and heading.
        QVERIFY(store.appendPositions(
            id, std::vector<PositionSample>{{"c", 55, {37.6, 127.1}, -10.0}}));
        auto at57 = ok(store.positionsAt(id, 57));
        QCOMPARE(at57.size(), 1u);
        QCOMPARE(at57[0].at, 55);
        QCOMPARE(at57[0].position, (GeoPoint{37.6, 127.1}));
        QCOMPARE(at57[0].headingDeg, 350.0);
        QCOMPARE(ok(store.positionsAt(id, 61))[0].at, 60);
        const auto track = ok(store.loadTrack(id));
        QCOMPARE(track.samplesAt(57)[0].at, 55);
        QCOMPARE(track.points(0).size(), 12u);
        QVERIFY(std::is_sorted(track.points(0).begin(), track.points(0).end(),
                               [](const auto& a, const auto& b) { return a.at < b.at; }));
        // Bad samples are refused as a whole batch.
        const std::vector<PositionSample> bad{{"c", 200, p, 0.0},
                                              {"c", 201, {std::nan(""), 127.0}, 0.0}};
        QCOMPARE(store.appendPositions(id, bad).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(store.appendPositions(id, std::vector<PositionSample>{{"", 1, p, 0}}).error().kind,
                 ErrorKind::InvalidInput);
        QCOMPARE(ok(store.counts(id)).positionPoints, 12);
        // The store keeps working after a refused batch.
        QVERIFY(store.appendPositions(id, std::vector<PositionSample>{{"c", 110, p, 0.0}}));
        QCOMPARE(ok(store.positionsAt(id, 1000))[0].at, 110);
    }

    void olderStoreIsMigratedForwardWhenOpenedForWriting() {
        // A store identified as Chongal's but at schema 0 (no tables yet).
        const QString p = path("v0.chongal");
        {
            Connection c =
                Connection::open(p.toStdString(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            c.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            c.exec("PRAGMA journal_mode = WAL");
        }
        const QByteArray before = fixtures::fileHash(p);
        // Review cannot migrate (that would write), so it says what to do instead.
        const auto review = ShiftStore::open(p.toStdString(), Mode::ReadOnly);
        QCOMPARE(review.error().kind, ErrorKind::OlderSchema);
        QCOMPARE(fixtures::fileHash(p), before);
        {
            auto store = openOrFail(p, Mode::ReadWrite);
            QVERIFY(ok(store.listShifts()).empty());
            QVERIFY(store.createShift(fixtures::newShift("after upgrade", 0)));
        }
        Connection c = Connection::open(p.toStdString(), SQLITE_OPEN_READWRITE);
        QCOMPARE(schemaVersion(c), latestSchemaVersion());
    }

    void schemaNamesMatchTheCode() {
        const QString p = makeStore("types.chongal", 1);
        Connection conn = Connection::open(p.toStdString(), SQLITE_OPEN_READWRITE);
        QCOMPARE(conn.queryInt("SELECT count(*) FROM orders"), 1LL);  // the view over the log
        Statement st(conn, "SELECT id, name FROM event_types ORDER BY id");
        std::size_t n = 0;
        while (st.step()) {
            QCOMPARE(st.int64(0), static_cast<std::int64_t>(n));
            QCOMPARE(std::string(st.text(1)), std::string(dispatch::kEventTypeNames[n]));
            ++n;
        }
        QCOMPARE(n, std::variant_size_v<dispatch::EventBody>);
    }

    // ---- files the store must refuse, untouched

    void refusesFilesItMustNotTouch_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kind");
        const int rw = int(Mode::ReadWrite), ro = int(Mode::ReadOnly);
        QTest::newRow("text file, read-write") << "text" << rw << int(ErrorKind::NotAStore);
        QTest::newRow("text file, read-only") << "text" << ro << int(ErrorKind::NotAStore);
        QTest::newRow("empty file") << "empty" << rw << int(ErrorKind::NotAStore);
        QTest::newRow("another SQLite database") << "foreign" << rw << int(ErrorKind::NotAStore);
        QTest::newRow("another SQLite database, read-only")
            << "foreign" << ro << int(ErrorKind::NotAStore);
        QTest::newRow("newer schema") << "newer" << rw << int(ErrorKind::NewerSchema);
        QTest::newRow("newer schema, read-only") << "newer" << ro << int(ErrorKind::NewerSchema);
        QTest::newRow("damaged, read-write") << "damaged" << rw << int(ErrorKind::Damaged);
        QTest::newRow("truncated, read-write") << "truncated" << rw << int(ErrorKind::Damaged);
    }

    void refusesFilesItMustNotTouch() {
        QFETCH(QString, fixture);
        QFETCH(int, mode);
        QFETCH(int, kind);
        const QString p = path(qPrintable(fixture + QString::number(mode) + ".chongal"));
        if (fixture == "text") {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("order_id,pickup_lat,pickup_lon\nO1,37.5,127.0\n");
        } else if (fixture == "empty") {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (fixture == "foreign") {
            Connection c =
                Connection::open(p.toStdString(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            c.exec("CREATE TABLE tiles (zoom_level INTEGER, tile_data BLOB)");
        } else if (fixture == "newer") {
            QCOMPARE(makeStore(qPrintable(fixture + QString::number(mode) + ".chongal"), 3), p);
            Connection c = Connection::open(p.toStdString(), SQLITE_OPEN_READWRITE);
            c.exec("INSERT INTO schema_version VALUES (" +
                   std::to_string(latestSchemaVersion() + 1) + ", 0)");
        } else {  // damaged / truncated: a real store with enough events to span many pages
            QCOMPARE(makeStore(qPrintable(fixture + QString::number(mode) + ".chongal"), 500), p);
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (fixture == "truncated") {
                QVERIFY(f.resize(f.size() / 2));
            } else {
                std::int64_t root = 0;
                {
                    // Read-write, so closing cleans up the WAL files again.
                    Connection c = Connection::open(p.toStdString(), SQLITE_OPEN_READWRITE);
                    root = c.queryInt("SELECT rootpage FROM sqlite_schema WHERE name = 'events'");
                }
                QVERIFY(root > 1);
                QVERIFY(f.seek((root - 1) * 4096));
                f.write(QByteArray(4096, '\0'));
            }
        }
        QVERIFY(sidecars(p).isEmpty());
        const QByteArray before = fixtures::fileHash(p);
        const auto r = ShiftStore::open(p.toStdString(), Mode(mode));
        QVERIFY(!r);
        QCOMPARE(int(r.error().kind), kind);
        qInfo("%s: %s", errorKindName(r.error().kind), r.error().message.c_str());
        QVERIFY2(QString::fromStdString(r.error().message).contains(p), r.error().message.c_str());
        QCOMPARE(fixtures::fileHash(p), before);
        if (Mode(mode) == Mode::ReadWrite) QCOMPARE(sidecars(p), QStringList());  // nor beside it
    }

    void damagedStoreOpensReadOnlyForReviewWithAWarning() {
        const QString p = makeStore("damaged-review.chongal", 500);
        std::int64_t root = 0;
        {
            Connection c = Connection::open(p.toStdString(), SQLITE_OPEN_READONLY);
            root = c.queryInt("SELECT rootpage FROM sqlite_schema WHERE name = 'events'");
        }
        {
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((root - 1) * 4096));
            f.write(QByteArray(4096, '\0'));
        }
        const QByteArray before = fixtures::fileHash(p);
        const auto rw = ShiftStore::open(p.toStdString(), Mode::ReadWrite);
        QCOMPARE(rw.error().kind, ErrorKind::Damaged);
        QVERIFY2(QString::fromStdString(rw.error().message).contains("read-only"),
                 rw.error().message.c_str());
        {
            auto review = openOrFail(p, Mode::ReadOnly);
            QVERIFY(review.damaged());
            QVERIFY(!review.warning().empty());
            // What is intact can still be read; what is not says so.
            const auto shifts = ok(review.listShifts());
            QCOMPARE(shifts.size(), 1u);
            QCOMPARE(review.events(shifts[0].id).error().kind, ErrorKind::Damaged);
            QVERIFY(!ok(review.checkIntegrity()).empty());
        }
        QCOMPARE(fixtures::fileHash(p), before);
    }

    void secondConsoleIsRefusedInThisProcess() {
        const QString p = makeStore("locked.chongal", 5);
        auto first = openOrFail(p, Mode::ReadWrite);
        const QByteArray before = fixtures::fileHash(p);
        const auto second = ShiftStore::open(p.toStdString(), Mode::ReadWrite);
        QVERIFY(!second);
        QCOMPARE(second.error().kind, ErrorKind::Locked);
        QVERIFY2(QString::fromStdString(second.error().message).contains("another console"),
                 second.error().message.c_str());
        QCOMPARE(fixtures::fileHash(p), before);
        // The first console is unaffected.
        const ShiftId id = ok(first.listShifts()).at(0).id;
        const dispatch::Event e{1, "sim", dispatch::CourierLeft{"x"}};
        QVERIFY(first.append(id, std::span(&e, 1)));
    }

    void reviewReadsBesideTheWritingConsole() {
        const QString p = makeStore("reviewed-live.chongal", 5);
        auto console = openOrFail(p, Mode::ReadWrite);
        const ShiftId first = ok(console.listShifts()).at(0).id;
        auto review = openOrFail(p, Mode::ReadOnly);
        QCOMPARE(ok(review.listShifts()).size(), 1u);
        const std::size_t eventsBefore = ok(review.events(first)).size();
        QVERIFY(eventsBefore > 0);

        // What the console commits after the review opened shows in the review's next read.
        const dispatch::Event e{fixtures::kShiftStart + 99, "sim", dispatch::CourierLeft{"x"}};
        QVERIFY(console.append(first, std::span(&e, 1)));
        const ShiftId next =
            ok(console.createShift(fixtures::newShift("주간", fixtures::kShiftStart, 32400)));
        QCOMPARE(ok(review.events(first)).size(), eventsBefore + 1);
        const auto shifts = ok(review.listShifts());
        QCOMPARE(shifts.size(), 2u);
        QCOMPARE(shifts.back().id, next);
        // The review cannot write, and the console is still the only writer.
        QCOMPARE(review.append(first, std::span(&e, 1)).error().kind, ErrorKind::ReadOnly);
        QCOMPARE(ShiftStore::open(p.toStdString(), Mode::ReadWrite).error().kind,
                 ErrorKind::Locked);
        QVERIFY(console.finishShift(next, fixtures::kShiftStart + 100));
    }

    void reviewInProgressDoesNotKeepAConsoleOut() {
        const QString p = makeStore("reviewing.chongal", 5);
        auto review = openOrFail(p, Mode::ReadOnly);
        auto secondReview = ShiftStore::open(p.toStdString(), Mode::ReadOnly);
        QVERIFY2(secondReview, "two reviews may read at once");
        auto console = ShiftStore::open(p.toStdString(), Mode::ReadWrite);
        QVERIFY2(console, console ? "" : console.error().message.c_str());
        QVERIFY(console->createShift(fixtures::newShift("주간", fixtures::kShiftStart, 32400)));
        QCOMPARE(ok(review.listShifts()).size(), 2u);
    }

    void writerLockLeavesNothingBehind() {
        const QString p = makeStore("companion.chongal", 1);
        const QString companion =
            QString::fromStdString(WriterLock::companionPath(p.toStdString()));
        {
            auto console = openOrFail(p, Mode::ReadWrite);
            QVERIFY(QFileInfo::exists(companion));
        }
        QVERIFY(!QFileInfo::exists(companion));
        // A companion left by a crashed console (no lock held) does not keep the next one out.
        {
            QFile stale(companion);
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        QVERIFY(ShiftStore::open(p.toStdString(), Mode::ReadWrite));
        QVERIFY(!QFileInfo::exists(companion));
    }

    void secondConsoleIsRefusedFromAnotherProcess() {
        const QString p = makeStore("locked-process.chongal", 5);
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(kHoldEnv, p);
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10'000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));

        const QByteArray before = fixtures::fileHash(p);
        const auto r = ShiftStore::open(p.toStdString(), Mode::ReadWrite);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Locked);
        QVERIFY2(QString::fromStdString(r.error().message).contains("another console"),
                 r.error().message.c_str());
        {
            // A review from a third process reads the held store.
            auto review = ShiftStore::open(p.toStdString(), Mode::ReadOnly);
            QVERIFY2(review, review ? "" : review.error().message.c_str());
            QCOMPARE(ok(review->listShifts()).size(), 1u);
        }
        QCOMPARE(fixtures::fileHash(p), before);

        holder.closeWriteChannel();  // the other console closes
        QVERIFY(holder.waitForFinished(10'000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(ShiftStore::open(p.toStdString(), Mode::ReadWrite));
    }

    void neverReplacesAFileWhileCreating() {
        // Creating goes through a temporary file renamed into place; nothing is left behind.
        const QString p = path("fresh/new.chongal");
        QVERIFY(QDir().mkpath(path("fresh")));
        { auto store = openOrFail(p, Mode::ReadWrite); }
        QCOMPARE(QDir(path("fresh")).entryList(QDir::Files), QStringList{"new.chongal"});
        const auto r =
            ShiftStore::open(path("missing-dir/x.chongal").toStdString(), Mode::ReadWrite);
        QCOMPARE(r.error().kind, ErrorKind::Io);
    }
};

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsSet(kHoldEnv)) return holdStore(qEnvironmentVariable(kHoldEnv));
    QCoreApplication app(argc, argv);
    TstShiftStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_shift_store.moc"

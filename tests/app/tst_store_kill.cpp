// Kill test: a writer process appends events and position samples and is killed with SIGKILL at
// random moments, many times. After every kill the store must pass integrity_check and hold
// every batch the writer acknowledged (it prints a line only after the commit returned), intact.
//
// The test executable is its own writer: with CHONGAL_TST_STORE_KILL_CHILD=<path> set it runs
// writerMain() instead of the tests.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

#include "app/store/shift_store.h"
#include "store_fixtures.h"

using namespace chongal;
using namespace chongal::store;
using Mode = ShiftStore::Mode;

namespace {

constexpr char kChildEnv[] = "CHONGAL_TST_STORE_KILL_CHILD";
constexpr char kSeedEnv[] = "CHONGAL_TST_STORE_KILL_SEED";
constexpr int kCouriers = 3;
constexpr int kRounds = 25;

// Event number k of the writer's shift: every field derived from k, so the parent can tell an
// intact event from a damaged or misplaced one.
dispatch::Event eventFor(std::int64_t k) {
    using namespace dispatch;
    const Time at = fixtures::kShiftStart + k;
    const std::string order = "주문-" + std::to_string(k / 5);
    const std::string courier = fixtures::courierName(static_cast<int>(k % kCouriers));
    switch (k % 5) {
        case 0: {
            Order o;
            o.id = order;
            o.pickup = {37.5 + k * 1e-7, 127.0 - k * 1e-7};
            o.dropoff = {37.4 + k * 3e-8, 126.9 + k * 7e-8};
            o.placedAt = at;
            o.readyAt = at + k % 600;
            o.dueAt = at + 3600;
            o.size = static_cast<Load>(1 + k % 3);
            o.customer = "고객 " + std::to_string(k);
            o.address = "서울 마포구 월드컵북로 " + std::to_string(k % 400);
            return {at, "feed:orders", OrderCreated{o}};
        }
        case 1:
            return {at, "sim", OrderAssigned{order, courier}};
        case 2:
            return {at, "sim", CourierMoved{courier, {37.55 + k * 1e-6, 126.95}, double(k % 360)}};
        case 3:
            return {at, "sim", PickedUp{order, courier}};
        default:
            return {at, "sim", Delivered{order, courier}};
    }
}

// Position of courier c at trace second s.
PositionSample sampleFor(int c, std::int64_t s) {
    return {fixtures::courierName(c),
            fixtures::kShiftStart + s,
            {37.5 + c * 0.01 + s * 2e-5, 127.0 - s * 1e-5},
            double((s * 7) % 360)};
}

int fail(const StoreError& e) {
    std::printf("error %s\n", e.message.c_str());
    std::fflush(stdout);
    return 2;
}

// The writer: resumes the store's unfinished shift (or starts one) and appends forever,
// acknowledging each commit on stdout only after it returned.
int writerMain(const std::string& path, unsigned seed) {
    ShiftStore::Options options;
    options.busyTimeoutMs = 2000;
    options.walAutoCheckpointPages = 64;  // checkpoint often, so kills land inside them too
    auto opened = ShiftStore::open(path, Mode::ReadWrite, options);
    if (!opened) return fail(opened.error());
    ShiftStore store = std::move(opened).value();
    auto unfinished = store.unfinishedShifts();
    if (!unfinished) return fail(unfinished.error());
    ShiftId shift = 0;
    if (unfinished->empty()) {
        auto created = store.createShift(fixtures::newShift("kill", fixtures::kShiftStart));
        if (!created) return fail(created.error());
        shift = *created;
    } else {
        shift = unfinished->front().id;
    }
    auto counts = store.counts(shift);
    if (!counts) return fail(counts.error());
    std::int64_t events = counts->events;
    std::int64_t seconds = counts->positionPoints / kCouriers;
    std::printf("ready %lld %lld\n", static_cast<long long>(events),
                static_cast<long long>(seconds));
    std::fflush(stdout);

    std::mt19937 rng(seed);
    std::vector<dispatch::Event> batch;
    std::vector<PositionSample> samples;
    for (;;) {
        batch.clear();
        const int n = std::uniform_int_distribution<int>(1, 80)(rng);
        for (int i = 0; i < n; ++i) batch.push_back(eventFor(events + i));
        auto range = store.append(shift, batch);
        if (!range) return fail(range.error());
        events += n;
        std::printf("events %lld\n", static_cast<long long>(events));
        std::fflush(stdout);

        samples.clear();
        for (int c = 0; c < kCouriers; ++c) samples.push_back(sampleFor(c, seconds));
        if (auto ok = store.appendPositions(shift, samples); !ok) return fail(ok.error());
        ++seconds;
        std::printf("positions %lld\n", static_cast<long long>(seconds));
        std::fflush(stdout);
    }
}

struct Acks {
    std::int64_t events = 0;
    std::int64_t seconds = 0;
    bool ready = false;
    QString error;
};

// Reads complete lines only: a line cut by the kill acknowledged nothing.
void readAcks(QProcess& p, Acks& acks) {
    while (p.canReadLine()) {
        const QList<QByteArray> f = p.readLine().trimmed().split(' ');
        if (f[0] == "ready") acks.ready = true;
        if (f[0] == "events")
            acks.events = std::max<std::int64_t>(acks.events, f.value(1).toLongLong());
        if (f[0] == "positions")
            acks.seconds = std::max<std::int64_t>(acks.seconds, f.value(1).toLongLong());
        if (f[0] == "error") acks.error = QString::fromUtf8(f.mid(1).join(' '));
    }
}

}  // namespace

class TstStoreKill : public QObject {
    Q_OBJECT

    // Opens the store after a kill and checks it against what was acknowledged so far.
    void verify(const QString& path, const Acks& acks, int round) {
        if (!QFileInfo::exists(path)) {
            // Killed before the store was created: nothing can have been acknowledged, and
            // creation is atomic, so no half-made file may sit at the path.
            QCOMPARE(acks.events, 0);
            return;
        }
        auto opened = ShiftStore::open(path.toStdString(), Mode::ReadOnly);
        QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
        ShiftStore& store = *opened;
        QVERIFY(!store.damaged());
        const auto findings = store.checkIntegrity(true);
        QVERIFY(findings);
        QVERIFY2(findings->empty(), findings->empty() ? "" : findings->front().c_str());
        const auto shifts = store.listShifts();
        QVERIFY(shifts);
        if (shifts->empty()) {
            QCOMPARE(acks.events, 0);
            return;
        }
        QCOMPARE(shifts->size(), 1u);  // every writer resumed the same shift
        const ShiftId id = shifts->front().id;
        const auto log = store.eventLog(id);
        QVERIFY(log);
        QVERIFY2(std::int64_t(log->size()) >= acks.events,
                 qPrintable(QString("round %1: %2 events stored, %3 acknowledged")
                                .arg(round)
                                .arg(log->size())
                                .arg(acks.events)));
        for (std::size_t k = 0; k < log->size(); ++k) {
            QVERIFY2(fixtures::same((*log)[k].event, eventFor(std::int64_t(k))),
                     qPrintable(QString("round %1: event %2 is not intact").arg(round).arg(k)));
            if (k) QCOMPARE((*log)[k].seq, (*log)[k - 1].seq + 1);
        }
        const auto track = store.loadTrack(id);
        QVERIFY(track);
        const std::int64_t seconds = std::int64_t(track->pointCount()) / kCouriers;
        QVERIFY(seconds >= acks.seconds);
        QCOMPARE(std::int64_t(track->pointCount()), seconds * kCouriers);  // batches are whole
        for (int c = 0; c < int(track->couriers().size()); ++c) {
            const auto pts = track->points(c);
            const int courier = QString::fromStdString(track->couriers()[c]).mid(1).toInt();
            for (std::int64_t s = 0; s < seconds; ++s) {
                TrackPoint want;
                const PositionSample in = sampleFor(courier, s);
                QVERIFY(quantize(in.at, in.position, in.headingDeg, want));
                QVERIFY2(
                    pts[s] == want,
                    qPrintable(
                        QString("round %1: sample %2 of %3 differs").arg(round).arg(s).arg(c)));
            }
        }
    }

private slots:
    void acknowledgedBatchesSurviveSigkill() {
        QTemporaryDir dir;
        const QString path = dir.filePath("kill.chongal");
        const unsigned seed = 20240607;
        std::mt19937 rng(seed);
        qInfo("seed %u, %d rounds", seed, kRounds);
        QElapsedTimer total;
        total.start();
        Acks acks;
        int roundsWithWrites = 0;
        for (int round = 0; round < kRounds; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(kChildEnv, path);
            env.insert(kSeedEnv, QString::number(rng()));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            // Odd rounds: kill at any moment from the start (creation, open, WAL recovery).
            // Even rounds: kill while appending, some random time after the writer is ready.
            const bool fromStart = round % 2;
            const qint64 delayMs =
                std::uniform_int_distribution<int>(0, fromStart ? 120 : 250)(rng);
            Acks now = acks;
            now.ready = false;
            QElapsedTimer t;
            t.start();
            while (!fromStart && !now.ready && t.elapsed() < 10'000 &&
                   child.state() == QProcess::Running) {
                child.waitForReadyRead(50);
                readAcks(child, now);
            }
            QVERIFY2(fromStart || now.ready, qPrintable("writer never got ready: " + now.error));
            t.restart();
            while (t.elapsed() < delayMs && child.state() == QProcess::Running) {
                child.waitForReadyRead(int(std::max<qint64>(1, delayMs - t.elapsed())));
                readAcks(child, now);
            }
            QCOMPARE(child.state(), QProcess::Running);  // it must not have died on its own
            child.kill();                                // SIGKILL on Unix
            QVERIFY(child.waitForFinished(10'000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            readAcks(child, now);
            QVERIFY2(now.error.isEmpty(), qPrintable(now.error));
            if (now.events > acks.events) ++roundsWithWrites;
            acks = now;
            verify(path, acks, round);
            if (QTest::currentTestFailed()) return;
        }
        qInfo(
            "%d kills, %lld events and %lld position seconds acknowledged, %d rounds with "
            "writes, %lld ms",
            kRounds, static_cast<long long>(acks.events), static_cast<long long>(acks.seconds),
            roundsWithWrites, static_cast<long long>(total.elapsed()));
        QVERIFY(roundsWithWrites >= kRounds / 3);  // the kills really interrupted writing
    }
};

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsSet(kChildEnv))
        return writerMain(qEnvironmentVariable(kChildEnv).toStdString(),
                          qEnvironmentVariable(kSeedEnv).toUInt());
    QCoreApplication app(argc, argv);
    TstStoreKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_kill.moc"

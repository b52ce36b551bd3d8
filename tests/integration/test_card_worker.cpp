// The GUI's worker thread against swtpm: jobs run off the GUI thread, one at a time and
// in order; results come back on the GUI thread only while their receiver lives; errors
// arrive as tpmvsc::Error; the TPM is connected on the worker thread, lazily, and again
// after it went away; destroying the worker mid-job is clean and leaves no TPM handle.
#include "services/CardWorker.h"
#include "tests/support/CardTestEnv.h"

#include <QAtomicInt>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>
#include <stdexcept>

using namespace tpmvsc;
using namespace tpmvsc::test;

class TestCardWorker : public QObject
{
    Q_OBJECT
    std::unique_ptr<SwtpmFixture> m_swtpm;
    std::unique_ptr<QTemporaryDir> m_store;
    std::unique_ptr<CardWorker> m_worker;

    QString storeRoot() const { return m_store->path() + QStringLiteral("/store"); }

    // Checks, through a connection of its own, that nothing is left loaded on the TPM.
    void verifyTpmClean()
    {
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

private Q_SLOTS:
    void initTestCase() { m_swtpm = std::make_unique<SwtpmFixture>(); }

    void init()
    {
        m_store = std::make_unique<QTemporaryDir>();
        // Empty TCTI: the worker follows $TPMVSC_TCTI, which the fixture updates when it
        // restarts swtpm on a new port.
        m_worker = std::make_unique<CardWorker>(TpmOptions{}, storeRoot());
    }

    void cleanup()
    {
        m_worker.reset();
        verifyTpmClean();
    }

    void jobsRunOffTheGuiThreadAndResultsComeBackOnIt()
    {
        QThread* const gui = QThread::currentThread();
        QThread* jobThread = nullptr;
        QThread* resultThread = nullptr;
        bool connectedBefore = true;
        bool connectedAfter = false;
        QObject receiver;
        m_worker->submit(
            &receiver, QStringLiteral("info"),
            [&](CardServices& c) {
                jobThread = QThread::currentThread();
                connectedBefore = c.isConnected();
                TpmInfo info = c.tpm().info();
                connectedAfter = c.isConnected();
                return info;
            },
            [&](TpmInfo info) {
                resultThread = QThread::currentThread();
                QVERIFY(info.software);
            },
            [](const Error& e) { QFAIL(qPrintable(e.message())); });
        QCOMPARE(resultThread, nullptr); // never synchronously
        QTRY_VERIFY(resultThread != nullptr);
        QVERIFY(jobThread != nullptr);
        QVERIFY(jobThread != gui);
        QCOMPARE(resultThread, gui);
        // Lazy: nothing connected until a job asked for the TPM, on the worker thread.
        QVERIFY(!connectedBefore);
        QVERIFY(connectedAfter);
    }

    void jobsRunOneAtATimeInOrder()
    {
        QList<int> ran;     // written on the worker thread only
        QList<int> results; // GUI thread
        QAtomicInt running = 0;
        QAtomicInt overlap = 0;
        QObject receiver;
        QSignalSpy busy(m_worker.get(), &CardWorker::busyChanged);
        constexpr int kJobs = 25;
        for (int i = 0; i < kJobs; ++i) {
            m_worker->submit(
                &receiver, QStringLiteral("job %1").arg(i),
                [&, i](CardServices&) {
                    if (running.fetchAndAddOrdered(1) != 0)
                        overlap.ref();
                    QThread::yieldCurrentThread();
                    ran.append(i);
                    running.fetchAndAddOrdered(-1);
                    return i;
                },
                [&](int value) { results.append(value); }, {});
        }
        QVERIFY(m_worker->isBusy());
        QCOMPARE(m_worker->outstandingJobs(), kJobs);
        QTRY_COMPARE(results.size(), kJobs);
        QCOMPARE(overlap.loadAcquire(), 0);
        QList<int> expected;
        for (int i = 0; i < kJobs; ++i)
            expected.append(i);
        QCOMPARE(ran, expected);
        QCOMPARE(results, expected);
        QVERIFY(!m_worker->isBusy());
        // One busy period for the whole queue, not one per job.
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void statusTextFollowsTheRunningJob()
    {
        QSignalSpy status(m_worker.get(), &CardWorker::statusText);
        QObject receiver;
        bool done = false;
        m_worker->submit(
            &receiver, QStringLiteral("first"), [](CardServices&) {}, [] {}, {});
        m_worker->submit(
            &receiver, QStringLiteral("second"), [](CardServices&) {}, [&] { done = true; }, {});
        QTRY_VERIFY(done);
        QStringList texts;
        for (const auto& args : status)
            texts.append(args.at(0).toString());
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("first"), QStringLiteral("second"), QString()}));
    }

    void callbacksAreDroppedWhenTheReceiverIsGone()
    {
        QSemaphore release;
        QSemaphore started;
        auto receiver = std::make_unique<QObject>();
        bool resultCalled = false;
        bool errorCalled = false;
        QObject other;
        bool otherCalled = false;
        m_worker->submit(
            receiver.get(), QStringLiteral("held"),
            [&](CardServices&) {
                started.release();
                release.acquire();
                return 1;
            },
            [&](int) { resultCalled = true; }, [&](const Error&) { errorCalled = true; });
        m_worker->submit(
            receiver.get(), QStringLiteral("fails"),
            [](CardServices& c) { return c.service().status(42); },
            [&](CardStatus) { resultCalled = true; }, [&](const Error&) { errorCalled = true; });
        m_worker->submit(
            &other, QStringLiteral("other"), [](CardServices&) { return 2; },
            [&](int) { otherCalled = true; }, {});
        started.acquire();
        receiver.reset(); // gone while its job runs
        release.release();
        QTRY_VERIFY(otherCalled);
        QVERIFY(!resultCalled);
        QVERIFY(!errorCalled);
        QVERIFY(!m_worker->isBusy());
    }

    void errorsArriveWithTheirCategoryAndSentence()
    {
        QObject receiver;
        std::optional<Error> notFound;
        std::optional<Error> internal;
        m_worker->submit(
            &receiver, QStringLiteral("status"),
            [](CardServices& c) { return c.service().status(7); }, [](CardStatus) {},
            [&](const Error& e) { notFound = e; });
        m_worker->submit(
            &receiver, QStringLiteral("throws"),
            [](CardServices&) -> int { throw std::runtime_error("disk on fire"); }, [](int) {},
            [&](const Error& e) { internal = e; });
        QTRY_VERIFY(internal.has_value());
        QVERIFY(notFound.has_value());
        QCOMPARE(errorCodeName(notFound->code()), errorCodeName(ErrorCode::NotFound));
        QVERIFY2(notFound->message().contains(QLatin1String("0007")),
                 qPrintable(notFound->message()));
        QCOMPARE(errorCodeName(internal->code()), errorCodeName(ErrorCode::Internal));
        QCOMPARE(internal->message(), QStringLiteral("disk on fire"));
    }

    void createsCardsAndLeavesNoHandles()
    {
        QObject receiver;
        int instance = -1;
        int handlesLeft = -1;
        m_worker->submit(
            &receiver, QStringLiteral("create"),
            [](CardServices& c) {
                return c.service().create(basicCardOptions(QStringLiteral("W")));
            },
            [&](int i) { instance = i; }, [](const Error& e) { QFAIL(qPrintable(e.message())); });
        m_worker->submit(
            &receiver, QStringLiteral("handles"),
            [](CardServices& c) {
                return int(c.tpm().transientHandles().size() + c.tpm().loadedSessions().size());
            },
            [&](int n) { handlesLeft = n; }, {});
        QTRY_VERIFY(handlesLeft >= 0);
        QCOMPARE(instance, 0);
        QCOMPARE(handlesLeft, 0);
        QVERIFY(CardStore(storeRoot()).exists(0));
    }

    void reconnectsAfterTheTpmCameBack()
    {
        QObject receiver;
        auto info = [&](std::optional<Error>* error, bool* ok) {
            m_worker->submit(
                &receiver, QStringLiteral("info"), [](CardServices& c) { return c.tpm().info(); },
                [ok](TpmInfo) { *ok = true; }, [error](const Error& e) { *error = e; });
        };
        bool ok = false;
        std::optional<Error> error;
        info(&error, &ok);
        QTRY_VERIFY(ok);

        m_swtpm->kill();
        ok = false;
        info(&error, &ok);
        QTRY_VERIFY(error.has_value());
        QVERIFY(!ok);
        QCOMPARE(errorCodeName(error->code()), errorCodeName(ErrorCode::TpmUnavailable));

        m_swtpm->start(); // on a new port, exported in $TPMVSC_TCTI
        relaxDictionaryAttack(m_swtpm->tcti());
        error.reset();
        info(&error, &ok);
        QTRY_VERIFY(ok || error.has_value());
        QVERIFY2(!error.has_value(), error ? qPrintable(error->message()) : "");
    }

    void destroyingTheWorkerMidJobIsClean()
    {
        QSemaphore started;
        QObject receiver;
        bool resultCalled = false;
        bool secondRan = false;
        int instance = -1;
        m_worker->submit(
            &receiver, QStringLiteral("create"),
            [&](CardServices& c) {
                started.release();
                instance = c.service().create(basicCardOptions(QStringLiteral("Mid")));
                return instance;
            },
            [&](int) { resultCalled = true; }, {});
        m_worker->submit(
            &receiver, QStringLiteral("queued"),
            [&](CardServices&) {
                secondRan = true;
                return 0;
            },
            [&](int) { resultCalled = true; }, {});
        started.acquire();
        m_worker.reset(); // waits for the running create, drops the queued job
        QCoreApplication::processEvents();
        QVERIFY(!resultCalled);
        QVERIFY(!secondRan);
        // The running job was finished, not torn: the card exists whole.
        QCOMPARE(instance, 0);
        CardStore store(storeRoot());
        QVERIFY(store.exists(0));
        QCOMPARE(store.load(0).name, QStringLiteral("Mid"));
        // cleanup() checks that no handle is left on the TPM.
    }

    // The worker publishes the cards: after each job only the cards whose file changed,
    // and changes made by another program without any job (the store's folder is
    // watched). Nothing re-reads every card unless asked to.
    void publishesOnlyTheCardsThatChanged()
    {
        QList<CardChanges> published;
        QObject receiver;
        connect(m_worker.get(), &CardWorker::cardsChanged, &receiver,
                [&](const CardChanges& c) { published.append(c); });
        // Runs a job and waits for its result; false (with the reason) if it failed.
        const auto run = [&](auto job) -> bool {
            bool done = false;
            std::optional<Error> error;
            m_worker->submit(
                &receiver, QStringLiteral("job"), job, [&](auto...) { done = true; },
                [&](const Error& e) { error = e; });
            if (!QTest::qWaitFor([&] { return done || error; }, 60000))
                qWarning("the job did not finish");
            if (error)
                qWarning("%s", qPrintable(error->message()));
            return done;
        };
        const auto instancesOf = [](const QList<CardStatus>& cards) {
            QList<int> out;
            for (const CardStatus& c : cards)
                out.append(c.instance);
            return out;
        };
        QList<int> cards;
        for (const char* name : {"One", "Two", "Three"}) {
            QVERIFY(run([name, &cards](CardServices& c) {
                cards.append(c.service().create(basicCardOptions(QLatin1String(name))));
            }));
        }
        // The first look is complete; each later one holds the new card alone.
        QCOMPARE(published.size(), 3);
        QVERIFY(published.at(0).complete);
        QCOMPARE(instancesOf(published.at(1).updated), QList<int>{cards.at(1)});
        QCOMPARE(instancesOf(published.at(2).updated), QList<int>{cards.at(2)});
        QVERIFY(!published.at(2).complete);

        // A job that changes one card publishes that card, before the job's result.
        published.clear();
        const int second = cards.at(1);
        QVERIFY(run([second](CardServices& c) {
            c.service().changePin(second, pin("12345678"), pin("87654321"));
        }));
        QCOMPARE(published.size(), 1);
        QCOMPARE(instancesOf(published.at(0).updated), QList<int>{second});
        // A job that changes nothing publishes nothing.
        published.clear();
        QVERIFY(run([](CardServices& c) { return c.service().list().size(); }));
        QCOMPARE(published.size(), 0);

        // Another program renames a card: published without a job of ours.
        {
            CardStore store(storeRoot());
            const StoreLock lock = store.lockCard(cards.at(2));
            CardRecord record = store.load(cards.at(2));
            record.name = QStringLiteral("Three, renamed");
            store.save(record);
        }
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 10000);
        QCOMPARE(published.at(0).updated.size(), 1);
        QCOMPARE(published.at(0).updated.at(0).name, QStringLiteral("Three, renamed"));
        QVERIFY(!m_worker->isBusy());

        // Damaged by another program: said, and no longer listed as a usable card.
        published.clear();
        {
            QFile file(CardStore(storeRoot()).cardPath(cards.at(0)));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ not a card");
        }
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 10000);
        QCOMPARE(published.at(0).unreadable.size(), 1);
        QCOMPARE(published.at(0).unreadable.at(0).instance, cards.at(0));
        QCOMPARE(published.at(0).unreadable.at(0).error.code(), ErrorCode::StoreCorrupt);

        // Removed by another program.
        published.clear();
        QVERIFY(QFile::remove(CardStore(storeRoot()).cardPath(cards.at(0))));
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 10000);
        QCOMPARE(published.at(0).removed, QList<int>{cards.at(0)});

        // Asked for everything: complete, every usable card.
        published.clear();
        m_worker->lookAtCards(true);
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 10000);
        QVERIFY(published.at(0).complete);
        QCOMPARE(instancesOf(published.at(0).updated), (QList<int>{cards.at(1), cards.at(2)}));
    }

    void builtInSimulatorLivesAsLongAsTheWorker()
    {
        // The simulator's swtpm dies with the thread that started it (PDEATHSIG): two
        // jobs apart must reach the same running simulator.
        QTemporaryDir simulatorHome;
        TpmOptions options;
        options.simulator = true;
        options.simulatorDir = simulatorHome.path() + QStringLiteral("/simulator");
        const QByteArray savedTcti = qgetenv("TPMVSC_TCTI");
        qunsetenv("TPMVSC_TCTI");
        auto restoreEnv = qScopeGuard([&] { qputenv("TPMVSC_TCTI", savedTcti); });
        CardWorker worker(options, simulatorHome.path() + QStringLiteral("/store"));
        QObject receiver;
        QList<TpmInfo> infos;
        std::optional<Error> error;
        for (int i = 0; i < 2; ++i) {
            worker.submit(
                &receiver, QStringLiteral("info"), [](CardServices& c) { return c.tpm().info(); },
                [&](TpmInfo info) { infos.append(info); }, [&](const Error& e) { error = e; });
            QTRY_VERIFY_WITH_TIMEOUT(infos.size() == i + 1 || error, 60000);
            QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        }
        QVERIFY(infos.at(0).software);
        QCOMPARE(infos.at(0).tcti, infos.at(1).tcti);
    }
};

QTEST_GUILESS_MAIN(TestCardWorker)
#include "test_card_worker.moc"

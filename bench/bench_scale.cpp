// Many cards: ten cards with thirty keys and a certificate each (the most a card holds),
// and what listing them costs where a program keeps the store open or opens it anew:
//   tpmvscmgr list                    a new process, every card read once
//   the GUI's list after one change   before: the whole list read again (a fresh store's
//                                     CardService::list(), what every dialog asked for);
//                                     now: the worker's look (CardWatch) after one card's
//                                     file changed
//   PKCS#11, all objects              C_GetSlotList, then per slot C_OpenSession,
//                                     C_FindObjects over every object and C_CloseSession,
//                                     in one C_Initialize: unchanged, and after one card
//                                     changed
// Not a test: it never fails on speed. Usage:
//   tpmvsc-bench-scale [-r RUNS] [--store DIR] [--module SO] [--tpmvscmgr BIN]
// --store DIR keeps the populated store there and reuses it when it exists, so that
// another build's module and tpmvscmgr can be measured on the same cards (listing needs
// no TPM). Default module and tpmvscmgr: this build's.
#include "BenchSupport.h"
#include "core/store/CardStore.h"
#include "core/util/Error.h"
#include "services/CardServices.h"
#include "services/CardWatch.h"
#include "services/EnrollService.h"
#include "tests/support/Pkcs11Module.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tpmvsc;
using namespace tpmvsc::bench;

namespace {

constexpr int kCards = 10;
constexpr int kKeysPerCard = CardRecord::kMaxKeys;

[[noreturn]] void fail(const QString& why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::exit(1);
}

double medianMs(int runs, const std::function<void()>& before, const std::function<void()>& op)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        before();
        QElapsedTimer t;
        t.start();
        op();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Ten cards, thirty P-256 keys each, every key with a self-signed certificate made in the
// TPM (what a card full of enrolled keys looks like to a lister).
void populate(const QString& tcti, const QString& storeRoot)
{
    CardServices services(TpmOptions{tcti, false, {}}, storeRoot);
    for (int c = 0; c < kCards; ++c) {
        CreateOptions o = benchCardOptions();
        o.name = QStringLiteral("Scale %1").arg(c);
        const int card = services.service().create(o);
        for (int k = 0; k < kKeysPerCard; ++k) {
            RequestOptions r;
            r.templateName = QStringLiteral("clientauth");
            r.subject = QStringLiteral("CN=scale-%1-%2.example.com").arg(c).arg(k);
            r.keyAlgorithm = KeyAlgorithm::EccP256;
            r.label = QStringLiteral("key %1").arg(k);
            r.selfSigned = true;
            services.enroll().request(card, benchPin(), r);
        }
        std::fprintf(stderr, "bench: card %d of %d made\n", c + 1, kCards);
    }
}

// Rewrites one card's file as another program would (a new file renamed in), its content
// unchanged but for the name.
void touchCard(const QString& storeRoot, int instance, int round)
{
    CardStore store(storeRoot);
    const StoreLock lock = store.lockCard(instance);
    CardRecord card = store.load(instance);
    card.name = QStringLiteral("Scale %1 (%2)").arg(instance).arg(round);
    store.save(card);
}

void check(CK_RV rv, const char* what)
{
    if (rv != CKR_OK)
        fail(QStringLiteral("%1 returned 0x%2").arg(QLatin1String(what)).arg(rv, 0, 16));
}

// One round over every object of every token; returns the objects seen.
int findEverything(CK_FUNCTION_LIST* p11)
{
    CK_ULONG count = 0;
    check(p11->C_GetSlotList(CK_TRUE, nullptr, &count), "C_GetSlotList");
    std::vector<CK_SLOT_ID> slots(count);
    check(p11->C_GetSlotList(CK_TRUE, slots.data(), &count), "C_GetSlotList");
    int objects = 0;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_SESSION_HANDLE session = 0;
        check(p11->C_OpenSession(slots[i], CKF_SERIAL_SESSION, nullptr, nullptr, &session),
              "C_OpenSession");
        check(p11->C_FindObjectsInit(session, nullptr, 0), "C_FindObjectsInit");
        CK_OBJECT_HANDLE found[64];
        CK_ULONG n = 0;
        do {
            check(p11->C_FindObjects(session, found, 64, &n), "C_FindObjects");
            objects += int(n);
        } while (n > 0);
        check(p11->C_FindObjectsFinal(session), "C_FindObjectsFinal");
        check(p11->C_CloseSession(session), "C_CloseSession");
    }
    return objects;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("r"), QStringLiteral("runs"),
                                        QStringLiteral("runs"), QStringLiteral("15"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("store"),
                                         QStringLiteral("dir"));
    const QCommandLineOption moduleOption(QStringLiteral("module"), QStringLiteral("module"),
                                          QStringLiteral("so"));
    const QCommandLineOption cliOption(QStringLiteral("tpmvscmgr"), QStringLiteral("tpmvscmgr"),
                                       QStringLiteral("bin"));
    parser.addOptions({runsOption, storeOption, moduleOption, cliOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString tpmvscmgr =
        parser.isSet(cliOption) ? parser.value(cliOption) : QStringLiteral(TPMVSC_BENCH_TPMVSCMGR);

    try {
        const BenchTpm bench; // TPMVSC_TCTI and TPMVSC_HOME now name it
        QString storeRoot = bench.storeRoot();
        if (parser.isSet(storeOption)) {
            storeRoot = QDir(parser.value(storeOption)).absolutePath();
            qputenv("TPMVSC_HOME", QFile::encodeName(storeRoot));
        }
        if (CardStore(storeRoot).instances().isEmpty()) {
            QDir().mkpath(storeRoot);
            QFile::setPermissions(storeRoot, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
            populate(bench.tcti(), storeRoot);
        }
        // Settled: files older than a timestamp tick, as a store is between changes.
        QThread::msleep(2500);
        const QList<int> instances = CardStore(storeRoot).instances();
        const int changed = instances.at(instances.size() / 2);
        int round = 0;
        const auto touch = [&] { touchCard(storeRoot, changed, ++round); };
        const auto nothing = [] {};
        std::printf("%d cards, %d keys with a certificate each; median of %d runs\n",
                    int(instances.size()), kKeysPerCard, runs);

        const double cli = medianMs(runs, nothing, [&] {
            QProcess p;
            p.start(tpmvscmgr, {QStringLiteral("list")});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                fail(QStringLiteral("%1 list failed: %2")
                         .arg(tpmvscmgr, QString::fromLocal8Bit(p.readAllStandardError())));
        });
        std::printf("| tpmvscmgr list (process)                     | %8.1f ms |\n", cli);

        const double reread = medianMs(runs, touch, [&] {
            CardStore store(storeRoot);
            CardService service(store, []() -> Tpm& {
                throw Error(ErrorCode::Internal, QStringLiteral("no TPM"));
            });
            if (service.list().size() != instances.size())
                fail(QStringLiteral("a card is missing"));
        });
        CardStore watched(storeRoot);
        CardWatch watch;
        watch.look(watched);
        const double look = medianMs(runs, touch, [&] {
            const CardChanges changes = watch.look(watched);
            if (changes.updated.size() != 1)
                fail(QStringLiteral("the look saw %1 changed cards").arg(changes.updated.size()));
        });
        std::printf("| GUI list after one change: all read again    | %8.2f ms |\n", reread);
        std::printf("| GUI list after one change: the worker's look | %8.2f ms |\n", look);

#ifdef TPMVSC_BENCH_MODULE
        const QString defaultModule = QStringLiteral(TPMVSC_BENCH_MODULE);
#else
        const QString defaultModule;
#endif
        const test::Pkcs11Module module(parser.isSet(moduleOption) ? parser.value(moduleOption)
                                                                   : defaultModule);
        if (!module.isLoaded())
            fail(module.errorString());
        CK_FUNCTION_LIST* p11 = module.functions();
        check(p11->C_Initialize(nullptr), "C_Initialize");
        int objects = findEverything(p11); // the first round connects to the TPM
        const double steady = medianMs(runs, nothing, [&] { objects = findEverything(p11); });
        const double afterChange = medianMs(runs, touch, [&] { findEverything(p11); });
        check(p11->C_Finalize(nullptr), "C_Finalize");
        std::printf("| PKCS#11, %4d objects, nothing changed       | %8.2f ms |\n", objects,
                    steady);
        std::printf("| PKCS#11, %4d objects, one card changed      | %8.2f ms |\n", objects,
                    afterChange);
        std::printf("module: %s\ntpmvscmgr: %s\n", qPrintable(module.path()),
                    qPrintable(tpmvscmgr));
    } catch (const Error& e) {
        fail(e.message());
    }
    return 0;
}

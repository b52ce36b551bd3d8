// The PKCS#11 module under concurrency: threads of one application each with its own
// session, a second process using the same card at the same time, fork() of a
// logged-in application, and the module's TPM discipline (no TPM command before a
// login needs one; keys stay loaded within a login).
//
// The same binary is the second process: `test_pkcs11_threads --sign-helper SLOT KEYID N`
// (PIN on stdin) logs in and makes N verified signatures, printing one line per signature.
#include "tests/support/Pkcs11TestCase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <latch>
#include <thread>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const char kHelperFlag[] = "--sign-helper";

struct Signed {
    const SignCase* how = nullptr;
    QByteArray message;
    QByteArray signature;
    CK_RV rv = CKR_OK;
};

// Signs `message` with the key with CKA_ID `id`, found in `session`.
CK_RV signWithId(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, const QByteArray& id,
                 const SignCase& how, const QByteArray& message, QByteArray* signature)
{
    QList<CK_OBJECT_HANDLE> found;
    CK_RV rv = findObjects(p11, session,
                           Template().addUlong(CKA_CLASS, CKO_PRIVATE_KEY).add(CKA_ID, id), &found);
    if (rv != CKR_OK)
        return rv;
    if (found.size() != 1)
        return CKR_KEY_HANDLE_INVALID;
    CK_RSA_PKCS_PSS_PARAMS params;
    CK_MECHANISM mech = signMechanism(how, &params);
    return sign(p11, session, &mech, found.front(), signInput(how, message), signature);
}

// The helper process: logs in to SLOT with the PIN from stdin and makes N signatures with
// KEYID (hex, an RSA key), each verified against the key's public key object.
int signHelper(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const CK_SLOT_ID slot = args[2].toULong();
    const QByteArray id = QByteArray::fromHex(args[3].toLatin1());
    const int count = args[4].toInt();
    QByteArray pin;
    char c;
    while (::read(0, &c, 1) == 1 && c != '\n')
        pin.append(c);
    Pkcs11Module module;
    auto fail = [](const char* step, CK_RV rv) {
        std::printf("FAIL %s %s\n", step, ckrName(rv).constData());
        std::fflush(stdout);
        return 1;
    };
    if (!module.isLoaded()) {
        std::printf("FAIL load %s\n", qPrintable(module.errorString()));
        return 1;
    }
    CK_FUNCTION_LIST* p11 = module.functions();
    CK_RV rv = p11->C_Initialize(nullptr);
    if (rv != CKR_OK)
        return fail("C_Initialize", rv);
    CK_SESSION_HANDLE session = 0;
    if ((rv = p11->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &session)) != CKR_OK)
        return fail("C_OpenSession", rv);
    std::printf("session open\n");
    std::fflush(stdout);
    if ((rv = login(p11, session, CKU_USER, pin.constData())) != CKR_OK)
        return fail("C_Login", rv);
    QList<CK_OBJECT_HANDLE> found;
    rv = findObjects(p11, session, Template().addUlong(CKA_CLASS, CKO_PUBLIC_KEY).add(CKA_ID, id),
                     &found);
    if (rv != CKR_OK || found.size() != 1)
        return fail("find public key", rv);
    EvpKey key;
    if ((rv = publicKeyOf(p11, session, found.front(), &key)) != CKR_OK)
        return fail("public key", rv);
    const SignCase& how = signCase(CKM_SHA256_RSA_PKCS);
    for (int i = 0; i < count; ++i) {
        const QByteArray message = "helper message " + QByteArray::number(i);
        QByteArray sig;
        if ((rv = signWithId(p11, session, id, how, message, &sig)) != CKR_OK)
            return fail("C_Sign", rv);
        QString why;
        if (!verifies(key.get(), how, message, sig, &why)) {
            std::printf("FAIL verify %s\n", qPrintable(why));
            return 1;
        }
        std::printf("signed %d\n", i + 1);
        std::fflush(stdout);
    }
    p11->C_Finalize(nullptr);
    return 0;
}

// Waits for a forked child up to `seconds`; its exit code, or -1 when it did not finish.
int waitForChild(pid_t pid, int seconds)
{
    for (int i = 0; i < seconds * 20; ++i) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        QThread::msleep(50);
    }
    return -1;
}

QByteArray readAll(int fd)
{
    QByteArray out;
    char buf[512];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        out.append(buf, static_cast<qsizetype>(n));
    return out;
}

} // namespace

class TestPkcs11Threads : public Pkcs11TestCase
{
    Q_OBJECT

    unsigned long long tpmCommands() const { return m_module->tpmCommands().value_or(~0ULL); }

    CK_RV loggedInSession(const TestCard& card, CK_SESSION_HANDLE* session)
    {
        CK_RV rv = openSession(card.instance, session);
        return rv == CKR_OK ? login(p11(), *session, CKU_USER, kPin) : rv;
    }

private Q_SLOTS:
    // First in the binary: the counter has seen nothing else yet.
    void noTpmCommandBeforeLoginNeedsOne()
    {
        QVERIFY2(m_module->tpmCommands().has_value(),
                 "the module does not export tpmvsc_pkcs11_tpm_commands");
        const TestCard a = createCard({KeyAlgorithm::EccP256});
        const TestCard b = createCard({});
        auto storeOnlyCalls = [&](Deviations& dev, const QString& how) {
            CK_ULONG count = 0;
            CK_SLOT_ID slots[4];
            dev.rv(how + QStringLiteral(" C_GetSlotList(NULL)"),
                   p11()->C_GetSlotList(CK_TRUE, nullptr, &count), CKR_OK);
            count = 4;
            dev.rv(how + QStringLiteral(" C_GetSlotList"),
                   p11()->C_GetSlotList(CK_TRUE, slots, &count), CKR_OK);
            dev.check(count == 2, how + QStringLiteral(": %1 slots, 2 cards").arg(count));
            for (CK_ULONG i = 0; i < count && i < 4; ++i) {
                CK_TOKEN_INFO token;
                CK_SLOT_INFO slot;
                dev.rv(how + QStringLiteral(" C_GetTokenInfo(%1)").arg(slots[i]),
                       p11()->C_GetTokenInfo(slots[i], &token), CKR_OK);
                dev.rv(how + QStringLiteral(" C_GetSlotInfo(%1)").arg(slots[i]),
                       p11()->C_GetSlotInfo(slots[i], &slot), CKR_OK);
            }
        };

        Deviations dev;
        P11_OK(initialize());
        qInfo("TPM commands after C_Initialize: %llu", tpmCommands());
        dev.check(tpmCommands() == 0, QStringLiteral("C_Initialize sent TPM commands"));
        storeOnlyCalls(dev, QStringLiteral("swtpm:"));
        qInfo("TPM commands after C_GetSlotList/C_GetTokenInfo/C_GetSlotInfo: %llu", tpmCommands());
        dev.check(tpmCommands() == 0,
                  QStringLiteral("store-only calls sent %1 TPM commands").arg(tpmCommands()));
        P11_OK(finalize());

        // With a TPM that cannot be reached, the same calls all work ...
        const QString dead = unreachableSwtpmTcti();
        P11_OK(initialize(nullptr, dead));
        storeOnlyCalls(dev, QStringLiteral("dead TPM:"));
        dev.check(tpmCommands() == 0, QStringLiteral("dead TPM: commands counted"));
        // ... and a login fails as a device problem, costing the card no PIN try.
        CK_SESSION_HANDLE s = 0;
        P11_OK(openSession(a.instance, &s));
        const CK_RV rv = login(p11(), s, CKU_USER, kPin);
        qInfo("C_Login with the TPM unreachable: %s", ckrName(rv).constData());
        dev.rvIn(QStringLiteral("C_Login with the TPM unreachable"), rv,
                 {CKR_DEVICE_ERROR, CKR_DEVICE_REMOVED, CKR_TOKEN_NOT_PRESENT, CKR_FUNCTION_FAILED,
                  CKR_GENERAL_ERROR});
        dev.check(m_env->service.status(a.instance).pinTriesLeft == 5,
                  QStringLiteral("a login that never reached the TPM cost a PIN try"));
        P11_NO_DEVIATIONS(dev);
    }

    void keysStayLoadedWithinLogin()
    {
        const TestCard card = createCard({KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP256});
        P11_OK(initialize());
        CK_SESSION_HANDLE s = 0;
        P11_OK(loggedInSession(card, &s));
        for (KeyAlgorithm alg : {KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP256}) {
            const SignCase& how =
                signCase(alg == KeyAlgorithm::Rsa2048 ? CKM_SHA256_RSA_PKCS : CKM_ECDSA_SHA256);
            QList<unsigned long long> perSign;
            for (int i = 0; i < 5; ++i) {
                const unsigned long long before = tpmCommands();
                QByteArray sig;
                P11_OK(signWithId(p11(), s, card.key(alg).id, how, numbered(i), &sig));
                perSign.append(tpmCommands() - before);
            }
            QStringList text;
            for (unsigned long long n : perSign)
                text << QString::number(n);
            qInfo("%s: TPM commands per C_SignInit+C_Sign: %s", how.name,
                  qPrintable(text.join(QStringLiteral(", "))));
            for (int i = 1; i < perSign.size(); ++i)
                QCOMPARE(perSign[i], 1ULL);
        }
    }

    void threadsSignConcurrently()
    {
        const TestCard card = createCard({KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP256});
        CK_C_INITIALIZE_ARGS args{nullptr, nullptr, nullptr, nullptr, CKF_OS_LOCKING_OK, nullptr};
        P11_OK(initialize(&args));
        CK_SESSION_HANDLE main = 0;
        P11_OK(loggedInSession(card, &main));

        constexpr int kThreads = 4, kPerThread = 20;
        std::vector<std::vector<Signed>> results(kThreads);
        std::vector<CK_RV> sessionRv(kThreads, CKR_OK);
        std::latch start(kThreads);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                CK_SESSION_HANDLE s = 0;
                start.arrive_and_wait();
                sessionRv[t] = openSession(card.instance, &s);
                if (sessionRv[t] != CKR_OK)
                    return;
                for (int i = 0; i < kPerThread; ++i) {
                    // RSA and EC in turn, each thread starting with a different one.
                    const bool rsa = (i + t) % 2 == 0;
                    Signed r;
                    r.how = &signCase(rsa ? CKM_SHA256_RSA_PKCS : CKM_ECDSA_SHA256);
                    r.message = QStringLiteral("thread %1 signature %2").arg(t).arg(i).toUtf8();
                    r.rv = signWithId(
                        p11(), s, card.key(rsa ? KeyAlgorithm::Rsa2048 : KeyAlgorithm::EccP256).id,
                        *r.how, r.message, &r.signature);
                    results[t].push_back(r);
                }
                p11()->C_CloseSession(s);
            });
        }
        for (std::thread& th : threads)
            th.join();

        EvpKey rsaKey, ecKey;
        P11_OK(cardPublicKey(card, KeyAlgorithm::Rsa2048, &rsaKey));
        P11_OK(cardPublicKey(card, KeyAlgorithm::EccP256, &ecKey));
        Deviations dev;
        int verified = 0;
        for (int t = 0; t < kThreads; ++t) {
            dev.rv(QStringLiteral("thread %1 C_OpenSession").arg(t), sessionRv[t], CKR_OK);
            for (const Signed& r : results[t]) {
                const QString name = QString::fromUtf8(r.message);
                dev.rv(name, r.rv, CKR_OK);
                QString why;
                if (r.rv == CKR_OK && verifies(r.how->rsa ? rsaKey.get() : ecKey.get(), *r.how,
                                               r.message, r.signature, &why))
                    ++verified;
                else if (r.rv == CKR_OK)
                    dev.check(false, name + QStringLiteral(": ") + why);
            }
        }
        P11_NO_DEVIATIONS(dev);
        QCOMPARE(verified, kThreads * kPerThread);
        // The login survived the threads' sessions closing: main is still logged in.
        CK_SESSION_INFO info;
        P11_OK(p11()->C_GetSessionInfo(main, &info));
        QCOMPARE(info.state, CKS_RW_USER_FUNCTIONS);
    }

    void twoProcessesSignAtOnce()
    {
        const TestCard card = createCard({KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP256});
        P11_OK(initialize());
        CK_SESSION_HANDLE s = 0;
        P11_OK(loggedInSession(card, &s));
        const SignCase& how = signCase(CKM_ECDSA_SHA256);
        QByteArray sig;
        P11_OK(signWithId(p11(), s, card.key(KeyAlgorithm::EccP256).id, how, "warm up", &sig));

        constexpr int kHelperSignatures = 20;
        QProcess helper;
        helper.setProcessChannelMode(QProcess::SeparateChannels);
        helper.start(QCoreApplication::applicationFilePath(),
                     {QLatin1String(kHelperFlag), QString::number(card.instance),
                      QString::fromLatin1(card.key(KeyAlgorithm::Rsa2048).id.toHex()),
                      QString::number(kHelperSignatures)});
        QVERIFY2(helper.waitForStarted(30000), qPrintable(helper.errorString()));
        helper.write(QByteArray(kPin) + '\n');
        helper.closeWriteChannel();

        // This process keeps signing while the helper runs (bounded: 400 signatures).
        EvpKey ecKey;
        P11_OK(cardPublicKey(card, KeyAlgorithm::EccP256, &ecKey));
        int mine = 0;
        while (!helper.waitForFinished(1) && mine < 400) {
            const QByteArray message = "parent " + QByteArray::number(mine);
            P11_OK(signWithId(p11(), s, card.key(KeyAlgorithm::EccP256).id, how, message, &sig));
            QString why;
            QVERIFY2(verifies(ecKey.get(), how, message, sig, &why), qPrintable(why));
            ++mine;
        }
        qInfo("this process signed %d times while the helper ran", mine);
        // Still logged in and idle: the helper must be able to finish now.
        const bool finishedBeside =
            helper.state() == QProcess::NotRunning || helper.waitForFinished(60000);
        QString diagnosis;
        if (!finishedBeside) {
            const QByteArray progress = helper.readAllStandardOutput();
            P11_OK(finalize());
            const bool afterFinalize = helper.waitForFinished(60000);
            diagnosis = QStringLiteral("the helper did not finish while this process stayed logged "
                                       "in (its output: '%1'); %2")
                            .arg(QString::fromUtf8(progress).simplified(),
                                 afterFinalize ? QStringLiteral("it finished once this process "
                                                                "called C_Finalize: the TPM "
                                                                "connection is held between calls")
                                               : QStringLiteral("not even after C_Finalize"));
            if (!afterFinalize)
                helper.kill();
        }
        const QByteArray out = helper.readAllStandardOutput();
        QVERIFY2(finishedBeside, qPrintable(diagnosis));
        QVERIFY2(helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0,
                 (out + helper.readAllStandardError()).constData());
        QVERIFY2(out.contains("signed " + QByteArray::number(kHelperSignatures)), out.constData());
        // And this process still works.
        P11_OK(signWithId(p11(), s, card.key(KeyAlgorithm::EccP256).id, how, "after", &sig));
    }

    void forkedChildInitializesAgain()
    {
        const TestCard card = createCard({KeyAlgorithm::EccP256});
        const QByteArray id = card.key(KeyAlgorithm::EccP256).id;
        P11_OK(initialize());
        CK_SESSION_HANDLE s = 0;
        P11_OK(loggedInSession(card, &s));
        const SignCase& how = signCase(CKM_ECDSA_SHA256);
        EvpKey key;
        P11_OK(cardPublicKey(card, KeyAlgorithm::EccP256, &key));
        QByteArray sig;
        P11_OK(signWithId(p11(), s, id, how, "before fork", &sig));

        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        std::fflush(nullptr);
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            // The child: no QTest here; every step's outcome goes to the pipe.
            ::close(pipeFds[0]);
            auto say = [&](const QByteArray& line) {
                const QByteArray l = line + '\n';
                [[maybe_unused]] const ssize_t n =
                    ::write(pipeFds[1], l.constData(), size_t(l.size()));
            };
            auto step = [&](const char* what, CK_RV rv, CK_RV expected) {
                say(QByteArray(what) + ": " + ckrName(rv) +
                    (rv == expected ? QByteArray() : " (expected " + ckrName(expected) + ")"));
                return rv == expected;
            };
            CK_FUNCTION_LIST* f = p11();
            CK_ULONG count = 0;
            CK_SESSION_INFO info;
            CK_MECHANISM mech{CKM_ECDSA_SHA256, nullptr, 0};
            bool ok =
                step("C_GetSlotList before C_Initialize",
                     f->C_GetSlotList(CK_TRUE, nullptr, &count), CKR_CRYPTOKI_NOT_INITIALIZED);
            ok &= step("C_GetSessionInfo(parent's session) before C_Initialize",
                       f->C_GetSessionInfo(s, &info), CKR_CRYPTOKI_NOT_INITIALIZED);
            ok &= step("C_SignInit(parent's session) before C_Initialize",
                       f->C_SignInit(s, &mech, 1), CKR_CRYPTOKI_NOT_INITIALIZED);
            CK_SESSION_HANDLE mine = 0;
            QByteArray childSig;
            if (ok && step("C_Initialize", f->C_Initialize(nullptr), CKR_OK) &&
                step("C_OpenSession",
                     f->C_OpenSession(card.instance, CKF_SERIAL_SESSION, nullptr, nullptr, &mine),
                     CKR_OK) &&
                step("C_Login", login(f, mine, CKU_USER, kPin), CKR_OK) &&
                step("sign", signWithId(f, mine, id, how, "child", &childSig), CKR_OK)) {
                QString why;
                ok = verifies(key.get(), how, "child", childSig, &why);
                say(ok ? QByteArray("child signature verifies") : why.toUtf8());
                step("C_Finalize", f->C_Finalize(nullptr), CKR_OK);
            } else {
                ok = false;
            }
            ::close(pipeFds[1]);
            ::_exit(ok ? 0 : 1);
        }
        ::close(pipeFds[1]);
        // The parent waits, logged in and idle, holding whatever it holds.
        int code = waitForChild(pid, 120);
        QString diagnosis;
        if (code == -1) {
            P11_OK(finalize());
            code = waitForChild(pid, 60);
            diagnosis =
                code == -1
                    ? QStringLiteral("the child hung, even after the parent's C_Finalize")
                    : QStringLiteral("the child finished only after the parent called "
                                     "C_Finalize: it waited for the parent's TPM connection");
            if (code == -1) {
                ::kill(pid, SIGKILL);
                ::waitpid(pid, nullptr, 0);
            }
        }
        const QByteArray report = readAll(pipeFds[0]);
        ::close(pipeFds[0]);
        qInfo("child: %s", report.simplified().constData());
        QVERIFY2(diagnosis.isEmpty(), qPrintable(diagnosis + QStringLiteral("; child said: ") +
                                                 QString::fromUtf8(report)));
        QVERIFY2(code == 0, report.constData());
        // The parent goes on: same session, same login, its own TPM connection.
        CK_SESSION_INFO info;
        P11_OK(p11()->C_GetSessionInfo(s, &info));
        QCOMPARE(info.state, CKS_RW_USER_FUNCTIONS);
        P11_OK(signWithId(p11(), s, id, how, "after fork", &sig));
        QString why;
        QVERIFY2(verifies(key.get(), how, "after fork", sig, &why), qPrintable(why));
    }

private:
    static QByteArray numbered(int i) { return "message " + QByteArray::number(i); }
};

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], kHelperFlag) == 0)
        return signHelper(argc, argv);
    QCoreApplication app(argc, argv);
    TestPkcs11Threads test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_pkcs11_threads.moc"

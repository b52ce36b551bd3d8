// What a program pays for signing through the PKCS#11 module: C_Sign per second in one
// logged-in session (RSA-2048 CKM_RSA_PKCS, P-256 CKM_ECDSA) next to a raw ESYS sign
// loop on the same TPM in the same run, and the TPM commands each call costs (counted
// by the module itself: tpmvsc_pkcs11_tpm_commands). Not a test: it never fails on
// speed, only when a call fails or a signature does not verify. See bench/README.md.
//
// Usage: tpmvsc-bench-pkcs11 [-n SIGNATURES] [MODULE]
//   MODULE: argv, else $TPMVSC_PKCS11_MODULE, else ../pkcs11/libtpmvsc-pkcs11.so next to
//   this binary. TPM: a private swtpm, or the one in $TPMVSC_BENCH_TCTI.
#include "BenchSupport.h"
#include "core/card/CardService.h"
#include "core/card/PublicKeyExport.h"
#include "core/store/CardStore.h"
#include "core/tpm/Tpm.h"
#include "core/util/Error.h"
#include "tests/support/Pkcs11Module.h"
#include "tests/support/Pkcs11TestCase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace tpmvsc;
using namespace tpmvsc::bench;

namespace {

[[noreturn]] void fail(const QString& what)
{
    throw Error(ErrorCode::Internal, what);
}

void check(CK_RV rv, const char* call)
{
    if (rv != CKR_OK)
        fail(QStringLiteral("%1 failed: %2")
                 .arg(QLatin1String(call), QString::fromLatin1(test::ckrName(rv))));
}

// One row of the command table: a call's wall time and TPM commands (mean over `calls`).
struct CallCost {
    const char* what;
    double ms;
    double commands;
};

class Recorder
{
public:
    explicit Recorder(const test::Pkcs11Module& module) : m_module(module) {}
    const CallCost& run(const char* what, int calls, const std::function<void()>& op)
    {
        const auto before = m_module.tpmCommands();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < calls; ++i)
            op();
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6 / calls;
        // No counter export, or after C_Finalize (the count starts again): unknown (-1).
        const auto after = m_module.tpmCommands();
        const double commands = before && after && *after >= *before
                                    ? static_cast<double>(*after - *before) / calls
                                    : -1;
        m_rows.push_back({what, ms, commands});
        return m_rows.back();
    }
    const std::vector<CallCost>& rows() const { return m_rows; }

private:
    const test::Pkcs11Module& m_module;
    std::vector<CallCost> m_rows;
};

CK_OBJECT_HANDLE findPrivateKey(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session,
                                const QByteArray& id)
{
    QList<CK_OBJECT_HANDLE> found;
    check(test::findObjects(p11, session,
                            test::Template().addUlong(CKA_CLASS, CKO_PRIVATE_KEY).add(CKA_ID, id),
                            &found),
          "C_FindObjects");
    if (found.size() != 1)
        fail(QStringLiteral("%1 private keys with CKA_ID %2 (expected 1)")
                 .arg(found.size())
                 .arg(QString::fromLatin1(id.toHex())));
    return found.front();
}

// A key on the card as the bench signs with it: the object, the mechanism, what C_Sign
// gets for the message, and the public key OpenSSL checks the first signature with (so a
// fast but wrong module cannot produce a figure).
struct SigningKey {
    CK_OBJECT_HANDLE object = 0;
    const test::SignCase* how = nullptr;
    QByteArray input;
    test::EvpKey publicKey;
};

QByteArray signOnce(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, const SigningKey& key)
{
    CK_MECHANISM mechanism{key.how->mechanism, nullptr, 0};
    QByteArray signature;
    check(test::sign(p11, session, &mechanism, key.object, key.input, &signature), "C_Sign");
    return signature;
}

// Signatures per second of one key type, each way, for one round.
struct Rates {
    double password = 0;
    double salted = 0;
    double module = 0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void onAlarm(int)
{
    static const char kMsg[] = "bench: the TPM did not answer after C_Finalize: does the "
                               "module still hold the swtpm connection?\n";
    [[maybe_unused]] auto n = ::write(STDERR_FILENO, kMsg, sizeof kMsg - 1);
    ::_exit(2);
}

// The module's part of a round, in one C_Initialize .. C_Finalize: log in, sign
// `signatures` times with each key. `rec` (the first round) also times every call once.
void moduleRound(const test::Pkcs11Module& module, Recorder* rec, int signatures,
                 SigningKey& rsaKey, SigningKey& ecKey, const QByteArray& rsaId,
                 const QByteArray& ecId, Rates* rsa, Rates* ec, QString* label)
{
    CK_FUNCTION_LIST* p11 = module.functions();
    Recorder scratch(module);
    Recorder& r = rec ? *rec : scratch;
    r.run("C_Initialize", 1, [&] { check(p11->C_Initialize(nullptr), "C_Initialize"); });
    CK_ULONG slotCount = 0;
    check(p11->C_GetSlotList(CK_TRUE, nullptr, &slotCount), "C_GetSlotList");
    std::vector<CK_SLOT_ID> slots(slotCount);
    check(p11->C_GetSlotList(CK_TRUE, slots.data(), &slotCount), "C_GetSlotList");
    if (slotCount == 0)
        fail(QStringLiteral("the module shows no token (TPMVSC_HOME=%1)")
                 .arg(qEnvironmentVariable("TPMVSC_HOME")));
    CK_TOKEN_INFO token{};
    check(p11->C_GetTokenInfo(slots[0], &token), "C_GetTokenInfo");
    *label =
        QString::fromUtf8(reinterpret_cast<const char*>(token.label), sizeof token.label).trimmed();
    CK_SESSION_HANDLE session = 0;
    r.run("C_OpenSession", 1, [&] {
        check(p11->C_OpenSession(slots[0], CKF_SERIAL_SESSION, nullptr, nullptr, &session),
              "C_OpenSession");
    });
    r.run("C_Login (CKU_USER)", 1,
          [&] { check(test::login(p11, session, CKU_USER, "12345678"), "C_Login"); });
    r.run("find both private keys by CKA_ID", 1, [&] {
        rsaKey.object = findPrivateKey(p11, session, rsaId);
        ecKey.object = findPrivateKey(p11, session, ecId);
    });
    const QByteArray message("tpmvsc-bench-pkcs11");
    for (SigningKey* key : {&rsaKey, &ecKey}) {
        key->input = test::signInput(*key->how, message);
        QByteArray signature;
        r.run(key == &rsaKey ? "first RSA-2048 sign (CKM_RSA_PKCS)"
                             : "first P-256 sign (CKM_ECDSA)",
              1, [&] { signature = signOnce(p11, session, *key); });
        QString why;
        if (!test::verifies(key->publicKey.get(), *key->how, message, signature, &why))
            fail(why);
    }
    rsa->module = 1000.0 / r.run("RSA-2048 sign, key in use (mean)", signatures, [&] {
                                signOnce(p11, session, rsaKey);
                            }).ms;
    ec->module = 1000.0 / r.run("P-256 sign, key in use (mean)", signatures, [&] {
                               signOnce(p11, session, ecKey);
                           }).ms;
    if (rec) {
        // Calls without a TPM command: what the module costs besides the TPM.
        r.run("C_GetTokenInfo (mean)", signatures,
              [&] { check(p11->C_GetTokenInfo(slots[0], &token), "C_GetTokenInfo"); });
        r.run("C_GetAttributeValue CKA_LABEL (mean)", signatures, [&] {
            QByteArray value;
            check(test::attributeValue(p11, session, rsaKey.object, CKA_LABEL, &value),
                  "C_GetAttributeValue");
        });
    }
    r.run("C_Logout", 1, [&] { check(p11->C_Logout(session), "C_Logout"); });
    r.run("C_CloseSession", 1, [&] { check(p11->C_CloseSession(session), "C_CloseSession"); });
    r.run("C_Finalize", 1, [&] { check(p11->C_Finalize(nullptr), "C_Finalize"); });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PKCS#11 signing rate against raw ESYS"));
    parser.addHelpOption();
    const QCommandLineOption countOption(
        {QStringLiteral("n"), QStringLiteral("signatures")},
        QStringLiteral("Signatures per rate and round (default 100)."), QStringLiteral("N"),
        QStringLiteral("100"));
    const QCommandLineOption roundsOption(
        {QStringLiteral("r"), QStringLiteral("rounds")},
        QStringLiteral("Rounds, raw and module measured in turn (default 5); rates are the "
                       "medians."),
        QStringLiteral("R"), QStringLiteral("5"));
    parser.addOption(countOption);
    parser.addOption(roundsOption);
    parser.addPositionalArgument(QStringLiteral("module"),
                                 QStringLiteral("The PKCS#11 module (default: "
                                                "$TPMVSC_PKCS11_MODULE, else "
                                                "../pkcs11/libtpmvsc-pkcs11.so beside this "
                                                "program)."));
    parser.process(app);
    const int signatures = std::max(1, parser.value(countOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QString modulePath = parser.positionalArguments().value(0);
    if (modulePath.isEmpty())
        modulePath = qEnvironmentVariable("TPMVSC_PKCS11_MODULE");
    if (modulePath.isEmpty())
        modulePath = QCoreApplication::applicationDirPath() +
                     QStringLiteral("/../pkcs11/libtpmvsc-pkcs11.so");

    try {
        const BenchTpm bench; // TPMVSC_TCTI and TPMVSC_HOME now name it, for the module
        const test::Pkcs11Module module(modulePath);
        if (!module.isLoaded())
            fail(module.errorString());
        SigningKey rsaKey, ecKey;
        rsaKey.how = &test::signCase(CKM_RSA_PKCS);
        ecKey.how = &test::signCase(CKM_ECDSA);
        QByteArray rsaId, ecId;
        std::vector<Rates> rsa(rounds), ec(rounds);
        Recorder calls(module);
        QString label;
        for (int round = 0; round < rounds; ++round) {
            {
                // swtpm serves one client at a time: this connection closes before the
                // module opens its own, and raw objects are flushed by then (swtpm holds
                // three loaded objects).
                CardStore store(bench.storeRoot());
                Tpm tpm(TpmOptions{bench.tcti(), false, {}}, QString());
                if (round == 0) {
                    CardService service(tpm, store);
                    const Secret pin = benchPin();
                    const int card = service.create(benchCardOptions());
                    rsaId =
                        service.generateKey(card, pin, KeyAlgorithm::Rsa2048, QStringLiteral("rsa"))
                            .id;
                    ecId =
                        service.generateKey(card, pin, KeyAlgorithm::EccP256, QStringLiteral("ec"))
                            .id;
                    for (const KeyRecord& k : store.load(card).keys)
                        (k.id == rsaId ? rsaKey : ecKey).publicKey =
                            test::evpFromSpki(publicKeyInfo(k.blob.publicArea, false));
                }
                rsa[round].password =
                    rawEsysRate(tpm, KeyAlgorithm::Rsa2048, signatures, RawAuth::Password);
                ec[round].password =
                    rawEsysRate(tpm, KeyAlgorithm::EccP256, signatures, RawAuth::Password);
                rsa[round].salted =
                    rawEsysRate(tpm, KeyAlgorithm::Rsa2048, signatures, RawAuth::SaltedHmac);
                ec[round].salted =
                    rawEsysRate(tpm, KeyAlgorithm::EccP256, signatures, RawAuth::SaltedHmac);
            }
            moduleRound(module, round == 0 ? &calls : nullptr, signatures, rsaKey, ecKey, rsaId,
                        ecId, &rsa[round], &ec[round], &label);
        }

        std::printf("TPM: %s\nmodule: %s\ntoken: \"%s\"\n%d rounds of %d signatures per rate; "
                    "raw ESYS and the module in turn on the same TPM; medians\n\n",
                    qPrintable(bench.tcti()), qPrintable(modulePath), qPrintable(label), rounds,
                    signatures);
        std::printf("| %-31s | %8s | %8s | %6s | %8s | %6s |\n", "signatures per second", "PKCS#11",
                    "raw pw", "ratio", "raw HMAC", "ratio");
        std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(33, '-').c_str(),
                    std::string(10, '-').c_str(), std::string(10, '-').c_str(),
                    std::string(8, '-').c_str(), std::string(10, '-').c_str(),
                    std::string(8, '-').c_str());
        const auto rateRow = [](const char* what, const std::vector<Rates>& r) {
            std::vector<double> m, pw, hmac, toPw, toHmac;
            for (const Rates& x : r) {
                m.push_back(x.module);
                pw.push_back(x.password);
                hmac.push_back(x.salted);
                toPw.push_back(x.module / x.password);
                toHmac.push_back(x.module / x.salted);
            }
            std::printf("| %-31s | %8.0f | %8.0f | %6.2f | %8.0f | %6.2f |\n", what, median(m),
                        median(pw), median(toPw), median(hmac), median(toHmac));
        };
        rateRow("RSA-2048 CKM_RSA_PKCS (SHA-256)", rsa);
        rateRow("P-256 CKM_ECDSA (SHA-256 hash)", ec);
        std::printf("\nPKCS#11: C_SignInit + C_Sign (size query, then sign) in one logged-in "
                    "session.\nraw pw: Esys_Sign, ESYS_TR_PASSWORD; raw HMAC: Esys_Sign in a "
                    "salted HMAC session. Ratios: median of the rounds' ratios.\n\n");

        std::printf("| %-40s | %10s | %8s |\n", "PKCS#11 call (first round)", "wall time",
                    "TPM cmds");
        std::printf("|%s|%s|%s|\n", std::string(42, '-').c_str(), std::string(12, '-').c_str(),
                    std::string(10, '-').c_str());
        for (const CallCost& c : calls.rows()) {
            if (c.commands >= 0)
                std::printf("| %-40s | %7.2f ms | %8.2f |\n", c.what, c.ms, c.commands);
            else
                std::printf("| %-40s | %7.2f ms | %8s |\n", c.what, c.ms, "n/a");
        }
        std::fflush(stdout);

        // After C_Finalize the module must have flushed everything and let the TPM go.
        std::signal(SIGALRM, onAlarm);
        ::alarm(30);
        Tpm tpm(TpmOptions{bench.tcti(), false, {}}, QString());
        const bool clean = tpm.transientHandles().isEmpty() && tpm.loadedSessions().isEmpty();
        ::alarm(0);
        std::printf("\ntransient handles left after C_Finalize: %s\n",
                    clean ? "none" : "SOME (bug)");
        return clean ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench: %s\n", e.what());
        return 1;
    }
}

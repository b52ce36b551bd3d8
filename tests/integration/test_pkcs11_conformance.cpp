// The PKCS#11 module against the PKCS#11 2.40 specification, entry point by entry point:
// return values before C_Initialize, bad arguments, bad handles, the two-call length
// convention, calls out of order, login and PIN rules, mechanism errors; then the
// functional part: every mechanism's signatures verified by OpenSSL, OAEP decryption,
// key generation, certificate objects, object search, cards appearing while loaded.
// Cards are made with CardService on this binary's swtpm; the module is loaded with
// dlopen (Pkcs11Module) and sees the same store and TPM.
//
// Tables of calls collect every deviation of a run (Deviations) instead of stopping at
// the first, so that one failing run names all of them.
#include "core/tpm/TpmObjects.h"
#include "test_enroll_ca.h"
#include "tests/support/Pkcs11TestCase.h"

#include <QTest>

#include <openssl/rsa.h>
#include <tss2/tss2_mu.h>

#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <set>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

constexpr CK_SLOT_ID kBadSlot = 4242;
constexpr CK_ULONG kUnavailable = ~0UL; // CK_UNAVAILABLE_INFORMATION without its C cast
constexpr CK_ATTRIBUTE_TYPE kUnknownAttribute = 0x7ffff00dUL; // defined nowhere
constexpr CK_MECHANISM_TYPE kVendorMechanism = 0x8000abcdUL;
constexpr CK_OBJECT_HANDLE kBogusObject = 0xdeadbeefUL;
const QByteArray kMessage = "The quick brown fox signs with a TPM-backed virtual smart card";

// One entry point called with arguments that are fine but for the one a test is about.
struct Call {
    const char* name;
    std::function<CK_RV()> run;
    // Functions a module may leave out (a stub answering CKR_FUNCTION_NOT_SUPPORTED).
    bool optional = false;
};

// Buffers the calls of a table point into.
struct Scratch {
    CK_BYTE data[64] = {};
    CK_BYTE out[1024] = {};
    CK_ULONG outLen = sizeof out;
    CK_ULONG count = 0;
    CK_SLOT_ID slots[8] = {};
    CK_MECHANISM_TYPE mechanisms[64] = {};
    CK_OBJECT_HANDLE objects[8] = {};
    CK_OBJECT_HANDLE object = 0, object2 = 0;
    CK_SESSION_HANDLE session = 0;
    CK_INFO info;
    CK_SLOT_INFO slotInfo;
    CK_TOKEN_INFO tokenInfo;
    CK_SESSION_INFO sessionInfo;
    CK_MECHANISM_INFO mechanismInfo;
    CK_MECHANISM mechanism{CKM_SHA256_RSA_PKCS, nullptr, 0};
    CK_MECHANISM keyGen{CKM_RSA_PKCS_KEY_PAIR_GEN, nullptr, 0};
    CK_BYTE pin[9] = "12345678";
    CK_BYTE label[32] = {};
    CK_ATTRIBUTE attribute{CKA_LABEL, out, sizeof out};
};

// Every function of the 2.40 list except C_Initialize and C_GetFunctionList, with
// `slot`, `session` and `object` as their handles.
QList<Call> everyFunction(CK_FUNCTION_LIST* f, CK_SLOT_ID slot, CK_SESSION_HANDLE s,
                          CK_OBJECT_HANDLE o)
{
    auto x = std::make_shared<Scratch>();
    CK_BYTE* d = x->data;
    CK_BYTE* out = x->out;
    CK_ULONG* outLen = &x->outLen;
    return {
        {"C_Finalize", [=] { return f->C_Finalize(nullptr); }},
        {"C_GetInfo", [=] { return f->C_GetInfo(&x->info); }},
        {"C_GetSlotList", [=] { return f->C_GetSlotList(CK_TRUE, nullptr, &x->count); }},
        {"C_GetSlotInfo", [=] { return f->C_GetSlotInfo(slot, &x->slotInfo); }},
        {"C_GetTokenInfo", [=] { return f->C_GetTokenInfo(slot, &x->tokenInfo); }},
        {"C_GetMechanismList", [=] { return f->C_GetMechanismList(slot, nullptr, &x->count); }},
        {"C_GetMechanismInfo",
         [=] { return f->C_GetMechanismInfo(slot, CKM_RSA_PKCS, &x->mechanismInfo); }},
        {"C_InitToken", [=] { return f->C_InitToken(slot, x->pin, 8, x->label); }, true},
        {"C_InitPIN", [=] { return f->C_InitPIN(s, x->pin, 8); }},
        {"C_SetPIN", [=] { return f->C_SetPIN(s, x->pin, 8, x->pin, 8); }},
        {"C_OpenSession",
         [=] { return f->C_OpenSession(slot, CKF_SERIAL_SESSION, nullptr, nullptr, &x->session); }},
        {"C_CloseSession", [=] { return f->C_CloseSession(s); }},
        {"C_CloseAllSessions", [=] { return f->C_CloseAllSessions(slot); }},
        {"C_GetSessionInfo", [=] { return f->C_GetSessionInfo(s, &x->sessionInfo); }},
        {"C_GetOperationState", [=] { return f->C_GetOperationState(s, out, outLen); }, true},
        {"C_SetOperationState", [=] { return f->C_SetOperationState(s, d, 16, 0, 0); }, true},
        {"C_Login", [=] { return f->C_Login(s, CKU_USER, x->pin, 8); }},
        {"C_Logout", [=] { return f->C_Logout(s); }},
        {"C_CreateObject", [=] { return f->C_CreateObject(s, &x->attribute, 1, &x->object); }},
        {"C_CopyObject", [=] { return f->C_CopyObject(s, o, &x->attribute, 1, &x->object2); },
         true},
        {"C_DestroyObject", [=] { return f->C_DestroyObject(s, o); }},
        {"C_GetObjectSize", [=] { return f->C_GetObjectSize(s, o, &x->count); }, true},
        {"C_GetAttributeValue", [=] { return f->C_GetAttributeValue(s, o, &x->attribute, 1); }},
        {"C_SetAttributeValue", [=] { return f->C_SetAttributeValue(s, o, &x->attribute, 1); },
         true},
        {"C_FindObjectsInit", [=] { return f->C_FindObjectsInit(s, nullptr, 0); }},
        {"C_FindObjects", [=] { return f->C_FindObjects(s, x->objects, 8, &x->count); }},
        {"C_FindObjectsFinal", [=] { return f->C_FindObjectsFinal(s); }},
        {"C_EncryptInit", [=] { return f->C_EncryptInit(s, &x->mechanism, o); }, true},
        {"C_Encrypt", [=] { return f->C_Encrypt(s, d, 32, out, outLen); }, true},
        {"C_EncryptUpdate", [=] { return f->C_EncryptUpdate(s, d, 32, out, outLen); }, true},
        {"C_EncryptFinal", [=] { return f->C_EncryptFinal(s, out, outLen); }, true},
        {"C_DecryptInit", [=] { return f->C_DecryptInit(s, &x->mechanism, o); }},
        {"C_Decrypt", [=] { return f->C_Decrypt(s, d, 32, out, outLen); }},
        {"C_DecryptUpdate", [=] { return f->C_DecryptUpdate(s, d, 32, out, outLen); }, true},
        {"C_DecryptFinal", [=] { return f->C_DecryptFinal(s, out, outLen); }, true},
        {"C_DigestInit", [=] { return f->C_DigestInit(s, &x->mechanism); }, true},
        {"C_Digest", [=] { return f->C_Digest(s, d, 32, out, outLen); }, true},
        {"C_DigestUpdate", [=] { return f->C_DigestUpdate(s, d, 32); }, true},
        {"C_DigestKey", [=] { return f->C_DigestKey(s, o); }, true},
        {"C_DigestFinal", [=] { return f->C_DigestFinal(s, out, outLen); }, true},
        {"C_SignInit", [=] { return f->C_SignInit(s, &x->mechanism, o); }},
        {"C_Sign", [=] { return f->C_Sign(s, d, 32, out, outLen); }},
        {"C_SignUpdate", [=] { return f->C_SignUpdate(s, d, 32); }},
        {"C_SignFinal", [=] { return f->C_SignFinal(s, out, outLen); }},
        {"C_SignRecoverInit", [=] { return f->C_SignRecoverInit(s, &x->mechanism, o); }, true},
        {"C_SignRecover", [=] { return f->C_SignRecover(s, d, 32, out, outLen); }, true},
        {"C_VerifyInit", [=] { return f->C_VerifyInit(s, &x->mechanism, o); }, true},
        {"C_Verify", [=] { return f->C_Verify(s, d, 32, out, 64); }, true},
        {"C_VerifyUpdate", [=] { return f->C_VerifyUpdate(s, d, 32); }, true},
        {"C_VerifyFinal", [=] { return f->C_VerifyFinal(s, out, 64); }, true},
        {"C_VerifyRecoverInit", [=] { return f->C_VerifyRecoverInit(s, &x->mechanism, o); }, true},
        {"C_VerifyRecover", [=] { return f->C_VerifyRecover(s, out, 64, d, outLen); }, true},
        {"C_DigestEncryptUpdate", [=] { return f->C_DigestEncryptUpdate(s, d, 32, out, outLen); },
         true},
        {"C_DecryptDigestUpdate", [=] { return f->C_DecryptDigestUpdate(s, d, 32, out, outLen); },
         true},
        {"C_SignEncryptUpdate", [=] { return f->C_SignEncryptUpdate(s, d, 32, out, outLen); },
         true},
        {"C_DecryptVerifyUpdate", [=] { return f->C_DecryptVerifyUpdate(s, d, 32, out, outLen); },
         true},
        {"C_GenerateKey",
         [=] { return f->C_GenerateKey(s, &x->keyGen, &x->attribute, 1, &x->object); }, true},
        {"C_GenerateKeyPair",
         [=] {
             return f->C_GenerateKeyPair(s, &x->keyGen, &x->attribute, 1, &x->attribute, 1,
                                         &x->object, &x->object2);
         }},
        {"C_WrapKey", [=] { return f->C_WrapKey(s, &x->mechanism, o, o, out, outLen); }, true},
        {"C_UnwrapKey",
         [=] { return f->C_UnwrapKey(s, &x->mechanism, o, d, 32, &x->attribute, 1, &x->object); },
         true},
        {"C_DeriveKey",
         [=] { return f->C_DeriveKey(s, &x->mechanism, o, &x->attribute, 1, &x->object); }, true},
        {"C_SeedRandom", [=] { return f->C_SeedRandom(s, d, 32); }, true},
        {"C_GenerateRandom", [=] { return f->C_GenerateRandom(s, out, 32); }, true},
        {"C_GetFunctionStatus", [=] { return f->C_GetFunctionStatus(s); }, true},
        {"C_CancelFunction", [=] { return f->C_CancelFunction(s); }, true},
        {"C_WaitForSlotEvent",
         [=] { return f->C_WaitForSlotEvent(CKF_DONT_BLOCK, &x->slots[0], nullptr); }, true},
    };
}

bool takesSession(const char* name)
{
    static const std::set<QByteArray> noSession{
        "C_Finalize",     "C_GetInfo",          "C_GetSlotList",      "C_GetSlotInfo",
        "C_GetTokenInfo", "C_GetMechanismList", "C_GetMechanismInfo", "C_InitToken",
        "C_OpenSession",  "C_CloseAllSessions", "C_WaitForSlotEvent"};
    return !noSession.count(QByteArray(name));
}

bool isLegacyParallel(const char* name)
{
    return !std::strcmp(name, "C_GetFunctionStatus") || !std::strcmp(name, "C_CancelFunction");
}

QByteArray paddedText(const unsigned char* field, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(field), static_cast<qsizetype>(size));
}

// Fixed-size text fields of the info structures are blank padded, not NUL terminated.
void checkPadded(Deviations& dev, const char* what, const unsigned char* field, std::size_t size)
{
    const QByteArray text = paddedText(field, size);
    dev.check(!text.contains('\0'),
              QStringLiteral("%1 contains NUL bytes: %2")
                  .arg(QLatin1String(what), QString::fromLatin1(text.toHex())));
}

bool hasFlag(CK_FLAGS flags, CK_FLAGS flag)
{
    return (flags & flag) == flag;
}

CK_BBOOL boolOf(const QByteArray& value)
{
    return value.size() == 1 ? static_cast<CK_BBOOL>(value[0]) : 0xff;
}

// RSA encryption with OpenSSL (the sender's side of a decryption test).
QByteArray rsaEncrypt(EVP_PKEY* key, const QByteArray& plaintext, int padding,
                      const char* oaepHash = nullptr, const QByteArray& label = QByteArray())
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key, nullptr);
    QByteArray out(1024, '\0');
    size_t outLen = static_cast<size_t>(out.size());
    bool ok =
        ctx && EVP_PKEY_encrypt_init(ctx) > 0 && EVP_PKEY_CTX_set_rsa_padding(ctx, padding) > 0;
    if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
        const EVP_MD* md = EVP_get_digestbyname(oaepHash);
        ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx, md) > 0 && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) > 0;
        if (ok && !label.isEmpty())
            ok = EVP_PKEY_CTX_set0_rsa_oaep_label(
                     ctx, OPENSSL_memdup(label.constData(), static_cast<size_t>(label.size())),
                     static_cast<int>(label.size())) > 0;
    }
    ok = ok && EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char*>(out.data()), &outLen,
                                reinterpret_cast<const unsigned char*>(plaintext.constData()),
                                static_cast<size_t>(plaintext.size())) > 0;
    EVP_PKEY_CTX_free(ctx);
    return ok ? out.left(static_cast<qsizetype>(outLen)) : QByteArray();
}

struct OaepCase {
    const char* name;
    CK_MECHANISM_TYPE hash;
    CK_RSA_PKCS_MGF_TYPE mgf;
    const char* opensslHash;
    QByteArray label;
    int plaintextSize;
};

CK_MECHANISM oaepMechanism(const OaepCase& c, CK_RSA_PKCS_OAEP_PARAMS* params, QByteArray& label)
{
    *params = CK_RSA_PKCS_OAEP_PARAMS{c.hash, c.mgf, CKZ_DATA_SPECIFIED,
                                      label.isEmpty() ? nullptr : label.data(), ckLen(label)};
    return CK_MECHANISM{CKM_RSA_PKCS_OAEP, params, sizeof *params};
}

QString hexOf(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

} // namespace

class TestPkcs11Conformance : public Pkcs11TestCase
{
    Q_OBJECT

    // A card with an RSA-2048 and a P-256 key, the module initialized, a read-write
    // session; logged in as user when `loggedIn`.
    struct Setup {
        TestCard card;
        CK_SESSION_HANDLE session = 0;
        CK_OBJECT_HANDLE rsaPrivate = 0, rsaPublic = 0, ecPrivate = 0, ecPublic = 0;
    };
    bool setUp(Setup* s, bool loggedIn = true,
               const QList<KeyAlgorithm>& algorithms = {KeyAlgorithm::Rsa2048,
                                                        KeyAlgorithm::EccP256})
    {
        s->card = createCard(algorithms);
        [&] {
            P11_OK(initialize());
            P11_OK(openSession(s->card.instance, &s->session));
            if (loggedIn) {
                P11_OK(login(p11(), s->session, CKU_USER, kPin));
                P11_OK(findKeyObject(s->session, CKO_PRIVATE_KEY, s->card.key(algorithms[0]).id,
                                     &s->rsaPrivate));
                if (algorithms.size() > 1)
                    P11_OK(findKeyObject(s->session, CKO_PRIVATE_KEY, s->card.key(algorithms[1]).id,
                                         &s->ecPrivate));
            }
            P11_OK(findKeyObject(s->session, CKO_PUBLIC_KEY, s->card.key(algorithms[0]).id,
                                 &s->rsaPublic));
            if (algorithms.size() > 1)
                P11_OK(findKeyObject(s->session, CKO_PUBLIC_KEY, s->card.key(algorithms[1]).id,
                                     &s->ecPublic));
        }();
        return !QTest::currentTestFailed();
    }

    CK_SESSION_HANDLE newSession(CK_SLOT_ID slot, bool rw = true)
    {
        CK_SESSION_HANDLE s = 0;
        const CK_RV rv = openSession(slot, &s, rw);
        if (rv != CKR_OK)
            qWarning("C_OpenSession: %s", ckrName(rv).constData());
        return s;
    }

    CK_RV sessionState(CK_SESSION_HANDLE session, CK_STATE* state)
    {
        CK_SESSION_INFO info;
        const CK_RV rv = p11()->C_GetSessionInfo(session, &info);
        *state = rv == CKR_OK ? info.state : ~0UL;
        return rv;
    }

    QByteArray certificateFor(const TestCard& card, KeyAlgorithm alg, QByteArray* subject)
    {
        TestCa ca;
        const QByteArray der = ca.issue(
            m_env->service.exportPublicKey(card.instance, card.key(alg).id, false), CertSpec());
        Ossl<X509> x = x509From(der);
        unsigned char* name = nullptr;
        const int size = i2d_X509_NAME(X509_get_subject_name(x.get()), &name);
        *subject = QByteArray(reinterpret_cast<const char*>(name), size);
        OPENSSL_free(name);
        return der;
    }

private Q_SLOTS:
    // --- Library and initialization -------------------------------------------------

    void functionListIsComplete()
    {
        P11_RV(m_module->getFunctionList()(nullptr), CKR_ARGUMENTS_BAD);
        CK_FUNCTION_LIST* list = nullptr;
        P11_OK(m_module->getFunctionList()(&list));
        QCOMPARE(list, p11());
        QCOMPARE(int(list->version.major), 2);
        QCOMPARE(int(list->version.minor), 40);
        // Every slot of the list holds a function (stubs included), as the spec asks.
        const auto* first = reinterpret_cast<const unsigned char*>(&list->C_Initialize);
        const auto* end = reinterpret_cast<const unsigned char*>(list) + sizeof *list;
        int index = 0;
        for (const unsigned char* p = first; p + sizeof(void*) <= end; p += sizeof(void*)) {
            void* fn = nullptr;
            std::memcpy(&fn, p, sizeof fn);
            QVERIFY2(fn != nullptr, qPrintable(QStringLiteral("function %1 is NULL").arg(index)));
            ++index;
        }
        QCOMPARE(index, 68);
    }

    void everyFunctionBeforeInitialize()
    {
        const TestCard card = createCard({});
        m_env->tpm.reset();
        Deviations dev;
        for (const Call& c : everyFunction(p11(), card.instance, 1, 1)) {
            const CK_RV rv = c.run();
            if (isLegacyParallel(c.name))
                dev.rvIn(QLatin1String(c.name), rv,
                         {CKR_CRYPTOKI_NOT_INITIALIZED, CKR_FUNCTION_NOT_PARALLEL});
            else if (c.optional)
                dev.rvIn(QLatin1String(c.name), rv,
                         {CKR_CRYPTOKI_NOT_INITIALIZED, CKR_FUNCTION_NOT_SUPPORTED});
            else
                dev.rv(QLatin1String(c.name), rv, CKR_CRYPTOKI_NOT_INITIALIZED);
        }
        P11_NO_DEVIATIONS(dev);
    }

    void initializeArguments()
    {
        createCard({});
        m_env->tpm.reset();
        Deviations dev;
        auto createMutex = [](void** mutex) -> CK_RV {
            *mutex = new std::mutex;
            return CKR_OK;
        };
        auto destroyMutex = [](void* mutex) -> CK_RV {
            delete static_cast<std::mutex*>(mutex);
            return CKR_OK;
        };
        auto lockMutex = [](void* mutex) -> CK_RV {
            static_cast<std::mutex*>(mutex)->lock();
            return CKR_OK;
        };
        auto unlockMutex = [](void* mutex) -> CK_RV {
            static_cast<std::mutex*>(mutex)->unlock();
            return CKR_OK;
        };
        const CK_C_INITIALIZE_ARGS none{nullptr, nullptr, nullptr, nullptr, 0, nullptr};
        const CK_C_INITIALIZE_ARGS callbacks{createMutex, destroyMutex, lockMutex, unlockMutex,
                                             0,           nullptr};
        auto with = [](CK_C_INITIALIZE_ARGS a, auto change) {
            change(a);
            return a;
        };
        struct Row {
            const char* name;
            CK_C_INITIALIZE_ARGS args;
            CK_RV expected;
        };
        int reservedDummy = 0;
        const Row rows[] = {
            {"pReserved non-NULL", with(none, [&](auto& a) { a.pReserved = &reservedDummy; }),
             CKR_ARGUMENTS_BAD},
            {"mutex callbacks without CKF_OS_LOCKING_OK", callbacks, CKR_CANT_LOCK},
            {"only some mutex callbacks", with(none, [&](auto& a) { a.CreateMutex = createMutex; }),
             CKR_ARGUMENTS_BAD},
            {"only some mutex callbacks with CKF_OS_LOCKING_OK",
             with(none,
                  [&](auto& a) {
                      a.LockMutex = lockMutex;
                      a.flags = CKF_OS_LOCKING_OK;
                  }),
             CKR_ARGUMENTS_BAD},
        };
        for (const Row& r : rows) {
            CK_C_INITIALIZE_ARGS args = r.args;
            const CK_RV rv = initialize(&args);
            dev.rv(QStringLiteral("C_Initialize(%1)").arg(QLatin1String(r.name)), rv, r.expected);
            if (rv == CKR_OK)
                finalize();
        }
        // Accepted forms: NULL, all NULL with no flags, OS locking, callbacks with OS locking.
        struct Good {
            const char* name;
            CK_C_INITIALIZE_ARGS args;
            bool null;
        };
        const Good good[] = {
            {"NULL", none, true},
            {"no callbacks, no flags", none, false},
            {"CKF_OS_LOCKING_OK", with(none, [](auto& a) { a.flags = CKF_OS_LOCKING_OK; }), false},
            {"callbacks + CKF_OS_LOCKING_OK",
             with(callbacks, [](auto& a) { a.flags = CKF_OS_LOCKING_OK; }), false},
        };
        for (const Good& g : good) {
            CK_C_INITIALIZE_ARGS args = g.args;
            const QString name = QStringLiteral("C_Initialize(%1)").arg(QLatin1String(g.name));
            const CK_RV rv = initialize(g.null ? nullptr : &args);
            dev.rv(name, rv, CKR_OK);
            if (rv != CKR_OK)
                continue;
            CK_ULONG count = 0;
            dev.rv(name + QStringLiteral(" then C_GetSlotList"),
                   p11()->C_GetSlotList(CK_TRUE, nullptr, &count), CKR_OK);
            dev.rv(name + QStringLiteral(" twice"), initialize(g.null ? nullptr : &args),
                   CKR_CRYPTOKI_ALREADY_INITIALIZED);
            int dummy = 0;
            dev.rv(QStringLiteral("C_Finalize(non-NULL)"), p11()->C_Finalize(&dummy),
                   CKR_ARGUMENTS_BAD);
            dev.rv(QStringLiteral("C_Finalize(NULL) after ") + name, finalize(), CKR_OK);
            dev.rv(QStringLiteral("C_Finalize(NULL) twice"), p11()->C_Finalize(nullptr),
                   CKR_CRYPTOKI_NOT_INITIALIZED);
        }
        P11_NO_DEVIATIONS(dev);
    }

    void infoStructures()
    {
        CreateOptions options = basicCardOptions(QStringLiteral("Info Card"));
        options.puk = Secret::fromText(QLatin1String(kPuk));
        options.pinPolicy.minLen = 10;
        options.pinPolicy.maxLen = 20;
        options.pin = Secret::fromText(QStringLiteral("1234567890"));
        const TestCard card = createCard({}, options);
        P11_OK(initialize());
        Deviations dev;

        CK_INFO info;
        P11_OK(p11()->C_GetInfo(&info));
        dev.check(info.cryptokiVersion.major == 2 && info.cryptokiVersion.minor == 40,
                  QStringLiteral("cryptokiVersion %1.%2")
                      .arg(info.cryptokiVersion.major)
                      .arg(info.cryptokiVersion.minor));
        dev.check(info.flags == 0, QStringLiteral("CK_INFO.flags must be 0"));
        checkPadded(dev, "CK_INFO.manufacturerID", info.manufacturerID, 32);
        checkPadded(dev, "CK_INFO.libraryDescription", info.libraryDescription, 32);

        CK_SLOT_INFO slot;
        P11_OK(p11()->C_GetSlotInfo(card.instance, &slot));
        dev.check(hasFlag(slot.flags, CKF_TOKEN_PRESENT), QStringLiteral("no CKF_TOKEN_PRESENT"));
        checkPadded(dev, "CK_SLOT_INFO.slotDescription", slot.slotDescription, 64);
        checkPadded(dev, "CK_SLOT_INFO.manufacturerID", slot.manufacturerID, 32);

        CK_TOKEN_INFO token;
        P11_OK(p11()->C_GetTokenInfo(card.instance, &token));
        checkPadded(dev, "CK_TOKEN_INFO.label", token.label, 32);
        checkPadded(dev, "CK_TOKEN_INFO.manufacturerID", token.manufacturerID, 32);
        checkPadded(dev, "CK_TOKEN_INFO.model", token.model, 16);
        checkPadded(dev, "CK_TOKEN_INFO.serialNumber", token.serialNumber, 16);
        dev.check(paddedText(token.label, 32).startsWith("Info Card"),
                  QStringLiteral("token label '%1' is not the card name")
                      .arg(QString::fromUtf8(paddedText(token.label, 32))));
        for (CK_FLAGS f : {CKF_LOGIN_REQUIRED, CKF_USER_PIN_INITIALIZED, CKF_TOKEN_INITIALIZED})
            dev.check(hasFlag(token.flags, f),
                      QStringLiteral("token flag 0x%1 missing").arg(f, 0, 16));
        for (CK_FLAGS f : {CKF_USER_PIN_COUNT_LOW, CKF_USER_PIN_FINAL_TRY, CKF_USER_PIN_LOCKED,
                           CKF_WRITE_PROTECTED})
            dev.check(!hasFlag(token.flags, f),
                      QStringLiteral("fresh token has flag 0x%1").arg(f, 0, 16));
        dev.check(token.ulMinPinLen == 10 && token.ulMaxPinLen == 20,
                  QStringLiteral("PIN length %1..%2, card policy 10..20")
                      .arg(token.ulMinPinLen)
                      .arg(token.ulMaxPinLen));
        P11_NO_DEVIATIONS(dev);
    }

    // --- Arguments and handles ------------------------------------------------------

    void nullOutputPointers()
    {
        Setup s;
        QVERIFY(setUp(&s));
        const TestCard other = createCard({});
        const CK_SESSION_HANDLE publicSession = newSession(other.instance);
        CK_RV rv = CKR_OK;
        CK_ULONG count = 0;
        CK_BYTE buf[512] = {};
        CK_BYTE pin[] = "12345678";
        CK_OBJECT_HANDLE h1 = 0, h2 = 0;
        CK_MECHANISM sha256Rsa{CKM_SHA256_RSA_PKCS, nullptr, 0};
        CK_MECHANISM keyGen{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
        QByteArray p256 = ecParamsP256();
        Template pub = Template().add(CKA_EC_PARAMS, p256).addBool(CKA_TOKEN, true);
        Template priv = Template().addBool(CKA_TOKEN, true).addBool(CKA_PRIVATE, true);
        Template cert = Template().addUlong(CKA_CLASS, CKO_CERTIFICATE);
        CK_ATTRIBUTE* pubT = pub.data();
        CK_ATTRIBUTE* privT = priv.data();
        auto signInit = [&](CK_SESSION_HANDLE x) {
            return p11()->C_SignInit(x, &sha256Rsa, s.rsaPrivate);
        };
        // Each row runs in a session of its own, so a row's half-done operation cannot
        // decide the next one's return value.
        const QList<std::pair<const char*, std::function<CK_RV(CK_SESSION_HANDLE)>>> rows{
            {"C_GetInfo(NULL)", [&](auto) { return p11()->C_GetInfo(nullptr); }},
            {"C_GetSlotList(pulCount NULL)",
             [&](auto) { return p11()->C_GetSlotList(CK_TRUE, nullptr, nullptr); }},
            {"C_GetSlotInfo(NULL)",
             [&](auto) { return p11()->C_GetSlotInfo(s.card.instance, nullptr); }},
            {"C_GetTokenInfo(NULL)",
             [&](auto) { return p11()->C_GetTokenInfo(s.card.instance, nullptr); }},
            {"C_GetMechanismList(pulCount NULL)",
             [&](auto) { return p11()->C_GetMechanismList(s.card.instance, nullptr, nullptr); }},
            {"C_GetMechanismInfo(NULL)",
             [&](auto) {
                 return p11()->C_GetMechanismInfo(s.card.instance, CKM_RSA_PKCS, nullptr);
             }},
            {"C_OpenSession(phSession NULL)",
             [&](auto) {
                 return p11()->C_OpenSession(s.card.instance, CKF_SERIAL_SESSION, nullptr, nullptr,
                                             nullptr);
             }},
            {"C_GetSessionInfo(NULL)", [&](auto x) { return p11()->C_GetSessionInfo(x, nullptr); }},
            {"C_Login(pPin NULL)",
             [&](auto) { return p11()->C_Login(publicSession, CKU_USER, nullptr, 8); }},
            {"C_SetPIN(pOldPin NULL)",
             [&](auto) { return p11()->C_SetPIN(publicSession, nullptr, 8, pin, 8); }},
            {"C_SetPIN(pNewPin NULL)",
             [&](auto) { return p11()->C_SetPIN(publicSession, pin, 8, nullptr, 8); }},
            {"C_FindObjectsInit(pTemplate NULL, 1)",
             [&](auto x) { return p11()->C_FindObjectsInit(x, nullptr, 1); }},
            {"C_FindObjects(phObject NULL)",
             [&](auto x) {
                 p11()->C_FindObjectsInit(x, nullptr, 0);
                 return p11()->C_FindObjects(x, nullptr, 1, &count);
             }},
            {"C_FindObjects(pulObjectCount NULL)",
             [&](auto x) {
                 p11()->C_FindObjectsInit(x, nullptr, 0);
                 return p11()->C_FindObjects(x, &h1, 1, nullptr);
             }},
            {"C_GetAttributeValue(pTemplate NULL)",
             [&](auto x) { return p11()->C_GetAttributeValue(x, s.rsaPublic, nullptr, 1); }},
            {"C_SignInit(pMechanism NULL)",
             [&](auto x) { return p11()->C_SignInit(x, nullptr, s.rsaPrivate); }},
            {"C_Sign(pulSignatureLen NULL)",
             [&](auto x) {
                 signInit(x);
                 return p11()->C_Sign(x, buf, 32, buf, nullptr);
             }},
            {"C_Sign(pData NULL, 32)",
             [&](auto x) {
                 signInit(x);
                 count = sizeof buf;
                 return p11()->C_Sign(x, nullptr, 32, buf, &count);
             }},
            {"C_SignUpdate(pPart NULL, 32)",
             [&](auto x) {
                 signInit(x);
                 return p11()->C_SignUpdate(x, nullptr, 32);
             }},
            {"C_SignFinal(pulSignatureLen NULL)",
             [&](auto x) {
                 signInit(x);
                 p11()->C_SignUpdate(x, buf, 32);
                 return p11()->C_SignFinal(x, buf, nullptr);
             }},
            {"C_DecryptInit(pMechanism NULL)",
             [&](auto x) { return p11()->C_DecryptInit(x, nullptr, s.rsaPrivate); }},
            {"C_GenerateKeyPair(pMechanism NULL)",
             [&](auto x) {
                 return p11()->C_GenerateKeyPair(x, nullptr, pubT, pub.size(), privT, priv.size(),
                                                 &h1, &h2);
             }},
            {"C_GenerateKeyPair(phPublicKey NULL)",
             [&](auto x) {
                 return p11()->C_GenerateKeyPair(x, &keyGen, pubT, pub.size(), privT, priv.size(),
                                                 nullptr, &h2);
             }},
            {"C_GenerateKeyPair(phPrivateKey NULL)",
             [&](auto x) {
                 return p11()->C_GenerateKeyPair(x, &keyGen, pubT, pub.size(), privT, priv.size(),
                                                 &h1, nullptr);
             }},
            {"C_GenerateKeyPair(pPublicKeyTemplate NULL, 2)",
             [&](auto x) {
                 return p11()->C_GenerateKeyPair(x, &keyGen, nullptr, 2, privT, priv.size(), &h1,
                                                 &h2);
             }},
            {"C_CreateObject(pTemplate NULL, 1)",
             [&](auto x) { return p11()->C_CreateObject(x, nullptr, 1, &h1); }},
            {"C_CreateObject(phObject NULL)",
             [&](auto x) { return p11()->C_CreateObject(x, cert.data(), cert.size(), nullptr); }},
        };
        Deviations dev;
        const int keysBefore = int(m_env->service.keys(s.card.instance).size());
        for (const auto& [name, call] : rows) {
            const CK_SESSION_HANDLE x = newSession(s.card.instance);
            rv = call(x);
            dev.rv(QLatin1String(name), rv, CKR_ARGUMENTS_BAD);
            p11()->C_FindObjectsFinal(x);
            p11()->C_CloseSession(x);
        }
        // Optional functions: a stub may say CKR_FUNCTION_NOT_SUPPORTED instead.
        dev.rvIn(QStringLiteral("C_GenerateRandom(pRandomData NULL)"),
                 p11()->C_GenerateRandom(s.session, nullptr, 16),
                 {CKR_ARGUMENTS_BAD, CKR_FUNCTION_NOT_SUPPORTED});
        dev.rvIn(QStringLiteral("C_WaitForSlotEvent(pSlot NULL)"),
                 p11()->C_WaitForSlotEvent(CKF_DONT_BLOCK, nullptr, nullptr),
                 {CKR_ARGUMENTS_BAD, CKR_FUNCTION_NOT_SUPPORTED});
        dev.check(m_env->service.keys(s.card.instance).size() == keysBefore,
                  QStringLiteral("a refused C_GenerateKeyPair left a key on the card"));
        P11_NO_DEVIATIONS(dev);
    }

    void badSlotIds()
    {
        createCard({});
        P11_OK(initialize());
        Deviations dev;
        for (CK_SLOT_ID bad : {kBadSlot, CK_SLOT_ID(~0UL)}) {
            for (const Call& c : everyFunction(p11(), bad, 0, 0)) {
                if (takesSession(c.name) || !std::strcmp(c.name, "C_Finalize") ||
                    !std::strcmp(c.name, "C_GetInfo") || !std::strcmp(c.name, "C_GetSlotList") ||
                    !std::strcmp(c.name, "C_WaitForSlotEvent"))
                    continue;
                const QString name =
                    QStringLiteral("%1(slot %2)").arg(QLatin1String(c.name)).arg(bad);
                if (c.optional)
                    dev.rvIn(name, c.run(), {CKR_SLOT_ID_INVALID, CKR_FUNCTION_NOT_SUPPORTED});
                else
                    dev.rv(name, c.run(), CKR_SLOT_ID_INVALID);
            }
        }
        P11_NO_DEVIATIONS(dev);
    }

    void badSessionHandles()
    {
        Setup s;
        QVERIFY(setUp(&s));
        const CK_SESSION_HANDLE closed = newSession(s.card.instance);
        P11_OK(p11()->C_CloseSession(closed));
        Deviations dev;
        for (CK_SESSION_HANDLE bad :
             {CK_SESSION_HANDLE(CK_INVALID_HANDLE), closed, CK_SESSION_HANDLE(0xdeadbeefUL)}) {
            for (const Call& c : everyFunction(p11(), s.card.instance, bad, s.rsaPrivate)) {
                if (!takesSession(c.name))
                    continue;
                const QString name =
                    QStringLiteral("%1(session 0x%2)").arg(QLatin1String(c.name)).arg(bad, 0, 16);
                if (isLegacyParallel(c.name))
                    dev.rvIn(name, c.run(),
                             {CKR_SESSION_HANDLE_INVALID, CKR_FUNCTION_NOT_PARALLEL});
                else if (c.optional)
                    dev.rvIn(name, c.run(),
                             {CKR_SESSION_HANDLE_INVALID, CKR_FUNCTION_NOT_SUPPORTED});
                else
                    dev.rv(name, c.run(), CKR_SESSION_HANDLE_INVALID);
            }
        }
        // The good session still works after all that.
        CK_STATE state = 0;
        P11_OK(sessionState(s.session, &state));
        QCOMPARE(state, CKS_RW_USER_FUNCTIONS);
        P11_NO_DEVIATIONS(dev);
    }

    void badObjectHandles()
    {
        Setup s;
        QVERIFY(setUp(&s));
        Deviations dev;
        CK_MECHANISM sha256Rsa{CKM_SHA256_RSA_PKCS, nullptr, 0};
        CK_BYTE label[16] = {};
        CK_ATTRIBUTE attribute{CKA_LABEL, label, sizeof label};
        CK_ULONG size = 0;
        CK_OBJECT_HANDLE copy = 0;
        for (CK_OBJECT_HANDLE bad : {CK_OBJECT_HANDLE(CK_INVALID_HANDLE), kBogusObject}) {
            const QString h = QStringLiteral("(object 0x%1)").arg(bad, 0, 16);
            dev.rv(QStringLiteral("C_GetAttributeValue") + h,
                   p11()->C_GetAttributeValue(s.session, bad, &attribute, 1),
                   CKR_OBJECT_HANDLE_INVALID);
            dev.rv(QStringLiteral("C_DestroyObject") + h, p11()->C_DestroyObject(s.session, bad),
                   CKR_OBJECT_HANDLE_INVALID);
            dev.rvIn(QStringLiteral("C_GetObjectSize") + h,
                     p11()->C_GetObjectSize(s.session, bad, &size),
                     {CKR_OBJECT_HANDLE_INVALID, CKR_FUNCTION_NOT_SUPPORTED});
            dev.rvIn(QStringLiteral("C_SetAttributeValue") + h,
                     p11()->C_SetAttributeValue(s.session, bad, &attribute, 1),
                     {CKR_OBJECT_HANDLE_INVALID, CKR_FUNCTION_NOT_SUPPORTED});
            dev.rvIn(QStringLiteral("C_CopyObject") + h,
                     p11()->C_CopyObject(s.session, bad, &attribute, 1, &copy),
                     {CKR_OBJECT_HANDLE_INVALID, CKR_FUNCTION_NOT_SUPPORTED});
            dev.rv(QStringLiteral("C_SignInit") + h, p11()->C_SignInit(s.session, &sha256Rsa, bad),
                   CKR_KEY_HANDLE_INVALID);
            CK_RSA_PKCS_OAEP_PARAMS oaep{CKM_SHA256, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr,
                                         0};
            CK_MECHANISM oaepMech{CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep};
            dev.rv(QStringLiteral("C_DecryptInit") + h,
                   p11()->C_DecryptInit(s.session, &oaepMech, bad), CKR_KEY_HANDLE_INVALID);
        }
        P11_NO_DEVIATIONS(dev);
    }

    // --- Two-call length convention -------------------------------------------------

    void slotListLengthConvention()
    {
        const TestCard a = createCard({});
        const TestCard b = createCard({});
        P11_OK(initialize());
        for (CK_BBOOL present : {CK_TRUE, CK_FALSE}) {
            CK_ULONG count = 0;
            P11_OK(p11()->C_GetSlotList(present, nullptr, &count));
            QCOMPARE(count, 2UL);
            CK_SLOT_ID slots[4] = {99, 99, 99, 99};
            count = 1;
            P11_RV(p11()->C_GetSlotList(present, slots, &count), CKR_BUFFER_TOO_SMALL);
            QCOMPARE(count, 2UL);
            count = 0;
            P11_RV(p11()->C_GetSlotList(present, slots, &count), CKR_BUFFER_TOO_SMALL);
            QCOMPARE(count, 2UL);
            count = 4;
            P11_OK(p11()->C_GetSlotList(present, slots, &count));
            QCOMPARE(count, 2UL);
            QCOMPARE((std::set<CK_SLOT_ID>{slots[0], slots[1]}),
                     (std::set<CK_SLOT_ID>{CK_SLOT_ID(a.instance), CK_SLOT_ID(b.instance)}));
        }
    }

    void mechanismListAndInfo()
    {
        const TestCard card = createCard({});
        P11_OK(initialize());
        CK_ULONG count = 0;
        P11_OK(p11()->C_GetMechanismList(card.instance, nullptr, &count));
        QVERIFY2(count >= 14, qPrintable(QString::number(count)));
        std::vector<CK_MECHANISM_TYPE> list(count + 4, 0);
        CK_ULONG small = count - 1;
        P11_RV(p11()->C_GetMechanismList(card.instance, list.data(), &small), CKR_BUFFER_TOO_SMALL);
        QCOMPARE(small, count);
        CK_ULONG size = static_cast<CK_ULONG>(list.size());
        P11_OK(p11()->C_GetMechanismList(card.instance, list.data(), &size));
        QCOMPARE(size, count);
        list.resize(size);

        struct Expected {
            CK_MECHANISM_TYPE type;
            CK_FLAGS flags;
            bool rsa;
        };
        const Expected expected[] = {
            {CKM_RSA_PKCS, CKF_SIGN, true},
            {CKM_RSA_PKCS_PSS, CKF_SIGN, true},
            {CKM_SHA256_RSA_PKCS, CKF_SIGN, true},
            {CKM_SHA384_RSA_PKCS, CKF_SIGN, true},
            {CKM_SHA512_RSA_PKCS, CKF_SIGN, true},
            {CKM_SHA256_RSA_PKCS_PSS, CKF_SIGN, true},
            {CKM_SHA384_RSA_PKCS_PSS, CKF_SIGN, true},
            {CKM_SHA512_RSA_PKCS_PSS, CKF_SIGN, true},
            {CKM_RSA_PKCS_OAEP, CKF_DECRYPT, true},
            {CKM_ECDSA, CKF_SIGN, false},
            {CKM_ECDSA_SHA256, CKF_SIGN, false},
            {CKM_ECDSA_SHA384, CKF_SIGN, false},
            {CKM_RSA_PKCS_KEY_PAIR_GEN, CKF_GENERATE_KEY_PAIR, true},
            {CKM_EC_KEY_PAIR_GEN, CKF_GENERATE_KEY_PAIR, false},
        };
        Deviations dev;
        for (const Expected& e : expected) {
            const QString name = QStringLiteral("mechanism 0x%1").arg(e.type, 0, 16);
            dev.check(std::find(list.begin(), list.end(), e.type) != list.end(),
                      name + QStringLiteral(" not in C_GetMechanismList"));
            CK_MECHANISM_INFO info;
            const CK_RV rv = p11()->C_GetMechanismInfo(card.instance, e.type, &info);
            dev.rv(QStringLiteral("C_GetMechanismInfo ") + name, rv, CKR_OK);
            if (rv != CKR_OK)
                continue;
            dev.check(hasFlag(info.flags, e.flags), name + QStringLiteral(" flags 0x%1 lack 0x%2")
                                                               .arg(info.flags, 0, 16)
                                                               .arg(e.flags, 0, 16));
            // Key sizes in bits (RSA modulus, EC field): the cards' 2048/3072, P-256/P-384.
            const CK_ULONG lo = e.rsa ? 2048 : 256, hi = e.rsa ? 3072 : 384;
            dev.check(info.ulMinKeySize <= lo && info.ulMaxKeySize >= hi,
                      name + QStringLiteral(" key sizes %1..%2 do not cover %3..%4")
                                 .arg(info.ulMinKeySize)
                                 .arg(info.ulMaxKeySize)
                                 .arg(lo)
                                 .arg(hi));
        }
        // What the list names, C_GetMechanismInfo knows.
        for (CK_MECHANISM_TYPE m : list) {
            CK_MECHANISM_INFO info;
            dev.rv(QStringLiteral("C_GetMechanismInfo(listed 0x%1)").arg(m, 0, 16),
                   p11()->C_GetMechanismInfo(card.instance, m, &info), CKR_OK);
        }
        for (CK_MECHANISM_TYPE m : {CK_MECHANISM_TYPE(CKM_MD5_RSA_PKCS), kVendorMechanism}) {
            CK_MECHANISM_INFO info;
            dev.rv(QStringLiteral("C_GetMechanismInfo(unknown 0x%1)").arg(m, 0, 16),
                   p11()->C_GetMechanismInfo(card.instance, m, &info), CKR_MECHANISM_INVALID);
        }
        P11_NO_DEVIATIONS(dev);
    }

    void attributeValueConvention()
    {
        Setup s;
        QVERIFY(setUp(&s));
        Deviations dev;
        // NULL pValue: the length, CKR_OK.
        CK_ATTRIBUTE modulus{CKA_MODULUS, nullptr, 0};
        P11_OK(p11()->C_GetAttributeValue(s.session, s.rsaPublic, &modulus, 1));
        QCOMPARE(modulus.ulValueLen, 256UL);
        // Too small: CKR_BUFFER_TOO_SMALL, ulValueLen CK_UNAVAILABLE_INFORMATION (2.40).
        CK_BYTE small[10];
        modulus = CK_ATTRIBUTE{CKA_MODULUS, small, sizeof small};
        P11_RV(p11()->C_GetAttributeValue(s.session, s.rsaPublic, &modulus, 1),
               CKR_BUFFER_TOO_SMALL);
        QCOMPARE(modulus.ulValueLen, kUnavailable);
        // Unknown attribute type.
        CK_BYTE buf[512];
        CK_ATTRIBUTE unknown{kUnknownAttribute, buf, sizeof buf};
        P11_RV(p11()->C_GetAttributeValue(s.session, s.rsaPublic, &unknown, 1),
               CKR_ATTRIBUTE_TYPE_INVALID);
        QCOMPARE(unknown.ulValueLen, kUnavailable);
        // Sensitive parts of private keys: with and without a buffer.
        const std::pair<CK_OBJECT_HANDLE, CK_ATTRIBUTE_TYPE> sensitive[] = {
            {s.rsaPrivate, CKA_PRIVATE_EXPONENT},
            {s.rsaPrivate, CKA_PRIME_1},
            {s.rsaPrivate, CKA_PRIME_2},
            {s.rsaPrivate, CKA_EXPONENT_1},
            {s.rsaPrivate, CKA_EXPONENT_2},
            {s.rsaPrivate, CKA_COEFFICIENT},
            {s.ecPrivate, CKA_VALUE},
        };
        for (const auto& [object, type] : sensitive) {
            for (bool withBuffer : {false, true}) {
                CK_ATTRIBUTE a{type, withBuffer ? buf : nullptr, withBuffer ? sizeof buf : 0};
                const QString name = QStringLiteral("C_GetAttributeValue(private key, 0x%1, %2)")
                                         .arg(type, 0, 16)
                                         .arg(QLatin1String(withBuffer ? "buffer" : "NULL"));
                dev.rv(name, p11()->C_GetAttributeValue(s.session, object, &a, 1),
                       CKR_ATTRIBUTE_SENSITIVE);
                dev.check(a.ulValueLen == kUnavailable,
                          name + QStringLiteral(": ulValueLen %1").arg(a.ulValueLen));
            }
        }
        // All at once: every attribute is answered; the return value is one of the errors.
        CK_OBJECT_CLASS cls = 0;
        CK_BYTE tiny[4];
        CK_ATTRIBUTE mixed[] = {
            {CKA_CLASS, &cls, sizeof cls},
            {CKA_PRIVATE_EXPONENT, buf, sizeof buf},
            {kUnknownAttribute, buf, sizeof buf},
            {CKA_MODULUS, tiny, sizeof tiny},
            {CKA_ID, nullptr, 0},
        };
        P11_RV_IN(p11()->C_GetAttributeValue(s.session, s.rsaPrivate, mixed, 5),
                  CKR_ATTRIBUTE_SENSITIVE, CKR_ATTRIBUTE_TYPE_INVALID, CKR_BUFFER_TOO_SMALL);
        dev.check(cls == CKO_PRIVATE_KEY && mixed[0].ulValueLen == sizeof cls,
                  QStringLiteral("mixed template: CKA_CLASS not filled in"));
        for (int i : {1, 2, 3})
            dev.check(mixed[i].ulValueLen == kUnavailable,
                      QStringLiteral("mixed template: attribute %1 ulValueLen %2")
                          .arg(i)
                          .arg(mixed[i].ulValueLen));
        dev.check(mixed[4].ulValueLen == 20,
                  QStringLiteral("mixed template: CKA_ID length %1, 20 expected")
                      .arg(mixed[4].ulValueLen));
        P11_NO_DEVIATIONS(dev);
    }

    void keyObjectAttributes()
    {
        Setup s;
        QVERIFY(setUp(&s));
        Deviations dev;
        struct Row {
            const char* object;
            CK_OBJECT_HANDLE handle;
            KeyAlgorithm alg;
            CK_OBJECT_CLASS cls;
        };
        const Row rows[] = {
            {"RSA private", s.rsaPrivate, KeyAlgorithm::Rsa2048, CKO_PRIVATE_KEY},
            {"RSA public", s.rsaPublic, KeyAlgorithm::Rsa2048, CKO_PUBLIC_KEY},
            {"EC private", s.ecPrivate, KeyAlgorithm::EccP256, CKO_PRIVATE_KEY},
            {"EC public", s.ecPublic, KeyAlgorithm::EccP256, CKO_PUBLIC_KEY},
        };
        auto expect = [&](const Row& r, CK_ATTRIBUTE_TYPE type, const QByteArray& want) {
            QByteArray got;
            const CK_RV rv = attributeValue(p11(), s.session, r.handle, type, &got);
            const QString name =
                QStringLiteral("%1 attribute 0x%2").arg(QLatin1String(r.object)).arg(type, 0, 16);
            dev.rv(name, rv, CKR_OK);
            if (rv == CKR_OK)
                dev.check(got == want,
                          name + QStringLiteral(": %1, expected %2").arg(hexOf(got), hexOf(want)));
        };
        const QByteArray yes(1, char(CK_TRUE)), no(1, char(CK_FALSE));
        for (const Row& r : rows) {
            const CardKey& key = s.card.key(r.alg);
            const bool rsa = r.alg == KeyAlgorithm::Rsa2048;
            const bool priv = r.cls == CKO_PRIVATE_KEY;
            expect(r, CKA_CLASS, ulongBytes(r.cls));
            expect(r, CKA_KEY_TYPE, ulongBytes(rsa ? CKK_RSA : CKK_EC));
            expect(r, CKA_ID, key.id);
            expect(r, CKA_LABEL, key.label.toUtf8());
            expect(r, CKA_TOKEN, yes);
            expect(r, CKA_PRIVATE, priv ? yes : no);
            expect(r, CKA_LOCAL, yes);
            if (priv) {
                expect(r, CKA_SENSITIVE, yes);
                expect(r, CKA_ALWAYS_SENSITIVE, yes);
                expect(r, CKA_EXTRACTABLE, no);
                expect(r, CKA_NEVER_EXTRACTABLE, yes);
                expect(r, CKA_SIGN, yes);
                if (rsa)
                    expect(r, CKA_DECRYPT, yes); // CKM_RSA_PKCS_OAEP is offered
            }
            if (rsa && !priv)
                expect(r, CKA_MODULUS_BITS, ulongBytes(2048));
            if (!rsa)
                expect(r, CKA_EC_PARAMS, ecParamsP256());
            // The public key as a PKCS#11 application reads it is the card's key.
            const QByteArray spki = m_env->service.exportPublicKey(s.card.instance, key.id, false);
            if (!priv) {
                EvpKey fromModule;
                dev.rv(QLatin1String(r.object) + QStringLiteral(" public key from attributes"),
                       publicKeyOf(p11(), s.session, r.handle, &fromModule), CKR_OK);
                const EvpKey fromCard = evpFromSpki(spki);
                dev.check(fromModule && EVP_PKEY_eq(fromModule.get(), fromCard.get()) == 1,
                          QLatin1String(r.object) +
                              QStringLiteral(": modulus/exponent or EC point is not the card key"));
                QByteArray point;
                if (!rsa &&
                    attributeValue(p11(), s.session, r.handle, CKA_EC_POINT, &point) == CKR_OK)
                    dev.check(point.startsWith(QByteArray::fromHex("044104")) && point.size() == 67,
                              QStringLiteral("CKA_EC_POINT is not DER OCTET STRING(04||x||y): ") +
                                  hexOf(point));
            }
            QByteArray info;
            const CK_RV rv = attributeValue(p11(), s.session, r.handle, CKA_PUBLIC_KEY_INFO, &info);
            if (rv == CKR_OK)
                dev.check(info == spki,
                          QLatin1String(r.object) +
                              QStringLiteral(": CKA_PUBLIC_KEY_INFO is not the card key's SPKI"));
            else
                dev.rv(QLatin1String(r.object) + QStringLiteral(" CKA_PUBLIC_KEY_INFO"), rv,
                       CKR_ATTRIBUTE_TYPE_INVALID);
        }
        P11_NO_DEVIATIONS(dev);
    }

    // CKA_LOCAL, CKA_ALWAYS_SENSITIVE and CKA_NEVER_EXTRACTABLE are what the key's TPM
    // public area says (fixedTPM and sensitiveDataOrigin), not what every card key is
    // assumed to be: a key without either attribute is none of them.
    void keyOriginAttributesFollowTheTpmPublicArea()
    {
        const TestCard card =
            createCard({KeyAlgorithm::EccP256, KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP384});
        const std::map<KeyAlgorithm, TPMA_OBJECT> cleared = {
            {KeyAlgorithm::EccP256, TPMA_OBJECT_SENSITIVEDATAORIGIN},
            {KeyAlgorithm::Rsa2048, TPMA_OBJECT_FIXEDTPM},
            {KeyAlgorithm::EccP384, 0}, // as the card made it
        };
        {
            const StoreLock lock = m_env->store.lockCard(card.instance);
            CardRecord record = m_env->store.load(card.instance);
            for (KeyRecord& key : record.keys) {
                TPM2B_PUBLIC pub = unmarshalPublic(key.blob.publicArea);
                QVERIFY(pub.publicArea.objectAttributes & TPMA_OBJECT_FIXEDTPM);
                QVERIFY(pub.publicArea.objectAttributes & TPMA_OBJECT_SENSITIVEDATAORIGIN);
                pub.publicArea.objectAttributes &= ~cleared.at(key.algorithm);
                QByteArray marshalled(sizeof pub, '\0');
                std::size_t size = 0;
                QCOMPARE(Tss2_MU_TPM2B_PUBLIC_Marshal(
                             &pub, reinterpret_cast<std::uint8_t*>(marshalled.data()), sizeof pub,
                             &size),
                         TSS2_RC(TSS2_RC_SUCCESS));
                key.blob.publicArea = marshalled.left(qsizetype(size));
            }
            m_env->store.save(record);
        }
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        P11_OK(login(p11(), s, CKU_USER, kPin));
        Deviations dev;
        const QByteArray yes(1, char(CK_TRUE)), no(1, char(CK_FALSE));
        for (const auto& [algorithm, bits] : cleared) {
            const CardKey& key = card.key(algorithm);
            const bool born = bits == 0;
            const QByteArray want = born ? yes : no;
            const CK_MECHANISM_TYPE generation = algorithm == KeyAlgorithm::Rsa2048
                                                     ? CKM_RSA_PKCS_KEY_PAIR_GEN
                                                     : CKM_EC_KEY_PAIR_GEN;
            for (CK_OBJECT_CLASS cls : {CKO_PRIVATE_KEY, CKO_PUBLIC_KEY}) {
                CK_OBJECT_HANDLE object = 0;
                P11_OK(findKeyObject(s, cls, key.id, &object));
                std::vector<std::pair<CK_ATTRIBUTE_TYPE, QByteArray>> expected = {
                    {CKA_LOCAL, want},
                    {CKA_KEY_GEN_MECHANISM, ulongBytes(born ? generation : kUnavailable)}};
                if (cls == CKO_PRIVATE_KEY)
                    expected.insert(expected.end(), {{CKA_ALWAYS_SENSITIVE, want},
                                                     {CKA_NEVER_EXTRACTABLE, want},
                                                     {CKA_SENSITIVE, yes},
                                                     {CKA_EXTRACTABLE, no}});
                for (const auto& [type, value] : expected) {
                    QByteArray got;
                    const QString name =
                        QStringLiteral("%1 %2 attribute 0x%3")
                            .arg(key.label)
                            .arg(QLatin1String(cls == CKO_PRIVATE_KEY ? "private" : "public"))
                            .arg(type, 0, 16);
                    const CK_RV rv = attributeValue(p11(), s, object, type, &got);
                    dev.rv(name, rv, CKR_OK);
                    dev.check(
                        rv != CKR_OK || got == value,
                        name + QStringLiteral(": %1, expected %2").arg(hexOf(got), hexOf(value)));
                }
            }
        }
        P11_NO_DEVIATIONS(dev);
    }

    void signLengthConvention()
    {
        Setup s;
        QVERIFY(setUp(&s));
        const struct {
            CK_OBJECT_HANDLE key, pub;
            CK_MECHANISM_TYPE mechanism;
            CK_ULONG size;
        } rows[] = {{s.rsaPrivate, s.rsaPublic, CKM_SHA256_RSA_PKCS, 256},
                    {s.ecPrivate, s.ecPublic, CKM_ECDSA_SHA256, 64}};
        for (const auto& r : rows) {
            CK_MECHANISM mech{r.mechanism, nullptr, 0};
            QByteArray data = kMessage;
            P11_OK(p11()->C_SignInit(s.session, &mech, r.key));
            CK_ULONG size = 0;
            P11_OK(p11()->C_Sign(s.session, ckBytes(data), ckLen(data), nullptr, &size));
            QCOMPARE(size, r.size);
            QByteArray sig(512, '\0');
            size = 10;
            P11_RV(p11()->C_Sign(s.session, ckBytes(data), ckLen(data), ckBytes(sig), &size),
                   CKR_BUFFER_TOO_SMALL);
            QCOMPARE(size, r.size);
            // The operation is still active: the same call with room succeeds.
            size = ckLen(sig);
            P11_OK(p11()->C_Sign(s.session, ckBytes(data), ckLen(data), ckBytes(sig), &size));
            QCOMPARE(size, r.size);
            sig.resize(static_cast<qsizetype>(size));
            EvpKey key;
            P11_OK(publicKeyOf(p11(), s.session, r.pub, &key));
            QString why;
            QVERIFY2(verifies(key.get(), signCase(r.mechanism), kMessage, sig, &why),
                     qPrintable(why));
            // And finished now.
            size = ckLen(sig);
            P11_RV(p11()->C_Sign(s.session, ckBytes(data), ckLen(data), ckBytes(sig), &size),
                   CKR_OPERATION_NOT_INITIALIZED);
        }
    }

    void decryptLengthConvention()
    {
        Setup s;
        QVERIFY(setUp(&s));
        EvpKey key;
        P11_OK(cardPublicKey(s.card, KeyAlgorithm::Rsa2048, &key));
        const QByteArray plaintext = "a secret of 24 bytes....";
        QByteArray ciphertext = rsaEncrypt(key.get(), plaintext, RSA_PKCS1_OAEP_PADDING, "SHA256");
        QCOMPARE(ciphertext.size(), 256);
        CK_RSA_PKCS_OAEP_PARAMS params{CKM_SHA256, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr, 0};
        CK_MECHANISM mech{CKM_RSA_PKCS_OAEP, &params, sizeof params};
        P11_OK(p11()->C_DecryptInit(s.session, &mech, s.rsaPrivate));
        CK_ULONG size = 0;
        P11_OK(p11()->C_Decrypt(s.session, ckBytes(ciphertext), ckLen(ciphertext), nullptr, &size));
        QVERIFY2(size >= CK_ULONG(plaintext.size()), qPrintable(QString::number(size)));
        const CK_ULONG announced = size;
        QByteArray out(1024, '\0');
        size = 1;
        P11_RV(p11()->C_Decrypt(s.session, ckBytes(ciphertext), ckLen(ciphertext), ckBytes(out),
                                &size),
               CKR_BUFFER_TOO_SMALL);
        QVERIFY2(size >= CK_ULONG(plaintext.size()) && size <= announced,
                 qPrintable(QString::number(size)));
        size = announced;
        P11_OK(p11()->C_Decrypt(s.session, ckBytes(ciphertext), ckLen(ciphertext), ckBytes(out),
                                &size));
        QCOMPARE(out.left(static_cast<qsizetype>(size)), plaintext);
        size = ckLen(out);
        P11_RV(p11()->C_Decrypt(s.session, ckBytes(ciphertext), ckLen(ciphertext), ckBytes(out),
                                &size),
               CKR_OPERATION_NOT_INITIALIZED);
    }

    // --- Order of calls, sessions, login --------------------------------------------

    void operationsOutOfOrder()
    {
        Setup s;
        QVERIFY(setUp(&s));
        Deviations dev;
        QByteArray data = kMessage;
        QByteArray out(512, '\0');
        CK_ULONG size = ckLen(out);
        CK_MECHANISM sha256Rsa{CKM_SHA256_RSA_PKCS, nullptr, 0};
        CK_RSA_PKCS_OAEP_PARAMS oaep{CKM_SHA256, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr, 0};
        CK_MECHANISM oaepMech{CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep};
        CK_OBJECT_HANDLE found[4];
        CK_ULONG count = 0;
        const CK_SESSION_HANDLE x = s.session;
        auto p = p11();

        dev.rv(QStringLiteral("C_Sign without C_SignInit"),
               p->C_Sign(x, ckBytes(data), ckLen(data), ckBytes(out), &size),
               CKR_OPERATION_NOT_INITIALIZED);
        dev.rv(QStringLiteral("C_SignUpdate without C_SignInit"),
               p->C_SignUpdate(x, ckBytes(data), ckLen(data)), CKR_OPERATION_NOT_INITIALIZED);
        dev.rv(QStringLiteral("C_SignFinal without C_SignInit"),
               p->C_SignFinal(x, ckBytes(out), &size), CKR_OPERATION_NOT_INITIALIZED);
        dev.rv(QStringLiteral("C_Decrypt without C_DecryptInit"),
               p->C_Decrypt(x, ckBytes(data), ckLen(data), ckBytes(out), &size),
               CKR_OPERATION_NOT_INITIALIZED);
        dev.rv(QStringLiteral("C_FindObjects without C_FindObjectsInit"),
               p->C_FindObjects(x, found, 4, &count), CKR_OPERATION_NOT_INITIALIZED);
        dev.rv(QStringLiteral("C_FindObjectsFinal without C_FindObjectsInit"),
               p->C_FindObjectsFinal(x), CKR_OPERATION_NOT_INITIALIZED);

        // A second init while one is active; the first stays usable.
        dev.rv(QStringLiteral("C_SignInit"), p->C_SignInit(x, &sha256Rsa, s.rsaPrivate), CKR_OK);
        dev.rv(QStringLiteral("C_SignInit twice"), p->C_SignInit(x, &sha256Rsa, s.rsaPrivate),
               CKR_OPERATION_ACTIVE);
        // Operations belong to their session.
        const CK_SESSION_HANDLE other = newSession(s.card.instance);
        size = ckLen(out);
        dev.rv(QStringLiteral("C_Sign in another session"),
               p->C_Sign(other, ckBytes(data), ckLen(data), ckBytes(out), &size),
               CKR_OPERATION_NOT_INITIALIZED);
        size = ckLen(out);
        dev.rv(QStringLiteral("C_Sign after the refused second C_SignInit"),
               p->C_Sign(x, ckBytes(data), ckLen(data), ckBytes(out), &size), CKR_OK);

        dev.rv(QStringLiteral("C_DecryptInit"), p->C_DecryptInit(x, &oaepMech, s.rsaPrivate),
               CKR_OK);
        dev.rv(QStringLiteral("C_DecryptInit twice"), p->C_DecryptInit(x, &oaepMech, s.rsaPrivate),
               CKR_OPERATION_ACTIVE);

        dev.rv(QStringLiteral("C_FindObjectsInit"), p->C_FindObjectsInit(x, nullptr, 0), CKR_OK);
        dev.rv(QStringLiteral("C_FindObjectsInit twice"), p->C_FindObjectsInit(x, nullptr, 0),
               CKR_OPERATION_ACTIVE);
        dev.rv(QStringLiteral("C_FindObjectsFinal"), p->C_FindObjectsFinal(x), CKR_OK);
        dev.rv(QStringLiteral("C_FindObjects after C_FindObjectsFinal"),
               p->C_FindObjects(x, found, 4, &count), CKR_OPERATION_NOT_INITIALIZED);

        // Login state.
        dev.rv(QStringLiteral("C_Login twice"), login(p, x, CKU_USER, kPin),
               CKR_USER_ALREADY_LOGGED_IN);
        dev.rv(QStringLiteral("C_Login(CKU_SO) while the user is logged in"),
               login(p, x, CKU_SO, kPuk), CKR_USER_ANOTHER_ALREADY_LOGGED_IN);
        dev.rv(QStringLiteral("C_Login(CKU_CONTEXT_SPECIFIC) without an operation needing it"),
               login(p, other, CKU_CONTEXT_SPECIFIC, kPin), CKR_OPERATION_NOT_INITIALIZED);
        dev.rv(QStringLiteral("C_Logout"), p->C_Logout(x), CKR_OK);
        dev.rv(QStringLiteral("C_Logout twice"), p->C_Logout(x), CKR_USER_NOT_LOGGED_IN);
        dev.rv(QStringLiteral("C_Login(user type 7)"), login(p, x, 7, kPin), CKR_USER_TYPE_INVALID);
        P11_NO_DEVIATIONS(dev);
    }

    void sessionStatesFollowLogin()
    {
        const TestCard card = createCard({});
        P11_OK(initialize());
        CK_SESSION_HANDLE ro = 0, rw = 0;
        P11_RV(p11()->C_OpenSession(card.instance, CKF_RW_SESSION, nullptr, nullptr, &ro),
               CKR_SESSION_PARALLEL_NOT_SUPPORTED);
        P11_RV(p11()->C_OpenSession(card.instance, 0, nullptr, nullptr, &ro),
               CKR_SESSION_PARALLEL_NOT_SUPPORTED);
        P11_OK(openSession(card.instance, &ro, false));
        P11_OK(openSession(card.instance, &rw, true));
        CK_SESSION_INFO info;
        P11_OK(p11()->C_GetSessionInfo(ro, &info));
        QCOMPARE(info.slotID, CK_SLOT_ID(card.instance));
        QCOMPARE(info.flags, CK_FLAGS(CKF_SERIAL_SESSION));
        QCOMPARE(info.state, CKS_RO_PUBLIC_SESSION);
        P11_OK(p11()->C_GetSessionInfo(rw, &info));
        QCOMPARE(info.flags, CK_FLAGS(CKF_SERIAL_SESSION | CKF_RW_SESSION));
        QCOMPARE(info.state, CKS_RW_PUBLIC_SESSION);

        // A login belongs to the application: every session of the slot follows it.
        P11_OK(login(p11(), ro, CKU_USER, kPin));
        CK_STATE state = 0;
        P11_OK(sessionState(ro, &state));
        QCOMPARE(state, CKS_RO_USER_FUNCTIONS);
        P11_OK(sessionState(rw, &state));
        QCOMPARE(state, CKS_RW_USER_FUNCTIONS);
        const CK_SESSION_HANDLE later = newSession(card.instance);
        P11_OK(sessionState(later, &state));
        QCOMPARE(state, CKS_RW_USER_FUNCTIONS);
        P11_OK(p11()->C_Logout(rw));
        P11_OK(sessionState(ro, &state));
        QCOMPARE(state, CKS_RO_PUBLIC_SESSION);

        // SO: not with a read-only session open; then no read-only session may open.
        P11_RV(login(p11(), rw, CKU_SO, kPuk), CKR_SESSION_READ_ONLY_EXISTS);
        P11_OK(p11()->C_CloseSession(ro));
        P11_OK(login(p11(), rw, CKU_SO, kPuk));
        P11_OK(sessionState(rw, &state));
        QCOMPARE(state, CKS_RW_SO_FUNCTIONS);
        P11_RV(openSession(card.instance, &ro, false), CKR_SESSION_READ_WRITE_SO_EXISTS);
        P11_OK(p11()->C_Logout(rw));

        // Closing the last session logs out.
        P11_OK(login(p11(), rw, CKU_USER, kPin));
        P11_OK(p11()->C_CloseAllSessions(card.instance));
        P11_RV(sessionState(rw, &state), CKR_SESSION_HANDLE_INVALID);
        P11_RV(sessionState(later, &state), CKR_SESSION_HANDLE_INVALID);
        P11_OK(openSession(card.instance, &rw, true));
        P11_OK(sessionState(rw, &state));
        QCOMPARE(state, CKS_RW_PUBLIC_SESSION);
        P11_OK(login(p11(), rw, CKU_USER, kPin));
        P11_OK(p11()->C_CloseSession(rw));
        P11_OK(openSession(card.instance, &rw, true));
        P11_OK(sessionState(rw, &state));
        QCOMPARE(state, CKS_RW_PUBLIC_SESSION);
    }

    void privateKeysNeedLogin()
    {
        Setup s;
        QVERIFY(setUp(&s, false));
        // Before login private objects are invisible.
        QList<CK_OBJECT_HANDLE> found;
        P11_OK(
            findObjects(p11(), s.session, Template().addUlong(CKA_CLASS, CKO_PRIVATE_KEY), &found));
        QCOMPARE(found.size(), 0);
        P11_OK(login(p11(), s.session, CKU_USER, kPin));
        CK_OBJECT_HANDLE priv = 0;
        P11_OK(
            findKeyObject(s.session, CKO_PRIVATE_KEY, s.card.key(KeyAlgorithm::Rsa2048).id, &priv));
        P11_OK(p11()->C_Logout(s.session));
        CK_MECHANISM mech{CKM_SHA256_RSA_PKCS, nullptr, 0};
        P11_RV_IN(p11()->C_SignInit(s.session, &mech, priv), CKR_USER_NOT_LOGGED_IN,
                  CKR_KEY_HANDLE_INVALID);
        CK_BYTE label[64];
        CK_ATTRIBUTE a{CKA_LABEL, label, sizeof label};
        P11_RV(p11()->C_GetAttributeValue(s.session, priv, &a, 1), CKR_OBJECT_HANDLE_INVALID);
        // "Handles to private objects become invalid, even if a user is later logged back in."
        P11_OK(login(p11(), s.session, CKU_USER, kPin));
        P11_RV(p11()->C_SignInit(s.session, &mech, priv), CKR_KEY_HANDLE_INVALID);
        CK_OBJECT_HANDLE again = 0;
        P11_OK(findKeyObject(s.session, CKO_PRIVATE_KEY, s.card.key(KeyAlgorithm::Rsa2048).id,
                             &again));
        QByteArray sig;
        P11_OK(sign(p11(), s.session, &mech, again, kMessage, &sig));
    }

    void readOnlySessionRefusesWrites()
    {
        Setup s;
        QVERIFY(setUp(&s));
        QByteArray subject;
        const QByteArray der = certificateFor(s.card, KeyAlgorithm::Rsa2048, &subject);
        const CK_SESSION_HANDLE ro = newSession(s.card.instance, false);
        CK_MECHANISM keyGen{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
        Template pub = Template().add(CKA_EC_PARAMS, ecParamsP256()).addBool(CKA_TOKEN, true);
        Template priv = Template().addBool(CKA_TOKEN, true).addBool(CKA_PRIVATE, true);
        Template cert = Template()
                            .addUlong(CKA_CLASS, CKO_CERTIFICATE)
                            .addUlong(CKA_CERTIFICATE_TYPE, CKC_X_509)
                            .addBool(CKA_TOKEN, true)
                            .add(CKA_ID, s.card.key(KeyAlgorithm::Rsa2048).id)
                            .add(CKA_SUBJECT, subject)
                            .add(CKA_VALUE, der);
        CK_OBJECT_HANDLE h1 = 0, h2 = 0;
        CK_BYTE pin[] = "12345678", newPin[] = "87654321";
        Deviations dev;
        dev.rv(QStringLiteral("C_GenerateKeyPair in a read-only session"),
               p11()->C_GenerateKeyPair(ro, &keyGen, pub.data(), pub.size(), priv.data(),
                                        priv.size(), &h1, &h2),
               CKR_SESSION_READ_ONLY);
        dev.rv(QStringLiteral("C_CreateObject(token certificate) in a read-only session"),
               p11()->C_CreateObject(ro, cert.data(), cert.size(), &h1), CKR_SESSION_READ_ONLY);
        dev.rv(QStringLiteral("C_DestroyObject(private key) in a read-only session"),
               p11()->C_DestroyObject(ro, s.ecPrivate), CKR_SESSION_READ_ONLY);
        dev.rv(QStringLiteral("C_SetPIN in a read-only session"),
               p11()->C_SetPIN(ro, pin, 8, newPin, 8), CKR_SESSION_READ_ONLY);
        P11_NO_DEVIATIONS(dev);
        QCOMPARE(m_env->service.keys(s.card.instance).size(), 2);
        QVERIFY(!m_env->service.keys(s.card.instance).front().hasCertificate);
    }

    // --- PIN and PUK -----------------------------------------------------------------

    void wrongPinCountsDownLocksAndPukUnblocks()
    {
        CreateOptions options = basicCardOptions(QStringLiteral("Three Tries"));
        options.puk = Secret::fromText(QLatin1String(kPuk));
        options.pinMaxTries = 3;
        const TestCard card = createCard({KeyAlgorithm::EccP256}, options);
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        CK_FLAGS flags = 0;
        const CK_FLAGS pinFlags =
            CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED;
        P11_OK(tokenFlags(p11(), card.instance, &flags));
        QCOMPARE(flags & pinFlags, CK_FLAGS(0));

        P11_RV(login(p11(), s, CKU_USER, "00000000"), CKR_PIN_INCORRECT);
        P11_OK(tokenFlags(p11(), card.instance, &flags));
        QCOMPARE(flags & pinFlags, CK_FLAGS(CKF_USER_PIN_COUNT_LOW));
        P11_RV(login(p11(), s, CKU_USER, "00000001"), CKR_PIN_INCORRECT);
        P11_OK(tokenFlags(p11(), card.instance, &flags));
        QCOMPARE(flags & pinFlags, CK_FLAGS(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY));
        P11_RV_IN(login(p11(), s, CKU_USER, "00000002"), CKR_PIN_INCORRECT, CKR_PIN_LOCKED);
        P11_OK(tokenFlags(p11(), card.instance, &flags));
        QVERIFY2(hasFlag(flags, CKF_USER_PIN_LOCKED), qPrintable(QString::number(flags, 16)));
        // Locked: even the right PIN is refused, and counts nothing.
        P11_RV(login(p11(), s, CKU_USER, kPin), CKR_PIN_LOCKED);
        QVERIFY(m_env->service.status(card.instance).blocked);

        // The PUK is the SO PIN: a wrong one counts, the right one allows C_InitPIN.
        QByteArray newPin = "11223344";
        P11_RV(p11()->C_InitPIN(s, ckBytes(newPin), ckLen(newPin)), CKR_USER_NOT_LOGGED_IN);
        const int pukTries = m_env->service.status(card.instance).pukTriesLeft;
        P11_RV(login(p11(), s, CKU_SO, "99999999"), CKR_PIN_INCORRECT);
        QCOMPARE(m_env->service.status(card.instance).pukTriesLeft, pukTries - 1);
        P11_OK(login(p11(), s, CKU_SO, kPuk));
        QByteArray shortPin = "1122";
        P11_RV(p11()->C_InitPIN(s, ckBytes(shortPin), ckLen(shortPin)), CKR_PIN_LEN_RANGE);
        P11_OK(p11()->C_InitPIN(s, ckBytes(newPin), ckLen(newPin)));
        P11_OK(p11()->C_Logout(s));
        P11_OK(tokenFlags(p11(), card.instance, &flags));
        QCOMPARE(flags & pinFlags, CK_FLAGS(0));
        QVERIFY(!m_env->service.status(card.instance).blocked);

        P11_RV(login(p11(), s, CKU_USER, kPin), CKR_PIN_INCORRECT);
        P11_OK(login(p11(), s, CKU_USER, "11223344"));
        // A successful login clears COUNT_LOW.
        P11_OK(tokenFlags(p11(), card.instance, &flags));
        QCOMPARE(flags & pinFlags, CK_FLAGS(0));
        CK_OBJECT_HANDLE key = 0;
        P11_OK(findKeyObject(s, CKO_PRIVATE_KEY, card.key(KeyAlgorithm::EccP256).id, &key));
        CK_MECHANISM mech{CKM_ECDSA_SHA256, nullptr, 0};
        QByteArray sig;
        P11_OK(sign(p11(), s, &mech, key, kMessage, &sig));
    }

    // A login made with a PIN that is no longer the card's ends: another program changing
    // the PIN, or blocking the card with wrong PINs, stops this one's signatures, as
    // pulling a real card would.
    void loginEndsWhenThePinChangesElsewhere()
    {
        CreateOptions options = basicCardOptions(QStringLiteral("Elsewhere"));
        options.puk = Secret::fromText(QLatin1String(kPuk));
        options.pinMaxTries = 3;
        const TestCard card = createCard({KeyAlgorithm::EccP256}, options);
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        const QByteArray id = card.key(KeyAlgorithm::EccP256).id;
        CK_MECHANISM mech{CKM_ECDSA_SHA256, nullptr, 0};
        QByteArray sig;
        CK_OBJECT_HANDLE key = 0;
        // The other program's PIN checks need two of swtpm's three sessions: each change
        // is made while the module's login holds one (before its first signature).
        P11_OK(login(p11(), s, CKU_USER, kPin));
        P11_OK(findKeyObject(s, CKO_PRIVATE_KEY, id, &key));
        // A key generated elsewhere changes the file but not the PIN: signing goes on.
        withTpm([&] {
            m_env->service.generateKey(card.instance, Secret::fromText(QLatin1String(kPin)),
                                       KeyAlgorithm::EccP256, QString());
        });
        P11_OK(sign(p11(), s, &mech, key, kMessage, &sig));

        P11_OK(p11()->C_Logout(s));
        P11_OK(login(p11(), s, CKU_USER, kPin));
        P11_OK(findKeyObject(s, CKO_PRIVATE_KEY, id, &key));
        withTpm([&] {
            m_env->service.changePin(card.instance, Secret::fromText(QLatin1String(kPin)),
                                     Secret::fromText(QStringLiteral("55667788")));
        });
        P11_RV(sign(p11(), s, &mech, key, kMessage, &sig), CKR_USER_NOT_LOGGED_IN);
        P11_RV(login(p11(), s, CKU_USER, kPin), CKR_PIN_INCORRECT);
        P11_OK(login(p11(), s, CKU_USER, "55667788"));
        P11_OK(findKeyObject(s, CKO_PRIVATE_KEY, id, &key));
        withTpm([&] {
            for (const char* wrong : {"00000000", "00000001"})
                TPMVSC_EXPECT_ERROR(
                    m_env->service.verifyPin(card.instance, Secret::fromText(QLatin1String(wrong))),
                    ErrorCode::AuthFailed);
            TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(
                                    card.instance, Secret::fromText(QStringLiteral("x0000002"))),
                                ErrorCode::Blocked);
        });
        P11_RV(sign(p11(), s, &mech, key, kMessage, &sig), CKR_PIN_LOCKED);
    }

    void setPinFollowsPolicy()
    {
        CreateOptions options = basicCardOptions(QStringLiteral("Policy Card"));
        options.puk = Secret::fromText(QLatin1String(kPuk));
        options.pinPolicy.specialChars = CharRule::Disallowed;
        options.pinPolicy.maxLen = 16;
        const TestCard card = createCard({}, options);
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        struct Row {
            const char* name;
            QByteArray newPin;
            CK_RV expected;
        };
        const Row rows[] = {
            {"7 characters (minlen 8)", "1234567", CKR_PIN_LEN_RANGE},
            {"17 characters (maxlen 16)", "12345678901234567", CKR_PIN_LEN_RANGE},
            {"special character (disallowed)", "1234567!", CKR_PIN_INVALID},
            {"space (a special character)", "1234 5678", CKR_PIN_INVALID},
            {"control character", QByteArray("1234567\x01", 8), CKR_PIN_INVALID},
            {"not ASCII", "1234567\xc3\xa4", CKR_PIN_INVALID},
        };
        Deviations dev;
        QByteArray old = kPin;
        for (const Row& r : rows) {
            QByteArray n = r.newPin;
            dev.rv(QStringLiteral("C_SetPIN(%1)").arg(QLatin1String(r.name)),
                   p11()->C_SetPIN(s, ckBytes(old), ckLen(old), ckBytes(n), ckLen(n)), r.expected);
        }
        // Policy is checked before the old PIN: no try was spent.
        dev.check(m_env->service.status(card.instance).pinTriesLeft == 5,
                  QStringLiteral("refused new PINs cost tries: %1 left")
                      .arg(m_env->service.status(card.instance).pinTriesLeft));
        QByteArray wrongOld = "00000000", good = "24681357";
        dev.rv(QStringLiteral("C_SetPIN(wrong old PIN)"),
               p11()->C_SetPIN(s, ckBytes(wrongOld), ckLen(wrongOld), ckBytes(good), ckLen(good)),
               CKR_PIN_INCORRECT);
        dev.rv(QStringLiteral("C_SetPIN(good)"),
               p11()->C_SetPIN(s, ckBytes(old), ckLen(old), ckBytes(good), ckLen(good)), CKR_OK);
        dev.rv(QStringLiteral("C_Login(old PIN)"), login(p11(), s, CKU_USER, kPin),
               CKR_PIN_INCORRECT);
        dev.rv(QStringLiteral("C_Login(new PIN)"), login(p11(), s, CKU_USER, "24681357"), CKR_OK);
        // Logged in: C_SetPIN changes the logged-in user's PIN.
        dev.rv(QStringLiteral("C_SetPIN(logged in)"),
               p11()->C_SetPIN(s, ckBytes(good), ckLen(good), ckBytes(old), ckLen(old)), CKR_OK);
        P11_NO_DEVIATIONS(dev);
        P11_OK(p11()->C_Logout(s));
        P11_OK(login(p11(), s, CKU_USER, kPin));
    }

    // --- Mechanism errors ------------------------------------------------------------

    void mechanismErrors()
    {
        Setup s;
        QVERIFY(setUp(&s));
        EvpKey rsaKey;
        P11_OK(cardPublicKey(s.card, KeyAlgorithm::Rsa2048, &rsaKey));
        CK_RSA_PKCS_PSS_PARAMS pss{CKM_SHA256, CKG_MGF1_SHA256, 32};
        CK_RSA_PKCS_PSS_PARAMS pssWrongHash{CKM_SHA384, CKG_MGF1_SHA384, 48};
        CK_RSA_PKCS_PSS_PARAMS pssBadMgf{CKM_SHA256, 0, 32};
        CK_RSA_PKCS_PSS_PARAMS pssBadHash{CKM_MD5, CKG_MGF1_SHA256, 16};
        CK_RSA_PKCS_OAEP_PARAMS oaep{CKM_SHA256, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr, 0};
        // Source 0 names no way to take the label (CKZ_DATA_SPECIFIED is the only one).
        QByteArray someLabel = "label";
        CK_RSA_PKCS_OAEP_PARAMS oaepBadSource{CKM_SHA256, CKG_MGF1_SHA256, 0, someLabel.data(),
                                              ckLen(someLabel)};
        CK_RSA_PKCS_OAEP_PARAMS oaepBadHash{CKM_MD5, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr,
                                            0};
        struct Row {
            const char* name;
            bool decrypt;
            CK_MECHANISM mechanism;
            CK_OBJECT_HANDLE key;
            CK_RV expected;
        };
        const Row initRows[] = {
            {"CKM_ECDSA with an RSA key",
             false,
             {CKM_ECDSA, nullptr, 0},
             s.rsaPrivate,
             CKR_KEY_TYPE_INCONSISTENT},
            {"CKM_ECDSA_SHA256 with an RSA key",
             false,
             {CKM_ECDSA_SHA256, nullptr, 0},
             s.rsaPrivate,
             CKR_KEY_TYPE_INCONSISTENT},
            {"CKM_RSA_PKCS with an EC key",
             false,
             {CKM_RSA_PKCS, nullptr, 0},
             s.ecPrivate,
             CKR_KEY_TYPE_INCONSISTENT},
            {"CKM_SHA256_RSA_PKCS with an EC key",
             false,
             {CKM_SHA256_RSA_PKCS, nullptr, 0},
             s.ecPrivate,
             CKR_KEY_TYPE_INCONSISTENT},
            {"CKM_RSA_PKCS_PSS with an EC key",
             false,
             {CKM_RSA_PKCS_PSS, &pss, sizeof pss},
             s.ecPrivate,
             CKR_KEY_TYPE_INCONSISTENT},
            {"CKM_RSA_PKCS_OAEP with an EC key",
             true,
             {CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep},
             s.ecPrivate,
             CKR_KEY_TYPE_INCONSISTENT},
            {"CKM_RSA_PKCS_PSS params NULL",
             false,
             {CKM_RSA_PKCS_PSS, nullptr, 0},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_PSS params too short",
             false,
             {CKM_RSA_PKCS_PSS, &pss, sizeof pss - 1},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_PSS params too long",
             false,
             {CKM_RSA_PKCS_PSS, &pss, sizeof pss + 8},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_SHA256_RSA_PKCS_PSS params NULL",
             false,
             {CKM_SHA256_RSA_PKCS_PSS, nullptr, 0},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_SHA256_RSA_PKCS_PSS with hashAlg SHA384",
             false,
             {CKM_SHA256_RSA_PKCS_PSS, &pssWrongHash, sizeof pssWrongHash},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_PSS with mgf 0",
             false,
             {CKM_RSA_PKCS_PSS, &pssBadMgf, sizeof pssBadMgf},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_PSS with hashAlg MD5",
             false,
             {CKM_RSA_PKCS_PSS, &pssBadHash, sizeof pssBadHash},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_OAEP params NULL",
             true,
             {CKM_RSA_PKCS_OAEP, nullptr, 0},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_OAEP params too short",
             true,
             {CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep - 1},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_OAEP source 0 with a label",
             true,
             {CKM_RSA_PKCS_OAEP, &oaepBadSource, sizeof oaepBadSource},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_RSA_PKCS_OAEP hashAlg MD5",
             true,
             {CKM_RSA_PKCS_OAEP, &oaepBadHash, sizeof oaepBadHash},
             s.rsaPrivate,
             CKR_MECHANISM_PARAM_INVALID},
            {"CKM_MD5_RSA_PKCS (not offered)",
             false,
             {CKM_MD5_RSA_PKCS, nullptr, 0},
             s.rsaPrivate,
             CKR_MECHANISM_INVALID},
            {"vendor mechanism",
             false,
             {kVendorMechanism, nullptr, 0},
             s.rsaPrivate,
             CKR_MECHANISM_INVALID},
            {"key generation mechanism for signing",
             false,
             {CKM_RSA_PKCS_KEY_PAIR_GEN, nullptr, 0},
             s.rsaPrivate,
             CKR_MECHANISM_INVALID},
            {"CKM_RSA_PKCS_OAEP for signing",
             false,
             {CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep},
             s.rsaPrivate,
             CKR_MECHANISM_INVALID},
            {"CKM_ECDSA for decryption",
             true,
             {CKM_ECDSA, nullptr, 0},
             s.ecPrivate,
             CKR_MECHANISM_INVALID},
        };
        Deviations dev;
        for (const Row& r : initRows) {
            CK_MECHANISM m = r.mechanism;
            const CK_RV rv = r.decrypt ? p11()->C_DecryptInit(s.session, &m, r.key)
                                       : p11()->C_SignInit(s.session, &m, r.key);
            dev.rv(
                QStringLiteral("%1Init(%2)")
                    .arg(QLatin1String(r.decrypt ? "C_Decrypt" : "C_Sign"), QLatin1String(r.name)),
                rv, r.expected);
            if (rv == CKR_OK) { // end what a wrongly accepted init started
                QByteArray junk(256, 'x'), out(512, '\0');
                CK_ULONG size = ckLen(out);
                r.decrypt ? p11()->C_Decrypt(s.session, ckBytes(junk), 256, ckBytes(out), &size)
                          : p11()->C_Sign(s.session, ckBytes(junk), 32, ckBytes(out), &size);
            }
        }

        // Data the mechanism cannot take: refused, and the operation ends.
        QByteArray valid = rsaEncrypt(rsaKey.get(), "x", RSA_PKCS1_OAEP_PADDING, "SHA256",
                                      QByteArray("some label"));
        struct DataRow {
            const char* name;
            bool decrypt;
            CK_MECHANISM mechanism;
            CK_OBJECT_HANDLE key;
            QByteArray data;
            CK_RV expected;
        };
        const DataRow dataRows[] = {
            {"CKM_RSA_PKCS, k-10 bytes",
             false,
             {CKM_RSA_PKCS, nullptr, 0},
             s.rsaPrivate,
             QByteArray(246, 'a'),
             CKR_DATA_LEN_RANGE},
            {"CKM_RSA_PKCS_PSS, 20 bytes for SHA-256",
             false,
             {CKM_RSA_PKCS_PSS, &pss, sizeof pss},
             s.rsaPrivate,
             QByteArray(20, 'a'),
             CKR_DATA_LEN_RANGE},
            {"CKM_RSA_PKCS_OAEP, 255-byte ciphertext",
             true,
             {CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep},
             s.rsaPrivate,
             QByteArray(255, 'a'),
             CKR_ENCRYPTED_DATA_LEN_RANGE},
            {"CKM_RSA_PKCS_OAEP, other label",
             true,
             {CKM_RSA_PKCS_OAEP, &oaep, sizeof oaep},
             s.rsaPrivate,
             valid,
             CKR_ENCRYPTED_DATA_INVALID},
        };
        for (const DataRow& r : dataRows) {
            CK_MECHANISM m = r.mechanism;
            QByteArray in = r.data, out(512, '\0');
            CK_ULONG size = ckLen(out);
            const QString name = QStringLiteral("%1(%2)").arg(
                QLatin1String(r.decrypt ? "C_Decrypt" : "C_Sign"), QLatin1String(r.name));
            const CK_RV init = r.decrypt ? p11()->C_DecryptInit(s.session, &m, r.key)
                                         : p11()->C_SignInit(s.session, &m, r.key);
            dev.rv(name + QStringLiteral(" init"), init, CKR_OK);
            if (init != CKR_OK)
                continue;
            auto call = [&] {
                size = ckLen(out);
                return r.decrypt
                           ? p11()->C_Decrypt(s.session, ckBytes(in), ckLen(in), ckBytes(out),
                                              &size)
                           : p11()->C_Sign(s.session, ckBytes(in), ckLen(in), ckBytes(out), &size);
            };
            dev.rv(name, call(), r.expected);
            dev.rv(name + QStringLiteral(" then again"), call(), CKR_OPERATION_NOT_INITIALIZED);
        }
        P11_NO_DEVIATIONS(dev);
    }

    // --- Functional: signatures, decryption, keys, certificates, search --------------

    void signWithEveryMechanism()
    {
        const QList<KeyAlgorithm> algorithms{KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP256,
                                             KeyAlgorithm::EccP384};
        const TestCard card = createCard(algorithms);
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        P11_OK(login(p11(), s, CKU_USER, kPin));
        Deviations dev;
        int signatures = 0;
        for (KeyAlgorithm alg : algorithms) {
            CK_OBJECT_HANDLE priv = 0, pub = 0;
            P11_OK(findKeyObject(s, CKO_PRIVATE_KEY, card.key(alg).id, &priv));
            P11_OK(findKeyObject(s, CKO_PUBLIC_KEY, card.key(alg).id, &pub));
            EvpKey key;
            P11_OK(publicKeyOf(p11(), s, pub, &key));
            for (const SignCase& c : signCases()) {
                if (c.rsa != (alg == KeyAlgorithm::Rsa2048))
                    continue;
                CK_RSA_PKCS_PSS_PARAMS params;
                CK_MECHANISM mech = signMechanism(c, &params);
                const QString name =
                    QStringLiteral("%1 with %2").arg(QLatin1String(c.name), keyAlgorithmName(alg));
                QByteArray sig;
                const CK_RV rv = sign(p11(), s, &mech, priv, signInput(c, kMessage), &sig);
                dev.rv(name, rv, CKR_OK);
                QString why;
                if (rv == CKR_OK)
                    dev.check(verifies(key.get(), c, kMessage, sig, &why),
                              name + QStringLiteral(": ") + why);
                ++signatures;
            }
        }
        QCOMPARE(signatures, 9 + 3 + 3);
        P11_NO_DEVIATIONS(dev);
    }

    void multiPartSign()
    {
        Setup s;
        QVERIFY(setUp(&s));
        Deviations dev;
        for (const SignCase& c : signCases()) {
            if (!c.mechanismHashes)
                continue;
            CK_RSA_PKCS_PSS_PARAMS params;
            CK_MECHANISM mech = signMechanism(c, &params);
            const QString name = QLatin1String(c.name) + QStringLiteral(" multi-part");
            const CK_OBJECT_HANDLE key = c.rsa ? s.rsaPrivate : s.ecPrivate;
            QByteArray a = kMessage.left(10), b = kMessage.mid(10);
            CK_RV rv = p11()->C_SignInit(s.session, &mech, key);
            if (rv == CKR_OK)
                rv = p11()->C_SignUpdate(s.session, ckBytes(a), ckLen(a));
            if (rv == CKR_OK)
                rv = p11()->C_SignUpdate(s.session, ckBytes(b), ckLen(b));
            CK_ULONG size = 0;
            if (rv == CKR_OK)
                rv = p11()->C_SignFinal(s.session, nullptr, &size);
            QByteArray sig(512, '\0');
            CK_ULONG small = 1;
            if (rv == CKR_OK) {
                dev.rv(name + QStringLiteral(" C_SignFinal(too small)"),
                       p11()->C_SignFinal(s.session, ckBytes(sig), &small), CKR_BUFFER_TOO_SMALL);
                dev.check(small == size,
                          name + QStringLiteral(": needed size %1 vs %2").arg(small).arg(size));
                rv = p11()->C_SignFinal(s.session, ckBytes(sig), &size);
            }
            dev.rv(name, rv, CKR_OK);
            if (rv != CKR_OK)
                continue;
            sig.resize(static_cast<qsizetype>(size));
            EvpKey pub;
            publicKeyOf(p11(), s.session, c.rsa ? s.rsaPublic : s.ecPublic, &pub);
            QString why;
            dev.check(verifies(pub.get(), c, kMessage, sig, &why),
                      name + QStringLiteral(": ") + why);
        }
        P11_NO_DEVIATIONS(dev);
    }

    void oaepDecrypt()
    {
        Setup s;
        QVERIFY(setUp(&s));
        EvpKey key;
        P11_OK(cardPublicKey(s.card, KeyAlgorithm::Rsa2048, &key));
        const OaepCase cases[] = {
            {"sha1", CKM_SHA_1, CKG_MGF1_SHA1, "SHA1", QByteArray(), 32},
            {"sha256", CKM_SHA256, CKG_MGF1_SHA256, "SHA256", QByteArray(), 32},
            {"sha1 with label", CKM_SHA_1, CKG_MGF1_SHA1, "SHA1", "tpmvsc label", 16},
            {"sha256 with label", CKM_SHA256, CKG_MGF1_SHA256, "SHA256", "tpmvsc label", 16},
            {"sha256, longest plaintext (k-2h-2)", CKM_SHA256, CKG_MGF1_SHA256, "SHA256",
             QByteArray(), 256 - 2 * 32 - 2},
            {"sha384", CKM_SHA384, CKG_MGF1_SHA384, "SHA384", QByteArray(), 1},
        };
        Deviations dev;
        for (const OaepCase& c : cases) {
            QByteArray plaintext(c.plaintextSize, '\0');
            for (int i = 0; i < plaintext.size(); ++i)
                plaintext[i] = char(i * 7 + 1);
            const QByteArray ciphertext =
                rsaEncrypt(key.get(), plaintext, RSA_PKCS1_OAEP_PADDING, c.opensslHash, c.label);
            QVERIFY2(!ciphertext.isEmpty(), c.name);
            // The label exactly as given: no trailing zero counted.
            QByteArray label = c.label;
            CK_RSA_PKCS_OAEP_PARAMS params;
            CK_MECHANISM mech = oaepMechanism(c, &params, label);
            QByteArray out;
            const CK_RV rv = decrypt(p11(), s.session, &mech, s.rsaPrivate, ciphertext, &out);
            dev.rv(QStringLiteral("OAEP %1").arg(QLatin1String(c.name)), rv, CKR_OK);
            if (rv == CKR_OK)
                dev.check(out == plaintext, QStringLiteral("OAEP %1: wrong plaintext %2")
                                                .arg(QLatin1String(c.name), hexOf(out)));
        }
        // CKM_RSA_PKCS decryption, when the module says it offers it.
        CK_MECHANISM_INFO info;
        P11_OK(p11()->C_GetMechanismInfo(s.card.instance, CKM_RSA_PKCS, &info));
        if (hasFlag(info.flags, CKF_DECRYPT)) {
            const QByteArray plaintext = "pkcs1 v1.5 plaintext";
            CK_MECHANISM mech{CKM_RSA_PKCS, nullptr, 0};
            QByteArray out;
            dev.rv(QStringLiteral("CKM_RSA_PKCS decrypt"),
                   decrypt(p11(), s.session, &mech, s.rsaPrivate,
                           rsaEncrypt(key.get(), plaintext, RSA_PKCS1_PADDING), &out),
                   CKR_OK);
            dev.check(out == plaintext, QStringLiteral("CKM_RSA_PKCS decrypt: ") + hexOf(out));
        }
        P11_NO_DEVIATIONS(dev);
    }

    void generateKeyPairs()
    {
        const TestCard card = createCard({});
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        P11_OK(login(p11(), s, CKU_USER, kPin));
        struct Row {
            const char* name;
            CK_MECHANISM_TYPE mechanism;
            QByteArray id;
            Template pub;
            KeyAlgorithm alg;
            CK_MECHANISM_TYPE signWith;
        };
        const QByteArray f4 = QByteArray::fromHex("010001");
        const Row rows[] = {
            {"RSA-2048", CKM_RSA_PKCS_KEY_PAIR_GEN, QByteArray(1, '\x01'),
             Template().addUlong(CKA_MODULUS_BITS, 2048).add(CKA_PUBLIC_EXPONENT, f4),
             KeyAlgorithm::Rsa2048, CKM_SHA256_RSA_PKCS_PSS},
            {"P-256", CKM_EC_KEY_PAIR_GEN, QByteArray(1, '\x02'),
             Template().add(CKA_EC_PARAMS, ecParamsP256()), KeyAlgorithm::EccP256,
             CKM_ECDSA_SHA256},
        };
        for (const Row& r : rows) {
            const QString label = QStringLiteral("gen ") + QLatin1String(r.name);
            Template pub = r.pub;
            pub.addBool(CKA_TOKEN, true)
                .addBool(CKA_VERIFY, true)
                .add(CKA_ID, r.id)
                .add(CKA_LABEL, label.toUtf8());
            Template priv = Template()
                                .addBool(CKA_TOKEN, true)
                                .addBool(CKA_PRIVATE, true)
                                .addBool(CKA_SENSITIVE, true)
                                .addBool(CKA_SIGN, true)
                                .add(CKA_ID, r.id)
                                .add(CKA_LABEL, label.toUtf8());
            CK_MECHANISM mech{r.mechanism, nullptr, 0};
            CK_OBJECT_HANDLE hPub = 0, hPriv = 0;
            P11_OK(p11()->C_GenerateKeyPair(s, &mech, pub.data(), pub.size(), priv.data(),
                                            priv.size(), &hPub, &hPriv));
            QVERIFY(hPub != CK_INVALID_HANDLE && hPriv != CK_INVALID_HANDLE && hPub != hPriv);
            // Found again by CKA_ID; the handles are the ones returned.
            QList<CK_OBJECT_HANDLE> found;
            P11_OK(findObjects(p11(), s, Template().add(CKA_ID, r.id), &found));
            QCOMPARE((std::set<CK_OBJECT_HANDLE>(found.begin(), found.end())),
                     (std::set<CK_OBJECT_HANDLE>{hPub, hPriv}));
            QByteArray value;
            P11_OK(attributeValue(p11(), s, hPriv, CKA_CLASS, &value));
            QCOMPARE(ulongOf(value), CKO_PRIVATE_KEY);
            P11_OK(attributeValue(p11(), s, hPub, CKA_LABEL, &value));
            QCOMPARE(value, label.toUtf8());
            P11_OK(attributeValue(p11(), s, hPriv, CKA_LOCAL, &value));
            QCOMPARE(boolOf(value), CK_BBOOL(CK_TRUE));
            if (r.alg == KeyAlgorithm::Rsa2048) {
                P11_OK(attributeValue(p11(), s, hPub, CKA_PUBLIC_EXPONENT, &value));
                QCOMPARE(value, f4);
                P11_OK(attributeValue(p11(), s, hPub, CKA_MODULUS, &value));
                QCOMPARE(value.size(), 256);
            }
            // The card has it, with its algorithm and label.
            bool onCard = false;
            for (const KeyInfo& k : m_env->service.keys(card.instance))
                onCard |= k.id == r.id && k.algorithm == r.alg && k.label == label;
            QVERIFY2(onCard, r.name);
            // It signs, and OpenSSL verifies with the public key object.
            const SignCase& c = signCase(r.signWith);
            CK_RSA_PKCS_PSS_PARAMS params;
            CK_MECHANISM signMech = signMechanism(c, &params);
            QByteArray sig;
            P11_OK(sign(p11(), s, &signMech, hPriv, signInput(c, kMessage), &sig));
            EvpKey key;
            P11_OK(publicKeyOf(p11(), s, hPub, &key));
            QString why;
            QVERIFY2(verifies(key.get(), c, kMessage, sig, &why), qPrintable(why));
        }
    }

    void generateKeyPairErrors()
    {
        const TestCard card = createCard({KeyAlgorithm::EccP256});
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        const QByteArray existingId = card.key(KeyAlgorithm::EccP256).id;
        const QByteArray f4 = QByteArray::fromHex("010001");
        const Template priv = Template().addBool(CKA_TOKEN, true).addBool(CKA_PRIVATE, true);
        struct Row {
            const char* name;
            CK_MECHANISM_TYPE mechanism;
            Template pub;
            Template priv;
            QList<CK_RV> allowed;
        };
        const Row rows[] = {
            {"RSA-1024",
             CKM_RSA_PKCS_KEY_PAIR_GEN,
             Template().addUlong(CKA_MODULUS_BITS, 1024).add(CKA_PUBLIC_EXPONENT, f4),
             priv,
             {CKR_KEY_SIZE_RANGE, CKR_ATTRIBUTE_VALUE_INVALID, CKR_TEMPLATE_INCONSISTENT}},
            {"RSA exponent 3",
             CKM_RSA_PKCS_KEY_PAIR_GEN,
             Template().addUlong(CKA_MODULUS_BITS, 2048).add(CKA_PUBLIC_EXPONENT, "\x03"),
             priv,
             {CKR_ATTRIBUTE_VALUE_INVALID, CKR_TEMPLATE_INCONSISTENT}},
            {"RSA without CKA_MODULUS_BITS",
             CKM_RSA_PKCS_KEY_PAIR_GEN,
             Template(),
             priv,
             {CKR_TEMPLATE_INCOMPLETE}},
            {"EC without CKA_EC_PARAMS",
             CKM_EC_KEY_PAIR_GEN,
             Template(),
             priv,
             {CKR_TEMPLATE_INCOMPLETE}},
            {"EC secp256k1",
             CKM_EC_KEY_PAIR_GEN,
             Template().add(CKA_EC_PARAMS, QByteArray::fromHex("06052b8104000a")),
             priv,
             {CKR_CURVE_NOT_SUPPORTED, CKR_ATTRIBUTE_VALUE_INVALID, CKR_DOMAIN_PARAMS_INVALID}},
            {"EC params not DER",
             CKM_EC_KEY_PAIR_GEN,
             Template().add(CKA_EC_PARAMS, "prime256v1"),
             priv,
             {CKR_ATTRIBUTE_VALUE_INVALID, CKR_DOMAIN_PARAMS_INVALID}},
            {"CKA_ID already on the card",
             CKM_EC_KEY_PAIR_GEN,
             Template().add(CKA_EC_PARAMS, ecParamsP256()).add(CKA_ID, existingId),
             Template(priv).add(CKA_ID, existingId),
             {CKR_ATTRIBUTE_VALUE_INVALID, CKR_TEMPLATE_INCONSISTENT}},
            {"extractable private key",
             CKM_EC_KEY_PAIR_GEN,
             Template().add(CKA_EC_PARAMS, ecParamsP256()),
             Template(priv).addBool(CKA_EXTRACTABLE, true),
             {CKR_ATTRIBUTE_VALUE_INVALID, CKR_TEMPLATE_INCONSISTENT}},
            {"non-sensitive private key",
             CKM_EC_KEY_PAIR_GEN,
             Template().add(CKA_EC_PARAMS, ecParamsP256()),
             Template(priv).addBool(CKA_SENSITIVE, false),
             {CKR_ATTRIBUTE_VALUE_INVALID, CKR_TEMPLATE_INCONSISTENT}},
            {"CKA_CLASS public key in the private template",
             CKM_EC_KEY_PAIR_GEN,
             Template().add(CKA_EC_PARAMS, ecParamsP256()),
             Template(priv).addUlong(CKA_CLASS, CKO_PUBLIC_KEY),
             {CKR_ATTRIBUTE_VALUE_INVALID, CKR_TEMPLATE_INCONSISTENT}},
            {"signing mechanism",
             CKM_ECDSA,
             Template().add(CKA_EC_PARAMS, ecParamsP256()),
             priv,
             {CKR_MECHANISM_INVALID}},
        };
        Deviations dev;
        CK_MECHANISM ecGen{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
        Template okPub = Template().add(CKA_EC_PARAMS, ecParamsP256());
        Template okPriv = priv;
        CK_OBJECT_HANDLE h1 = 0, h2 = 0;
        dev.rv(QStringLiteral("C_GenerateKeyPair before login"),
               p11()->C_GenerateKeyPair(s, &ecGen, okPub.data(), okPub.size(), okPriv.data(),
                                        okPriv.size(), &h1, &h2),
               CKR_USER_NOT_LOGGED_IN);
        P11_OK(login(p11(), s, CKU_USER, kPin));
        for (const Row& r : rows) {
            Template pub = r.pub, pr = r.priv;
            CK_MECHANISM mech{r.mechanism, nullptr, 0};
            dev.rvIn(QStringLiteral("C_GenerateKeyPair(%1)").arg(QLatin1String(r.name)),
                     p11()->C_GenerateKeyPair(s, &mech, pub.data(), pub.size(), pr.data(),
                                              pr.size(), &h1, &h2),
                     r.allowed);
        }
        dev.check(m_env->service.keys(card.instance).size() == 1,
                  QStringLiteral("refused key generations left %1 keys on the card")
                      .arg(m_env->service.keys(card.instance).size()));
        P11_NO_DEVIATIONS(dev);
    }

    void createAndDestroyCertificate()
    {
        Setup s;
        QVERIFY(setUp(&s, false));
        const QByteArray keyId = s.card.key(KeyAlgorithm::Rsa2048).id;
        QByteArray subject;
        QByteArray der = certificateFor(s.card, KeyAlgorithm::Rsa2048, &subject);
        auto certTemplate = [&](const QByteArray& value, const QByteArray& id) {
            return Template()
                .addUlong(CKA_CLASS, CKO_CERTIFICATE)
                .addUlong(CKA_CERTIFICATE_TYPE, CKC_X_509)
                .addBool(CKA_TOKEN, true)
                .add(CKA_ID, id)
                .add(CKA_LABEL, "card certificate")
                .add(CKA_SUBJECT, subject)
                .add(CKA_VALUE, value);
        };
        Template cert = certTemplate(der, keyId);
        CK_OBJECT_HANDLE h = 0;
        // A card write needs the user's login.
        P11_RV(p11()->C_CreateObject(s.session, cert.data(), cert.size(), &h),
               CKR_USER_NOT_LOGGED_IN);
        P11_OK(login(p11(), s.session, CKU_USER, kPin));

        // Refused: a certificate for a key the card does not have; no CKA_VALUE.
        TestCa otherCa;
        Template foreign = certTemplate(otherCa.der(), keyId);
        P11_RV_IN(p11()->C_CreateObject(s.session, foreign.data(), foreign.size(), &h),
                  CKR_TEMPLATE_INCONSISTENT, CKR_ATTRIBUTE_VALUE_INVALID);
        Template noValue = Template()
                               .addUlong(CKA_CLASS, CKO_CERTIFICATE)
                               .addUlong(CKA_CERTIFICATE_TYPE, CKC_X_509)
                               .addBool(CKA_TOKEN, true)
                               .add(CKA_ID, keyId);
        P11_RV(p11()->C_CreateObject(s.session, noValue.data(), noValue.size(), &h),
               CKR_TEMPLATE_INCOMPLETE);
        QVERIFY(!m_env->service.keys(s.card.instance).front().hasCertificate);

        P11_OK(p11()->C_CreateObject(s.session, cert.data(), cert.size(), &h));
        QVERIFY(h != CK_INVALID_HANDLE);
        QCOMPARE(m_env->service.certificate(s.card.instance, keyId).der, der);
        QByteArray value;
        P11_OK(attributeValue(p11(), s.session, h, CKA_VALUE, &value));
        QCOMPARE(value, der);
        P11_OK(attributeValue(p11(), s.session, h, CKA_ID, &value));
        QCOMPARE(value, keyId);
        // Certificates are public objects: found without login too.
        P11_OK(p11()->C_Logout(s.session));
        QList<CK_OBJECT_HANDLE> found;
        P11_OK(findObjects(p11(), s.session,
                           Template().addUlong(CKA_CLASS, CKO_CERTIFICATE).add(CKA_ID, keyId),
                           &found));
        QCOMPARE(found, QList<CK_OBJECT_HANDLE>{h});
        P11_RV(p11()->C_DestroyObject(s.session, h), CKR_USER_NOT_LOGGED_IN);
        P11_OK(login(p11(), s.session, CKU_USER, kPin));

        P11_OK(p11()->C_DestroyObject(s.session, h));
        P11_OK(
            findObjects(p11(), s.session, Template().addUlong(CKA_CLASS, CKO_CERTIFICATE), &found));
        QCOMPARE(found.size(), 0);
        P11_RV(attributeValue(p11(), s.session, h, CKA_VALUE, &value), CKR_OBJECT_HANDLE_INVALID);
        P11_RV(p11()->C_DestroyObject(s.session, h), CKR_OBJECT_HANDLE_INVALID);
        QVERIFY(!m_env->service.keys(s.card.instance).front().hasCertificate);
        // The key itself is still there and signs.
        CK_MECHANISM mech{CKM_SHA256_RSA_PKCS, nullptr, 0};
        QByteArray sig;
        P11_OK(findKeyObject(s.session, CKO_PRIVATE_KEY, keyId, &s.rsaPrivate));
        P11_OK(sign(p11(), s.session, &mech, s.rsaPrivate, kMessage, &sig));
    }

    void destroyKeyPair()
    {
        Setup s;
        QVERIFY(setUp(&s));
        const QByteArray ecId = s.card.key(KeyAlgorithm::EccP256).id;
        P11_OK(p11()->C_DestroyObject(s.session, s.ecPrivate));
        QList<CK_OBJECT_HANDLE> found;
        P11_OK(findObjects(p11(), s.session,
                           Template().addUlong(CKA_CLASS, CKO_PRIVATE_KEY).add(CKA_ID, ecId),
                           &found));
        QCOMPARE(found.size(), 0);
        CK_MECHANISM mech{CKM_ECDSA_SHA256, nullptr, 0};
        P11_RV(p11()->C_SignInit(s.session, &mech, s.ecPrivate), CKR_KEY_HANDLE_INVALID);
        for (const KeyInfo& k : m_env->service.keys(s.card.instance))
            QVERIFY2(k.id != ecId, "the destroyed private key is still on the card");
    }

    void findObjectsByAttributes()
    {
        TestCard card = createCard({KeyAlgorithm::Rsa2048, KeyAlgorithm::EccP256});
        const CardKey rsa = card.key(KeyAlgorithm::Rsa2048);
        const CardKey ec = card.key(KeyAlgorithm::EccP256);
        {
            QByteArray subject;
            const QByteArray der = certificateFor(card, KeyAlgorithm::Rsa2048, &subject);
            connectTpm();
            m_env->service.setCertificate(card.instance, pin(kPin), rsa.id, der, {});
        }
        P11_OK(initialize());
        const CK_SESSION_HANDLE s = newSession(card.instance);
        struct Row {
            const char* name;
            Template templ;
            int publicCount;   // before login
            int loggedInCount; // after
        };
        const Row rows[] = {
            {"CKA_CLASS private key", Template().addUlong(CKA_CLASS, CKO_PRIVATE_KEY), 0, 2},
            {"CKA_CLASS public key", Template().addUlong(CKA_CLASS, CKO_PUBLIC_KEY), 2, 2},
            {"CKA_CLASS certificate", Template().addUlong(CKA_CLASS, CKO_CERTIFICATE), 1, 1},
            {"CKA_CLASS data", Template().addUlong(CKA_CLASS, CKO_DATA), 0, 0},
            {"CKA_ID of the RSA key", Template().add(CKA_ID, rsa.id), 2, 3},
            {"CKA_ID of the EC key", Template().add(CKA_ID, ec.id), 1, 2},
            {"CKA_ID unknown", Template().add(CKA_ID, QByteArray(20, '\x5a')), 0, 0},
            {"CKA_LABEL of the EC key", Template().add(CKA_LABEL, ec.label.toUtf8()), 1, 2},
            {"CKA_LABEL unknown", Template().add(CKA_LABEL, "no such label"), 0, 0},
            {"CKA_KEY_TYPE CKK_EC", Template().addUlong(CKA_KEY_TYPE, CKK_EC), 1, 2},
            {"CKA_KEY_TYPE CKK_RSA", Template().addUlong(CKA_KEY_TYPE, CKK_RSA), 1, 2},
            {"class + key type",
             Template().addUlong(CKA_CLASS, CKO_PRIVATE_KEY).addUlong(CKA_KEY_TYPE, CKK_EC), 0, 1},
            {"CKA_TOKEN true", Template().addBool(CKA_TOKEN, true), 3, 5},
            {"CKA_TOKEN false", Template().addBool(CKA_TOKEN, false), 0, 0},
            {"CKA_PRIVATE true", Template().addBool(CKA_PRIVATE, true), 0, 2},
            {"an attribute no object has", Template().add(kUnknownAttribute, "x"), 0, 0},
            {"empty template", Template(), 3, 5},
        };
        Deviations dev;
        for (bool loggedIn : {false, true}) {
            if (loggedIn)
                P11_OK(login(p11(), s, CKU_USER, kPin));
            for (const Row& r : rows) {
                QList<CK_OBJECT_HANDLE> found;
                const QString name =
                    QStringLiteral("find %1 (%2)")
                        .arg(QLatin1String(r.name), QLatin1String(loggedIn ? "user" : "public"));
                const CK_RV rv = findObjects(p11(), s, r.templ, &found);
                dev.rv(name, rv, CKR_OK);
                const int want = loggedIn ? r.loggedInCount : r.publicCount;
                dev.check(
                    found.size() == want,
                    name + QStringLiteral(": %1 objects, %2 expected").arg(found.size()).arg(want));
                dev.check(std::set<CK_OBJECT_HANDLE>(found.begin(), found.end()).size() ==
                              std::size_t(found.size()),
                          name + QStringLiteral(": the same handle twice"));
            }
        }
        // One at a time gives the same objects as all at once.
        QList<CK_OBJECT_HANDLE> all, oneByOne;
        P11_OK(findObjects(p11(), s, Template(), &all));
        P11_OK(p11()->C_FindObjectsInit(s, nullptr, 0));
        for (;;) {
            CK_OBJECT_HANDLE h = 0;
            CK_ULONG count = 0;
            P11_OK(p11()->C_FindObjects(s, &h, 1, &count));
            if (count == 0)
                break;
            QCOMPARE(count, 1UL);
            oneByOne.append(h);
            QVERIFY(oneByOne.size() <= all.size());
        }
        P11_OK(p11()->C_FindObjectsFinal(s));
        QCOMPARE((std::set<CK_OBJECT_HANDLE>(oneByOne.begin(), oneByOne.end())),
                 (std::set<CK_OBJECT_HANDLE>(all.begin(), all.end())));
        P11_NO_DEVIATIONS(dev);
    }

    // C_FindObjectsInit reads the caller's values as C_CreateObject and C_GenerateKeyPair
    // do: a NULL value with a length, or a length past the module's cap, is refused before
    // a byte is read, whether or not the card has an object to compare it with.
    void findObjectsChecksTemplateLengths()
    {
        const TestCard withKeys = createCard({KeyAlgorithm::EccP256});
        const TestCard empty = createCard({});
        P11_OK(initialize());
        QByteArray longest(1024 * 1024, '\x5a'); // the cap: still compared
        QByteArray tooLong(1024 * 1024 + 1, '\x5a');
        char label[] = "key-ec-p256"; // NUL-terminated: a length of -1 must not mean strlen
        struct Row {
            const char* name;
            CK_ATTRIBUTE attribute;
            CK_RV expected;
        };
        const Row rows[] = {
            {"CKA_ID of 1 MiB", {CKA_ID, longest.data(), ckLen(longest)}, CKR_OK},
            {"CKA_ID of 1 MiB + 1",
             {CKA_ID, tooLong.data(), ckLen(tooLong)},
             CKR_ATTRIBUTE_VALUE_INVALID},
            {"CKA_LABEL of length -1",
             {CKA_LABEL, label, ~CK_ULONG(0)},
             CKR_ATTRIBUTE_VALUE_INVALID},
            {"CKA_ID NULL with length 20", {CKA_ID, nullptr, 20}, CKR_ATTRIBUTE_VALUE_INVALID},
        };
        Deviations dev;
        for (const TestCard* card : {&withKeys, &empty}) {
            const CK_SESSION_HANDLE s = newSession(card->instance);
            P11_OK(login(p11(), s, CKU_USER, kPin));
            const QString where = card == &withKeys ? QStringLiteral("card with a key")
                                                    : QStringLiteral("empty card");
            for (const Row& r : rows) {
                CK_ATTRIBUTE attribute = r.attribute;
                const QString name = QStringLiteral("C_FindObjectsInit(%1) on the %2")
                                         .arg(QLatin1String(r.name), where);
                const CK_RV rv = p11()->C_FindObjectsInit(s, &attribute, 1);
                dev.rv(name, rv, r.expected);
                if (rv == CKR_OK)
                    p11()->C_FindObjectsFinal(s);
                // A refused C_FindObjectsInit leaves no search behind.
                QList<CK_OBJECT_HANDLE> found;
                dev.rv(name + QStringLiteral(", then a search"), findObjects(p11(), s, {}, &found),
                       CKR_OK);
            }
        }
        // The same value where C_CreateObject reads it: the same answer.
        const CK_SESSION_HANDLE s = newSession(withKeys.instance);
        CK_OBJECT_CLASS certificate = CKO_CERTIFICATE;
        CK_ATTRIBUTE create[] = {{CKA_CLASS, &certificate, sizeof certificate},
                                 {CKA_VALUE, tooLong.data(), ckLen(tooLong)}};
        CK_OBJECT_HANDLE object = 0;
        dev.rv(QStringLiteral("C_CreateObject(CKA_VALUE of 1 MiB + 1)"),
               p11()->C_CreateObject(s, create, 2, &object), CKR_ATTRIBUTE_VALUE_INVALID);
        P11_NO_DEVIATIONS(dev);
    }

    void cardsAppearAndDisappearWhileLoaded()
    {
        const TestCard first = createCard({});
        P11_OK(initialize());
        auto slotList = [&]() {
            CK_SLOT_ID slots[8];
            CK_ULONG count = 8;
            const CK_RV rv = p11()->C_GetSlotList(CK_TRUE, slots, &count);
            std::set<CK_SLOT_ID> out;
            for (CK_ULONG i = 0; rv == CKR_OK && i < count; ++i)
                out.insert(slots[i]);
            return out;
        };
        QCOMPARE(slotList(), (std::set<CK_SLOT_ID>{CK_SLOT_ID(first.instance)}));
        const TestCard second = createCard({});
        QCOMPARE(slotList(),
                 (std::set<CK_SLOT_ID>{CK_SLOT_ID(first.instance), CK_SLOT_ID(second.instance)}));
        CK_TOKEN_INFO token;
        P11_OK(p11()->C_GetTokenInfo(second.instance, &token));
        const CK_SESSION_HANDLE s = newSession(second.instance);
        P11_OK(login(p11(), s, CKU_USER, kPin));
        P11_OK(p11()->C_Logout(s));
        P11_OK(p11()->C_CloseSession(s));
        withTpm([&] { m_env->service.destroy(second.instance); }); // its file and NV indices
        QCOMPARE(slotList(), (std::set<CK_SLOT_ID>{CK_SLOT_ID(first.instance)}));
        P11_RV_IN(p11()->C_GetTokenInfo(second.instance, &token), CKR_SLOT_ID_INVALID,
                  CKR_TOKEN_NOT_PRESENT);
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Conformance)
#include "test_pkcs11_conformance.moc"

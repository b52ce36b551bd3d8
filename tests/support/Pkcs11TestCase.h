// Base of the PKCS#11 module tests (test_pkcs11_*): the module loaded once per test
// binary, this binary's swtpm, and per test a fresh card store made with CardService.
// The module is pointed at that store and swtpm through TPMVSC_HOME / TPMVSC_TCTI before
// C_Initialize. swtpm serves one connection at a time, so the test's own TPM connection
// is closed before the module is initialized (CardService reads the store without it).
// After each test: C_Finalize, then no transient object or session may be left on the TPM.
//
// Helpers return CK_RV so tests check them with P11_OK / P11_RV, which print names.
#pragma once

#include "CardTestEnv.h"
#include "Pkcs11Module.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <memory>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;

namespace tpmvsc::test {

// "CKR_PIN_INCORRECT"; unknown values in hex.
QByteArray ckrName(CK_RV rv);
bool rvIn(CK_RV rv, std::initializer_list<CK_RV> allowed);

} // namespace tpmvsc::test

#define P11_RV(call, expected)                                                                     \
    QCOMPARE(tpmvsc::test::ckrName(call), tpmvsc::test::ckrName(expected))
#define P11_OK(call) P11_RV(call, CKR_OK)
// For the cases where the specification lets a module choose among several codes.
#define P11_RV_IN(call, ...)                                                                       \
    do {                                                                                           \
        const CK_RV rv_ = (call);                                                                  \
        QVERIFY2(tpmvsc::test::rvIn(rv_, {__VA_ARGS__}),                                           \
                 (tpmvsc::test::ckrName(rv_) + " from " #call).constData());                       \
    } while (false)
#define P11_NO_DEVIATIONS(d) QVERIFY2((d).none(), qPrintable((d).report()))

namespace tpmvsc::test {

// The outcome of a table of calls: every deviation of one run is listed, not only the
// first (which is what a bug report about a module needs).
class Deviations
{
public:
    void rv(const QString& call, CK_RV actual, CK_RV expected);
    void rvIn(const QString& call, CK_RV actual, const QList<CK_RV>& allowed);
    void check(bool ok, const QString& what);
    bool none() const { return m_lines.isEmpty(); }
    QString report() const;

private:
    QStringList m_lines;
};

// An attribute template that owns its values.
class Template
{
public:
    Template& add(CK_ATTRIBUTE_TYPE type, const QByteArray& value);
    Template& addUlong(CK_ATTRIBUTE_TYPE type, CK_ULONG value);
    Template& addBool(CK_ATTRIBUTE_TYPE type, bool value);
    CK_ATTRIBUTE* data();
    CK_ULONG size() const { return static_cast<CK_ULONG>(m_types.size()); }

private:
    std::vector<CK_ATTRIBUTE_TYPE> m_types;
    std::vector<QByteArray> m_values;
    std::vector<CK_ATTRIBUTE> m_attributes;
};

inline CK_BYTE* ckBytes(QByteArray& b)
{
    return reinterpret_cast<CK_BYTE*>(b.data());
}
inline CK_ULONG ckLen(const QByteArray& b)
{
    return static_cast<CK_ULONG>(b.size());
}

// CK_ULONG attribute value as bytes (for templates and comparisons).
QByteArray ulongBytes(CK_ULONG value);
CK_ULONG ulongOf(const QByteArray& bytes); // 0 when the size is not sizeof(CK_ULONG)
// DER of the named curves' OIDs (CKA_EC_PARAMS).
QByteArray ecParamsP256();
QByteArray ecParamsP384();
QByteArray digestInfoSha256(const QByteArray& message); // DigestInfo for CKM_RSA_PKCS
QByteArray hashOf(const char* mdName, const QByteArray& message);

// The usual PKCS#11 call sequences.
CK_RV attributeValue(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                     CK_ATTRIBUTE_TYPE type, QByteArray* value);
CK_RV findObjects(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, Template templ,
                  QList<CK_OBJECT_HANDLE>* found);
CK_RV login(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_USER_TYPE user, const char* pin);
// C_SignInit, C_Sign(NULL) for the size, C_Sign.
CK_RV sign(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
           CK_OBJECT_HANDLE key, const QByteArray& data, QByteArray* signature);
CK_RV decrypt(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
              CK_OBJECT_HANDLE key, const QByteArray& ciphertext, QByteArray* plaintext);
CK_RV tokenFlags(CK_FUNCTION_LIST* p11, CK_SLOT_ID slot, CK_FLAGS* flags);

// Owned OpenSSL public key.
struct EvpKeyFree {
    void operator()(EVP_PKEY* key) const;
};
using EvpKey = std::unique_ptr<EVP_PKEY, EvpKeyFree>;
EvpKey evpFromSpki(const QByteArray& der);
// The public key as a PKCS#11 application rebuilds it: CKA_MODULUS + CKA_PUBLIC_EXPONENT,
// or CKA_EC_PARAMS + CKA_EC_POINT (DER OCTET STRING), of a public key object.
CK_RV publicKeyOf(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_OBJECT_HANDLE publicKey,
                  EvpKey* key);

// A signing mechanism and how OpenSSL checks its signatures.
struct SignCase {
    const char* name;
    CK_MECHANISM_TYPE mechanism;
    bool rsa;
    const char* hash;     // the message digest ("SHA256"); the mechanism's or the prehash's
    bool mechanismHashes; // true: data is the message; false: data is the digest
    bool pss;             // PSS: params {hash, MGF1(hash), saltLength}
    CK_ULONG saltLength;
    CK_MECHANISM_TYPE pssHash; // CKM_SHA256 ...
    CK_RSA_PKCS_MGF_TYPE mgf;
};
// Every signing mechanism the module offers, with the key type each needs.
const QList<SignCase>& signCases();
const SignCase& signCase(CK_MECHANISM_TYPE mechanism);

// The data to hand to C_Sign for `message` (digest or DigestInfo when the mechanism
// does not hash), and the mechanism (with PSS params pointing into `pssParams`).
QByteArray signInput(const SignCase& c, const QByteArray& message);
CK_MECHANISM signMechanism(const SignCase& c, CK_RSA_PKCS_PSS_PARAMS* pssParams);
// Checks `signature` (PKCS#11 form: RSA bytes, ECDSA r||s) over `message` with OpenSSL.
bool verifies(EVP_PKEY* key, const SignCase& c, const QByteArray& message,
              const QByteArray& signature, QString* why);

struct CardKey {
    KeyAlgorithm algorithm;
    QByteArray id;
    QString label;
};
struct TestCard {
    int instance = -1;
    QList<CardKey> keys;
    const CardKey& key(KeyAlgorithm algorithm) const;
};

class Pkcs11TestCase : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kPin = "12345678";
    static constexpr const char* kPuk = "87654321";

protected:
    std::unique_ptr<SwtpmFixture> m_swtpm;
    std::unique_ptr<CardTestEnv> m_env;
    std::unique_ptr<Pkcs11Module> m_module;

    CK_FUNCTION_LIST* p11() const { return m_module->functions(); }
    // Card with PIN kPin, PUK kPuk and one key per algorithm (labels "key-<alg>"), made
    // through CardService before the module is initialized (or inside withTpm()).
    TestCard createCard(const QList<KeyAlgorithm>& algorithms, CreateOptions options = {});
    // Closes the test's TPM connection, points the module at the store and swtpm (or at
    // `tcti`) and calls C_Initialize (args may be null).
    CK_RV initialize(CK_C_INITIALIZE_ARGS* args = nullptr, const QString& tcti = QString());
    CK_RV finalize();
    // Runs f with a TPM connection of the test's own (for CardService work while the
    // module is loaded), closed again afterwards.
    template <typename F> void withTpm(F f)
    {
        connectTpm();
        f();
        m_env->tpm.reset();
    }
    void connectTpm();
    // Session on `slot` (read-write unless rw is false), optionally logged in as user.
    CK_RV openSession(CK_SLOT_ID slot, CK_SESSION_HANDLE* session, bool rw = true);
    // The one object matching class + CKA_ID.
    CK_RV findKeyObject(CK_SESSION_HANDLE session, CK_OBJECT_CLASS objectClass,
                        const QByteArray& id, CK_OBJECT_HANDLE* object);
    CK_RV cardPublicKey(const TestCard& card, KeyAlgorithm algorithm, EvpKey* key) const;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

private:
    bool m_initialized = false;
    bool m_tpmHeld = false; // the module kept the TPM after C_Finalize: later tests would hang
};

} // namespace tpmvsc::test

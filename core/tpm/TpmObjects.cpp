#include "TpmObjects.h"

#include "EsysMemory.h"

#include "Tpm.h"
#include "TpmError.h"
#include "TpmWire.h"

#include <QCoreApplication>
#include <cstring>
#include <openssl/crypto.h>
#include <tss2/tss2_mu.h>

namespace tpmvsc {

TpmObject::TpmObject(TpmObject&& other) noexcept
    : m_esys(other.m_esys), m_handle(other.m_handle), m_end(other.m_end)
{
    other.m_handle = ESYS_TR_NONE;
}

TpmObject& TpmObject::operator=(TpmObject&& other) noexcept
{
    if (this != &other) {
        flush();
        m_esys = other.m_esys;
        m_handle = other.m_handle;
        m_end = other.m_end;
        other.m_handle = ESYS_TR_NONE;
    }
    return *this;
}

TpmObject::~TpmObject()
{
    flush();
}

void TpmObject::flush()
{
    if (m_handle != ESYS_TR_NONE && m_esys && m_end == End::Close) {
        Esys_TR_Close(m_esys, &m_handle);
    } else if (m_handle != ESYS_TR_NONE && m_esys && m_end == End::Flush) {
        // If the TPM is gone there is nothing left to flush; never throw from here.
        if (Esys_FlushContext(m_esys, m_handle) != TSS2_RC_SUCCESS)
            Esys_TR_Close(m_esys, &m_handle);
    }
    m_handle = ESYS_TR_NONE;
}

namespace {

constexpr TPMA_OBJECT kCommonAttributes =
    TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT | TPMA_OBJECT_USERWITHAUTH;

QByteArray marshalPublic(const TPM2B_PUBLIC& pub)
{
    uint8_t buffer[sizeof(TPM2B_PUBLIC)];
    size_t offset = 0;
    checkRc(Tss2_MU_TPM2B_PUBLIC_Marshal(&pub, buffer, sizeof buffer, &offset),
            "Tss2_MU_TPM2B_PUBLIC_Marshal");
    return QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(offset));
}

QByteArray marshalPrivate(const TPM2B_PRIVATE& priv)
{
    uint8_t buffer[sizeof(TPM2B_PRIVATE)];
    size_t offset = 0;
    checkRc(Tss2_MU_TPM2B_PRIVATE_Marshal(&priv, buffer, sizeof buffer, &offset),
            "Tss2_MU_TPM2B_PRIVATE_Marshal");
    return QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(offset));
}

TPM2B_PRIVATE unmarshalPrivate(const QByteArray& bytes)
{
    TPM2B_PRIVATE priv{};
    size_t offset = 0;
    const TSS2_RC rc =
        Tss2_MU_TPM2B_PRIVATE_Unmarshal(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                        static_cast<size_t>(bytes.size()), &offset, &priv);
    if (rc != TSS2_RC_SUCCESS || offset != static_cast<size_t>(bytes.size()))
        throw Error(ErrorCode::StoreCorrupt,
                    Sentence("TpmObjects", "A TPM object in the card file is malformed."));
    return priv;
}

} // namespace

// The TPM drops trailing zero octets of an authValue (TPM 2.0 part 1, 19.6.4.3); so do
// we (wire::trimmedAuth, as our own sessions do), so both sides always agree.
TPM2B_AUTH tpmAuth(const Secret& value)
{
    TPM2B_AUTH auth{};
    const Secret trimmed = wire::trimmedAuth(value);
    const std::size_t size = std::min(trimmed.size(), sizeof(auth.buffer));
    auth.size = static_cast<UINT16>(size);
    if (size > 0)
        std::memcpy(auth.buffer, trimmed.data(), size);
    return auth;
}

// Only commands whose first parameter is a sized buffer may be encrypted; the TPM
// refuses the attribute otherwise, so each command sets what fits it.
void useSession(Tpm& tpm, ESYS_TR session, bool encryptCommand, bool encryptResponse)
{
    if (session == ESYS_TR_PASSWORD || session == ESYS_TR_NONE)
        return;
    TPMA_SESSION attributes = TPMA_SESSION_CONTINUESESSION;
    if (encryptCommand)
        attributes |= TPMA_SESSION_DECRYPT;
    if (encryptResponse)
        attributes |= TPMA_SESSION_ENCRYPT;
    checkRc(Esys_TRSess_SetAttributes(tpm.esys(), session, attributes, 0xff),
            "Esys_TRSess_SetAttributes");
}

void setAuth(Tpm& tpm, ESYS_TR object, const Secret& value)
{
    TPM2B_AUTH auth = tpmAuth(value);
    const TSS2_RC rc = Esys_TR_SetAuth(tpm.esys(), object, &auth);
    OPENSSL_cleanse(&auth, sizeof auth);
    checkRc(rc, "Esys_TR_SetAuth");
}

ScopedAuth::ScopedAuth(Tpm& tpm, ESYS_TR object, const Secret& value) : m_tpm(tpm), m_object(object)
{
    setAuth(tpm, object, value);
}

ScopedAuth::~ScopedAuth()
{
    const TPM2B_AUTH none{};
    Esys_TR_SetAuth(m_tpm.esys(), m_object, &none);
}

namespace {

TPM2B_PUBLIC keyTemplate(KeyAlgorithm algorithm)
{
    TPM2B_PUBLIC t{};
    TPMT_PUBLIC& p = t.publicArea;
    p.nameAlg = TPM2_ALG_SHA256;
    // sign + decrypt, scheme NULL: the scheme is chosen per operation, so one key serves
    // PKCS#1 v1.5, PSS and raw RSA (PKCS#11 CKM_RSA_PKCS), or ECDSA and ECDH.
    p.objectAttributes = kCommonAttributes | TPMA_OBJECT_SENSITIVEDATAORIGIN |
                         TPMA_OBJECT_SIGN_ENCRYPT | TPMA_OBJECT_DECRYPT;
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
    case KeyAlgorithm::Rsa3072:
        p.type = TPM2_ALG_RSA;
        p.parameters.rsaDetail.symmetric.algorithm = TPM2_ALG_NULL;
        p.parameters.rsaDetail.scheme.scheme = TPM2_ALG_NULL;
        p.parameters.rsaDetail.keyBits = algorithm == KeyAlgorithm::Rsa2048 ? 2048 : 3072;
        p.parameters.rsaDetail.exponent = 0;
        break;
    case KeyAlgorithm::EccP256:
    case KeyAlgorithm::EccP384:
        p.type = TPM2_ALG_ECC;
        p.parameters.eccDetail.symmetric.algorithm = TPM2_ALG_NULL;
        p.parameters.eccDetail.scheme.scheme = TPM2_ALG_NULL;
        p.parameters.eccDetail.curveID =
            algorithm == KeyAlgorithm::EccP256 ? TPM2_ECC_NIST_P256 : TPM2_ECC_NIST_P384;
        p.parameters.eccDetail.kdf.scheme = TPM2_ALG_NULL;
        break;
    }
    return t;
}

// With `ifRoom`, a TPM without a free object slot gives nothing instead of an error.
std::optional<TpmBlob> createObject(Tpm& tpm, ESYS_TR parent, ESYS_TR session,
                                    const TPM2B_PUBLIC& tmpl, const Secret& authValue,
                                    const Secret* data, const char* what, bool ifRoom = false)
{
    TPM2B_SENSITIVE_CREATE sensitive{};
    sensitive.sensitive.userAuth = tpmAuth(authValue);
    if (data) {
        if (data->size() > sizeof(sensitive.sensitive.data.buffer))
            throw Error(ErrorCode::Internal, QStringLiteral("sealed data too large"));
        sensitive.sensitive.data.size = static_cast<UINT16>(data->size());
        if (!data->empty())
            std::memcpy(sensitive.sensitive.data.buffer, data->data(), data->size());
    }
    TPM2B_DATA outsideInfo{};
    TPML_PCR_SELECTION pcrs{};
    EsysPtr<TPM2B_PRIVATE> priv;
    EsysPtr<TPM2B_PUBLIC> pub;
    useSession(tpm, session, true, true);
    const TSS2_RC rc =
        Esys_Create(tpm.esys(), parent, session, ESYS_TR_NONE, ESYS_TR_NONE, &sensitive, &tmpl,
                    &outsideInfo, &pcrs, priv.out(), pub.out(), nullptr, nullptr, nullptr);
    OPENSSL_cleanse(&sensitive, sizeof sensitive);
    if (ifRoom && isObjectMemoryFull(rc))
        return std::nullopt;
    checkRc(rc, what);
    return TpmBlob{marshalPublic(*pub.p), marshalPrivate(*priv.p)};
}

} // namespace

TPM2B_PUBLIC unmarshalPublic(const QByteArray& bytes)
{
    TPM2B_PUBLIC pub{};
    size_t offset = 0;
    const TSS2_RC rc =
        Tss2_MU_TPM2B_PUBLIC_Unmarshal(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                       static_cast<size_t>(bytes.size()), &offset, &pub);
    if (rc != TSS2_RC_SUCCESS || offset != static_cast<size_t>(bytes.size()))
        throw Error(ErrorCode::StoreCorrupt,
                    Sentence("TpmObjects", "A public key in the card file is malformed."));
    return pub;
}

namespace {
TPM2B_PUBLIC storageTemplate()
{
    // TCG "Provisioning Guidance" SRK template (ECC P-256, AES-128-CFB), so the primary
    // is the same one other TPM software derives and nothing of ours needs to persist.
    TPM2B_PUBLIC tmpl{};
    TPMT_PUBLIC& p = tmpl.publicArea;
    p.type = TPM2_ALG_ECC;
    p.nameAlg = TPM2_ALG_SHA256;
    p.objectAttributes = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                         TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_USERWITHAUTH |
                         TPMA_OBJECT_NODA | TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_DECRYPT;
    p.parameters.eccDetail.symmetric.algorithm = TPM2_ALG_AES;
    p.parameters.eccDetail.symmetric.keyBits.aes = 128;
    p.parameters.eccDetail.symmetric.mode.aes = TPM2_ALG_CFB;
    p.parameters.eccDetail.scheme.scheme = TPM2_ALG_NULL;
    p.parameters.eccDetail.curveID = TPM2_ECC_NIST_P256;
    p.parameters.eccDetail.kdf.scheme = TPM2_ALG_NULL;
    p.unique.ecc.x.size = 32;
    p.unique.ecc.y.size = 32;

    return tmpl;
}

QByteArray nameOf(Tpm& tpm, ESYS_TR handle)
{
    EsysPtr<TPM2B_NAME> n;
    checkRc(Esys_TR_GetName(tpm.esys(), handle, n.out()), "Esys_TR_GetName");
    return QByteArray(reinterpret_cast<const char*>(n->name), n->size);
}

// Whether the persistent key is one our template makes: the template's fields equal
// (only `unique` differs: the key itself). Asked of the TPM once per connection.
bool persistentKeyIsOurs(Tpm& tpm, ESYS_TR key)
{
    if (const std::optional<bool> known = tpm.persistentStorageKeyIsOurs())
        return *known;
    EsysPtr<TPM2B_PUBLIC> pub;
    checkRc(Esys_ReadPublic(tpm.esys(), key, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, pub.out(),
                            nullptr, nullptr),
            "Esys_ReadPublic");
    const TPMT_PUBLIC& f = pub->publicArea;
    const TPMT_PUBLIC w = storageTemplate().publicArea;
    const TPMS_ECC_PARMS& fe = f.parameters.eccDetail;
    const TPMS_ECC_PARMS& we = w.parameters.eccDetail;
    const bool same =
        f.type == w.type && f.nameAlg == w.nameAlg && f.objectAttributes == w.objectAttributes &&
        f.authPolicy.size == 0 && fe.symmetric.algorithm == we.symmetric.algorithm &&
        fe.symmetric.keyBits.aes == we.symmetric.keyBits.aes &&
        fe.symmetric.mode.aes == we.symmetric.mode.aes && fe.scheme.scheme == we.scheme.scheme &&
        fe.curveID == we.curveID && fe.kdf.scheme == we.kdf.scheme;
    tpm.setPersistentStorageKeyIsOurs(same);
    return same;
}

// The persistent storage key, when it may serve: for a card, when it is the key the card
// was made under (its Name, which covers the whole public area, is the card's primary
// Name: it passed the template check when the card was made); for a new card, when it is
// made from our template. A card made under the created primary keeps using that one.
std::optional<TpmObject> persistentStorageKey(Tpm& tpm, const QByteArray& expectedName)
{
    const std::optional<ESYS_TR> key = tpm.persistentStorageKey();
    if (!key)
        return std::nullopt;
    const bool serves =
        expectedName.isEmpty() ? persistentKeyIsOurs(tpm, *key) : nameOf(tpm, *key) == expectedName;
    if (!serves)
        return std::nullopt;
    return TpmObject::borrowed(tpm.esys(), *key); // the connection keeps the reference
}

// The storage primary, or nothing when `ifRoom` and the TPM has no free object slot.

std::optional<TpmObject> storagePrimary(Tpm& tpm, QByteArray* name, bool ifRoom,
                                        const QByteArray& expectedName)
{
    if (std::optional<TpmObject> key = persistentStorageKey(tpm, expectedName)) {
        if (name)
            *name = nameOf(tpm, key->handle());
        return key;
    }
    TPM2B_PUBLIC tmpl = storageTemplate();
    TPM2B_SENSITIVE_CREATE sensitive{};
    TPM2B_DATA outsideInfo{};
    TPML_PCR_SELECTION pcrs{};
    ESYS_TR handle = ESYS_TR_NONE;
    const TSS2_RC rc = Esys_CreatePrimary(
        tpm.esys(), ESYS_TR_RH_OWNER, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, &sensitive,
        &tmpl, &outsideInfo, &pcrs, &handle, nullptr, nullptr, nullptr, nullptr);
    // Not the user's PIN: the machine's owner set a password on the storage hierarchy.
    // Saying "authorization failed" here would read like a wrong PIN.
    if (isAuthFailure(rc))
        throw Error(
            ErrorCode::Unsupported,
            Sentence("TpmObjects",
                     "The TPM's storage hierarchy is protected by an owner password, so "
                     "tpmvsc cannot create its storage key. Ask the machine's administrator "
                     "to clear the owner authorization (tpm2_changeauth -c owner)."));
    if (ifRoom && isObjectMemoryFull(rc))
        return std::nullopt;
    checkRc(rc, "Esys_CreatePrimary");
    TpmObject primary(tpm.esys(), handle);
    if (name) {
        EsysPtr<TPM2B_NAME> n;
        checkRc(Esys_TR_GetName(tpm.esys(), handle, n.out()), "Esys_TR_GetName");
        *name = QByteArray(reinterpret_cast<const char*>(n->name), n->size);
    }
    return primary;
}
} // namespace

TpmObject createStoragePrimary(Tpm& tpm, QByteArray* name, const QByteArray& expectedName)
{
    return std::move(*storagePrimary(tpm, name, false, expectedName));
}

std::optional<TpmObject> createStoragePrimaryIfRoom(Tpm& tpm, QByteArray* name,
                                                    const QByteArray& expectedName)
{
    return storagePrimary(tpm, name, true, expectedName);
}

TpmObject startSaltedSession(Tpm& tpm, ESYS_TR primary)
{
    TPMT_SYM_DEF symmetric{};
    symmetric.algorithm = TPM2_ALG_AES;
    symmetric.keyBits.aes = 128;
    symmetric.mode.aes = TPM2_ALG_CFB;
    ESYS_TR session = ESYS_TR_NONE;
    checkRc(Esys_StartAuthSession(tpm.esys(), primary, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                  ESYS_TR_NONE, nullptr, TPM2_SE_HMAC, &symmetric, TPM2_ALG_SHA256,
                                  &session),
            "Esys_StartAuthSession");
    TpmObject owned(tpm.esys(), session);
    checkRc(Esys_TRSess_SetAttributes(
                tpm.esys(), session,
                TPMA_SESSION_CONTINUESESSION | TPMA_SESSION_DECRYPT | TPMA_SESSION_ENCRYPT, 0xff),
            "Esys_TRSess_SetAttributes");
    return owned;
}

TpmBlob sealSecret(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const Secret& authValue,
                   const Secret& data)
{
    TPM2B_PUBLIC tmpl{};
    TPMT_PUBLIC& p = tmpl.publicArea;
    p.type = TPM2_ALG_KEYEDHASH;
    p.nameAlg = TPM2_ALG_SHA256;
    // Not noDA: every wrong PIN/PUK/response counts toward the TPM's lockout.
    p.objectAttributes = kCommonAttributes;
    p.parameters.keyedHashDetail.scheme.scheme = TPM2_ALG_NULL;
    return *createObject(tpm, primary, session, tmpl, authValue, &data, "Esys_Create(seal)");
}

namespace {
TPM2B_PUBLIC sealedTemplate(TPMA_OBJECT attributes)
{
    TPM2B_PUBLIC tmpl{};
    TPMT_PUBLIC& p = tmpl.publicArea;
    p.type = TPM2_ALG_KEYEDHASH;
    p.nameAlg = TPM2_ALG_SHA256;
    p.objectAttributes = attributes;
    p.parameters.keyedHashDetail.scheme.scheme = TPM2_ALG_NULL;
    return tmpl;
}
} // namespace

TpmBlob sealUnderPolicy(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const QByteArray& authPolicy,
                        const Secret& data)
{
    // adminWithPolicy: ObjectChangeAuth and Certify need the policy too, not an authValue.
    TPM2B_PUBLIC tmpl = sealedTemplate(TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                                       TPMA_OBJECT_NODA | TPMA_OBJECT_ADMINWITHPOLICY);
    tmpl.publicArea.authPolicy.size = static_cast<UINT16>(authPolicy.size());
    std::memcpy(tmpl.publicArea.authPolicy.buffer, authPolicy.constData(),
                size_t(authPolicy.size()));
    return *createObject(tpm, primary, session, tmpl, Secret(), &data, "Esys_Create(policy seal)");
}

TpmBlob createProofObject(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const Secret& authValue)
{
    const TPM2B_PUBLIC tmpl = sealedTemplate(kCommonAttributes | TPMA_OBJECT_NODA);
    const Secret filler = Secret::random(1);
    return *createObject(tpm, primary, session, tmpl, authValue, &filler, "Esys_Create(proof)");
}

namespace {
TSS2_RC load(Tpm& tpm, ESYS_TR parent, ESYS_TR session, const TpmBlob& blob, ESYS_TR* handle)
{
    const TPM2B_PUBLIC pub = unmarshalPublic(blob.publicArea);
    const TPM2B_PRIVATE priv = unmarshalPrivate(blob.privateArea);
    useSession(tpm, session, true, false);
    return Esys_Load(tpm.esys(), parent, session, ESYS_TR_NONE, ESYS_TR_NONE, &priv, &pub, handle);
}
} // namespace

TpmObject loadBlob(Tpm& tpm, ESYS_TR parent, ESYS_TR session, const TpmBlob& blob)
{
    ESYS_TR handle = ESYS_TR_NONE;
    checkRc(load(tpm, parent, session, blob, &handle), "Esys_Load");
    return TpmObject(tpm.esys(), handle);
}

std::optional<TpmObject> loadBlobIfRoom(Tpm& tpm, ESYS_TR parent, ESYS_TR session,
                                        const TpmBlob& blob)
{
    ESYS_TR handle = ESYS_TR_NONE;
    const TSS2_RC rc = load(tpm, parent, session, blob, &handle);
    if (isObjectMemoryFull(rc))
        return std::nullopt;
    checkRc(rc, "Esys_Load");
    return TpmObject(tpm.esys(), handle);
}

Secret unsealSecret(Tpm& tpm, ESYS_TR object, ESYS_TR session, const Secret& authValue)
{
    const ScopedAuth auth(tpm, object, authValue);
    const EsysScrub scrub(tpm.esys());
    EsysPtr<TPM2B_SENSITIVE_DATA> out;
    useSession(tpm, session, false, true);
    checkRc(Esys_Unseal(tpm.esys(), object, session, ESYS_TR_NONE, ESYS_TR_NONE, out.out()),
            "Esys_Unseal");
    Secret secret(out->buffer, out->size);
    OPENSSL_cleanse(out.p, sizeof *out.p);
    return secret;
}

TpmBlob createKey(Tpm& tpm, ESYS_TR primary, ESYS_TR session, KeyAlgorithm algorithm,
                  const Secret& authValue)
{
    return *createObject(tpm, primary, session, keyTemplate(algorithm), authValue, nullptr,
                         "Esys_Create(key)");
}

std::optional<TpmBlob> createKeyIfRoom(Tpm& tpm, ESYS_TR primary, ESYS_TR session,
                                       KeyAlgorithm algorithm, const Secret& authValue)
{
    return createObject(tpm, primary, session, keyTemplate(algorithm), authValue, nullptr,
                        "Esys_Create(key)", true);
}

std::optional<TpmBlob> createFromTemplate(Tpm& tpm, ESYS_TR primary, ESYS_TR session,
                                          const TPM2B_PUBLIC& tmpl, const Secret& authValue,
                                          const char* what, bool ifRoom)
{
    return createObject(tpm, primary, session, tmpl, authValue, nullptr, what, ifRoom);
}

QByteArray signatureBytes(const TPMT_SIGNATURE& sig, KeyAlgorithm algorithm)
{
    switch (sig.sigAlg) {
    case TPM2_ALG_RSASSA:
        return QByteArray(reinterpret_cast<const char*>(sig.signature.rsassa.sig.buffer),
                          sig.signature.rsassa.sig.size);
    case TPM2_ALG_RSAPSS:
        return QByteArray(reinterpret_cast<const char*>(sig.signature.rsapss.sig.buffer),
                          sig.signature.rsapss.sig.size);
    default: {
        // r and s left-padded to the field size, as PKCS#11 CKM_ECDSA expects.
        const int field = algorithm == KeyAlgorithm::EccP384 ? 48 : 32;
        const TPMS_SIGNATURE_ECC& ecc = sig.signature.ecdsa;
        // A part longer than the field is no signature of this key: copying it would
        // write before the buffer, cutting it would hand out a signature that never
        // verifies. The response is as wrong as a malformed one.
        if (ecc.signatureR.size > field || ecc.signatureS.size > field)
            throw Error(ErrorCode::Tpm,
                        Sentence("TpmObjects", "The TPM returned an ECDSA signature whose "
                                               "parts are longer than the key's curve "
                                               "allows."));
        QByteArray out(2 * field, '\0');
        std::memcpy(out.data() + field - ecc.signatureR.size, ecc.signatureR.buffer,
                    ecc.signatureR.size);
        std::memcpy(out.data() + 2 * field - ecc.signatureS.size, ecc.signatureS.buffer,
                    ecc.signatureS.size);
        return out;
    }
    }
}

SignInputs signInputs(const SignRequest& request)
{
    SignInputs in{};
    if (request.digest.size() > static_cast<qsizetype>(sizeof in.digest.buffer))
        throw Error(ErrorCode::InvalidInput, QStringLiteral("digest too long"));
    in.digest.size = static_cast<UINT16>(request.digest.size());
    std::memcpy(in.digest.buffer, request.digest.constData(), in.digest.size);
    in.scheme.scheme = request.scheme;
    in.scheme.details.any.hashAlg = request.hash;
    // Unrestricted keys sign any digest: a NULL ticket suffices.
    in.ticket.tag = TPM2_ST_HASHCHECK;
    in.ticket.hierarchy = TPM2_RH_NULL;
    return in;
}

QByteArray signDigest(Tpm& tpm, ESYS_TR key, ESYS_TR session, const Secret& authValue,
                      const SignRequest& request, KeyAlgorithm algorithm)
{
    const ScopedAuth auth(tpm, key, authValue);
    const EsysScrub scrub(tpm.esys());
    const SignInputs in = signInputs(request);
    EsysPtr<TPMT_SIGNATURE> sig;
    // HMAC only: neither the digest nor the signature is secret, and parameter
    // encryption would cost every signature a key derivation on both sides.
    useSession(tpm, session, false, false);
    checkRc(Esys_Sign(tpm.esys(), key, session, ESYS_TR_NONE, ESYS_TR_NONE, &in.digest, &in.scheme,
                      &in.ticket, sig.out()),
            "Esys_Sign");
    return signatureBytes(*sig.p, algorithm);
}

QByteArray rsaDecrypt(Tpm& tpm, ESYS_TR key, ESYS_TR session, const Secret& authValue,
                      TPMI_ALG_RSA_DECRYPT scheme, const QByteArray& data, bool secretResult)
{
    const ScopedAuth auth(tpm, key, authValue);
    const EsysScrub scrub(tpm.esys());
    TPM2B_PUBLIC_KEY_RSA cipherText{};
    if (data.size() > static_cast<qsizetype>(sizeof cipherText.buffer))
        throw Error(ErrorCode::InvalidInput, QStringLiteral("RSA block too long"));
    cipherText.size = static_cast<UINT16>(data.size());
    std::memcpy(cipherText.buffer, data.constData(), cipherText.size);
    TPMT_RSA_DECRYPT inScheme{};
    inScheme.scheme = scheme;
    TPM2B_DATA label{};
    EsysPtr<TPM2B_PUBLIC_KEY_RSA> message;
    useSession(tpm, session, false, secretResult);
    const TSS2_RC rc = Esys_RSA_Decrypt(tpm.esys(), key, session, ESYS_TR_NONE, ESYS_TR_NONE,
                                        &cipherText, &inScheme, &label, message.out());
    // A padding the TPM rejects: TPM_RC_VALUE in the reference implementation; libtpms
    // (swtpm) decrypts RSAES with OpenSSL and reports any failure of it as TPM_RC_FAILURE
    // without entering failure mode (a TPM that really is in failure mode says so again
    // on the next command).
    const TSS2_RC base = tpmBaseCode(rc);
    if (base == TPM2_RC_VALUE || base == TPM2_RC_SIZE ||
        (scheme == TPM2_ALG_RSAES && base == TPM2_RC_FAILURE))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("TpmObjects", "The data could not be decrypted: it was not "
                                           "encrypted to this key, or it is damaged."));
    checkRc(rc, "Esys_RSA_Decrypt");
    QByteArray out(reinterpret_cast<const char*>(message->buffer), message->size);
    OPENSSL_cleanse(message.p, sizeof *message.p);
    return out;
}

} // namespace tpmvsc

#include "Operations.h"

#include "core/card/CardSession.h"

#include <cstring>

namespace tpmvsc::pkcs11 {

namespace {

// Raw data a caller may hand to a mechanism that does not hash: far above any DigestInfo
// or hash, low enough that C_SignUpdate cannot grow memory without bound.
constexpr qsizetype kMaxRawData = 4096;

const Mechanism& mechanismFor(const CK_MECHANISM& mechanism, MechanismUse use, const KeyRecord& key)
{
    const Mechanism* m = findMechanism(mechanism.mechanism);
    if (!m || (m->use != use && !(use == MechanismUse::Decrypt && m->type == CKM_RSA_PKCS)))
        fail(CKR_MECHANISM_INVALID);
    if (m->rsa != isRsa(key.algorithm))
        fail(CKR_KEY_TYPE_INCONSISTENT);
    return *m;
}

template <typename Params> Params paramsOf(const CK_MECHANISM& mechanism)
{
    if (!mechanism.pParameter || mechanism.ulParameterLen != sizeof(Params))
        fail(CKR_MECHANISM_PARAM_INVALID);
    Params p;
    std::memcpy(&p, mechanism.pParameter, sizeof p);
    return p;
}

void refuseParams(const CK_MECHANISM& mechanism)
{
    if (mechanism.pParameter || mechanism.ulParameterLen)
        fail(CKR_MECHANISM_PARAM_INVALID);
}

const DigestAlgorithm& digestOrFail(CK_MECHANISM_TYPE type)
{
    const DigestAlgorithm* d = findDigest(type);
    if (!d)
        fail(CKR_MECHANISM_PARAM_INVALID);
    return *d;
}

const DigestAlgorithm& mgfOrFail(CK_RSA_PKCS_MGF_TYPE mgf)
{
    const DigestAlgorithm* d = findDigestByMgf(mgf);
    if (!d)
        fail(CKR_MECHANISM_PARAM_INVALID);
    return *d;
}

// ECDSA signs the leftmost field-size bytes of a hash, or a shorter hash as the same
// integer: left-padded to the field size, any hash length becomes one the TPM takes
// (SHA-256 size for P-256, SHA-384 size for P-384) without changing the signature.
QByteArray ecdsaInput(const QByteArray& hash, int fieldBytes)
{
    if (hash.size() >= fieldBytes)
        return hash.left(fieldBytes);
    return QByteArray(fieldBytes - hash.size(), '\0') + hash;
}

} // namespace

SignOperation::SignOperation(const CK_MECHANISM& mechanism, const KeyRecord& key)
    : m_mechanism(&mechanismFor(mechanism, MechanismUse::Sign, key)), m_keyId(key.id),
      m_key(publicKeyParams(key))
{
    if (m_mechanism->pss) {
        const auto p = paramsOf<CK_RSA_PKCS_PSS_PARAMS>(mechanism);
        m_pssDigest = &digestOrFail(p.hashAlg);
        m_pssMgf = &mgfOrFail(p.mgf);
        m_saltLength = p.sLen;
        if (m_mechanism->digest && *m_mechanism->digest != p.hashAlg)
            fail(CKR_MECHANISM_PARAM_INVALID);
        const int emLen = (m_key.bits - 1 + 7) / 8;
        if (m_saltLength > CK_ULONG(emLen - m_pssDigest->size - 2))
            fail(CKR_MECHANISM_PARAM_INVALID);
    } else {
        refuseParams(mechanism);
    }
    if (m_mechanism->digest)
        m_hasher = std::make_unique<Hasher>(digestOrFail(*m_mechanism->digest));
}

SignOperation::~SignOperation() = default;

void SignOperation::update(const QByteArray& part)
{
    if (m_hasher) {
        m_hasher->update(part);
        return;
    }
    if (m_data.size() + part.size() > kMaxRawData)
        fail(CKR_DATA_LEN_RANGE);
    m_data += part;
}

QByteArray SignOperation::sign(CardSession& session)
{
    const QByteArray input = m_hasher ? m_hasher->final() : m_data;
    return m_key.rsa ? rsaSign(session, input) : ecdsaSign(session, input);
}

QByteArray SignOperation::rsaSign(CardSession& session, const QByteArray& input)
{
    const int k = (m_key.bits + 7) / 8;
    QByteArray block;
    if (m_mechanism->pss) {
        if (input.size() != m_pssDigest->size)
            fail(CKR_DATA_LEN_RANGE);
        block = pssBlock(m_key, input, *m_pssDigest, *m_pssMgf, m_saltLength);
    } else if (m_mechanism->digest) {
        block = pkcs1SignatureBlock(digestInfo(*findDigest(*m_mechanism->digest), input), k);
    } else {
        block = pkcs1SignatureBlock(input, k);
    }
    return session.rsaRaw(m_keyId, block, false); // a signature is public
}

QByteArray SignOperation::ecdsaSign(CardSession& session, const QByteArray& hash)
{
    if (hash.isEmpty())
        fail(CKR_DATA_LEN_RANGE);
    const int fieldBytes = (m_key.bits + 7) / 8;
    return session.sign(m_keyId, fieldBytes <= 32 ? HashAlgorithm::Sha256 : HashAlgorithm::Sha384,
                        SignatureScheme::Ecdsa, ecdsaInput(hash, fieldBytes));
}

DecryptOperation::DecryptOperation(const CK_MECHANISM& mechanism, const KeyRecord& key)
    : m_mechanism(&mechanismFor(mechanism, MechanismUse::Decrypt, key)), m_keyId(key.id),
      m_modulusBytes(publicKeyParams(key).signatureSize())
{
    if (m_mechanism->type != CKM_RSA_PKCS_OAEP) {
        refuseParams(mechanism);
        return;
    }
    const auto p = paramsOf<CK_RSA_PKCS_OAEP_PARAMS>(mechanism);
    m_oaepDigest = &digestOrFail(p.hashAlg);
    m_oaepMgf = &mgfOrFail(p.mgf);
    if (p.source != CKZ_DATA_SPECIFIED && !(p.source == 0 && !p.pSourceData))
        fail(CKR_MECHANISM_PARAM_INVALID);
    if (p.ulSourceDataLen && !p.pSourceData)
        fail(CKR_MECHANISM_PARAM_INVALID);
    if (p.ulSourceDataLen > 64 * 1024)
        fail(CKR_MECHANISM_PARAM_INVALID);
    if (p.ulSourceDataLen)
        m_label = QByteArray(static_cast<const char*>(p.pSourceData), qsizetype(p.ulSourceDataLen));
}

DecryptOperation::~DecryptOperation()
{
    if (m_plaintext)
        m_plaintext->fill('\0');
}

CK_ULONG DecryptOperation::outputLength() const
{
    return CK_ULONG(m_plaintext ? m_plaintext->size() : m_modulusBytes);
}

const QByteArray& DecryptOperation::decrypt(CardSession& session, const QByteArray& ciphertext)
{
    if (m_plaintext)
        return *m_plaintext;
    if (ciphertext.size() != m_modulusBytes)
        fail(CKR_ENCRYPTED_DATA_LEN_RANGE);
    if (m_mechanism->type == CKM_RSA_PKCS) {
        m_plaintext = session.rsaDecryptPkcs1(m_keyId, ciphertext);
        return *m_plaintext;
    }
    QByteArray block = session.rsaRaw(m_keyId, ciphertext);
    m_plaintext = oaepDecode(block, m_label, *m_oaepDigest, *m_oaepMgf);
    block.fill('\0');
    if (!m_plaintext)
        fail(CKR_ENCRYPTED_DATA_INVALID);
    return *m_plaintext;
}

} // namespace tpmvsc::pkcs11

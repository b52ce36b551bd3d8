#include "card/CardSession.h"

#include <QCoreApplication>

namespace tpmvsc {

namespace {
TPMI_ALG_HASH tpmHash(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256: return TPM2_ALG_SHA256;
    case HashAlgorithm::Sha384: return TPM2_ALG_SHA384;
    case HashAlgorithm::Sha512: return TPM2_ALG_SHA512;
    }
    return TPM2_ALG_SHA256;
}

bool isRsa(KeyAlgorithm alg)
{
    return alg == KeyAlgorithm::Rsa2048 || alg == KeyAlgorithm::Rsa3072;
}
} // namespace

CardSession::CardSession(Tpm& tpm, CardRecord card, Secret cardSecret, TpmObject primary,
                         TpmObject session)
    : m_tpm(tpm), m_card(std::move(card)), m_secret(std::move(cardSecret)),
      m_primary(std::move(primary)), m_session(std::move(session))
{}

CardSession::~CardSession()
{
    m_keys.clear(); // flush keys before their parent
    m_session.flush();
    m_primary.flush();
}

const KeyRecord& CardSession::key(const QByteArray& keyId) const
{
    for (const KeyRecord& k : m_card.keys) {
        if (k.id == keyId)
            return k;
    }
    throw Error(ErrorCode::NotFound,
                QCoreApplication::translate("CardSession", "The card has no key with ID %1.")
                    .arg(QString::fromLatin1(keyId.toHex())));
}

ESYS_TR CardSession::loadedKey(const KeyRecord& key)
{
    auto it = m_keys.find(key.id);
    if (it == m_keys.end()) {
        auto object = std::make_shared<TpmObject>(
            loadBlob(m_tpm, m_primary.handle(), m_session.handle(), key.blob));
        it = m_keys.insert(key.id, object);
    }
    return it.value()->handle();
}

QByteArray CardSession::sign(const QByteArray& keyId, HashAlgorithm hash, SignatureScheme scheme,
                             const QByteArray& digest)
{
    const KeyRecord& k = key(keyId);
    if (digest.size() != hashSize(hash))
        throw Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("CardSession", "A %1 digest is %2 bytes; this one is %3.")
                .arg(hashAlgorithmName(hash))
                .arg(hashSize(hash))
                .arg(digest.size()));
    const bool rsa = isRsa(k.algorithm);
    if (rsa == (scheme == SignatureScheme::Ecdsa))
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("CardSession",
                                                "The %1 key cannot make this kind of signature.")
                        .arg(keyAlgorithmName(k.algorithm)));
    SignRequest request;
    request.scheme = scheme == SignatureScheme::RsaPkcs1v15 ? TPM2_ALG_RSASSA
                     : scheme == SignatureScheme::RsaPss    ? TPM2_ALG_RSAPSS
                                                            : TPM2_ALG_ECDSA;
    request.hash = tpmHash(hash);
    request.digest = digest;
    return signDigest(m_tpm, loadedKey(k), m_session.handle(), m_secret, request, k.algorithm);
}

} // namespace tpmvsc

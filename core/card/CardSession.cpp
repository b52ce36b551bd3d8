#include "CardSession.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

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

QByteArray rsaModulus(const KeyRecord& key)
{
    const TPM2B_PUBLIC pub = unmarshalPublic(key.blob.publicArea);
    const TPM2B_PUBLIC_KEY_RSA& n = pub.publicArea.unique.rsa;
    return QByteArray(reinterpret_cast<const char*>(n.buffer), n.size);
}

// An RSA input block must be the modulus size and, read as a big-endian number, below
// the modulus (RSADP's "ciphertext representative out of range").
void checkRsaBlock(const KeyRecord& key, const QByteArray& modulus, const QByteArray& block)
{
    if (block.size() != modulus.size())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardSession",
                             "An input block for the %1 key must be %2 bytes; this one is %3.")
                        .arg(keyAlgorithmName(key.algorithm))
                        .arg(modulus.size())
                        .arg(block.size()));
    if (std::memcmp(block.constData(), modulus.constData(), static_cast<size_t>(block.size())) >= 0)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardSession", "The input block is not smaller than the key's modulus."));
}
} // namespace

CardSession::CardSession(Tpm& tpm, CardRecord card, Secret cardSecret, TpmObject primary,
                         TpmObject session, wire::LoadedHandle heldSlot)
    : m_tpm(tpm), m_card(std::move(card)), m_secret(std::move(cardSecret)),
      m_primary(std::move(primary)), m_session(std::move(session)), m_heldSlot(std::move(heldSlot))
{}

CardSession::~CardSession()
{
    m_direct.reset();
    m_keys.clear(); // flush keys before their parent
    m_session.flush();
    m_heldSlot.flush();
    m_primary.flush();
}

void CardSession::replaceCard(CardRecord card)
{
    if (card.cardId != m_card.cardId)
        throw Error(
            ErrorCode::NotFound,
            Sentence("CardSession",
                     "The card this session was opened on no longer exists (it was destroyed, "
                     "and its number may now belong to another card)."));
    std::erase_if(m_keys, [&card](const LoadedKey& loaded) {
        return std::none_of(card.keys.cbegin(), card.keys.cend(), [&loaded](const KeyRecord& k) {
            return k.id == loaded.id && k.blob == loaded.blob;
        });
    });
    m_card = std::move(card);
}

const KeyRecord& CardSession::key(const QByteArray& keyId) const
{
    for (const KeyRecord& k : m_card.keys) {
        if (k.id == keyId)
            return k;
    }
    throw Error(ErrorCode::NotFound, Sentence("CardSession", "The card has no key with ID %1.")
                                         .arg(QString::fromLatin1(keyId.toHex())));
}

const KeyRecord& CardSession::rsaKey(const QByteArray& keyId) const
{
    const KeyRecord& k = key(keyId);
    if (!isRsa(k.algorithm))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardSession", "The %1 key is not an RSA key.")
                        .arg(keyAlgorithmName(k.algorithm)));
    return k;
}

CardSession::LoadedKey& CardSession::loadedKey(const KeyRecord& key)
{
    auto it = std::find_if(m_keys.begin(), m_keys.end(),
                           [&key](const LoadedKey& loaded) { return loaded.id == key.id; });
    if (it != m_keys.end()) {
        std::rotate(it, it + 1, m_keys.end()); // now the most recently used
        return m_keys.back();
    }
    std::optional<TpmObject> object;
    // The private part is the TPM's own encryption, and the parent's authValue is empty:
    // no session needed.
    while (!(object = loadBlobIfRoom(m_tpm, primary(), ESYS_TR_PASSWORD, key.blob)))
        makeRoom();
    m_keys.push_back(LoadedKey{key.id, key.blob, std::move(*object), std::nullopt});
    // A loaded key no longer needs its parent: give the slot back, so that other programs
    // on a TPM without resource manager (swtpm, /dev/tpm0) can log in and load theirs.
    m_primary.flush();
    return m_keys.back();
}

const DirectHmacSession::Key& CardSession::directKey(LoadedKey& loaded)
{
    if (!loaded.direct)
        loaded.direct = DirectHmacSession::describe(m_tpm, loaded.object.handle());
    return *loaded.direct;
}

ESYS_TR CardSession::primary()
{
    if (!m_primary) {
        QByteArray name;
        std::optional<TpmObject> created;
        while (!(created = createStoragePrimaryIfRoom(m_tpm, &name, m_card.primaryName)))
            makeRoom();
        if (name != m_card.primaryName)
            throw Error(ErrorCode::WrongTpm,
                        Sentence("CardSession",
                                 "This card was made on another TPM (or this TPM has been cleared "
                                 "since): its keys cannot be used here."));
        m_primary = std::move(*created);
    }
    return m_primary.handle();
}

void CardSession::makeRoom()
{
    if (m_keys.empty())
        throw Error(
            ErrorCode::Busy,
            Sentence("CardSession",
                     "The TPM has no room for another key: other programs are holding all of "
                     "its object slots. Close them or try again later."));
    m_keys.erase(m_keys.begin()); // flushes the least recently used key
}

TpmBlob CardSession::createKey(KeyAlgorithm algorithm)
{
    std::optional<TpmBlob> blob;
    while (!(blob = createKeyIfRoom(m_tpm, primary(), saltedSession(), algorithm, m_secret)))
        makeRoom();
    return std::move(*blob);
}

TpmBlob CardSession::createAttestationKey()
{
    std::optional<TpmBlob> blob;
    while (!(blob = createAttestationKeyIfRoom(m_tpm, primary(), saltedSession(), m_secret)))
        makeRoom();
    return std::move(*blob);
}

AikCertificates CardSession::certifyAttestationKey(const TpmBlob& aik, AikCertifier& ca)
{
    // Room for the EK and the AIK under the primary: signatures' session goes.
    m_direct.reset();
    m_directUnavailable = false;
    return tpmvsc::certifyAttestationKey(m_tpm, primary(), saltedSession(), aik, m_secret, ca);
}

Certification CardSession::certify(const QByteArray& keyId, const TpmBlob& aik,
                                   const QByteArray& nonce)
{
    const KeyRecord& k = key(keyId);
    // Signatures' own session is not needed here; its slot goes to the AIK's session.
    m_direct.reset();
    m_directUnavailable = false;
    // The AIK first, while the primary is loaded for it and for both sessions (the card
    // key's load flushes the primary): at most the primary, the AIK and the key at once.
    std::optional<TpmObject> loadedAik;
    while (!(loadedAik = loadBlobIfRoom(m_tpm, primary(), ESYS_TR_PASSWORD, aik)))
        makeRoom();
    const ESYS_TR keySession = saltedSession();
    const TpmObject aikSession = startSaltedSession(m_tpm, primary());
    LoadedKey& loaded = loadedKey(k);
    return certifyWithAik(m_tpm, AuthorizedObject{loaded.object.handle(), keySession, m_secret},
                          AuthorizedObject{loadedAik->handle(), aikSession.handle(), m_secret},
                          nonce);
}

QByteArray CardSession::sign(const QByteArray& keyId, HashAlgorithm hash, SignatureScheme scheme,
                             const QByteArray& digest)
{
    const KeyRecord& k = key(keyId);
    if (digest.size() != hashSize(hash))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardSession", "A %1 digest is %2 bytes; this one is %3.")
                        .arg(hashAlgorithmName(hash))
                        .arg(hashSize(hash))
                        .arg(digest.size()));
    const bool rsa = isRsa(k.algorithm);
    if (rsa == (scheme == SignatureScheme::Ecdsa))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardSession", "The %1 key cannot make this kind of signature.")
                        .arg(keyAlgorithmName(k.algorithm)));
    SignRequest request;
    request.scheme = scheme == SignatureScheme::RsaPkcs1v15 ? TPM2_ALG_RSASSA
                     : scheme == SignatureScheme::RsaPss    ? TPM2_ALG_RSAPSS
                                                            : TPM2_ALG_ECDSA;
    request.hash = tpmHash(hash);
    request.digest = digest;
    LoadedKey& loaded = loadedKey(k);
    if (DirectHmacSession* direct = directSession())
        return direct->sign(directKey(loaded), request, k.algorithm);
    return signDigest(m_tpm, loaded.object.handle(), saltedSession(), m_secret, request,
                      k.algorithm);
}

ESYS_TR CardSession::saltedSession()
{
    if (!m_session) {
        m_heldSlot.flush();
        m_session = startSaltedSession(m_tpm, primary());
    }
    return m_session.handle();
}

DirectHmacSession* CardSession::directSession()
{
    if (m_direct && !m_direct->inStep())
        m_direct.reset(); // flushed; a new one starts with fresh nonces
    if (!m_direct && !m_directUnavailable) {
        // Signatures need no salted session: it is ended (and started again when a
        // secret must come back encrypted), so that a signing program holds one session
        // and another program on a TPM without resource manager (three sessions) has the
        // two a PIN check needs.
        m_session.flush();
        m_heldSlot.flush();
        m_direct = DirectHmacSession::start(m_tpm, m_secret);
        // No room for a second session (other programs on a TPM without resource
        // manager hold them): signatures go through ESYS's session, only slower.
        m_directUnavailable = !m_direct;
    }
    return m_direct.get();
}

QByteArray CardSession::rsaRaw(const QByteArray& keyId, const QByteArray& block, bool secretResult)
{
    const KeyRecord& k = rsaKey(keyId);
    const QByteArray modulus = rsaModulus(k);
    checkRsaBlock(k, modulus, block);
    LoadedKey& loaded = loadedKey(k);
    DirectHmacSession* direct = secretResult ? nullptr : directSession();
    QByteArray out = direct ? direct->rsaRaw(directKey(loaded), block)
                            : rsaDecrypt(m_tpm, loaded.object.handle(), saltedSession(), m_secret,
                                         TPM2_ALG_NULL, block, secretResult);
    // The TPM may drop leading zero octets; RSADP's output is modulus-sized (I2OSP).
    if (out.size() < modulus.size())
        out.prepend(QByteArray(modulus.size() - out.size(), '\0'));
    return out;
}

QByteArray CardSession::rsaDecryptPkcs1(const QByteArray& keyId, const QByteArray& ciphertext)
{
    const KeyRecord& k = rsaKey(keyId);
    checkRsaBlock(k, rsaModulus(k), ciphertext);
    return rsaDecrypt(m_tpm, loadedKey(k).object.handle(), saltedSession(), m_secret,
                      TPM2_ALG_RSAES, ciphertext, true);
}

} // namespace tpmvsc

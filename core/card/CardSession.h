// A card opened with its PIN: the storage primary, one salted session, the card secret
// and the keys loaded so far. Many signatures cost one TPM2_Sign each. Everything is
// flushed (and the secret wiped) when the session ends.
//
// A TPM without a resource manager (swtpm, /dev/tpm0) holds very few loaded objects (3 on
// swtpm, shared with other programs): when loading or creating a key finds no room, the
// session flushes its least recently used key and tries again.
#pragma once

#include "AikEnrollment.h"
#include "CardService.h"
#include "core/tpm/AttestationKey.h"
#include "core/tpm/DirectHmacSession.h"
#include "core/tpm/TpmObjects.h"
#include "core/tpm/TpmWire.h"

#include <optional>
#include <vector>

namespace tpmvsc {

class CardSession
{
public:
    // `heldSlot`: the login's salted session, if it was kept (see m_heldSlot).
    CardSession(Tpm& tpm, CardRecord card, Secret cardSecret, TpmObject primary, TpmObject session,
                wire::LoadedHandle heldSlot = {});
    ~CardSession();
    CardSession(const CardSession&) = delete;
    CardSession& operator=(const CardSession&) = delete;

    const CardRecord& card() const { return m_card; }
    int instance() const { return m_card.instance; }

    // The card as stored now, after a change made through this session (CardService's
    // session overloads) or by another process (PKCS#11 re-reads the store): keys that
    // are gone are flushed; loaded keys that are still there stay loaded.
    // Throws NotFound (and changes nothing) when `card` is another card (other cardId).
    void replaceCard(CardRecord card);

    // RSA: the signature; ECDSA: r||s, each half the curve's field size (PKCS#11 form).
    QByteArray sign(const QByteArray& keyId, HashAlgorithm hash, SignatureScheme scheme,
                    const QByteArray& digest);

    // The raw RSA private-key operation (RSADP, TPM2_RSA_Decrypt with the NULL scheme) on
    // a block of the modulus size, for paddings built outside the TPM: PKCS#1 v1.5 over a
    // caller's DigestInfo, PSS with any salt length, OAEP with any label. The block must
    // be exactly the modulus size and below the modulus (InvalidInput otherwise, as for an
    // EC key); the result is left-padded to the modulus size.
    // `secretResult`: the output is a decrypted secret (OAEP), not a signature, and comes
    // back encrypted in the salted session.
    QByteArray rsaRaw(const QByteArray& keyId, const QByteArray& block, bool secretResult = true);
    // RSAES-PKCS1-v1_5 decryption done by the TPM; a bad padding fails as InvalidInput.
    QByteArray rsaDecryptPkcs1(const QByteArray& keyId, const QByteArray& ciphertext);

    // A new key under the session's primary, its authValue the card secret (TPM2_Create
    // needs a free object slot: a full TPM costs this session's least recently used key).
    TpmBlob createKey(KeyAlgorithm algorithm);

    // A new attestation key under the session's primary, its authValue the card secret.
    TpmBlob createAttestationKey();
    // The attestation key `aik` certified by the attestation CA `ca` (credential
    // activation with the TPM's EK, see AikEnrollment.h).
    AikCertificates certifyAttestationKey(const TpmBlob& aik, AikCertifier& ca);
    // TPM2_Certify of a card key by the attestation key `aik` (both authorized with the
    // card secret, each in a session of its own), `nonce` as the attestation's extraData.
    Certification certify(const QByteArray& keyId, const TpmBlob& aik, const QByteArray& nonce);

    // For CardService's session overloads: what a logged-in session already holds.
    const Secret& cardSecret() const { return m_secret; }
    Tpm& tpm() const { return m_tpm; }

private:
    struct LoadedKey {
        QByteArray id;
        TpmBlob blob; // what was loaded: a key whose blob changes on the card is flushed
        TpmObject object;
        // Its handle and Name for the direct session, read at its first use there.
        std::optional<DirectHmacSession::Key> direct;
    };

    const KeyRecord& key(const QByteArray& keyId) const;
    const KeyRecord& rsaKey(const QByteArray& keyId) const;
    // The key loaded (loading it if need be), now the most recently used.
    LoadedKey& loadedKey(const KeyRecord& key);
    const DirectHmacSession::Key& directKey(LoadedKey& loaded);
    // Flushes the least recently used loaded key; Busy when the session holds none.
    void makeRoom();
    // The storage primary, created again when a key must be loaded or made (it is
    // flushed once a key is loaded); WrongTpm if the TPM's owner seed changed.
    ESYS_TR primary();

    Tpm& m_tpm;
    CardRecord m_card;
    Secret m_secret;
    // Declared after the keys would be wrong: keys must be flushed before the primary
    // and session; members are destroyed in reverse order.
    TpmObject m_primary;
    TpmObject m_session;
    // The login's salted session (a raw handle: the login sent its own commands), kept so
    // that the card holds a session slot from the login on, as it did when the login's
    // ESYS session stayed; on a TPM without resource manager (three sessions) another
    // program could otherwise take them all. Flushed when a session of our own starts.
    wire::LoadedHandle m_heldSlot;
    std::vector<LoadedKey> m_keys; // least recently used first
    // Signatures' own HMAC session (the hot path), started at the first signature.
    DirectHmacSession* directSession();
    // The salted session with parameter encryption (secrets in and out), started when
    // needed: the PIN check's, until the first signature ends it.
    ESYS_TR saltedSession();

public:
    // Ends the session's own HMAC session (it starts again at the next signature), so
    // that an operation of this program finds room on a TPM without resource manager,
    // which holds three sessions.
    void releaseDirectSession()
    {
        m_direct.reset();
        m_directUnavailable = false;
        m_heldSlot.flush();
    }

private:
    std::unique_ptr<DirectHmacSession> m_direct;
    bool m_directUnavailable = false;
};

} // namespace tpmvsc

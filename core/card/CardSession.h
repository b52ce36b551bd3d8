// A card opened with its PIN: the storage primary, one salted session, the card secret
// and the keys loaded so far. Many signatures cost one TPM2_Sign each. Everything is
// flushed (and the secret wiped) when the session ends.
#pragma once

#include "card/CardService.h"
#include "tpm/TpmObjects.h"

#include <QHash>
#include <memory>

namespace tpmvsc {

class CardSession
{
public:
    CardSession(Tpm& tpm, CardRecord card, Secret cardSecret, TpmObject primary, TpmObject session);
    ~CardSession();
    CardSession(const CardSession&) = delete;
    CardSession& operator=(const CardSession&) = delete;

    const CardRecord& card() const { return m_card; }

    // RSA: the signature; ECDSA: r||s, each half the curve's field size (PKCS#11 form).
    QByteArray sign(const QByteArray& keyId, HashAlgorithm hash, SignatureScheme scheme,
                    const QByteArray& digest);

private:
    const KeyRecord& key(const QByteArray& keyId) const;
    ESYS_TR loadedKey(const KeyRecord& key);

    Tpm& m_tpm;
    CardRecord m_card;
    Secret m_secret;
    // Declared after the keys would be wrong: keys must be flushed before the primary
    // and session; members are destroyed in reverse order.
    TpmObject m_primary;
    TpmObject m_session;
    QHash<QByteArray, std::shared_ptr<TpmObject>> m_keys;
};

} // namespace tpmvsc

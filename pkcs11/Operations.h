// One signing or decryption operation of a session, from C_SignInit / C_DecryptInit to
// its end: the mechanism and its parameters (checked at init, as the spec wants), the
// data or running hash, then one private-key operation in the TPM through the card's
// logged-in CardSession.
#pragma once

#include "KeyObjects.h"
#include "Mechanisms.h"
#include "RsaPadding.h"

#include <QByteArray>
#include <memory>
#include <optional>

namespace tpmvsc {
class CardSession;
}

namespace tpmvsc::pkcs11 {

class SignOperation
{
public:
    SignOperation(const CK_MECHANISM& mechanism, const KeyRecord& key);
    ~SignOperation();

    const QByteArray& keyId() const { return m_keyId; }
    void update(const QByteArray& part);
    CK_ULONG signatureLength() const { return CK_ULONG(m_key.signatureSize()); }
    // Signs everything given so far (PKCS#11 form: RSA s, ECDSA r||s).
    QByteArray sign(CardSession& session);

private:
    QByteArray rsaSign(CardSession& session, const QByteArray& input);
    QByteArray ecdsaSign(CardSession& session, const QByteArray& hash);

    const Mechanism* m_mechanism = nullptr;
    QByteArray m_keyId;
    PublicKeyParams m_key;
    const DigestAlgorithm* m_pssDigest = nullptr;
    const DigestAlgorithm* m_pssMgf = nullptr;
    CK_ULONG m_saltLength = 0;
    std::unique_ptr<Hasher> m_hasher; // hash-and-sign mechanisms
    QByteArray m_data;                // the others
};

class DecryptOperation
{
public:
    DecryptOperation(const CK_MECHANISM& mechanism, const KeyRecord& key);
    ~DecryptOperation();

    const QByteArray& keyId() const { return m_keyId; }
    // An upper bound before decryption (the modulus size), the exact length after.
    CK_ULONG outputLength() const;
    // Decrypts once; the result is kept (and wiped at the end) so that a caller whose
    // buffer was too small gets it on the next call without a second TPM operation.
    const QByteArray& decrypt(CardSession& session, const QByteArray& ciphertext);

private:
    const Mechanism* m_mechanism = nullptr;
    QByteArray m_keyId;
    int m_modulusBytes = 0;
    const DigestAlgorithm* m_oaepDigest = nullptr;
    const DigestAlgorithm* m_oaepMgf = nullptr;
    QByteArray m_label;
    std::optional<QByteArray> m_plaintext;
};

} // namespace tpmvsc::pkcs11

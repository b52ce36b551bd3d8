// An HMAC session whose authorizations this code computes itself, for the commands a
// logged-in card repeats: TPM2_Sign and TPM2_RSA_Decrypt of a signature block. tpm2-tss
// 3.2 sets OpenSSL up again for every hash and HMAC of every command (several
// milliseconds per signature on swtpm); here the digest and the HMAC key are prepared
// once per session and a signature costs microseconds on the client.
//
// The session is unsalted and unbound, without parameter encryption: its HMAC key is
// the key's authValue (the card secret: 32 random bytes, never sent), which is what a
// salt would protect were it a guessable PIN-derived value. Nothing secret travels: the
// digest and the signature are public, and results that are secrets (OAEP) keep going
// through the salted ESYS session.
#pragma once

#include "TpmObjects.h"
#include "TpmTypes.h"
#include "core/util/Secret.h"

#include <QByteArray>
#include <memory>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

class Tpm;

class DirectHmacSession
{
public:
    // Nothing when the TPM has no room for another session (callers then use ESYS).
    static std::unique_ptr<DirectHmacSession> start(Tpm& tpm, const Secret& authValue);
    ~DirectHmacSession();
    DirectHmacSession(const DirectHmacSession&) = delete;
    DirectHmacSession& operator=(const DirectHmacSession&) = delete;

    // A loaded key as commands name it: its TPM handle and its Name (Part 1, 16). Read
    // once per loaded key and kept by the caller: tpm2-tss computes a Name again, with a
    // fresh OpenSSL library context, at every Esys_TR_GetName (about 1 ms on this path).
    struct Key {
        TPM2_HANDLE handle = 0;
        QByteArray name;
    };
    static Key describe(Tpm& tpm, ESYS_TR key);

    // As signDigest / rsaDecrypt (NULL scheme, public result) for a key whose authValue
    // is the one this session was started with.
    QByteArray sign(const Key& key, const SignRequest& request, KeyAlgorithm algorithm);
    QByteArray rsaRaw(const Key& key, const QByteArray& block);

    // False once a command failed after it was sent: the TPM's nonce may have moved on
    // without us (or the response was not the TPM's), so the next HMAC would be refused
    // and counted as a failed authorization. Such a session is flushed, not used again.
    bool inStep() const { return m_inStep; }

private:
    struct Crypto;
    DirectHmacSession(Tpm& tpm, TpmObject session, TPM2_HANDLE sessionHandle,
                      const QByteArray& nonceTpm, std::unique_ptr<Crypto> crypto);
    // Sends one command authorizing `key` with this session; returns the response
    // parameters once their HMAC is checked.
    QByteArray run(TPM2_CC command, const Key& key, const QByteArray& parameters);

    Tpm& m_tpm;
    TpmObject m_session;
    TPM2_HANDLE m_sessionHandle;
    QByteArray m_nonceTpm;
    bool m_inStep = true;
    std::unique_ptr<Crypto> m_crypto;
};

} // namespace tpmvsc

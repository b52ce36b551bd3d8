// TPM commands as bytes, sent through the Tpm's TCTI past ESYS, for the paths a user
// waits on (a login, a signature). tpm2-tss 3.2 sets OpenSSL up again for every nonce,
// hash and HMAC of every command: a fresh library context per random number, milliseconds
// per command on the client. Here SHA-256, HMAC, the TPM's key derivations and the salt
// are prepared once per use and cost microseconds.
//
// Only what those paths need (TPM 2.0 Part 1, 11.4.10 and 19.6; Part 3 for the command
// layouts): big-endian fields, commands with or without authorization areas, responses
// parsed and their HMACs checked by the caller, and the ECDH salt of a session.
#pragma once

#include "core/util/Secret.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <tss2/tss2_tpm2_types.h>

typedef struct evp_md_st EVP_MD;
typedef struct evp_mac_st EVP_MAC;

namespace tpmvsc {

class Tpm;

namespace wire {

constexpr int kNonceSize = 32; // SHA-256 sessions: nonces as long as the digest

[[noreturn]] void fail(const char* what);
QByteArray be16(std::uint16_t value);
QByteArray be32(std::uint32_t value);
QByteArray sized(const QByteArray& bytes); // a TPM2B: two-byte size, then the bytes
QByteArray randomNonce();
// The authValue as the TPM uses it in an HMAC key: trailing zero octets removed.
Secret trimmedAuth(const Secret& authValue);

// SHA-256 and HMAC-SHA-256 fetched once. Keys stay in Secrets (locked memory) and are
// given to OpenSSL per use: a keyed context kept alive would hold the key's padded
// digests in ordinary heap, where a core dump would find them.
class Crypto
{
public:
    Crypto();
    ~Crypto();
    Crypto(const Crypto&) = delete;
    Crypto& operator=(const Crypto&) = delete;

    QByteArray hash(const QByteArray& data) const;
    QByteArray mac(const Secret& key, const QByteArray& data) const; // a public result
    // KDFa with HMAC-SHA-256 (Part 1, 11.4.10.2); the label without its terminating zero.
    Secret kdfa(const Secret& key, const char* label, const QByteArray& contextU,
                const QByteArray& contextV, int bits) const;

    // The salt of a session whose tpmKey is a NIST P-256 key (Part 1, C.6.1): an
    // ephemeral key pair, its public point for the TPM, the seed KDFe derives from the
    // shared secret.
    struct Salt {
        QByteArray encryptedSalt; // a marshalled TPMS_ECC_POINT
        Secret seed;
    };
    Salt eccSalt(const QByteArray& tpmX, const QByteArray& tpmY) const;

private:
    void macInto(const Secret& key, const QByteArray& data, unsigned char out[32]) const;

    EVP_MD* m_sha256 = nullptr;
    EVP_MAC* m_hmac = nullptr;
};

struct CommandAuth {
    TPM2_HANDLE session = TPM2_RS_PW;
    QByteArray nonce;
    TPMA_SESSION attributes = 0;
    QByteArray hmac;
};

struct ResponseAuth {
    QByteArray nonce;
    TPMA_SESSION attributes = 0;
    QByteArray hmac;
};

struct Response {
    TSS2_RC rc = TPM2_RC_SUCCESS;
    QList<TPM2_HANDLE> handles;
    QByteArray parameters;
    QList<ResponseAuth> auths;
};

QByteArray command(TPM2_CC code, const QList<TPM2_HANDLE>& handles, const QList<CommandAuth>& auths,
                   const QByteArray& parameters);

// Sends a command, again while the TPM answers "not now" (it did not run it, its nonces
// have not moved), and parses the answer: `handleCount` handles before the parameters
// when it succeeded. A failure is returned in `rc`, with nothing else.
Response transact(Tpm& tpm, const QByteArray& request, int handleCount);
// The parsing alone, for bytes as they came from the TCTI: throws (ErrorCode::Tpm) on a
// response whose sizes disagree with its length or with each other.
Response parseResponse(const QByteArray& bytes, int handleCount);

// The HMAC of a session in a response (Part 1, 19.6.8), compared in constant time.
bool responseHmacMatches(const Crypto& crypto, const Secret& key, TPM2_CC code,
                         const QByteArray& parameters, const ResponseAuth& auth,
                         const QByteArray& nonceCaller);

// A handle these commands loaded (a session, an object), flushed (TPM2_FlushContext)
// when dropped. Errors of the flush are ignored: it runs while unwinding, and a handle
// the TPM already dropped is no loss.
class LoadedHandle
{
public:
    LoadedHandle() = default;
    LoadedHandle(Tpm& tpm, TPM2_HANDLE handle) : m_tpm(&tpm), m_handle(handle) {}
    ~LoadedHandle() { flush(); }
    LoadedHandle(LoadedHandle&& other) noexcept;
    LoadedHandle& operator=(LoadedHandle&& other) noexcept;
    LoadedHandle(const LoadedHandle&) = delete;
    LoadedHandle& operator=(const LoadedHandle&) = delete;

    TPM2_HANDLE handle() const { return m_handle; }
    explicit operator bool() const { return m_handle != 0; }
    void flush();
    // The TPM dropped it already (a command ended the session): nothing to flush.
    void forget() { m_handle = 0; }

private:
    Tpm* m_tpm = nullptr;
    TPM2_HANDLE m_handle = 0;
};

} // namespace wire
} // namespace tpmvsc

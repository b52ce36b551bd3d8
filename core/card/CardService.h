// The card operations, synchronous. The CLI and the tests call these directly; the GUI
// calls them from its worker thread. Each call takes the card's lock, does its TPM work
// with every transient object flushed on every path, and writes the card atomically,
// so a failure at any step leaves the card exactly as it was.
#pragma once

#include "AikCertification.h"
#include "KeyCertificate.h"
#include "core/store/CardRecord.h"
#include "core/util/Error.h"
#include "core/util/Secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace tpmvsc {

class Tpm;
class CardStore;
class CardEdit;

struct CreateOptions {
    QString name;
    AdminKeyMode adminKeyMode = AdminKeyMode::Default;
    Secret adminKey;           // Default and Prompt; ignored for Random (generated, forgotten)
    Secret pin;                // checked against `pinPolicy`
    std::optional<Secret> puk; // absent: no PUK (tpmvscmgr without /PUK)
    bool generate = false;     // tpmvscmgr /generate: the card gets its file system now
    PinPolicy pinPolicy;
    int pinMaxTries = 5;
    int adminResetStock = 10;    // precomputed admin resets; 0 for Random
    Secret ownerAuth;            // the TPM owner hierarchy's password, when it has one
    bool attestationKey = false; // tpmvscmgr /attestation AIK_ONLY: the card gets an AIK
    // With attestationKey (AIK_AND_CERT): the attestation CA that certifies the AIK before
    // the card is written; a refusal or an unreachable CA leaves no card.
    AikCertifier* attestationCa = nullptr;
};

// A card key certified by the card's attestation key (TPM2_Certify): what a relying
// party needs to check that the key lives in this TPM.
struct KeyAttestation {
    QByteArray certInfo;      // TPMS_ATTEST, marshalled as the TPM returned it
    QByteArray signature;     // the AIK's over certInfo: DER ECDSA-Sig-Value (ECDSA, SHA-256)
    QByteArray tpmSignature;  // the same as the TPM's TPMT_SIGNATURE, as a request carries it
    QByteArray pubArea;       // the card key's TPMT_PUBLIC, marshalled
    QByteArray aikPublicPem;  // the AIK's SubjectPublicKeyInfo, PEM
    QByteArray ekCertificate; // the TPM's EK certificate (DER); empty when it has none
    QList<QByteArray> aikCertificates; // the AIK's certificate, then its issuers; may be empty
};

struct KeyInfo {
    QByteArray id; // PKCS#11 CKA_ID
    QString label;
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048;
    QDateTime created;
    bool hasCertificate = false;
};

struct CardStatus {
    int instance = -1;
    QString instanceId;
    QString name;
    QDateTime created;
    PinPolicy pinPolicy;
    int pinMaxTries = 0;
    int pinTriesLeft = 0;
    bool blocked = false;
    bool hasPuk = false;
    int pukTriesLeft = 0;
    AdminKeyMode adminKeyMode = AdminKeyMode::Default;
    int adminResetsLeft = 0;       // challenges left in the stock
    int adminTriesLeft = 0;        // wrong responses left before admin reset blocks
    Remedy unblock = Remedy::None; // what sets a new PIN on this card now
    // The TPM counts wrong PINs and PUKs in NV indices of its own, and old PINs and used
    // challenges are dead; false for a card made before that (upgradeCard moves it).
    bool tpmHeldCounters = false;
    bool fileSystem = false;
    QList<KeyInfo> keys;
    int certificates = 0;
    bool attestationKey = false;  // the card has an AIK that certifies its keys
    QString attestationAuthority; // the CA that certified the AIK; empty when none did

    // What can be done with the card now, decided here from the rules the card service
    // enforces, so that a face enables its buttons and commands without rules of its own.
    // (The service still checks everything again when the operation runs.)
    struct Actions {
        bool changePin = false;            // not blocked
        bool unblockWithPuk = false;       // PUK set and not blocked itself (unblock)
        bool adminReset = false;           // admin key usable, challenges left (unblock)
        bool initializeFileSystem = false; // no file system yet, admin reset possible
        bool requestCertificate = false;   // file system, not blocked (new or existing key)
        bool storeCertificate = false;     // a key to store it with, not blocked
        bool readCertificates = false;     // at least one certificate
    };
    Actions can;
};

// A key in use before the card is written (generateKey and useKey with a callback):
// enough to build a certificate request or a self-signed certificate for it.
struct KeyUse {
    KeyInfo key;
    QByteArray publicKeyInfo; // SubjectPublicKeyInfo, DER
    // Signs a digest with the key in the TPM (RSA PKCS#1 v1.5 or PSS with salt = hash
    // size; ECDSA as DER, as X.509 wants it). Valid only during the callback.
    std::function<QByteArray(const QByteArray& digest, HashAlgorithm hash, SignatureScheme scheme)>
        sign;
    // Has the card's attestation key certify this key (nonce: at most
    // kMaxAttestationNonceSize bytes); empty when the card has no attestation key. The
    // result has no EK certificate (it has the AIK's certificates when an attestation CA
    // certified the AIK). Valid only during the callback.
    std::function<KeyAttestation(const QByteArray& nonce)> attest;
    // RSAES-PKCS1-v1_5 decryption of one block by the key in the TPM (an RSA key only: a
    // CA encrypts what it answers to the key it certifies, as SCEP does). A bad padding
    // throws InvalidInput. Valid only during the callback.
    std::function<QByteArray(const QByteArray& ciphertext)> decryptPkcs1;
};
// Runs while the key is loaded; returns a certificate to store with the key in the same
// card write, or an empty one. Throwing abandons the whole operation: the card is left
// exactly as it was (a new key is not kept). The card stays locked meanwhile: the
// callback must not start another operation on the same card.
using KeyCallback = std::function<KeyCertificate(const KeyUse&)>;

CardStatus cardStatus(const CardRecord& card);

class CardSession;
struct GuardTpm;
struct TpmContext;

class CardService
{
public:
    // The TPM is reached only by operations that need it (list, status, keys and export
    // read the store alone), so the provider may connect lazily.
    using TpmProvider = std::function<Tpm&()>;
    CardService(CardStore& store, TpmProvider tpm);
    CardService(Tpm& tpm, CardStore& store);
    ~CardService();

    // Creates the card; returns its instance number. Checks every input before the
    // first TPM command; writes the card only when every TPM object exists.
    int create(const CreateOptions& options);
    // Removes the card: its NV indices in the TPM, then its file (with every TPM object
    // wrapped in it). `ownerAuth`: the owner hierarchy's password, when it has one.
    void destroy(int instance, const Secret& ownerAuth = Secret());
    // Moves a card made before TPM-held counters to them: the PIN (and the PUK, when the
    // card has one) are checked, NV indices are made, the card secret is sealed to the
    // PIN index and the old PIN/PUK/admin objects are dropped from the file. The admin
    // key, when given (48 hex digits' worth), makes a new stock of admin resets; without
    // it the card can no longer be reset by an administrator. The keys stay as they are.
    void upgradeCard(int instance, const Secret& pin, const std::optional<Secret>& puk,
                     const std::optional<Secret>& adminKey, const Secret& ownerAuth = Secret());
    // Finishes what a crash interrupted: removes a card whose creation did not finish
    // (its NV indices too) and completes a destroy. Cards another program holds are left
    // alone. Returns the instances finished.
    QList<int> finishInterrupted(const Secret& ownerAuth = Secret());
    // NV indices in tpmvsc's handle block that no card of this store names: left over
    // from cards whose files were deleted by hand, or other users' cards (the TPM cannot
    // tell whose an index is).
    QList<std::uint32_t> strayIndices();
    void removeStrayIndex(std::uint32_t handle, const Secret& ownerAuth = Secret());

    QList<CardStatus> list() const; // cards that fail to load are reported via status()
    CardStatus status(int instance) const;

    // PIN checks go through the TPM. A wrong PIN throws AuthFailed saying how many tries
    // are left; the last one blocks the card (Blocked from then on).
    void verifyPin(int instance, const Secret& pin);
    void changePin(int instance, const Secret& oldPin, const Secret& newPin);
    // Unblocks with the PUK and sets a new PIN (tries reset).
    void unblockWithPuk(int instance, const Secret& puk, const Secret& newPin);
    // Checks the PUK through the TPM without changing anything else: a wrong PUK counts
    // (AuthFailed with the tries left, Blocked at the last); a card without PUK throws
    // Unsupported. A right one restores the PUK tries. (PKCS#11 CKU_SO login.)
    void verifyPuk(int instance, const Secret& puk);

    // Admin challenge-response. adminChallenge() shows the next unused challenge; the
    // response (from the helpdesk, who holds the admin key) is checked by the TPM and the
    // challenge is used up whatever the outcome.
    QByteArray adminChallenge(int instance) const;
    void adminResetPin(int instance, const QByteArray& challenge, const Secret& response,
                       const Secret& newPin);
    void initializeFileSystem(int instance, const QByteArray& challenge, const Secret& response);

    KeyInfo generateKey(int instance, const Secret& pin, KeyAlgorithm algorithm,
                        const QString& label);
    // Generates a key and hands it to `beforeSave` (which may sign with it) before the
    // card is written: the key is kept only if the callback returns, together with the
    // certificate it returns (checked as setCertificate checks). A certificate request
    // that fails, or a TPM that dies, leaves no key behind.
    KeyInfo generateKey(int instance, const Secret& pin, KeyAlgorithm algorithm,
                        const QString& label, const KeyCallback& beforeSave);
    // The same for an existing key: PIN checked by the TPM, the key loaded, the callback
    // run; a certificate it returns replaces the key's certificate in one card write.
    void useKey(int instance, const Secret& pin, const QByteArray& keyId,
                const KeyCallback& callback);
    QList<KeyInfo> keys(int instance) const;
    void deleteKey(int instance, const Secret& pin, const QByteArray& keyId);
    // Finds a key by full hex id, unique hex prefix (>= 4 digits) or exact label.
    QByteArray resolveKey(int instance, const QString& reference) const;
    // SubjectPublicKeyInfo, DER or PEM.
    QByteArray exportPublicKey(int instance, const QByteArray& keyId, bool pem) const;

    // Stores a certificate (and its issuers) with a key, replacing the key's certificate.
    // A card write needs the user's PIN, as on a real smart card: checked by the TPM (a
    // wrong PIN counts; a blocked card is refused). Refused before the PIN is asked for
    // when the certificate's public key is not the key's (checkCertificateForKey).
    void setCertificate(int instance, const Secret& pin, const QByteArray& keyId,
                        const QByteArray& certificateDer, const QList<QByteArray>& chain);
    // Removes a key's certificate and chain (the key stays). PIN as setCertificate.
    void deleteCertificate(int instance, const Secret& pin, const QByteArray& keyId);
    // A key's certificate and chain, from the store alone (certificates are public).
    // Throws NotFound when the key does not exist or has no certificate.
    KeyCertificate certificate(int instance, const QByteArray& keyId) const;

    // Signs a digest (of the hash's size). RSA: PKCS#1 v1.5 or PSS (salt = hash size);
    // ECDSA: the signature as DER (X9.62 / what OpenSSL verifies).
    QByteArray sign(int instance, const Secret& pin, const QByteArray& keyId, HashAlgorithm hash,
                    SignatureScheme scheme, const QByteArray& digest);

    // Gives a card made without one an attestation key (AIK), PIN checked by the TPM;
    // with `ca`, certified by that attestation CA before the card is written (a refusal
    // leaves the card without AIK). InvalidInput when the card has one already.
    void addAttestationKey(int instance, const Secret& pin, AikCertifier* ca = nullptr);
    // Certifies a card key with the card's AIK, PIN checked by the TPM (the key and the
    // AIK both take the card secret). `nonce`: at most 32 bytes, the attestation's
    // extraData. NotFound when the card has no AIK. Also a key the TPM did not make is
    // certified: its public area says so (sensitiveDataOrigin clear), for the verifier.
    KeyAttestation attestKey(int instance, const Secret& pin, const QByteArray& keyId,
                             const QByteArray& nonce);

    // Verifies the PIN once and keeps the card secret and loaded keys for many
    // operations (PKCS#11 login, benchmarks). Flushes everything when destroyed; the
    // session must not outlive the Tpm.
    std::unique_ptr<CardSession> openSession(int instance, const Secret& pin);

    // The same writes for a logged-in session (PKCS#11): the session already proved the
    // PIN, so none is asked for; its primary, salted session and card secret are used,
    // and the session's card is replaced by the record as saved. Same checks, same
    // all-or-nothing writes as the PIN overloads. `id` empty: the SHA-1 of the public key;
    // else the caller's (1..CardRecord::kMaxKeyIdSize bytes, unique on the card).
    KeyInfo generateKey(CardSession& session, KeyAlgorithm algorithm, const QString& label,
                        const QByteArray& id = QByteArray());
    void deleteKey(CardSession& session, const QByteArray& keyId);
    void setCertificate(CardSession& session, const QByteArray& keyId,
                        const QByteArray& certificateDer, const QList<QByteArray>& chain);
    void deleteCertificate(CardSession& session, const QByteArray& keyId);

private:
    struct WriteAuth; // the PIN or a logged-in session (CardService.cpp)

    Tpm& tpm() const { return m_tpm(); }
    // The PIN, checked by the TPM (a wrong one counts): a session on the card, in the TPM
    // context the check used (one CreatePrimary and one StartAuthSession in all). The
    // tries are restored in edit.card; the caller saves. `holdSlot`: a session that will
    // sign keeps the login's session slot until its first signature.
    std::unique_ptr<CardSession> unlockWithPin(CardEdit& edit, const Secret& pin,
                                               bool holdSlot = false);
    Secret unsealWithPin(CardEdit& edit, const Secret& pin);
    // The PUK, checked by the TPM (a wrong one counts); restores the PUK tries in edit.card.
    Secret unsealWithPuk(CardEdit& edit, const Secret& puk);
    Secret unsealWithAdminResponse(CardEdit& edit, const QByteArray& challenge,
                                   const Secret& response);
    void storeNewPin(CardRecord& card, const Secret& cardSecret, const Secret& newPin);
    // Guarded cards: an admin response checked by the TPM, its challenge used up first;
    // `newPin` set (and the count reset) when given. Returns nothing useful to keys.
    void answerAdminChallenge(CardEdit& edit, const QByteArray& challenge, const Secret& response,
                              const Secret* newPin);
    // Guarded cards: after a failed PIN or PUK check, the tries the TPM has left, saved.
    // `t`: the operation's own context, reused (a TPM without resource manager holds
    // three sessions).
    Error pinRefused(CardEdit& edit, const Error& cause, GuardTpm& t);
    // The guard of a new card (instance < 0: the store numbers it) or of one being
    // upgraded; the card is saved Ready when done, or put back as it was on failure.
    void buildNewGuard(TpmContext& ctx, CardRecord& card, const Secret& cardSecret,
                       const Secret& pinAuth, const Secret* pukAuth, int stock,
                       const Secret& adminKey, const Secret& ownerAuth);
    void removeGuardOf(CardEdit& edit, const Secret& ownerAuth);
    Error pukRefused(CardEdit& edit, const Error& cause, GuardTpm& t);

    // One body per card write, for the PIN overloads and the session overloads alike.
    CardSession& authorize(CardEdit& edit, const WriteAuth& auth,
                           std::unique_ptr<CardSession>& own);
    KeyInfo addKey(const WriteAuth& auth, KeyAlgorithm algorithm, const QString& label,
                   const QByteArray& id, const KeyCallback& beforeSave);
    void removeKey(const WriteAuth& auth, const QByteArray& keyId);
    void storeCertificate(const WriteAuth& auth, const QByteArray& keyId,
                          const QByteArray& certificateDer, const QList<QByteArray>& chain);
    void removeCertificate(const WriteAuth& auth, const QByteArray& keyId);

    CardStore& m_store;
    TpmProvider m_tpm;
};

} // namespace tpmvsc

// A logged-in card session (what the PKCS#11 module keeps per login): raw RSA and
// PKCS#1 decryption checked by OpenSSL, keys evicted when the TPM's few object slots are
// full, the session's card following writes made through it, PUK checks, the session
// overloads of the card writes, and what opening a session costs in TPM commands.
#define OPENSSL_SUPPRESS_DEPRECATED // RSA_padding_check_PKCS1_OAEP_mgf1: OAEP done by hand

#include "core/card/CardSession.h"
#include "core/card/PublicKeyExport.h"
#include "core/tpm/TpmObjects.h"
#include "test_enroll_ca.h"
#include "tests/support/CardTestCase.h"

#include <QCryptographicHash>
#include <QTest>
#include <cstring>
#include <openssl/rsa.h>
#include <tuple>
#include <vector>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

struct CtxFree {
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, CtxFree>;

const QByteArray kDigest = QCryptographicHash::hash("message to sign", QCryptographicHash::Sha256);

Ossl<EVP_PKEY> publicKey(CardService& service, int card, const QByteArray& keyId)
{
    const QByteArray spki = service.exportPublicKey(card, keyId, false);
    const auto* p = reinterpret_cast<const unsigned char*>(spki.constData());
    return Ossl<EVP_PKEY>(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())));
}

// RSA PKCS#1 v1.5 or ECDSA (DER) over a SHA-256 digest, checked by OpenSSL.
bool verifies(EVP_PKEY* key, const QByteArray& digest, const QByteArray& signature)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new(key, nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) != 1)
        return false;
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA &&
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        return false;
    return EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                           static_cast<size_t>(signature.size()),
                           reinterpret_cast<const unsigned char*>(digest.constData()),
                           static_cast<size_t>(digest.size())) == 1;
}

// Encrypts with OpenSSL: RSA_PKCS1_PADDING, RSA_NO_PADDING, or RSA_PKCS1_OAEP_PADDING
// (SHA-256, MGF1-SHA-256, `oaepLabel`).
QByteArray encrypt(EVP_PKEY* key, const QByteArray& plaintext, int padding,
                   const QByteArray& oaepLabel = QByteArray())
{
    PkeyCtx ctx(EVP_PKEY_CTX_new(key, nullptr));
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), padding) != 1)
        return QByteArray();
    if (padding == RSA_PKCS1_OAEP_PADDING) {
        void* label = OPENSSL_memdup(oaepLabel.constData(), static_cast<size_t>(oaepLabel.size()));
        if (EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), EVP_sha256()) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), EVP_sha256()) != 1 ||
            EVP_PKEY_CTX_set0_rsa_oaep_label(ctx.get(), label, oaepLabel.size()) != 1) {
            OPENSSL_free(label);
            return QByteArray();
        }
    }
    const auto* in = reinterpret_cast<const unsigned char*>(plaintext.constData());
    size_t size = 0;
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &size, in, static_cast<size_t>(plaintext.size())) != 1)
        return QByteArray();
    QByteArray out(static_cast<qsizetype>(size), '\0');
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &size, in,
                         static_cast<size_t>(plaintext.size())) != 1)
        return QByteArray();
    out.resize(static_cast<qsizetype>(size));
    return out;
}

// EMSA-PKCS1-v1_5 for a SHA-256 digest: 00 01 FF..FF 00 DigestInfo (RFC 8017, 9.2).
QByteArray pkcs1Type1Block(const QByteArray& digest, int modulusSize)
{
    const QByteArray digestInfo =
        QByteArray::fromHex("3031300d060960864801650304020105000420") + digest;
    return QByteArray::fromHex("0001") +
           QByteArray(modulusSize - 3 - static_cast<int>(digestInfo.size()), '\xff') +
           QByteArray(1, '\0') + digestInfo;
}

int handleCount(Tpm& tpm)
{
    return static_cast<int>(tpm.transientHandles().size());
}

} // namespace

class TestCardSession : public CardTestCase
{
    Q_OBJECT

    int m_card = -1;

    KeyInfo newKey(KeyAlgorithm algorithm)
    {
        return m_env->service.generateKey(m_card, pin("12345678"), algorithm, QString());
    }
    std::unique_ptr<CardSession> open()
    {
        return m_env->service.openSession(m_card, pin("12345678"));
    }
    // A new card with one P-256 key, its public key, and a session logged in to it.
    std::tuple<KeyInfo, Ossl<EVP_PKEY>, std::unique_ptr<CardSession>> ecKeyInSession()
    {
        m_card = m_env->createDefaultCard();
        KeyInfo key = newKey(KeyAlgorithm::EccP256);
        Ossl<EVP_PKEY> pub = publicKey(m_env->service, m_card, key.id);
        return {std::move(key), std::move(pub), open()};
    }
    QByteArray sign(CardSession& session, const QByteArray& keyId)
    {
        return ecdsaSignatureToDer(
            session.sign(keyId, HashAlgorithm::Sha256, SignatureScheme::Ecdsa, kDigest));
    }

private Q_SLOTS:
    void rsaRawMakesPkcs1Signatures()
    {
        m_card = m_env->createDefaultCard();
        const KeyInfo key = newKey(KeyAlgorithm::Rsa2048);
        const Ossl<EVP_PKEY> pub = publicKey(m_env->service, m_card, key.id);
        QVERIFY(pub);
        auto session = open();
        const QByteArray signature = session->rsaRaw(key.id, pkcs1Type1Block(kDigest, 256));
        QCOMPARE(signature.size(), 256);
        QVERIFY(verifies(pub.get(), kDigest, signature));
        const QByteArray other = QCryptographicHash::hash("other", QCryptographicHash::Sha256);
        QVERIFY(!verifies(pub.get(), other, signature));
        // The same signature as the TPM's own RSASSA: PKCS#1 v1.5 is deterministic.
        QCOMPARE(
            session->sign(key.id, HashAlgorithm::Sha256, SignatureScheme::RsaPkcs1v15, kDigest),
            signature);

        // Blocks that are not modulus-sized numbers below the modulus never reach the TPM.
        const auto before = m_env->tpm->commandsSent();
        TPMVSC_EXPECT_ERROR_CONTAINING(session->rsaRaw(key.id, QByteArray(255, '\x01')),
                                       ErrorCode::InvalidInput, QStringLiteral("256 bytes"));
        TPMVSC_EXPECT_ERROR(session->rsaRaw(key.id, QByteArray(257, '\0')),
                            ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(session->rsaRaw(key.id, QByteArray(256, '\xff')),
                            ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(session->rsaRaw(QByteArray(20, 'z'), QByteArray(256, '\0')),
                            ErrorCode::NotFound);
        QCOMPARE(m_env->tpm->commandsSent(), before);
        // Leading zero octets of the result are kept: 0 maps to 0, returned full size.
        QCOMPARE(session->rsaRaw(key.id, QByteArray(256, '\0')), QByteArray(256, '\0'));
    }

    void rsaDecryptPkcs1DecryptsWhatOpensslEncrypted()
    {
        m_card = m_env->createDefaultCard();
        const KeyInfo key = newKey(KeyAlgorithm::Rsa2048);
        const Ossl<EVP_PKEY> pub = publicKey(m_env->service, m_card, key.id);
        const QByteArray plaintext("a 32-byte session key, say......");
        const QByteArray ciphertext = encrypt(pub.get(), plaintext, RSA_PKCS1_PADDING);
        QCOMPARE(ciphertext.size(), 256);
        auto session = open();
        QCOMPARE(session->rsaDecryptPkcs1(key.id, ciphertext), plaintext);

        // A block that decrypts to a signature padding (type 1), not an encryption one.
        const QByteArray notType2 =
            encrypt(pub.get(), pkcs1Type1Block(kDigest, 256), RSA_NO_PADDING);
        QCOMPARE(notType2.size(), 256);
        TPMVSC_EXPECT_ERROR_CONTAINING(session->rsaDecryptPkcs1(key.id, notType2),
                                       ErrorCode::InvalidInput,
                                       QStringLiteral("could not be decrypted"));
        TPMVSC_EXPECT_ERROR(session->rsaDecryptPkcs1(key.id, ciphertext.left(255)),
                            ErrorCode::InvalidInput);
        // The session is still good after the refusal.
        QCOMPARE(session->rsaDecryptPkcs1(key.id, ciphertext), plaintext);
    }

    void oaepThroughRsaRaw()
    {
        m_card = m_env->createDefaultCard();
        const KeyInfo key = newKey(KeyAlgorithm::Rsa3072);
        const Ossl<EVP_PKEY> pub = publicKey(m_env->service, m_card, key.id);
        const QByteArray plaintext("OAEP with a label the TPM would not take");
        // "x" without a trailing zero octet (the TPM would add one to its own OAEP label).
        const QByteArray ciphertext =
            encrypt(pub.get(), plaintext, RSA_PKCS1_OAEP_PADDING, QByteArray("x"));
        QCOMPARE(ciphertext.size(), 384);
        auto session = open();
        const QByteArray block = session->rsaRaw(key.id, ciphertext);
        QCOMPARE(block.size(), 384);
        const auto unpad = [&block](const char* label) {
            QByteArray out(block.size(), '\0');
            const int n = RSA_padding_check_PKCS1_OAEP_mgf1(
                reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()),
                reinterpret_cast<const unsigned char*>(block.constData()),
                static_cast<int>(block.size()), static_cast<int>(block.size()),
                reinterpret_cast<const unsigned char*>(label), static_cast<int>(std::strlen(label)),
                EVP_sha256(), EVP_sha256());
            return n < 0 ? QByteArray() : out.left(n);
        };
        QCOMPARE(unpad("x"), plaintext);
        QCOMPARE(unpad("y"), QByteArray()); // the check can fail
    }

    void rsaOperationsRefuseEcKeys()
    {
        m_card = m_env->createDefaultCard();
        const KeyInfo ec = newKey(KeyAlgorithm::EccP256);
        auto session = open();
        TPMVSC_EXPECT_ERROR_CONTAINING(session->rsaRaw(ec.id, QByteArray(32, '\x01')),
                                       ErrorCode::InvalidInput, QStringLiteral("not an RSA key"));
        TPMVSC_EXPECT_ERROR(session->rsaDecryptPkcs1(ec.id, QByteArray(32, '\x01')),
                            ErrorCode::InvalidInput);
    }

    // swtpm holds 3 loaded objects in all; the session's primary takes one.
    void fourKeysTakeTurnsInOneSession()
    {
        m_card = m_env->createDefaultCard();
        QList<KeyInfo> keys;
        std::vector<Ossl<EVP_PKEY>> pubs;
        for (int i = 0; i < 4; ++i) {
            keys.append(newKey(KeyAlgorithm::EccP256));
            pubs.push_back(publicKey(m_env->service, m_card, keys.last().id));
        }
        {
            auto session = open();
            for (int round = 0; round < 2; ++round) {
                for (int i = 0; i < 4; ++i) {
                    QVERIFY2(verifies(pubs[i].get(), kDigest, sign(*session, keys[i].id)),
                             qPrintable(QStringLiteral("key %1, round %2").arg(i).arg(round)));
                    QVERIFY(handleCount(*m_env->tpm) <= 3);
                }
            }
            // Least recently used goes first. The two slots hold 2 and 3; 0 evicts 2; 3 is
            // used again; 1 must then evict 0 (not 3), so 3 still signs with one command.
            for (int i : {2, 3, 0, 3, 1})
                sign(*session, keys[i].id);
            const auto before = m_env->tpm->commandsSent();
            QVERIFY(verifies(pubs[3].get(), kDigest, sign(*session, keys[3].id)));
            QCOMPARE(m_env->tpm->commandsSent() - before, 1u);
        }
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }

    void noRoomLeftByOtherProgramsIsBusy()
    {
        m_card = m_env->createDefaultCard();
        const KeyInfo key = newKey(KeyAlgorithm::EccP256);
        auto session = open();
        {
            // Another program's objects fill the two slots the session's primary leaves.
            TpmObject a = createStoragePrimary(*m_env->tpm, nullptr);
            TpmObject b = createStoragePrimary(*m_env->tpm, nullptr);
            TPMVSC_EXPECT_ERROR_CONTAINING(sign(*session, key.id), ErrorCode::Busy,
                                           QStringLiteral("no room for another key"));
        }
        QVERIFY(!sign(*session, key.id).isEmpty());
    }

    void tamperedResponsesAreRefusedWithoutCostingATry()
    {
        auto [key, pub, session] = ecKeyInSession();
        QVERIFY(verifies(pub.get(), kDigest, sign(*session, key.id)));
        // The signatures' own session only: the login's salted one ended with the first.
        QCOMPARE(m_env->tpm->loadedSessions().size(), 1);
        const std::uint32_t failures = m_env->tpm->info().lockoutCounter;

        // A TPM2_Sign response: header (10 bytes), parameterSize (4), the TPMT_SIGNATURE
        // (sigAlg, hash, then r: byte 20 is r's first octet), then the authorization:
        // nonceTPM (2 + 32), attributes (1), HMAC (2 + 32). One flipped bit in the
        // signature, in nonceTPM, in the HMAC: each time the response no longer proves it
        // came from the TPM that holds the key's secret.
        using Where = std::size_t (*)(std::size_t size);
        const Where inSignature = [](std::size_t) { return std::size_t(20); };
        // The middle of nonceTPM: before the HMAC (34) and the attributes (1).
        const Where inNonceTpm = [](std::size_t size) { return size - 34 - 1 - 16; };
        const Where inHmac = [](std::size_t size) { return size - 1; };
        for (const Where where : {inSignature, inNonceTpm, inHmac}) {
            bool tampered = false;
            m_env->tpm->setResponseHook([&](std::uint8_t* response, std::size_t size) {
                if (!tampered && size > 14 + 69) {
                    response[where(size)] ^= 0x01;
                    tampered = true;
                }
            });
            TPMVSC_EXPECT_ERROR_CONTAINING(sign(*session, key.id), ErrorCode::Tpm,
                                           QStringLiteral("HMAC does not match"));
            m_env->tpm->setResponseHook({});
            QVERIFY(tampered);
            // The TPM moved its nonce on while we refused the response: that session is
            // flushed and a new one signs, instead of sending an HMAC the TPM would refuse
            // (and count against the dictionary-attack limit).
            QVERIFY(verifies(pub.get(), kDigest, sign(*session, key.id)));
            QCOMPARE(m_env->tpm->loadedSessions().size(), 1);
        }
        QCOMPARE(m_env->tpm->info().lockoutCounter, failures);
        session.reset();
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }

    void retryAnswersAreSentAgain()
    {
        auto [key, pub, session] = ecKeyInSession();
        QVERIFY(verifies(pub.get(), kDigest, sign(*session, key.id))); // key and session ready
        const std::uint32_t failures = m_env->tpm->info().lockoutCounter;
        // TPM_RC_RETRY (hardware TPMs answer it when busy; a fresh swtpm once after start):
        // the command did not run and is sent again, same bytes.
        const std::vector<std::uint8_t> retry{0x80, 0x01, 0, 0, 0, 0x0a, 0, 0, 0x09, 0x22};
        const auto before = m_env->tpm->commandsSent();
        m_env->tpm->setStandIn([&](std::uint64_t n) -> std::optional<std::vector<std::uint8_t>> {
            if (n <= before + 2)
                return retry;
            return std::nullopt;
        });
        QVERIFY(verifies(pub.get(), kDigest, sign(*session, key.id)));
        QCOMPARE(m_env->tpm->commandsSent() - before, 3u); // two answered RETRY, one signed

        // A TPM that keeps saying RETRY: five submissions (as ESYS), then an error; the
        // next signature signs.
        const auto second = m_env->tpm->commandsSent();
        m_env->tpm->setStandIn([&](std::uint64_t) { return std::optional(retry); });
        TPMVSC_EXPECT_ERROR(sign(*session, key.id), ErrorCode::Tpm);
        m_env->tpm->setStandIn({});
        QCOMPARE(m_env->tpm->commandsSent() - second, 5u);
        QVERIFY(verifies(pub.get(), kDigest, sign(*session, key.id)));
        QCOMPARE(m_env->tpm->info().lockoutCounter, failures);
        session.reset();
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }

    void signaturesUseTheLoginSessionWhenTheTpmHasNoRoomForAnother()
    {
        auto [key, pub, session] = ecKeyInSession();
        // Other programs hold every session slot the login left (swtpm has three).
        std::vector<TpmObject> others;
        for (;;) {
            TPMT_SYM_DEF symmetric{};
            symmetric.algorithm = TPM2_ALG_NULL;
            ESYS_TR handle = ESYS_TR_NONE;
            const TSS2_RC rc = Esys_StartAuthSession(
                m_env->tpm->esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                ESYS_TR_NONE, nullptr, TPM2_SE_HMAC, &symmetric, TPM2_ALG_SHA256, &handle);
            if (rc != TSS2_RC_SUCCESS) {
                QCOMPARE(rc & 0xfff, TSS2_RC(TPM2_RC_SESSION_MEMORY));
                break;
            }
            others.emplace_back(m_env->tpm->esys(), handle);
        }
        QVERIFY(!others.empty());
        const qsizetype full = m_env->tpm->loadedSessions().size();

        for (int i = 0; i < 3; ++i)
            QVERIFY(verifies(pub.get(), kDigest, sign(*session, key.id)));
        QCOMPARE(m_env->tpm->loadedSessions().size(), full); // no session of its own
        const auto before = m_env->tpm->commandsSent();
        QVERIFY(verifies(pub.get(), kDigest, sign(*session, key.id)));
        QCOMPARE(m_env->tpm->commandsSent() - before, 1u);

        others.clear();
        session.reset();
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }

    void replaceCardFlushesKeysThatAreGone()
    {
        m_card = m_env->createDefaultCard();
        const KeyInfo k0 = newKey(KeyAlgorithm::EccP256);
        const KeyInfo k1 = newKey(KeyAlgorithm::EccP256);
        const KeyInfo k2 = newKey(KeyAlgorithm::EccP256);
        // Made first: swtpm holds three sessions, two of them the open session's.
        const int other = m_env->createDefaultCard(QStringLiteral("Other"));
        auto session = open();
        sign(*session, k0.id);
        sign(*session, k1.id);
        // k0 and k1; the primary is flushed once a key is loaded (made again to load more)
        QCOMPARE(handleCount(*m_env->tpm), 2);

        m_env->service.deleteKey(*session, k0.id);
        QCOMPARE(handleCount(*m_env->tpm), 1);
        QCOMPARE(m_env->service.keys(m_card).size(), 2);
        QCOMPARE(session->card().keys.size(), 2);
        TPMVSC_EXPECT_ERROR(sign(*session, k0.id), ErrorCode::NotFound);
        const auto before = m_env->tpm->commandsSent();
        sign(*session, k1.id); // still loaded
        QCOMPARE(m_env->tpm->commandsSent() - before, 1u);

        // A key whose blob changed (same ID) is flushed too.
        CardRecord changed = session->card();
        changed.keys[0].blob = changed.keys[1].blob;
        QCOMPARE(changed.keys[0].id, k1.id);
        session->replaceCard(changed);
        QCOMPARE(handleCount(*m_env->tpm), 0); // k1 was the one loaded

        // Another card's record is refused; the session keeps its own.
        TPMVSC_EXPECT_ERROR(session->replaceCard(m_env->store.load(other)), ErrorCode::NotFound);
        QCOMPARE(session->card().instance, m_card);
        QCOMPARE(session->card().keys.size(), 2);
    }

    void verifyPuk()
    {
        m_card = m_env->createDefaultCard();
        CardService& s = m_env->service;
        s.verifyPuk(m_card, pin("87654321"));
        QCOMPARE(s.status(m_card).pukTriesLeft, 5);
        QString message;
        TPMVSC_EXPECT_ERROR_CONTAINING(s.verifyPuk(m_card, pin("11111111")), ErrorCode::AuthFailed,
                                       QStringLiteral("4 tries left"));
        QCOMPARE(s.status(m_card).pukTriesLeft, 4);
        // A right PUK alone does not start the PUK's count over: only the card secret may
        // write the PUK's index (an index anyone may write with the PUK could be made anew
        // by whoever removes it). Unblocking with the PUK does, through the new PIN.
        s.verifyPuk(m_card, pin("87654321"));
        QCOMPARE(s.status(m_card).pukTriesLeft, 4);
        s.verifyPin(m_card, pin("12345678")); // the PIN is untouched
        s.unblockWithPuk(m_card, pin("87654321"), pin("12345678"));
        QCOMPARE(s.status(m_card).pukTriesLeft, 5);

        for (int i = 0; i < 4; ++i)
            TPMVSC_EXPECT_ERROR(s.verifyPuk(m_card, pin("11111111")), ErrorCode::AuthFailed);
        TPMVSC_EXPECT_ERROR(s.verifyPuk(m_card, pin("11111111")), ErrorCode::Blocked);
        TPMVSC_EXPECT_ERROR(s.verifyPuk(m_card, pin("87654321")), ErrorCode::Blocked);
        QCOMPARE(s.status(m_card).pukTriesLeft, 0);
        QCOMPARE(s.status(m_card).pinTriesLeft, 5);

        const int noPuk = m_env->createDefaultCard(QStringLiteral("No PUK"), false);
        const StoreSnapshot before = m_env->snapshot();
        TPMVSC_EXPECT_ERROR_MSG(s.verifyPuk(noPuk, pin("87654321")), ErrorCode::Unsupported,
                                message);
        QCOMPARE(message, QStringLiteral("This card has no PUK."));
        QVERIFY(before == m_env->snapshot());
    }

    void sessionGeneratesKeysWithChosenIds()
    {
        m_card = m_env->createDefaultCard();
        auto session = open();
        const auto before = m_env->tpm->commandsSent();
        const KeyInfo chosen = m_env->service.generateKey(
            *session, KeyAlgorithm::EccP256, QStringLiteral("chosen"), QByteArray(1, '\x01'));
        // TPM2_Create under the session's primary, in a salted ESYS session (the login's
        // own session slot is given up for it): no second context, no PIN check.
        QCOMPARE(m_env->tpm->commandsSent() - before, 3u);
        QCOMPARE(chosen.id, QByteArray(1, '\x01'));
        QCOMPARE(m_env->service.keys(m_card).size(), 1);
        QCOMPARE(session->card().keys.size(), 1);
        const Ossl<EVP_PKEY> pub = publicKey(m_env->service, m_card, chosen.id);
        QVERIFY(verifies(pub.get(), kDigest, sign(*session, chosen.id)));

        const StoreSnapshot snapshot = m_env->snapshot();
        TPMVSC_EXPECT_ERROR_CONTAINING(m_env->service.generateKey(*session, KeyAlgorithm::EccP256,
                                                                  QString(), QByteArray(1, '\x01')),
                                       ErrorCode::InvalidInput,
                                       QStringLiteral("already has a key with ID 01"));
        TPMVSC_EXPECT_ERROR(
            m_env->service.generateKey(*session, KeyAlgorithm::EccP256, QString(),
                                       QByteArray(CardRecord::kMaxKeyIdSize + 1, 'i')),
            ErrorCode::InvalidInput);
        QVERIFY2(snapshot == m_env->snapshot(), qPrintable(snapshot.diff(m_env->snapshot())));

        const KeyInfo longest = m_env->service.generateKey(
            *session, KeyAlgorithm::EccP256, QString(), QByteArray(CardRecord::kMaxKeyIdSize, 'i'));
        QVERIFY(!sign(*session, longest.id).isEmpty());
        // The keys in use; TPM2_Create made room first when the primary, the new object
        // and the loaded keys did not fit, and the primary went once the key was loaded.
        QCOMPARE(handleCount(*m_env->tpm), 2);
        const KeyInfo byDefault =
            m_env->service.generateKey(*session, KeyAlgorithm::EccP256, QString());
        QCOMPARE(byDefault.id.size(), CardRecord::kKeyIdSize);
        QCOMPARE(m_env->service.keys(m_card).size(), 3);
        QVERIFY(!sign(*session, byDefault.id).isEmpty());
        QCOMPARE(m_env->service.status(m_card).pinTriesLeft, 5);
    }

    void sessionStoresOnlyTheKeysCertificate()
    {
        m_card = m_env->createDefaultCard();
        auto session = open();
        const KeyInfo key = m_env->service.generateKey(*session, KeyAlgorithm::EccP256, QString());
        const KeyInfo other =
            m_env->service.generateKey(*session, KeyAlgorithm::EccP256, QString());
        TestCa ca;
        const QByteArray wrong =
            ca.issue(m_env->service.exportPublicKey(m_card, other.id, false), CertSpec());
        const StoreSnapshot before = m_env->snapshot();
        TPMVSC_EXPECT_ERROR_CONTAINING(m_env->service.setCertificate(*session, key.id, wrong, {}),
                                       ErrorCode::InvalidInput,
                                       QStringLiteral("issued for another key"));
        QVERIFY2(before == m_env->snapshot(), qPrintable(before.diff(m_env->snapshot())));

        const QByteArray right =
            ca.issue(m_env->service.exportPublicKey(m_card, key.id, false), CertSpec());
        m_env->service.setCertificate(*session, key.id, right, {ca.der()});
        QCOMPARE(m_env->service.certificate(m_card, key.id).der, right);
        QCOMPARE(m_env->service.certificate(m_card, key.id).chain, QList<QByteArray>{ca.der()});
        QCOMPARE(session->card().keys[0].certificate, right);
        m_env->service.deleteCertificate(*session, key.id);
        TPMVSC_EXPECT_ERROR(m_env->service.certificate(m_card, key.id), ErrorCode::NotFound);
        QVERIFY(session->card().keys[0].certificate.isEmpty());
        TPMVSC_EXPECT_ERROR(m_env->service.deleteCertificate(*session, key.id),
                            ErrorCode::NotFound);
        QCOMPARE(m_env->service.status(m_card).pinTriesLeft, 5);
    }

    void sessionWritesNeedTheirCardUnblocked()
    {
        m_card = m_env->createDefaultCard();
        auto session = open();
        const KeyInfo key = m_env->service.generateKey(*session, KeyAlgorithm::EccP256, QString());
        for (int i = 0; i < 5; ++i)
            QVERIFY(errorFrom([&] { m_env->service.verifyPin(m_card, pin("wrong-pin")); }));
        QVERIFY(m_env->service.status(m_card).blocked);
        const StoreSnapshot before = m_env->snapshot();
        TPMVSC_EXPECT_ERROR(m_env->service.generateKey(*session, KeyAlgorithm::EccP256, QString()),
                            ErrorCode::Blocked);
        TPMVSC_EXPECT_ERROR(m_env->service.deleteKey(*session, key.id), ErrorCode::Blocked);
        QVERIFY(before == m_env->snapshot());

        m_env->service.destroy(m_card);
        TPMVSC_EXPECT_ERROR(m_env->service.deleteKey(*session, key.id), ErrorCode::NotFound);
    }

    void openSessionCommandCount()
    {
        m_card = m_env->createDefaultCard();
        const auto before = m_env->tpm->commandsSent();
        {
            auto session = open();
            const auto opened = m_env->tpm->commandsSent() - before;
            // CreatePrimary, StartAuthSession (salted), NV_ReadPublic of the PIN index,
            // StartAuthSession (policy), PolicySecret (the PIN, counted by the index), Load
            // and Unseal of the sealed card secret, FlushContext of it: 8. A fresh swtpm may
            // answer the Unseal with TPM_RC_RETRY once; ESYS sends it again and the counting
            // TCTI sees 9.
            qInfo("TPM commands to open a session: %d", static_cast<int>(opened));
            QVERIFY(opened <= 9);
        }
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }
};

QTEST_GUILESS_MAIN(TestCardSession)
#include "test_card_session.moc"

// The card side of enrollment (CardService): certificates stored with their keys, the
// public-key match decided in the core, the PIN on every card write, and keys used
// before the card is written (a failed request leaves no key behind). Every refusal is
// checked against the store's bytes; after every test, no TPM handle is left.
#include "core/card/PublicKeyExport.h"
#include "test_enroll_ca.h"
#include "tests/support/CardTestCase.h"
#include "tests/support/KillAtEachCommand.h"

#include <QCryptographicHash>
#include <openssl/evp.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

Q_DECLARE_METATYPE(tpmvsc::KeyAlgorithm)
Q_DECLARE_METATYPE(tpmvsc::HashAlgorithm)
Q_DECLARE_METATYPE(tpmvsc::SignatureScheme)

namespace {

// Verifies a signature with OpenSSL against the SubjectPublicKeyInfo, independently of
// the card.
bool verifies(const QByteArray& spki, HashAlgorithm hash, SignatureScheme scheme,
              const QByteArray& data, const QByteArray& signature)
{
    const auto* p = reinterpret_cast<const unsigned char*>(spki.constData());
    Ossl<EVP_PKEY> key(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())));
    if (!key)
        return false;
    const EVP_MD* md = hash == HashAlgorithm::Sha256   ? EVP_sha256()
                       : hash == HashAlgorithm::Sha384 ? EVP_sha384()
                                                       : EVP_sha512();
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    bool ok = EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, key.get()) == 1;
    if (ok && scheme == SignatureScheme::RsaPss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    ok = ok && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                                static_cast<size_t>(signature.size()),
                                reinterpret_cast<const unsigned char*>(data.constData()),
                                static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QByteArray digestOf(const QByteArray& data, HashAlgorithm hash)
{
    return QCryptographicHash::hash(data, hash == HashAlgorithm::Sha256 ? QCryptographicHash::Sha256
                                          : hash == HashAlgorithm::Sha384
                                              ? QCryptographicHash::Sha384
                                              : QCryptographicHash::Sha512);
}

// A key pair that is not on any card.
QByteArray foreignSpki()
{
    Ossl<EVP_PKEY> key(EVP_EC_gen("P-256"));
    return spkiOf(key.get());
}

} // namespace

class TestEnrollCardService : public CardTestCase
{
    Q_OBJECT

    TestCa m_ca;

    KeyInfo newKey(int card, KeyAlgorithm alg = KeyAlgorithm::EccP256)
    {
        return m_env->service.generateKey(card, pin("12345678"), alg, QStringLiteral("k"));
    }

    QByteArray certFor(int card, const KeyInfo& key, const CertSpec& spec = CertSpec())
    {
        return m_ca.issue(m_env->service.exportPublicKey(card, key.id, false), spec);
    }

    // Runs `statement`, which must fail with `code` and a message containing `words`,
    // sending no TPM command and leaving the store as it was.
    template <typename F>
    void expectRefusedOffline(F statement, ErrorCode code, const QString& words)
    {
        const StoreSnapshot before = m_env->snapshot();
        const std::uint64_t commands = m_env->tpm->commandsSent();
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(statement(), code, message);
        QVERIFY2(message.contains(words, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(m_env->tpm->commandsSent(), commands);
        const StoreSnapshot after = m_env->snapshot();
        QVERIFY2(before == after, qPrintable(before.diff(after)));
    }

private Q_SLOTS:
    void storesReplacesAndDeletesACertificate()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo a = newKey(card);
        const KeyInfo b = newKey(card, KeyAlgorithm::Rsa2048);
        QCOMPARE(m_env->service.status(card).certificates, 0);
        TPMVSC_EXPECT_ERROR(m_env->service.certificate(card, a.id), ErrorCode::NotFound);

        const TestCa intermediate(QStringLiteral("Intermediate"), &m_ca);
        const QByteArray leaf =
            intermediate.issue(m_env->service.exportPublicKey(card, a.id, false), CertSpec());
        m_env->service.setCertificate(card, pin("12345678"), a.id, leaf,
                                      {intermediate.der(), m_ca.der()});
        KeyCertificate stored = m_env->service.certificate(card, a.id);
        QCOMPARE(stored.der, leaf);
        QCOMPARE(stored.chain, (QList<QByteArray>{intermediate.der(), m_ca.der()}));
        CardStatus status = m_env->service.status(card);
        QCOMPARE(status.certificates, 1);
        QVERIFY(status.keys[0].hasCertificate);
        QVERIFY(!status.keys[1].hasCertificate);

        // Survives a reload from disk, in the card file.
        CardStore again(m_env->store.root());
        QCOMPARE(again.load(card).keys[0].certificate, leaf);
        QCOMPARE(again.load(card).keys[0].chain.size(), 2);

        // Replaced, chain and all.
        CertSpec renewed;
        renewed.subjectCn = QStringLiteral("Renewed");
        const QByteArray second = certFor(card, a, renewed);
        m_env->service.setCertificate(card, pin("12345678"), a.id, second, {});
        stored = m_env->service.certificate(card, a.id);
        QCOMPARE(stored.der, second);
        QVERIFY(stored.chain.isEmpty());

        m_env->service.setCertificate(card, pin("12345678"), b.id, certFor(card, b), {m_ca.der()});
        QCOMPARE(m_env->service.status(card).certificates, 2);

        m_env->service.deleteCertificate(card, pin("12345678"), a.id);
        TPMVSC_EXPECT_ERROR(m_env->service.certificate(card, a.id), ErrorCode::NotFound);
        status = m_env->service.status(card);
        QCOMPARE(status.certificates, 1);
        QCOMPARE(status.keys.size(), 2); // the key stays
        QVERIFY(!status.keys[0].hasCertificate);
        QVERIFY(status.keys[1].hasCertificate);
        // Deleting the key takes its certificate with it.
        m_env->service.deleteKey(card, pin("12345678"), b.id);
        QCOMPARE(m_env->service.status(card).certificates, 0);
    }

    void refusesACertificateForAnotherKeyBeforeAskingThePin()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo a = newKey(card);
        const KeyInfo b = newKey(card);
        const QByteArray forB = certFor(card, b);
        const QByteArray foreign = m_ca.issue(foreignSpki(), CertSpec());
        // Even with a wrong PIN: the certificate is judged first, so no try is used.
        for (const char* p : {"12345678", "wrong-pin"}) {
            expectRefusedOffline(
                [&] { m_env->service.setCertificate(card, pin(p), a.id, forB, {}); },
                ErrorCode::InvalidInput, QStringLiteral("not the public key of card key"));
            expectRefusedOffline(
                [&] { m_env->service.setCertificate(card, pin(p), a.id, foreign, {}); },
                ErrorCode::InvalidInput, QStringLiteral("issued for another key"));
        }
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 5);
    }

    void refusesWhatIsNotACertificate()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo a = newKey(card);
        const QByteArray good = certFor(card, a);
        const Secret p = pin("12345678");
        const QList<std::pair<const char*, QByteArray>> bad = {
            {"garbage", QByteArray("garbage")},
            {"truncated", good.left(good.size() - 1)},
            {"padded", good + QByteArray(1, '\0')},
            {"two certificates", good + good},
            {"PEM instead of DER", pemOf(good)},
            {"too big", QByteArray(CardRecord::kMaxCertificateSize + 1, '0')},
        };
        for (const auto& [name, der] : bad) {
            qInfo("%s", name);
            expectRefusedOffline([&] { m_env->service.setCertificate(card, p, a.id, der, {}); },
                                 ErrorCode::InvalidInput, QStringLiteral("certificate"));
        }
        expectRefusedOffline(
            [&] { m_env->service.setCertificate(card, p, a.id, QByteArray(), {}); },
            ErrorCode::InvalidInput, QStringLiteral("no certificate"));
        expectRefusedOffline(
            [&] { m_env->service.setCertificate(card, p, a.id, good, {QByteArray("junk")}); },
            ErrorCode::InvalidInput, QStringLiteral("Issuer certificate 1"));
        expectRefusedOffline(
            [&] {
                m_env->service.setCertificate(card, p, a.id, good,
                                              {m_ca.der(), m_ca.der().left(100)});
            },
            ErrorCode::InvalidInput, QStringLiteral("Issuer certificate 2"));
        QList<QByteArray> longChain;
        for (int i = 0; i <= CardRecord::kMaxChainLength; ++i)
            longChain << m_ca.der();
        expectRefusedOffline([&] { m_env->service.setCertificate(card, p, a.id, good, longChain); },
                             ErrorCode::InvalidInput, QStringLiteral("at most 8"));
        expectRefusedOffline(
            [&] { m_env->service.setCertificate(card, p, QByteArray(20, 'x'), good, {}); },
            ErrorCode::NotFound, QStringLiteral("no such key"));
        expectRefusedOffline([&] { m_env->service.deleteCertificate(card, p, a.id); },
                             ErrorCode::NotFound, QStringLiteral("has no certificate"));
    }

    void aCardWriteNeedsThePin()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo a = newKey(card);
        const QByteArray cert = certFor(card, a);
        // A wrong PIN counts a try, and nothing else changes.
        CardRecord before = m_env->store.load(card);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(
            m_env->service.setCertificate(card, pin("wrongpin"), a.id, cert, {}),
            ErrorCode::AuthFailed, message);
        QVERIFY2(message.contains(QLatin1String("4 tries left")), qPrintable(message));
        CardRecord after = m_env->store.load(card);
        QCOMPARE(after.pinTriesLeft, 4);
        after.pinTriesLeft = before.pinTriesLeft;
        QVERIFY(after == before);
        m_env->tpm->clearLockout();

        // The right PIN stores it and restores the tries.
        m_env->service.setCertificate(card, pin("12345678"), a.id, cert, {});
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 5);

        // Deleting needs the PIN too.
        before = m_env->store.load(card);
        TPMVSC_EXPECT_ERROR(m_env->service.deleteCertificate(card, pin("wrongpin"), a.id),
                            ErrorCode::AuthFailed);
        after = m_env->store.load(card);
        QCOMPARE(after.pinTriesLeft, 4);
        QCOMPARE(after.keys[0].certificate, cert);
        m_env->tpm->clearLockout();

        // Blocked: refused without a TPM command, store unchanged.
        for (int i = 0; i < 4; ++i)
            errorFrom([&] { m_env->service.verifyPin(card, pin("wrongpin")); });
        m_env->tpm->clearLockout();
        QVERIFY(m_env->service.status(card).blocked);
        expectRefusedOffline(
            [&] { m_env->service.setCertificate(card, pin("12345678"), a.id, cert, {}); },
            ErrorCode::Blocked, QStringLiteral("blocked"));
        expectRefusedOffline([&] { m_env->service.deleteCertificate(card, pin("12345678"), a.id); },
                             ErrorCode::Blocked, QStringLiteral("blocked"));
        // Reading needs no PIN, even on a blocked card.
        QCOMPARE(m_env->service.certificate(card, a.id).der, cert);
    }

    void generateKeyHandsTheKeyOverBeforeSaving_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::addColumn<SignatureScheme>("scheme");
        QTest::addColumn<HashAlgorithm>("hash");
        QTest::newRow("rsa2048 pkcs1")
            << KeyAlgorithm::Rsa2048 << SignatureScheme::RsaPkcs1v15 << HashAlgorithm::Sha256;
        QTest::newRow("rsa2048 pss")
            << KeyAlgorithm::Rsa2048 << SignatureScheme::RsaPss << HashAlgorithm::Sha256;
        QTest::newRow("p256") << KeyAlgorithm::EccP256 << SignatureScheme::Ecdsa
                              << HashAlgorithm::Sha256;
        QTest::newRow("p384") << KeyAlgorithm::EccP384 << SignatureScheme::Ecdsa
                              << HashAlgorithm::Sha384;
    }

    void generateKeyHandsTheKeyOverBeforeSaving()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QFETCH(SignatureScheme, scheme);
        QFETCH(HashAlgorithm, hash);
        const int card = m_env->createDefaultCard();
        const QByteArray data = "to be signed";
        QByteArray spki;
        QByteArray signature;
        KeyInfo seen;
        bool onCardDuringCallback = true;
        const KeyInfo key = m_env->service.generateKey(
            card, pin("12345678"), algorithm, QStringLiteral("req"), [&](const KeyUse& use) {
                seen = use.key;
                spki = use.publicKeyInfo;
                signature = use.sign(digestOf(data, hash), hash, scheme);
                // Not written yet: another reader does not see the key.
                onCardDuringCallback = !m_env->service.keys(card).isEmpty();
                return KeyCertificate{};
            });
        QVERIFY(!onCardDuringCallback);
        QCOMPARE(seen.id, key.id);
        QCOMPARE(seen.label, QStringLiteral("req"));
        QCOMPARE(seen.algorithm, algorithm);
        QCOMPARE(spki, m_env->service.exportPublicKey(card, key.id, false));
        QVERIFY(verifies(spki, hash, scheme, data, signature));
        QVERIFY(!verifies(spki, hash, scheme, data + "!", signature));
        QCOMPARE(m_env->service.keys(card).size(), 1);
        QVERIFY(!m_env->service.keys(card)[0].hasCertificate);
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }

    void aCertificateFromTheCallbackIsStoredWithTheKey()
    {
        const int card = m_env->createDefaultCard();
        QByteArray cert;
        const KeyInfo key = m_env->service.generateKey(
            card, pin("12345678"), KeyAlgorithm::EccP256, QString(), [&](const KeyUse& use) {
                cert = m_ca.issue(use.publicKeyInfo, CertSpec());
                return KeyCertificate{cert, {m_ca.der()}};
            });
        QVERIFY(key.hasCertificate);
        QCOMPARE(m_env->service.certificate(card, key.id).der, cert);
        QCOMPARE(m_env->service.certificate(card, key.id).chain, QList<QByteArray>{m_ca.der()});

        // useKey: an existing key, its certificate replaced in the same write.
        QByteArray renewed;
        QByteArray signature;
        m_env->service.useKey(card, pin("12345678"), key.id, [&](const KeyUse& use) {
            signature = use.sign(digestOf("x", HashAlgorithm::Sha256), HashAlgorithm::Sha256,
                                 SignatureScheme::Ecdsa);
            CertSpec spec;
            spec.subjectCn = QStringLiteral("Renewed");
            renewed = m_ca.issue(use.publicKeyInfo, spec);
            return KeyCertificate{renewed, {}};
        });
        QVERIFY(verifies(m_env->service.exportPublicKey(card, key.id, false), HashAlgorithm::Sha256,
                         SignatureScheme::Ecdsa, "x", signature));
        QCOMPARE(m_env->service.certificate(card, key.id).der, renewed);
        QVERIFY(m_env->service.certificate(card, key.id).chain.isEmpty());
        // Returning nothing leaves the certificate alone.
        m_env->service.useKey(card, pin("12345678"), key.id,
                              [](const KeyUse&) { return KeyCertificate{}; });
        QCOMPARE(m_env->service.certificate(card, key.id).der, renewed);
    }

    void aFailedCallbackLeavesNoKeyBehind()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo existing = newKey(card);
        const StoreSnapshot before = m_env->snapshot();
        // The callback fails (a CSR that cannot be built)...
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(
            m_env->service.generateKey(
                card, pin("12345678"), KeyAlgorithm::EccP256, QString(),
                [](const KeyUse& use) -> KeyCertificate {
                    use.sign(QByteArray(32, 'd'), HashAlgorithm::Sha256, SignatureScheme::Ecdsa);
                    throw Error(ErrorCode::InvalidInput, QStringLiteral("request failed"));
                }),
            ErrorCode::InvalidInput, message);
        QCOMPARE(message, QStringLiteral("request failed"));
        QVERIFY2(before == m_env->snapshot(), qPrintable(before.diff(m_env->snapshot())));
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        // ...the signature asked for is impossible (PSS with an EC key)...
        TPMVSC_EXPECT_ERROR(
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString(),
                                       [](const KeyUse& use) {
                                           use.sign(QByteArray(32, 'd'), HashAlgorithm::Sha256,
                                                    SignatureScheme::RsaPss);
                                           return KeyCertificate{};
                                       }),
            ErrorCode::InvalidInput);
        QVERIFY(before == m_env->snapshot());
        // ...or it returns a certificate for another key: no key, no certificate.
        TPMVSC_EXPECT_ERROR_MSG(
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString(),
                                       [&](const KeyUse&) {
                                           return KeyCertificate{certFor(card, existing), {}};
                                       }),
            ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QLatin1String("another key")), qPrintable(message));
        QVERIFY(before == m_env->snapshot());
        TPMVSC_EXPECT_ERROR(
            m_env->service.useKey(
                card, pin("12345678"), existing.id,
                [&](const KeyUse&) {
                    return KeyCertificate{m_ca.issue(foreignSpki(), CertSpec()), {}};
                }),
            ErrorCode::InvalidInput);
        QVERIFY(before == m_env->snapshot());
        // A wrong PIN: the callback never runs; only the try counter changes.
        bool ran = false;
        TPMVSC_EXPECT_ERROR(m_env->service.generateKey(card, pin("wrongpin"), KeyAlgorithm::EccP256,
                                                       QString(),
                                                       [&](const KeyUse&) {
                                                           ran = true;
                                                           return KeyCertificate{};
                                                       }),
                            ErrorCode::AuthFailed);
        QVERIFY(!ran);
        QCOMPARE(m_env->service.keys(card).size(), 1);
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 4);
        m_env->tpm->clearLockout();
    }

    // The TPM dies before the n-th command of a request-like operation (new key signed
    // and certified in the callback; certificate stored; certificate deleted), for every
    // n: the operation fails, the store is byte-for-byte as before and holds no new key.
    void tpmDyingAtAnyStepLeavesTheCardAsItWas_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char* op :
             {"generateAndCertify", "useKey", "setCertificate", "deleteCertificate"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void tpmDyingAtAnyStepLeavesTheCardAsItWas()
    {
        QFETCH(QString, operation);
        const int card = m_env->createDefaultCard();
        const KeyInfo key = newKey(card);
        const QByteArray cert = certFor(card, key);
        if (operation == QLatin1String("deleteCertificate"))
            m_env->service.setCertificate(card, pin("12345678"), key.id, cert, {});
        const std::function<void(CardService&)> run = [&](CardService& s) {
            const KeyCallback certify = [&](const KeyUse& use) {
                use.sign(QByteArray(32, 'd'), HashAlgorithm::Sha256, SignatureScheme::Ecdsa);
                return KeyCertificate{m_ca.issue(use.publicKeyInfo, CertSpec()), {}};
            };
            if (operation == QLatin1String("generateAndCertify"))
                s.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString(), certify);
            else if (operation == QLatin1String("useKey"))
                s.useKey(card, pin("12345678"), key.id, certify);
            else if (operation == QLatin1String("setCertificate"))
                s.setCertificate(card, pin("12345678"), key.id, cert, {m_ca.der()});
            else
                s.deleteCertificate(card, pin("12345678"), key.id);
        };
        const KillAtEachCommandResult r = killTpmAtEachCommand(*m_env, *m_swtpm, run);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QVERIFY(r.commands > 3);
        QVERIFY(r.completed <= 1);
        qInfo("%s: %llu TPM commands, each one failed in turn", qPrintable(operation),
              static_cast<unsigned long long>(r.commands));
    }
};

QTEST_GUILESS_MAIN(TestEnrollCardService)
#include "test_enroll_cardservice.moc"

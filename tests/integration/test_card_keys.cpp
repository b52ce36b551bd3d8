// Keys on the card: generation of every algorithm, signatures checked independently by
// the openssl CLI against the exported public key, capacity, deletion.
#include "core/card/CardSession.h"
#include "tests/support/CardTestCase.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTest>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {
// Verifies with `openssl pkeyutl -verify`; returns openssl's output on failure.
bool opensslVerifies(const QByteArray& publicPem, const QByteArray& digest, const QByteArray& sig,
                     const QStringList& options, QString* output)
{
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    QStringList args{QStringLiteral("pkeyutl"),
                     QStringLiteral("-verify"),
                     QStringLiteral("-pubin"),
                     QStringLiteral("-inkey"),
                     write(QStringLiteral("pub.pem"), publicPem),
                     QStringLiteral("-in"),
                     write(QStringLiteral("digest.bin"), digest),
                     QStringLiteral("-sigfile"),
                     write(QStringLiteral("sig.bin"), sig)};
    args += options;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    p.waitForFinished(30000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 &&
           output->contains(QStringLiteral("Signature Verified Successfully"));
}

QCryptographicHash::Algorithm qtHash(HashAlgorithm h)
{
    switch (h) {
    case HashAlgorithm::Sha256: return QCryptographicHash::Sha256;
    case HashAlgorithm::Sha384: return QCryptographicHash::Sha384;
    case HashAlgorithm::Sha512: return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}
} // namespace

Q_DECLARE_METATYPE(tpmvsc::KeyAlgorithm)
Q_DECLARE_METATYPE(tpmvsc::HashAlgorithm)
Q_DECLARE_METATYPE(tpmvsc::SignatureScheme)

class TestCardKeys : public CardTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void signaturesVerifyWithOpenssl_data()
    {
        QTest::addColumn<KeyAlgorithm>("algorithm");
        QTest::addColumn<HashAlgorithm>("hash");
        QTest::addColumn<SignatureScheme>("scheme");
        QTest::addColumn<QStringList>("opensslOptions");
        const QStringList pkcs1{QStringLiteral("-pkeyopt"),
                                QStringLiteral("rsa_padding_mode:pkcs1")};
        const QStringList pss{QStringLiteral("-pkeyopt"), QStringLiteral("rsa_padding_mode:pss"),
                              QStringLiteral("-pkeyopt"), QStringLiteral("rsa_pss_saltlen:auto")};
        auto digestOpt = [](const char* name) {
            return QStringList{QStringLiteral("-pkeyopt"),
                               QStringLiteral("digest:") + QLatin1String(name)};
        };
        QTest::newRow("rsa2048 pkcs1 sha256")
            << KeyAlgorithm::Rsa2048 << HashAlgorithm::Sha256 << SignatureScheme::RsaPkcs1v15
            << pkcs1 + digestOpt("sha256");
        QTest::newRow("rsa2048 pss sha256") << KeyAlgorithm::Rsa2048 << HashAlgorithm::Sha256
                                            << SignatureScheme::RsaPss << pss + digestOpt("sha256");
        QTest::newRow("rsa3072 pkcs1 sha384")
            << KeyAlgorithm::Rsa3072 << HashAlgorithm::Sha384 << SignatureScheme::RsaPkcs1v15
            << pkcs1 + digestOpt("sha384");
        QTest::newRow("rsa3072 pss sha512") << KeyAlgorithm::Rsa3072 << HashAlgorithm::Sha512
                                            << SignatureScheme::RsaPss << pss + digestOpt("sha512");
        QTest::newRow("p256 ecdsa sha256") << KeyAlgorithm::EccP256 << HashAlgorithm::Sha256
                                           << SignatureScheme::Ecdsa << QStringList();
        QTest::newRow("p384 ecdsa sha384") << KeyAlgorithm::EccP384 << HashAlgorithm::Sha384
                                           << SignatureScheme::Ecdsa << QStringList();
        QTest::newRow("p256 ecdsa sha512") << KeyAlgorithm::EccP256 << HashAlgorithm::Sha512
                                           << SignatureScheme::Ecdsa << QStringList();
    }

    void signaturesVerifyWithOpenssl()
    {
        QFETCH(KeyAlgorithm, algorithm);
        QFETCH(HashAlgorithm, hash);
        QFETCH(SignatureScheme, scheme);
        QFETCH(QStringList, opensslOptions);
        const int card = m_env->createDefaultCard();
        const KeyInfo key = m_env->service.generateKey(card, pin("12345678"), algorithm,
                                                       QStringLiteral("test key"));
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        QCOMPARE(key.id.size(), 20);
        QCOMPARE(key.algorithm, algorithm);
        const QByteArray pem = m_env->service.exportPublicKey(card, key.id, true);
        QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));

        const QByteArray digest = QCryptographicHash::hash("message to sign", qtHash(hash));
        const QByteArray sig =
            m_env->service.sign(card, pin("12345678"), key.id, hash, scheme, digest);
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        QString output;
        QVERIFY2(opensslVerifies(pem, digest, sig, opensslOptions, &output), qPrintable(output));

        // The same signature must not verify for another digest: the check can fail.
        const QByteArray other = QCryptographicHash::hash("another message", qtHash(hash));
        QVERIFY(!opensslVerifies(pem, other, sig, opensslOptions, &output));
    }

    void signingNeedsTheRightPin()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const QByteArray digest(32, 'x');
        TPMVSC_EXPECT_ERROR(m_env->service.sign(card, pin("wrong-pin"), key.id,
                                                HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
                                                digest),
                            ErrorCode::AuthFailed);
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 4);
        TPMVSC_EXPECT_ERROR(
            m_env->service.generateKey(card, pin("wrong-pin"), KeyAlgorithm::EccP256, QString()),
            ErrorCode::AuthFailed);
        QCOMPARE(m_env->service.status(card).keys.size(), 1);
    }

    void badSignRequestsAreRefused()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo ec =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        TPMVSC_EXPECT_ERROR(m_env->service.sign(card, pin("12345678"), ec.id, HashAlgorithm::Sha256,
                                                SignatureScheme::Ecdsa, QByteArray(31, 'x')),
                            ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(m_env->service.sign(card, pin("12345678"), ec.id, HashAlgorithm::Sha256,
                                                SignatureScheme::RsaPss, QByteArray(32, 'x')),
                            ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(m_env->service.sign(card, pin("12345678"), QByteArray(20, 'z'),
                                                HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
                                                QByteArray(32, 'x')),
                            ErrorCode::NotFound);
    }

    void keysAreFoundByLabelOrIdPrefix()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo a = m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256,
                                                     QStringLiteral("login"));
        const KeyInfo b =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP384, QString());
        QCOMPARE(m_env->service.resolveKey(card, QStringLiteral("login")), a.id);
        QCOMPARE(m_env->service.resolveKey(card, QString::fromLatin1(b.id.toHex().left(8))), b.id);
        QCOMPARE(m_env->service.resolveKey(card, QString::fromLatin1(b.id.toHex().toUpper())),
                 b.id);
        TPMVSC_EXPECT_ERROR(m_env->service.resolveKey(card, QStringLiteral("nope")),
                            ErrorCode::NotFound);
        QCOMPARE(b.label, QStringLiteral("p384 key 2"));
    }

    void deleteKey()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo a =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const StoreSnapshot before = m_env->snapshot();
        TPMVSC_EXPECT_ERROR(m_env->service.deleteKey(card, pin("12345678"), QByteArray(20, 'q')),
                            ErrorCode::NotFound);
        QVERIFY(before == m_env->snapshot());
        m_env->service.deleteKey(card, pin("12345678"), a.id);
        QVERIFY(m_env->service.keys(card).isEmpty());
        TPMVSC_EXPECT_ERROR(m_env->service.exportPublicKey(card, a.id, true), ErrorCode::NotFound);
    }

    void thirtyKeysAtMost()
    {
        const int card = m_env->createDefaultCard();
        for (int i = 0; i < CardRecord::kMaxKeys; ++i)
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const StoreSnapshot before = m_env->snapshot();
        TPMVSC_EXPECT_ERROR(
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString()),
            ErrorCode::Capacity);
        QVERIFY(before == m_env->snapshot());
        QCOMPARE(m_env->service.keys(card).size(), 30);
    }

    void sessionSignsManyTimesWithOneLoad()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const QByteArray digest(32, 'd');
        {
            auto session = m_env->service.openSession(card, pin("12345678"));
            session->sign(key.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa, digest);
            const auto before = m_env->tpm->commandsSent();
            for (int i = 0; i < 5; ++i) {
                const QByteArray raw =
                    session->sign(key.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa, digest);
                QCOMPARE(raw.size(), 64);
            }
            QCOMPARE(m_env->tpm->commandsSent() - before, 5u); // one TPM2_Sign each
        }
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }
};

QTEST_GUILESS_MAIN(TestCardKeys)
#include "test_card_keys.moc"

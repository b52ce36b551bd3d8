// The checks before a certificate goes onto the card: it must belong to a card key
// (else refused), its validity (errors), usages against the template (warnings) and
// its chain, trusted through a CA bundle or not (a warning that says why).

#include "enroll/ImportAnalysis.h"
#include "enroll/SelfSignedCertificate.h"
#include "test_enroll_support.h"
#include "tests/support/ExpectError.h"

#include <QTemporaryDir>
#include <openssl/err.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const ImportCheck* findCheck(const ImportAnalysis& a, const char* id)
{
    for (const ImportCheck& c : a.checks) {
        if (c.id == QLatin1String(id))
            return &c;
    }
    return nullptr;
}

#define EXPECT_CHECK(analysis_, id_, severity_, phrase_)                                           \
    do {                                                                                           \
        const ImportCheck* c_ = findCheck(analysis_, id_);                                         \
        QVERIFY2(c_, "no check " id_);                                                             \
        QVERIFY2(c_->severity == (severity_), qPrintable(c_->sentence.english()));                 \
        QVERIFY2(c_->sentence.english().contains(phrase_), qPrintable(c_->sentence.english()));    \
    } while (0)

const CertificateTemplate& logonTemplate()
{
    static const CertificateTemplate t = builtInTemplates()[0];
    return t;
}

} // namespace

class TestEnrollAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SoftwareKey> m_rootKey, m_subKey, m_userKey, m_secondKey, m_strangerKey;
    QByteArray m_root, m_sub, m_leaf;
    QString m_rootBundle;
    QList<CardKeyRef> m_cardKeys;

    QByteArray issueLeaf(const IssueOptions& o, EVP_PKEY* subject = nullptr)
    {
        auto sub = parseX509(m_sub);
        return issueCertificate(subject ? subject : m_userKey->pkey(), m_subKey->pkey(), sub.get(),
                                o);
    }

    ChainPolicy trusted() const { return ChainPolicy{m_rootBundle, {}}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rootKey = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP256);
        m_subKey = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP256);
        m_userKey = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP256);
        m_secondKey = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP384);
        m_strangerKey = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP256);
        IssueOptions root;
        root.subjectCn = QStringLiteral("Test Root CA");
        root.isCa = true;
        root.notAfter = QDateTime::currentDateTimeUtc().addYears(5);
        m_root = issueCertificate(m_rootKey->pkey(), m_rootKey->pkey(), nullptr, root);
        IssueOptions sub = root;
        sub.subjectCn = QStringLiteral("Test Issuing CA");
        auto rootX509 = parseX509(m_root);
        m_sub = issueCertificate(m_subKey->pkey(), m_rootKey->pkey(), rootX509.get(), sub);
        IssueOptions leaf;
        leaf.subjectCn = QStringLiteral("Alice");
        m_leaf = issueLeaf(leaf);
        m_rootBundle = m_dir.filePath(QStringLiteral("root.pem"));
        QVERIFY(writeFile(m_rootBundle, toPem(m_root, "CERTIFICATE")));
        m_cardKeys = {
            CardKeyRef{QByteArray(20, '\x11'), m_secondKey->spki(), QStringLiteral("second")},
            CardKeyRef{QByteArray(20, '\x22'), m_userKey->spki(), QStringLiteral("logon key")}};
    }

    void matchWithChainInAnyOrder()
    {
        const ImportAnalysis a =
            analyzeImport({m_root, m_leaf, m_sub}, m_cardKeys, &logonTemplate(), trusted());
        QCOMPARE(a.keyId, QByteArray(20, '\x22'));
        QCOMPARE(a.leaf.der, m_leaf);
        QCOMPARE(a.chainDer(), (QList<QByteArray>{m_sub, m_root}));
        QVERIFY(!a.hasErrors());
        QVERIFY2(!a.hasWarnings(), qPrintable(a.checks.last().sentence.english()));
        EXPECT_CHECK(a, "key", CheckSeverity::Ok, QStringLiteral("\"logon key\""));
        EXPECT_CHECK(a, "validity", CheckSeverity::Ok, QStringLiteral("Valid from"));
        EXPECT_CHECK(a, "extended-key-usage", CheckSeverity::Ok,
                     QStringLiteral("Smart card logon"));
        EXPECT_CHECK(a, "chain", CheckSeverity::Ok,
                     QStringLiteral("\"CN=Test Root CA\", trusted by the CA bundle root.pem"));
        QCOMPARE(ERR_peek_error(), 0ul);
    }

    void untrustedExplained()
    {
        // The root came with the file, but nobody trusts it.
        ImportAnalysis a =
            analyzeImport({m_leaf, m_sub, m_root}, m_cardKeys, nullptr, ChainPolicy{});
        EXPECT_CHECK(
            a, "chain", CheckSeverity::Warning,
            QStringLiteral("The chain ends at the root CA \"CN=Test Root CA\", which is not "
                           "among this computer's trusted CA certificates"));
        QVERIFY(!a.hasErrors());
        // Only the leaf: its issuer is unknown.
        a = analyzeImport({m_leaf}, m_cardKeys, nullptr, ChainPolicy{});
        EXPECT_CHECK(a, "chain", CheckSeverity::Warning,
                     QStringLiteral("The issuer \"CN=Test Issuing CA\" is unknown"));
        // With the bundle but without the intermediate in the file.
        a = analyzeImport({m_leaf}, m_cardKeys, nullptr, trusted());
        EXPECT_CHECK(a, "chain", CheckSeverity::Warning,
                     QStringLiteral("is not among the CA bundle root.pem"));
    }

    void otherKeyRefused()
    {
        IssueOptions o;
        const QByteArray stranger = issueLeaf(o, m_strangerKey->pkey());
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(analyzeImport({stranger}, m_cardKeys, nullptr, trusted()),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(
            message.startsWith(QStringLiteral("This certificate is for another key: its public "
                                              "key (ECDSA P-256) matches no key on this card")),
            qPrintable(message));
        TPMVSC_EXPECT_ERROR_MSG(analyzeImport({stranger, m_sub}, m_cardKeys, nullptr, trusted()),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("none of the 2 public keys")),
                 qPrintable(message));
        TPMVSC_EXPECT_ERROR_MSG(analyzeImport({m_leaf}, {}, nullptr, trusted()),
                                ErrorCode::NotFound, message);
        QVERIFY2(message.contains(QStringLiteral("holds no key")), qPrintable(message));
    }

    void severalLeavesRefused()
    {
        IssueOptions o;
        o.subjectCn = QStringLiteral("Second");
        const QByteArray second = issueLeaf(o, m_secondKey->pkey());
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(analyzeImport({m_leaf, second}, m_cardKeys, nullptr, trusted()),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("2 certificates for keys on this card")),
                 qPrintable(message));
    }

    void expired()
    {
        IssueOptions o;
        o.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        o.notAfter = QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc());
        const ImportAnalysis a =
            analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, &logonTemplate(), trusted());
        QVERIFY(a.hasErrors());
        EXPECT_CHECK(a, "validity", CheckSeverity::Error,
                     QStringLiteral("The certificate expired on 2021-01-01 00:00:00 UTC"));
        // The chain itself is fine: the leaf's dates are the validity check's business.
        EXPECT_CHECK(a, "chain", CheckSeverity::Ok, QStringLiteral("trusted by"));
    }

    void notYetValid()
    {
        IssueOptions o;
        o.notBefore = QDateTime::currentDateTimeUtc().addDays(3);
        o.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
        const ImportAnalysis a =
            analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, nullptr, trusted());
        EXPECT_CHECK(a, "validity", CheckSeverity::Error,
                     QStringLiteral("is not valid yet: it begins on"));
        // At a chosen time it is valid.
        ChainPolicy later = trusted();
        later.now = QDateTime::currentDateTimeUtc().addDays(10);
        const ImportAnalysis b = analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, nullptr, later);
        EXPECT_CHECK(b, "validity", CheckSeverity::Ok, QStringLiteral("Valid from"));
        QVERIFY(!b.hasErrors());
    }

    void wrongUsagesWarned()
    {
        IssueOptions o;
        o.extendedKeyUsage = QStringLiteral("emailProtection");
        o.keyUsage = QStringLiteral("critical,keyAgreement");
        const ImportAnalysis a =
            analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, &logonTemplate(), trusted());
        QVERIFY(!a.hasErrors());
        QVERIFY(a.hasWarnings());
        EXPECT_CHECK(
            a, "extended-key-usage", CheckSeverity::Warning,
            QStringLiteral("lacks the purposes TLS client authentication (1.3.6.1.5.5.7.3.2), "
                           "Smart card logon (1.3.6.1.4.1.311.20.2.2) that the template "
                           "\"Smartcard Logon\" asks for (it has: E-mail protection)"));
        EXPECT_CHECK(a, "key-usage", CheckSeverity::Warning,
                     QStringLiteral("key usage (keyAgreement) lacks digitalSignature, which the "
                                    "template \"Smartcard Logon\" asks for"));
        // Without a template: no EKU check, but a key that cannot sign is still named.
        const ImportAnalysis b =
            analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, nullptr, trusted());
        QVERIFY(!findCheck(b, "extended-key-usage"));
        EXPECT_CHECK(b, "key-usage", CheckSeverity::Warning,
                     QStringLiteral("the card could not sign with it"));
    }

    void smimeNeedsEmail()
    {
        IssueOptions o;
        o.extendedKeyUsage = QStringLiteral("emailProtection");
        const ImportAnalysis a =
            analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, &builtInTemplates()[3], trusted());
        EXPECT_CHECK(a, "subject-alt-name", CheckSeverity::Warning,
                     QStringLiteral("no e-mail address"));
        o.subjectAltName = QStringLiteral("email:alice@example.com");
        const ImportAnalysis b =
            analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, &builtInTemplates()[3], trusted());
        QVERIFY(!findCheck(b, "subject-alt-name"));
    }

    void extraCertificatesWarned()
    {
        IssueOptions o;
        o.subjectCn = QStringLiteral("Unrelated");
        const QByteArray unrelated =
            issueCertificate(m_strangerKey->pkey(), m_strangerKey->pkey(), nullptr, o);
        const ImportAnalysis a =
            analyzeImport({m_leaf, unrelated, m_sub}, m_cardKeys, nullptr, trusted());
        QCOMPARE(a.chainDer(), QList<QByteArray>{m_sub});
        EXPECT_CHECK(
            a, "extra-certificates", CheckSeverity::Warning,
            QStringLiteral(
                "1 certificate that is not part of this certificate's chain (\"CN=Unrelated\")"));
    }

    void selfSignedLeaf()
    {
        CertificateContent c;
        c.publicKeyInfo = m_userKey->spki();
        c.subject = parseDistinguishedName(QStringLiteral("CN=Alice self"));
        c.certificateTemplate = logonTemplate();
        const QByteArray self =
            createSelfSignedCertificate(c, Validity::days(10), m_userKey->signer());
        const ImportAnalysis a = analyzeImport({self}, m_cardKeys, &logonTemplate(), trusted());
        QVERIFY(a.chain.isEmpty());
        EXPECT_CHECK(a, "chain", CheckSeverity::Warning,
                     QStringLiteral("The certificate is self-signed"));
        // Trusted once it is in the bundle itself.
        const QString bundle = m_dir.filePath(QStringLiteral("self.pem"));
        QVERIFY(writeFile(bundle, toPem(self, "CERTIFICATE")));
        const ImportAnalysis b =
            analyzeImport({self}, m_cardKeys, &logonTemplate(), ChainPolicy{bundle, {}});
        EXPECT_CHECK(b, "chain", CheckSeverity::Ok,
                     QStringLiteral("trusted by the CA bundle self.pem"));
        QVERIFY(!b.hasWarnings());
    }

    void expiredCa()
    {
        IssueOptions root;
        root.subjectCn = QStringLiteral("Old Root");
        root.isCa = true;
        root.notBefore = QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc());
        root.notAfter = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QByteArray oldRoot =
            issueCertificate(m_rootKey->pkey(), m_rootKey->pkey(), nullptr, root);
        auto rootX509 = parseX509(oldRoot);
        IssueOptions o;
        const QByteArray leaf =
            issueCertificate(m_userKey->pkey(), m_rootKey->pkey(), rootX509.get(), o);
        const QString bundle = m_dir.filePath(QStringLiteral("old.pem"));
        QVERIFY(writeFile(bundle, toPem(oldRoot, "CERTIFICATE")));
        const ImportAnalysis a =
            analyzeImport({leaf}, m_cardKeys, nullptr, ChainPolicy{bundle, {}});
        EXPECT_CHECK(a, "chain", CheckSeverity::Warning,
                     QStringLiteral("The CA certificate \"CN=Old Root\" has expired"));
    }

    void leafIsCaWarned()
    {
        IssueOptions o;
        o.isCa = true;
        const ImportAnalysis a =
            analyzeImport({issueLeaf(o), m_sub}, m_cardKeys, nullptr, trusted());
        EXPECT_CHECK(a, "leaf-is-ca", CheckSeverity::Warning,
                     QStringLiteral("is a CA certificate"));
    }

    void unreadableBundle()
    {
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(
            analyzeImport({m_leaf}, m_cardKeys, nullptr,
                          ChainPolicy{m_dir.filePath(QStringLiteral("none.pem")), {}}),
            ErrorCode::NotFound, message);
        QVERIFY2(message.contains(QStringLiteral("none.pem cannot be read")), qPrintable(message));
        const QString junk = m_dir.filePath(QStringLiteral("junk.pem"));
        QVERIFY(writeFile(junk, "no certificates here\n"));
        TPMVSC_EXPECT_ERROR(analyzeImport({m_leaf}, m_cardKeys, nullptr, ChainPolicy{junk, {}}),
                            ErrorCode::InvalidInput);
        QCOMPARE(ERR_peek_error(), 0ul);
    }
};

QTEST_GUILESS_MAIN(TestEnrollAnalysis)
#include "test_enroll_analysis.moc"

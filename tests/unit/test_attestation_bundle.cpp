// The attestation bundle a certificate request carries (draft-ietf-lamps-csr-attestation):
// written and read back; inside a request that openssl still verifies and a CA made with
// the openssl CLI still issues from (a CA that ignores the attribute); seen by
// `openssl asn1parse` under the draft's and the TCG's identifiers; and every malformed
// bundle or request refused with a clear error, never read past its end.

#include "enroll/AttestationBundle.h"
#include "enroll/CertificateRequest.h"
#include "enroll/Der.h"
#include "enroll/DistinguishedName.h"
#include "test_enroll_support.h"
#include "tests/support/ExpectError.h"

#include <QTemporaryDir>
#include <openssl/x509.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

QByteArray bytes(int size, char fill)
{
    return QByteArray(size, fill);
}

AttestationBundle sampleBundle()
{
    AttestationBundle b;
    b.statements.append(TpmCertifyStatement{bytes(129, 'A'), bytes(72, 'S'), bytes(90, 'P')});
    // Certificates are whole DER elements: any SEQUENCE stands for one here.
    b.certificates.append(der::element(der::kSequence, bytes(300, 'c')));
    b.certificates.append(der::element(der::kSequence, bytes(20, 'd')));
    return b;
}

QByteArray seq(const QByteArray& content)
{
    return der::element(der::kSequence, content);
}

QByteArray tpmStatement(const QByteArray& fields)
{
    return seq(der::objectIdentifier(kTpmCertifyStatementOid) + seq(fields));
}

QByteArray octets(const QByteArray& b)
{
    return der::element(der::kOctetString, b);
}

} // namespace

class TestAttestationBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTrip()
    {
        const AttestationBundle b = sampleBundle();
        const AttestationBundle back = decodeAttestationBundle(encodeAttestationBundle(b));
        QCOMPARE(back.statements, b.statements);
        QCOMPARE(back.certificates, b.certificates);
        QCOMPARE(back.otherStatements, 0);

        // Without the optional public area and without certificates.
        AttestationBundle bare;
        bare.statements.append(TpmCertifyStatement{bytes(10, 'a'), bytes(10, 's'), {}});
        const AttestationBundle bareBack = decodeAttestationBundle(encodeAttestationBundle(bare));
        QCOMPARE(bareBack.statements, bare.statements);
        QVERIFY(bareBack.certificates.isEmpty());
    }

    void objectIdentifiersAreTheDraftsAndTheTcgs()
    {
        // Known encodings: id-aa 59 and tcg-attest-tpm-certify.
        QCOMPARE(der::objectIdentifier(kAttestationAttributeOid).toHex(),
                 QByteArray("060b2a864886f70d010910023b"));
        QCOMPARE(der::objectIdentifier(kTpmCertifyStatementOid).toHex(),
                 QByteArray("06056781051401"));
    }

    void otherStatementsAndCertificatesAreCountedNotKept()
    {
        const QByteArray other = seq(der::objectIdentifier("1.3.6.1.4.1.99999.1") +
                                     der::element(der::kUtf8String, "vendor"));
        const QByteArray ours = tpmStatement(octets("attest") + octets("sig"));
        const QByteArray otherCertificate = der::element(char(0xa3), seq(bytes(5, 'x')));
        const AttestationBundle b = decodeAttestationBundle(
            seq(seq(other + ours) + seq(otherCertificate + seq(bytes(4, 'y')))));
        QCOMPARE(b.statements.size(), 1);
        QCOMPARE(b.statements[0].attest, QByteArray("attest"));
        QCOMPARE(b.otherStatements, 1);
        QCOMPARE(b.certificates.size(), 1);
        QCOMPARE(b.otherCertificates, 1);
    }

    void malformedBundlesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("der");
        const QByteArray good = encodeAttestationBundle(sampleBundle());
        const QByteArray statement = tpmStatement(octets("a") + octets("s"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("trailing byte") << good + '\0';
        QTest::newRow("not a sequence") << der::element(der::kSet, good.mid(2));
        QTest::newRow("no statement") << seq(seq({}));
        QTest::newRow("length beyond the end") << QByteArray::fromHex("3084ffffffff30");
        QTest::newRow("indefinite length") << QByteArray::fromHex("308030000000");
        QTest::newRow("long form for a short length") << QByteArray::fromHex("30810330010a");
        QTest::newRow("statement without stmt")
            << seq(seq(seq(der::objectIdentifier(kTpmCertifyStatementOid))));
        QTest::newRow("tpm statement without signature")
            << seq(seq(tpmStatement(octets("attest"))));
        QTest::newRow("tpm statement with empty attest")
            << seq(seq(tpmStatement(octets({}) + octets("s"))));
        QTest::newRow("tpm statement with a fourth field")
            << seq(seq(tpmStatement(octets("a") + octets("s") + octets("p") + octets("x"))));
        QTest::newRow("tpm statement not a sequence")
            << seq(seq(seq(der::objectIdentifier(kTpmCertifyStatementOid) + octets("a"))));
        QTest::newRow("empty certificate list") << seq(seq(statement) + seq({}));
        QTest::newRow("a third part") << seq(seq(statement) + seq(seq({})) + seq(seq({})));
        QByteArray many;
        for (int i = 0; i <= kMaxBundleStatements; ++i)
            many += statement;
        QTest::newRow("too many statements") << seq(seq(many));
        QByteArray certificates;
        for (int i = 0; i <= kMaxBundleCertificates; ++i)
            certificates += seq(bytes(3, 'c'));
        QTest::newRow("too many certificates") << seq(seq(statement) + seq(certificates));
    }

    void malformedBundlesAreRefused()
    {
        QFETCH(QByteArray, der);
        TPMVSC_EXPECT_ERROR(decodeAttestationBundle(der), ErrorCode::InvalidInput);
    }

    void encodingNeedsAStatement()
    {
        TPMVSC_EXPECT_ERROR(encodeAttestationBundle(AttestationBundle{}), ErrorCode::InvalidInput);
    }

    // The request carries the bundle, stays a valid request, and a CA that knows nothing
    // of the attribute issues from it; openssl shows the draft's and the TCG's OIDs.
    void requestCarriesTheBundle()
    {
        const QString caKey = m_dir.filePath(QStringLiteral("ca.key"));
        const QString caCert = m_dir.filePath(QStringLiteral("ca.pem"));
        ProcessResult r = runOpenssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), caKey, QStringLiteral("-outform"), QStringLiteral("DER"),
             QStringLiteral("-out"), caCert, QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
             QStringLiteral("-days"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The bundle as the card will write it: the statement's fields are opaque octets,
        // the certificate a real one (here the CA's own, standing for the AIK's).
        AttestationBundle bundle;
        bundle.statements = sampleBundle().statements;
        bundle.certificates = {readFile(caCert)};

        SoftwareKey key(KeyAlgorithm::EccP256);
        CertificateContent content;
        content.publicKeyInfo = key.spki();
        content.subject = parseDistinguishedName(QStringLiteral("CN=Alice"));
        content.certificateTemplate = builtInTemplates()[0];
        content.attestationBundle = encodeAttestationBundle(bundle);
        const CertificateRequest request = createCertificateRequest(content, key.signer());

        const std::optional<AttestationBundle> back = attestationBundleOfRequest(request.der);
        QVERIFY(back);
        QCOMPARE(back->statements, bundle.statements);
        QCOMPARE(back->certificates, bundle.certificates);

        const QString csr = m_dir.filePath(QStringLiteral("attested.csr"));
        QVERIFY(writeFile(csr, request.pem()));
        r = runOpenssl({QStringLiteral("req"), QStringLiteral("-in"), csr, QStringLiteral("-noout"),
                        QStringLiteral("-verify")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runOpenssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), csr});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1.2.840.113549.1.9.16.2.59"), r.out.constData());
        QVERIFY2(r.out.contains("2.23.133.20.1"), r.out.constData());

        r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                        QStringLiteral("-CA"), caCert, QStringLiteral("-CAform"),
                        QStringLiteral("DER"), QStringLiteral("-CAkey"), caKey,
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                        QStringLiteral("1"), QStringLiteral("-out"),
                        m_dir.filePath(QStringLiteral("issued.pem"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // A request without the attribute has no bundle.
        content.attestationBundle.clear();
        QVERIFY(!attestationBundleOfRequest(createCertificateRequest(content, key.signer()).der));
    }

    void badRequestsAreRefused()
    {
        TPMVSC_EXPECT_ERROR(attestationBundleOfRequest("not a request"), ErrorCode::InvalidInput);

        // Two values in the attribute (the draft allows one), and a value that is no
        // bundle, put in with OpenSSL directly: our writer makes neither.
        SoftwareKey key(KeyAlgorithm::EccP256);
        const QByteArray bundle = encodeAttestationBundle(sampleBundle());
        const auto requestWith = [&](const QList<QByteArray>& values) {
            X509_REQ* req = X509_REQ_new();
            X509_REQ_set_pubkey(req, key.pkey());
            ASN1_OBJECT* oid = OBJ_txt2obj(kAttestationAttributeOid, 1);
            X509_ATTRIBUTE* attribute = X509_ATTRIBUTE_create_by_OBJ(nullptr, oid, 0, nullptr, 0);
            for (const QByteArray& v : values)
                X509_ATTRIBUTE_set1_data(attribute, V_ASN1_SEQUENCE,
                                         reinterpret_cast<const unsigned char*>(v.constData()),
                                         int(v.size()));
            X509_REQ_add1_attr(req, attribute);
            X509_ATTRIBUTE_free(attribute);
            ASN1_OBJECT_free(oid);
            X509_REQ_sign(req, key.pkey(), EVP_sha256());
            const int len = i2d_X509_REQ(req, nullptr);
            QByteArray out(len, '\0');
            auto* p = reinterpret_cast<unsigned char*>(out.data());
            i2d_X509_REQ(req, &p);
            X509_REQ_free(req);
            return out;
        };
        QVERIFY(attestationBundleOfRequest(requestWith({bundle})));
        TPMVSC_EXPECT_ERROR(attestationBundleOfRequest(requestWith({bundle, bundle})),
                            ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(attestationBundleOfRequest(requestWith({seq(octets("x"))})),
                            ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestAttestationBundle)
#include "test_attestation_bundle.moc"

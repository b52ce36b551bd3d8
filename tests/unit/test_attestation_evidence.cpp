// The evidence file of `tpmvscmgr attest`: written and read back with every field, read
// with the names WebAuthn's "tpm" statement gives them (checked on the JSON itself, not
// through our reader), and every missing, malformed or oversized field refused with a
// message naming it.

#include "enroll/AttestationEvidence.h"
#include "tests/support/ExpectError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tpmvsc;
using namespace Qt::StringLiterals;

namespace {

AttestationEvidence sample()
{
    AttestationEvidence e;
    e.alg = kCoseEs256;
    e.certInfo = QByteArray("\xffTCG", 4) + QByteArray(120, 'i');
    e.sig = QByteArray(71, 's');
    e.pubArea = QByteArray(88, 'p');
    e.x5c = {QByteArray(300, 'a'), QByteArray(280, 'c')};
    e.aikPublicPem = "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n";
    e.ekCertificate = QByteArray(500, 'e');
    return e;
}

QJsonObject objectOf(const AttestationEvidence& e)
{
    return QJsonDocument::fromJson(attestationEvidenceToJson(e)).object();
}

QByteArray jsonOf(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class TestAttestationEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const AttestationEvidence e = sample();
        QCOMPARE(attestationEvidenceFromJson(attestationEvidenceToJson(e)), e);

        AttestationEvidence bare = sample();
        bare.x5c.clear();
        bare.ekCertificate.clear();
        bare.alg = kCoseRs256;
        QCOMPARE(attestationEvidenceFromJson(attestationEvidenceToJson(bare)), bare);
    }

    void namesAreWebAuthnsTpmStatement()
    {
        const QJsonObject o = objectOf(sample());
        QCOMPARE(o.value(u"fmt"_s).toString(), u"tpm"_s);
        QCOMPARE(o.value(u"ver"_s).toString(), u"2.0"_s);
        QCOMPARE(o.value(u"alg"_s).toInt(), -7);
        QCOMPARE(QByteArray::fromBase64(o.value(u"certInfo"_s).toString().toLatin1()),
                 sample().certInfo);
        QCOMPARE(QByteArray::fromBase64(o.value(u"sig"_s).toString().toLatin1()), sample().sig);
        QCOMPARE(QByteArray::fromBase64(o.value(u"pubArea"_s).toString().toLatin1()),
                 sample().pubArea);
        QCOMPARE(o.value(u"x5c"_s).toArray().size(), 2);
        QCOMPARE(QByteArray::fromBase64(o.value(u"x5c"_s).toArray().at(0).toString().toLatin1()),
                 sample().x5c.at(0));
        QCOMPARE(o.value(u"aikPublic"_s).toString().toLatin1(), sample().aikPublicPem);
        QVERIFY(o.contains(u"ekCertificate"_s));

        AttestationEvidence bare = sample();
        bare.x5c.clear();
        bare.ekCertificate.clear();
        const QJsonObject b = objectOf(bare);
        QVERIFY(!b.contains(u"x5c"_s));
        QVERIFY(!b.contains(u"ekCertificate"_s));
    }

    void unknownFieldsAreIgnored()
    {
        QJsonObject o = objectOf(sample());
        o.insert(u"attStmt-extension"_s, 42);
        QCOMPARE(attestationEvidenceFromJson(jsonOf(o)), sample());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // Undefined: the field is removed
        QTest::addColumn<QString>("expected");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::newRow("fmt other")
            << u"fmt"_s << QJsonValue(u"packed"_s) << u"\"fmt\" must be \"tpm\""_s;
        QTest::newRow("fmt missing") << u"fmt"_s << gone << u"\"fmt\" must be \"tpm\""_s;
        QTest::newRow("ver 1.2") << u"ver"_s << QJsonValue(u"1.2"_s)
                                 << u"\"ver\" must be \"2.0\""_s;
        QTest::newRow("alg unknown") << u"alg"_s << QJsonValue(-8) << u"must be -7 (ES256)"_s;
        QTest::newRow("alg fraction") << u"alg"_s << QJsonValue(-7.5) << u"must be -7 (ES256)"_s;
        QTest::newRow("alg text") << u"alg"_s << QJsonValue(u"-7"_s) << u"must be -7 (ES256)"_s;
        QTest::newRow("certInfo missing") << u"certInfo"_s << gone << u"no field \"certInfo\""_s;
        QTest::newRow("certInfo not base64")
            << u"certInfo"_s << QJsonValue(u"!!!!"_s) << u"field \"certInfo\" is malformed"_s;
        QTest::newRow("certInfo three bytes")
            << u"certInfo"_s << QJsonValue(u"QUJD"_s) << u""_s; // valid: ABC
        QTest::newRow("certInfo empty")
            << u"certInfo"_s << QJsonValue(u""_s) << u"\"certInfo\" is malformed"_s;
        QTest::newRow("certInfo number")
            << u"certInfo"_s << QJsonValue(5) << u"\"certInfo\" is malformed"_s;
        QTest::newRow("sig missing") << u"sig"_s << gone << u"no field \"sig\""_s;
        QTest::newRow("pubArea missing") << u"pubArea"_s << gone << u"no field \"pubArea\""_s;
        QTest::newRow("aikPublic missing") << u"aikPublic"_s << gone << u"no field \"aikPublic\""_s;
        QTest::newRow("aikPublic empty")
            << u"aikPublic"_s << QJsonValue(u""_s) << u"\"aikPublic\" is malformed"_s;
        QTest::newRow("aikPublic not ASCII")
            << u"aikPublic"_s << QJsonValue(u"-----BEGIN PUBLIC KEY-----\u00e9"_s)
            << u"\"aikPublic\" is malformed"_s;
        QTest::newRow("x5c empty")
            << u"x5c"_s << QJsonValue(QJsonArray()) << u"\"x5c\" is malformed"_s;
        QTest::newRow("x5c string")
            << u"x5c"_s << QJsonValue(u"QUJD"_s) << u"\"x5c\" is malformed"_s;
        QTest::newRow("x5c junk entry")
            << u"x5c"_s << QJsonValue(QJsonArray{u"QUJD"_s, u"*"_s}) << u"\"x5c\" is malformed"_s;
        QJsonArray many;
        for (int i = 0; i <= kMaxEvidenceCertificates; ++i)
            many.append(u"QUJD"_s);
        QTest::newRow("x5c too long")
            << u"x5c"_s << QJsonValue(many) << u"more than 8 certificates"_s;
        QTest::newRow("ekCertificate junk")
            << u"ekCertificate"_s << QJsonValue(u"QU"_s) << u"\"ekCertificate\" is malformed"_s;
    }

    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject o = objectOf(sample());
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        if (expected.isEmpty()) {
            attestationEvidenceFromJson(jsonOf(o)); // must not throw
            return;
        }
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(attestationEvidenceFromJson(jsonOf(o)), ErrorCode::InvalidInput,
                                message);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void notJsonOrTooLarge()
    {
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(attestationEvidenceFromJson("{\"fmt\": \"tpm\""),
                                ErrorCode::InvalidInput, message);
        QVERIFY(message.contains(u"not a JSON object"_s));
        TPMVSC_EXPECT_ERROR_MSG(attestationEvidenceFromJson("[]"), ErrorCode::InvalidInput,
                                message);
        QVERIFY(message.contains(u"not a JSON object"_s));
        QByteArray huge = attestationEvidenceToJson(sample());
        huge.append(QByteArray(kMaxEvidenceFileSize, ' '));
        TPMVSC_EXPECT_ERROR_MSG(attestationEvidenceFromJson(huge), ErrorCode::InvalidInput,
                                message);
        QVERIFY(message.contains(u"larger than"_s));
    }
};

QTEST_GUILESS_MAIN(TestAttestationEvidence)
#include "test_attestation_evidence.moc"

// The JSON between a card and an attestation CA (doc/attestation-ca.md) and the AIK
// certificate sealed under the credential: round trips, and each refusal with a sentence
// naming what is wrong. No TPM, no network.
#include "core/util/Error.h"
#include "enroll/AikCertificationWire.h"
#include "enroll/CredentialSeal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tpmvsc;
using namespace Qt::StringLiterals;

namespace {

AikCertificationRequest sampleRequest()
{
    return {QByteArray("\x30\x82\x01", 3), QByteArray("\x00\x01\x00\x0b", 4),
            QByteArray("\x00\x23\x00\x0b", 4),
            TpmIdentity{u"id:00001014"_s, u"SW   TPM"_s, u"id:20191023"_s}};
}

AikCertificationAnswer sampleAnswer()
{
    return {CredentialChallenge{QByteArray::fromHex("00026162"), QByteArray::fromHex("00017a")},
            QByteArray(40, 'c'),
            {QByteArray("ca"), QByteArray("root")}};
}

QByteArray withMember(const QByteArray& json, const QString& member, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    if (value.isUndefined())
        o.remove(member);
    else
        o.insert(member, value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

template <typename F> QString refusal(F parse)
{
    try {
        parse();
    } catch (const Error& e) {
        if (e.code() != ErrorCode::InvalidInput)
            return u"wrong code: "_s + e.message();
        return e.message();
    }
    return u"accepted"_s;
}

Secret credential(char fill)
{
    return Secret::fromBytes(QByteArray(kCredentialSize, fill));
}

} // namespace

class TestAikCertificationWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestRoundTrip()
    {
        const QByteArray json = aikCertificationRequestToJson(sampleRequest());
        QCOMPARE(aikCertificationRequestFromJson(json), sampleRequest());
        // Unknown members are ignored.
        QCOMPARE(aikCertificationRequestFromJson(withMember(json, u"future"_s, 1)),
                 sampleRequest());
    }

    void answerRoundTrip()
    {
        const QByteArray json = aikCertificationAnswerToJson(sampleAnswer());
        QCOMPARE(aikCertificationAnswerFromJson(json), sampleAnswer());
    }

    void errorRoundTrip()
    {
        QCOMPARE(aikCertificationErrorFromJson(aikCertificationErrorToJson(u"No."_s)), u"No."_s);
        QCOMPARE(aikCertificationErrorFromJson("junk"), QString());
    }

    void requestRefusals_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("sentence");
        for (const QString& m : {u"ekCertificate"_s, u"ekPublic"_s, u"aikPublic"_s}) {
            QTest::addRow("%s missing", qPrintable(m))
                << m << QJsonValue(QJsonValue::Undefined)
                << u"The request has no member \"%1\"."_s.arg(m);
            QTest::addRow("%s unpadded", qPrintable(m))
                << m << QJsonValue(u"YWI"_s)
                << u"The request's member \"%1\" is malformed."_s.arg(m);
            QTest::addRow("%s url-safe", qPrintable(m))
                << m << QJsonValue(u"-_8="_s)
                << u"The request's member \"%1\" is malformed."_s.arg(m);
            QTest::addRow("%s number", qPrintable(m))
                << m << QJsonValue(3) << u"The request's member \"%1\" is malformed."_s.arg(m);
            QTest::addRow("%s empty", qPrintable(m))
                << m << QJsonValue(u""_s) << u"The request's member \"%1\" is malformed."_s.arg(m);
        }
        for (const QString& m : {u"tpmManufacturer"_s, u"tpmModel"_s, u"tpmVersion"_s}) {
            QTest::addRow("%s missing", qPrintable(m))
                << m << QJsonValue(QJsonValue::Undefined)
                << u"The request has no member \"%1\"."_s.arg(m);
            QTest::addRow("%s number", qPrintable(m))
                << m << QJsonValue(7) << u"The request's member \"%1\" is malformed."_s.arg(m);
            QTest::addRow("%s control", qPrintable(m))
                << m << QJsonValue(u"id:0000\n014"_s)
                << u"The request's member \"%1\" is malformed."_s.arg(m);
        }
        QTest::newRow("manufacturer lower-case")
            << u"tpmManufacturer"_s << QJsonValue(u"id:0000101a"_s)
            << u"The request's member \"tpmManufacturer\" is malformed."_s;
        QTest::newRow("model too long") << u"tpmModel"_s << QJsonValue(QString(65, u'x'))
                                        << u"The request's member \"tpmModel\" is malformed."_s;
    }

    void requestRefusals()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, sentence);
        const QByteArray json =
            withMember(aikCertificationRequestToJson(sampleRequest()), member, value);
        QCOMPARE(refusal([&] { aikCertificationRequestFromJson(json); }), sentence);
    }

    void bodyRefusals()
    {
        QCOMPARE(refusal([] { aikCertificationRequestFromJson("[1]"); }),
                 u"The request is not a JSON object."_s);
        QCOMPARE(refusal([] { aikCertificationAnswerFromJson("{"); }),
                 u"The answer is not a JSON object."_s);
        const QByteArray big = withMember(aikCertificationRequestToJson(sampleRequest()), u"pad"_s,
                                          QString(kMaxAikCertificationBody, u'x'));
        QCOMPARE(refusal([&] { aikCertificationRequestFromJson(big); }),
                 u"The request is larger than 65536 bytes."_s);
    }

    void answerRefusals()
    {
        const QByteArray json = aikCertificationAnswerToJson(sampleAnswer());
        for (const QString& m :
             {u"credentialBlob"_s, u"encryptedSecret"_s, u"encryptedCertificate"_s, u"chain"_s}) {
            QCOMPARE(refusal([&] {
                         aikCertificationAnswerFromJson(
                             withMember(json, m, QJsonValue(QJsonValue::Undefined)));
                     }),
                     u"The answer has no member \"%1\"."_s.arg(m));
        }
        const auto chain = [&](const QJsonValue& v) {
            return refusal(
                [&] { aikCertificationAnswerFromJson(withMember(json, u"chain"_s, v)); });
        };
        const QString malformed = u"The answer's member \"chain\" is malformed."_s;
        QCOMPARE(chain(QJsonArray()), malformed);
        QCOMPARE(chain(u"YWI="_s), malformed);
        QCOMPARE(chain(QJsonArray{u"YWI"_s}), malformed);
        QCOMPARE(chain(QJsonArray{1}), malformed);
        QJsonArray nine;
        for (int i = 0; i < 9; ++i)
            nine.append(u"YWI="_s);
        QCOMPARE(chain(nine), u"The answer's member \"chain\" has more than 8 certificates."_s);
        QJsonArray eight = nine;
        eight.removeLast();
        QCOMPARE(chain(eight), u"accepted"_s);
    }

    void sealOpens()
    {
        const QByteArray plain("certificate bytes");
        const QByteArray name = QByteArray::fromHex("000b") + QByteArray(32, 'n');
        const QByteArray sealed = sealWithCredential(plain, credential('k'), name);
        QCOMPARE(sealed.size(), 12 + plain.size() + 16);
        QCOMPARE(openWithCredential(sealed, credential('k'), name), plain);
        // A fresh IV each time.
        QVERIFY(sealWithCredential(plain, credential('k'), name) != sealed);
    }

    void openRefuses()
    {
        const QByteArray name = QByteArray::fromHex("000b") + QByteArray(32, 'n');
        const QByteArray sealed = sealWithCredential("certificate", credential('k'), name);
        const auto refused = [](const QByteArray& s, const Secret& c, const QByteArray& n) {
            try {
                openWithCredential(s, c, n);
            } catch (const Error& e) {
                return e.code() == ErrorCode::EvidenceRefused &&
                       e.message().contains(u"does not open"_s);
            }
            return false;
        };
        QByteArray tag = sealed;
        tag[tag.size() - 1] = char(tag.at(tag.size() - 1) ^ 1);
        QVERIFY(refused(tag, credential('k'), name));
        QVERIFY(refused(sealed, credential('k'), name + 'x')); // another AIK's Name
        QVERIFY(refused(sealed, credential('j'), name));       // another credential
        QVERIFY_THROWS_EXCEPTION(Error,
                                 openWithCredential(sealed.first(20), credential('k'), name));
        QVERIFY_THROWS_EXCEPTION(Error, openWithCredential(sealed, Secret::random(16), name));
    }
};

QTEST_GUILESS_MAIN(TestAikCertificationWire)
#include "test_aik_certification_wire.moc"

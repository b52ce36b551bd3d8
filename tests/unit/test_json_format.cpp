// tpmvscmgr's /json documents built from cards, certificates and templates made by hand:
// every key of doc/json.md with its type, and the same bytes in every language.
#include "cli/JsonFormat.h"

#include "core/store/InstanceId.h"
#include "core/util/Error.h"
#include "i18n/Translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tpmvsc;
using namespace tpmvsc::cli;

namespace {

const QDateTime kCreated =
    QDateTime::fromString(QStringLiteral("2026-03-01T12:30:05Z"), Qt::ISODate);

KeyInfo key(const char* hexId, const QString& label, KeyAlgorithm algorithm, bool certificate)
{
    KeyInfo k;
    k.id = QByteArray::fromHex(hexId);
    k.label = label;
    k.algorithm = algorithm;
    k.created = kCreated;
    k.hasCertificate = certificate;
    return k;
}

CardStatus card(int instance)
{
    CardStatus s;
    s.instance = instance;
    s.instanceId = formatInstanceId(instance);
    s.name = QStringLiteral("Büro \"A\"");
    s.created = kCreated;
    s.pinPolicy.minLen = 6;
    s.pinPolicy.digits = CharRule::Required;
    s.pinPolicy.specialChars = CharRule::Disallowed;
    s.pinMaxTries = 5;
    s.pinTriesLeft = 3;
    s.hasPuk = true;
    s.pukTriesLeft = 5;
    s.adminKeyMode = AdminKeyMode::Random;
    s.tpmHeldCounters = true;
    s.fileSystem = true;
    s.keys = {key("0a1b2c", QStringLiteral("mail"), KeyAlgorithm::EccP256, true)};
    s.certificates = 1;
    s.attestationKey = true;
    s.attestationAuthority = QStringLiteral("https://ca.example");
    return s;
}

QJsonObject parsed(const QByteArray& text, const char* format)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")) != QLatin1String(format) ||
        object.value(QStringLiteral("version")) != 1)
        return {};
    return object;
}

CertificateInfo certificate()
{
    CertificateInfo c;
    c.subject = QStringLiteral("CN=Alice,O=Example");
    c.issuer = QStringLiteral("CN=Example CA");
    c.commonName = QStringLiteral("Alice");
    c.serialNumber = QStringLiteral("0A1B");
    c.notBefore = kCreated;
    c.notAfter = kCreated.addDays(365);
    c.hasKeyUsage = true;
    c.keyUsage = {QStringLiteral("digitalSignature")};
    c.hasExtendedKeyUsage = true;
    c.extendedKeyUsage = {{QStringLiteral("1.3.6.1.5.5.7.3.2"), Sentence::literal(QString())}};
    c.subjectAltNames = {QStringLiteral("upn:alice@example.com")};
    c.sha256Fingerprint = QStringLiteral("AB:CD:EF");
    c.publicKey.type = PublicKeyDescription::Type::Ec;
    c.publicKey.bits = 256;
    c.publicKey.curve = QStringLiteral("P-256");
    c.publicKey.cardAlgorithm = KeyAlgorithm::EccP256;
    c.signatureAlgorithm = QStringLiteral("ecdsa-with-SHA256");
    return c;
}

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void status()
    {
        const QJsonObject doc = parsed(statusJson(card(7)), "tpmvsc-status");
        QVERIFY(!doc.isEmpty());
        const QJsonObject c = doc.value(QStringLiteral("card")).toObject();
        QCOMPARE(c.value(QStringLiteral("instance")).toInt(), 7);
        QCOMPARE(c.value(QStringLiteral("instance_id")).toString(),
                 QStringLiteral("ROOT\\SMARTCARDREADER\\0007"));
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("Büro \"A\""));
        QCOMPARE(c.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-03-01T12:30:05Z"));
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(c.value(QStringLiteral("blocked")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("file_system")), QJsonValue(true));
        const QJsonObject policy = c.value(QStringLiteral("pin_policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("min_length")).toInt(), 6);
        QCOMPARE(policy.value(QStringLiteral("max_length")).toInt(), 127);
        QCOMPARE(policy.value(QStringLiteral("digits")).toString(), QStringLiteral("required"));
        QCOMPARE(policy.value(QStringLiteral("special_characters")).toString(),
                 QStringLiteral("disallowed"));
        QCOMPARE(policy.value(QStringLiteral("uppercase")).toString(), QStringLiteral("allowed"));
        QCOMPARE(c.value(QStringLiteral("pin_tries_left")).toInt(), 3);
        QCOMPARE(c.value(QStringLiteral("pin_max_tries")).toInt(), 5);
        QCOMPARE(c.value(QStringLiteral("tpm_held_counters")), QJsonValue(true));
        QCOMPARE(c.value(QStringLiteral("has_puk")), QJsonValue(true));
        QCOMPARE(c.value(QStringLiteral("puk_tries_left")).toInt(), 5);
        QCOMPARE(c.value(QStringLiteral("admin_key")).toString(), QStringLiteral("random"));
        QCOMPARE(c.value(QStringLiteral("admin_resets_left")).toInt(), 0);
        QVERIFY(c.value(QStringLiteral("admin_tries_left")).isDouble());
        QCOMPARE(c.value(QStringLiteral("attestation_key")), QJsonValue(true));
        QCOMPARE(c.value(QStringLiteral("attestation_authority")).toString(),
                 QStringLiteral("https://ca.example"));
        QCOMPARE(c.value(QStringLiteral("certificates")).toInt(), 1);
        const QJsonArray keys = c.value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject k = keys.first().toObject();
        QCOMPARE(k.value(QStringLiteral("id")).toString(), QStringLiteral("0a1b2c"));
        QCOMPARE(k.value(QStringLiteral("label")).toString(), QStringLiteral("mail"));
        QCOMPARE(k.value(QStringLiteral("algorithm")).toString(), QStringLiteral("p256"));
        QCOMPARE(k.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-03-01T12:30:05Z"));
        QCOMPARE(k.value(QStringLiteral("has_certificate")), QJsonValue(true));
        QCOMPARE(c.keys().size(), 20); // doc/json.md lists each; a new key goes there too
    }

    // Absent facts are null, never an empty or translated word.
    void nullsAndStates()
    {
        CardStatus s = card(0);
        s.hasPuk = false;
        s.attestationAuthority.clear();
        s.created = QDateTime();
        s.fileSystem = false;
        QJsonObject c = cardJson(s);
        QVERIFY(c.value(QStringLiteral("puk_tries_left")).isNull());
        QVERIFY(c.value(QStringLiteral("attestation_authority")).isNull());
        QVERIFY(c.value(QStringLiteral("created")).isNull());
        QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("no-file-system"));
        s.blocked = true;
        QCOMPARE(cardJson(s).value(QStringLiteral("state")).toString(), QStringLiteral("blocked"));
    }

    void list()
    {
        QList<CardLook> looks;
        looks << CardLook{0, card(0), {}};
        looks << CardLook{1, {}, Error(ErrorCode::StoreCorrupt, QStringLiteral("bad"))};
        const QJsonObject doc = parsed(listJson(looks), "tpmvsc-list");
        QVERIFY(!doc.isEmpty());
        const QJsonArray cards = doc.value(QStringLiteral("cards")).toArray();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().toObject(), cardJson(card(0)));
        const QJsonArray unreadable = doc.value(QStringLiteral("unreadable")).toArray();
        QCOMPARE(unreadable.size(), 1);
        const QJsonObject u = unreadable.first().toObject();
        QCOMPARE(u.value(QStringLiteral("instance")).toInt(), 1);
        QCOMPARE(u.value(QStringLiteral("instance_id")).toString(),
                 QStringLiteral("ROOT\\SMARTCARDREADER\\0001"));
        QCOMPARE(u.value(QStringLiteral("error")).toString(), QStringLiteral("store-corrupt"));

        const QJsonObject empty = parsed(listJson({}), "tpmvsc-list");
        QVERIFY(empty.value(QStringLiteral("cards")).isArray());
        QVERIFY(empty.value(QStringLiteral("cards")).toArray().isEmpty());
    }

    void createAndKeys()
    {
        const QJsonObject created = parsed(createJson(card(3)), "tpmvsc-create");
        QCOMPARE(created.value(QStringLiteral("card")).toObject(), cardJson(card(3)));
        const QJsonObject keys = parsed(keysJson(card(3)), "tpmvsc-keys");
        QCOMPARE(keys.value(QStringLiteral("instance")).toInt(), 3);
        QCOMPARE(keys.value(QStringLiteral("instance_id")).toString(), formatInstanceId(3));
        QCOMPARE(keys.value(QStringLiteral("keys")).toArray(),
                 cardJson(card(3)).value(QStringLiteral("keys")).toArray());
    }

    void certs()
    {
        CertificateEntry entry;
        entry.key = key("0a1b2c", QStringLiteral("mail"), KeyAlgorithm::EccP256, true);
        entry.certificate = certificate();
        CertificateInfo ca = certificate();
        ca.hasKeyUsage = false;
        ca.hasExtendedKeyUsage = false;
        ca.commonName.clear();
        ca.publicKey.cardAlgorithm.reset();
        ca.publicKey.curve.clear();
        ca.isCa = true;
        ca.selfSigned = true;
        entry.chain = {ca};

        const QDateTime now = kCreated.addDays(1);
        const QJsonObject doc = parsed(certsJson(2, {entry}, now), "tpmvsc-certs");
        QCOMPARE(doc.value(QStringLiteral("instance")).toInt(), 2);
        const QJsonArray list = doc.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject e = list.first().toObject();
        QCOMPARE(e.value(QStringLiteral("key")).toObject(), keyJson(entry.key));
        const QJsonObject c = e.value(QStringLiteral("certificate")).toObject();
        QCOMPARE(c.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("CN=Alice,O=Example"));
        QCOMPARE(c.value(QStringLiteral("issuer")).toString(), QStringLiteral("CN=Example CA"));
        QCOMPARE(c.value(QStringLiteral("common_name")).toString(), QStringLiteral("Alice"));
        QCOMPARE(c.value(QStringLiteral("serial_number")).toString(), QStringLiteral("0a1b"));
        QCOMPARE(c.value(QStringLiteral("not_before")).toString(),
                 QStringLiteral("2026-03-01T12:30:05Z"));
        QCOMPARE(c.value(QStringLiteral("not_after")).toString(),
                 QStringLiteral("2027-03-01T12:30:05Z"));
        QCOMPARE(c.value(QStringLiteral("validity")).toString(), QStringLiteral("valid"));
        QCOMPARE(c.value(QStringLiteral("key_usage")).toArray(),
                 QJsonArray{QStringLiteral("digitalSignature")});
        QCOMPARE(c.value(QStringLiteral("extended_key_usage")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.5.5.7.3.2")});
        QCOMPARE(c.value(QStringLiteral("subject_alt_names")).toArray(),
                 QJsonArray{QStringLiteral("upn:alice@example.com")});
        QCOMPARE(c.value(QStringLiteral("sha256_fingerprint")).toString(),
                 QStringLiteral("abcdef"));
        QCOMPARE(c.value(QStringLiteral("signature_algorithm")).toString(),
                 QStringLiteral("ecdsa-with-SHA256"));
        QCOMPARE(c.value(QStringLiteral("is_ca")), QJsonValue(false));
        QCOMPARE(c.value(QStringLiteral("self_signed")), QJsonValue(false));
        const QJsonObject key = c.value(QStringLiteral("public_key")).toObject();
        QCOMPARE(key.value(QStringLiteral("type")).toString(), QStringLiteral("ec"));
        QCOMPARE(key.value(QStringLiteral("bits")).toInt(), 256);
        QCOMPARE(key.value(QStringLiteral("curve")).toString(), QStringLiteral("P-256"));
        QCOMPARE(key.value(QStringLiteral("card_algorithm")).toString(), QStringLiteral("p256"));

        const QJsonArray chain = e.value(QStringLiteral("chain")).toArray();
        QCOMPARE(chain.size(), 1);
        const QJsonObject issuer = chain.first().toObject();
        QVERIFY(issuer.value(QStringLiteral("key_usage")).isNull()); // no extension: any
        QVERIFY(issuer.value(QStringLiteral("extended_key_usage")).isNull());
        QVERIFY(issuer.value(QStringLiteral("common_name")).isNull());
        QVERIFY(issuer.value(QStringLiteral("public_key"))
                    .toObject()
                    .value(QStringLiteral("curve"))
                    .isNull());
        QVERIFY(issuer.value(QStringLiteral("public_key"))
                    .toObject()
                    .value(QStringLiteral("card_algorithm"))
                    .isNull());
        QCOMPARE(issuer.value(QStringLiteral("is_ca")), QJsonValue(true));
        QCOMPARE(issuer.value(QStringLiteral("self_signed")), QJsonValue(true));

        QCOMPARE(certificateJson(certificate(), kCreated.addDays(-1))
                     .value(QStringLiteral("validity"))
                     .toString(),
                 QStringLiteral("not-yet-valid"));
        QCOMPARE(certificateJson(certificate(), kCreated.addDays(400))
                     .value(QStringLiteral("validity"))
                     .toString(),
                 QStringLiteral("expired"));
    }

    void templates()
    {
        TemplateCatalog catalog = loadTemplates(QStringList());
        QVERIFY(!catalog.templates.isEmpty());
        catalog.problems << Sentence::literal(QStringLiteral("broken.json"));
        const QJsonObject doc = parsed(templatesJson(catalog), "tpmvsc-templates");
        QCOMPARE(doc.value(QStringLiteral("unusable_files")).toInt(), 1);
        const QJsonArray list = doc.value(QStringLiteral("templates")).toArray();
        QCOMPARE(list.size(), catalog.templates.size());
        const CertificateTemplate& first = catalog.templates.first();
        const QJsonObject t = list.first().toObject();
        QCOMPARE(t.value(QStringLiteral("id")).toString(), first.id);
        QCOMPARE(t.value(QStringLiteral("display_name")).toString(), first.displayName);
        QCOMPARE(t.value(QStringLiteral("description")).toString(), first.description);
        QVERIFY(t.value(QStringLiteral("source_file")).isNull()); // built-in
        QCOMPARE(t.value(QStringLiteral("key_algorithms")).toArray().first().toString(),
                 keyAlgorithmName(first.defaultKeyAlgorithm()));
        QCOMPARE(t.value(QStringLiteral("minimum_rsa_bits")).toInt(), first.minimumRsaBits);
        QCOMPARE(t.value(QStringLiteral("minimum_ec_bits")).toInt(), first.minimumEcBits);
        QCOMPARE(t.value(QStringLiteral("validity_days")).toInt(), first.validityDays);
        QCOMPARE(t.value(QStringLiteral("key_usage")).toArray().size(), first.keyUsage.size());
        QVERIFY(t.value(QStringLiteral("rsa_extra_key_usage")).isArray());
        QCOMPARE(t.value(QStringLiteral("extended_key_usage")).toArray().size(),
                 first.extendedKeyUsage.size());
        QVERIFY(t.value(QStringLiteral("digest")).isNull() ||
                t.value(QStringLiteral("digest")).isString());
        const QJsonObject sans = t.value(QStringLiteral("subject_alt_names")).toObject();
        QCOMPARE(sans.keys(), (QStringList{QStringLiteral("dns"), QStringLiteral("email"),
                                           QStringLiteral("upn")}));
        for (const QJsonValue& rule : sans) {
            QVERIFY2(QStringList({QStringLiteral("required"), QStringLiteral("optional"),
                                  QStringLiteral("not-allowed")})
                         .contains(rule.toString()),
                     qPrintable(rule.toString()));
        }
    }

    // No translated word: the documents are the same bytes in German and Japanese.
    void sameInEveryLanguage()
    {
        const QByteArray status = statusJson(card(1));
        const QByteArray templates = templatesJson(loadTemplates(QStringList()));
        for (const char* language : {"de", "ja"}) {
            QVERIFY(Translations::install(QLatin1String(language)));
            QCOMPARE(statusJson(card(1)), status);
            QCOMPARE(templatesJson(loadTemplates(QStringList())), templates);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "test_json_format.moc"

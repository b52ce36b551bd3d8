// Certificate templates: the four built-ins as the issue defines them, which key and
// SAN combinations each refuses (with the sentence the user sees), and the strict
// parsing of user template files and their search path.

#include "enroll/CertificateTemplate.h"
#include "tests/support/ExpectError.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tpmvsc;

namespace {

const CertificateTemplate& builtIn(const QString& id)
{
    static const TemplateCatalog catalog{builtInTemplates(), {}};
    return findTemplate(catalog, id);
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kGoodTemplate = R"({
    "formatVersion": 1,
    "id": "vpn-client",
    "displayName": "VPN client",
    "description": "Logs on to the VPN.",
    "keyUsage": ["digitalSignature"],
    "rsaKeyUsage": ["keyEncipherment"],
    "extendedKeyUsage": ["clientAuth", "1.3.6.1.5.5.8.2.2"],
    "keyAlgorithms": ["rsa3072", "p384"],
    "minimumRsaBits": 3072,
    "digest": "sha512",
    "subjectAltNames": {"dns": "required", "upn": "optional"},
    "validityDays": 90
})";

} // namespace

class TestEnrollTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIns()
    {
        const QList<CertificateTemplate> all = builtInTemplates();
        QCOMPARE(all.size(), 4);
        QStringList ids, names;
        for (const CertificateTemplate& t : all) {
            ids.append(t.id);
            names.append(t.displayName);
            QCOMPARE(t.minimumRsaBits, 2048);
            QCOMPARE(t.keyAlgorithms.size(), 4);
            QCOMPARE(t.digestFor(KeyAlgorithm::Rsa2048), HashAlgorithm::Sha256);
            QCOMPARE(t.digestFor(KeyAlgorithm::EccP256), HashAlgorithm::Sha256);
            QCOMPARE(t.digestFor(KeyAlgorithm::EccP384), HashAlgorithm::Sha384);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("smartcardlogon"), QStringLiteral("signature"),
                                   QStringLiteral("clientauth"), QStringLiteral("smime")}));
        QCOMPARE(names, (QStringList{QStringLiteral("Smartcard Logon"),
                                     QStringLiteral("Signature and Smartcard Logon"),
                                     QStringLiteral("Client authentication"),
                                     QStringLiteral("E-mail protection (S/MIME)")}));

        const CertificateTemplate& logon = builtIn(QStringLiteral("smartcardlogon"));
        QCOMPARE(logon.keyUsageFor(KeyAlgorithm::Rsa2048),
                 (QList<KeyUsage>{KeyUsage::DigitalSignature, KeyUsage::KeyEncipherment}));
        QCOMPARE(logon.keyUsageFor(KeyAlgorithm::EccP256),
                 QList<KeyUsage>{KeyUsage::DigitalSignature});
        QCOMPARE(logon.extendedKeyUsage, (QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2"),
                                                      QStringLiteral("1.3.6.1.4.1.311.20.2.2")}));
        QCOMPARE(logon.upn, SanRule::Optional);

        const CertificateTemplate& signature =
            builtIn(QStringLiteral("Signature and Smartcard Logon"));
        QCOMPARE(signature.keyUsageFor(KeyAlgorithm::EccP384),
                 (QList<KeyUsage>{KeyUsage::DigitalSignature, KeyUsage::NonRepudiation}));
        QCOMPARE(signature.extendedKeyUsage, logon.extendedKeyUsage);

        const CertificateTemplate& client = builtIn(QStringLiteral("CLIENTAUTH"));
        QCOMPARE(client.extendedKeyUsage, QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2")});
        QCOMPARE(client.keyUsageFor(KeyAlgorithm::Rsa3072),
                 QList<KeyUsage>{KeyUsage::DigitalSignature});

        const CertificateTemplate& smime = builtIn(QStringLiteral("smime"));
        QCOMPARE(smime.extendedKeyUsage, QStringList{QStringLiteral("1.3.6.1.5.5.7.3.4")});
        QCOMPARE(smime.keyUsageFor(KeyAlgorithm::Rsa2048),
                 (QList<KeyUsage>{KeyUsage::DigitalSignature, KeyUsage::KeyEncipherment}));
        QCOMPARE(smime.email, SanRule::Required);
    }

    void unknownTemplateNamed()
    {
        const TemplateCatalog catalog{builtInTemplates(), {}};
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(findTemplate(catalog, QStringLiteral("webserver")),
                                ErrorCode::NotFound, message);
        QVERIFY2(message.contains(QStringLiteral("\"webserver\"")) &&
                     message.contains(QStringLiteral("smartcardlogon (Smartcard Logon)")),
                 qPrintable(message));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QStringList>("sans");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        auto row = [](const char* name, const char* id, KeyAlgorithm alg, QStringList sans,
                      const char* refusal) {
            QTest::newRow(name) << QString::fromLatin1(id) << int(alg) << sans
                                << QString::fromUtf8(refusal);
        };
        row("logon rsa2048 upn", "smartcardlogon", KeyAlgorithm::Rsa2048,
            {QStringLiteral("upn:alice@example.com")}, "");
        row("logon p384 no san", "smartcardlogon", KeyAlgorithm::EccP384, {}, "");
        row("logon dns refused", "smartcardlogon", KeyAlgorithm::EccP256,
            {QStringLiteral("dns:h.example")},
            "The template \"Smartcard Logon\" does not take a DNS name (dns:h.example); it takes: "
            "user principal name (UPN), e-mail address.");
        row("client all kinds", "clientauth", KeyAlgorithm::Rsa3072,
            {QStringLiteral("upn:a@example.com"), QStringLiteral("email:a@example.com"),
             QStringLiteral("dns:h.example")},
            "");
        row("smime needs email", "smime", KeyAlgorithm::Rsa2048, {},
            "The template \"E-mail protection (S/MIME)\" needs an e-mail address as subject "
            "alternative name (email:name@domain).");
        row("smime with email", "smime", KeyAlgorithm::EccP256,
            {QStringLiteral("email:a@example.com")}, "");
        row("smime upn refused", "smime", KeyAlgorithm::EccP256,
            {QStringLiteral("email:a@example.com"), QStringLiteral("upn:a@example.com")},
            "The template \"E-mail protection (S/MIME)\" does not take a user principal name (UPN) "
            "(upn:a@example.com); it takes: e-mail address.");
    }
    void validation()
    {
        QFETCH(QString, templateId);
        QFETCH(int, algorithm);
        QFETCH(QStringList, sans);
        QFETCH(QString, refusal);
        const auto parsed = parseSubjectAltNames(sans);
        const CertificateTemplate& t = builtIn(templateId);
        QCOMPARE(templateRefusal(t, KeyAlgorithm(algorithm), parsed).english(), refusal);
        if (refusal.isEmpty()) {
            checkTemplateAllows(t, KeyAlgorithm(algorithm), parsed);
        } else {
            TPMVSC_EXPECT_ERROR(checkTemplateAllows(t, KeyAlgorithm(algorithm), parsed),
                                ErrorCode::InvalidInput);
        }
    }

    void userTemplateGood()
    {
        const CertificateTemplate t = parseTemplateJson(kGoodTemplate, QStringLiteral("vpn.json"));
        QCOMPARE(t.id, QStringLiteral("vpn-client"));
        QCOMPARE(t.displayName, QStringLiteral("VPN client"));
        QCOMPARE(t.sourceFile, QStringLiteral("vpn.json"));
        QCOMPARE(t.keyUsageFor(KeyAlgorithm::Rsa3072),
                 (QList<KeyUsage>{KeyUsage::DigitalSignature, KeyUsage::KeyEncipherment}));
        QCOMPARE(t.extendedKeyUsage, (QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2"),
                                                  QStringLiteral("1.3.6.1.5.5.8.2.2")}));
        QCOMPARE(t.keyAlgorithms,
                 (QList<KeyAlgorithm>{KeyAlgorithm::Rsa3072, KeyAlgorithm::EccP384}));
        QCOMPARE(t.defaultKeyAlgorithm(), KeyAlgorithm::Rsa3072);
        QCOMPARE(t.digestFor(KeyAlgorithm::EccP384), HashAlgorithm::Sha512);
        QCOMPARE(t.dns, SanRule::Required);
        QCOMPARE(t.upn, SanRule::Optional);
        QCOMPARE(t.email, SanRule::NotAllowed);
        QCOMPARE(t.validityDays, 90);
        // Its rules apply.
        const auto dns = parseSubjectAltNames({QStringLiteral("dns:vpn.example")});
        QCOMPARE(templateRefusal(t, KeyAlgorithm::Rsa2048, dns).english(),
                 QStringLiteral("The template \"VPN client\" does not take RSA 2048 keys; it takes "
                                "RSA 3072, ECDSA P-384."));
        QCOMPARE(templateRefusal(t, KeyAlgorithm::EccP384, {}).english(),
                 QStringLiteral("The template \"VPN client\" needs a DNS name as subject "
                                "alternative name (dns:host.domain)."));
        QVERIFY(templateRefusal(t, KeyAlgorithm::EccP384, dns).isEmpty());
    }

    void minimumKeySize()
    {
        CertificateTemplate t = parseTemplateJson(kGoodTemplate, QStringLiteral("x"));
        t.keyAlgorithms.append(KeyAlgorithm::Rsa2048);
        QCOMPARE(templateRefusal(t, KeyAlgorithm::Rsa2048,
                                 parseSubjectAltNames({QStringLiteral("dns:a.b")}))
                     .english(),
                 QStringLiteral("The template \"VPN client\" needs RSA keys of at least 3072 bits; "
                                "an RSA 2048 key is too small."));
    }

    void userTemplateBad_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("phrase");
        auto variant = [](const char* from, const char* to) {
            QByteArray j = kGoodTemplate;
            j.replace(from, to);
            return j;
        };
        QTest::newRow("not JSON") << QByteArray("{\"id\": ")
                                  << QStringLiteral("not valid JSON at byte");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must hold one JSON object");
        QTest::newRow("unknown member") << variant("\"validityDays\"", "\"validity\"")
                                        << QStringLiteral("unknown member \"validity\"");
        QTest::newRow("missing id") << variant("\"id\": \"vpn-client\",", "")
                                    << QStringLiteral("the member \"id\" is missing");
        QTest::newRow("bad id") << variant("vpn-client", "VPN Client")
                                << QStringLiteral("\"id\" must be 1 to 32 lower-case letters");
        QTest::newRow("wrong version")
            << variant("\"formatVersion\": 1", "\"formatVersion\": 2")
            << QStringLiteral("\"formatVersion\" must be between 1 and 1");
        QTest::newRow("string for number")
            << variant("\"validityDays\": 90", "\"validityDays\": \"90\"")
            << QStringLiteral("\"validityDays\" must be a whole number");
        QTest::newRow("fraction") << variant("\"validityDays\": 90", "\"validityDays\": 90.5")
                                  << QStringLiteral("\"validityDays\" must be a whole number");
        QTest::newRow("number for array")
            << variant("[\"digitalSignature\"]", "7")
            << QStringLiteral("\"keyUsage\" must be an array of strings");
        QTest::newRow("number in array")
            << variant("[\"digitalSignature\"]", "[1]")
            << QStringLiteral("\"keyUsage\" must be an array of strings");
        QTest::newRow("unknown usage")
            << variant("\"digitalSignature\"", "\"digitalSignatures\"")
            << QStringLiteral("\"digitalSignatures\" is not a key usage");
        QTest::newRow("CA usage") << variant("\"digitalSignature\"", "\"keyCertSign\"")
                                  << QStringLiteral("is for CA certificates");
        QTest::newRow("unknown EKU") << variant("\"clientAuth\"", "\"clientauthentication\"")
                                     << QStringLiteral("neither a known name");
        QTest::newRow("EKU OID that DER cannot carry")
            << variant("\"clientAuth\"", "\"0.40.1\"")
            << QStringLiteral("\"0.40.1\" is neither a known name");
        QTest::newRow("unknown algorithm") << variant("\"p384\"", "\"ed25519\"")
                                           << QStringLiteral("\"ed25519\" is not a card key type");
        QTest::newRow("no algorithm") << variant("[\"rsa3072\", \"p384\"]", "[]")
                                      << QStringLiteral("\"keyAlgorithms\" is empty");
        QTest::newRow("unknown digest")
            << variant("sha512", "md5")
            << QStringLiteral("\"md5\" is not sha256, sha384 or sha512");
        QTest::newRow("unknown SAN kind")
            << variant("\"dns\": \"required\"", "\"ip\": \"required\"")
            << QStringLiteral("unknown kind \"ip\"");
        QTest::newRow("unknown SAN rule")
            << variant("\"dns\": \"required\"", "\"dns\": \"yes\"")
            << QStringLiteral("must be \"required\", \"optional\" or \"not-allowed\"");
        QTest::newRow("minimum out of range")
            << variant("\"minimumRsaBits\": 3072", "\"minimumRsaBits\": 1024")
            << QStringLiteral("between 2048 and 16384, not 1024");
        QTest::newRow("no usable key")
            << variant("\"minimumRsaBits\": 3072",
                       "\"minimumRsaBits\": 4096, \"minimumEcBits\": 521")
            << QStringLiteral("no key type in \"keyAlgorithms\" meets the minimum sizes");
    }
    void userTemplateBad()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, phrase);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(
            parseTemplateJson(json, QStringLiteral("/etc/tpmvsc/templates/vpn.json")),
            ErrorCode::InvalidInput, message);
        QVERIFY2(message.startsWith(
                     QStringLiteral("Certificate template /etc/tpmvsc/templates/vpn.json: ")),
                 qPrintable(message));
        QVERIFY2(message.contains(phrase), qPrintable(message));
    }

    void directories()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString first = root.filePath(QStringLiteral("first"));
        const QString second = root.filePath(QStringLiteral("second"));
        QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
        QByteArray tighter = kGoodTemplate;
        tighter.replace("vpn-client", "smartcardlogon")
            .replace("VPN client", "Smartcard Logon (3072)");
        QVERIFY(write(first + QStringLiteral("/logon.json"), tighter));
        QVERIFY(write(first + QStringLiteral("/broken.json"), "{\"id\": 5}"));
        QVERIFY(write(first + QStringLiteral("/notes.txt"), "not a template"));
        QVERIFY(write(second + QStringLiteral("/vpn.json"), kGoodTemplate));
        QVERIFY(write(second + QStringLiteral("/zz-logon.json"),
                      tighter.replace("(3072)", "(later folder)")));

        const TemplateCatalog catalog =
            loadTemplates({first, root.filePath(QStringLiteral("missing")), second});
        QCOMPARE(catalog.problems.size(), 1);
        QVERIFY2(catalog.problems[0].english().contains(QStringLiteral("broken.json")),
                 qPrintable(catalog.problems[0].english()));
        QStringList ids;
        for (const CertificateTemplate& t : catalog.templates)
            ids.append(t.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("smartcardlogon"), QStringLiteral("vpn-client"),
                                   QStringLiteral("signature"), QStringLiteral("clientauth"),
                                   QStringLiteral("smime")}));
        // The first folder's file replaced the built-in; the later one did not.
        QCOMPARE(findTemplate(catalog, QStringLiteral("smartcardlogon")).displayName,
                 QStringLiteral("Smartcard Logon (3072)"));
        QCOMPARE(findTemplate(catalog, QStringLiteral("vpn-client")).sourceFile,
                 second + QStringLiteral("/vpn.json"));
    }

    void defaultDirectories()
    {
        qputenv("TPMVSC_HOME", "/tmp/tpmvsc-home");
        qputenv("XDG_CONFIG_HOME", "/tmp/xdg");
        QCOMPARE(defaultTemplateDirectories(),
                 (QStringList{QStringLiteral("/tmp/tpmvsc-home/templates"),
                              QStringLiteral("/tmp/xdg/tpmvsc/templates"),
                              QStringLiteral("/etc/tpmvsc/templates")}));
        qunsetenv("TPMVSC_HOME");
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(defaultTemplateDirectories().first(),
                 QDir::homePath() + QStringLiteral("/.config/tpmvsc/templates"));
    }
};

QTEST_GUILESS_MAIN(TestEnrollTemplate)
#include "test_enroll_template.moc"

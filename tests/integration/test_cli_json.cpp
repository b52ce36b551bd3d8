// tpmvscmgr /json as scripts use it: the built binary against this binary's swtpm, every
// document parsed with QJsonDocument and checked against what the store holds (the text
// output, export, the card file), and the error paths (stdout empty, the usual status).
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const QByteArray kPin = "24681357\n";

// The whole of stdout as one JSON object of `format`, version 1; empty when it is not.
QJsonObject document(const ProcessResult& r, const char* format)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject object = doc.object();
    if (object.value(QStringLiteral("format")) != QLatin1String(format) ||
        object.value(QStringLiteral("version")) != 1)
        return {};
    return object;
}

} // namespace

class TestCliJson : public TpmvscmgrTestCase
{
    Q_OBJECT

    QString file(const QString& name) const { return m_dir->filePath(name); }

    // Runs a /json command that must succeed; its document, or an empty object (and a
    // failure) when the output is not one.
    QJsonObject json(const QStringList& args, const char* format,
                     const QByteArray& input = QByteArray())
    {
        const ProcessResult r = run(args, input);
        const QJsonObject doc = document(r, format);
        if (r.exitCode != 0 || doc.isEmpty() || !r.err.isEmpty())
            qWarning("%s", qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.text()));
        return r.exitCode == 0 && r.err.isEmpty() ? doc : QJsonObject();
    }
    QJsonObject json(const QString& line, const char* format,
                     const QByteArray& input = QByteArray())
    {
        return json(line.split(QLatin1Char(' '), Qt::SkipEmptyParts), format, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        m_swtpm = std::make_unique<SwtpmFixture>();
    }
    void init() { QVERIFY(newStore()); }
    void cleanupTestCase() { m_swtpm.reset(); }

    // create /json prints the new card as status /json prints it, and nothing else.
    void createThenStatus()
    {
        const QJsonObject created =
            json({QStringLiteral("create"), QStringLiteral("/name"), QStringLiteral("Büro \"7\""),
                  QStringLiteral("/adminkey"), QStringLiteral("default"), QStringLiteral("/pin"),
                  QStringLiteral("prompt"), QStringLiteral("/puk"), QStringLiteral("prompt"),
                  QStringLiteral("/pintries"), QStringLiteral("7"), QStringLiteral("/generate"),
                  QStringLiteral("/json")},
                 "tpmvsc-create", kPin + kPin);
        QVERIFY(!created.isEmpty());
        const QJsonObject card = created.value(QStringLiteral("card")).toObject();
        QCOMPARE(card.value(QStringLiteral("instance")).toInt(), 0);
        QCOMPARE(card.value(QStringLiteral("instance_id")).toString(),
                 QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QCOMPARE(card.value(QStringLiteral("name")).toString(), QStringLiteral("Büro \"7\""));
        QCOMPARE(card.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(card.value(QStringLiteral("pin_tries_left")).toInt(), 7);
        QCOMPARE(card.value(QStringLiteral("pin_max_tries")).toInt(), 7);
        QCOMPARE(card.value(QStringLiteral("has_puk")), QJsonValue(true));
        QCOMPARE(card.value(QStringLiteral("admin_key")).toString(), QStringLiteral("default"));
        QCOMPARE(card.value(QStringLiteral("admin_resets_left")).toInt(), 10);
        QCOMPARE(card.value(QStringLiteral("tpm_held_counters")), QJsonValue(true));
        const QDateTime createdAt =
            QDateTime::fromString(card.value(QStringLiteral("created")).toString(), Qt::ISODate);
        QVERIFY(createdAt.isValid());
        QVERIFY(qAbs(createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const QJsonObject status =
            json(QStringLiteral("status /instance 0 /json"), "tpmvsc-status");
        QCOMPARE(status.value(QStringLiteral("card")).toObject(), card);

        // A wrong PIN shows in the count, as the TPM keeps it.
        TPMVSC_CHECK_EXIT(run(QStringLiteral("changepin /instance 0"), "99999999\n11112222\n"), 4);
        const QJsonObject after =
            json(QStringLiteral("status /instance 0 /json /quiet"), "tpmvsc-status")
                .value(QStringLiteral("card"))
                .toObject();
        QCOMPARE(after.value(QStringLiteral("pin_tries_left")).toInt(), 6);
    }

    // list: every card, in instance order; a damaged file listed as unreadable, reported
    // on stderr and in the exit status, the others still there.
    void listWithDamagedCard()
    {
        QJsonObject doc = json(QStringLiteral("list /json"), "tpmvsc-list");
        QVERIFY(doc.value(QStringLiteral("cards")).toArray().isEmpty());
        QVERIFY(doc.value(QStringLiteral("unreadable")).toArray().isEmpty());

        for (const char* name : {"one", "two", "three"}) {
            TPMVSC_CHECK_EXIT(run({QStringLiteral("create"), QStringLiteral("/name"),
                                   QLatin1String(name), QStringLiteral("/adminkey"),
                                   QStringLiteral("random"), QStringLiteral("/quiet")}),
                              0);
        }
        doc = json(QStringLiteral("list --json"), "tpmvsc-list");
        const QJsonArray cards = doc.value(QStringLiteral("cards")).toArray();
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards.at(2).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("three"));
        QCOMPARE(cards.at(2).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("no-file-system"));
        QCOMPARE(cards.at(1).toObject(),
                 json(QStringLiteral("status /instance 1 /json"), "tpmvsc-status")
                     .value(QStringLiteral("card"))
                     .toObject());

        QFile damaged(m_store + QStringLiteral("/cards/0001.card"));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("not a card");
        damaged.close();
        const ProcessResult r = run(QStringLiteral("list /json"));
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.startsWith("tpmvscmgr: "), qPrintable(r.text()));
        doc = document(r, "tpmvsc-list");
        QCOMPARE(doc.value(QStringLiteral("cards")).toArray().size(), 2);
        const QJsonArray unreadable = doc.value(QStringLiteral("unreadable")).toArray();
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.first().toObject().value(QStringLiteral("instance")).toInt(), 1);
        QCOMPARE(unreadable.first().toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("store-corrupt"));
    }

    // keys and certs: the IDs keygen printed, the certificate export gives.
    void keysAndCertificates()
    {
        TPMVSC_CHECK_EXIT(run(QStringLiteral("create /name k /adminkey default /pin prompt "
                                             "/generate /quiet"),
                              kPin),
                          0);
        const ProcessResult keygen = run(QStringLiteral("keygen /instance 0 /key p256 /label "
                                                        "mail /quiet"),
                                         kPin);
        TPMVSC_CHECK_EXIT(keygen, 0);
        const QString keyId = QString::fromLatin1(keygen.out.trimmed());

        QJsonObject keys = json(QStringLiteral("keys /instance 0 /json"), "tpmvsc-keys");
        QCOMPARE(keys.value(QStringLiteral("instance")).toInt(), 0);
        QJsonArray list = keys.value(QStringLiteral("keys")).toArray();
        QCOMPARE(list.size(), 1);
        QJsonObject key = list.first().toObject();
        QCOMPARE(key.value(QStringLiteral("id")).toString(), keyId);
        QCOMPARE(key.value(QStringLiteral("label")).toString(), QStringLiteral("mail"));
        QCOMPARE(key.value(QStringLiteral("algorithm")).toString(), QStringLiteral("p256"));
        QCOMPARE(key.value(QStringLiteral("has_certificate")), QJsonValue(false));

        QJsonObject certs = json(QStringLiteral("certs /instance 0 /json"), "tpmvsc-certs");
        QVERIFY(certs.value(QStringLiteral("certificates")).isArray());
        QVERIFY(certs.value(QStringLiteral("certificates")).toArray().isEmpty());

        TPMVSC_CHECK_EXIT(
            run({QStringLiteral("request"), QStringLiteral("/instance"), QStringLiteral("0"),
                 QStringLiteral("/template"), QStringLiteral("clientauth"),
                 QStringLiteral("/subject"), QStringLiteral("CN=Json Test,O=tpmvsc"),
                 QStringLiteral("/usekey"), keyId, QStringLiteral("/selfsigned"),
                 QStringLiteral("/out"), file(QStringLiteral("self.csr"))},
                kPin),
            0);
        TPMVSC_CHECK_EXIT(
            run({QStringLiteral("export"), QStringLiteral("/instance"), QStringLiteral("0"),
                 QStringLiteral("/key"), keyId, QStringLiteral("/cert"), QStringLiteral("/der"),
                 QStringLiteral("/out"), file(QStringLiteral("cert.der"))}),
            0);
        QFile der(file(QStringLiteral("cert.der")));
        QVERIFY(der.open(QIODevice::ReadOnly));
        const QString fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(der.readAll(), QCryptographicHash::Sha256).toHex());

        certs = json(QStringLiteral("certs /instance 0 /json"), "tpmvsc-certs");
        const QJsonArray entries = certs.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("key")).toObject().value(QStringLiteral("id")),
                 QJsonValue(keyId));
        const QJsonObject c = entry.value(QStringLiteral("certificate")).toObject();
        QCOMPARE(c.value(QStringLiteral("sha256_fingerprint")).toString(), fingerprint);
        QCOMPARE(c.value(QStringLiteral("common_name")).toString(), QStringLiteral("Json Test"));
        QCOMPARE(c.value(QStringLiteral("validity")).toString(), QStringLiteral("valid"));
        QCOMPARE(c.value(QStringLiteral("self_signed")), QJsonValue(true));
        QCOMPARE(c.value(QStringLiteral("extended_key_usage")).toArray(),
                 QJsonArray{QStringLiteral("1.3.6.1.5.5.7.3.2")});
        QCOMPARE(c.value(QStringLiteral("public_key"))
                     .toObject()
                     .value(QStringLiteral("card_algorithm")),
                 QJsonValue(QStringLiteral("p256")));
        QVERIFY(entry.value(QStringLiteral("chain")).toArray().isEmpty());

        keys = json(QStringLiteral("keys /instance 0 /json"), "tpmvsc-keys");
        QCOMPARE(keys.value(QStringLiteral("keys"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("has_certificate")),
                 QJsonValue(true));
    }

    // templates: the ids /quiet prints; the same bytes in every language.
    void templatesInEveryLanguage()
    {
        const ProcessResult quiet = run(QStringLiteral("templates /quiet"));
        TPMVSC_CHECK_EXIT(quiet, 0);
        const QJsonObject doc = json(QStringLiteral("templates /json"), "tpmvsc-templates");
        QStringList ids;
        for (const QJsonValue& t : doc.value(QStringLiteral("templates")).toArray())
            ids << t.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, QString::fromLatin1(quiet.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        QCOMPARE(doc.value(QStringLiteral("unusable_files")).toInt(), 0);

        TPMVSC_CHECK_EXIT(run(QStringLiteral("create /name x /adminkey default /generate /quiet")),
                          0);
        const QByteArray english = run(QStringLiteral("status /instance 0 /json")).out;
        for (const char* language : {"de", "ja"}) {
            const ProcessResult r =
                run({QStringLiteral("status"), QStringLiteral("/instance"), QStringLiteral("0"),
                     QStringLiteral("/json"), QStringLiteral("--lang"), QLatin1String(language)});
            TPMVSC_CHECK_EXIT(r, 0);
            QCOMPARE(r.out, english);
            QCOMPARE(run({QStringLiteral("templates"), QStringLiteral("/json"),
                          QStringLiteral("--lang"), QLatin1String(language)})
                         .out,
                     run(QStringLiteral("templates /json")).out);
        }
    }

    // An error: nothing on stdout, the message on stderr, the usual exit status.
    void errorsLeaveStdoutEmpty()
    {
        for (const auto& [line, code] :
             {std::pair{"status /instance 9 /json", 6}, std::pair{"keys /instance 3 /json", 6},
              std::pair{"certs /instance 3 /json", 6}, std::pair{"destroy /instance 0 /json", 2},
              std::pair{"status /json", 2}, std::pair{"frob /json", 2},
              std::pair{"create /name x /adminkey default /pin prompt /json", 3}}) {
            const ProcessResult r = run(QLatin1String(line)); // no PIN on stdin for create
            QVERIFY2(r.exitCode == code, qPrintable(QLatin1String(line) + r.text()));
            QVERIFY2(r.out.isEmpty(), qPrintable(QLatin1String(line) + r.text()));
            QVERIFY2(r.err.startsWith("tpmvscmgr: "), qPrintable(QLatin1String(line) + r.text()));
        }
        // The failed create made no card.
        QVERIFY(json(QStringLiteral("list /json"), "tpmvsc-list")
                    .value(QStringLiteral("cards"))
                    .toArray()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliJson)
#include "test_cli_json.moc"

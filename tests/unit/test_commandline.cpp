// The tpmvscmgr command line without a TPM: parsing (both syntaxes, every error class),
// the exit code table, help and man page consistency, and secrets read from a pipe.
#include "cli/CommandLine.h"
#include "cli/ExitCodes.h"
#include "cli/HelpText.h"
#include "cli/RemoteRun.h"
#include "cli/SecretPrompt.h"
#include "cli/TerminalText.h"

#include "core/card/AdminResponse.h"
#include "core/util/Error.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <unistd.h>

using namespace tpmvsc;
using namespace tpmvsc::cli;

namespace {

QStringList split(const QString& line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

template <typename T> T parseAs(const QStringList& args)
{
    const CommandLine line = parseCommandLine(args);
    if (!std::holds_alternative<T>(line.command))
        throw std::runtime_error("parsed to another command");
    return std::get<T>(line.command);
}

// The usage error's message for a line that must fail.
QString usageError(const QStringList& args)
{
    try {
        parseCommandLine(args);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Usage)
            return QStringLiteral("<not a usage error: %1>").arg(e.message());
        return e.message();
    }
    return QStringLiteral("<accepted>");
}

QString manPage()
{
    QFile file(QFINDTESTDATA("../../doc/tpmvscmgr.1"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// A pipe holding `input`, read end returned (the write end is closed: EOF after it).
int pipeWith(const QByteArray& input)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    if (write(fds[1], input.constData(), static_cast<size_t>(input.size())) != input.size())
        return -1;
    close(fds[1]);
    return fds[0];
}

QString secretString(const Secret& s)
{
    return QString::fromLatin1(reinterpret_cast<const char*>(s.data()),
                               static_cast<qsizetype>(s.size()));
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowsSyntax()
    {
        const auto a = parseAs<CreateArgs>(
            split(QStringLiteral("create /name TestVSC /AdminKey DEFAULT /PIN PROMPT /generate")));
        QCOMPARE(a.name, QStringLiteral("TestVSC"));
        QCOMPARE(a.adminKey, AdminKeyMode::Default);
        QCOMPARE(a.pin, SecretSource::Prompt);
        QVERIFY(!a.puk);
        QVERIFY(a.generate);
        QVERIFY(!a.pinPolicyGiven);
        QCOMPARE(a.pinPolicy, PinPolicy());
    }

    void gnuSyntax()
    {
        const auto a = parseAs<CreateArgs>(
            split(QStringLiteral("create --name=TestVSC --adminkey random --pin=prompt --puk "
                                 "default --generate --pintries=3")));
        QCOMPARE(a.name, QStringLiteral("TestVSC"));
        QCOMPARE(a.adminKey, AdminKeyMode::Random);
        QCOMPARE(a.pin, SecretSource::Prompt);
        QCOMPARE(a.puk, std::optional<SecretSource>(SecretSource::Default));
        QVERIFY(a.generate);
        QCOMPARE(a.pinTries, 3);
        QCOMPARE(a.adminResets, 0); // RANDOM: nobody can compute a response
    }

    void mixedSyntaxAndNameWithSpaces()
    {
        const auto a = parseAs<CreateArgs>({QStringLiteral("create"), QStringLiteral("--name"),
                                            QStringLiteral("Virtual Smart Card For Corp Access"),
                                            QStringLiteral("/AdminKey"), QStringLiteral("PROMPT"),
                                            QStringLiteral("--puk=PROMPT")});
        QCOMPARE(a.name, QStringLiteral("Virtual Smart Card For Corp Access"));
        QCOMPARE(a.adminKey, AdminKeyMode::Prompt);
        QCOMPARE(a.pin, SecretSource::Default); // /PIN omitted: DEFAULT, as Windows
        QCOMPARE(a.puk, std::optional<SecretSource>(SecretSource::Prompt));
    }

    void caseInsensitive()
    {
        const auto a = parseAs<CreateArgs>(split(
            QStringLiteral("CREATE /NAME x /ADMINKEY Default /Pin pRoMpT /PuK DeFaUlT /GENERATE "
                           "/PinPolicy MINLEN 6 Digits required SpecialChars Disallowed")));
        QCOMPARE(a.adminKey, AdminKeyMode::Default);
        QCOMPARE(a.pin, SecretSource::Prompt);
        QCOMPARE(a.puk, std::optional<SecretSource>(SecretSource::Default));
        QVERIFY(a.generate);
        QCOMPARE(a.pinPolicy.minLen, 6);
        QCOMPARE(a.pinPolicy.digits, CharRule::Required);
        QCOMPARE(a.pinPolicy.specialChars, CharRule::Disallowed);
        const auto s = parseAs<SignArgs>(
            split(QStringLiteral("SIGN --INSTANCE 0 --KEY k --IN f --OUT g --HASH SHA512 --PSS")));
        QCOMPARE(s.hash, HashAlgorithm::Sha512);
        QVERIFY(s.pss);
        const auto k = parseAs<KeyGenArgs>(split(QStringLiteral("KeyGen /Instance 0 /Key P384")));
        QCOMPARE(k.algorithm, KeyAlgorithm::EccP384);
    }

    void createDefaults()
    {
        const auto a =
            parseAs<CreateArgs>(split(QStringLiteral("create /name x /adminkey default")));
        QCOMPARE(a.pin, SecretSource::Default);
        QVERIFY(!a.puk);
        QVERIFY(!a.generate);
        QCOMPARE(a.pinTries, kDefaultPinTries);
        QCOMPARE(a.adminResets, kDefaultAdminResets);
        const auto b = parseAs<CreateArgs>(
            split(QStringLiteral("create /name x /adminkey default /adminresets 0 /pintries 10")));
        QCOMPARE(b.adminResets, 0);
        QCOMPARE(b.pinTries, 10);
        const auto c = parseAs<CreateArgs>(
            split(QStringLiteral("create /name x /adminkey random /adminresets 0")));
        QCOMPARE(c.adminResets, 0);
    }

    void pinPolicyPairs()
    {
        const auto a = parseAs<CreateArgs>(split(QStringLiteral(
            "create /name x /PIN PROMPT /pinpolicy minlen 4 maxlen 8 uppercase REQUIRED "
            "lowercase DISALLOWED digits ALLOWED specialchars REQUIRED /AdminKey DEFAULT "
            "/generate")));
        QVERIFY(a.pinPolicyGiven);
        QCOMPARE(a.pinPolicy.minLen, 4);
        QCOMPARE(a.pinPolicy.maxLen, 8);
        QCOMPARE(a.pinPolicy.uppercase, CharRule::Required);
        QCOMPARE(a.pinPolicy.lowercase, CharRule::Disallowed);
        QCOMPARE(a.pinPolicy.digits, CharRule::Allowed);
        QCOMPARE(a.pinPolicy.specialChars, CharRule::Required);
        // The pairs end at the next option, which is parsed normally.
        QCOMPARE(a.adminKey, AdminKeyMode::Default);
        QVERIFY(a.generate);

        const auto b =
            parseAs<CreateArgs>({QStringLiteral("create"), QStringLiteral("/name"),
                                 QStringLiteral("x"), QStringLiteral("--adminkey=default"),
                                 QStringLiteral("--pinpolicy=minlen 5  maxlen 9")});
        QCOMPARE(b.pinPolicy.minLen, 5);
        QCOMPARE(b.pinPolicy.maxLen, 9);
    }

    void pinPolicyErrors_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("needs keyword/value pairs");
        QTest::newRow("unknown keyword")
            << QStringLiteral("minlength 4") << QStringLiteral("unknown keyword \"minlength\"");
        QTest::newRow("missing number")
            << QStringLiteral("maxlen 8 minlen") << QStringLiteral("minlen needs a number");
        QTest::newRow("missing rule")
            << QStringLiteral("digits") << QStringLiteral("digits needs ALLOWED, DISALLOWED");
        QTest::newRow("not a number")
            << QStringLiteral("minlen four") << QStringLiteral("needs a number, not \"four\"");
        QTest::newRow("bad rule") << QStringLiteral("digits SOMETIMES")
                                  << QStringLiteral("not \"SOMETIMES\"");
        QTest::newRow("twice") << QStringLiteral("minlen 4 MINLEN 5")
                               << QStringLiteral("MINLEN is given twice");
        QTest::newRow("minlen below 4")
            << QStringLiteral("minlen 3") << QStringLiteral("/pinpolicy: ");
        QTest::newRow("maxlen above 127")
            << QStringLiteral("maxlen 128") << QStringLiteral("/pinpolicy: ");
        QTest::newRow("minlen above maxlen")
            << QStringLiteral("minlen 10 maxlen 8") << QStringLiteral("/pinpolicy: ");
        QTest::newRow("all classes disallowed")
            << QStringLiteral("uppercase DISALLOWED lowercase DISALLOWED digits DISALLOWED "
                              "specialchars DISALLOWED")
            << QStringLiteral("/pinpolicy: ");
    }

    void pinPolicyErrors()
    {
        QFETCH(QString, policy);
        QFETCH(QString, message);
        const QString error = usageError(
            split(QStringLiteral("create /name x /adminkey default /pinpolicy %1 /generate")
                      .arg(policy)));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.size() > message.size() + 2, qPrintable(error)); // says what is wrong
    }

    void secretsRefusedInArgv_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("advice");
        QTest::newRow("pin") << split(QStringLiteral("create /name x /adminkey default /pin 1234"))
                             << QStringLiteral("1234") << QStringLiteral("/pin PROMPT");
        QTest::newRow("pin gnu") << split(QStringLiteral(
                                        "create --name x --adminkey default --pin=s3cretPIN"))
                                 << QStringLiteral("s3cretPIN") << QStringLiteral("--pin PROMPT");
        QTest::newRow("puk") << split(QStringLiteral(
                                    "create /name x /adminkey default /PUK 87654321"))
                             << QStringLiteral("87654321") << QStringLiteral("/PUK PROMPT");
        QTest::newRow("admin key")
            << split(QStringLiteral(
                   "create /name x /adminkey 010203040506070801020304050607080102030405060708"))
            << QStringLiteral("0102030405060708") << QStringLiteral("/adminkey PROMPT");
    }

    void secretsRefusedInArgv()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, secret);
        QFETCH(QString, advice);
        const QString error = usageError(args);
        QVERIFY2(error.contains(QStringLiteral("Secrets are never taken from the command line")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("process list")), qPrintable(error));
        QVERIFY2(error.contains(advice), qPrintable(error));
        // The refusal itself must not repeat the secret (stderr ends up in logs).
        QVERIFY2(!error.contains(secret), qPrintable(error));
    }

    // /machine HOST: the command line HOST's tpmvscmgr gets, and the ssh command around it.
    void machineRunsOverSsh()
    {
        const QStringList args{QStringLiteral("create"),
                               QStringLiteral("/name"),
                               QStringLiteral("it's $HOME; \"x\""),
                               QStringLiteral("/machine"),
                               QStringLiteral("host7"),
                               QStringLiteral("/adminkey"),
                               QStringLiteral("DEFAULT"),
                               QStringLiteral("/pin"),
                               QStringLiteral("PROMPT"),
                               QStringLiteral("/generate")};
        const CommandLine line = parseCommandLine(args);
        QCOMPARE(line.global.machine, QStringLiteral("host7"));
        QCOMPARE(line.global.remoteArgs,
                 (QStringList{QStringLiteral("create"), QStringLiteral("/name"),
                              QStringLiteral("it's $HOME; \"x\""), QStringLiteral("/adminkey"),
                              QStringLiteral("DEFAULT"), QStringLiteral("/pin"),
                              QStringLiteral("PROMPT"), QStringLiteral("/generate")}));
        QVERIFY(std::holds_alternative<CreateArgs>(line.command)); // checked here first
        QVERIFY(readsSecrets(line.command));

        // Piped: ssh -T and this stdin; on a terminal: ssh -t, HOST's tpmvscmgr asks.
        const SshCommand piped = sshCommand(line, false, QString());
        QCOMPARE(piped.program, QStringLiteral("ssh"));
        const QString remote = QStringLiteral(
            "tpmvscmgr create /name 'it'\\''s $HOME; \"x\"' /adminkey DEFAULT /pin PROMPT "
            "/generate");
        QCOMPARE(piped.arguments, (QStringList{QStringLiteral("-T"), QStringLiteral("--"),
                                               QStringLiteral("host7"), remote}));
        const SshCommand terminal = sshCommand(line, true, QString());
        QCOMPARE(terminal.arguments.first(), QStringLiteral("-t"));

        // $TPMVSC_SSH: a command line of its own, split as a shell would.
        const SshCommand custom =
            sshCommand(line, false, QStringLiteral("/opt/ssh -F \"/etc/my ssh/config\""));
        QCOMPARE(custom.program, QStringLiteral("/opt/ssh"));
        QCOMPARE(custom.arguments.mid(0, 3),
                 (QStringList{QStringLiteral("-F"), QStringLiteral("/etc/my ssh/config"),
                              QStringLiteral("-T")}));

        // No secret read: stdin is left alone (-n). --machine=HOST, global options kept.
        const CommandLine list = parseCommandLine({QStringLiteral("--machine=pc2"),
                                                   QStringLiteral("list"), QStringLiteral("/json"),
                                                   QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY(!readsSecrets(list.command));
        QCOMPARE(
            sshCommand(list, true, QString()).arguments,
            (QStringList{QStringLiteral("-T"), QStringLiteral("-n"), QStringLiteral("--"),
                         QStringLiteral("pc2"), QStringLiteral("tpmvscmgr list /json --lang de")}));
        QVERIFY(readsSecrets(
            parseCommandLine(split(QStringLiteral("destroy /instance 0 /ownerauth prompt")))
                .command));
        QVERIFY(!readsSecrets(
            parseCommandLine(split(QStringLiteral("destroy /instance 0 /machine h"))).command));
        QVERIFY(readsSecrets(
            parseCommandLine(split(QStringLiteral("changepin /instance 0 /machine h"))).command));

        // Checked here before ssh runs: a bad line never reaches HOST.
        QVERIFY(usageError(split(QStringLiteral("status /machine h")))
                    .contains(QStringLiteral("needs /instance")));
        QVERIFY(usageError(split(QStringLiteral("list /machine")))
                    .contains(QStringLiteral("needs a value")));
        QVERIFY(usageError({QStringLiteral("list"), QStringLiteral("--machine=-oProxyCommand=x")})
                    .contains(QStringLiteral("host name")));
    }

    // Commands with local files, and response, refuse /machine and show the ssh line.
    void machineRefusedWhereItMakesNoSense()
    {
        const QString sign = usageError(
            split(QStringLiteral("sign /instance 0 /key ab12 /in data /out sig /machine host7")));
        QVERIFY2(sign.contains(QStringLiteral("files on this machine")), qPrintable(sign));
        QVERIFY2(sign.contains(QStringLiteral(
                     "ssh -t host7 'tpmvscmgr sign /instance 0 /key ab12 /in data /out sig'")),
                 qPrintable(sign));
        const QString response =
            usageError({QStringLiteral("response"), QStringLiteral("/challenge"),
                        QStringLiteral("0123456789ABCDEF"), QStringLiteral("--machine=pc 2")});
        QVERIFY2(response.contains(QStringLiteral("ssh -t 'pc 2' 'tpmvscmgr response")),
                 qPrintable(response));
        for (const QString& command : commandNames()) {
            const bool remote = runsOnOtherMachine(command);
            const bool files =
                QStringList{QStringLiteral("sign"),    QStringLiteral("export"),
                            QStringLiteral("request"), QStringLiteral("import"),
                            QStringLiteral("attest"),  QStringLiteral("verifyattestation"),
                            QStringLiteral("response")}
                    .contains(command);
            QVERIFY2(remote != files, qPrintable(command));
        }
    }

    // /json: on the commands that print data, nowhere else; /quiet may come along.
    void jsonOption()
    {
        for (const char* line : {"list /json", "status /instance 0 /json",
                                 "keys /instance 0 --json", "certs /instance 0 /JSON",
                                 "templates /json", "create /name x /adminkey default /json"}) {
            QVERIFY2(parseCommandLine(split(QLatin1String(line))).global.json, line);
        }
        QVERIFY(!parseCommandLine(split(QStringLiteral("list"))).global.json);
        const CommandLine quiet = parseCommandLine(split(QStringLiteral("-q list /json")));
        QVERIFY(quiet.global.json);
        QVERIFY(quiet.global.quiet);
        QVERIFY(usageError(split(QStringLiteral("destroy /instance 0 /json")))
                    .contains(QStringLiteral("Unknown option /json for destroy")));
        QVERIFY(usageError(split(QStringLiteral("list /json /json")))
                    .contains(QStringLiteral("given twice")));
        QVERIFY(usageError(split(QStringLiteral("list --json=yes")))
                    .contains(QStringLiteral("takes no value")));
        QVERIFY(usageError(split(QStringLiteral("frob /json")))
                    .contains(QStringLiteral("Unknown command")));
        QVERIFY(usageError(split(QStringLiteral("/json")))
                    .contains(QStringLiteral("belongs to a command")));
    }

    // AIK_AND_CERT is understood here and refused when run (no attestation CA yet).
    void attestationModes()
    {
        const QString create =
            QStringLiteral("create /name x /AdminKey DEFAULT /generate /attestation ");
        QCOMPARE(std::get<CreateArgs>(
                     parseCommandLine(split(create + QLatin1String("aik_only"))).command)
                     .attestation,
                 AttestationMode::AikOnly);
        const CreateArgs certified = std::get<CreateArgs>(
            parseCommandLine(split(create + QLatin1String("AIK_AND_CERT "
                                                          "/attestationca "
                                                          "https://ca.example/")))
                .command);
        QCOMPARE(certified.attestation, AttestationMode::AikAndCert);
        QCOMPARE(certified.attestationCa, QStringLiteral("https://ca.example/"));
        // The CA's address goes with AIK_AND_CERT, both ways.
        QVERIFY(usageError(split(create + QLatin1String("AIK_AND_CERT")))
                    .contains(QStringLiteral("/attestationca URL")));
        QVERIFY(usageError(split(create + QLatin1String("AIK_ONLY /attestationca https://ca/")))
                    .contains(QStringLiteral("goes with AIK_AND_CERT")));
        const CommandLine addCertified = parseCommandLine(
            split(QStringLiteral("attestation /instance 2 /add AIK_AND_CERT /attestationca "
                                 "http://127.0.0.1:8080")));
        QCOMPARE(std::get<AttestationArgs>(addCertified.command).attestationCa,
                 QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(
            std::get<CreateArgs>(
                parseCommandLine(split(QStringLiteral("create /name x /AdminKey DEFAULT"))).command)
                .attestation,
            AttestationMode::None);
        QVERIFY(usageError(split(create + QLatin1String("TPM")))
                    .contains(QStringLiteral("AIK_ONLY or AIK_AND_CERT")));

        const CommandLine add =
            parseCommandLine(split(QStringLiteral("attestation /instance 2 /add AIK_ONLY")));
        QCOMPARE(std::get<AttestationArgs>(add.command).instance, 2);
        QCOMPARE(std::get<AttestationArgs>(add.command).add, AttestationMode::AikOnly);
        QVERIFY(usageError(split(QStringLiteral("attestation /instance 2")))
                    .contains(QStringLiteral("/add AIK_ONLY")));
        QVERIFY(usageError(split(QStringLiteral("attestation /instance 2 /add yes")))
                    .contains(QStringLiteral("AIK_ONLY or AIK_AND_CERT")));
    }

    void attestNonce()
    {
        const QString base = QStringLiteral("attest /instance 0 /key k1 /out ev.json");
        const AttestArgs plain = std::get<AttestArgs>(parseCommandLine(split(base)).command);
        QVERIFY(plain.nonce.isEmpty());
        QCOMPARE(plain.outputFile, QStringLiteral("ev.json"));
        QCOMPARE(plain.key, QStringLiteral("k1"));
        const AttestArgs grouped = std::get<AttestArgs>(
            parseCommandLine(split(base + QLatin1String(" /nonce 00ff:A1b2"))).command);
        QCOMPARE(grouped.nonce, QByteArray::fromHex("00ffa1b2"));
        const QString max = QString(64, QLatin1Char('a'));
        QCOMPARE(std::get<AttestArgs>(
                     parseCommandLine(split(base + QLatin1String(" /nonce ") + max)).command)
                     .nonce.size(),
                 32);
        QVERIFY(usageError(split(base + QLatin1String(" /nonce ") + max + QLatin1String("bb")))
                    .contains(QStringLiteral("at most 32 bytes")));
        QVERIFY(usageError(split(base + QLatin1String(" /nonce 12xz")))
                    .contains(QStringLiteral("position 3")));
        QVERIFY(usageError(split(base + QLatin1String(" /nonce abc")))
                    .contains(QStringLiteral("even number")));
        QVERIFY(usageError(split(QStringLiteral("attest /instance 0 /key k1")))
                    .contains(QStringLiteral("/out FILE")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QString() << QStringLiteral("No command given");
        QTest::newRow("unknown command")
            << QStringLiteral("craete /name x") << QStringLiteral("Unknown command \"craete\"");
        QTest::newRow("unknown option")
            << QStringLiteral("create /name x /adminkey default /colour red")
            << QStringLiteral("Unknown option /colour for create");
        QTest::newRow("unknown gnu option")
            << QStringLiteral("list --long") << QStringLiteral("Unknown option --long for list");
        QTest::newRow("unknown short option")
            << QStringLiteral("list -x") << QStringLiteral("Unknown option -x");
        QTest::newRow("option of another command")
            << QStringLiteral("list /instance 0")
            << QStringLiteral("Unknown option /instance for list");
        QTest::newRow("option before command")
            << QStringLiteral("/name x create") << QStringLiteral("write the command first");
        QTest::newRow("missing value at end") << QStringLiteral("create /adminkey default /name")
                                              << QStringLiteral("/name needs a value");
        QTest::newRow("missing value before option")
            << QStringLiteral("create /name /adminkey default")
            << QStringLiteral("/name needs a value");
        QTest::newRow("missing value before gnu option")
            << QStringLiteral("status --instance --quiet")
            << QStringLiteral("--instance needs a value");
        QTest::newRow("duplicated option")
            << QStringLiteral("create /name a /adminkey default --NAME b")
            << QStringLiteral("--NAME is given twice");
        QTest::newRow("duplicated flag")
            << QStringLiteral("list /quiet -q") << QStringLiteral("-q is given twice");
        QTest::newRow("value for a flag gnu")
            << QStringLiteral("create /name a /adminkey default --generate=yes")
            << QStringLiteral("--generate takes no value");
        QTest::newRow("value after a flag")
            << QStringLiteral("create /name a /adminkey default /generate yes")
            << QStringLiteral("\"yes\": /generate takes no value");
        QTest::newRow("stray argument") << QStringLiteral("status /instance 0 extra")
                                        << QStringLiteral("Unexpected argument \"extra\"");
        QTest::newRow("create without name") << QStringLiteral("create /adminkey default")
                                             << QStringLiteral("create needs /name NAME");
        QTest::newRow("create without admin key")
            << QStringLiteral("create /name x") << QStringLiteral("create needs /adminkey");
        QTest::newRow("bad admin key keyword")
            << QStringLiteral("create /name x /adminkey SOMETIMES")
            << QStringLiteral("takes DEFAULT, PROMPT or RANDOM");
        QTest::newRow("destroy without instance")
            << QStringLiteral("destroy") << QStringLiteral("destroy needs /instance ID");
        QTest::newRow("bad instance") << QStringLiteral("status /instance CARD7")
                                      << QStringLiteral("\"CARD7\" is not an instance ID");
        QTest::newRow("tcti and simulator") << QStringLiteral("--tcti swtpm list --simulator")
                                            << QStringLiteral("exclude each other");
        QTest::newRow("tcti twice")
            << QStringLiteral("--tcti a list --tcti=b") << QStringLiteral("--tcti is given twice");
        QTest::newRow("pintries range")
            << QStringLiteral("create /name x /adminkey default /pintries 0")
            << QStringLiteral("/pintries must be a whole number from 1 to 10");
        QTest::newRow("pintries negative")
            << QStringLiteral("create /name x /adminkey default /pintries -1")
            << QStringLiteral("/pintries must be a whole number from 1 to 10");
        QTest::newRow("adminresets range")
            << QStringLiteral("create /name x /adminkey default /adminresets 101")
            << QStringLiteral("/adminresets must be a whole number from 0 to 100");
        QTest::newRow("adminresets with random")
            << QStringLiteral("create /name x /adminkey random /adminresets 5")
            << QStringLiteral("RANDOM admin key cannot be reset");
        QTest::newRow("empty name") << QStringLiteral("create --name= --adminkey default")
                                    << QStringLiteral("--name must not be empty");
        QTest::newRow("bad hash") << QStringLiteral(
                                         "sign /instance 0 /key k /in f /out g /hash md5")
                                  << QStringLiteral("takes sha256, sha384 or sha512, not \"md5\"");
        QTest::newRow("sign without input") << QStringLiteral("sign /instance 0 /key k /out g")
                                            << QStringLiteral("exactly one of /in FILE");
        QTest::newRow("sign with both inputs")
            << QStringLiteral("sign /instance 0 /key k /in f /digest d /out g")
            << QStringLiteral("exactly one of /in FILE");
        QTest::newRow("sign without out") << QStringLiteral("sign /instance 0 /key k /in f")
                                          << QStringLiteral("sign needs /out FILE");
        QTest::newRow("bad algorithm") << QStringLiteral("keygen /instance 0 /key rsa1024")
                                       << QStringLiteral("not \"rsa1024\"");
        QTest::newRow("delkey without key")
            << QStringLiteral("delkey /instance 0") << QStringLiteral("delkey needs /key REF");
        QTest::newRow("bad challenge")
            << QStringLiteral("response /challenge 0123") << QStringLiteral("/challenge: ");
        QTest::newRow("response without challenge")
            << QStringLiteral("response") << QStringLiteral("response needs /challenge HEX");
        QTest::newRow("request without template")
            << QStringLiteral("request /instance 0 /subject CN=a /out r.pem")
            << QStringLiteral("request needs /template NAME");
        QTest::newRow("request without out")
            << QStringLiteral("request /instance 0 /template clientauth /subject CN=a")
            << QStringLiteral("request needs /out FILE");
        QTest::newRow("request without subject or san")
            << QStringLiteral("request /instance 0 /template clientauth /out r.pem")
            << QStringLiteral("/subject");
        QTest::newRow("request key and usekey")
            << QStringLiteral(
                   "request /instance 0 /template t /subject CN=a /key p256 /usekey k /out r")
            << QStringLiteral("exclude each other");
        QTest::newRow("request bad key")
            << QStringLiteral("request /instance 0 /template t /subject CN=a /key rsa1024 /out r")
            << QStringLiteral("not \"rsa1024\"");
        QTest::newRow("request label with usekey")
            << QStringLiteral(
                   "request /instance 0 /template t /subject CN=a /usekey k /label x /out r")
            << QStringLiteral("keeps its label");
        QTest::newRow("request days without selfsigned")
            << QStringLiteral("request /instance 0 /template t /subject CN=a /days 5 /out r")
            << QStringLiteral("/days goes with /selfsigned");
        QTest::newRow("request days range")
            << QStringLiteral(
                   "request /instance 0 /template t /subject CN=a /selfsigned /days 0 /out r")
            << QStringLiteral("/days must be a whole number from 1 to 36525");
        QTest::newRow("request bad hash")
            << QStringLiteral("request /instance 0 /template t /subject CN=a /hash sha1 /out r")
            << QStringLiteral("not \"sha1\"");
        QTest::newRow("request empty san")
            << QStringLiteral("request /instance 0 /template t --san=, /out r")
            << QStringLiteral("--san needs a value");
        QTest::newRow("request subject twice")
            << QStringLiteral("request /instance 0 /template t /subject CN=a /subject CN=b /out r")
            << QStringLiteral("/subject is given twice");
        QTest::newRow("import without cert")
            << QStringLiteral("import /instance 0") << QStringLiteral("import needs /cert FILE");
        QTest::newRow("import cert as flag") << QStringLiteral("import /instance 0 /cert /force")
                                             << QStringLiteral("/cert needs a value");
        QTest::newRow("import empty cafile")
            << QStringLiteral("import /instance 0 /cert c.pem --cafile=")
            << QStringLiteral("--cafile needs a file name");
        QTest::newRow("export chain without cert")
            << QStringLiteral("export /instance 0 /key k /chain")
            << QStringLiteral("/chain goes with /cert");
        QTest::newRow("deletecert without key") << QStringLiteral("deletecert /instance 0")
                                                << QStringLiteral("deletecert needs /key REF");
        QTest::newRow("certs without instance")
            << QStringLiteral("certs") << QStringLiteral("certs needs /instance ID");
        QTest::newRow("templates takes no instance")
            << QStringLiteral("templates /instance 0")
            << QStringLiteral("Unknown option /instance for templates");
        QTest::newRow("verifyattestation without input")
            << QStringLiteral("verifyattestation /nonce 00")
            << QStringLiteral("needs exactly one of /in FILE");
        QTest::newRow("verifyattestation with both inputs")
            << QStringLiteral("verifyattestation /in e.json /request r.csr")
            << QStringLiteral("needs exactly one of /in FILE");
        QTest::newRow("verifyattestation /key with /request")
            << QStringLiteral("verifyattestation /request r.csr /key k.pem")
            << QStringLiteral("/key goes with /in");
        QTest::newRow("verifyattestation /aik with /in")
            << QStringLiteral("verifyattestation /in e.json /aik k.pem")
            << QStringLiteral("/aik goes with /request");
        QTest::newRow("verifyattestation odd nonce")
            << QStringLiteral("verifyattestation /in e.json /nonce 001")
            << QStringLiteral("/nonce needs whole bytes");
        QTest::newRow("verifyattestation nonce not hex")
            << QStringLiteral("verifyattestation /in e.json /nonce 00zz")
            << QStringLiteral("/nonce takes hexadecimal digits");
        QTest::newRow("verifyattestation nonce too long")
            << QStringLiteral("verifyattestation /in e.json /nonce ") + QString(130, u'a')
            << QStringLiteral("at most 64 bytes");
        QTest::newRow("help for unknown command")
            << QStringLiteral("help frobnicate")
            << QStringLiteral("Unknown command \"frobnicate\"");
    }

    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const QString error = usageError(split(line));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void controlCharactersInName()
    {
        const QString error =
            usageError({QStringLiteral("create"), QStringLiteral("/name"), QStringLiteral("a\nb"),
                        QStringLiteral("/adminkey"), QStringLiteral("default")});
        QVERIFY2(error.contains(QStringLiteral("control characters")), qPrintable(error));
    }

    void instanceIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("instance");
        QTest::newRow("windows") << QStringLiteral("ROOT\\SMARTCARDREADER\\0003") << 3;
        QTest::newRow("lower case") << QStringLiteral("root\\smartcardreader\\0012") << 12;
        QTest::newRow("slashes") << QStringLiteral("ROOT/SMARTCARDREADER/0001") << 1;
        QTest::newRow("number") << QStringLiteral("7") << 7;
        QTest::newRow("padded number") << QStringLiteral("0000") << 0;
    }

    void instanceIds()
    {
        QFETCH(QString, text);
        QFETCH(int, instance);
        QCOMPARE(
            parseAs<DestroyArgs>({QStringLiteral("destroy"), QStringLiteral("/instance"), text})
                .instance,
            instance);
    }

    void everyCommand()
    {
        QVERIFY(
            std::holds_alternative<ListArgs>(parseCommandLine({QStringLiteral("list")}).command));
        QCOMPARE(parseAs<StatusArgs>(split(QStringLiteral("status /instance 1"))).instance, 1);
        QCOMPARE(parseAs<ChangePinArgs>(split(QStringLiteral("changepin /instance 2"))).instance,
                 2);
        QCOMPARE(parseAs<UnblockArgs>(split(QStringLiteral("unblock /instance 3"))).instance, 3);
        QCOMPARE(parseAs<ResetPinArgs>(split(QStringLiteral("resetpin /instance 4"))).instance, 4);
        QCOMPARE(parseAs<InitializeArgs>(split(QStringLiteral("initialize /instance 5"))).instance,
                 5);
        QCOMPARE(parseAs<KeysArgs>(split(QStringLiteral("keys /instance 6"))).instance, 6);

        const auto r =
            parseAs<ResponseArgs>({QStringLiteral("response"), QStringLiteral("/challenge"),
                                   QStringLiteral("0123 4567 89ab CDEF")});
        QCOMPARE(r.challenge, QByteArray::fromHex("0123456789abcdef"));

        const auto k = parseAs<KeyGenArgs>(split(QStringLiteral("keygen /instance 0")));
        QCOMPARE(k.algorithm, KeyAlgorithm::Rsa2048);
        QVERIFY(k.label.isEmpty());
        const auto k2 =
            parseAs<KeyGenArgs>(split(QStringLiteral("keygen /instance 0 --key=p256 /label web")));
        QCOMPARE(k2.algorithm, KeyAlgorithm::EccP256);
        QCOMPARE(k2.label, QStringLiteral("web"));

        const auto d = parseAs<DelKeyArgs>(split(QStringLiteral("delkey /instance 0 /key 1a2b")));
        QCOMPARE(d.key, QStringLiteral("1a2b"));

        // Paths start with a slash too: a token with a second slash is a value.
        const auto s = parseAs<SignArgs>(
            split(QStringLiteral("sign /instance 0 /key web /in /tmp/data.txt /out /tmp/x/s.bin")));
        QCOMPARE(s.inputFile, QStringLiteral("/tmp/data.txt"));
        QVERIFY(!s.inputIsDigest);
        QCOMPARE(s.outputFile, QStringLiteral("/tmp/x/s.bin"));
        QCOMPARE(s.hash, HashAlgorithm::Sha256);
        QVERIFY(!s.pss);
        const auto s2 = parseAs<SignArgs>(split(
            QStringLiteral("sign /instance 0 /key web /digest d.bin /out s.bin /hash sha384")));
        QVERIFY(s2.inputIsDigest);
        QCOMPARE(s2.inputFile, QStringLiteral("d.bin"));
        QCOMPARE(s2.hash, HashAlgorithm::Sha384);

        const auto e = parseAs<ExportArgs>(split(QStringLiteral("export /instance 0 /key web")));
        QVERIFY(e.outputFile.isEmpty());
        QVERIFY(!e.der);
        const auto e2 = parseAs<ExportArgs>(
            split(QStringLiteral("export /instance 0 /key web /out k.der /der")));
        QCOMPARE(e2.outputFile, QStringLiteral("k.der"));
        QVERIFY(e2.der);
    }

    void enrollmentCommands()
    {
        // Values with spaces, commas and UTF-8 arrive as one argument each.
        const auto r = parseAs<RequestArgs>(
            {QStringLiteral("request"), QStringLiteral("/instance"), QStringLiteral("2"),
             QStringLiteral("/template"), QStringLiteral("smartcardlogon"),
             QStringLiteral("/subject"),
             QStringLiteral("CN=J\u00fcrgen M\u00fcller,O=Example\\, Inc.,C=DE"),
             QStringLiteral("/san"), QStringLiteral("upn:juergen@corp.example.com"),
             QStringLiteral("--san=email:j@example.com, dns:host.example.com"),
             QStringLiteral("/key"), QStringLiteral("P384"), QStringLiteral("/label"),
             QStringLiteral("logon"), QStringLiteral("/hash"), QStringLiteral("SHA512"),
             QStringLiteral("/out"), QStringLiteral("/tmp/req.der"), QStringLiteral("/der")});
        QCOMPARE(r.instance, 2);
        QCOMPARE(r.templateName, QStringLiteral("smartcardlogon"));
        QCOMPARE(r.subject, QStringLiteral("CN=J\u00fcrgen M\u00fcller,O=Example\\, Inc.,C=DE"));
        QCOMPARE(r.subjectAltNames, (QStringList{QStringLiteral("upn:juergen@corp.example.com"),
                                                 QStringLiteral("email:j@example.com"),
                                                 QStringLiteral("dns:host.example.com")}));
        QCOMPARE(r.algorithm, std::optional<KeyAlgorithm>(KeyAlgorithm::EccP384));
        QVERIFY(r.existingKey.isEmpty());
        QCOMPARE(r.label, QStringLiteral("logon"));
        QCOMPARE(r.hash, std::optional<HashAlgorithm>(HashAlgorithm::Sha512));
        QVERIFY(!r.pss);
        QVERIFY(!r.selfSigned);
        QCOMPARE(r.days, 0);
        QCOMPARE(r.outputFile, QStringLiteral("/tmp/req.der"));
        QVERIFY(r.der);

        const auto r2 = parseAs<RequestArgs>(
            {QStringLiteral("request"), QStringLiteral("--instance=0"),
             QStringLiteral("--template"), QStringLiteral("clientauth"),
             QStringLiteral("--subject="), QStringLiteral("/san"), QStringLiteral("dns:a.example"),
             QStringLiteral("/usekey"), QStringLiteral("1a2b3c"), QStringLiteral("/pss"),
             QStringLiteral("/SELFSIGNED"), QStringLiteral("/days"), QStringLiteral("30"),
             QStringLiteral("/out"), QStringLiteral("r.pem")});
        QVERIFY(r2.subject.isEmpty());
        QCOMPARE(r2.subjectAltNames, QStringList{QStringLiteral("dns:a.example")});
        QVERIFY(!r2.algorithm);
        QCOMPARE(r2.existingKey, QStringLiteral("1a2b3c"));
        QVERIFY(!r2.hash);
        QVERIFY(r2.pss);
        QVERIFY(r2.selfSigned);
        QCOMPARE(r2.days, 30);
        QVERIFY(!r2.der);

        const auto i = parseAs<ImportArgs>(split(QStringLiteral(
            "import /instance 1 /cert /tmp/a/cert.p7b /key logon /cafile /etc/ca.pem /force")));
        QCOMPARE(i.instance, 1);
        QCOMPARE(i.certificateFile, QStringLiteral("/tmp/a/cert.p7b"));
        QCOMPARE(i.key, QStringLiteral("logon"));
        QCOMPARE(i.caFile, QStringLiteral("/etc/ca.pem"));
        QVERIFY(i.templateName.isEmpty());
        QVERIFY(i.force);
        const auto i2 = parseAs<ImportArgs>(
            split(QStringLiteral("import /instance 1 --cert=c.pem --template smime")));
        QVERIFY(i2.key.isEmpty());
        QVERIFY(i2.caFile.isEmpty());
        QCOMPARE(i2.templateName, QStringLiteral("smime"));
        QVERIFY(!i2.force);

        const auto v = parseAs<VerifyAttestationArgs>(
            split(QStringLiteral("verifyattestation /in /tmp/e.json /roots r.pem /key k.pem")) +
            QStringList{QStringLiteral("/nonce"), QStringLiteral("0011 AAbb")});
        QCOMPARE(v.evidenceFile, QStringLiteral("/tmp/e.json"));
        QCOMPARE(v.rootsFile, QStringLiteral("r.pem"));
        QCOMPARE(v.nonce, QByteArray::fromHex("0011aabb"));
        QCOMPARE(v.keyFile, QStringLiteral("k.pem"));
        QVERIFY(v.requestFile.isEmpty());
        const auto v2 = parseAs<VerifyAttestationArgs>(
            split(QStringLiteral("verifyattestation --request=r.csr --aik a.pem")));
        QCOMPARE(v2.requestFile, QStringLiteral("r.csr"));
        QCOMPARE(v2.aikFile, QStringLiteral("a.pem"));
        QVERIFY(v2.nonce.isEmpty());

        QCOMPARE(parseAs<CertsArgs>(split(QStringLiteral("certs /instance 3"))).instance, 3);
        const auto d =
            parseAs<DeleteCertArgs>(split(QStringLiteral("deletecert /instance 0 /key ab12")));
        QCOMPARE(d.key, QStringLiteral("ab12"));
        QVERIFY(std::holds_alternative<TemplatesArgs>(
            parseCommandLine({QStringLiteral("templates")}).command));

        const auto e = parseAs<ExportArgs>(
            split(QStringLiteral("export /instance 0 /key web /cert /chain /der /out c.p7b")));
        QVERIFY(e.certificate);
        QVERIFY(e.chain);
        QVERIFY(e.der);
        const auto e2 = parseAs<ExportArgs>(split(QStringLiteral("export /instance 0 /key web")));
        QVERIFY(!e2.certificate);
        QVERIFY(!e2.chain);
    }

    void scepEnrollCommand()
    {
        const auto e = parseAs<EnrollArgs>(split(QStringLiteral(
            "enroll /instance 1 /url http://ca.example/scep /template clientauth /subject CN=A "
            "/san email:a@example.com /challenge PROMPT /key rsa3072 /cafingerprint "
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:"
            "23:45:67:89")));
        QCOMPARE(e.instance, 1);
        QCOMPARE(e.url, QStringLiteral("http://ca.example/scep"));
        QCOMPARE(e.subjectAltNames, QStringList{QStringLiteral("email:a@example.com")});
        QVERIFY(e.challenge);
        QCOMPARE(e.algorithm, std::optional<KeyAlgorithm>(KeyAlgorithm::Rsa3072));
        QCOMPARE(e.caFingerprint.size(), 32);
        // The challenge password is a secret: never a value on the command line.
        QVERIFY(usageError(split(QStringLiteral("enroll /instance 0 /url http://x/scep /template "
                                                "clientauth /subject CN=A /challenge s3cret")))
                    .contains(QStringLiteral("PROMPT")));
        QVERIFY(!usageError(split(QStringLiteral("enroll /instance 0 /url http://x/scep /template "
                                                 "clientauth /subject CN=A /challenge s3cret")))
                     .contains(QStringLiteral("s3cret")));
        QVERIFY(usageError(split(QStringLiteral("enroll /instance 0 /url http://x/scep /template "
                                                "clientauth /subject CN=A /cafingerprint 12:34")))
                    .contains(QStringLiteral("64 hex digits")));
        QVERIFY(usageError(split(QStringLiteral("enroll /instance 0 /template clientauth "
                                                "/subject CN=A")))
                    .contains(QStringLiteral("/url")));
    }

    void globalOptionsAnywhere()
    {
        const CommandLine a =
            parseCommandLine(split(QStringLiteral("--tcti swtpm:port=2321 list /quiet")));
        QCOMPARE(a.global.tcti, QStringLiteral("swtpm:port=2321"));
        QVERIFY(a.global.quiet);
        QVERIFY(!a.global.simulator);
        const CommandLine b =
            parseCommandLine(split(QStringLiteral("-q destroy /instance 0 --simulator")));
        QVERIFY(b.global.quiet);
        QVERIFY(b.global.simulator);
        const CommandLine c =
            parseCommandLine(split(QStringLiteral("list --tcti=device:/dev/tpmrm0")));
        QCOMPARE(c.global.tcti, QStringLiteral("device:/dev/tpmrm0"));
        const CommandLine d = parseCommandLine(split(QStringLiteral("list --QUIET")));
        QVERIFY(d.global.quiet);
    }

    void help_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("command");
        QTest::newRow("/?") << QStringLiteral("/?") << QString();
        QTest::newRow("-h") << QStringLiteral("-h") << QString();
        QTest::newRow("--help") << QStringLiteral("--help") << QString();
        QTest::newRow("help") << QStringLiteral("help") << QString();
        QTest::newRow("create /?") << QStringLiteral("create /?") << QStringLiteral("create");
        QTest::newRow("CREATE --HELP")
            << QStringLiteral("CREATE --HELP") << QStringLiteral("create");
        QTest::newRow("help sign") << QStringLiteral("help sign") << QStringLiteral("sign");
        QTest::newRow("/? before command")
            << QStringLiteral("/? destroy") << QStringLiteral("destroy");
        QTest::newRow("help wins over errors")
            << QStringLiteral("create /colour red /?") << QStringLiteral("create");
        QTest::newRow("unknown command /?") << QStringLiteral("frob /?") << QString();
    }

    void help()
    {
        QFETCH(QString, line);
        QFETCH(QString, command);
        const CommandLine parsed = parseCommandLine(split(line));
        QVERIFY(std::holds_alternative<HelpRequest>(parsed.command));
        QCOMPARE(std::get<HelpRequest>(parsed.command).command, command);
    }

    void version()
    {
        QVERIFY(std::holds_alternative<VersionRequest>(
            parseCommandLine({QStringLiteral("--version")}).command));
        QVERIFY(versionText().startsWith(QStringLiteral("tpmvscmgr ")));
    }

    // Every option the parser knows is documented, in the command's help and in the man page.
    void helpAndManPageCoverEveryOption()
    {
        const QString man = manPage();
        QVERIFY2(!man.isEmpty(), "doc/tpmvscmgr.1 not found");
        const QString general = generalHelp();
        for (const QString& command : commandNames()) {
            QVERIFY2(general.contains(QStringLiteral("  ") + command + QLatin1Char(' ')),
                     qPrintable(command));
            QVERIFY2(man.contains(QStringLiteral(".SS ") + command + QLatin1Char('\n')),
                     qPrintable(command));
            const QString help = commandHelp(command);
            QVERIFY2(help.startsWith(QStringLiteral("Usage: tpmvscmgr ") + command),
                     qPrintable(command));
            for (const QString& option : commandOptionNames(command)) {
                const QString written = QLatin1Char('/') + option;
                QVERIFY2(help.contains(written, Qt::CaseInsensitive),
                         qPrintable(command + QLatin1Char(' ') + written));
                QVERIFY2(man.contains(written, Qt::CaseInsensitive),
                         qPrintable(command + QLatin1Char(' ') + written));
            }
        }
        for (const QString& option : globalOptionNames()) {
            QVERIFY2(man.contains(option), qPrintable(option));
            QVERIFY2(general.contains(option), qPrintable(option));
        }
        // Secret order is documented per command that reads secrets.
        for (const char* command :
             {"create", "changepin", "unblock", "resetpin", "initialize", "response", "keygen",
              "delkey", "sign", "request", "import", "deletecert"}) {
            QVERIFY2(commandHelp(QLatin1String(command))
                         .contains(QStringLiteral("standard input is not a terminal")),
                     command);
        }
        for (const char* variable : {"TPMVSC_TCTI", "TPMVSC_HOME", "XDG_DATA_HOME",
                                     "TPMVSC_LOCK_TIMEOUT_MS", "TPMVSC_SSH"}) {
            QVERIFY2(man.contains(QLatin1String(variable)), variable);
        }
    }

    void exitCodeTable()
    {
        // Every category has exactly one exit code.
        const int last = static_cast<int>(ErrorCode::Internal);
        for (int i = 0; i <= last; ++i) {
            int rows = 0;
            for (const ExitCodeRow& row : cli::exitCodeTable())
                rows += static_cast<int>(row.category) == i;
            QVERIFY2(rows == 1, errorCodeName(static_cast<ErrorCode>(i)));
        }
        QCOMPARE(exitCodeFor(ErrorCode::Internal), 1);
        QCOMPARE(exitCodeFor(ErrorCode::Usage), 2);
        QCOMPARE(exitCodeFor(ErrorCode::InvalidInput), 3);
        QCOMPARE(exitCodeFor(ErrorCode::PolicyViolation), 3);
        QCOMPARE(exitCodeFor(ErrorCode::AuthFailed), 4);
        QCOMPARE(exitCodeFor(ErrorCode::Blocked), 5);
        QCOMPARE(exitCodeFor(ErrorCode::NotFound), 6);
        QCOMPARE(exitCodeFor(ErrorCode::Busy), 7);
        QCOMPARE(exitCodeFor(ErrorCode::StoreCorrupt), 8);
        QCOMPARE(exitCodeFor(ErrorCode::StoreInsecure), 8);
        QCOMPARE(exitCodeFor(ErrorCode::StoreIo), 8);
        QCOMPARE(exitCodeFor(ErrorCode::TpmUnavailable), 9);
        QCOMPARE(exitCodeFor(ErrorCode::TpmLockout), 10);
        QCOMPARE(exitCodeFor(ErrorCode::WrongTpm), 10);
        QCOMPARE(exitCodeFor(ErrorCode::Tpm), 10);
        QCOMPARE(exitCodeFor(ErrorCode::Unsupported), 10);
        QCOMPARE(exitCodeFor(ErrorCode::Capacity), 11);
        QCOMPARE(exitCodeFor(ErrorCode::OwnerAuthRequired), 12);
        QCOMPARE(exitCodeFor(ErrorCode::EvidenceRefused), 13);
        QCOMPARE(exitCodeFor(ErrorCode::Unreachable), 14);
        QCOMPARE(exitCodes(), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));

        // Help and man page say the same as the table.
        const QString man = manPage();
        const QString help = exitCodeHelp();
        for (int code : exitCodes()) {
            const QString meaning = exitCodeMeaning(code);
            QVERIFY2(man.contains(QStringLiteral(".B %1\n%2\n").arg(code).arg(meaning)),
                     qPrintable(meaning));
            QVERIFY(help.contains(QStringLiteral("%1  ").arg(code, 2)));
            const QString flat = QString(help).replace(QRegularExpression(QStringLiteral("\\s+")),
                                                       QStringLiteral(" "));
            QVERIFY2(flat.contains(meaning), qPrintable(meaning));
        }
    }

    void shellQuoting()
    {
        QCOMPARE(shellQuote(QStringLiteral("TestVSC")), QStringLiteral("TestVSC"));
        QCOMPARE(shellQuote(QStringLiteral("/name")), QStringLiteral("/name"));
        QCOMPARE(shellQuote(QStringLiteral("a b")), QStringLiteral("'a b'"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
        QCOMPARE(shellQuote(QStringLiteral("$HOME")), QStringLiteral("'$HOME'"));
    }

    // Not a terminal: one line per secret, in order, CR LF accepted, no confirmation.
    void secretsFromPipe()
    {
        const int fd = pipeWith("first\r\nsecond\nthird");
        QVERIFY(fd >= 0);
        SecretPrompt prompt(fd, nullptr);
        QVERIFY(!prompt.interactive());
        SecretRequest request{
            QStringLiteral("PIN: "), QStringLiteral("Again: "), QStringLiteral("PIN"), false, {}};
        QCOMPARE(secretString(prompt.read(request)), QStringLiteral("first"));
        QCOMPARE(secretString(prompt.read(request)), QStringLiteral("second")); // no confirmation
        QCOMPARE(secretString(prompt.read(request)), QStringLiteral("third"));  // no final newline
        try {
            prompt.read(request);
            QFAIL("end of input accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidInput);
            QVERIFY2(e.message().contains(QStringLiteral("End of input before the PIN")),
                     qPrintable(e.message()));
        }
        close(fd);
    }

    void secretConversionAndErrors()
    {
        const int fd = pipeWith("0102030405060708 0102030405060708 0102030405060708\n"
                                "\n"
                                "12345\n" +
                                QByteArray(SecretPrompt::kMaxLine + 10, 'x') + "\nafter\n");
        SecretPrompt prompt(fd, nullptr);
        SecretRequest adminKey{
            QString(), QString(), QStringLiteral("admin key"), false,
            [](const Secret& typed) { return parseAdminKey(secretString(typed)); }};
        QVERIFY(prompt.read(adminKey) == defaultAdminKey());

        SecretRequest pin{QString(), QString(), QStringLiteral("PIN"), false,
                          [](const Secret& typed) {
                              if (typed.size() < 8)
                                  throw Error(ErrorCode::PolicyViolation, QStringLiteral("short"));
                              return typed;
                          }};
        try {
            prompt.read(pin);
            QFAIL("empty line accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidInput);
            QVERIFY2(e.message().contains(QStringLiteral("empty")), qPrintable(e.message()));
        }
        try {
            prompt.read(pin); // a script gets no second chance: the next line is the next secret
            QFAIL("short PIN accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::PolicyViolation);
        }
        try {
            prompt.read(pin);
            QFAIL("overlong line accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidInput);
            QVERIFY2(e.message().contains(QStringLiteral("too long")), qPrintable(e.message()));
        }
        // The overlong line was consumed whole: the next read starts at the next line.
        QCOMPARE(secretString(prompt.read({QString(), QString(), QStringLiteral("x"), false, {}})),
                 QStringLiteral("after"));
        close(fd);
    }

    // Tables and status lines line up in a terminal in every language: a kanji or kana
    // takes two columns, ASCII one.
    void terminalColumnsCountWideCharacters()
    {
        QCOMPARE(cli::displayWidth(QStringLiteral("Blocked:")), 8);
        QCOMPARE(cli::displayWidth(QStringLiteral("ブロック:")), 9);
        QCOMPARE(cli::displayWidth(QStringLiteral("鍵")), 2);
        QCOMPARE(cli::displayWidth(QStringLiteral("Schlüssel")), 9);
        QCOMPARE(cli::padded(QStringLiteral("鍵:"), 6), QStringLiteral("鍵:   "));
        QCOMPARE(cli::padded(QStringLiteral("Keys:"), 6), QStringLiteral("Keys: "));
        QCOMPARE(cli::padded(QStringLiteral("ブロック"), 4), QStringLiteral("ブロック"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"

// tpmvscmgr as users and scripts run it: the built binary ($TPMVSC_TPMVSCMGR, set by
// ctest) against this binary's swtpm, secrets on stdin, checked by exit code, output,
// peers (openssl) and, for every bad input, the store's bytes before and after.
#include "core/card/AdminResponse.h"
#include "tests/support/SkipOrFail.h"
#include "tests/support/StoreSnapshot.h"
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <memory>
#include <sys/stat.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

using Result = ProcessResult;

// Exit codes (cli/ExitCodes.cpp, documented in tpmvscmgr(1)).
enum Exit {
    Ok = 0,
    Usage = 2,
    Invalid = 3,
    WrongSecret = 4,
    BlockedCard = 5,
    NotFound = 6,
    Busy = 7,
    Store = 8,
    NoTpm = 9,
    TpmFailed = 10, // also a feature the TPM or tpmvsc lacks
};

const QString kDefaultKey = QStringLiteral("010203040506070801020304050607080102030405060708");
const QString kOwnKey = QStringLiteral("00112233445566778899AABBCCDDEEFF0011223344556677");

// The first line on stderr without the program's name.
QString errorLine(const tpmvsc::test::ProcessResult& r)
{
    const QString line = QString::fromUtf8(r.err).section(QLatin1Char('\n'), 0, 0);
    return line.mid(line.indexOf(QLatin1String(": ")) + 2);
}

QByteArray lines(std::initializer_list<const char*> secrets)
{
    QByteArray input;
    for (const char* s : secrets)
        input += QByteArray(s) + '\n';
    return input;
}

} // namespace

class TestCli : public TpmvscmgrTestCase
{
    Q_OBJECT

    // Creates a card (/quiet) and returns its instance ID.
    QString create(const QString& options, const QByteArray& secrets = QByteArray())
    {
        const Result r = run(QStringLiteral("create /quiet ") + options, secrets);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.text()));
            return QString();
        }
        return QString::fromLocal8Bit(r.out).trimmed();
    }

    // Runs resetpin (or initialize), answers its challenge with what `response` computes
    // from `adminKey`, then sends `after` (the new PIN). Returns the command's result.
    Result answerChallenge(const QStringList& args, const QString& adminKey,
                           const QByteArray& after, QString* challengeOut = nullptr,
                           const QByteArray& responseOverride = QByteArray())
    {
        QProcess p;
        p.setProcessEnvironment(systemEnvironmentWith(environment()));
        p.start(m_exe, args);
        QByteArray out;
        while (!out.contains('\n') && p.waitForReadyRead(30000))
            out += p.readAllStandardOutput();
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^Challenge: ([0-9A-F]{4}( [0-9A-F]{4}){3})\n"))
                .match(QString::fromLatin1(out));
        if (!m.hasMatch()) {
            p.kill();
            p.waitForFinished();
            return {-1, out, p.readAllStandardError()};
        }
        if (challengeOut)
            *challengeOut = m.captured(1);
        QByteArray response = responseOverride;
        if (response.isEmpty()) {
            const Result r = run({QStringLiteral("response"), QStringLiteral("/challenge"),
                                  m.captured(1), QStringLiteral("/quiet")},
                                 adminKey.toLatin1() + '\n');
            if (r.exitCode != 0)
                return r;
            response = r.out.trimmed();
        }
        p.write(response + '\n' + after);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return resultOf(p, out);
    }

    QString cardFile(const QString& id) const
    {
        return m_store + QStringLiteral("/cards/%1.card").arg(id.right(4));
    }

    static bool haveOpenssl()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
    }

    // openssl dgst -verify: the independent check of a card signature.
    bool opensslVerifies(const QStringList& extra, const QString& key, const QString& signature,
                         const QString& data, QString* output)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"),
                QStringList{QStringLiteral("dgst")} + extra +
                    QStringList{QStringLiteral("-verify"), key, QStringLiteral("-signature"),
                                signature, data});
        p.waitForFinished(30000);
        *output = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 &&
               output->contains(QStringLiteral("Verified OK"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        m_swtpm = std::make_unique<SwtpmFixture>();
    }

    // A fresh store per test: instance numbers and card states start from nothing.
    void init() { QVERIFY(newStore()); }

    void cleanupTestCase() { m_swtpm.reset(); }

    // The walkthrough of Windows' documentation, as tpmvscmgr commands.
    void walkthrough()
    {
        Result r =
            run(QStringLiteral("create /name TestVSC /pin default /adminkey random /generate"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("TPM Smart Card created.\n"), qPrintable(r.text()));
        QVERIFY2(
            r.out.contains("Smart Card Reader Device Instance ID = ROOT\\SMARTCARDREADER\\0000\n"),
            qPrintable(r.text()));

        r = run(QStringLiteral("list"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(QString::fromLocal8Bit(r.out).contains(QRegularExpression(QStringLiteral(
                     "ROOT\\\\SMARTCARDREADER\\\\0000 +TestVSC +ready +5/5 +0 +0\n"))),
                 qPrintable(r.text()));

        r = run(QStringLiteral("status /instance 0"));
        TPMVSC_CHECK_EXIT(r, Ok);
        for (const char* line : {"Name:              TestVSC\n", "Admin key:         RANDOM\n",
                                 "PUK:               none\n", "File system:       yes\n",
                                 "Blocked:           no\n", "PIN tries left:    5 of 5\n"}) {
            QVERIFY2(r.out.contains(line), qPrintable(r.text()));
        }

        r = run({QStringLiteral("destroy"), QStringLiteral("/instance"),
                 QStringLiteral("ROOT\\SMARTCARDREADER\\0000")});
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("TPM Smart Card destroyed."), qPrintable(r.text()));

        r = run(QStringLiteral("list"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.startsWith("No TPM virtual smart cards."), qPrintable(r.text()));
        expectRefused({QStringLiteral("status"), QStringLiteral("/instance"), QStringLiteral("0")},
                      {}, NotFound, QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
    }

    void instanceNumbersNeverReused()
    {
        const QString opts = QStringLiteral("/name n /adminkey default /generate /adminresets 0");
        QCOMPARE(create(opts), QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QCOMPARE(create(opts), QStringLiteral("ROOT\\SMARTCARDREADER\\0001"));
        TPMVSC_CHECK_EXIT(run(QStringLiteral("destroy /instance 1 /quiet")), Ok);
        QCOMPARE(create(opts), QStringLiteral("ROOT\\SMARTCARDREADER\\0002"));
        TPMVSC_CHECK_EXIT(run(QStringLiteral("destroy /instance 0")), Ok);
        QCOMPARE(create(opts), QStringLiteral("ROOT\\SMARTCARDREADER\\0003"));
        const Result r = run(QStringLiteral("list -q"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(r.out, QByteArray("ROOT\\SMARTCARDREADER\\0002\nROOT\\SMARTCARDREADER\\0003\n"));
    }

    void quietPrintsOnlyWhatScriptsNeed()
    {
        Result r =
            run(QStringLiteral("create /name q /adminkey default /generate /adminresets 1 /quiet"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(r.out, QByteArray("ROOT\\SMARTCARDREADER\\0000\n"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.text()));

        r = run(QStringLiteral("--quiet keygen /instance 0 /key p256"), lines({"12345678"}));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{40}\n$"))
                     .match(QString::fromLatin1(r.out))
                     .hasMatch(),
                 qPrintable(r.text()));
        const QByteArray keyId = r.out;
        r = run(QStringLiteral("keys /instance 0 /quiet"));
        QCOMPARE(r.out, keyId);

        r = run(QStringLiteral("changepin /instance 0 -q"), lines({"12345678", "abcdefgh"}));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.text()));

        r = run({QStringLiteral("response"), QStringLiteral("/challenge"),
                 QStringLiteral("0123456789ABCDEF"), QStringLiteral("/quiet")},
                kDefaultKey.toLatin1() + '\n');
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-F]{4}( [0-9A-F]{4}){3}\n$"))
                     .match(QString::fromLatin1(r.out))
                     .hasMatch(),
                 qPrintable(r.text()));

        r = run(QStringLiteral("destroy /instance 0 /quiet"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.text()));
    }

    void changePin()
    {
        const QString id = create(QStringLiteral("/name c /adminkey default /pin prompt /generate "
                                                 "/adminresets 0"),
                                  lines({"first-PIN-1"}));
        QVERIFY(!id.isEmpty());
        Result r = run({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                       lines({"first-PIN-1", "second-PIN-2"}));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("PIN changed."), qPrintable(r.text()));
        // The old PIN no longer works; the new one does.
        r = run({QStringLiteral("keygen"), QStringLiteral("/instance"), id},
                lines({"first-PIN-1"}));
        TPMVSC_CHECK_EXIT(r, WrongSecret);
        QVERIFY2(r.err.contains("Wrong PIN"), qPrintable(r.text()));
        r = run({QStringLiteral("keygen"), QStringLiteral("/instance"), id, QStringLiteral("/key"),
                 QStringLiteral("p256")},
                lines({"second-PIN-2"}));
        TPMVSC_CHECK_EXIT(r, Ok);
        // CRLF from a Windows-made script is the same PIN.
        r = run({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                "second-PIN-2\r\nthird-PIN-3\r\n");
        TPMVSC_CHECK_EXIT(r, Ok);
        r = run(QStringLiteral("status /instance ") + id.right(1));
        QVERIFY2(r.out.contains("PIN tries left:    5 of 5"), qPrintable(r.text()));
    }

    void wrongPinsBlockThenPukUnblocks()
    {
        const QString id =
            create(QStringLiteral("/name b /adminkey default /pin default /puk prompt "
                                  "/generate /adminresets 0"),
                   lines({"my-PUK-123"}));
        QVERIFY(!id.isEmpty());
        const QStringList keygen{QStringLiteral("keygen"), QStringLiteral("/instance"), id,
                                 QStringLiteral("/key"), QStringLiteral("p256")};
        for (int i = 1; i <= 4; ++i) {
            const Result r = run(keygen, lines({"wrong-pin"}));
            TPMVSC_CHECK_EXIT(r, WrongSecret);
            QVERIFY2(r.err.contains(QString::number(5 - i).toLatin1()), qPrintable(r.text()));
        }
        Result r = run(keygen, lines({"wrong-pin"})); // the 5th blocks the card
        TPMVSC_CHECK_EXIT(r, BlockedCard);
        r = run(keygen, lines({"12345678"})); // even the right PIN is refused now
        TPMVSC_CHECK_EXIT(r, BlockedCard);
        QVERIFY2(r.err.contains("blocked"), qPrintable(r.text()));
        r = run(QStringLiteral("list"));
        QVERIFY2(r.out.contains(" blocked "), qPrintable(r.text()));
        r = run(QStringLiteral("status /instance 0"));
        QVERIFY2(r.out.contains("Blocked:           yes"), qPrintable(r.text()));

        const QStringList unblock{QStringLiteral("unblock"), QStringLiteral("/instance"), id};
        r = run(unblock, lines({"not-the-PUK", "new-PIN-456"}));
        TPMVSC_CHECK_EXIT(r, WrongSecret);
        r = run(unblock, lines({"my-PUK-123", "new-PIN-456"}));
        TPMVSC_CHECK_EXIT(r, Ok);
        r = run(QStringLiteral("status /instance 0"));
        QVERIFY2(r.out.contains("PIN tries left:    5 of 5"), qPrintable(r.text()));
        QVERIFY2(r.out.contains("Blocked:           no"), qPrintable(r.text()));
        TPMVSC_CHECK_EXIT(run(keygen, lines({"new-PIN-456"})), Ok);

        // A card without a PUK says so, without asking for one.
        const QString noPuk = create(QStringLiteral("/name n /adminkey default /generate "
                                                    "/adminresets 0"));
        expectRefused({QStringLiteral("unblock"), QStringLiteral("/instance"), noPuk}, {}, NotFound,
                      QStringLiteral("has no PUK"));
    }

    // A typed admin key whose 3DES parts repeat (single DES in effect) is refused with the
    // reason, before anything is made; the well-known default key typed in full is not (it
    // is what /AdminKey DEFAULT gives). `response` still answers for a weak key: cards
    // made with one before the rule must stay manageable.
    void weakAdminKeyRefusedWhenTyped()
    {
        const QString k1 = QStringLiteral("0123456789ABCDEF");
        const QString k2 = QStringLiteral("FEDCBA9876543210");
        const QStringList create{QStringLiteral("create"), QStringLiteral("/name"),
                                 QStringLiteral("weak"), QStringLiteral("/adminkey"),
                                 QStringLiteral("prompt")};
        expectRefused(create, (k1 + k1 + k2 + u'\n').toLatin1(), Invalid,
                      QStringLiteral("Digits 1-16 and 17-32 of the admin key are the same"));
        expectRefused(create, (k1 + k2 + k2 + u'\n').toLatin1(), Invalid,
                      QStringLiteral("Digits 17-32 and 33-48 of the admin key are the same"));
        // As groups of four, as people paste keys; the rule sees the bytes.
        expectRefused(create, "0123 4567 89AB CDEF FEDC BA98 7654 3210 FEDC BA98 7654 3210\n",
                      Invalid, QStringLiteral("single DES"));

        const QString id =
            this->create(QStringLiteral("/name typed-default /adminkey prompt /adminresets 0"),
                         (kDefaultKey + u'\n').toLatin1());
        QVERIFY(!id.isEmpty());

        const QString challenge = QStringLiteral("0011223344556677");
        const Result r = run({QStringLiteral("response"), QStringLiteral("/challenge"), challenge,
                              QStringLiteral("-q")},
                             (k1 + k1 + k2 + u'\n').toLatin1());
        TPMVSC_CHECK_EXIT(r, Ok);
        const Secret expected = computeAdminResponse(parseAdminKey(k1 + k1 + k2),
                                                     QByteArray::fromHex(challenge.toLatin1()));
        QCOMPARE(QString::fromLatin1(r.out.trimmed()),
                 formatGrouped(QByteArray(reinterpret_cast<const char*>(expected.data()),
                                          qsizetype(expected.size()))));
    }

    // The helpdesk side (`response`) and the user side (`resetpin`) agree, a response works
    // once, and a wrong one is refused.
    void resetPinWithResponse()
    {
        const QString id = create(QStringLiteral("/name r /adminkey prompt /pin prompt /generate "
                                                 "/adminresets 3"),
                                  (kOwnKey + QStringLiteral("\nfirst-PIN-1\n")).toLatin1());
        QVERIFY(!id.isEmpty());
        const QStringList resetpin{QStringLiteral("resetpin"), QStringLiteral("/instance"), id};

        QString challenge;
        Result r = answerChallenge(resetpin, kOwnKey, "reset-PIN-2\n", &challenge);
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("PIN reset"), qPrintable(r.text()));
        r = run({QStringLiteral("keygen"), QStringLiteral("/instance"), id, QStringLiteral("/key"),
                 QStringLiteral("p256")},
                lines({"reset-PIN-2"}));
        TPMVSC_CHECK_EXIT(r, Ok);

        // The next challenge differs; the old response is worthless for it.
        QString next;
        const Result oldResponse = run({QStringLiteral("response"), QStringLiteral("/challenge"),
                                        challenge, QStringLiteral("-q")},
                                       kOwnKey.toLatin1() + '\n');
        TPMVSC_CHECK_EXIT(oldResponse, Ok);
        r = answerChallenge(resetpin, kOwnKey, "reset-PIN-3\n", &next, oldResponse.out.trimmed());
        QVERIFY(next != challenge);
        TPMVSC_CHECK_EXIT(r, WrongSecret);

        // The default key's response is wrong for a card with its own key.
        r = answerChallenge(resetpin, QStringLiteral("DEFAULT"), "reset-PIN-3\n");
        TPMVSC_CHECK_EXIT(r, WrongSecret);

        r = run(QStringLiteral("status /instance 0"));
        QVERIFY2(r.out.contains("Admin resets left: 0"), qPrintable(r.text()));
        // No challenge left: said before anything is asked.
        r = run(resetpin);
        QVERIFY2(r.exitCode == 11 || r.exitCode == NotFound, qPrintable(r.text()));

        // A RANDOM admin key: no reset at all.
        const QString random = create(QStringLiteral("/name x /adminkey random /generate"));
        r = run({QStringLiteral("resetpin"), QStringLiteral("/instance"), random});
        QVERIFY2(r.exitCode != Ok && !r.out.contains("Challenge"), qPrintable(r.text()));
    }

    // Known answer: the well-known default key and a fixed challenge, as Windows tools compute.
    void responseCommand()
    {
        Result r = run({QStringLiteral("response"), QStringLiteral("/challenge"),
                        QStringLiteral("0000 0000 0000 0000")},
                       "DEFAULT\n");
        TPMVSC_CHECK_EXIT(r, Ok);
        const QByteArray viaDefault = r.out;
        r = run({QStringLiteral("response"), QStringLiteral("--challenge=0000000000000000")},
                kDefaultKey.toLatin1() + '\n');
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(r.out, viaDefault);
        QVERIFY2(QRegularExpression(QStringLiteral("^Response: [0-9A-F]{4}( [0-9A-F]{4}){3}\n$"))
                     .match(QString::fromLatin1(r.out))
                     .hasMatch(),
                 qPrintable(r.text()));
        // Needs no TPM at all.
        m_extraEnv.insert(QStringLiteral("TPMVSC_TCTI"), QStringLiteral("swtpm:port=1"));
        TPMVSC_CHECK_EXIT(run({QStringLiteral("response"), QStringLiteral("/challenge"),
                               QStringLiteral("0000000000000000")},
                              "DEFAULT\n"),
                          Ok);
        expectRefused({QStringLiteral("response"), QStringLiteral("/challenge"),
                       QStringLiteral("0000000000000000")},
                      "0102\n", Invalid, QStringLiteral("admin key"));
    }

    void initializeFileSystem()
    {
        const QString id = create(QStringLiteral("/name i /adminkey default /adminresets 2"));
        QVERIFY(!id.isEmpty());
        Result r = run(QStringLiteral("list"));
        QVERIFY2(r.out.contains(" no file system "), qPrintable(r.text()));
        r = answerChallenge({QStringLiteral("initialize"), QStringLiteral("/instance"), id},
                            kDefaultKey, QByteArray());
        TPMVSC_CHECK_EXIT(r, Ok);
        r = run(QStringLiteral("status /instance 0"));
        QVERIFY2(r.out.contains("File system:       yes"), qPrintable(r.text()));
        QVERIFY2(r.out.contains("Admin resets left: 1"), qPrintable(r.text()));
        expectRefused({QStringLiteral("initialize"), QStringLiteral("/instance"), id}, {}, Invalid,
                      QStringLiteral("already has a file system"));
    }

    void keygenSignExportVerifiedByOpenssl_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<bool>("pss");
        QTest::newRow("rsa2048 pkcs1")
            << QStringLiteral("rsa2048") << QStringLiteral("sha256") << false;
        QTest::newRow("rsa2048 pss")
            << QStringLiteral("rsa2048") << QStringLiteral("sha384") << true;
        QTest::newRow("p256") << QStringLiteral("p256") << QStringLiteral("sha256") << false;
        QTest::newRow("p384") << QStringLiteral("p384") << QStringLiteral("sha512") << false;
    }

    void keygenSignExportVerifiedByOpenssl()
    {
        if (!haveOpenssl())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        QFETCH(QString, algorithm);
        QFETCH(QString, hash);
        QFETCH(bool, pss);
        const QString id =
            create(QStringLiteral("/name k /adminkey default /generate /adminresets 0"));
        QVERIFY(!id.isEmpty());
        Result r = run({QStringLiteral("keygen"), QStringLiteral("/instance"), id,
                        QStringLiteral("/key"), algorithm, QStringLiteral("/label"),
                        QStringLiteral("my key"), QStringLiteral("/quiet")},
                       lines({"12345678"}));
        TPMVSC_CHECK_EXIT(r, Ok);
        const QString keyId = QString::fromLatin1(r.out).trimmed();

        const QString data = m_dir->filePath(QStringLiteral("data.txt"));
        {
            QFile f(data);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("The quick brown fox signs with a TPM virtual smart card.\n");
        }
        const QString sig = m_dir->filePath(QStringLiteral("data.sig"));
        QStringList sign{QStringLiteral("sign"),
                         QStringLiteral("/instance"),
                         id,
                         QStringLiteral("/key"),
                         QStringLiteral("my key"),
                         QStringLiteral("/in"),
                         data,
                         QStringLiteral("/out"),
                         sig,
                         QStringLiteral("/hash"),
                         hash};
        if (pss)
            sign << QStringLiteral("/pss");
        r = run(sign, lines({"12345678"}));
        TPMVSC_CHECK_EXIT(r, Ok);

        // PEM to stdout (no /out), by unique ID prefix.
        r = run({QStringLiteral("export"), QStringLiteral("/instance"), id, QStringLiteral("/key"),
                 keyId.left(6)});
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.startsWith("-----BEGIN PUBLIC KEY-----\n"), qPrintable(r.text()));
        const QString pem = m_dir->filePath(QStringLiteral("key.pem"));
        {
            QFile f(pem);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out);
        }
        QStringList opts{QLatin1Char('-') + hash};
        if (pss) {
            opts << QStringLiteral("-sigopt") << QStringLiteral("rsa_padding_mode:pss")
                 << QStringLiteral("-sigopt") << QStringLiteral("rsa_pss_saltlen:-1");
        }
        QString output;
        QVERIFY2(opensslVerifies(opts, pem, sig, data, &output), qPrintable(output));

        // A digest computed elsewhere (/digest) gives a signature openssl verifies too.
        QCryptographicHash::Algorithm qtHash =
            hash == QLatin1String("sha256")   ? QCryptographicHash::Sha256
            : hash == QLatin1String("sha384") ? QCryptographicHash::Sha384
                                              : QCryptographicHash::Sha512;
        QFile in(data);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString digest = m_dir->filePath(QStringLiteral("data.digest"));
        {
            QFile f(digest);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QCryptographicHash::hash(in.readAll(), qtHash));
        }
        const QString sig2 = m_dir->filePath(QStringLiteral("data2.sig"));
        QStringList sign2{QStringLiteral("sign"),
                          QStringLiteral("/instance"),
                          id,
                          QStringLiteral("/key"),
                          keyId,
                          QStringLiteral("/digest"),
                          digest,
                          QStringLiteral("/out"),
                          sig2,
                          QStringLiteral("--hash"),
                          hash};
        if (pss)
            sign2 << QStringLiteral("--pss");
        TPMVSC_CHECK_EXIT(run(sign2, lines({"12345678"})), Ok);
        QVERIFY2(opensslVerifies(opts, pem, sig2, data, &output), qPrintable(output));

        // DER export to a file is the same key.
        const QString der = m_dir->filePath(QStringLiteral("key.der"));
        TPMVSC_CHECK_EXIT(
            run({QStringLiteral("export"), QStringLiteral("/instance"), id, QStringLiteral("/key"),
                 keyId, QStringLiteral("/out"), der, QStringLiteral("/der")}),
            Ok);
        QVERIFY2(
            opensslVerifies(opts + QStringList{QStringLiteral("-keyform"), QStringLiteral("DER")},
                            der, sig, data, &output),
            qPrintable(output));

        // keys lists it; delkey by label removes it.
        r = run({QStringLiteral("keys"), QStringLiteral("/instance"), id});
        QVERIFY2(r.out.contains(keyId.toLatin1()) && r.out.contains(algorithm.toLatin1()) &&
                     r.out.contains("my key"),
                 qPrintable(r.text()));
        TPMVSC_CHECK_EXIT(run({QStringLiteral("delkey"), QStringLiteral("/instance"), id,
                               QStringLiteral("/key"), QStringLiteral("my key")},
                              lines({"12345678"})),
                          Ok);
        r = run({QStringLiteral("keys"), QStringLiteral("/instance"), id, QStringLiteral("-q")});
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.text()));
    }

    // list, status, keys and export read the store only: they work with no TPM reachable.
    void storeOnlyCommandsNeedNoTpm()
    {
        const QString id =
            create(QStringLiteral("/name s /adminkey default /generate /adminresets 0"));
        Result r = run({QStringLiteral("keygen"), QStringLiteral("/instance"), id,
                        QStringLiteral("/key"), QStringLiteral("p256"), QStringLiteral("-q")},
                       lines({"12345678"}));
        TPMVSC_CHECK_EXIT(r, Ok);
        const QString keyId = QString::fromLatin1(r.out).trimmed();
        m_extraEnv.insert(QStringLiteral("TPMVSC_TCTI"), QStringLiteral("swtpm:port=1"));
        TPMVSC_CHECK_EXIT(run(QStringLiteral("list")), Ok);
        TPMVSC_CHECK_EXIT(run(QStringLiteral("status /instance 0")), Ok);
        TPMVSC_CHECK_EXIT(run(QStringLiteral("keys /instance 0")), Ok);
        TPMVSC_CHECK_EXIT(run(QStringLiteral("export /instance 0 /key ") + keyId), Ok);
        // A command that needs it says so before asking for any secret.
        expectRefused({QStringLiteral("keygen"), QStringLiteral("/instance"), id}, {}, NoTpm,
                      QStringLiteral("swtpm:port=1"));
    }

    // "Bad input gets a clear error and changes nothing": each case, its exit code,
    // its message, and the store's bytes unchanged.
    void badInputChangesNothing()
    {
        const QString id =
            create(QStringLiteral("/name good /adminkey default /pin prompt /puk default /generate "
                                  "/pinpolicy minlen 8 maxlen 12 digits REQUIRED /adminresets 1"),
                   lines({"abcdefg1"}));
        QVERIFY(!id.isEmpty());
        const QString gone = create(QStringLiteral("/name gone /adminkey default /adminresets 0"));
        TPMVSC_CHECK_EXIT(run({QStringLiteral("destroy"), QStringLiteral("/instance"), gone}), Ok);
        const auto args = [](const QString& line) {
            return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        const QByteArray none;

        // The command line itself.
        expectRefused(args(QStringLiteral("create /name x /adminkey default /colour red")), none,
                      Usage, QStringLiteral("Unknown option /colour"));
        expectRefused(args(QStringLiteral("create /adminkey default /name")), none, Usage,
                      QStringLiteral("/name needs a value"));
        expectRefused(args(QStringLiteral("create /name x /adminkey default /pin 12345678")), none,
                      Usage, QStringLiteral("never taken from the command line"));
        expectRefused(args(QStringLiteral("sign /instance 0 /key ab12 /in x /out y /machine pc1")),
                      none, Usage, QStringLiteral("ssh -t pc1"));
        // /machine to a host ssh cannot reach: ssh says why, then tpmvscmgr; no card here.
        const StoreSnapshot before = StoreSnapshot::take(m_store);
        const Result unreachable =
            run(QStringLiteral("create /name x /adminkey default /machine pc1.invalid"));
        QVERIFY2(unreachable.exitCode == 14, qPrintable(unreachable.text()));
        QVERIFY2(unreachable.err.contains("tpmvscmgr: pc1.invalid could not be reached over ssh"),
                 qPrintable(unreachable.text()));
        QVERIFY(StoreSnapshot::take(m_store) == before);
        // An attestation CA needs its address (the rest: test_attestation_ca).
        expectRefused(
            args(QStringLiteral("create /name x /adminkey default /attestation AIK_AND_CERT")),
            none, Usage, QStringLiteral("/attestationca URL"));
        expectRefused(args(QStringLiteral("create /name x /adminkey default /attestation maybe")),
                      none, Usage, QStringLiteral("AIK_ONLY or AIK_AND_CERT"));
        expectRefused(args(QStringLiteral("frobnicate")), none, Usage,
                      QStringLiteral("Unknown command"));

        // Values typed on stdin.
        expectRefused(args(QStringLiteral("create /name x /adminkey prompt")), "0102030405\n",
                      Invalid, QStringLiteral("admin key"));
        expectRefused(args(QStringLiteral("create /name x /adminkey prompt")),
                      "01020304050607080102030405060708010203040506070Z\n", Invalid,
                      QStringLiteral("admin key"));
        expectRefused(args(QStringLiteral("create /name x /adminkey default /pin prompt "
                                          "/pinpolicy digits REQUIRED")),
                      "abcdefgh\n", Invalid, QStringLiteral("digit"));
        expectRefused(args(QStringLiteral("create /name x /adminkey default /pin prompt")),
                      QByteArray(128, 'a') + '\n', Invalid, QStringLiteral("PIN"));
        expectRefused(args(QStringLiteral("create /name x /adminkey default /pin prompt")),
                      "p\xc3\xa4sswort1\n", Invalid, QStringLiteral("PIN"));
        expectRefused(
            args(QStringLiteral("create /name x /adminkey default /pin prompt /puk prompt")),
            "goodPIN123\nshort\n", Invalid, QStringLiteral("PUK"));
        expectRefused(args(QStringLiteral("create /name x /adminkey default "
                                          "/pinpolicy uppercase REQUIRED")),
                      none, Invalid, QStringLiteral("default PIN"));
        expectRefused(args(QStringLiteral("create /name x /adminkey default /pin prompt")), none,
                      Invalid, QStringLiteral("End of input before the new PIN"));
        expectRefused({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                      lines({"abcdefg1", "abcdefgh"}), Invalid, QStringLiteral("digit"));
        expectRefused({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                      lines({"abcdefg1", "abcdefghijk123"}), Invalid, QStringLiteral("long"));
        expectRefused({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                      lines({"abcdefg1"}), Invalid, QStringLiteral("End of input"));
        const QString missing = m_dir->filePath(QStringLiteral("missing.txt"));
        expectRefused({QStringLiteral("sign"), QStringLiteral("/instance"), id,
                       QStringLiteral("/key"), QStringLiteral("abcd"), QStringLiteral("/in"),
                       missing, QStringLiteral("/out"), m_dir->filePath(QStringLiteral("s"))},
                      lines({"abcdefg1"}), Invalid, missing);

        // Cards that are not there.
        expectRefused(args(QStringLiteral("status /instance 42")), none, NotFound,
                      QStringLiteral("0042"));
        expectRefused(args(QStringLiteral("changepin /instance 42")), lines({"a", "b"}), NotFound,
                      QStringLiteral("0042"));
        expectRefused({QStringLiteral("destroy"), QStringLiteral("/instance"), gone}, none,
                      NotFound, gone);
        expectRefused({QStringLiteral("keygen"), QStringLiteral("/instance"), gone},
                      lines({"12345678"}), NotFound, gone);
        expectRefused({QStringLiteral("export"), QStringLiteral("/instance"), id,
                       QStringLiteral("/key"), QStringLiteral("nosuchkey")},
                      none, NotFound, QStringLiteral("nosuchkey"));
    }

    void blockedCardChangesNothing()
    {
        const QString id = create(QStringLiteral("/name b /adminkey default /pintries 2 "
                                                 "/generate /adminresets 0"));
        QVERIFY(!id.isEmpty());
        const QStringList keygen{QStringLiteral("keygen"), QStringLiteral("/instance"), id};
        TPMVSC_CHECK_EXIT(run(keygen, lines({"wrong-pin"})), WrongSecret);
        TPMVSC_CHECK_EXIT(run(keygen, lines({"wrong-pin"})), BlockedCard);
        // From now on refused before any PIN is read, with the store untouched.
        expectRefused(keygen, lines({"12345678"}), BlockedCard, QStringLiteral("blocked"));
        expectRefused({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                      lines({"12345678", "87654321"}), BlockedCard, QStringLiteral("blocked"));
        expectRefused({QStringLiteral("unblock"), QStringLiteral("/instance"), id},
                      lines({"12345678", "87654321"}), NotFound, QStringLiteral("no PUK"));
    }

    void damagedStoreChangesNothing()
    {
        const QString id =
            create(QStringLiteral("/name d /adminkey default /generate /adminresets 0"));
        QVERIFY(!id.isEmpty());
        const QString file = cardFile(id);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();

        // Truncated.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original.left(original.size() / 2));
        f.close();
        expectRefused(QStringList{QStringLiteral("status"), QStringLiteral("/instance"), id}, {},
                      Store, QString());
        expectRefused({QStringLiteral("keygen"), QStringLiteral("/instance"), id},
                      lines({"12345678"}), Store, QString());
        Result r = run(QStringLiteral("list"));
        TPMVSC_CHECK_EXIT(r, Store); // the damaged card shows, and the exit code says so
        QVERIFY2(r.out.contains("unreadable"), qPrintable(r.text()));

        // Tampered: valid JSON, a field changed.
        QByteArray tampered = original;
        tampered.replace("\"pinTriesLeft\": 5", "\"pinTriesLeft\": 50");
        QVERIFY(tampered != original);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(tampered);
        f.close();
        expectRefused({QStringLiteral("status"), QStringLiteral("/instance"), id}, {}, Store,
                      QString());

        // Loose permissions.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(original);
        f.close();
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        expectRefused({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                      lines({"12345678", "87654321"}), Store, QString());
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0600) == 0);
        TPMVSC_CHECK_EXIT(run({QStringLiteral("status"), QStringLiteral("/instance"), id}), Ok);
    }

    void tpmGoneChangesNothing()
    {
        const QString id =
            create(QStringLiteral("/name t /adminkey default /generate /adminresets 0"));
        QVERIFY(!id.isEmpty());
        m_swtpm->kill();
        expectRefused({QStringLiteral("keygen"), QStringLiteral("/instance"), id},
                      lines({"12345678"}), NoTpm, QString());
        expectRefused({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                      lines({"12345678", "87654321"}), NoTpm, QString());
        expectRefused(QStringList{QStringLiteral("create"), QStringLiteral("/name"),
                                  QStringLiteral("x"), QStringLiteral("/adminkey"),
                                  QStringLiteral("default")},
                      {}, NoTpm, QString());
        m_swtpm->start();
        TPMVSC_CHECK_EXIT(run({QStringLiteral("keygen"), QStringLiteral("/instance"), id,
                               QStringLiteral("/key"), QStringLiteral("p256")},
                              lines({"12345678"})),
                          Ok);
    }

    // Two processes on one card: the second waits TPMVSC_LOCK_TIMEOUT_MS, then gives up
    // with "busy" and touches nothing.
    void twoProcessesOnOneCard()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("flock")).isEmpty())
            TPMVSC_SKIP_OR_FAIL("flock(1) not installed");
        const QString id =
            create(QStringLiteral("/name l /adminkey default /generate /adminresets 0"));
        QVERIFY(!id.isEmpty());
        const QString locks = m_store + QStringLiteral("/locks");
        QDir().mkpath(locks);
        ::chmod(QFile::encodeName(locks).constData(), 0700);
        const QString lockFile = locks + QStringLiteral("/%1.lock").arg(id.right(4));

        // -o: only flock itself holds the lock, so killing it releases the card at once.
        QProcess holder;
        holder.setStandardOutputFile(QProcess::nullDevice());
        holder.setStandardErrorFile(QProcess::nullDevice());
        holder.start(QStringLiteral("flock"), {QStringLiteral("-o"), lockFile,
                                               QStringLiteral("sleep"), QStringLiteral("5")});
        QVERIFY(holder.waitForStarted());
        const auto held = [&lockFile] {
            return QProcess::execute(QStringLiteral("flock"),
                                     {QStringLiteral("-n"), QStringLiteral("-E"),
                                      QStringLiteral("99"), lockFile, QStringLiteral("true")}) ==
                   99;
        };
        QTRY_VERIFY_WITH_TIMEOUT(held(), 5000);
        m_extraEnv.insert(QStringLiteral("TPMVSC_LOCK_TIMEOUT_MS"), QStringLiteral("300"));
        expectRefused({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                      lines({"12345678", "87654321"}), Busy, QString());
        expectRefused({QStringLiteral("destroy"), QStringLiteral("/instance"), id}, {}, Busy,
                      QString());
        holder.kill();
        holder.waitForFinished();
        TPMVSC_CHECK_EXIT(run({QStringLiteral("changepin"), QStringLiteral("/instance"), id},
                              lines({"12345678", "87654321"})),
                          Ok);
    }

    void helpAndVersion()
    {
        Result r = run(QStringLiteral("/?"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("Exit status:"), qPrintable(r.text()));
        r = run(QStringLiteral("create --help"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.startsWith("Usage: tpmvscmgr create"), qPrintable(r.text()));
        r = run(QStringLiteral("--version"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.startsWith("tpmvscmgr "), qPrintable(r.text()));
        r = run(QStringList());
        TPMVSC_CHECK_EXIT(r, Usage);
        QVERIFY2(r.err.contains("Help: tpmvscmgr /?"), qPrintable(r.text()));
    }

    // tpmvscmgr speaks --lang, else the system's language, else English: core's sentences
    // (with the tries left) and its own words alike; exit codes stay what they are.
    void messagesInTheUsersLanguage()
    {
        const QString id =
            create(QStringLiteral("/name l /adminkey default /generate /adminresets 0"));
        const QStringList keygen{QStringLiteral("keygen"), QStringLiteral("/instance"), id,
                                 QStringLiteral("/key"), QStringLiteral("p256")};
        Result r = run(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + keygen,
                       lines({"wrong-pin"}));
        TPMVSC_CHECK_EXIT(r, WrongSecret);
        QCOMPARE(errorLine(r),
                 QStringLiteral("Falsche PIN. Noch 4 Versuche, bevor die Karte gesperrt wird."));

        m_extraEnv.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ja"));
        r = run(QStringLiteral("status /instance 9"));
        TPMVSC_CHECK_EXIT(r, NotFound);
        QCOMPARE(errorLine(r), QStringLiteral("カード ROOT\\SMARTCARDREADER\\0009 はありません。"));
        r = run(QStringLiteral("create /name x /adminkey default /pinpolicy minlen 3"));
        TPMVSC_CHECK_EXIT(r, Usage);
        QVERIFY2(errorLine(r).startsWith(QStringLiteral("/pinpolicy: PIN の最小長を 4 未満")),
                 qPrintable(r.text()));

        // --lang wins over the system's language; a language we do not have is refused.
        r = run(QStringLiteral("--lang en status /instance 9"));
        TPMVSC_CHECK_EXIT(r, NotFound);
        QCOMPARE(errorLine(r), QStringLiteral("There is no card ROOT\\SMARTCARDREADER\\0009."));
        r = run(QStringLiteral("--lang xx list"));
        TPMVSC_CHECK_EXIT(r, Usage);
        QVERIFY2(r.err.contains("de, en, ja"), qPrintable(r.text())); // in Japanese: LANGUAGE=ja
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"

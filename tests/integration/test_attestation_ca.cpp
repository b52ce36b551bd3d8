// AIK_AND_CERT end to end: swtpm manufactured with an EK certificate by swtpm_setup (its
// local CA is the endorsement root), the built tpmvsc-attestca on a free loopback port,
// and tpmvscmgr creating cards whose AIK the CA certifies by credential activation. The
// AIK certificate is read back by openssl (not by our code), evidence carries it in x5c
// and verifies to the CA's certificate. Refusals leave no card and no AIK: an EK from a
// root the CA does not trust, an unreachable CA, a TPM without EK certificate, a CA
// answer that no TPM could open. The TPM dies at each command of giving a card a
// certified AIK: the card file stays as it was.
#include "services/AttestationCaClient.h"
#include "tests/support/AttestationCaProcess.h"
#include "tests/support/CardTestCase.h"
#include "tests/support/ExitStatus.h"
#include "tests/support/ExpectError.h"
#include "tests/support/FileBytes.h"
#include "tests/support/KillAtEachCommand.h"
#include "tests/support/ProcessRun.h"

#include "core/store/CardStore.h"
#include "core/tpm/Tpm.h"
#include "enroll/MakeCredential.h"
#include "enroll/TpmStructures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

using namespace tpmvsc::test::exitStatus;

const QByteArray kPin = "12345678\n";

QByteArray pem(const QByteArray& der)
{
    return "-----BEGIN CERTIFICATE-----\n" + der.toBase64() + "\n-----END CERTIFICATE-----\n";
}

// A certifier whose CA answers a challenge no TPM can open for this AIK: junk of the wrong
// shape, or a real TPM2_MakeCredential to this TPM's EK but for another object's Name (a
// man in the middle swapping in an AIK of his own).
class ForgedChallenge : public AikCertifier
{
public:
    explicit ForgedChallenge(bool forAnotherName) : m_forAnotherName(forAnotherName) {}
    CredentialChallenge challenge(const AikCertificationRequest& request) override
    {
        if (m_forAnotherName) {
            QByteArray name = tpm2::nameOf(tpm2::parsePublic(request.aikPublic));
            name[name.size() - 1] = char(name[name.size() - 1] ^ 1);
            return makeCredential(request.ekPublic, name, Secret::random(32));
        }
        CredentialChallenge c;
        c.credentialBlob = QByteArray::fromHex("0044") + QByteArray(0x44, '\x5a');
        c.encryptedSecret = QByteArray::fromHex("0100") + QByteArray(0x100, '\x11');
        return c;
    }
    QList<QByteArray> certificateChain(const Secret&) override
    {
        throw std::logic_error("the TPM opened a forged challenge");
    }
    QString authority() const override { return QStringLiteral("forged"); }

private:
    bool m_forAnotherName;
};

} // namespace

class TestAttestationCa : public CardTestCase
{
    Q_OBJECT

    QTemporaryDir m_files;
    QString m_roots;
    std::unique_ptr<AttestationCaProcess> m_ca;

    QString file(const QString& name) const { return m_files.filePath(name); }

    ProcessResult cli(const QString& line, const QByteArray& input = QByteArray())
    {
        return m_env->tpmvscmgr(m_swtpm->tcti(), file(QStringLiteral("config")), line, input);
    }

    // A command that must fail with `code`, say `message`, and change no byte of the store.
    void expectRefused(const QString& line, const QByteArray& input, int code,
                       const QString& message)
    {
        const StoreSnapshot before = m_env->snapshot();
        const int issued = int(m_ca->logLines().size());
        const ProcessResult r = cli(line, input);
        QVERIFY2(r.exitCode == code, qPrintable(line + QLatin1Char('\n') + r.text()));
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(message, Qt::CaseInsensitive),
                 qPrintable(line + QLatin1Char('\n') + r.text()));
        const StoreSnapshot after = m_env->snapshot();
        QVERIFY2(before == after, qPrintable(before.diff(after)));
        QVERIFY(m_ca->logLines().size() <= issued + 1); // at most the one it sealed
    }

    // The AIK certificate of evidence or a card, checked by openssl: the TCG profile.
    void checkAikCertificateWithOpenssl(const QByteArray& der)
    {
        writeFile(file(QStringLiteral("aik-cert.pem")), pem(der));
        const ProcessResult text =
            runProcess(QStringLiteral("openssl"),
                       {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                        QStringLiteral("-in"), file(QStringLiteral("aik-cert.pem"))});
        QVERIFY2(text.exitCode == 0, qPrintable(text.text()));
        const QByteArray out = text.out;
        QVERIFY2(out.contains("Subject: \n") || out.contains("Subject:\n"), out.constData());
        QVERIFY2(out.contains("CA:FALSE"), out.constData());
        QVERIFY2(out.contains("2.23.133.8.3"), out.constData());
        QVERIFY2(out.contains("X509v3 Subject Alternative Name: critical"), out.constData());
        // The TPM's identity, as swtpm reports it (TPM_PT_MANUFACTURER "IBM").
        QVERIFY2(out.contains("2.23.133.2.1") && out.contains("id:49424D00"), out.constData());
        QVERIFY2(out.contains("2.23.133.2.2") && out.contains("2.23.133.2.3"), out.constData());
        QVERIFY2(out.contains("Test Attestation CA"), out.constData());
        // And it chains to the CA's certificate, in openssl's judgement.
        const ProcessResult verified =
            runProcess(QStringLiteral("openssl"),
                       {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_ca->caCertificate(),
                        file(QStringLiteral("aik-cert.pem"))});
        QVERIFY2(verified.exitCode == 0 && verified.out.contains("OK"),
                 qPrintable(verified.text()));
    }

    QJsonObject cardJson(int instance)
    {
        return QJsonDocument::fromJson(
                   readFile(
                       m_env->store.root() +
                       QStringLiteral("/cards/%1.card").arg(instance, 4, 10, QLatin1Char('0'))))
            .object();
    }

private Q_SLOTS:
    // One TPM for the binary, manufactured with an EK certificate; one CA that trusts its
    // vendor's root.
    void initTestCase()
    {
        m_swtpm = std::make_unique<SwtpmFixture>();
        m_roots = m_swtpm->manufactureWithEkCertificate();
        m_ca = std::make_unique<AttestationCaProcess>(m_roots);
    }

    void cleanupTestCase() { m_ca.reset(); }

    void createWithCertifiedAik()
    {
        const int issued = int(m_ca->logLines().size());
        const ProcessResult made =
            cli(QStringLiteral("create /name Att /adminkey default /generate "
                               "/adminresets 1 /quiet /attestation "
                               "AIK_AND_CERT /attestationca ") +
                m_ca->url());
        QVERIFY2(made.exitCode == kOk, qPrintable(made.text() + m_ca->output()));
        const int instance = 0;
        // One log line for the one certificate.
        const QStringList log = m_ca->logLines();
        QCOMPARE(log.size(), issued + 1);

        const ProcessResult status = cli(QStringLiteral("status /instance 0"));
        QVERIFY2(status.out.contains("yes, certified by " + m_ca->url().toUtf8()),
                 qPrintable(status.text()));
        const QJsonObject aik = cardJson(instance).value(QLatin1String("aik")).toObject();
        QCOMPARE(aik.value(QLatin1String("authority")).toString(), m_ca->url());
        const QJsonArray certificates = aik.value(QLatin1String("certificates")).toArray();
        QCOMPARE(certificates.size(), 2); // the AIK's and the CA's
        checkAikCertificateWithOpenssl(QByteArray::fromHex(certificates[0].toString().toLatin1()));

        // Evidence carries the chain in x5c and verifies to the CA's certificate alone.
        QVERIFY(cli(QStringLiteral("keygen /instance 0 /key p256 /label k"), kPin).exitCode == kOk);
        const QString evidence = file(QStringLiteral("ev.json"));
        const ProcessResult attested = cli(
            QStringLiteral("attest /instance 0 /key k /nonce 0102030405060708 /out ") + evidence,
            kPin);
        QVERIFY2(attested.exitCode == kOk, qPrintable(attested.text()));
        const QJsonObject json = QJsonDocument::fromJson(readFile(evidence)).object();
        const QJsonArray x5c = json.value(QLatin1String("x5c")).toArray();
        QCOMPARE(x5c.size(), 2);
        QCOMPARE(QByteArray::fromBase64(x5c[0].toString().toLatin1()),
                 QByteArray::fromHex(certificates[0].toString().toLatin1()));
        QVERIFY(json.contains(QLatin1String("ekCertificate")));
        const ProcessResult verified =
            cli(QStringLiteral("verifyattestation /in ") + evidence + QStringLiteral(" /roots ") +
                m_ca->caCertificate() + QStringLiteral(" /nonce 0102030405060708"));
        QVERIFY2(verified.exitCode == kOk, qPrintable(verified.text()));
        // Another CA's roots are refused: the chain is what the verifier trusts.
        const ProcessResult foreign =
            cli(QStringLiteral("verifyattestation /in ") + evidence + QStringLiteral(" /roots ") +
                m_roots + QStringLiteral("/root.pem"));
        QVERIFY2(foreign.exitCode == kEvidenceRefused, qPrintable(foreign.text()));

        // A certificate request carries the chain too: a CA needs no AIK of its own.
        const QString csr = file(QStringLiteral("a.csr"));
        const ProcessResult requested =
            cli(QStringLiteral("request /instance 0 /template clientauth /subject CN=Alice "
                               "/key p256 /attest /out ") +
                    csr,
                kPin);
        QVERIFY2(requested.exitCode == kOk, qPrintable(requested.text()));
        const ProcessResult checked = cli(QStringLiteral("verifyattestation /request ") + csr +
                                          QStringLiteral(" /roots ") + m_ca->caCertificate());
        QVERIFY2(checked.exitCode == kOk, qPrintable(checked.text()));
    }

    void addCertifiedAikToPlainCard()
    {
        QVERIFY(cli(QStringLiteral("create /name Plain /adminkey default /generate /adminresets 1 "
                                   "/quiet"))
                    .exitCode == kOk);
        const ProcessResult added = cli(QStringLiteral("attestation /instance 0 /add AIK_AND_CERT "
                                                       "/attestationca ") +
                                            m_ca->url(),
                                        kPin);
        QVERIFY2(added.exitCode == kOk, qPrintable(added.text()));
        QVERIFY2(added.out.contains("certified by"), qPrintable(added.text()));
        const QJsonObject aik = cardJson(0).value(QLatin1String("aik")).toObject();
        QCOMPARE(aik.value(QLatin1String("certificates")).toArray().size(), 2);
        // A wrong PIN is refused by the TPM before the CA is asked.
        const int issued = int(m_ca->logLines().size());
        QVERIFY(cli(QStringLiteral("create /name Other /adminkey default /generate /adminresets "
                                   "1 /quiet"))
                    .exitCode == kOk);
        const ProcessResult wrong =
            cli(QStringLiteral("attestation /instance 1 /add AIK_AND_CERT /attestationca ") +
                    m_ca->url(),
                "87654321\n");
        QVERIFY2(wrong.exitCode == kWrongPin, qPrintable(wrong.text()));
        QVERIFY(cardJson(1).value(QLatin1String("aik")).isNull());
        QCOMPARE(int(m_ca->logLines().size()), issued);
    }

    void refusals()
    {
        QVERIFY(cli(QStringLiteral("create /name Plain /adminkey default /generate /adminresets 1 "
                                   "/quiet"))
                    .exitCode == kOk);
        const QString create =
            QStringLiteral("create /name New /adminkey default /generate /adminresets 1 "
                           "/attestation AIK_AND_CERT /attestationca ");
        const QString add = QStringLiteral("attestation /instance 0 /add AIK_AND_CERT "
                                           "/attestationca ");
        // The command line: no address, an address without AIK_AND_CERT, not a URL.
        expectRefused(QStringLiteral("create /name New /adminkey default /attestation "
                                     "AIK_AND_CERT"),
                      {}, kUsage, QStringLiteral("/attestationca"));
        expectRefused(QStringLiteral("create /name New /adminkey default /attestation AIK_ONLY "
                                     "/attestationca ") +
                          m_ca->url(),
                      {}, kUsage, QStringLiteral("goes with AIK_AND_CERT"));
        expectRefused(create + QStringLiteral("ftp://127.0.0.1/"), {}, kInvalid,
                      QStringLiteral("not an http:// or https:// URL"));

        // A CA that trusts another vendor's roots refuses this TPM's EK certificate.
        QTemporaryDir otherRoots;
        QVERIFY(QFile::copy(m_ca->caCertificate(), otherRoots.filePath(QStringLiteral("x.pem"))));
        AttestationCaProcess strict(otherRoots.path());
        expectRefused(
            create + strict.url(), {}, kEvidenceRefused,
            QStringLiteral("EK certificate does not chain to a trusted endorsement root"));
        expectRefused(
            add + strict.url(), kPin, kEvidenceRefused,
            QStringLiteral("EK certificate does not chain to a trusted endorsement root"));
        QCOMPARE(strict.logLines().size(), 0);

        // Nobody listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        expectRefused(create + closed, {}, kUnreachable, QStringLiteral("could not be reached"));
    }

    // An administrator set a password on the endorsement hierarchy (tpm2_changeauth, as
    // tpm2-tools does it): the EK's policy cannot be satisfied, the card says why, and no
    // AIK is left on the card. The CA was asked (it cannot know), the TPM refused.
    void endorsementPasswordRefusedWithItsReason()
    {
        QVERIFY(cli(QStringLiteral("create /name Plain /adminkey default /generate /adminresets 1 "
                                   "/quiet"))
                    .exitCode == kOk);
        QProcessEnvironment tools;
        tools.insert(QStringLiteral("TPM2TOOLS_TCTI"), m_swtpm->tcti());
        const auto changeAuth = [&](const QStringList& args) {
            return runProcess(QStringLiteral("tpm2_changeauth"), args, tools);
        };
        QVERIFY(changeAuth({QStringLiteral("-c"), QStringLiteral("e"),
                            QStringLiteral("endorsement-secret")})
                    .exitCode == 0);
        expectRefused(QStringLiteral("attestation /instance 0 /add AIK_AND_CERT /attestationca ") +
                          m_ca->url(),
                      kPin, kUnsupported, QStringLiteral("endorsement hierarchy has a password"));
        m_env->tpm.reset();
        QVERIFY(changeAuth({QStringLiteral("-c"), QStringLiteral("e"), QStringLiteral("-p"),
                            QStringLiteral("endorsement-secret")})
                    .exitCode == 0);
        // With the password gone the same command works.
        QVERIFY(cli(QStringLiteral("attestation /instance 0 /add AIK_AND_CERT /attestationca ") +
                        m_ca->url(),
                    kPin)
                    .exitCode == kOk);
    }

    // A TPM without EK certificate (plain swtpm): no CA can tell it is a TPM.
    void tpmWithoutEkCertificate()
    {
        const QString other = m_swtpm->startOtherTpm();
        const StoreSnapshot before = StoreSnapshot::take(m_env->store.root());
        const ProcessResult r =
            m_env->tpmvscmgr(other, file(QStringLiteral("config")),
                             QStringLiteral("create /name New /adminkey default /attestation "
                                            "AIK_AND_CERT /attestationca ") +
                                 m_ca->url());
        QVERIFY2(r.exitCode == kUnsupported, qPrintable(r.text()));
        QVERIFY2(r.err.contains("no endorsement key certificate"), qPrintable(r.text()));
        QVERIFY2(before == m_env->snapshot(), "a card was left behind");
    }

    // A challenge no TPM could open for this AIK: a malformed one is refused before the
    // TPM sees it, one made for another object's Name by the TPM; nothing is left either way.
    void forgedChallengeLeavesNoCard_data()
    {
        QTest::addColumn<bool>("forAnotherName");
        QTest::addColumn<int>("code");
        QTest::newRow("malformed") << false << int(ErrorCode::InvalidInput);
        QTest::newRow("another name") << true << int(ErrorCode::EvidenceRefused);
    }

    void forgedChallengeLeavesNoCard()
    {
        QFETCH(bool, forAnotherName);
        QFETCH(int, code);
        const StoreSnapshot before = m_env->snapshot();
        ForgedChallenge forged(forAnotherName);
        CreateOptions o = basicCardOptions(QStringLiteral("Forged"));
        o.attestationKey = true;
        o.attestationCa = &forged;
        TPMVSC_EXPECT_ERROR(m_env->service.create(o), ErrorCode(code));
        QVERIFY2(before == m_env->snapshot(), "a card was left behind");
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        // The TPM is as well as before.
        QCOMPARE(m_env->service.create(basicCardOptions(QStringLiteral("After"))), 0);
    }

    // What AIK_AND_CERT costs, for bench/README.md (printed, not asserted: timing belongs
    // to the benchmark): creation with a certified AIK against plain creation, and an
    // attestation by the certified AIK.
    void figures()
    {
        AttestationCaClient client(m_ca->url());
        const auto measure = [this](const char* what, const std::function<void()>& run) {
            QElapsedTimer timer;
            timer.start();
            const std::uint64_t start = m_env->tpm->commandsSent();
            run();
            qInfo("%s: %llu TPM commands, %lld ms on swtpm", what,
                  static_cast<unsigned long long>(m_env->tpm->commandsSent() - start),
                  static_cast<long long>(timer.elapsed()));
        };
        int plain = -1;
        int certified = -1;
        measure("create",
                [&] { plain = m_env->service.create(basicCardOptions(QStringLiteral("Plain"))); });
        measure("create /attestation AIK_AND_CERT (CA on loopback)", [&] {
            CreateOptions o = basicCardOptions(QStringLiteral("Certified"));
            o.attestationKey = true;
            o.attestationCa = &client;
            certified = m_env->service.create(o);
        });
        QVERIFY(!m_env->service.status(certified).attestationAuthority.isEmpty());
        QVERIFY(!m_env->service.status(plain).attestationKey);
        const KeyInfo key =
            m_env->service.generateKey(certified, pin("12345678"), KeyAlgorithm::EccP256, {});
        KeyAttestation attestation;
        measure("attest", [&] {
            attestation = m_env->service.attestKey(certified, pin("12345678"), key.id, {});
        });
        QCOMPARE(attestation.aikCertificates.size(), 2);
        QVERIFY(!attestation.ekCertificate.isEmpty());
    }

    // The TPM dies before each command of giving a card a certified AIK: each run fails and
    // leaves the card file byte for byte as it was.
    void tpmDyingAtAnyStepLeavesTheCardAsItWas()
    {
        const int card = m_env->service.create(basicCardOptions(QStringLiteral("Killed")));
        AttestationCaClient client(m_ca->url());
        const std::function<void(CardService&)> run = [&](CardService& s) {
            s.addAttestationKey(card, pin("12345678"), &client);
        };
        QElapsedTimer timer;
        timer.start();
        const std::uint64_t start = m_env->tpm->commandsSent();
        {
            // Once on a copy of the card, for the figures.
            CardRecord copy = m_env->store.load(card);
            run(m_env->service);
            m_env->store.save(copy);
        }
        qInfo("attestation /add AIK_AND_CERT: %llu TPM commands, %lld ms on swtpm with the CA "
              "on loopback",
              static_cast<unsigned long long>(m_env->tpm->commandsSent() - start),
              static_cast<long long>(timer.elapsed()));
        const KillAtEachCommandResult r =
            killTpmAtEachCommand(*m_env, *m_swtpm, run, AfterCompleted::Restore);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QVERIFY(r.commands > 10);
        QVERIFY(r.completed <= 3);
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        CardService s(*m_env->tpm, m_env->store);
        QVERIFY(!s.status(card).attestationKey);
        s.verifyPin(card, pin("12345678"));
        QCOMPARE(s.status(card).pinTriesLeft, 5);
    }
};

QTEST_GUILESS_MAIN(TestAttestationCa)
#include "test_attestation_ca.moc"

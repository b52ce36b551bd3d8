// Credential activation with independent peers: a swtpm whose EK and EK certificate
// swtpm_setup made, AIKs made by tpm2-tools, and tpm2_activatecredential (not our code)
// recovering what our software TPM2_MakeCredential made. Then the whole CA: the built
// tpmvsc-attestca on a loopback port driven by AttestationCaClient, the certificate it
// issues read by `openssl x509`, and each refusal: an EK from an untrusted root, an AIK
// that is not restricted, an EK public area that is not the certificate's, a CA that
// cannot be reached, a server that answers junk, a wrong credential.
#include "core/util/Error.h"
#include "enroll/AikCertificationWire.h"
#include "enroll/MakeCredential.h"
#include "enroll/TpmStructures.h"
#include "services/AttestationCaClient.h"
#include "tests/support/AttestationCaProcess.h"
#include "tests/support/EndorsedSwtpm.h"
#include "tests/support/FileBytes.h"
#include "tests/support/ProcessRun.h"
#include "tests/support/SwtpmFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;
using namespace Qt::StringLiterals;

namespace {

const QString kRsaEk = u"0x81010001"_s;
const QString kRsaEkCertificate = u"0x01c00002"_s;
const TpmIdentity kTpm{u"id:00001014"_s, u"swtpm"_s, u"id:20191023"_s};

// tpm2-tools' credential file: magic, version, then TPM2B_ID_OBJECT and
// TPM2B_ENCRYPTED_SECRET as the TPM reads them.
QByteArray credentialFile(const CredentialChallenge& c)
{
    return QByteArray::fromHex("badcc0de00000001") + c.credentialBlob + c.encryptedSecret;
}

} // namespace

class TestAttestationCaPeer : public QObject
{
    Q_OBJECT

    std::unique_ptr<EndorsedSwtpm> m_tpm;
    QTemporaryDir m_dir;
    QByteArray m_ekCertificate;
    QByteArray m_ekPublic;
    QByteArray m_eccEkPublic;
    QByteArray m_aikPublic;
    QByteArray m_plainKeyPublic;
    std::unique_ptr<AttestationCaProcess> m_ca;
    std::unique_ptr<AttestationCaProcess> m_otherCa; // trusts an openssl-made root only
    int m_issued = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ProcessResult tool(const QString& program, const QStringList& args)
    {
        QProcessEnvironment env;
        env.insert(u"TPM2TOOLS_TCTI"_s, m_tpm->tcti());
        return runProcess(program, args, env);
    }

    void flush()
    {
        tool(u"tpm2_flushcontext"_s, {u"-t"_s});
        tool(u"tpm2_flushcontext"_s, {u"-s"_s});
    }

    // tpm2_readpublic and tpm2_createak write a TPM2B_PUBLIC; the wire carries TPMT_PUBLIC.
    QByteArray publicArea(const QString& file) { return readFile(file).mid(2); }

    QString readPublic(const QString& handle, const QString& file)
    {
        const ProcessResult r = tool(u"tpm2_readpublic"_s, {u"-c"_s, handle, u"-o"_s, path(file)});
        return r.exitCode == 0 ? QString() : r.text();
    }

    // tpm2_activatecredential with the AIK and an EK, under the EK's policy (PolicySecret
    // of the endorsement hierarchy), as tpm2-tools documents it. The recovered bytes, or
    // the failure.
    std::pair<QByteArray, QString> activate(const CredentialChallenge& challenge,
                                            const QString& ek = kRsaEk,
                                            const QString& object = QString())
    {
        const QString session = path(u"session.ctx"_s);
        const QString out = path(u"credential.out"_s);
        QFile::remove(out);
        if (!writeFile(path(u"credential.blob"_s), credentialFile(challenge)))
            return {{}, u"cannot write the credential file"_s};
        // The swtpm's EK has the EK policy; the test's own ECC storage key a password.
        const bool endorsementPolicy = ek == kRsaEk;
        ProcessResult r;
        r.exitCode = 0;
        if (endorsementPolicy) {
            r = tool(u"tpm2_startauthsession"_s, {u"--policy-session"_s, u"-S"_s, session});
            if (r.exitCode == 0)
                r = tool(u"tpm2_policysecret"_s, {u"-S"_s, session, u"-c"_s, u"e"_s});
        }
        QStringList args{u"-c"_s, object.isEmpty() ? path(u"aik.ctx"_s) : object,
                         u"-C"_s, ek,
                         u"-i"_s, path(u"credential.blob"_s),
                         u"-o"_s, out};
        if (endorsementPolicy)
            args << u"-P"_s << u"session:"_s + session;
        if (r.exitCode == 0)
            r = tool(u"tpm2_activatecredential"_s, args);
        if (endorsementPolicy)
            tool(u"tpm2_flushcontext"_s, {session});
        flush();
        if (r.exitCode != 0)
            return {{}, r.text()};
        return {readFile(out), {}};
    }

    AikCertificationRequest request() const
    {
        return AikCertificationRequest{m_ekCertificate, m_ekPublic, m_aikPublic, kTpm};
    }

    int logLines() const { return int(m_ca->logLines().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tpm = std::make_unique<EndorsedSwtpm>();
        ProcessResult r = tool(u"tpm2_nvread"_s, {kRsaEkCertificate, u"-o"_s, path(u"ek.der"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        m_ekCertificate = readFile(path(u"ek.der"_s));
        QString problem = readPublic(kRsaEk, u"ek.pub"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_ekPublic = publicArea(path(u"ek.pub"_s));
        // An EK-shaped ECC P-256 storage key of the endorsement hierarchy, with a
        // password instead of the EK policy (whose OR of policies tpm2-tools cannot
        // satisfy in one call), for the ECC path of MakeCredential.
        r = tool(u"tpm2_createprimary"_s,
                 {u"-C"_s, u"e"_s, u"-G"_s, u"ecc256:aes128cfb"_s, u"-g"_s, u"sha256"_s, u"-a"_s,
                  u"fixedtpm|fixedparent|sensitivedataorigin|userwithauth|restricted|decrypt"_s,
                  u"-c"_s, path(u"eccek.ctx"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        problem = readPublic(path(u"eccek.ctx"_s), u"eccek.pub"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_eccEkPublic = publicArea(path(u"eccek.pub"_s));
        flush();
        // The AIK: a restricted RSA signing key under the EK, as tpm2-tools makes one.
        r = tool(u"tpm2_createak"_s, {u"-C"_s, kRsaEk, u"-c"_s, path(u"aik.ctx"_s), u"-G"_s,
                                      u"rsa"_s, u"-g"_s, u"sha256"_s, u"-s"_s, u"rsassa"_s, u"-u"_s,
                                      path(u"aik.pub"_s), u"-n"_s, path(u"aik.name"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        m_aikPublic = publicArea(path(u"aik.pub"_s));
        flush(); // no resource manager: each tool leaves its objects loaded
        // A plain signing key (not restricted), under a primary of the owner.
        r = tool(u"tpm2_createprimary"_s, {u"-C"_s, u"o"_s, u"-c"_s, path(u"primary.ctx"_s)});
        if (r.exitCode == 0)
            r = tool(u"tpm2_create"_s, {u"-C"_s, path(u"primary.ctx"_s), u"-G"_s, u"ecc"_s, u"-u"_s,
                                        path(u"plain.pub"_s), u"-r"_s, path(u"plain.priv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        m_plainKeyPublic = publicArea(path(u"plain.pub"_s));
        flush();

        // The EK roots: the swtpm local CA's root and the intermediate that signs EKs; and
        // a root nobody's EK chains to (an openssl-made one).
        QVERIFY(QDir().mkpath(path(u"roots"_s)) && QDir().mkpath(path(u"other-roots"_s)));
        QVERIFY(QFile::copy(m_tpm->rootCertificatePath(), path(u"roots/root.pem"_s)));
        QVERIFY(QFile::copy(m_tpm->issuerCertificatePath(), path(u"roots/issuer.crt"_s)));
        m_ca = std::make_unique<AttestationCaProcess>(path(u"roots"_s));
        QVERIFY(QFile::copy(m_ca->caCertificate(), path(u"other-roots/other.pem"_s)));
        m_otherCa = std::make_unique<AttestationCaProcess>(path(u"other-roots"_s));
    }

    // Our Name of the AIK is the TPM's, and the TPM recovers exactly our credential.
    void makeCredentialActivatesInTheTpm()
    {
        const QByteArray name = tpm2::nameOf(tpm2::parsePublic(m_aikPublic));
        QCOMPARE(name.toHex(), readFile(path(u"aik.name"_s)).toHex());
        const Secret credential = Secret::random(32);
        const auto [recovered, failure] = activate(makeCredential(m_ekPublic, name, credential));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(recovered, QByteArray(reinterpret_cast<const char*>(credential.data()), 32));
    }

    // An ECC EK: ephemeral ECDH and KDFe.
    void makeCredentialToAnEccEk()
    {
        const QByteArray name = tpm2::nameOf(tpm2::parsePublic(m_aikPublic));
        const Secret credential = Secret::random(32);
        const auto [recovered, failure] =
            activate(makeCredential(m_eccEkPublic, name, credential), path(u"eccek.ctx"_s));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(recovered, QByteArray(reinterpret_cast<const char*>(credential.data()), 32));
    }

    void tamperedBlobIsRefusedByTheTpm()
    {
        const QByteArray name = tpm2::nameOf(tpm2::parsePublic(m_aikPublic));
        CredentialChallenge challenge = makeCredential(m_ekPublic, name, Secret::random(32));
        challenge.credentialBlob[challenge.credentialBlob.size() - 1] ^= 0x01;
        const auto [recovered, failure] = activate(challenge);
        QVERIFY2(!failure.isEmpty(), "the TPM activated a tampered credential");
        QVERIFY(recovered.isEmpty());
    }

    // The attacker with tpm2-tools and the same TPM: a credential the CA made for our AIK
    // cannot be recovered through another restricted signing key of that TPM (one whose
    // certificate the attacker would like), however it is authorized: the TPM checks the
    // activated object's Name.
    void credentialForTheAikIsNotAnotherKeys()
    {
        ProcessResult r =
            tool(u"tpm2_createak"_s,
                 {u"-C"_s, kRsaEk, u"-c"_s, path(u"other-aik.ctx"_s), u"-G"_s, u"ecc"_s, u"-g"_s,
                  u"sha256"_s, u"-s"_s, u"ecdsa"_s, u"-u"_s, path(u"other-aik.pub"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        flush();
        const QByteArray name = tpm2::nameOf(tpm2::parsePublic(m_aikPublic));
        const Secret credential = Secret::random(32);
        const CredentialChallenge challenge = makeCredential(m_ekPublic, name, credential);
        const auto [stolen, failure] = activate(challenge, kRsaEk, path(u"other-aik.ctx"_s));
        QVERIFY2(!failure.isEmpty() && stolen.isEmpty(),
                 "another key of the TPM recovered the AIK's credential");
        // The same challenge still opens for the AIK it was made for.
        const auto [recovered, refusal] = activate(challenge);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QCOMPARE(recovered, QByteArray(reinterpret_cast<const char*>(credential.data()), 32));
    }

    // The whole exchange, as the card service runs it, with the TPM's part done by
    // tpm2-tools; the certificate read by openssl.
    void caIssuesTheAikCertificate()
    {
        const int before = logLines();
        AttestationCaClient client(m_ca->url());
        const CredentialChallenge challenge = client.challenge(request());
        const auto [recovered, failure] = activate(challenge);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QList<QByteArray> chain = client.certificateChain(Secret::fromBytes(recovered));
        QCOMPARE(chain.size(), 2);
        QVERIFY(writeFile(path(u"aik-cert.der"_s), chain.first()));
        const ProcessResult text = runProcess(
            u"openssl"_s, {u"x509"_s, u"-inform"_s, u"der"_s, u"-in"_s, path(u"aik-cert.der"_s),
                           u"-noout"_s, u"-text"_s, u"-nameopt"_s, u"oneline"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.text()));
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"Subject: \n"_s) || out.contains(u"Subject:\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"X509v3 Subject Alternative Name: critical"_s), qPrintable(out));
        QVERIFY2(
            out.contains(
                u"DirName:/2.23.133.2.1=id:00001014/2.23.133.2.2=swtpm/2.23.133.2.3=id:20191023"_s),
            qPrintable(out));
        QVERIFY2(out.contains(u"X509v3 Extended Key Usage: \n                2.23.133.8.3"_s),
                 qPrintable(out));
        QVERIFY2(out.contains(u"CA:FALSE"_s), qPrintable(out));
        QVERIFY2(out.contains(u"CN = Test Attestation CA"_s), qPrintable(out));
        QCOMPARE(logLines(), before + 1);
        ++m_issued;
        const QString log = m_ca->logLines().join(u'\n');
        QVERIFY2(log.contains(u"aik-name="_s +
                              QString::fromLatin1(readFile(path(u"aik.name"_s)).toHex())),
                 qPrintable(log));
    }

    void wrongCredentialDoesNotOpenTheCertificate()
    {
        AttestationCaClient client(m_ca->url());
        client.challenge(request());
        ++m_issued; // the CA issued; the card cannot open it
        try {
            client.certificateChain(Secret::random(32));
            QFAIL("a wrong credential opened the certificate");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::EvidenceRefused);
            QVERIFY2(e.message().contains(u"does not open"_s), qPrintable(e.message()));
        }
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("otherCa");
        QTest::addColumn<QByteArray>("ekPublic");
        QTest::addColumn<QByteArray>("aikPublic");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("EK from an untrusted root")
            << true << QByteArray() << QByteArray() << u"does not chain to a trusted"_s;
        QTest::newRow("AIK not restricted")
            << false << QByteArray() << m_plainKeyPublic << u"The AIK is not restricted"_s;
        QTest::newRow("EK public not the certificate's")
            << false << m_eccEkPublic << QByteArray()
            << u"The EK public area is not the key of the EK certificate"_s;
    }

    void refusals()
    {
        QFETCH(bool, otherCa);
        QFETCH(QByteArray, ekPublic);
        QFETCH(QByteArray, aikPublic);
        QFETCH(QString, sentence);
        const int before = logLines();
        AikCertificationRequest r = request();
        if (!ekPublic.isEmpty())
            r.ekPublic = ekPublic;
        if (!aikPublic.isEmpty())
            r.aikPublic = aikPublic;
        AttestationCaClient client(otherCa ? m_otherCa->url() : m_ca->url());
        try {
            client.challenge(r);
            QFAIL("the CA issued a certificate");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::EvidenceRefused);
            QVERIFY2(e.message().contains(sentence), qPrintable(e.message()));
            QVERIFY2(e.message().contains(otherCa ? m_otherCa->url() : m_ca->url()),
                     qPrintable(e.message()));
        }
        QCOMPARE(logLines(), before);
    }

    void unreachableCa()
    {
        // unreachableSwtpmTcti names a closed loopback port; the same port serves here.
        const QString port = unreachableSwtpmTcti().section(u"port="_s, 1);
        AttestationCaClient client(u"http://127.0.0.1:"_s + port);
        try {
            client.challenge(request());
            QFAIL("an unreachable CA answered");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Unreachable);
            QVERIFY2(e.message().contains(u"could not be reached"_s), qPrintable(e.message()));
        }
    }

    void junkAnswer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 9\r\nConnection: close\r\n\r\n{\"junk\":1");
                socket->disconnectFromHost();
            });
        });
        AttestationCaClient client(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()));
        try {
            client.challenge(request());
            QFAIL("junk was taken for an answer");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidInput);
            QVERIFY2(e.message().contains(u"answered something that is not"_s),
                     qPrintable(e.message()));
        }
    }

    void urlWithoutSchemeIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, AttestationCaClient(u"127.0.0.1:80"_s));
        QVERIFY_THROWS_EXCEPTION(Error, AttestationCaClient(u"ftp://ca.example/"_s));
    }

    void cleanupTestCase()
    {
        // One line per certificate issued by the trusting CA, none by the other.
        QCOMPARE(logLines(), m_issued);
        QCOMPARE(m_otherCa->logLines().size(), 0);
        m_otherCa.reset();
        m_ca.reset();
    }
};

QTEST_GUILESS_MAIN(TestAttestationCaPeer)
#include "test_attestation_ca_peer.moc"

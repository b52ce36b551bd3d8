// Acceptance of the PKCS#11 module by its peers: programs that load libtpmvsc-pkcs11.so
// ($TPMVSC_PKCS11_MODULE) the way users do, each checking our answers with its own code:
// pkcs11-tool (its self test, every mechanism, key generation, certificate writing),
// p11tool (listing, export, its sign test), p11-kit (user module config, proxy), OpenSSL
// through the libp11 engine (sign, decrypt; verified by plain openssl), OpenSSH
// (ssh-keygen -D, ssh-agent signing), a TLS handshake with the client key on the card
// (TLS 1.3 and 1.2) and PAM logon (pam_pkcs11 through pamtester).
//
// Each test makes its card with tpmvscmgr against this binary's swtpm (PIN and PUK on
// stdin), an RSA-2048 and a P-256 key requested with `tpmvscmgr request`, issued by a test
// CA made with the openssl CLI and imported with `tpmvscmgr import`.
#include "core/tpm/Tpm.h"
#include "test_enroll_openssl.h"
#include "tests/support/SkipOrFail.h"
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QUrl>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const QByteArray kPin = "peers-PIN-1";
const QByteArray kPuk = "peers-PUK-2";
const QString kEngine = QStringLiteral("/usr/lib/x86_64-linux-gnu/engines-3/pkcs11.so");

enum class Alg { Rsa, Ec };

struct CardKey {
    Alg alg = Alg::Rsa;
    QString name;     // "rsa" / "ec": its label on the card and its files' names
    QString id;       // 40 hex digits: the key ID tpmvscmgr shows, the objects' CKA_ID
    QString subject;  // of its certificate
    QString certFile; // PEM, issued by the test CA
    QString pubFile;  // the certificate's public key (PEM), as openssl reads it
};

struct Card {
    QString instance; // "0": its number, the PKCS#11 slot ID
    QString label;    // the card name: the token label
    QList<CardKey> keys;
    const CardKey& key(Alg alg) const
    {
        for (const CardKey& k : keys) {
            if (k.alg == alg)
                return k;
        }
        qFatal("no such key on the card");
    }
};

// The login name of this process: the certificates' CN, the PAM user.
QString userName()
{
    const passwd* pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("root");
}

bool haveTool(const char* name)
{
    return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty();
}

#define REQUIRE_TOOL(name)                                                                         \
    do {                                                                                           \
        if (!haveTool(name))                                                                       \
            TPMVSC_SKIP_OR_FAIL(name " is not installed (scripts/install-deps.sh installs it)");   \
    } while (false)

// Runs a helper that checks with QVERIFY and leaves the test when it failed.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// The DER SubjectPublicKeyInfo of a PEM public key file, as openssl reads it.
QByteArray publicKeyDer(const QString& pemFile)
{
    return openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-in"),
                    pemFile, QStringLiteral("-outform"), QStringLiteral("DER")})
        .out;
}

// A peer's result with the command line, for failure messages.
QString described(const QString& program, const QStringList& args, const ProcessResult& r)
{
    return program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.text();
}

// pkcs11:...;id=%8b%b1... (RFC 7512 percent-encodes every byte of an ID).
QString uriId(const QString& hexId)
{
    QString out;
    for (qsizetype i = 0; i + 1 < hexId.size(); i += 2)
        out += QLatin1Char('%') + hexId.mid(i, 2);
    return out;
}

QString uriText(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The lines of `text` that report a problem the way pkcs11-tool, p11tool and openssl do.
QStringList errorLines(const QByteArray& text)
{
    QStringList found;
    const QRegularExpression bad(QStringLiteral("ERR|[Ff]ailed|error:|Aborting"));
    for (const QString& line : QString::fromLocal8Bit(text).split(QLatin1Char('\n'))) {
        if (bad.match(line).hasMatch())
            found << line;
    }
    return found;
}

// The first two fields ("ssh-rsa AAAA...") of each line of OpenSSH public key text.
QStringList sshKeys(const QByteArray& text)
{
    QStringList keys;
    for (const QByteArray& line : text.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2)
            keys << QString::fromLatin1(fields[0] + ' ' + fields[1]);
    }
    return keys;
}

// p11tool's "Object N:" blocks, each as field name -> value ("URL", "Type", "ID", ...).
QList<QHash<QString, QString>> p11toolObjects(const QByteArray& out)
{
    QList<QHash<QString, QString>> objects;
    for (const QString& line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Object "))) {
            objects.append(QHash<QString, QString>());
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (objects.isEmpty() || colon < 0 || !line.startsWith(QLatin1Char('\t')))
            continue;
        objects.last().insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return objects;
}

// "8b:b1:69:..." as p11tool and pkcs11-tool print an ID: plain lower-case hex.
QString plainHex(QString id)
{
    return id.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).toLower();
}

// Removes a file when the test leaves, passed or failed (the PAM service file).
struct RemoveOnExit {
    QString path;
    ~RemoveOnExit()
    {
        if (!path.isEmpty())
            QFile::remove(path);
    }
};

// A server or agent the test starts and must stop on every path: asked to end (ssh-agent's
// PKCS#11 helper then finalizes the module), killed if it does not.
struct Background {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    ~Background()
    {
        if (process->state() == QProcess::NotRunning)
            return;
        process->terminate();
        if (!process->waitForFinished(30000)) {
            process->kill();
            process->waitForFinished(10000);
        }
    }
    // Waits until the process has written a line matching `pattern` to stdout (read so
    // far into `seen`); returns the match, or an invalid one when it ended or took 60 s.
    QRegularExpressionMatch waitForLine(const QRegularExpression& pattern, QByteArray* seen)
    {
        const QDeadlineTimer deadline(60000);
        for (;;) {
            *seen += process->readAllStandardOutput();
            const QRegularExpressionMatch m = pattern.match(QString::fromLocal8Bit(*seen));
            if (m.hasMatch() || process->state() == QProcess::NotRunning || deadline.hasExpired())
                return m;
            process->waitForReadyRead(1000);
        }
    }
};

} // namespace

class TestPkcs11Peers : public TpmvscmgrTestCase
{
    Q_OBJECT

    QString m_module;
    std::unique_ptr<OpensslCa> m_ca;
    QString m_pamService;             // /etc/pam.d file of the PAM test, removed in cleanup()
    bool m_hostSkipsFinalize = false; // the test runs a peer that never calls C_Finalize

    QString file(const QString& name) const { return m_dir->filePath(name); }

    ProcessResult peer(const QString& program, const QStringList& args,
                       const QByteArray& input = QByteArray(),
                       const QProcessEnvironment& extra = QProcessEnvironment()) const
    {
        QProcessEnvironment env = environment();
        env.insert(extra);
        return runProcess(program, args, env, input);
    }

    // Runs a peer that must succeed and print no error line; returns its result.
    ProcessResult peerOk(const QString& program, const QStringList& args,
                         const QByteArray& input = QByteArray(),
                         const QProcessEnvironment& extra = QProcessEnvironment())
    {
        const ProcessResult r = peer(program, args, input, extra);
        if (r.exitCode != 0 || !errorLines(r.out + r.err).isEmpty()) {
            QTest::qFail(qPrintable(described(program, args, r)), __FILE__, __LINE__);
        }
        return r;
    }

    // A card named `name` with PIN kPin and PUK kPuk and a file system, and per algorithm
    // one key whose certificate (CN = this user, OU = the key's name) the test CA issued
    // and tpmvscmgr imported.
    void makeCard(Card* card, const QString& name, const QList<Alg>& algs)
    {
        ProcessResult r =
            run({QStringLiteral("create"), QStringLiteral("/name"), name,
                 QStringLiteral("/adminkey"), QStringLiteral("default"), QStringLiteral("/pin"),
                 QStringLiteral("prompt"), QStringLiteral("/puk"), QStringLiteral("prompt"),
                 QStringLiteral("/generate"), QStringLiteral("/quiet")},
                kPin + '\n' + kPuk + '\n');
        TPMVSC_CHECK_EXIT(r, 0);
        const QRegularExpressionMatch number =
            QRegularExpression(QStringLiteral("(\\d+)\\s*$")).match(QString::fromLatin1(r.out));
        QVERIFY2(number.hasMatch(), qPrintable(r.text()));
        card->instance = QString::number(number.captured(1).toInt());
        card->label = name;
        for (const Alg alg : algs) {
            CardKey key;
            key.alg = alg;
            key.name = alg == Alg::Rsa ? QStringLiteral("rsa") : QStringLiteral("ec");
            key.subject = QStringLiteral("CN=%1,OU=%2,O=tpmvsc peers").arg(userName(), key.name);
            const QString base = file(QStringLiteral("card%1-%2").arg(card->instance, key.name));
            const QString csr = base + QStringLiteral(".csr");
            r = run({QStringLiteral("request"), QStringLiteral("/instance"), card->instance,
                     QStringLiteral("/template"), QStringLiteral("smartcardlogon"),
                     QStringLiteral("/subject"), key.subject, QStringLiteral("/key"),
                     alg == Alg::Rsa ? QStringLiteral("rsa2048") : QStringLiteral("p256"),
                     QStringLiteral("/label"), key.name, QStringLiteral("/out"), csr,
                     QStringLiteral("/quiet")},
                    kPin + '\n');
            TPMVSC_CHECK_EXIT(r, 0);
            key.id = QString::fromLatin1(r.out).trimmed();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(key.id).hasMatch(),
                     qPrintable(r.text()));
            const QByteArray pem = m_ca->issue(csr);
            QVERIFY2(!pem.isEmpty(), qPrintable(m_ca->lastError()));
            key.certFile = base + QStringLiteral(".pem");
            QVERIFY(writeBytes(key.certFile, pem));
            r = run({QStringLiteral("import"), QStringLiteral("/instance"), card->instance,
                     QStringLiteral("/cert"), key.certFile, QStringLiteral("/cafile"),
                     m_ca->certFile()},
                    kPin + '\n');
            TPMVSC_CHECK_EXIT(r, 0);
            key.pubFile = base + QStringLiteral(".pub");
            const OpensslRun pub =
                openssl({QStringLiteral("x509"), QStringLiteral("-in"), key.certFile,
                         QStringLiteral("-noout"), QStringLiteral("-pubkey"),
                         QStringLiteral("-out"), key.pubFile});
            QVERIFY2(pub.exitCode == 0, qPrintable(pub.text()));
            card->keys << key;
        }
    }

    // pkcs11-tool's options for the card's token, logged in with the PIN (it reads no PIN
    // from a pipe).
    QStringList pkcs11ToolLogin(const Card& card) const
    {
        return {QStringLiteral("--module"),      m_module,
                QStringLiteral("--token-label"), card.label,
                QStringLiteral("--login"),       QStringLiteral("--pin"),
                QString::fromLatin1(kPin)};
    }

    // The RFC 7512 URI of a key's object on the card; `pin`: with pin-value (libp11).
    QString uri(const Card& card, const CardKey& key, const QString& type, bool pin = false) const
    {
        QString u = QStringLiteral("pkcs11:token=%1;id=%2;type=%3")
                        .arg(uriText(card.label), uriId(key.id), type);
        if (pin)
            u += QStringLiteral(";pin-value=") + QString::fromLatin1(kPin);
        return u;
    }

    QString pinTriesLine(const Card& card)
    {
        const ProcessResult r = run(QStringLiteral("status /instance ") + card.instance);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("PIN tries left: +(.*)\n"))
                .match(QString::fromLatin1(r.out));
        return m.hasMatch() ? m.captured(1) : r.text();
    }

    // An OpenSSL config in the test's folder that loads libp11's engine with our module.
    QProcessEnvironment engineEnvironment()
    {
        const QString conf = file(QStringLiteral("engine.cnf"));
        writeBytes(conf, QStringLiteral("openssl_conf = openssl_init\n"
                                        "[openssl_init]\nengines = engine_section\n"
                                        "[engine_section]\npkcs11 = pkcs11_section\n"
                                        "[pkcs11_section]\nengine_id = pkcs11\n"
                                        "dynamic_path = %1\nMODULE_PATH = %2\ninit = 0\n")
                             .arg(kEngine, m_module)
                             .toUtf8());
        QProcessEnvironment env;
        env.insert(QStringLiteral("OPENSSL_CONF"), conf);
        return env;
    }

    // `openssl s_server` (server key and certificate from the test CA, a client certificate
    // from the CA required) and `openssl s_client` with the card's key through the engine.
    void tlsHandshake(const Card& card, const CardKey& key, const QString& version,
                      const QStringList& serverOptions, const QString& peerSignature)
    {
        const QString server = file(QStringLiteral("server"));
        Background s;
        const QStringList serverArgs = QStringList{QStringLiteral("s_server"),
                                                   QStringLiteral("-accept"),
                                                   QStringLiteral("127.0.0.1:0"),
                                                   QStringLiteral("-Verify"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("-CAfile"),
                                                   m_ca->certFile(),
                                                   QStringLiteral("-cert"),
                                                   server + QStringLiteral(".pem"),
                                                   QStringLiteral("-key"),
                                                   server + QStringLiteral(".key"),
                                                   QStringLiteral("-naccept"),
                                                   QStringLiteral("1"),
                                                   QStringLiteral("-") + version} +
                                       serverOptions;
        s.process->setProcessEnvironment(systemEnvironmentWith(environment()));
        s.process->start(QStringLiteral("openssl"), serverArgs);
        QByteArray serverOut;
        const QRegularExpressionMatch accept = s.waitForLine(
            QRegularExpression(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)")), &serverOut);
        QVERIFY2(accept.hasMatch(), (serverOut + s.process->readAllStandardError()).constData());

        const QStringList clientArgs{QStringLiteral("s_client"),
                                     QStringLiteral("-connect"),
                                     QStringLiteral("127.0.0.1:") + accept.captured(1),
                                     QStringLiteral("-CAfile"),
                                     m_ca->certFile(),
                                     QStringLiteral("-verify_return_error"),
                                     QStringLiteral("-engine"),
                                     QStringLiteral("pkcs11"),
                                     QStringLiteral("-keyform"),
                                     QStringLiteral("engine"),
                                     QStringLiteral("-key"),
                                     uri(card, key, QStringLiteral("private"), true),
                                     QStringLiteral("-cert"),
                                     key.certFile,
                                     QStringLiteral("-") + version};
        const ProcessResult client =
            peer(QStringLiteral("openssl"), clientArgs, "Q\n", engineEnvironment());
        // (-naccept 1: the server ends after the connection; not when the client never came.)
        const bool serverEnded = client.exitCode == 0 && s.process->waitForFinished(60000);
        serverOut += s.process->readAllStandardOutput();
        const QString serverText =
            QString::fromLocal8Bit(serverOut + s.process->readAllStandardError());
        const QString context = QStringLiteral("%1 %2\nserver:\n%3\nclient: %4")
                                    .arg(key.name, version, serverText,
                                         described(QStringLiteral("openssl"), clientArgs, client));
        QVERIFY2(client.exitCode == 0, qPrintable(context));
        QVERIFY2(serverEnded, qPrintable(context));
        const QString tls = version == QLatin1String("tls1_3") ? QStringLiteral("TLSv1.3")
                                                               : QStringLiteral("TLSv1.2");
        QVERIFY2(client.out.contains(QStringLiteral("New, %1, Cipher is").arg(tls).toLatin1()),
                 qPrintable(context));
        // The server saw and verified our certificate, and the card's signature over the
        // handshake (CertificateVerify) of the expected kind.
        QVERIFY2(serverText.contains(QStringLiteral("subject=")) &&
                     serverText.contains(QStringLiteral("OU = ") + key.name) &&
                     serverText.contains(QStringLiteral("CN = ") + userName()),
                 qPrintable(context));
        QVERIFY2(serverText.contains(QLatin1String("CIPHER is")), qPrintable(context));
        QVERIFY2(
            serverText.contains(QStringLiteral("Peer signature type: %1\n").arg(peerSignature)),
            qPrintable(context));
        QVERIFY2(!serverText.contains(QLatin1String("verify error")), qPrintable(context));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        m_module = qEnvironmentVariable("TPMVSC_PKCS11_MODULE");
        if (m_module.isEmpty())
            m_module = QCoreApplication::applicationDirPath() +
                       QStringLiteral("/../../pkcs11/libtpmvsc-pkcs11.so");
        QVERIFY2(QFileInfo(m_module).isFile(), qPrintable(m_module));
        m_module = QFileInfo(m_module).canonicalFilePath();
        if (!haveOpenssl())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        m_swtpm = std::make_unique<SwtpmFixture>();
        m_ca = std::make_unique<OpensslCa>(QStringLiteral("tpmvsc Peers Test CA"));
        QVERIFY2(m_ca->ok(), qPrintable(m_ca->lastError()));
    }

    void init() { QVERIFY(newStore()); }

    void cleanup()
    {
        if (!m_pamService.isEmpty()) {
            QFile::remove(m_pamService);
            m_pamService.clear();
        }
        // The peers are gone: the module flushed every object and session it loaded (swtpm
        // has no resource manager to do it when a process ends). A leak fails this test;
        // swtpm restarts so that it does not fail the next ones too.
        QList<std::uint32_t> objects;
        QList<std::uint32_t> sessions;
        {
            Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
            objects = tpm.transientHandles();
            sessions = tpm.loadedSessions();
        }
        if (!objects.isEmpty() || !sessions.isEmpty())
            m_swtpm->restart();
        if (m_hostSkipsFinalize) {
            // ssh-pkcs11-helper ends with _exit(): no C_Finalize, no exit handler. What it
            // had loaded (a key per key used; the login's session and the signatures' own)
            // stays on a TPM without resource manager; /dev/tpmrm0 flushes it when the
            // process's connection closes.
            m_hostSkipsFinalize = false;
            QVERIFY2(objects.size() <= 2 && sessions.size() <= 2,
                     qPrintable(QStringLiteral("left by ssh-pkcs11-helper: %1 objects, %2 sessions")
                                    .arg(objects.size())
                                    .arg(sessions.size())));
            return;
        }
        QVERIFY2(objects.isEmpty() && sessions.isEmpty(),
                 qPrintable(QStringLiteral("left on the TPM: %1 transient objects, %2 sessions")
                                .arg(objects.size())
                                .arg(sessions.size())));
    }

    void cleanupTestCase()
    {
        m_ca.reset();
        m_swtpm.reset();
    }

    // 1. pkcs11-tool's own test suite, logged in, on a card holding only the RSA key and on
    // one holding only the EC key (it tests the first private key it finds).
    void pkcs11ToolSelfTest()
    {
        REQUIRE_TOOL("pkcs11-tool");
        Card rsa;
        Card ec;
        CHECKED(makeCard(&rsa, QStringLiteral("Peers RSA"), {Alg::Rsa}));
        CHECKED(makeCard(&ec, QStringLiteral("Peers EC"), {Alg::Ec}));
        for (const Card* card : {&rsa, &ec}) {
            const QStringList args = pkcs11ToolLogin(*card) + QStringList{QStringLiteral("--test")};
            const ProcessResult r = peer(QStringLiteral("pkcs11-tool"), args);
            const QString text = described(QStringLiteral("pkcs11-tool"), args, r);
            QVERIFY2(r.exitCode == 0, qPrintable(text));
            QVERIFY2(errorLines(r.out + r.err).isEmpty(), qPrintable(text));
            QVERIFY2(r.out.contains("No errors"), qPrintable(text));
            QVERIFY2(r.out.contains("C_GenerateRandom") && r.out.contains("seems to be OK"),
                     qPrintable(text));
            QVERIFY2(r.out.contains("testing key 0"), qPrintable(text));
            if (card == &rsa) {
                // The RSA key was signed with, verified and decrypted with.
                for (const char* done : {"Signatures", "Verify", "Decryption", "RSA-PKCS: OK"})
                    QVERIFY2(r.out.contains(done), qPrintable(QLatin1String(done) + text));
                QVERIFY2(!r.out.contains("Signatures: not implemented"), qPrintable(text));
            }
        }
    }

    // Every signing and decryption mechanism of the contract through pkcs11-tool, each
    // result checked by plain openssl with the certificate's public key.
    void pkcs11ToolMechanisms()
    {
        REQUIRE_TOOL("pkcs11-tool");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Rsa, Alg::Ec}));
        const QString data = file(QStringLiteral("data.txt"));
        QVERIFY(writeBytes(data, "The card signs this, openssl checks it.\n"));
        const QByteArray text = readBytes(data);

        struct Case {
            Alg alg;
            const char* mechanism;
            const char* hash; // of the data: openssl's digest, pkcs11-tool's PSS/OAEP hash
            bool prehashed;   // the mechanism takes the hash (or DigestInfo), not the data
            bool pss;
        };
        const Case cases[] = {
            {Alg::Rsa, "RSA-PKCS", "sha256", true, false},
            {Alg::Rsa, "SHA256-RSA-PKCS", "sha256", false, false},
            {Alg::Rsa, "SHA384-RSA-PKCS", "sha384", false, false},
            {Alg::Rsa, "SHA512-RSA-PKCS", "sha512", false, false},
            {Alg::Rsa, "RSA-PKCS-PSS", "sha256", true, true},
            {Alg::Rsa, "SHA256-RSA-PKCS-PSS", "sha256", false, true},
            {Alg::Rsa, "SHA384-RSA-PKCS-PSS", "sha384", false, true},
            {Alg::Rsa, "SHA512-RSA-PKCS-PSS", "sha512", false, true},
            {Alg::Ec, "ECDSA", "sha256", true, false},
            {Alg::Ec, "ECDSA-SHA256", "sha256", false, false},
            {Alg::Ec, "ECDSA-SHA384", "sha384", false, false},
        };
        // DigestInfo prefix of SHA-256 (RFC 8017 9.2 note 1), for raw CKM_RSA_PKCS.
        const QByteArray sha256Info = QByteArray::fromHex("3031300d060960864801650304020105000420");
        for (const Case& c : cases) {
            const CardKey& key = card.key(c.alg);
            const QString name = QString::fromLatin1(c.mechanism);
            const QString hashName = QString::fromLatin1(c.hash);
            const QString input = file(name + QStringLiteral(".in"));
            const QString sig = file(name + QStringLiteral(".sig"));
            QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
            if (!c.prehashed)
                QVERIFY(writeBytes(input, text));
            else if (c.alg == Alg::Rsa && !c.pss)
                QVERIFY(writeBytes(input, sha256Info + hash));
            else
                QVERIFY(writeBytes(input, hash));
            QStringList args = pkcs11ToolLogin(card) + QStringList{QStringLiteral("--sign"),
                                                                   QStringLiteral("--id"),
                                                                   key.id,
                                                                   QStringLiteral("--mechanism"),
                                                                   name,
                                                                   QStringLiteral("--input-file"),
                                                                   input,
                                                                   QStringLiteral("--output-file"),
                                                                   sig};
            if (c.pss && c.prehashed) // (the SHAx-RSA-PKCS-PSS mechanisms imply both)
                args << QStringLiteral("--hash-algorithm") << hashName.toUpper()
                     << QStringLiteral("--mgf") << QStringLiteral("MGF1-") + hashName.toUpper();
            if (c.alg == Alg::Ec)
                args << QStringLiteral("--signature-format") << QStringLiteral("openssl");
            CHECKED(peerOk(QStringLiteral("pkcs11-tool"), args));

            QStringList verify;
            if (c.prehashed) {
                verify = {QStringLiteral("pkeyutl"),
                          QStringLiteral("-verify"),
                          QStringLiteral("-pubin"),
                          QStringLiteral("-inkey"),
                          key.pubFile,
                          QStringLiteral("-in"),
                          file(name + QStringLiteral(".hash")),
                          QStringLiteral("-sigfile"),
                          sig};
                QVERIFY(writeBytes(file(name + QStringLiteral(".hash")), hash));
                if (c.alg == Alg::Rsa)
                    verify << QStringLiteral("-pkeyopt") << QStringLiteral("digest:sha256");
                if (c.pss)
                    verify << QStringLiteral("-pkeyopt") << QStringLiteral("rsa_padding_mode:pss")
                           << QStringLiteral("-pkeyopt") << QStringLiteral("rsa_pss_saltlen:auto");
            } else {
                verify = {QStringLiteral("dgst"),       QStringLiteral("-") + hashName,
                          QStringLiteral("-verify"),    key.pubFile,
                          QStringLiteral("-signature"), sig};
                if (c.pss)
                    verify << QStringLiteral("-sigopt") << QStringLiteral("rsa_padding_mode:pss")
                           << QStringLiteral("-sigopt") << QStringLiteral("rsa_pss_saltlen:auto");
                verify << data;
            }
            const OpensslRun v = openssl(verify);
            QVERIFY2(v.exitCode == 0 && v.out.contains("Verified"),
                     qPrintable(name + QLatin1Char('\n') +
                                described(QStringLiteral("openssl"), verify, v)));
        }

        // Decryption: openssl encrypts to the certificate's key, the card decrypts.
        const QByteArray secret = "a session key, 32 bytes long....";
        QVERIFY(writeBytes(file(QStringLiteral("secret")), secret));
        const CardKey& rsa = card.key(Alg::Rsa);
        const QList<QStringList> paddings{
            {},
            {QStringLiteral("oaep"), QStringLiteral("sha1")},
            {QStringLiteral("oaep"), QStringLiteral("sha256")},
            {QStringLiteral("oaep"), QStringLiteral("sha384")},
        };
        for (const QStringList& padding : paddings) {
            const QString enc = file(QStringLiteral("enc-%1").arg(padding.join(QLatin1Char('-'))));
            QStringList encrypt{QStringLiteral("pkeyutl"),
                                QStringLiteral("-encrypt"),
                                QStringLiteral("-pubin"),
                                QStringLiteral("-inkey"),
                                rsa.pubFile,
                                QStringLiteral("-in"),
                                file(QStringLiteral("secret")),
                                QStringLiteral("-out"),
                                enc};
            QStringList args = pkcs11ToolLogin(card) + QStringList{QStringLiteral("--decrypt"),
                                                                   QStringLiteral("--id"),
                                                                   rsa.id,
                                                                   QStringLiteral("--input-file"),
                                                                   enc,
                                                                   QStringLiteral("--mechanism")};
            if (padding.isEmpty()) {
                args << QStringLiteral("RSA-PKCS");
            } else {
                const QString hash = padding[1];
                encrypt << QStringLiteral("-pkeyopt") << QStringLiteral("rsa_padding_mode:oaep")
                        << QStringLiteral("-pkeyopt") << QStringLiteral("rsa_oaep_md:") + hash
                        << QStringLiteral("-pkeyopt") << QStringLiteral("rsa_mgf1_md:") + hash;
                args << QStringLiteral("RSA-PKCS-OAEP") << QStringLiteral("--hash-algorithm")
                     << (hash == QLatin1String("sha1") ? QStringLiteral("SHA-1") : hash.toUpper())
                     << QStringLiteral("--mgf")
                     << (hash == QLatin1String("sha1") ? QStringLiteral("MGF1-SHA1")
                                                       : QStringLiteral("MGF1-") + hash.toUpper());
            }
            const OpensslRun e = openssl(encrypt);
            QVERIFY2(e.exitCode == 0, qPrintable(e.text()));
            const ProcessResult d = peer(QStringLiteral("pkcs11-tool"), args);
            QVERIFY2(d.exitCode == 0 && d.out == secret,
                     qPrintable(described(QStringLiteral("pkcs11-tool"), args, d)));
        }
    }

    // Key pair generation and certificate writing through PKCS#11, read back by tpmvscmgr.
    void pkcs11ToolGeneratesAndWrites()
    {
        REQUIRE_TOOL("pkcs11-tool");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Rsa}));
        const QStringList common = pkcs11ToolLogin(card);
        for (const char* type : {"EC:prime256v1", "EC:secp384r1", "rsa:2048", "rsa:3072"}) {
            const QString label =
                QStringLiteral("gen-") + QString::fromLatin1(type).remove(QLatin1Char(':'));
            const ProcessResult r = peerOk(
                QStringLiteral("pkcs11-tool"),
                common + QStringList{QStringLiteral("--keypairgen"), QStringLiteral("--key-type"),
                                     QString::fromLatin1(type), QStringLiteral("--label"), label});
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(r.out.contains("Private Key Object") && r.out.contains("Public Key Object"),
                     qPrintable(r.text()));
            const ProcessResult keys = run(QStringLiteral("keys /instance ") + card.instance);
            QVERIFY2(keys.out.contains(label.toLatin1()), qPrintable(label + keys.text()));
        }
        const QByteArray keyList = run(QStringLiteral("keys /instance ") + card.instance).out;
        for (const char* alg : {"p256", "p384", "rsa3072"})
            QVERIFY2(keyList.contains(alg), keyList.constData());

        // A certificate written through C_CreateObject is the card's, for its key.
        const CardKey& rsa = card.key(Alg::Rsa);
        TPMVSC_CHECK_EXIT(run({QStringLiteral("deletecert"), QStringLiteral("/instance"),
                               card.instance, QStringLiteral("/key"), rsa.id},
                              kPin + '\n'),
                          0);
        const QString der = file(QStringLiteral("rsa.der"));
        QVERIFY(writeBytes(der, opensslDer(readBytes(rsa.certFile))));
        CHECKED(peerOk(QStringLiteral("pkcs11-tool"),
                       common + QStringList{QStringLiteral("--write-object"), der,
                                            QStringLiteral("--type"), QStringLiteral("cert"),
                                            QStringLiteral("--id"), rsa.id,
                                            QStringLiteral("--label"), QStringLiteral("rsa")}));
        const ProcessResult exported =
            run({QStringLiteral("export"), QStringLiteral("/instance"), card.instance,
                 QStringLiteral("/key"), rsa.id, QStringLiteral("/cert"), QStringLiteral("/der")});
        TPMVSC_CHECK_EXIT(exported, 0);
        QCOMPARE(exported.out, readBytes(der));
    }

    // 2. p11tool (GnuTLS): the token, its objects before and after login, exports equal to
    // what the CA issued, and its own sign-and-verify test for each key.
    void p11tool()
    {
        REQUIRE_TOOL("p11tool");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Rsa, Alg::Ec}));
        const QString provider = QStringLiteral("--provider=") + m_module;
        QProcessEnvironment pinEnv;
        pinEnv.insert(QStringLiteral("GNUTLS_PIN"), QString::fromLatin1(kPin));

        ProcessResult r =
            peerOk(QStringLiteral("p11tool"), {provider, QStringLiteral("--list-tokens")});
        if (QTest::currentTestFailed())
            return;
        for (const QString& shown :
             {QStringLiteral("Label: ") + card.label, QStringLiteral("Manufacturer: tpmvsc"),
              QStringLiteral("Serial: %1").arg(card.instance.toInt(), 4, 10, QLatin1Char('0')),
              QStringLiteral("token=") + uriText(card.label)}) {
            QVERIFY2(QString::fromUtf8(r.out).contains(shown), qPrintable(shown + r.text()));
        }

        const QString token = QStringLiteral("pkcs11:token=") + uriText(card.label);
        for (const bool login : {false, true}) {
            QStringList args{provider, QStringLiteral("--list-all")};
            if (login)
                args << QStringLiteral("--login");
            args << token;
            r = peerOk(QStringLiteral("p11tool"), args, QByteArray(), pinEnv);
            if (QTest::currentTestFailed())
                return;
            const QList<QHash<QString, QString>> objects = p11toolObjects(r.out);
            const QString context = described(QStringLiteral("p11tool"), args, r);
            for (const CardKey& key : card.keys) {
                const QString keyType = key.alg == Alg::Rsa ? QStringLiteral("RSA-2048")
                                                            : QStringLiteral("EC/ECDSA-SECP256R1");
                QStringList kinds;
                for (const auto& o : objects) {
                    if (plainHex(o.value(QStringLiteral("ID"))) == key.id)
                        kinds << o.value(QStringLiteral("Type"));
                }
                QStringList expected{QStringLiteral("Public key (%1)").arg(keyType),
                                     QStringLiteral("X.509 Certificate (%1)").arg(keyType)};
                if (login)
                    expected << QStringLiteral("Private key (%1)").arg(keyType);
                kinds.sort();
                expected.sort();
                QVERIFY2(kinds == expected,
                         qPrintable(key.name + QStringLiteral(": ") +
                                    kinds.join(QLatin1String(", ")) + QLatin1Char('\n') + context));
            }
            for (const auto& o : objects) {
                QVERIFY2(
                    o.value(QStringLiteral("URL")).contains(QLatin1String("manufacturer=tpmvsc")),
                    qPrintable(context));
            }
        }

        for (const CardKey& key : card.keys) {
            r = peerOk(QStringLiteral("p11tool"), {provider, QStringLiteral("--export"),
                                                   uri(card, key, QStringLiteral("cert"))});
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(opensslDer(r.out), opensslDer(readBytes(key.certFile)));
            // (p11tool logs in for this.)
            const QString exported = file(key.name + QStringLiteral(".p11tool.pub"));
            CHECKED(peerOk(QStringLiteral("p11tool"),
                           {provider, QStringLiteral("--export-pubkey"),
                            QStringLiteral("--outfile=") + exported,
                            uri(card, key, QStringLiteral("public"))},
                           QByteArray(), pinEnv));
            QCOMPARE(publicKeyDer(exported), publicKeyDer(key.pubFile));
            QStringList signs{QString()};
            if (key.alg == Alg::Rsa)
                signs << QStringLiteral("--sign-params=RSA-PSS");
            for (const QString& params : signs) {
                QStringList args{provider, QStringLiteral("--login"),
                                 QStringLiteral("--test-sign")};
                if (!params.isEmpty())
                    args << params;
                args << uri(card, key, QStringLiteral("private"));
                r = peerOk(QStringLiteral("p11tool"), args, QByteArray(), pinEnv);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(
                    (r.out + r.err).contains("Verifying against public key in the token... ok"),
                    qPrintable(described(QStringLiteral("p11tool"), args, r)));
            }
        }
    }

    // 3. p11-kit: the module registered as users do, in ~/.config/pkcs11/modules; p11-kit,
    // p11tool without --provider and the p11-kit proxy module all find the token. p11-kit
    // reads no user config for root (pkcs11.conf(5)), so as root the peers run as nobody
    // over a copy of the store they own.
    void p11kitProxy()
    {
        REQUIRE_TOOL("p11-kit");
        REQUIRE_TOOL("p11tool");
        REQUIRE_TOOL("pkcs11-tool");
        const QString proxy = QStringLiteral("/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so");
        if (!QFileInfo::exists(proxy))
            TPMVSC_SKIP_OR_FAIL("p11-kit-proxy.so is not installed (package p11-kit-modules)");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Ec}));
        const QString home = file(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.config/pkcs11/modules")));
        // A copy of the module in the user's folder: nobody may not reach the build tree.
        const QString module = home + QStringLiteral("/libtpmvsc-pkcs11.so");
        QVERIFY(QFile::copy(m_module, module));
        QVERIFY(writeBytes(home + QStringLiteral("/.config/pkcs11/modules/tpmvsc.module"),
                           "module: " + module.toLocal8Bit() + '\n'));
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("GNUTLS_PIN"), QString::fromLatin1(kPin));

        QStringList prefix;
        QString restoreSocketDir;
        auto privateAgain = qScopeGuard([&] {
            if (!restoreSocketDir.isEmpty())
                ::chmod(QFile::encodeName(restoreSocketDir).constData(), 0700);
        });
        if (::geteuid() == 0) {
            const passwd* nobody = ::getpwnam("nobody");
            if (!nobody)
                TPMVSC_SKIP_OR_FAIL(
                    "running as root and there is no user nobody to run p11-kit as");
            const ProcessResult chown = runProcess(
                QStringLiteral("chown"),
                {QStringLiteral("-R"),
                 QStringLiteral("%1:%2").arg(nobody->pw_uid).arg(nobody->pw_gid), m_dir->path()});
            QVERIFY2(chown.exitCode == 0, qPrintable(chown.text()));
            // swtpm listens on unix sockets in the fixture's private folder: nobody needs
            // them (the command socket and its ".ctrl"), and a way through the folder.
            const QString socket = m_swtpm->tcti().section(QStringLiteral("path="), 1);
            const QString socketDir = QFileInfo(socket).absolutePath();
            QCOMPARE(::chmod(QFile::encodeName(socketDir).constData(), 0711), 0);
            // Private again afterwards: swtpm's restarts insist on it.
            restoreSocketDir = socketDir;
            for (const QString& path : {socket, socket + QStringLiteral(".ctrl")})
                QCOMPARE(
                    ::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid),
                    0);
            prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                      QStringLiteral("--regid=%1").arg(nobody->pw_gid),
                      QStringLiteral("--clear-groups")};
        }
        const auto runAs = [&](const QStringList& command) {
            const QStringList all = prefix + command;
            return peer(all.first(), all.mid(1), QByteArray(), env);
        };

        ProcessResult r = runAs({QStringLiteral("p11-kit"), QStringLiteral("list-modules")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        QVERIFY2(r.out.contains("tpmvsc: " + module.toLocal8Bit()), qPrintable(r.text()));
        QVERIFY2(r.out.contains("token: " + card.label.toUtf8()), qPrintable(r.text()));

        r = runAs({QStringLiteral("p11tool"), QStringLiteral("--list-tokens")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        QVERIFY2(r.out.contains("Label: " + card.label.toUtf8()), qPrintable(r.text()));

        r = runAs({QStringLiteral("pkcs11-tool"), QStringLiteral("--module"), proxy,
                   QStringLiteral("--list-slots")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        QVERIFY2(QString::fromUtf8(r.out).contains(
                     QRegularExpression(QStringLiteral("token label +: ") + card.label)),
                 qPrintable(r.text()));

        // A signature through p11-kit's managed module (GnuTLS loads it from the config).
        const QStringList sign{QStringLiteral("p11tool"), QStringLiteral("--login"),
                               QStringLiteral("--test-sign"),
                               uri(card, card.key(Alg::Ec), QStringLiteral("private"))};
        r = runAs(sign);
        QVERIFY2(r.exitCode == 0 &&
                     (r.out + r.err).contains("Verifying against public key in the token... ok"),
                 qPrintable(described(prefix.join(QLatin1Char(' ')), sign, r)));
    }

    // 4. OpenSSL with libp11's engine signs and decrypts with the card's keys; plain openssl
    // verifies with the certificate's key.
    void opensslEngine()
    {
        if (!QFileInfo::exists(kEngine))
            TPMVSC_SKIP_OR_FAIL(
                "libp11's engine is not installed (package libengine-pkcs11-openssl)");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Rsa, Alg::Ec}));
        const QProcessEnvironment engine = engineEnvironment();
        const QString data = file(QStringLiteral("data.txt"));
        QVERIFY(writeBytes(data, "Signed through the OpenSSL engine.\n"));

        struct Case {
            Alg alg;
            const char* digest;
            bool pss;
        };
        for (const Case c : {Case{Alg::Rsa, "sha256", false}, Case{Alg::Rsa, "sha384", true},
                             Case{Alg::Ec, "sha256", false}, Case{Alg::Ec, "sha384", false}}) {
            const CardKey& key = card.key(c.alg);
            const QString sig = file(QStringLiteral("%1-%2-%3.sig")
                                         .arg(key.name, QLatin1String(c.digest))
                                         .arg(c.pss ? 1 : 0));
            QStringList pss;
            if (c.pss)
                pss = {QStringLiteral("-sigopt"), QStringLiteral("rsa_padding_mode:pss"),
                       QStringLiteral("-sigopt"), QStringLiteral("rsa_pss_saltlen:digest")};
            const QStringList signArgs =
                QStringList{
                    QStringLiteral("dgst"),     QStringLiteral("-") + QLatin1String(c.digest),
                    QStringLiteral("-engine"),  QStringLiteral("pkcs11"),
                    QStringLiteral("-keyform"), QStringLiteral("engine"),
                    QStringLiteral("-sign"),    uri(card, key, QStringLiteral("private"), true),
                    QStringLiteral("-out"),     sig} +
                pss + QStringList{data};
            CHECKED(peerOk(QStringLiteral("openssl"), signArgs, QByteArray(), engine));
            const QStringList verifyArgs =
                QStringList{
                    QStringLiteral("dgst"),       QStringLiteral("-") + QLatin1String(c.digest),
                    QStringLiteral("-verify"),    key.pubFile,
                    QStringLiteral("-signature"), sig} +
                pss + QStringList{data};
            const OpensslRun v = openssl(verifyArgs);
            QVERIFY2(v.exitCode == 0 && v.out.contains("Verified OK"),
                     qPrintable(described(QStringLiteral("openssl"), verifyArgs, v)));
        }

        // The same with pkeyutl over a hash the caller made.
        const QString hash = file(QStringLiteral("data.sha256"));
        QVERIFY(writeBytes(hash,
                           QCryptographicHash::hash(readBytes(data), QCryptographicHash::Sha256)));
        for (const CardKey& key : card.keys) {
            const QString sig = file(key.name + QStringLiteral(".pkeyutl.sig"));
            const QStringList opts{QStringLiteral("-pkeyopt"), QStringLiteral("digest:sha256")};
            CHECKED(peerOk(QStringLiteral("openssl"),
                           QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-sign"),
                                       QStringLiteral("-engine"), QStringLiteral("pkcs11"),
                                       QStringLiteral("-keyform"), QStringLiteral("engine"),
                                       QStringLiteral("-inkey"),
                                       uri(card, key, QStringLiteral("private"), true),
                                       QStringLiteral("-in"), hash, QStringLiteral("-out"), sig} +
                               opts,
                           QByteArray(), engine));
            const QStringList verifyArgs = QStringList{QStringLiteral("pkeyutl"),
                                                       QStringLiteral("-verify"),
                                                       QStringLiteral("-pubin"),
                                                       QStringLiteral("-inkey"),
                                                       key.pubFile,
                                                       QStringLiteral("-in"),
                                                       hash,
                                                       QStringLiteral("-sigfile"),
                                                       sig} +
                                           opts;
            const OpensslRun v = openssl(verifyArgs);
            QVERIFY2(v.exitCode == 0 && v.out.contains("Signature Verified Successfully"),
                     qPrintable(described(QStringLiteral("openssl"), verifyArgs, v)));
        }

        // Decryption, PKCS #1 v1.5 and OAEP (libp11 passes no OAEP label).
        const CardKey& rsa = card.key(Alg::Rsa);
        const QByteArray secret = "decrypted by the card";
        QVERIFY(writeBytes(file(QStringLiteral("secret")), secret));
        for (const QStringList& opts :
             {QStringList{},
              QStringList{QStringLiteral("-pkeyopt"), QStringLiteral("rsa_padding_mode:oaep"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("rsa_oaep_md:sha256"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("rsa_mgf1_md:sha256")}}) {
            const QString enc = file(QStringLiteral("secret.enc"));
            const OpensslRun e =
                openssl(QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-encrypt"),
                                    QStringLiteral("-pubin"), QStringLiteral("-inkey"), rsa.pubFile,
                                    QStringLiteral("-in"), file(QStringLiteral("secret")),
                                    QStringLiteral("-out"), enc} +
                        opts);
            QVERIFY2(e.exitCode == 0, qPrintable(e.text()));
            const ProcessResult d =
                peerOk(QStringLiteral("openssl"),
                       QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-decrypt"),
                                   QStringLiteral("-engine"), QStringLiteral("pkcs11"),
                                   QStringLiteral("-keyform"), QStringLiteral("engine"),
                                   QStringLiteral("-inkey"),
                                   uri(card, rsa, QStringLiteral("private"), true),
                                   QStringLiteral("-in"), enc} +
                           opts,
                       QByteArray(), engine);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(d.out, secret);
        }
    }

    // 5. OpenSSH: ssh-keygen -D lists the card's keys as the certificates' keys; ssh-agent
    // with the module signs, and ssh-keygen verifies.
    void openssh()
    {
        REQUIRE_TOOL("ssh-keygen");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Rsa, Alg::Ec}));
        const ProcessResult listed =
            peerOk(QStringLiteral("ssh-keygen"), {QStringLiteral("-D"), m_module});
        if (QTest::currentTestFailed())
            return;
        QStringList expected;
        for (const CardKey& key : card.keys) {
            const ProcessResult converted =
                peerOk(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-i"), QStringLiteral("-m"), QStringLiteral("PKCS8"),
                        QStringLiteral("-f"), key.pubFile});
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(sshKeys(converted.out).size(), 1);
            expected << sshKeys(converted.out);
            QVERIFY(writeBytes(file(key.name + QStringLiteral(".ssh.pub")), converted.out));
        }
        QStringList shown = sshKeys(listed.out);
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);

        REQUIRE_TOOL("ssh-agent");
        REQUIRE_TOOL("ssh-add");
        const QString socket = file(QStringLiteral("agent.sock"));
        Background agent;
        agent.process->setProcessEnvironment(systemEnvironmentWith(environment()));
        // -P: the agent loads only modules under the allowed paths (default /usr/lib*/*).
        agent.process->start(
            QStringLiteral("ssh-agent"),
            {QStringLiteral("-D"), QStringLiteral("-a"), socket, QStringLiteral("-P"), m_module});
        QVERIFY(agent.process->waitForStarted());
        QByteArray agentOut;
        QVERIFY2(agent.waitForLine(QRegularExpression(QStringLiteral("SSH_AUTH_SOCK")), &agentOut)
                     .hasMatch(),
                 (agentOut + agent.process->readAllStandardError()).constData());
        const QString askpass = file(QStringLiteral("askpass.sh"));
        QVERIFY(writeBytes(askpass, "#!/bin/sh\necho '" + kPin + "'\n"));
        QFile::setPermissions(askpass, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment sshEnv;
        sshEnv.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        sshEnv.insert(QStringLiteral("SSH_ASKPASS"), askpass);
        sshEnv.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        sshEnv.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
        m_hostSkipsFinalize = true;
        ProcessResult r =
            peer(QStringLiteral("ssh-add"), {QStringLiteral("-s"), m_module}, QByteArray(), sshEnv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        r = peer(QStringLiteral("ssh-add"), {QStringLiteral("-L")}, QByteArray(), sshEnv);
        QStringList inAgent = sshKeys(r.out);
        inAgent.sort();
        QVERIFY2(inAgent == expected, qPrintable(r.text()));

        const QString data = file(QStringLiteral("data.txt"));
        QVERIFY(writeBytes(data, "Signed by ssh-agent with the card.\n"));
        for (const CardKey& key : card.keys) {
            const QString pub = file(key.name + QStringLiteral(".ssh.pub"));
            QFile::remove(data + QStringLiteral(".sig"));
            r = peer(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"), pub,
                      QStringLiteral("-n"), QStringLiteral("file"), data},
                     QByteArray(), sshEnv);
            QVERIFY2(r.exitCode == 0, qPrintable(key.name + r.text()));
            r = peer(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-Y"), QStringLiteral("check-novalidate"),
                      QStringLiteral("-n"), QStringLiteral("file"), QStringLiteral("-f"), pub,
                      QStringLiteral("-s"), data + QStringLiteral(".sig")},
                     readBytes(data), sshEnv);
            QVERIFY2(r.exitCode == 0 && r.out.contains("Good \"file\" signature"),
                     qPrintable(key.name + r.text()));
        }
    }

    // 6. TLS with the client key on the card: TLS 1.3 (RSA-PSS, ECDSA) and TLS 1.2 with
    // PKCS #1 v1.5 signatures (the server allows only those), verified by s_server.
    void tlsClientAuthentication()
    {
        if (!QFileInfo::exists(kEngine))
            TPMVSC_SKIP_OR_FAIL(
                "libp11's engine is not installed (package libengine-pkcs11-openssl)");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Rsa, Alg::Ec}));
        const QString server = file(QStringLiteral("server"));
        OpensslRun r =
            openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), server + QStringLiteral(".key"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                     QStringLiteral("-out"), server + QStringLiteral(".csr")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        const QByteArray serverCert = m_ca->issue(
            server + QStringLiteral(".csr"),
            QStringLiteral("keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                           "subjectAltName=IP:127.0.0.1,DNS:localhost\n"));
        QVERIFY2(!serverCert.isEmpty(), qPrintable(m_ca->lastError()));
        QVERIFY(writeBytes(server + QStringLiteral(".pem"), serverCert));

        const QStringList pkcs1Only{QStringLiteral("-client_sigalgs"),
                                    QStringLiteral("RSA+SHA256:RSA+SHA384:ECDSA+SHA256")};
        CHECKED(tlsHandshake(card, card.key(Alg::Rsa), QStringLiteral("tls1_3"), {},
                             QStringLiteral("RSA-PSS")));
        CHECKED(tlsHandshake(card, card.key(Alg::Ec), QStringLiteral("tls1_3"), {},
                             QStringLiteral("ECDSA")));
        CHECKED(tlsHandshake(card, card.key(Alg::Rsa), QStringLiteral("tls1_2"), pkcs1Only,
                             QStringLiteral("RSA")));
        CHECKED(tlsHandshake(card, card.key(Alg::Ec), QStringLiteral("tls1_2"), {},
                             QStringLiteral("ECDSA")));
    }

    // 7. PAM logon with pam_pkcs11 (pamtester): the CA check and the signature check for
    // each key, each mapped to this user by its certificate's digest; a wrong PIN fails and
    // counts a try, a user the certificate does not map to fails.
    void pamLogon()
    {
        REQUIRE_TOOL("pamtester");
        if (!QFileInfo::exists(QStringLiteral("/lib/x86_64-linux-gnu/security/pam_pkcs11.so")))
            TPMVSC_SKIP_OR_FAIL("pam_pkcs11 is not installed (package libpam-pkcs11)");
        if (::geteuid() != 0)
            TPMVSC_SKIP_OR_FAIL(
                "pamtester needs a PAM service file in /etc/pam.d; writing it needs root");
        Card card;
        CHECKED(makeCard(&card, QStringLiteral("Peers Card"), {Alg::Rsa, Alg::Ec}));

        const QString caDir = file(QStringLiteral("cacerts"));
        QVERIFY(QDir().mkpath(caDir));
        QVERIFY(QFile::copy(m_ca->certFile(), caDir + QStringLiteral("/ca.pem")));
        OpensslRun o = openssl({QStringLiteral("rehash"), caDir});
        QVERIFY2(o.exitCode == 0, qPrintable(o.text()));
        const QString conf = file(QStringLiteral("pam_pkcs11.conf"));
        const QString mapFile = file(QStringLiteral("digest_mapping"));
        QVERIFY(writeBytes(conf, QStringLiteral("pam_pkcs11 {\n"
                                                "  nullok = false;\n  debug = false;\n"
                                                "  use_first_pass = false;\n"
                                                "  try_first_pass = false;\n"
                                                "  use_authtok = false;\n  card_only = true;\n"
                                                "  wait_for_card = false;\n"
                                                "  use_pkcs11_module = tpmvsc;\n"
                                                "  pkcs11_module tpmvsc {\n"
                                                "    module = %1;\n"
                                                "    description = \"tpmvsc\";\n"
                                                "    slot_num = 0;\n"
                                                "    ca_dir = %2;\n"
                                                "    support_threads = false;\n"
                                                "    cert_policy = ca,signature;\n  }\n"
                                                "  use_mappers = digest;\n"
                                                "  mapper digest {\n    debug = false;\n"
                                                "    module = internal;\n"
                                                "    algorithm = \"sha1\";\n"
                                                "    mapfile = file://%3;\n  }\n}\n")
                                     .arg(m_module, caDir, mapFile)
                                     .toUtf8()));
        const QString service =
            QStringLiteral("tpmvsc-test-%1").arg(QCoreApplication::applicationPid());
        m_pamService = QStringLiteral("/etc/pam.d/") + service;
        RemoveOnExit removeService{m_pamService};
        QVERIFY(writeBytes(m_pamService,
                           "auth required pam_pkcs11.so config_file=" + conf.toLocal8Bit() + '\n'));
        const QString user = userName();
        const auto authenticate = [&](const QString& who, const QByteArray& pin) {
            return peer(QStringLiteral("pamtester"),
                        {QStringLiteral("-v"), service, who, QStringLiteral("authenticate")},
                        pin + '\n');
        };

        for (const CardKey& key : card.keys) {
            o = openssl({QStringLiteral("x509"), QStringLiteral("-in"), key.certFile,
                         QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                         QStringLiteral("-sha1")});
            const QByteArray digest = o.out.trimmed().split('=').value(1);
            QVERIFY2(!digest.isEmpty(), qPrintable(o.text()));
            // Only this key's certificate maps to the user: pam_pkcs11 must use this key.
            QVERIFY(writeBytes(mapFile, digest + " -> " + user.toLocal8Bit() + '\n'));
            const ProcessResult r = authenticate(user, kPin);
            QVERIFY2(r.exitCode == 0 && (r.out + r.err).contains("successfully authenticated"),
                     qPrintable(key.name + QLatin1Char('\n') + r.text()));
            QVERIFY2(r.out.contains("Checking signature") || r.err.contains("Checking signature"),
                     qPrintable(key.name + QLatin1Char('\n') + r.text()));
        }
        QCOMPARE(pinTriesLine(card), QStringLiteral("5 of 5"));

        ProcessResult r = authenticate(user, "wrong-PIN-9");
        QVERIFY2(r.exitCode != 0 && (r.out + r.err).contains("Authentication failure"),
                 qPrintable(r.text()));
        QCOMPARE(pinTriesLine(card), QStringLiteral("4 of 5"));
        // PKCS #11 says so too: CKF_USER_PIN_COUNT_LOW.
        if (haveTool("pkcs11-tool")) {
            const ProcessResult slots =
                peer(QStringLiteral("pkcs11-tool"),
                     {QStringLiteral("--module"), m_module, QStringLiteral("--list-slots")});
            QVERIFY2(slots.out.contains("user PIN count low"), qPrintable(slots.text()));
        }
        // Another user: the certificate does not map to them, whatever the PIN.
        const QString other =
            user == QLatin1String("daemon") ? QStringLiteral("bin") : QStringLiteral("daemon");
        r = authenticate(other, kPin);
        QVERIFY2(r.exitCode != 0, qPrintable(r.text()));
        // The right PIN again logs on, and the count of tries is full again.
        r = authenticate(user, kPin);
        QVERIFY2(r.exitCode == 0 && (r.out + r.err).contains("successfully authenticated"),
                 qPrintable(r.text()));
        QCOMPARE(pinTriesLine(card), QStringLiteral("5 of 5"));
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Peers)
#include "test_pkcs11_peers.moc"

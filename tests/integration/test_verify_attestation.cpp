// tpmvscmgr verifyattestation against evidence that our code did not make: tpm2-tools
// drive a swtpm of this test (keys made and certified by the TPM, a certification with a
// nonce sent as a raw TPM2_Certify through tpm2_send, since tpm2_certify takes none), the
// AIK's certificates come from CAs made with the openssl CLI, and the JSON is written here
// by hand. The good evidence is verified, and each way of spoiling it is refused with its
// own sentence and exit status 13. The same statement inside a certificate request signed
// by the TPM key (tpm2_sign) is verified too, and refused when the request's key is not
// the certified one. verifyattestation runs with an unreachable TPM: it needs none.
#include "enroll/AttestationBundle.h"
#include "enroll/CertificateRequest.h"
#include "enroll/DistinguishedName.h"
#include "enroll/EvidenceVerification.h"
#include "enroll/TpmStructures.h"
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <tuple>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

enum Exit { Ok = 0, InvalidInput = 3, Refused = 13 };

// Persistent handles of the test's keys, in the test's own swtpm.
const QString kAik = QStringLiteral("0x81000010");     // restricted ECC P-256 signing key
const QString kKey = QStringLiteral("0x81000011");     // a user's ECC P-256 signing key
const QString kDerived = QStringLiteral("0x81000012"); // derived: no sensitiveDataOrigin
const QString kRsaAik = QStringLiteral("0x81000013");  // restricted RSA 2048 signing key
const QByteArray kNonce = QByteArray::fromHex("00112233445566778899aabbccddeeff");
// tpm2_certify (5.4) takes no qualifying data and always sends these bytes.
const QString kToolNonce = QStringLiteral("00ff55aa");

quint32 be(const QByteArray& b, qsizetype at, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

QByteArray u16(quint16 v)
{
    const char bytes[2] = {char(v >> 8), char(v & 0xff)};
    return QByteArray(bytes, 2);
}

QByteArray u32(quint32 v)
{
    return u16(quint16(v >> 16)) + u16(quint16(v & 0xffff));
}

// What TPM2_Certify answered: the TPMS_ATTEST and the TPMT_SIGNATURE, as marshalled.
struct Certified {
    QByteArray attest;
    QByteArray signature;
};

// r and s of an ECDSA TPMT_SIGNATURE as DER, through OpenSSL alone.
QByteArray derOfEcdsa(const QByteArray& tpmtSignature)
{
    const quint16 rSize = quint16(be(tpmtSignature, 4, 2));
    const QByteArray r = tpmtSignature.mid(6, rSize);
    const QByteArray s = tpmtSignature.mid(6 + rSize + 2);
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(
        sig,
        BN_bin2bn(reinterpret_cast<const unsigned char*>(r.constData()), int(r.size()), nullptr),
        BN_bin2bn(reinterpret_cast<const unsigned char*>(s.constData()), int(s.size()), nullptr));
    unsigned char* out = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &out);
    const QByteArray der(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    ECDSA_SIG_free(sig);
    return der;
}

} // namespace

class TestVerifyAttestation : public TpmvscmgrTestCase
{
    Q_OBJECT

    QTemporaryDir m_work; // the evidence and keys, made once for every test
    QString m_tcti;
    AttestationBundle m_bundle; // the last one bundleOf() made

    QString path(const QString& name) const { return m_work.filePath(name); }

    QByteArray read(const QString& name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    bool write(const QString& name, const QByteArray& bytes) const
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // A tpm2-tools command against this test's TPM; every transient object it leaves
    // (swtpm has no resource manager) is flushed. Empty on success, else what went wrong.
    QString tpm(const QString& program, const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), m_tcti);
        const ProcessResult r = runProcess(program, args, env, input);
        const ProcessResult flushed =
            runProcess(QStringLiteral("tpm2_flushcontext"), {QStringLiteral("-t")}, env);
        if (r.exitCode != 0)
            return program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QLatin1Char('\n') +
                   r.text();
        return flushed.exitCode == 0 ? QString() : flushed.text();
    }

    QString openssl(const QStringList& args)
    {
        const ProcessResult r = runProcess(QStringLiteral("openssl"), args);
        return r.exitCode == 0 ? QString()
                               : QStringLiteral("openssl ") + args.join(u' ') + r.text();
    }

    // The key's TPMT_PUBLIC (tpm2_readpublic writes the TPM2B) and its PEM.
    QString readPublic(const QString& handle, const QString& name)
    {
        QString problem = tpm(QStringLiteral("tpm2_readpublic"),
                              {QStringLiteral("-c"), handle, QStringLiteral("-o"),
                               path(name + QStringLiteral(".tpm2b"))});
        if (problem.isEmpty())
            problem =
                tpm(QStringLiteral("tpm2_readpublic"),
                    {QStringLiteral("-c"), handle, QStringLiteral("-f"), QStringLiteral("pem"),
                     QStringLiteral("-o"), path(name + QStringLiteral(".pem"))});
        if (problem.isEmpty() &&
            !write(name + QStringLiteral(".pub"), read(name + QStringLiteral(".tpm2b")).mid(2)))
            problem = QStringLiteral("cannot write ") + name;
        return problem;
    }

    // TPM2_Certify through tpm2_certify: no qualifying data; TPMS_ATTEST and TPMT_SIGNATURE.
    QString certify(const QString& object, const QString& signer, const QString& name)
    {
        return tpm(QStringLiteral("tpm2_certify"),
                   {QStringLiteral("-c"), object, QStringLiteral("-C"), signer,
                    QStringLiteral("-g"), QStringLiteral("sha256"), QStringLiteral("-o"),
                    path(name + QStringLiteral(".attest")), QStringLiteral("-s"),
                    path(name + QStringLiteral(".tpmtsig"))});
    }

    // TPM2_Certify with qualifying data, sent as bytes: both handles authorised by empty
    // passwords, the signer's own scheme (TPM_ALG_NULL).
    QString certifyWithNonce(const QString& object, const QString& signer, const QByteArray& nonce,
                             const QString& name)
    {
        const QByteArray passwordSession = u32(0x40000009) + u16(0) + '\0' + u16(0);
        const QByteArray body = u32(object.toUInt(nullptr, 16)) + u32(signer.toUInt(nullptr, 16)) +
                                u32(2 * passwordSession.size()) + passwordSession +
                                passwordSession + u16(quint16(nonce.size())) + nonce + u16(0x0010);
        const QByteArray command = u16(0x8002) + u32(10 + body.size()) + u32(0x148) + body;
        const QString problem =
            tpm(QStringLiteral("tpm2_send"),
                {QStringLiteral("-o"), path(QStringLiteral("certify.rsp"))}, command);
        if (!problem.isEmpty())
            return problem;
        const QByteArray response = read(QStringLiteral("certify.rsp"));
        if (response.size() < 16 || be(response, 6, 4) != 0)
            return QStringLiteral("TPM2_Certify failed: ") + QString::fromLatin1(response.toHex());
        const quint32 parameters = be(response, 10, 4);
        const quint16 attestSize = quint16(be(response, 14, 2));
        const QByteArray attest = response.mid(16, attestSize);
        const QByteArray signature = response.mid(16 + attestSize, parameters - 2 - attestSize);
        if (!write(name + QStringLiteral(".attest"), attest) ||
            !write(name + QStringLiteral(".tpmtsig"), signature))
            return QStringLiteral("cannot write ") + name;
        return {};
    }

    // The evidence file as `attest` would write it, assembled here from the tools' output.
    QJsonObject evidence(const QString& certified, const QString& aik, int alg = -7) const
    {
        const QByteArray tpmtSig = read(certified + QStringLiteral(".tpmtsig"));
        const QByteArray sig = alg == -7 ? derOfEcdsa(tpmtSig) : tpmtSig.mid(6);
        return QJsonObject{
            {QStringLiteral("fmt"), QStringLiteral("tpm")},
            {QStringLiteral("ver"), QStringLiteral("2.0")},
            {QStringLiteral("alg"), alg},
            {QStringLiteral("certInfo"),
             QString::fromLatin1(read(certified + QStringLiteral(".attest")).toBase64())},
            {QStringLiteral("sig"), QString::fromLatin1(sig.toBase64())},
            {QStringLiteral("aikPublic"), QString::fromLatin1(read(aik + QStringLiteral(".pem")))},
        };
    }

    static QJsonObject withPubArea(QJsonObject o, const QByteArray& pubArea)
    {
        o.insert(QStringLiteral("pubArea"), QString::fromLatin1(pubArea.toBase64()));
        return o;
    }

    static QJsonObject withChain(QJsonObject o, const QList<QByteArray>& chain)
    {
        QJsonArray x5c;
        for (const QByteArray& c : chain)
            x5c.append(QString::fromLatin1(c.toBase64()));
        o.insert(QStringLiteral("x5c"), x5c);
        return o;
    }

    static QByteArray flipped(QByteArray bytes, qsizetype at)
    {
        bytes[at] = char(bytes.at(at) ^ 0x01);
        return bytes;
    }

    // Writes the evidence and returns its path.
    QString evidenceFile(const QString& name, const QJsonObject& o)
    {
        write(name, QJsonDocument(o).toJson(QJsonDocument::Compact));
        return path(name);
    }

    QJsonObject goodEvidence() const
    {
        return withChain(withPubArea(evidence(QStringLiteral("bare"), QStringLiteral("aik")),
                                     read(QStringLiteral("key.pub"))),
                         {read(QStringLiteral("aik.der")), read(QStringLiteral("inter.der"))});
    }

    QStringList verify(const QString& file, const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("verifyattestation"), QStringLiteral("/in"), file} + more;
    }

    void refused(const QStringList& args, const QString& message)
    {
        expectRefused(args, {}, Refused, message);
    }

    // The AIK's chain: a root, an intermediate, the AIK's certificate; and another root
    // that vouches for nothing here.
    QString makeCertificates()
    {
        const QString ext = path(QStringLiteral("ca.ext"));
        write(QStringLiteral("ca.ext"), "basicConstraints=critical,CA:TRUE\n"
                                        "keyUsage=critical,keyCertSign,cRLSign\n");
        for (const QString& root : {QStringLiteral("root"), QStringLiteral("other")}) {
            const QString problem =
                openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-keyout"), path(root + QStringLiteral(".key")),
                         QStringLiteral("-out"), path(root + QStringLiteral(".pem")),
                         QStringLiteral("-subj"), QStringLiteral("/CN=Attestation root ") + root,
                         QStringLiteral("-days"), QStringLiteral("2")});
            if (!problem.isEmpty())
                return problem;
        }
        QString problem =
            openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), path(QStringLiteral("inter.key")),
                     QStringLiteral("-out"), path(QStringLiteral("inter.csr")),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Attestation CA")});
        if (problem.isEmpty())
            problem = openssl(
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 path(QStringLiteral("inter.csr")), QStringLiteral("-CA"),
                 path(QStringLiteral("root.pem")), QStringLiteral("-CAkey"),
                 path(QStringLiteral("root.key")), QStringLiteral("-extfile"), ext,
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-outform"),
                 QStringLiteral("DER"), QStringLiteral("-out"), path(QStringLiteral("inter.der"))});
        // The AIK's certificate (and one for the card key, standing for another AIK's).
        for (const QString& key : {QStringLiteral("aik"), QStringLiteral("key")}) {
            if (problem.isEmpty())
                problem = openssl(
                    {QStringLiteral("x509"), QStringLiteral("-new"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=AIK ") + key, QStringLiteral("-force_pubkey"),
                     path(key + QStringLiteral(".pem")), QStringLiteral("-CA"),
                     path(QStringLiteral("inter.der")), QStringLiteral("-CAform"),
                     QStringLiteral("DER"), QStringLiteral("-CAkey"),
                     path(QStringLiteral("inter.key")), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-outform"), QStringLiteral("DER"),
                     QStringLiteral("-out"), path(key + QStringLiteral(".der"))});
        }
        return problem;
    }

    // The keys, made by the TPM and kept at persistent handles of this test's swtpm.
    QString makeKeys()
    {
        QString parent = path(QStringLiteral("primary.ctx"));
        QString problem = tpm(QStringLiteral("tpm2_createprimary"),
                              {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-G"),
                               QStringLiteral("ecc"), QStringLiteral("-c"), parent});
        const auto make = [&](const QString& handle, const QString& alg, const QString& attrs) {
            const QString ctx = path(QStringLiteral("made.ctx"));
            if (problem.isEmpty())
                problem = tpm(QStringLiteral("tpm2_create"),
                              {QStringLiteral("-C"), parent, QStringLiteral("-G"), alg,
                               QStringLiteral("-a"), attrs, QStringLiteral("-c"), ctx});
            if (problem.isEmpty())
                problem = tpm(
                    QStringLiteral("tpm2_evictcontrol"),
                    {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"), ctx, handle});
        };
        const QString aikAttrs =
            QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|userwithauth|restricted|sign");
        make(kAik, QStringLiteral("ecc256:ecdsa-sha256:null"), aikAttrs);
        make(kKey, QStringLiteral("ecc256:ecdsa-sha256:null"),
             QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|userwithauth|sign"));
        make(kRsaAik, QStringLiteral("rsa2048:rsassa-sha256:null"), aikAttrs);
        // A key derived from a derivation parent's secret: fixed to the TPM, but its
        // private part is not the TPM's own random (sensitiveDataOrigin clear).
        parent = path(QStringLiteral("derivation.ctx"));
        if (problem.isEmpty())
            problem = tpm(QStringLiteral("tpm2_createprimary"),
                          {QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-G"),
                           QStringLiteral("xor:sha256"), QStringLiteral("-a"),
                           QStringLiteral("restricted|decrypt|fixedtpm|fixedparent|"
                                          "sensitivedataorigin|userwithauth"),
                           QStringLiteral("-c"), parent});
        make(kDerived, QStringLiteral("ecc256:ecdsa-sha256:null"),
             QStringLiteral("fixedtpm|fixedparent|userwithauth|sign"));
        for (const auto& [handle, name] :
             {std::pair{kAik, QStringLiteral("aik")}, std::pair{kKey, QStringLiteral("key")},
              std::pair{kDerived, QStringLiteral("derived")},
              std::pair{kRsaAik, QStringLiteral("rsaaik")}}) {
            if (problem.isEmpty())
                problem = readPublic(handle, name);
        }
        return problem;
    }

    // A certificate request for `spki` carrying `bundle` (none when null), signed by the
    // TPM key at `handle`.
    QByteArray requestSignedBy(const QString& handle, const QByteArray& spki,
                               const AttestationBundle* bundle)
    {
        CertificateContent content;
        content.publicKeyInfo = spki;
        content.subject = parseDistinguishedName(QStringLiteral("CN=Alice"));
        content.certificateTemplate = builtInTemplates()[0];
        if (bundle)
            content.attestationBundle = encodeAttestationBundle(*bundle);
        const Signer tpmSigner = [&](const QByteArray& digest, HashAlgorithm, SignatureScheme) {
            write(QStringLiteral("digest"), digest);
            const QString problem =
                tpm(QStringLiteral("tpm2_sign"),
                    {QStringLiteral("-c"), handle, QStringLiteral("-g"), QStringLiteral("sha256"),
                     QStringLiteral("-d"), QStringLiteral("-f"), QStringLiteral("plain"),
                     QStringLiteral("-o"), path(QStringLiteral("csr.sig")),
                     path(QStringLiteral("digest"))});
            if (!problem.isEmpty())
                throw Error(ErrorCode::Internal, problem);
            return read(QStringLiteral("csr.sig"));
        };
        return createCertificateRequest(content, tpmSigner).pem();
    }

    QByteArray spkiOf(const QString& name)
    {
        return publicKeyFromPem(read(name + QStringLiteral(".pem")));
    }

    const AttestationBundle* bundleOf(const QString& certified, const QString& pub,
                                      const QList<QByteArray>& certificates)
    {
        m_bundle = AttestationBundle();
        m_bundle.statements.append(TpmCertifyStatement{read(certified + QStringLiteral(".attest")),
                                                       read(certified + QStringLiteral(".tpmtsig")),
                                                       read(pub + QStringLiteral(".pub"))});
        m_bundle.certificates = certificates;
        return &m_bundle;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        QVERIFY(m_work.isValid());
        m_swtpm = std::make_unique<SwtpmFixture>();
        m_tcti = m_swtpm->tcti();
        QString problem = makeKeys();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = makeCertificates();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const auto& [object, signer, name] :
             {std::tuple{kKey, kAik, QStringLiteral("key")},
              std::tuple{kDerived, kAik, QStringLiteral("derived")},
              std::tuple{kAik, kAik, QStringLiteral("self")},
              std::tuple{kKey, kRsaAik, QStringLiteral("rsa")}}) {
            problem = certify(object, signer, name);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        problem = certifyWithNonce(kKey, kAik, kNonce, QStringLiteral("nonce"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = certifyWithNonce(kKey, kAik, {}, QStringLiteral("bare"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = tpm(QStringLiteral("tpm2_quote"),
                      {QStringLiteral("-c"), kAik, QStringLiteral("-l"), QStringLiteral("sha256:0"),
                       QStringLiteral("-m"), path(QStringLiteral("quote.attest")),
                       QStringLiteral("-s"), path(QStringLiteral("quote.tpmtsig"))});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Nothing of ours is left loaded in the TPM; its persistent keys go with it.
        QProcessEnvironment env;
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), m_tcti);
        const ProcessResult handles =
            runProcess(QStringLiteral("tpm2_getcap"), {QStringLiteral("handles-transient")}, env);
        QVERIFY2(handles.exitCode == 0 && handles.out.trimmed().isEmpty(),
                 qPrintable(handles.text()));
    }

    void init()
    {
        QVERIFY(newStore());
        // The command needs no TPM: this one is not there.
        m_extraEnv.insert(QStringLiteral("TPMVSC_TCTI"), unreachableSwtpmTcti());
    }

    void cleanupTestCase() { m_swtpm.reset(); }

    // The evidence is genuine by others' reading too: openssl verifies the AIK's
    // signature, tpm2_print reads the nonce in certInfo.
    void peersAgreeTheEvidenceIsGenuine()
    {
        write(QStringLiteral("nonce.der"), derOfEcdsa(read(QStringLiteral("nonce.tpmtsig"))));
        const QString problem =
            openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
                     path(QStringLiteral("aik.pem")), QStringLiteral("-signature"),
                     path(QStringLiteral("nonce.der")), path(QStringLiteral("nonce.attest"))});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // tpm2_print (5.4) prints the header and then gives up on the certify union.
        const ProcessResult printed = runProcess(
            QStringLiteral("tpm2_print"), {QStringLiteral("-t"), QStringLiteral("TPMS_ATTEST"),
                                           path(QStringLiteral("nonce.attest"))});
        const tpm2::Attest attest = tpm2::parseAttest(read(QStringLiteral("nonce.attest")));
        // tpm2_print dumps the 64-bit firmware version as the bytes of the host's integer
        // (little-endian here), not as the TPM sent it.
        QByteArray firmware;
        for (int i = 0; i < 8; ++i)
            firmware += char((attest.firmwareVersion >> (8 * i)) & 0xff);
        for (const QByteArray& seen :
             {QByteArray("magic: ff544347"), QByteArray("type: 8017"),
              "extraData: " + kNonce.toHex(), "clock: " + QByteArray::number(attest.clock),
              "resetCount: " + QByteArray::number(attest.resetCount),
              "restartCount: " + QByteArray::number(attest.restartCount),
              "firmwareVersion: " + firmware.toHex(),
              "qualifiedSigner: " + attest.qualifiedSigner.toHex()})
            QVERIFY2(printed.out.contains(seen),
                     qPrintable(QString::fromLatin1(seen) + u'\n' + printed.text()));
    }

    // Our reading of the TPM's structures agrees with the TPM's: the Name tpm2_readpublic
    // reports, the key it writes as PEM.
    void structuresReadAsTheTpmWroteThem()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), m_tcti);
        const ProcessResult r =
            runProcess(QStringLiteral("tpm2_readpublic"), {QStringLiteral("-c"), kKey}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.text()));
        const QRegularExpressionMatch name =
            QRegularExpression(QStringLiteral("^name: ([0-9a-f]+)$"),
                               QRegularExpression::MultilineOption)
                .match(QString::fromLatin1(r.out));
        QVERIFY2(name.hasMatch(), r.out.constData());
        const tpm2::Public area = tpm2::parsePublic(read(QStringLiteral("key.pub")));
        QCOMPARE(QString::fromLatin1(tpm2::nameOf(area).toHex()), name.captured(1));
        QCOMPARE(tpm2::subjectPublicKeyInfo(area), spkiOf(QStringLiteral("key")));
        const tpm2::Attest attest = tpm2::parseAttest(read(QStringLiteral("key.attest")));
        QCOMPARE(attest.certifiedName, tpm2::nameOf(area));
        const tpm2::Public rsa = tpm2::parsePublic(read(QStringLiteral("rsaaik.pub")));
        QCOMPARE(rsa.keyBits, quint16(2048));
        QCOMPARE(tpm2::subjectPublicKeyInfo(rsa), spkiOf(QStringLiteral("rsaaik")));
    }

    void goodEvidenceIsVerified()
    {
        const QString file = evidenceFile(QStringLiteral("good.json"), goodEvidence());
        ProcessResult r = run(verify(file));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("Verified"), qPrintable(r.text()));
        QVERIFY2(r.out.contains("not checked (no /roots)"), qPrintable(r.text()));

        r = run(verify(file, {QStringLiteral("/roots"), path(QStringLiteral("root.pem")),
                              QStringLiteral("/key"), path(QStringLiteral("key.pem"))}));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("CN=AIK aik, chains to the root CN=Attestation root root"),
                 qPrintable(r.text()));
        QVERIFY2(r.out.contains("the one given with /key"), qPrintable(r.text()));
        const tpm2::Public area = tpm2::parsePublic(read(QStringLiteral("key.pub")));
        QVERIFY2(r.out.contains(tpm2::nameOf(area).toHex()), qPrintable(r.text()));

        // tpm2_certify's own output, with the qualifying data it always sends.
        const QString tool =
            evidenceFile(QStringLiteral("tool.json"),
                         withPubArea(evidence(QStringLiteral("key"), QStringLiteral("aik")),
                                     read(QStringLiteral("key.pub"))));
        TPMVSC_CHECK_EXIT(run(verify(tool, {QStringLiteral("/nonce"), kToolNonce})), Ok);

        // /quiet: the exit status says it all.
        r = run(verify(file, {QStringLiteral("/quiet")}));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY(r.out.isEmpty());
    }

    void nonceIsChecked()
    {
        const QString file =
            evidenceFile(QStringLiteral("nonce.json"),
                         withPubArea(evidence(QStringLiteral("nonce"), QStringLiteral("aik")),
                                     read(QStringLiteral("key.pub"))));
        const ProcessResult r = run(verify(
            file, {QStringLiteral("/nonce"), QString::fromLatin1(kNonce.toHex().toUpper())}));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains(kNonce.toHex()), qPrintable(r.text()));

        refused(verify(file, {QStringLiteral("/nonce"), QStringLiteral("00112233")}),
                QStringLiteral("not the expected 00112233"));
        refused(verify(file), QStringLiteral("but none was expected"));
        const QString without = evidenceFile(QStringLiteral("good.json"), goodEvidence());
        refused(verify(without, {QStringLiteral("/nonce"), QStringLiteral("00112233")}),
                QStringLiteral("carries no nonce, but 00112233 was expected"));
    }

    void rsaAikIsVerified()
    {
        const QString file = evidenceFile(
            QStringLiteral("rsa.json"),
            withPubArea(evidence(QStringLiteral("rsa"), QStringLiteral("rsaaik"), -257),
                        read(QStringLiteral("key.pub"))));
        const ProcessResult r = run(verify(file, {QStringLiteral("/nonce"), kToolNonce}));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("RSA 2048 (RS256)"), qPrintable(r.text()));

        // The algorithm must be the AIK's.
        QJsonObject wrong = withPubArea(evidence(QStringLiteral("rsa"), QStringLiteral("rsaaik")),
                                        read(QStringLiteral("key.pub")));
        refused(verify(evidenceFile(QStringLiteral("alg.json"), wrong)),
                QStringLiteral("names the algorithm ES256, which an AIK of type RSA 2048"));
    }

    void tamperingIsRefused()
    {
        const QJsonObject good = goodEvidence();
        const QByteArray certInfo = read(QStringLiteral("bare.attest"));
        QJsonObject o = good;
        // A byte of the qualified Name: still a well-formed TPMS_ATTEST, no longer what was
        // signed.
        o.insert(QStringLiteral("certInfo"),
                 QString::fromLatin1(flipped(certInfo, certInfo.size() - 1).toBase64()));
        refused(verify(evidenceFile(QStringLiteral("t1.json"), o)),
                QStringLiteral("signature over certInfo does not verify"));

        const QByteArray sig = QByteArray::fromBase64(good.value(u"sig").toString().toLatin1());
        o = good;
        o.insert(QStringLiteral("sig"),
                 QString::fromLatin1(flipped(sig, sig.size() - 1).toBase64()));
        refused(verify(evidenceFile(QStringLiteral("t2.json"), o)),
                QStringLiteral("signature over certInfo does not verify"));

        // A byte of the key's x coordinate: another key, whose Name the TPM never named.
        const QByteArray pub = read(QStringLiteral("key.pub"));
        refused(verify(evidenceFile(QStringLiteral("t3.json"),
                                    withPubArea(good, flipped(pub, pub.size() - 40)))),
                QStringLiteral("but pubArea's Name is"));
    }

    void anotherAikIsRefused()
    {
        QJsonObject o = goodEvidence();
        o.insert(QStringLiteral("aikPublic"), QString::fromLatin1(read(QStringLiteral("key.pem"))));
        refused(verify(evidenceFile(QStringLiteral("a1.json"), o)),
                QStringLiteral("signature over certInfo does not verify"));

        // A genuine chain, but for another key than the AIK that signed.
        o = withChain(goodEvidence(),
                      {read(QStringLiteral("key.der")), read(QStringLiteral("inter.der"))});
        refused(verify(evidenceFile(QStringLiteral("a2.json"), o),
                       {QStringLiteral("/roots"), path(QStringLiteral("root.pem"))}),
                QStringLiteral("certificate is for another key than the AIK"));
    }

    void chainMustReachTheRoots()
    {
        const QString good = evidenceFile(QStringLiteral("good.json"), goodEvidence());
        refused(verify(good, {QStringLiteral("/roots"), path(QStringLiteral("other.pem"))}),
                QStringLiteral("does not chain to the given roots"));
        // Without the intermediate the AIK's certificate reaches no root either.
        const QString alone =
            evidenceFile(QStringLiteral("alone.json"),
                         withChain(goodEvidence(), {read(QStringLiteral("aik.der"))}));
        refused(verify(alone, {QStringLiteral("/roots"), path(QStringLiteral("root.pem"))}),
                QStringLiteral("does not chain to the given roots"));
        QJsonObject bare = goodEvidence();
        bare.remove(QStringLiteral("x5c"));
        refused(verify(evidenceFile(QStringLiteral("bare.json"), bare),
                       {QStringLiteral("/roots"), path(QStringLiteral("root.pem"))}),
                QStringLiteral("no certificate for the AIK"));
    }

    void keyMustBeTheExpectedOne()
    {
        refused(verify(evidenceFile(QStringLiteral("good.json"), goodEvidence()),
                       {QStringLiteral("/key"), path(QStringLiteral("aik.pem"))}),
                QStringLiteral("not the expected public key"));
    }

    void keysTheTpmDidNotMakeOrMustNotCertifyAreRefused()
    {
        refused(verify(evidenceFile(
                    QStringLiteral("derived.json"),
                    withPubArea(evidence(QStringLiteral("derived"), QStringLiteral("aik")),
                                read(QStringLiteral("derived.pub"))))),
                QStringLiteral("lacks sensitiveDataOrigin"));
        refused(
            verify(evidenceFile(QStringLiteral("self.json"),
                                withPubArea(evidence(QStringLiteral("self"), QStringLiteral("aik")),
                                            read(QStringLiteral("aik.pub"))))),
            QStringLiteral("is restricted"));
        refused(verify(evidenceFile(
                    QStringLiteral("quote.json"),
                    withPubArea(evidence(QStringLiteral("quote"), QStringLiteral("aik")),
                                read(QStringLiteral("key.pub"))))),
                QStringLiteral("not the result of TPM2_Certify: its type is 0x8018"));
    }

    void malformedFilesAreInvalidInput()
    {
        write(QStringLiteral("junk.json"), "{\"fmt\": \"tpm\"");
        expectRefused(verify(path(QStringLiteral("junk.json"))), {}, InvalidInput,
                      QStringLiteral("not a JSON object"));
        QJsonObject o = goodEvidence();
        o.insert(QStringLiteral("aikPublic"), QStringLiteral("not a key"));
        expectRefused(verify(evidenceFile(QStringLiteral("k.json"), o)), {}, InvalidInput,
                      QStringLiteral("\"aikPublic\" is not a PEM public key"));
        // A public area of three bytes is well-formed JSON but no evidence: refused as such.
        o = goodEvidence();
        o.insert(QStringLiteral("pubArea"), QStringLiteral("AAAA"));
        refused(verify(evidenceFile(QStringLiteral("p.json"), o)),
                QStringLiteral("pubArea is not a TPMT_PUBLIC"));
    }

    // The statement inside a request signed by the certified TPM key itself.
    void requestStatementIsVerified()
    {
        const QList<QByteArray> chain{read(QStringLiteral("inter.der")),
                                      read(QStringLiteral("aik.der"))};
        write(QStringLiteral("good.csr"),
              requestSignedBy(kKey, spkiOf(QStringLiteral("key")),
                              bundleOf(QStringLiteral("nonce"), QStringLiteral("key"), chain)));
        const QStringList good{QStringLiteral("verifyattestation"), QStringLiteral("/request"),
                               path(QStringLiteral("good.csr")), QStringLiteral("/nonce"),
                               QString::fromLatin1(kNonce.toHex())};
        ProcessResult r =
            run(good + QStringList{QStringLiteral("/roots"), path(QStringLiteral("root.pem"))});
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("the certificate request's own key"), qPrintable(r.text()));
        QVERIFY2(r.out.contains("chains to the root"), qPrintable(r.text()));
        refused(good + QStringList{QStringLiteral("/roots"), path(QStringLiteral("other.pem"))},
                QStringLiteral("does not chain to the given roots"));

        // Without certificates the AIK must be named.
        write(QStringLiteral("bare.csr"),
              requestSignedBy(kKey, spkiOf(QStringLiteral("key")),
                              bundleOf(QStringLiteral("bare"), QStringLiteral("key"), {})));
        const QStringList bare{QStringLiteral("verifyattestation"), QStringLiteral("/request"),
                               path(QStringLiteral("bare.csr"))};
        refused(bare, QStringLiteral("the attestation key must be given"));
        r = run(bare + QStringList{QStringLiteral("/aik"), path(QStringLiteral("aik.pem"))});
        TPMVSC_CHECK_EXIT(r, Ok);
        refused(bare + QStringList{QStringLiteral("/aik"), path(QStringLiteral("rsaaik.pem"))},
                QStringLiteral("which an AIK of type RSA 2048 cannot use"));
    }

    // A genuine statement about one TPM key attached to a request for another key.
    void requestForAnotherKeyIsRefused()
    {
        write(QStringLiteral("other.csr"),
              requestSignedBy(kDerived, spkiOf(QStringLiteral("derived")),
                              bundleOf(QStringLiteral("bare"), QStringLiteral("key"),
                                       {read(QStringLiteral("aik.der"))})));
        refused({QStringLiteral("verifyattestation"), QStringLiteral("/request"),
                 path(QStringLiteral("other.csr"))},
                QStringLiteral("not the certificate request's key"));

        // The derived key's own statement in its own request: refused for its origin.
        write(QStringLiteral("derived.csr"),
              requestSignedBy(kDerived, spkiOf(QStringLiteral("derived")),
                              bundleOf(QStringLiteral("derived"), QStringLiteral("derived"),
                                       {read(QStringLiteral("aik.der"))})));
        refused({QStringLiteral("verifyattestation"), QStringLiteral("/request"),
                 path(QStringLiteral("derived.csr"))},
                QStringLiteral("lacks sensitiveDataOrigin"));

        // A request with no statement at all.
        write(QStringLiteral("plain.csr"),
              requestSignedBy(kKey, spkiOf(QStringLiteral("key")), nullptr));
        refused({QStringLiteral("verifyattestation"), QStringLiteral("/request"),
                 path(QStringLiteral("plain.csr"))},
                QStringLiteral("carries no attestation"));
    }
};

QTEST_GUILESS_MAIN(TestVerifyAttestation)
#include "test_verify_attestation.moc"

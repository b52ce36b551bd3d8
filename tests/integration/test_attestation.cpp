// Attestation keys against swtpm: tpmvscmgr create /attestation AIK_ONLY, attestation /add,
// attest with and without a nonce, and the refusals, each leaving the store as it was.
// The evidence is checked by peers, not by our own verifier: openssl verifies the AIK's
// signature, tpm2_print parses certInfo, and the certified Name is computed from pubArea
// by hand. An attacker with raw ESYS reads the AIK's attributes from the TPM and finds it
// refuses to sign a digest it did not produce. The TPM dies at each command of adding an
// AIK and of attesting: the card file stays as it was.
#include "services/EnrollService.h"
#include "tests/support/CardTestCase.h"
#include "tests/support/ExitStatus.h"
#include "tests/support/ExpectError.h"
#include "tests/support/FileBytes.h"
#include "tests/support/KillAtEachCommand.h"
#include "tests/support/ProcessRun.h"

#include "core/card/CardSession.h"
#include "core/tpm/TpmError.h"
#include "core/tpm/TpmObjects.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstring>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_mu.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

using namespace tpmvsc::test::exitStatus;

const QByteArray kPin = "12345678\n";

// TPM_GENERATED_VALUE, the first four bytes of everything the TPM signs about itself.
const QByteArray kGenerated = QByteArray::fromHex("ff544347");

// The fields of a TPMS_ATTEST of type TPM_ST_ATTEST_CERTIFY a verifier reads, parsed here
// by hand (TPM 2.0 part 2, 10.12.12), independent of tpm2-tss and of our own code.
struct CertifyInfo {
    bool ok = false;
    QByteArray magic;
    quint16 type = 0;
    QByteArray extraData;
    QByteArray name; // the certified object's Name
};

CertifyInfo parseCertify(const QByteArray& bytes)
{
    CertifyInfo info;
    qsizetype at = 0;
    const auto u16 = [&](quint16* out) {
        if (at + 2 > bytes.size())
            return false;
        *out = quint16((quint8(bytes[at]) << 8) | quint8(bytes[at + 1]));
        at += 2;
        return true;
    };
    const auto sized = [&](QByteArray* out) {
        quint16 size = 0;
        if (!u16(&size) || at + size > bytes.size())
            return false;
        *out = bytes.mid(at, size);
        at += size;
        return true;
    };
    QByteArray signer;
    info.magic = bytes.left(4);
    at = 4;
    if (!u16(&info.type) || !sized(&signer) || !sized(&info.extraData))
        return info;
    at += 8 + 4 + 4 + 1 + 8; // clockInfo, firmwareVersion
    QByteArray qualifiedName;
    info.ok = sized(&info.name) && sized(&qualifiedName) && at == bytes.size();
    return info;
}

QByteArray base64Member(const QJsonObject& json, const char* name)
{
    return QByteArray::fromBase64(json.value(QLatin1String(name)).toString().toLatin1(),
                                  QByteArray::AbortOnBase64DecodingErrors);
}

} // namespace

class TestAttestation : public CardTestCase
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString file(const QString& name) const { return m_files.filePath(name); }

    // The built tpmvscmgr on this test's store and swtpm (the test's own connection is
    // closed first: swtpm serves one at a time).
    ProcessResult cli(const QString& line, const QByteArray& input = QByteArray())
    {
        return m_env->tpmvscmgr(m_swtpm->tcti(), file(QStringLiteral("config")), line, input);
    }

    // A command that must fail with `code`, say `message`, and change no byte of the store.
    void expectRefused(const QString& line, const QByteArray& input, int code,
                       const QString& message)
    {
        const StoreSnapshot before = m_env->snapshot();
        const ProcessResult r = cli(line, input);
        QVERIFY2(r.exitCode == code, qPrintable(line + QLatin1Char('\n') + r.text()));
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(message, Qt::CaseInsensitive),
                 qPrintable(line + QLatin1Char('\n') + r.text()));
        const StoreSnapshot after = m_env->snapshot();
        QVERIFY2(before == after, qPrintable(before.diff(after)));
    }

    // A card made by tpmvscmgr (with an AIK or not) holding one P-256 key labelled "k".
    void cardWithKey(bool aik)
    {
        const ProcessResult made =
            cli(QStringLiteral("create /name Att /adminkey default "
                               "/generate /adminresets 1 /quiet") +
                (aik ? QStringLiteral(" /attestation AIK_ONLY") : QString()));
        QVERIFY2(made.exitCode == kOk, qPrintable(made.text()));
        const ProcessResult key =
            cli(QStringLiteral("keygen /instance 0 /key p256 /label k"), kPin);
        QVERIFY2(key.exitCode == kOk, qPrintable(key.text()));
    }

    // Runs attest and checks the evidence with peers; returns certInfo as parsed.
    CertifyInfo attestAndCheck(const QString& nonceHex)
    {
        const QString out = file(QStringLiteral("ev.json"));
        const QString nonce =
            nonceHex.isEmpty() ? QString() : QStringLiteral(" /nonce ") + nonceHex;
        const ProcessResult r =
            cli(QStringLiteral("attest /instance 0 /key k /out ") + out + nonce, kPin);
        if (r.exitCode != kOk)
            qWarning("%s", qPrintable(r.text()));
        const QJsonObject json = QJsonDocument::fromJson(readFile(out)).object();
        if (json.value(QLatin1String("fmt")).toString() != QLatin1String("tpm") ||
            json.value(QLatin1String("alg")).toInt() != -7 || json.contains(QLatin1String("x5c")) ||
            json.contains(QLatin1String("ekCertificate")))
            qWarning("unexpected evidence: %s", readFile(out).constData());
        const QByteArray certInfo = base64Member(json, "certInfo");
        const QByteArray sig = base64Member(json, "sig");
        const QByteArray pubArea = base64Member(json, "pubArea");
        writeFile(file(QStringLiteral("certInfo.bin")), certInfo);
        writeFile(file(QStringLiteral("sig.der")), sig);
        writeFile(file(QStringLiteral("pubArea.bin")), pubArea);
        writeFile(file(QStringLiteral("aik.pem")),
                  json.value(QLatin1String("aikPublic")).toString().toLatin1());
        return parseCertify(certInfo);
    }

    ProcessResult opensslVerify(const QString& data)
    {
        return runProcess(QStringLiteral("openssl"),
                          {QStringLiteral("dgst"), QStringLiteral("-sha256"),
                           QStringLiteral("-verify"), file(QStringLiteral("aik.pem")),
                           QStringLiteral("-signature"), file(QStringLiteral("sig.der")), data});
    }

    void checkWithPeers(const CertifyInfo& info, const QByteArray& nonce)
    {
        QVERIFY(info.ok);
        QCOMPARE(info.magic, kGenerated);
        QCOMPARE(info.type, quint16(0x8017)); // TPM_ST_ATTEST_CERTIFY
        QCOMPARE(info.extraData, nonce);

        // The AIK's signature, by OpenSSL; a flipped byte of certInfo fails it.
        const ProcessResult good = opensslVerify(file(QStringLiteral("certInfo.bin")));
        QVERIFY2(good.exitCode == 0 && good.out.contains("Verified OK"), qPrintable(good.text()));
        QByteArray flipped = readFile(file(QStringLiteral("certInfo.bin")));
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 1);
        writeFile(file(QStringLiteral("flipped.bin")), flipped);
        const ProcessResult bad = opensslVerify(file(QStringLiteral("flipped.bin")));
        QVERIFY2(bad.exitCode != 0, qPrintable(bad.text()));

        // tpm2-tools reads the same structure: its magic, type and extraData.
        const ProcessResult printed = runProcess(
            QStringLiteral("tpm2_print"), {QStringLiteral("-t"), QStringLiteral("TPMS_ATTEST"),
                                           file(QStringLiteral("certInfo.bin"))});
        QVERIFY2(printed.out.contains("magic: ff544347"), qPrintable(printed.text()));
        QVERIFY2(printed.out.contains("type: 8017"), qPrintable(printed.text()));
        QVERIFY2(printed.out.contains("extraData: " + nonce.toHex() + '\n'),
                 qPrintable(printed.text()));

        // The certified Name is nameAlg || SHA-256(pubArea), and pubArea is a TPM-made key.
        const QByteArray pubArea = readFile(file(QStringLiteral("pubArea.bin")));
        QCOMPARE(info.name, QByteArray::fromHex("000b") +
                                QCryptographicHash::hash(pubArea, QCryptographicHash::Sha256));
        const ProcessResult pub = runProcess(QStringLiteral("tpm2_print"),
                                             {QStringLiteral("-t"), QStringLiteral("TPMT_PUBLIC"),
                                              file(QStringLiteral("pubArea.bin"))});
        QVERIFY2(pub.exitCode == 0 && pub.out.contains("sensitivedataorigin"),
                 qPrintable(pub.text()));
    }

private Q_SLOTS:
    void createWithAikAndAttest()
    {
        cardWithKey(true);
        const QByteArray nonce = QByteArray::fromHex("0001020304050607a8b9cadbecfd0e1f");
        checkWithPeers(attestAndCheck(QString::fromLatin1(nonce.toHex())), nonce);
        // The longest nonce, and none at all (extraData empty).
        const QByteArray longest(32, '\x5a');
        checkWithPeers(attestAndCheck(QString::fromLatin1(longest.toHex())), longest);
        checkWithPeers(attestAndCheck(QString()), QByteArray());
    }

    // The producer and the relying party meet: evidence from attest passes
    // verifyattestation with the card key's exported public key, and fails it for another
    // nonce (a replay) and for another key.
    void attestedEvidencePassesTheVerifier()
    {
        cardWithKey(true);
        const QString nonce = QStringLiteral("5eed5eed5eed5eed");
        attestAndCheck(nonce);
        const QString evidence = file(QStringLiteral("ev.json"));
        const ProcessResult exported =
            cli(QStringLiteral("export /instance 0 /key k /out ") + file(QStringLiteral("k.pem")),
                kPin);
        QVERIFY2(exported.exitCode == kOk, qPrintable(exported.text()));

        const ProcessResult good =
            cli(QStringLiteral("verifyattestation /in ") + evidence + QStringLiteral(" /nonce ") +
                nonce + QStringLiteral(" /key ") + file(QStringLiteral("k.pem")));
        QVERIFY2(good.exitCode == kOk, qPrintable(good.text()));
        QVERIFY2(good.out.contains("sensitiveDataOrigin"), qPrintable(good.text()));

        const ProcessResult replay = cli(QStringLiteral("verifyattestation /in ") + evidence +
                                         QStringLiteral(" /nonce 0badc0de"));
        QVERIFY2(replay.exitCode == kEvidenceRefused, qPrintable(replay.text()));
        QVERIFY2(replay.err.contains("replay"), qPrintable(replay.text()));

        const ProcessResult otherKey =
            cli(QStringLiteral("verifyattestation /in ") + evidence + QStringLiteral(" /nonce ") +
                nonce + QStringLiteral(" /key ") + file(QStringLiteral("aik.pem")));
        QVERIFY2(otherKey.exitCode == kEvidenceRefused, qPrintable(otherKey.text()));
    }

    // request /attest: the request carries the statement, stays a request openssl
    // verifies, and passes verifyattestation /request with the card's AIK; a card without
    // an AIK is refused before the PIN, with no key left behind.
    void requestCarriesTheProof()
    {
        cardWithKey(true);
        attestAndCheck(QString()); // for the AIK's public key, aik.pem
        const QString csr = file(QStringLiteral("a.csr"));
        const QString request = QStringLiteral("request /instance 0 /template clientauth "
                                               "/subject CN=Alice /key p256 /attest /out ") +
                                csr;
        const ProcessResult made = cli(request, kPin);
        QVERIFY2(made.exitCode == kOk, qPrintable(made.text()));
        const ProcessResult selfCheck = runProcess(
            QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-in"), csr,
                                        QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(selfCheck.exitCode == 0, qPrintable(selfCheck.text()));
        const ProcessResult parsed = runProcess(
            QStringLiteral("openssl"), {QStringLiteral("asn1parse"), QStringLiteral("-in"), csr});
        QVERIFY2(parsed.out.contains("1.2.840.113549.1.9.16.2.59") &&
                     parsed.out.contains("2.23.133.20.1"),
                 qPrintable(parsed.text()));

        const ProcessResult verified =
            cli(QStringLiteral("verifyattestation /request ") + csr + QStringLiteral(" /aik ") +
                file(QStringLiteral("aik.pem")));
        QVERIFY2(verified.exitCode == kOk, qPrintable(verified.text()));
        QVERIFY2(verified.out.contains("the certificate request's own key"),
                 qPrintable(verified.text()));

        expectRefused(request + QStringLiteral(" /selfsigned"), kPin, kUsage,
                      QStringLiteral("self-signed certificate cannot carry it"));

        const ProcessResult plain =
            cli(QStringLiteral("create /name Plain /adminkey default /generate /quiet"));
        QVERIFY2(plain.exitCode == kOk, qPrintable(plain.text()));
        expectRefused(QStringLiteral("request /instance 1 /template clientauth /subject CN=Bob "
                                     "/key p256 /attest /out ") +
                          file(QStringLiteral("b.csr")),
                      kPin, kNotFound,
                      QStringLiteral("`tpmvscmgr attestation /instance 1 /add AIK_ONLY`"));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("b.csr"))));
    }

    // The enrollment service's own refusals (the GUI's path; tpmvscmgr says them earlier
    // in its words): before the PIN and before any TPM command.
    void enrollServiceRefusesAttestationItCannotGive()
    {
        const int plain = m_env->service.create(basicCardOptions(QStringLiteral("Plain")));
        RequestOptions options;
        options.templateName = QStringLiteral("clientauth");
        options.subject = QStringLiteral("CN=Alice");
        options.attest = true;
        const std::uint64_t before = m_env->tpm->commandsSent();
        const std::optional<Error> noAik =
            errorFrom([&] { m_env->services.enroll().planRequest(plain, options); });
        QVERIFY(noAik);
        QCOMPARE(noAik->code(), ErrorCode::NotFound);
        QVERIFY2(noAik->message().contains(QStringLiteral("no attestation key")),
                 qPrintable(noAik->message()));

        options.selfSigned = true;
        const std::optional<Error> selfSigned =
            errorFrom([&] { m_env->services.enroll().planRequest(plain, options); });
        QVERIFY(selfSigned);
        QCOMPARE(selfSigned->code(), ErrorCode::InvalidInput);
        QVERIFY2(selfSigned->message().contains(QStringLiteral("self-signed")),
                 qPrintable(selfSigned->message()));
        QCOMPARE(m_env->tpm->commandsSent(), before);
    }

    void addAikToPlainCard()
    {
        cardWithKey(false);
        expectRefused(QStringLiteral("attest /instance 0 /key k /out ") + file(QStringLiteral("x")),
                      kPin, kNotFound,
                      QStringLiteral("`tpmvscmgr attestation /instance 0 /add AIK_ONLY`"));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("x"))));
        // A wrong PIN costs a try and makes no AIK.
        const ProcessResult wrong =
            cli(QStringLiteral("attestation /instance 0 /add AIK_ONLY"), "87654321\n");
        QCOMPARE(wrong.exitCode, int(kWrongPin));
        m_env->tpm.reconnect();
        QVERIFY(!m_env->service.status(0).attestationKey);

        const ProcessResult added =
            cli(QStringLiteral("attestation /instance 0 /add AIK_ONLY"), kPin);
        QVERIFY2(added.exitCode == kOk, qPrintable(added.text()));
        m_env->tpm.reconnect();
        QVERIFY(m_env->service.status(0).attestationKey);
        QCOMPARE(m_env->service.status(0).pinTriesLeft, 5);
        const ProcessResult status = cli(QStringLiteral("status /instance 0"));
        QVERIFY2(status.out.contains("Attestation key:   yes\n"), qPrintable(status.text()));

        checkWithPeers(attestAndCheck(QStringLiteral("c0ffee")), QByteArray::fromHex("c0ffee"));
        expectRefused(QStringLiteral("attestation /instance 0 /add AIK_ONLY"), kPin, kInvalid,
                      QStringLiteral("already has an attestation key"));
    }

    void refusals()
    {
        cardWithKey(true);
        const QString attest =
            QStringLiteral("attest /instance 0 /key k /out ") + file(QStringLiteral("r.json"));
        expectRefused(attest + QStringLiteral(" /nonce ") + QString(66, QLatin1Char('a')), kPin,
                      kUsage, QStringLiteral("at most 32 bytes"));
        expectRefused(attest + QStringLiteral(" /nonce 00zz"), kPin, kUsage,
                      QStringLiteral("hexadecimal"));
        expectRefused(attest + QStringLiteral(" /nonce abc"), kPin, kUsage,
                      QStringLiteral("even number"));
        expectRefused(QStringLiteral("attest /instance 0 /key nosuchkey /out ") +
                          file(QStringLiteral("r.json")),
                      kPin, kNotFound, QStringLiteral("no key"));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("r.json"))));
        // A wrong PIN writes no evidence.
        const ProcessResult wrong = cli(attest, "87654321\n");
        QCOMPARE(wrong.exitCode, int(kWrongPin));
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("r.json"))));

        expectRefused(QStringLiteral("attestation /instance 0 /add AIK_ONLY"), kPin, kInvalid,
                      QStringLiteral("already has an attestation key"));
        // AIK_AND_CERT needs the attestation CA's address (test_attestation_ca has the rest).
        expectRefused(QStringLiteral("attestation /instance 0 /add AIK_AND_CERT"), kPin, kUsage,
                      QStringLiteral("/attestationca URL"));
        expectRefused(QStringLiteral("create /name Ca /adminkey default /attestation AIK_AND_CERT"),
                      QByteArray(), kUsage, QStringLiteral("/attestationca URL"));
        m_env->tpm.reconnect();
        QCOMPARE(m_env->store.instances(), QList<int>{0});

        // The service refuses a long nonce before the TPM hears of it.
        const QByteArray key = m_env->service.resolveKey(0, QStringLiteral("k"));
        const std::uint64_t before = m_env->tpm->commandsSent();
        TPMVSC_EXPECT_ERROR(m_env->service.attestKey(0, pin("12345678"), key, QByteArray(33, 'n')),
                            ErrorCode::InvalidInput);
        QCOMPARE(m_env->tpm->commandsSent(), before);
    }

    // A TPM with an EK certificate (put at the ECC P-256 handle by tpm2-tools, as a
    // manufacturer would, noDA and readable with its empty authorization): attest hands it
    // on, whole (larger than one NV read).
    void evidenceCarriesTheEkCertificate()
    {
        cardWithKey(true);
        QByteArray certificate(1300, '\0');
        for (int i = 0; i < certificate.size(); ++i)
            certificate[i] = char(i * 7 + 3);
        QVERIFY(writeFile(file(QStringLiteral("ek.der")), certificate));
        QProcessEnvironment env;
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), m_swtpm->tcti());
        const QString index = QStringLiteral("0x01c0000a");
        const ProcessResult defined =
            runProcess(QStringLiteral("tpm2_nvdefine"),
                       {index, QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-s"),
                        QString::number(certificate.size()), QStringLiteral("-a"),
                        QStringLiteral("ownerread|ownerwrite|authread|authwrite|no_da")},
                       env);
        QVERIFY2(defined.exitCode == 0, qPrintable(defined.text()));
        const ProcessResult written =
            runProcess(QStringLiteral("tpm2_nvwrite"),
                       {index, QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-i"),
                        file(QStringLiteral("ek.der"))},
                       env);
        const QString out = file(QStringLiteral("ek.json"));
        const ProcessResult attested =
            cli(QStringLiteral("attest /instance 0 /key k /out ") + out, kPin);
        runProcess(QStringLiteral("tpm2_nvundefine"),
                   {index, QStringLiteral("-C"), QStringLiteral("o")}, env);
        QVERIFY2(written.exitCode == 0, qPrintable(written.text()));
        QVERIFY2(attested.exitCode == kOk, qPrintable(attested.text()));
        const QJsonObject json = QJsonDocument::fromJson(readFile(out)).object();
        QCOMPARE(base64Member(json, "ekCertificate"), certificate);
    }

    // The attacker's view, with raw ESYS: the AIK loaded from the card file has the
    // attributes of an attestation key, and the TPM will not sign with it a digest it did
    // not produce itself, even for someone who holds the card secret.
    void aikIsRestrictedInTheTpm()
    {
        CreateOptions o = basicCardOptions(QStringLiteral("Attacker"));
        o.attestationKey = true;
        const int card = m_env->service.create(o);
        const CardRecord record = m_env->store.load(card);
        QVERIFY(record.aik);
        Secret cardSecret = m_env->service.openSession(card, pin("12345678"))->cardSecret();

        Tpm& tpm = *m_env->tpm;
        ESYS_CONTEXT* esys = tpm.esys();
        TpmObject primary = createStoragePrimary(tpm, nullptr);
        TPM2B_PUBLIC pub{};
        TPM2B_PRIVATE priv{};
        size_t o1 = 0, o2 = 0;
        QCOMPARE(Tss2_MU_TPM2B_PUBLIC_Unmarshal(
                     reinterpret_cast<const uint8_t*>(record.aik->blob.publicArea.constData()),
                     size_t(record.aik->blob.publicArea.size()), &o1, &pub),
                 TSS2_RC_SUCCESS);
        QCOMPARE(Tss2_MU_TPM2B_PRIVATE_Unmarshal(
                     reinterpret_cast<const uint8_t*>(record.aik->blob.privateArea.constData()),
                     size_t(record.aik->blob.privateArea.size()), &o2, &priv),
                 TSS2_RC_SUCCESS);
        ESYS_TR aik = ESYS_TR_NONE;
        QCOMPARE(Esys_Load(esys, primary.handle(), ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                           &priv, &pub, &aik),
                 TSS2_RC_SUCCESS);
        TpmObject aikObject(esys, aik);

        // What the TPM itself says the loaded key is.
        TPM2B_PUBLIC* read = nullptr;
        QCOMPARE(Esys_ReadPublic(esys, aik, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &read,
                                 nullptr, nullptr),
                 TSS2_RC_SUCCESS);
        const TPMT_PUBLIC p = read->publicArea;
        Esys_Free(read);
        const TPMA_OBJECT needed = TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_SIGN_ENCRYPT |
                                   TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                                   TPMA_OBJECT_SENSITIVEDATAORIGIN;
        QCOMPARE(p.objectAttributes & needed, needed);
        QVERIFY(!(p.objectAttributes & TPMA_OBJECT_DECRYPT));
        QCOMPARE(p.type, TPM2_ALG_ECC);
        QCOMPARE(p.nameAlg, TPM2_ALG_SHA256);
        QCOMPARE(p.parameters.eccDetail.curveID, TPM2_ECC_NIST_P256);
        QCOMPARE(p.parameters.eccDetail.scheme.scheme, TPM2_ALG_ECDSA);
        QCOMPARE(p.parameters.eccDetail.scheme.details.ecdsa.hashAlg, TPM2_ALG_SHA256);

        TPM2B_AUTH auth{};
        auth.size = UINT16(cardSecret.size());
        std::memcpy(auth.buffer, cardSecret.data(), cardSecret.size());
        QCOMPARE(Esys_TR_SetAuth(esys, aik, &auth), TSS2_RC_SUCCESS);
        TPMT_SIG_SCHEME scheme{};
        scheme.scheme = TPM2_ALG_NULL;
        TPMT_SIGNATURE* signature = nullptr;

        // A forged "attestation": a digest that begins like one, no ticket.
        TPM2B_DIGEST forged{};
        forged.size = 32;
        std::memset(forged.buffer, 0x42, 32);
        std::memcpy(forged.buffer, kGenerated.constData(), 4);
        TPMT_TK_HASHCHECK none{};
        none.tag = TPM2_ST_HASHCHECK;
        none.hierarchy = TPM2_RH_NULL;
        const TSS2_RC unticketed = Esys_Sign(esys, aik, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                             ESYS_TR_NONE, &forged, &scheme, &none, &signature);
        QVERIFY2(unticketed != TSS2_RC_SUCCESS, "the AIK signed a digest without a ticket");
        QCOMPARE(tpmBaseCode(unticketed), TSS2_RC(TPM2_RC_TICKET));

        // Hashed by the TPM, a message that starts with TPM_GENERATED_VALUE gets no ticket,
        // so the AIK cannot sign it either.
        TPM2B_MAX_BUFFER message{};
        message.size = 64;
        std::memset(message.buffer, 0x42, 64);
        std::memcpy(message.buffer, kGenerated.constData(), 4);
        TPM2B_DIGEST* digest = nullptr;
        TPMT_TK_HASHCHECK* ticket = nullptr;
        QCOMPARE(Esys_Hash(esys, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &message,
                           TPM2_ALG_SHA256, ESYS_TR_RH_OWNER, &digest, &ticket),
                 TSS2_RC_SUCCESS);
        QCOMPARE(ticket->hierarchy, TPM2_RH_NULL);
        const TSS2_RC hashed = Esys_Sign(esys, aik, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                                         digest, &scheme, ticket, &signature);
        Esys_Free(digest);
        Esys_Free(ticket);
        QVERIFY2(hashed != TSS2_RC_SUCCESS, "the AIK signed a message posing as the TPM's");

        // The AIK answers only to the card secret, which only the PIN opens: without it the
        // TPM refuses to attest (here the AIK certifies itself, password sessions), and
        // with it the same command succeeds, so the refusal is the authorization's.
        TPM2B_DATA qualifying{};
        TPM2B_ATTEST* certified = nullptr;
        TPMT_SIGNATURE* certifySignature = nullptr;
        auto certifyItself = [&] {
            return Esys_Certify(esys, aik, aik, ESYS_TR_PASSWORD, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                &qualifying, &scheme, &certified, &certifySignature);
        };
        const TPM2B_AUTH empty{};
        QCOMPARE(Esys_TR_SetAuth(esys, aik, &empty), TSS2_RC_SUCCESS);
        const TSS2_RC withoutSecret = certifyItself();
        QVERIFY2(withoutSecret != TSS2_RC_SUCCESS, "the AIK attested without the card secret");
        QCOMPARE(tpmBaseCode(withoutSecret), TSS2_RC(TPM2_RC_AUTH_FAIL));
        QCOMPARE(Esys_TR_SetAuth(esys, aik, &auth), TSS2_RC_SUCCESS);
        QCOMPARE(certifyItself(), TSS2_RC_SUCCESS);
        Esys_Free(certified);
        Esys_Free(certifySignature);
        Esys_TR_SetAuth(esys, aik, &empty);
    }

    // The TPM dies before each command of adding an AIK and of attesting: each run fails
    // and leaves the card file byte for byte as it was (transient objects die with swtpm;
    // the test's cleanup checks none is left after the runs).
    void tpmDyingAtAnyStepLeavesTheCardAsItWas_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("addAttestationKey") << QStringLiteral("addAttestationKey");
        QTest::newRow("attestKey") << QStringLiteral("attestKey");
        // A new key certified while it is loaded for its request (request /attest).
        QTest::newRow("newKeyWithProof") << QStringLiteral("newKeyWithProof");
    }

    void tpmDyingAtAnyStepLeavesTheCardAsItWas()
    {
        QFETCH(QString, operation);
        const bool add = operation == QLatin1String("addAttestationKey");
        CreateOptions o = basicCardOptions(QStringLiteral("Killed"));
        o.attestationKey = !add;
        const int card = m_env->service.create(o);
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const std::function<void(CardService&)> run = [&](CardService& s) {
            if (add)
                s.addAttestationKey(card, pin("12345678"));
            else if (operation == QLatin1String("attestKey"))
                s.attestKey(card, pin("12345678"), key.id, QByteArray(16, 'n'));
            else
                s.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString(),
                              [](const KeyUse& use) {
                                  const KeyAttestation proof = use.attest(QByteArray());
                                  if (proof.tpmSignature.isEmpty())
                                      throw std::logic_error("no TPMT_SIGNATURE");
                                  return KeyCertificate();
                              });
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
        qInfo("%s: %llu TPM commands, %lld ms on swtpm", qPrintable(operation),
              static_cast<unsigned long long>(m_env->tpm->commandsSent() - start),
              static_cast<long long>(timer.elapsed()));
        const KillAtEachCommandResult r =
            killTpmAtEachCommand(*m_env, *m_swtpm, run, AfterCompleted::Restore);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QVERIFY(r.commands > 3);
        QVERIFY(r.completed <= 3); // only the final flushes may be lost
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        // The card still works as before.
        CardService s(*m_env->tpm, m_env->store);
        QCOMPARE(s.status(card).attestationKey, !add);
        s.verifyPin(card, pin("12345678"));
        QCOMPARE(s.status(card).pinTriesLeft, 5);
    }
};

QTEST_GUILESS_MAIN(TestAttestation)
#include "test_attestation.moc"

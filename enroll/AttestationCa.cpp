#include "AttestationCa.h"

#include "AikCertificateIssuing_p.h"
#include "AikCertificationWire.h"
#include "CredentialSeal.h"
#include "MakeCredential.h"
#include "PublicKeyDescription.h"
#include "TpmStructures.h"

#include <QCryptographicHash>
#include <QFile>
#include <openssl/pem.h>

namespace tpmvsc {

namespace {

[[noreturn]] void refuse(const Sentence& why)
{
    throw Error(ErrorCode::EvidenceRefused, why);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorCode::StoreIo,
            Sentence("AttestationCa", "%1 cannot be read: %2.").arg(path, file.errorString()),
            ErrorFacts().withFile(path));
    return file.readAll();
}

// A TPMT_PUBLIC of the request, read; what is wrong with it is the request's fault.
tpm2::Public readArea(const QByteArray& bytes, const QString& member)
{
    try {
        return tpm2::parsePublic(bytes);
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCa", "The request's member \"%1\" is not a TPMT_PUBLIC: "
                                              "%2")
                        .arg(member)
                        .arg(e.sentence()));
    }
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The model is free text: quoted, with quotes and backslashes escaped, so one line stays
// one record however the TPM names itself.
QString quoted(const QString& text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + out + u'"';
}

} // namespace

void checkAttestationKeyArea(quint32 a)
{
    if (!(a & tpm2::kFixedTpm))
        refuse(Sentence("AttestationCa", "The AIK is not fixedTPM: it could leave its TPM."));
    if (!(a & tpm2::kFixedParent))
        refuse(Sentence("AttestationCa", "The AIK is not fixedParent: it could be moved under "
                                         "another parent."));
    if (!(a & tpm2::kSensitiveDataOrigin))
        refuse(Sentence("AttestationCa", "The AIK lacks sensitiveDataOrigin: the TPM did not make "
                                         "its private key."));
    if (!(a & tpm2::kRestricted))
        refuse(Sentence("AttestationCa", "The AIK is not restricted: it would sign anything, not "
                                         "only what the TPM itself attests."));
    if (!(a & tpm2::kSign))
        refuse(Sentence("AttestationCa", "The AIK is not a signing key."));
    if (a & tpm2::kDecrypt)
        refuse(Sentence("AttestationCa", "The AIK is a decryption key; an attestation key only "
                                         "signs."));
}

struct AttestationCa::Private {
    ossl::Owned<EVP_PKEY> key;
    ossl::Owned<X509> certificate;
    QList<QByteArray> chain;
    EndorsementRoots roots;
    int days = 365;

    Reply issue(const AikCertificationRequest& request) const;
};

AttestationCa::AttestationCa(const QByteArray& keyPem, const QByteArray& chainPem,
                             const EndorsementRoots& roots, int days)
    : d(std::make_unique<Private>())
{
    ossl::ErrorQueueGuard guard;
    if (days <= 0)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCa", "The AIK certificates' validity must be at least "
                                              "one day."));
    ossl::Owned<BIO> bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!bio)
        ossl::internal("read memory");
    d->key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!d->key)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCa", "The CA key is not an unencrypted PEM private key."));
    try {
        d->chain = EndorsementRoots::certificatesIn(chainPem);
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCa", "The CA certificate file holds no certificate."));
    }
    d->certificate = ossl::fromDer<X509>(d->chain.first(), d2i_X509);
    if (!d->certificate || X509_check_private_key(d->certificate.get(), d->key.get()) != 1)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCa", "The CA key is not the key of the first certificate "
                                              "of the CA certificate file."));
    d->roots = roots;
    d->days = days;
}

AttestationCa AttestationCa::fromFiles(const QString& keyFile, const QString& chainFile,
                                       const QString& ekRootsFolder, int days)
{
    QByteArray key = readFile(keyFile);
    const QByteArray chain = readFile(chainFile);
    AttestationCa ca(key, chain, EndorsementRoots::fromFolder(ekRootsFolder), days);
    wipe(key);
    return ca;
}

AttestationCa::AttestationCa(AttestationCa&&) noexcept = default;
AttestationCa::~AttestationCa() = default;

AttestationCa::Reply AttestationCa::handle(const QByteArray& requestBody) const
{
    Reply reply;
    try {
        return d->issue(aikCertificationRequestFromJson(requestBody));
    } catch (const Error& e) {
        reply.httpStatus = e.code() == ErrorCode::InvalidInput      ? 400
                           : e.code() == ErrorCode::EvidenceRefused ? 403
                                                                    : 500;
        reply.body = aikCertificationErrorToJson(
            reply.httpStatus == 500
                ? Sentence("AttestationCa", "The attestation CA failed to issue the certificate.")
                      .english()
                : e.message());
    }
    return reply;
}

AttestationCa::Reply AttestationCa::Private::issue(const AikCertificationRequest& request) const
{
    roots.verify(request.ekCertificate);
    const tpm2::Public ek = readArea(request.ekPublic, QStringLiteral("ekPublic"));
    checkEndorsementKeyArea(ek);
    const auto ekCertificate = ossl::fromDer<X509>(request.ekCertificate, d2i_X509);
    if (!samePublicKey(tpm2::subjectPublicKeyInfo(ek),
                       ossl::spkiOf(X509_get0_pubkey(ekCertificate.get()))))
        refuse(Sentence("AttestationCa", "The EK public area is not the key of the EK "
                                         "certificate."));
    const tpm2::Public aik = readArea(request.aikPublic, QStringLiteral("aikPublic"));
    checkAttestationKeyArea(aik.objectAttributes);
    const QByteArray aikName = tpm2::nameOf(aik);

    const IssuedAikCertificate issued = issueAikCertificate(
        tpm2::subjectPublicKeyInfo(aik), request.tpm, certificate.get(), key.get(), days);
    Secret credential = Secret::random(kCredentialSize);
    AikCertificationAnswer answer;
    answer.challenge = makeCredential(request.ekPublic, aikName, credential);
    answer.encryptedCertificate = sealWithCredential(issued.der, credential, aikName);
    credential.wipe();
    answer.chain = chain;

    Reply reply;
    reply.body = aikCertificationAnswerToJson(answer);
    reply.logLine =
        QStringLiteral("%1 issued serial=%2 aik-name=%3 ek-sha256=%4 manufacturer=%5 model=%6 "
                       "version=%7")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), hex(issued.serial),
                 hex(aikName),
                 hex(QCryptographicHash::hash(request.ekCertificate, QCryptographicHash::Sha256)),
                 quoted(request.tpm.manufacturer), quoted(request.tpm.model),
                 quoted(request.tpm.version));
    return reply;
}

} // namespace tpmvsc

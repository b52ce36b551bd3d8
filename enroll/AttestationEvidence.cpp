#include "AttestationEvidence.h"

#include "StrictBase64.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tpmvsc {

namespace {

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

[[noreturn]] void missing(const QString& field)
{
    throw Error(ErrorCode::InvalidInput,
                Sentence("AttestationEvidence", "The evidence has no field \"%1\".").arg(field));
}

[[noreturn]] void malformed(const QString& field)
{
    throw Error(
        ErrorCode::InvalidInput,
        Sentence("AttestationEvidence", "The evidence's field \"%1\" is malformed.").arg(field));
}

QByteArray binary(const QJsonValue& value, const QString& field)
{
    const std::optional<QByteArray> bytes = strictBase64(value);
    if (!bytes)
        malformed(field);
    return *bytes;
}

QByteArray requiredBinary(const QJsonObject& object, const QString& field)
{
    if (!object.contains(field))
        missing(field);
    return binary(object.value(field), field);
}

} // namespace

QByteArray attestationEvidenceToJson(const AttestationEvidence& evidence)
{
    QJsonObject object{
        {QStringLiteral("fmt"), QStringLiteral("tpm")},
        {QStringLiteral("ver"), QStringLiteral("2.0")},
        {QStringLiteral("alg"), evidence.alg},
        {QStringLiteral("certInfo"), base64(evidence.certInfo)},
        {QStringLiteral("sig"), base64(evidence.sig)},
        {QStringLiteral("pubArea"), base64(evidence.pubArea)},
        {QStringLiteral("aikPublic"), QString::fromLatin1(evidence.aikPublicPem)},
    };
    if (!evidence.x5c.isEmpty()) {
        QJsonArray chain;
        for (const QByteArray& certificate : evidence.x5c)
            chain.append(base64(certificate));
        object.insert(QStringLiteral("x5c"), chain);
    }
    if (!evidence.ekCertificate.isEmpty())
        object.insert(QStringLiteral("ekCertificate"), base64(evidence.ekCertificate));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

AttestationEvidence attestationEvidenceFromJson(const QByteArray& json)
{
    if (json.size() > kMaxEvidenceFileSize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationEvidence", "The evidence is larger than %1 bytes.")
                        .arg(QString::number(kMaxEvidenceFileSize)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationEvidence", "The evidence is not a JSON object."));
    const QJsonObject object = document.object();

    if (object.value(QStringLiteral("fmt")) != QStringLiteral("tpm"))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationEvidence", "The evidence is not TPM evidence (\"fmt\" "
                                                    "must be \"tpm\")."));
    if (object.value(QStringLiteral("ver")) != QStringLiteral("2.0"))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationEvidence", "The evidence is not for a TPM 2.0 (\"ver\" "
                                                    "must be \"2.0\")."));

    AttestationEvidence evidence;
    const QJsonValue alg = object.value(QStringLiteral("alg"));
    if (!alg.isDouble() || (alg.toDouble() != kCoseEs256 && alg.toDouble() != kCoseRs256))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationEvidence",
                             "The evidence's algorithm must be %1 (ES256) or %2 (RS256).")
                        .arg(QString::number(kCoseEs256), QString::number(kCoseRs256)));
    evidence.alg = alg.toInt();
    evidence.certInfo = requiredBinary(object, QStringLiteral("certInfo"));
    evidence.sig = requiredBinary(object, QStringLiteral("sig"));
    evidence.pubArea = requiredBinary(object, QStringLiteral("pubArea"));

    const QJsonValue aik = object.value(QStringLiteral("aikPublic"));
    if (aik.isUndefined())
        missing(QStringLiteral("aikPublic"));
    if (!aik.isString() || aik.toString().isEmpty())
        malformed(QStringLiteral("aikPublic"));
    // PEM is ASCII; anything else cannot be a public key and is refused here, not later.
    const QString aikText = aik.toString();
    for (const QChar c : aikText)
        if (c.unicode() > 0x7e)
            malformed(QStringLiteral("aikPublic"));
    evidence.aikPublicPem = aikText.toLatin1();

    if (object.contains(QStringLiteral("x5c"))) {
        const QJsonValue chain = object.value(QStringLiteral("x5c"));
        if (!chain.isArray() || chain.toArray().isEmpty())
            malformed(QStringLiteral("x5c"));
        if (chain.toArray().size() > kMaxEvidenceCertificates)
            throw Error(
                ErrorCode::InvalidInput,
                Sentence("AttestationEvidence", "The evidence has more than %1 certificates.")
                    .arg(QString::number(kMaxEvidenceCertificates)));
        for (const QJsonValue& certificate : chain.toArray())
            evidence.x5c.append(binary(certificate, QStringLiteral("x5c")));
    }
    if (object.contains(QStringLiteral("ekCertificate")))
        evidence.ekCertificate = requiredBinary(object, QStringLiteral("ekCertificate"));
    return evidence;
}

} // namespace tpmvsc

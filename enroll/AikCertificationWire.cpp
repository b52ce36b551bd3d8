#include "AikCertificationWire.h"

#include "StrictBase64.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tpmvsc {

namespace {

// Which body is being read: the sentences name it, so a user learns which side was wrong.
enum class Body { Request, Answer };

// The TPM's self-description goes into a certificate as text: short, printable.
constexpr qsizetype kMaxTpmText = 64;

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

[[noreturn]] void missing(Body body, const QString& member)
{
    throw Error(
        ErrorCode::InvalidInput,
        body == Body::Request
            ? Sentence("AikCertificationWire", "The request has no member \"%1\".").arg(member)
            : Sentence("AikCertificationWire", "The answer has no member \"%1\".").arg(member));
}

[[noreturn]] void malformed(Body body, const QString& member)
{
    throw Error(ErrorCode::InvalidInput,
                body == Body::Request
                    ? Sentence("AikCertificationWire", "The request's member \"%1\" is malformed.")
                          .arg(member)
                    : Sentence("AikCertificationWire", "The answer's member \"%1\" is malformed.")
                          .arg(member));
}

QJsonObject object(Body body, const QByteArray& json)
{
    if (json.size() > kMaxAikCertificationBody)
        throw Error(ErrorCode::InvalidInput,
                    body == Body::Request
                        ? Sentence("AikCertificationWire", "The request is larger than %1 bytes.")
                              .arg(kMaxAikCertificationBody)
                        : Sentence("AikCertificationWire", "The answer is larger than %1 bytes.")
                              .arg(kMaxAikCertificationBody),
                    ErrorFacts().withLimit(kMaxAikCertificationBody));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(ErrorCode::InvalidInput,
                    body == Body::Request
                        ? Sentence("AikCertificationWire", "The request is not a JSON object.")
                        : Sentence("AikCertificationWire", "The answer is not a JSON object."));
    return document.object();
}

QByteArray binary(Body body, const QJsonObject& object, const QString& member)
{
    if (!object.contains(member))
        missing(body, member);
    const std::optional<QByteArray> bytes = strictBase64(object.value(member));
    if (!bytes)
        malformed(body, member);
    return *bytes;
}

// Printable text of at most kMaxTpmText characters that matches `pattern` in whole.
QString text(const QJsonObject& object, const QString& member, const QRegularExpression& pattern)
{
    if (!object.contains(member))
        missing(Body::Request, member);
    const QJsonValue value = object.value(member);
    const QString s = value.toString();
    if (!value.isString() || s.size() > kMaxTpmText || !pattern.match(s).hasMatch())
        malformed(Body::Request, member);
    return s;
}

} // namespace

QByteArray aikCertificationRequestToJson(const AikCertificationRequest& request)
{
    const QJsonObject object{
        {QStringLiteral("ekCertificate"), base64(request.ekCertificate)},
        {QStringLiteral("ekPublic"), base64(request.ekPublic)},
        {QStringLiteral("aikPublic"), base64(request.aikPublic)},
        {QStringLiteral("tpmManufacturer"), request.tpm.manufacturer},
        {QStringLiteral("tpmModel"), request.tpm.model},
        {QStringLiteral("tpmVersion"), request.tpm.version},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray aikCertificationAnswerToJson(const AikCertificationAnswer& answer)
{
    QJsonArray chain;
    for (const QByteArray& certificate : answer.chain)
        chain.append(base64(certificate));
    const QJsonObject object{
        {QStringLiteral("credentialBlob"), base64(answer.challenge.credentialBlob)},
        {QStringLiteral("encryptedSecret"), base64(answer.challenge.encryptedSecret)},
        {QStringLiteral("encryptedCertificate"), base64(answer.encryptedCertificate)},
        {QStringLiteral("chain"), chain},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray aikCertificationErrorToJson(const QString& text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), text}})
        .toJson(QJsonDocument::Compact);
}

AikCertificationRequest aikCertificationRequestFromJson(const QByteArray& json)
{
    // "id:" and 8 upper-case hex digits (a TPM property as the EK Credential Profile
    // writes it); the model is the vendor string, printable ASCII.
    static const QRegularExpression id(QStringLiteral("\\Aid:[0-9A-F]{8}\\z"));
    static const QRegularExpression printable(QStringLiteral("\\A[\\x20-\\x7e]*\\z"));
    const QJsonObject o = object(Body::Request, json);
    AikCertificationRequest request;
    request.ekCertificate = binary(Body::Request, o, QStringLiteral("ekCertificate"));
    request.ekPublic = binary(Body::Request, o, QStringLiteral("ekPublic"));
    request.aikPublic = binary(Body::Request, o, QStringLiteral("aikPublic"));
    request.tpm.manufacturer = text(o, QStringLiteral("tpmManufacturer"), id);
    request.tpm.model = text(o, QStringLiteral("tpmModel"), printable);
    request.tpm.version = text(o, QStringLiteral("tpmVersion"), id);
    return request;
}

AikCertificationAnswer aikCertificationAnswerFromJson(const QByteArray& json)
{
    const QJsonObject o = object(Body::Answer, json);
    AikCertificationAnswer answer;
    answer.challenge.credentialBlob = binary(Body::Answer, o, QStringLiteral("credentialBlob"));
    answer.challenge.encryptedSecret = binary(Body::Answer, o, QStringLiteral("encryptedSecret"));
    answer.encryptedCertificate = binary(Body::Answer, o, QStringLiteral("encryptedCertificate"));
    const QString chainMember = QStringLiteral("chain");
    if (!o.contains(chainMember))
        missing(Body::Answer, chainMember);
    const QJsonValue chain = o.value(chainMember);
    if (!chain.isArray() || chain.toArray().isEmpty())
        malformed(Body::Answer, chainMember);
    if (chain.toArray().size() > kMaxAikCertificationChain)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AikCertificationWire",
                             "The answer's member \"chain\" has more than %1 certificates.")
                        .arg(kMaxAikCertificationChain),
                    ErrorFacts().withLimit(kMaxAikCertificationChain));
    for (const QJsonValue& certificate : chain.toArray()) {
        const std::optional<QByteArray> der = strictBase64(certificate);
        if (!der)
            malformed(Body::Answer, chainMember);
        answer.chain.append(*der);
    }
    return answer;
}

QString aikCertificationErrorFromJson(const QByteArray& json)
{
    if (json.size() > kMaxAikCertificationBody)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue error = document.object().value(QStringLiteral("error"));
    return error.isString() ? error.toString() : QString();
}

} // namespace tpmvsc

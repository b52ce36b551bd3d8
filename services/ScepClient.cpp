#include "ScepClient.h"

#include "HttpExchange.h"

#include "core/util/Error.h"
#include "enroll/CertificateImport.h"
#include "enroll/ScepMessage.h"
#include "enroll/SelfSignedCertificate.h"

#include <QUrlQuery>

namespace tpmvsc {

namespace {

// No answer of a SCEP CA (a certificate or two, a signed and encrypted certificate) is
// anywhere near this.
constexpr qint64 kMaxScepBody = kMaxCertificateFileSize;

// The signer certificate only names the key for the CA (RFC 8894 section 2.3): a day is
// enough for one exchange.
constexpr int kSignerCertificateDays = 1;

} // namespace

ScepClient::ScepClient(const QString& url, int timeoutMs)
    : m_url(url, QUrl::StrictMode), m_timeoutMs(timeoutMs)
{
    if (!isHttpUrl(url) || m_url.hasQuery())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepClient",
                             "The SCEP address %1 is not an http:// or https:// URL without a "
                             "query.")
                        .arg(url));
}

QUrl ScepClient::operationUrl(const QString& operation) const
{
    QUrl url = m_url;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("operation"), operation);
    url.setQuery(query);
    return url;
}

namespace {

QByteArray checkedBody(const HttpResult& result, const QUrl& base, const char* what)
{
    const QString where = base.toString();
    if (result.status == 0)
        throw Error(ErrorCode::Unreachable,
                    Sentence("ScepClient", "The SCEP CA at %1 could not be reached (%2): %3.")
                        .arg(where, QString::fromLatin1(what), result.failure));
    if (result.status >= 500)
        throw Error(ErrorCode::Unreachable,
                    Sentence("ScepClient", "The SCEP CA at %1 failed (%2, HTTP status %3).")
                        .arg(where, QString::fromLatin1(what))
                        .arg(result.status));
    if (result.status != 200)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepClient", "The SCEP CA at %1 refused %2 (HTTP status %3).")
                        .arg(where, QString::fromLatin1(what))
                        .arg(result.status));
    if (result.body.size() > kMaxScepBody)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepClient", "The SCEP CA at %1 answered %2 with more than %3 bytes.")
                        .arg(where, QString::fromLatin1(what))
                        .arg(kMaxScepBody));
    return result.body;
}

} // namespace

QByteArray ScepClient::get(const QString& operation, const char* what)
{
    return checkedBody(httpGet(operationUrl(operation), m_timeoutMs, kMaxScepBody), m_url, what);
}

QByteArray ScepClient::pkiOperation(const QByteArray& message)
{
    if (m_caps.postPkiOperation)
        return checkedBody(httpPost(operationUrl(QStringLiteral("PKIOperation")), message,
                                    QStringLiteral("application/x-pki-message"), m_timeoutMs,
                                    kMaxScepBody),
                           m_url, "PKIOperation");
    // GET carries the message base64 in the query; '+', '/' and '=' are escaped, since a
    // server may read a '+' in a query as a space.
    QUrl url = m_url;
    url.setQuery(
        QStringLiteral("operation=PKIOperation&message=") +
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(message.toBase64()))),
        QUrl::StrictMode);
    return checkedBody(httpGet(url, m_timeoutMs, kMaxScepBody), m_url, "PKIOperation");
}

EnrollmentAuthority ScepClient::discover()
{
    m_caps = parseScepCaps(get(QStringLiteral("GetCACaps"), "GetCACaps"));
    m_ca = parseScepCaCertificates(get(QStringLiteral("GetCACert"), "GetCACert"));
    return EnrollmentAuthority{m_ca->ca, certificateFingerprint(m_ca->ca)};
}

std::optional<Sentence> ScepClient::refusesKey(KeyAlgorithm algorithm) const
{
    if (isRsa(algorithm))
        return std::nullopt;
    return Sentence("ScepClient", "SCEP needs an RSA key: the CA encrypts its answer to the key, "
                                  "and a %1 key cannot decrypt.")
        .arg(keyAlgorithmName(algorithm));
}

KeyCertificate ScepClient::enroll(const EnrollmentRequest& request)
{
    if (!m_ca || !request.key)
        throw Error(ErrorCode::Internal, QStringLiteral("ScepClient: enroll() before discover()."));
    const KeyUse& key = *request.key;
    const Signer signer = [&key](const QByteArray& digest, HashAlgorithm hash,
                                 SignatureScheme scheme) { return key.sign(digest, hash, scheme); };

    ScepRequestInput input;
    input.requestDer = request.requestDer;
    input.signerCertificate = createSelfSignedCertificate(
        request.content, Validity::days(kSignerCertificateDays), signer);
    input.recipient = m_ca->recipient();
    input.cipher = m_caps.cipher();
    const ScepRequest message = createScepRequest(input, signer);

    const QByteArray answer = pkiOperation(message.der);
    const ScepResponse response = verifyScepResponse(answer, m_ca->responders(), message);
    if (response.status == ScepStatus::Pending)
        throw Error(ErrorCode::Unsupported, scepRefusal(response));
    if (response.status != ScepStatus::Success)
        throw Error(ErrorCode::InvalidInput, scepRefusal(response));

    const QList<QByteArray> certificates = openScepEnvelope(response.content, key.decryptPkcs1);
    KeyCertificate issued;
    for (const QByteArray& der : certificates) {
        if (issued.der.isEmpty() && certificateHoldsKey(der, key.publicKeyInfo))
            issued.der = der;
        else
            issued.chain.append(der);
    }
    if (issued.der.isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepClient", "The SCEP CA answered without a certificate for the "
                                           "key."));
    if (!issued.chain.contains(m_ca->ca))
        issued.chain.append(m_ca->ca);
    checkIssuedCertificate(issued.der, issued.chain, key.publicKeyInfo, m_ca->ca);
    return issued;
}

} // namespace tpmvsc

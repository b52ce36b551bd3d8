#include "AttestationCaClient.h"

#include "core/util/Error.h"
#include "enroll/AikCertificateProfile.h"
#include "enroll/CredentialSeal.h"
#include "enroll/TpmStructures.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace tpmvsc {

namespace {

struct HttpResult {
    int status = 0; // 0: no HTTP answer at all
    QString failure;
    QByteArray body;
};

// One POST, waited for in a local event loop. The manager lives for this call only, so it
// belongs to the calling thread whichever that is. Bodies beyond the wire's bound are cut
// off: no answer of a CA is that large.
HttpResult post(const QUrl& url, const QByteArray& body, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > kMaxAikCertificationBody)
            reply->abort();
    });
    // transferTimeout covers a stalled transfer; this bounds a slow one too.
    QTimer::singleShot(timeoutMs, reply, &QNetworkReply::abort);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    HttpResult result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : 0;
    if (reply->error() != QNetworkReply::NoError)
        result.failure = reply->errorString();
    result.body = reply->read(kMaxAikCertificationBody + 1);
    delete reply;
    return result;
}

} // namespace

AttestationCaClient::AttestationCaClient(const QString& url, int timeoutMs)
    : m_url(url, QUrl::StrictMode), m_timeoutMs(timeoutMs)
{
    const QString scheme = m_url.scheme();
    if (!m_url.isValid() || (scheme != u"http" && scheme != u"https") || m_url.host().isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCaClient",
                             "The attestation CA's address %1 is not an http:// or https:// URL.")
                        .arg(url));
}

QString AttestationCaClient::authority() const
{
    return m_url.toString();
}

CredentialChallenge AttestationCaClient::challenge(const AikCertificationRequest& request)
{
    m_answer.reset();
    QUrl endpoint = m_url;
    QString path = endpoint.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    endpoint.setPath(path + QStringLiteral("/v1/aik-certificate"));
    const HttpResult result = post(endpoint, aikCertificationRequestToJson(request), m_timeoutMs);

    if (result.status == 0)
        throw Error(
            ErrorCode::Unreachable,
            Sentence("AttestationCaClient", "The attestation CA at %1 could not be reached: %2.")
                .arg(authority(), result.failure));
    if (result.status != 200) {
        const QString reason = aikCertificationErrorFromJson(result.body);
        if (reason.isEmpty())
            throw Error(result.status >= 500 ? ErrorCode::Unreachable : ErrorCode::InvalidInput,
                        Sentence("AttestationCaClient",
                                 "The attestation CA at %1 answered something that is not an "
                                 "attestation CA's answer (HTTP status %2).")
                            .arg(authority())
                            .arg(result.status));
        const ErrorCode code = result.status == 403   ? ErrorCode::EvidenceRefused
                               : result.status >= 500 ? ErrorCode::Unreachable
                                                      : ErrorCode::InvalidInput;
        throw Error(code,
                    Sentence("AttestationCaClient", "The attestation CA at %1 refused: \"%2\"")
                        .arg(authority(), reason));
    }
    try {
        m_answer = aikCertificationAnswerFromJson(result.body);
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCaClient",
                             "The attestation CA at %1 answered something that is not an "
                             "attestation CA's answer: %2")
                        .arg(authority())
                        .arg(e.sentence()));
    }
    m_aikPublic = request.aikPublic;
    return m_answer->challenge;
}

QList<QByteArray> AttestationCaClient::certificateChain(const Secret& credential)
{
    if (!m_answer)
        throw Error(ErrorCode::Internal,
                    QStringLiteral("AttestationCaClient: certificateChain() before a challenge."));
    const QByteArray aikName = tpm2::nameOf(tpm2::parsePublic(m_aikPublic));
    const QByteArray certificate =
        openWithCredential(m_answer->encryptedCertificate, credential, aikName);
    checkAikCertificate(certificate, m_aikPublic, m_answer->chain.first());
    return QList<QByteArray>{certificate} + m_answer->chain;
}

} // namespace tpmvsc

#include "AttestationCaClient.h"
#include "HttpExchange.h"

#include "core/util/Error.h"
#include "enroll/AikCertificateProfile.h"
#include "enroll/CredentialSeal.h"
#include "enroll/TpmStructures.h"

namespace tpmvsc {

bool AttestationCaClient::isUsableUrl(const QString& url)
{
    return isHttpUrl(url);
}

void AttestationCaClient::requireUsableUrl(const QString& url)
{
    if (!isUsableUrl(url))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AttestationCaClient",
                             "The attestation CA's address %1 is not an http:// or https:// URL.")
                        .arg(url));
}

AttestationCaClient::AttestationCaClient(const QString& url, int timeoutMs)
    : m_url(url, QUrl::StrictMode), m_timeoutMs(timeoutMs)
{
    requireUsableUrl(url);
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
    const HttpResult result =
        httpPost(endpoint, aikCertificationRequestToJson(request),
                 QStringLiteral("application/json"), m_timeoutMs, kMaxAikCertificationBody);

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

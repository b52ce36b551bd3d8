#include "HttpExchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace tpmvsc {

namespace {

// The manager lives for this call only, so it belongs to the calling thread whichever
// that is.
HttpResult exchange(const QUrl& url, const QByteArray* body, const QString& contentType,
                    int timeoutMs, qint64 maxBody)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = body ? manager.post(request, *body) : manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBody](qint64 received) {
                         if (received > maxBody)
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
    result.body = reply->read(maxBody + 1);
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1();
    delete reply;
    return result;
}

} // namespace

HttpResult httpGet(const QUrl& url, int timeoutMs, qint64 maxBody)
{
    return exchange(url, nullptr, QString(), timeoutMs, maxBody);
}

HttpResult httpPost(const QUrl& url, const QByteArray& body, const QString& contentType,
                    int timeoutMs, qint64 maxBody)
{
    return exchange(url, &body, contentType, timeoutMs, maxBody);
}

bool isHttpUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    return parsed.isValid() && (scheme == u"http" || scheme == u"https") &&
           !parsed.host().isEmpty();
}

} // namespace tpmvsc

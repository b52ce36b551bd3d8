// One HTTP exchange, synchronous (a local event loop), on whichever thread calls it: the
// card service's worker thread or a command line process. A QCoreApplication must exist.
// Used by the clients of network services (the attestation CA, a SCEP CA).
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace tpmvsc {

struct HttpResult {
    int status = 0; // 0: no HTTP answer at all
    QString failure;
    QByteArray body;
    QByteArray contentType;
};

// Bodies beyond `maxBody` are cut off (the exchange is aborted): no answer of the
// services we talk to is that large. Redirects are not followed.
HttpResult httpGet(const QUrl& url, int timeoutMs, qint64 maxBody);
HttpResult httpPost(const QUrl& url, const QByteArray& body, const QString& contentType,
                    int timeoutMs, qint64 maxBody);

// Whether `url` is an http:// or https:// URL with a host.
bool isHttpUrl(const QString& url);

} // namespace tpmvsc

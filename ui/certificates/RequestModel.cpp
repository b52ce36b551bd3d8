#include "RequestModel.h"

namespace tpmvsc {

QStringList RequestModel::subjectAltNames() const
{
    QStringList sans;
    if (!upn.trimmed().isEmpty())
        sans.append(QStringLiteral("upn:") + upn.trimmed());
    if (!email.trimmed().isEmpty())
        sans.append(QStringLiteral("email:") + email.trimmed());
    for (const QString& dns : dnsNames)
        if (!dns.trimmed().isEmpty())
            sans.append(QStringLiteral("dns:") + dns.trimmed());
    return sans;
}

RequestOptions RequestModel::toOptions() const
{
    RequestOptions o;
    if (certificateTemplate) {
        o.templateName = certificateTemplate->id;
        // The template the user saw, not one looked up again by name on the worker.
        o.certificateTemplate = certificateTemplate;
    }
    o.subject = subject.trimmed();
    o.subjectAltNames = subjectAltNames();
    o.keyAlgorithm = keyAlgorithm;
    o.selfSigned = selfSigned;
    o.validityDays = selfSigned ? validityDays : 0;
    return o;
}

} // namespace tpmvsc

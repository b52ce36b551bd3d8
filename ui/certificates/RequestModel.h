// What the request pages edit: one object handed to every page (KeePassXC's wizard
// model). The wizard turns it into RequestOptions for the worker; no page does I/O.
#pragma once

#include "core/store/CardRecord.h"
#include "enroll/CertificateTemplate.h"
#include "services/EnrollService.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace tpmvsc {

struct RequestModel {
    std::optional<CertificateTemplate> certificateTemplate; // chosen on the template page
    QString subject;                                        // RFC 4514
    QString upn;                                            // without "upn:"
    QString email;
    QStringList dnsNames;
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Rsa2048;
    bool selfSigned = false;
    int validityDays = 365;

    // "upn:...", "email:...", "dns:..." for the filled-in fields.
    QStringList subjectAltNames() const;
    RequestOptions toOptions() const;
};

} // namespace tpmvsc

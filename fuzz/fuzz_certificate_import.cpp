// libFuzzer target: whatever bytes a user might pick as "the certificate file".
// Besides crashes and sanitizer findings, it checks the parser's promises: success
// means non-empty, distinct certificates that OpenSSL reads as one DER certificate each;
// failure is a tpmvsc::Error with a sentence; OpenSSL's error queue is left empty.
#include "FuzzCheck.h"
#include "core/util/Error.h"
#include "enroll/CertificateImport.h"
#include "enroll/CertificateInfo.h"

#include <cstdint>
#include <cstdlib>
#include <openssl/err.h>
#include <openssl/x509.h>

using namespace tpmvsc;
using tpmvsc::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QByteArray> certificates;
    try {
        certificates = parseCertificates(bytes);
    } catch (const Error& e) {
        require(e.code() == ErrorCode::InvalidInput && !e.message().isEmpty());
        require(ERR_peek_error() == 0);
        return 0;
    }
    require(!certificates.isEmpty());
    require(ERR_peek_error() == 0);
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        const QByteArray& der = certificates[i];
        require(!der.isEmpty());
        for (qsizetype j = 0; j < i; ++j)
            require(certificates[j] != der);
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        X509* x = d2i_X509(nullptr, &p, der.size());
        require(x != nullptr &&
                p == reinterpret_cast<const unsigned char*>(der.constData()) + der.size());
        X509_free(x);
        try {
            const CertificateInfo info = describeCertificate(der);
            require(info.der == der && !info.sha256Fingerprint.isEmpty());
        } catch (const Error& e) {
            require(e.code() == ErrorCode::InvalidInput && !e.message().isEmpty());
        }
        require(ERR_peek_error() == 0);
    }
    return 0;
}

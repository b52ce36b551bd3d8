// Reading the certificate file a CA handed back, whatever its shape: PEM (one or more
// CERTIFICATE blocks, or a PKCS7 block), DER X.509, or PKCS#7 SignedData (.p7b/.p7c) in
// DER or PEM. Everything a user might feed it by mistake is refused with a sentence that
// says what it is (empty, too large, truncated, a private key, not a certificate, ...).
// This is the parser the fuzzer (fuzz/) drives.
#pragma once

#include <QByteArray>
#include <QList>

namespace tpmvsc {

inline constexpr qsizetype kMaxCertificateFileSize = 1024 * 1024; // 1 MiB

// The certificates in file order (DER), duplicates removed. Throws Error(InvalidInput).
QList<QByteArray> parseCertificates(const QByteArray& bytes);

} // namespace tpmvsc

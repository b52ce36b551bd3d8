#include "KeyCertificate.h"

#include "PublicKeyExport.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/x509.h>

namespace tpmvsc {

namespace {

struct X509Free {
    void operator()(X509* p) const { X509_free(p); }
};
using OwnedX509 = std::unique_ptr<X509, X509Free>;

// One whole certificate: d2i must consume every byte, so trailing data or a second
// certificate glued on is refused rather than silently dropped.
OwnedX509 parseWhole(const QByteArray& der)
{
    if (der.isEmpty() || der.size() > CardRecord::kMaxCertificateSize)
        return nullptr;
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    OwnedX509 cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (!cert || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        return nullptr;
    return cert;
}

QByteArray subjectPublicKeyInfo(X509* cert)
{
    const X509_PUBKEY* spki = X509_get_X509_PUBKEY(cert);
    unsigned char* out = nullptr;
    const int size = spki ? i2d_X509_PUBKEY(spki, &out) : -1;
    if (size <= 0)
        return QByteArray();
    QByteArray bytes(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return bytes;
}

QString keyName(const KeyRecord& key)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(key.id.toHex()), key.label);
}

} // namespace

void checkCertificateForKey(const KeyRecord& key, const KeyCertificate& certificate)
{
    if (certificate.der.size() > CardRecord::kMaxCertificateSize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService",
                             "The certificate is %1 bytes; a card keeps certificates of at most %2 "
                             "bytes.")
                        .arg(certificate.der.size())
                        .arg(CardRecord::kMaxCertificateSize));
    const OwnedX509 leaf = parseWhole(certificate.der);
    if (!leaf)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardService", "The certificate is not one whole DER X.509 certificate."));
    const QByteArray certKey = subjectPublicKeyInfo(leaf.get());
    if (certKey.isEmpty() || certKey != publicKeyInfo(key.blob.publicArea, false))
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardService",
                     "The certificate's public key is not the public key of card key %1: it "
                     "was issued for another key, and is not stored.")
                .arg(keyName(key)));
    if (certificate.chain.size() > CardRecord::kMaxChainLength)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService",
                             "The chain holds %1 issuer certificates; a card keeps at most %2.")
                        .arg(certificate.chain.size())
                        .arg(CardRecord::kMaxChainLength));
    for (qsizetype i = 0; i < certificate.chain.size(); ++i) {
        if (!parseWhole(certificate.chain[i]))
            throw Error(ErrorCode::InvalidInput,
                        Sentence("CardService",
                                 "Issuer certificate %1 of the chain is not one whole DER X.509 "
                                 "certificate of at most %2 bytes.")
                            .arg(i + 1)
                            .arg(CardRecord::kMaxCertificateSize));
    }
}

} // namespace tpmvsc

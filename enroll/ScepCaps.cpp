#include "ScepCaps.h"

#include "CertificateImport.h"
#include "OpenSslSupport_p.h"

#include <QCryptographicHash>

namespace tpmvsc {

namespace {

bool isCa(X509* cert)
{
    return X509_check_ca(cert) > 0;
}

} // namespace

ScepCipher ScepCaps::cipher() const
{
    return aes || scepStandard ? ScepCipher::Aes128Cbc : ScepCipher::Des3Cbc;
}

ScepCaps parseScepCaps(const QByteArray& text)
{
    ScepCaps caps;
    for (const QByteArray& rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed().toLower();
        if (line == "postpkioperation")
            caps.postPkiOperation = true;
        else if (line == "aes")
            caps.aes = true;
        else if (line == "des3")
            caps.des3 = true;
        else if (line == "sha-256")
            caps.sha256 = true;
        else if (line == "renewal")
            caps.renewal = true;
        else if (line == "scepstandard")
            caps.scepStandard = true;
    }
    if (caps.scepStandard) {
        caps.aes = true;
        caps.postPkiOperation = true;
        caps.sha256 = true;
    }
    return caps;
}

QByteArray ScepCaCertificates::recipient() const
{
    return ra.isEmpty() ? ca : ra.first();
}

QList<QByteArray> ScepCaCertificates::responders() const
{
    return QList<QByteArray>{ca} + ra;
}

ScepCaCertificates parseScepCaCertificates(const QByteArray& body)
{
    QList<QByteArray> certificates;
    try {
        certificates = parseCertificates(body);
    } catch (const Error& e) {
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepCaps", "The CA's certificate (GetCACert) is not usable: %1")
                        .arg(e.sentence()));
    }
    ossl::ErrorQueueGuard guard;
    ScepCaCertificates out;
    for (const QByteArray& der : certificates) {
        const ossl::Owned<X509> cert = ossl::fromDer<X509>(der, d2i_X509);
        if (cert && isCa(cert.get()) && out.ca.isEmpty() && certificates.size() > 1)
            out.ca = der;
        else if (certificates.size() > 1)
            out.ra.append(der);
    }
    if (certificates.size() == 1)
        out.ca = certificates.first();
    if (out.ca.isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepCaps", "The CA sent %1 certificates (GetCACert) and none of them "
                                         "is a CA's.")
                        .arg(int(certificates.size())));
    return out;
}

QString certificateFingerprint(const QByteArray& der)
{
    return ossl::hexUpper(QCryptographicHash::hash(der, QCryptographicHash::Sha256), ':');
}

QByteArray parseFingerprint(const QString& text)
{
    QString hex = text;
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex) {
        if (!QStringLiteral("0123456789abcdefABCDEF").contains(c))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

bool certificateHoldsKey(const QByteArray& certificate, const QByteArray& publicKeyInfo)
{
    ossl::ErrorQueueGuard guard;
    const ossl::Owned<X509> cert = ossl::fromDer<X509>(certificate, d2i_X509);
    return cert && ossl::spkiOf(X509_get0_pubkey(cert.get())) == publicKeyInfo;
}

void checkIssuedCertificate(const QByteArray& certificate, const QList<QByteArray>& chain,
                            const QByteArray& publicKeyInfo, const QByteArray& ca)
{
    ossl::ErrorQueueGuard guard;
    const ossl::Owned<X509> leaf = ossl::fromDer<X509>(certificate, d2i_X509);
    const ossl::Owned<X509> root = ossl::fromDer<X509>(ca, d2i_X509);
    if (!leaf || !root)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepCaps", "The CA issued something that is not a certificate."));
    if (!certificateHoldsKey(certificate, publicKeyInfo))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepCaps", "The CA issued a certificate for another key."));
    std::vector<ossl::Owned<X509>> owned;
    ossl::Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    for (const QByteArray& der : chain) {
        owned.push_back(ossl::fromDer<X509>(der, d2i_X509));
        if (owned.back() && X509_cmp(owned.back().get(), root.get()) != 0)
            sk_X509_push(untrusted.get(), owned.back().get());
    }
    const ossl::Owned<X509_STORE> store(X509_STORE_new());
    const ossl::Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_add_cert(store.get(), root.get()) != 1 ||
        X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        ossl::internal("set the chain check up");
    if (X509_verify_cert(ctx.get()) != 1)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ScepCaps", "The certificate the CA issued does not chain to the CA's "
                                         "certificate (%1).")
                        .arg(QString::fromUtf8(
                            X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())))));
}

} // namespace tpmvsc

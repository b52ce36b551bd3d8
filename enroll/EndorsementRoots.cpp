#include "EndorsementRoots.h"

#include "OpenSslSupport_p.h"

#include <QDir>
#include <QFile>
#include <openssl/pem.h>
#include <vector>

namespace tpmvsc {

namespace {

// Critical extensions of EK certificates that OpenSSL does not know and that say nothing
// a chain check must act on: the TPM's security assertions and specification, which the
// EK Credential Profile allows to be critical. Any other unknown critical extension still
// fails the check, as RFC 5280 asks.
bool tcgExtension(const ASN1_OBJECT* oid)
{
    const QString dotted = ossl::oidText(oid);
    return dotted == u"2.5.29.9"               // subjectDirectoryAttributes (TPM spec)
           || dotted.startsWith(u"2.23.133."); // TCG: tpmSecurityAssertions, ...
}

int acceptTcgExtensions(int ok, X509_STORE_CTX* ctx)
{
    if (ok || X509_STORE_CTX_get_error(ctx) != X509_V_ERR_UNHANDLED_CRITICAL_EXTENSION)
        return ok;
    X509* c = X509_STORE_CTX_get_current_cert(ctx);
    for (int i = 0; c && i < X509_get_ext_count(c); ++i) {
        X509_EXTENSION* ext = X509_get_ext(c, i);
        if (X509_EXTENSION_get_critical(ext) && !X509_supported_extension(ext) &&
            !tcgExtension(X509_EXTENSION_get_object(ext)))
            return 0;
    }
    return c ? 1 : 0;
}

} // namespace

EndorsementRoots::EndorsementRoots(const QList<QByteArray>& certificates)
    : m_certificates(certificates)
{}

QList<QByteArray> EndorsementRoots::certificatesIn(const QByteArray& bytes)
{
    ossl::ErrorQueueGuard guard;
    QList<QByteArray> out;
    if (bytes.contains("-----BEGIN")) {
        ossl::Owned<BIO> bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
        if (!bio)
            ossl::internal("read memory");
        while (X509* raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            const ossl::Owned<X509> c(raw);
            out.append(ossl::toDer(c.get(), i2d_X509));
        }
    } else if (ossl::fromDer<X509>(bytes, d2i_X509)) {
        out.append(bytes);
    }
    if (out.isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EndorsementRoots", "This holds no PEM or DER certificate."));
    return out;
}

EndorsementRoots EndorsementRoots::fromFolder(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists() || !dir.isReadable())
        throw Error(ErrorCode::StoreIo,
                    Sentence("EndorsementRoots", "The folder of endorsement roots %1 cannot be "
                                                 "read.")
                        .arg(folder),
                    ErrorFacts().withFile(folder));
    QList<QByteArray> all;
    const QStringList names =
        dir.entryList({QStringLiteral("*.pem"), QStringLiteral("*.crt"), QStringLiteral("*.cer"),
                       QStringLiteral("*.der")},
                      QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::StoreIo,
                        Sentence("EndorsementRoots", "The endorsement root %1 cannot be read: %2.")
                            .arg(path, file.errorString()),
                        ErrorFacts().withFile(path));
        try {
            all += certificatesIn(file.readAll());
        } catch (const Error&) {
            throw Error(ErrorCode::InvalidInput,
                        Sentence("EndorsementRoots", "The endorsement root %1 holds no PEM or DER "
                                                     "certificate.")
                            .arg(path),
                        ErrorFacts().withFile(path));
        }
    }
    if (all.isEmpty())
        throw Error(ErrorCode::NotFound,
                    Sentence("EndorsementRoots", "The folder %1 holds no endorsement root (files "
                                                 "*.pem, *.crt, *.cer or *.der).")
                        .arg(folder),
                    ErrorFacts().withFile(folder));
    return EndorsementRoots(all);
}

void EndorsementRoots::verify(const QByteArray& ekCertificate) const
{
    ossl::ErrorQueueGuard guard;
    const auto leaf = ossl::fromDer<X509>(ekCertificate, d2i_X509);
    if (!leaf)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EndorsementRoots", "The EK certificate is not a DER X.509 "
                                                 "certificate."));
    ossl::Owned<X509_STORE> store(X509_STORE_new());
    if (!store)
        ossl::internal("allocate a certificate store");
    for (const QByteArray& der : m_certificates) {
        const auto c = ossl::fromDer<X509>(der, d2i_X509);
        if (!c || X509_STORE_add_cert(store.get(), c.get()) != 1)
            ossl::internal("add an endorsement root");
    }
    // Every root is an anchor: a vendor's intermediate CA works without its root.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    X509_STORE_set_verify_cb(store.get(), acceptTcgExtensions);
    ossl::Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr) != 1)
        ossl::internal("prepare a chain check");
    if (X509_verify_cert(ctx.get()) != 1)
        throw Error(ErrorCode::EvidenceRefused,
                    Sentence("EndorsementRoots", "The EK certificate does not chain to a trusted "
                                                 "endorsement root (%1).")
                        .arg(QString::fromUtf8(
                            X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())))));
}

} // namespace tpmvsc

#include "enroll/Signer.h"

namespace tpmvsc {

QString digestAlgorithmName(DigestAlgorithm alg)
{
    switch (alg) {
    case DigestAlgorithm::Sha256: return QStringLiteral("sha256");
    case DigestAlgorithm::Sha384: return QStringLiteral("sha384");
    case DigestAlgorithm::Sha512: return QStringLiteral("sha512");
    }
    return {};
}

bool parseDigestAlgorithm(const QString& text, DigestAlgorithm* out)
{
    const QString t = text.trimmed().toLower().remove(u'-');
    for (DigestAlgorithm alg :
         {DigestAlgorithm::Sha256, DigestAlgorithm::Sha384, DigestAlgorithm::Sha512}) {
        if (t == digestAlgorithmName(alg)) {
            *out = alg;
            return true;
        }
    }
    return false;
}

int digestSize(DigestAlgorithm alg)
{
    switch (alg) {
    case DigestAlgorithm::Sha256: return 32;
    case DigestAlgorithm::Sha384: return 48;
    case DigestAlgorithm::Sha512: return 64;
    }
    return 0;
}

QString signaturePaddingName(SignaturePadding padding)
{
    switch (padding) {
    case SignaturePadding::RsaPkcs1v15: return QStringLiteral("pkcs1");
    case SignaturePadding::RsaPss: return QStringLiteral("pss");
    case SignaturePadding::Ecdsa: return QStringLiteral("ecdsa");
    }
    return {};
}

} // namespace tpmvsc

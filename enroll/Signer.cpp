#include "Signer.h"

namespace tpmvsc {

QString signatureSchemeName(SignatureScheme padding)
{
    switch (padding) {
    case SignatureScheme::RsaPkcs1v15: return QStringLiteral("pkcs1");
    case SignatureScheme::RsaPss: return QStringLiteral("pss");
    case SignatureScheme::Ecdsa: return QStringLiteral("ecdsa");
    }
    return {};
}

} // namespace tpmvsc

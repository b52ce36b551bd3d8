#include "TpmTypes.h"

namespace tpmvsc {

QString keyAlgorithmName(KeyAlgorithm alg)
{
    // These names are also the card file's encoding of the algorithm: never change them.
    switch (alg) {
    case KeyAlgorithm::Rsa2048: return QStringLiteral("rsa2048");
    case KeyAlgorithm::Rsa3072: return QStringLiteral("rsa3072");
    case KeyAlgorithm::EccP256: return QStringLiteral("p256");
    case KeyAlgorithm::EccP384: return QStringLiteral("p384");
    }
    return QStringLiteral("rsa2048");
}

bool parseKeyAlgorithm(const QString& text, KeyAlgorithm* out)
{
    // The spellings people bring from other tools: tpm2-tools (ecc256), OpenSSL/SEC
    // (secp256r1), OpenSSH (nistp256).
    struct Alias {
        QLatin1String name;
        KeyAlgorithm alg;
    };
    static const Alias aliases[] = {
        {QLatin1String("rsa2048"), KeyAlgorithm::Rsa2048},
        {QLatin1String("rsa3072"), KeyAlgorithm::Rsa3072},
        {QLatin1String("p256"), KeyAlgorithm::EccP256},
        {QLatin1String("p384"), KeyAlgorithm::EccP384},
        {QLatin1String("ecc256"), KeyAlgorithm::EccP256},
        {QLatin1String("ecc384"), KeyAlgorithm::EccP384},
        {QLatin1String("secp256r1"), KeyAlgorithm::EccP256},
        {QLatin1String("secp384r1"), KeyAlgorithm::EccP384},
        {QLatin1String("nistp256"), KeyAlgorithm::EccP256},
        {QLatin1String("nistp384"), KeyAlgorithm::EccP384},
    };
    for (const Alias& alias : aliases) {
        if (text.compare(alias.name, Qt::CaseInsensitive) == 0) {
            if (out)
                *out = alias.alg;
            return true;
        }
    }
    return false;
}

QString hashAlgorithmName(HashAlgorithm alg)
{
    switch (alg) {
    case HashAlgorithm::Sha256: return QStringLiteral("sha256");
    case HashAlgorithm::Sha384: return QStringLiteral("sha384");
    case HashAlgorithm::Sha512: return QStringLiteral("sha512");
    }
    return QString();
}

bool parseHashAlgorithm(const QString& text, HashAlgorithm* out)
{
    const QString t = text.trimmed().toLower().remove(u'-');
    for (HashAlgorithm alg :
         {HashAlgorithm::Sha256, HashAlgorithm::Sha384, HashAlgorithm::Sha512}) {
        if (t == hashAlgorithmName(alg)) {
            *out = alg;
            return true;
        }
    }
    return false;
}

int hashSize(HashAlgorithm alg)
{
    switch (alg) {
    case HashAlgorithm::Sha256: return 32;
    case HashAlgorithm::Sha384: return 48;
    case HashAlgorithm::Sha512: return 64;
    }
    return 0;
}

} // namespace tpmvsc

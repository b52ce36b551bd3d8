#include "PublicKeyDescription.h"

#include "OpenSslSupport_p.h"

#include <openssl/core_names.h>

namespace tpmvsc {

PublicKeyDescription describePublicKey(const QByteArray& spkiDer)
{
    ossl::ErrorQueueGuard guard;
    const auto key = ossl::publicKeyFromSpki(spkiDer);
    if (!key)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("PublicKeyDescription",
                             "The public key is not a valid SubjectPublicKeyInfo."));
    PublicKeyDescription d;
    d.bits = EVP_PKEY_get_bits(key.get());
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        d.type = PublicKeyDescription::Type::Rsa;
        d.algorithm = Sentence("PublicKeyDescription", "RSA %1").arg(d.bits);
        if (d.bits == 2048)
            d.cardAlgorithm = KeyAlgorithm::Rsa2048;
        else if (d.bits == 3072)
            d.cardAlgorithm = KeyAlgorithm::Rsa3072;
    } else if (EVP_PKEY_is_a(key.get(), "EC")) {
        d.type = PublicKeyDescription::Type::Ec;
        char group[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group,
                                           sizeof group, &len) == 1) {
            const QString name = QString::fromLatin1(group, qsizetype(len));
            if (name == u"prime256v1" || name == u"P-256") {
                d.curve = QStringLiteral("P-256");
                d.cardAlgorithm = KeyAlgorithm::EccP256;
            } else if (name == u"secp384r1" || name == u"P-384") {
                d.curve = QStringLiteral("P-384");
                d.cardAlgorithm = KeyAlgorithm::EccP384;
            } else if (name == u"secp521r1") {
                d.curve = QStringLiteral("P-521");
            } else {
                d.curve = name;
            }
        } else {
            d.curve.clear(); // explicit parameters: no named curve (said below)
        }
        d.algorithm = d.curve.isEmpty()
                          ? Sentence("PublicKeyDescription", "ECDSA %1")
                                .arg(Sentence("PublicKeyDescription", "explicit parameters"))
                          : Sentence("PublicKeyDescription", "ECDSA %1").arg(d.curve);
    } else {
        d.type = PublicKeyDescription::Type::Other;
        const char* name = EVP_PKEY_get0_type_name(key.get());
        d.algorithm = name ? Sentence::literal(QString::fromLatin1(name))
                           : Sentence("PublicKeyDescription", "unknown algorithm");
    }
    return d;
}

bool samePublicKey(const QByteArray& spkiDerA, const QByteArray& spkiDerB)
{
    ossl::ErrorQueueGuard guard;
    const auto a = ossl::publicKeyFromSpki(spkiDerA);
    const auto b = ossl::publicKeyFromSpki(spkiDerB);
    return a && b && EVP_PKEY_eq(a.get(), b.get()) == 1;
}

} // namespace tpmvsc

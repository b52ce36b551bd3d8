#include "ObjectTemplates.h"

#include "KeyObjects.h"

#include <memory>
#include <openssl/x509.h>

namespace tpmvsc::pkcs11 {

namespace {

void expectUlong(const Template& t, CK_ATTRIBUTE_TYPE type, CK_ULONG wanted)
{
    const std::optional<CK_ULONG> v = t.ulong(type);
    if (v && *v != wanted)
        fail(CKR_TEMPLATE_INCONSISTENT);
}

void expectBool(const Template& t, CK_ATTRIBUTE_TYPE type, bool wanted)
{
    const std::optional<bool> v = t.boolean(type);
    if (v && *v != wanted)
        fail(CKR_TEMPLATE_INCONSISTENT);
}

// The one value two templates give, or CKR_TEMPLATE_INCONSISTENT when they disagree.
std::optional<QByteArray> agreed(const Template& a, const Template& b, CK_ATTRIBUTE_TYPE type)
{
    const std::optional<QByteArray> x = a.bytes(type);
    const std::optional<QByteArray> y = b.bytes(type);
    if (x && y && *x != *y)
        fail(CKR_TEMPLATE_INCONSISTENT);
    return x ? x : y;
}

QByteArray withoutLeadingZeros(QByteArray bytes)
{
    while (bytes.startsWith('\0'))
        bytes.remove(0, 1);
    return bytes;
}

QByteArray certificatePublicKey(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* cert = d2i_X509(nullptr, &p, long(der.size()));
    if (!cert || p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
        X509_free(cert);
        fail(CKR_ATTRIBUTE_VALUE_INVALID);
    }
    unsigned char* buffer = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &buffer);
    X509_free(cert);
    if (length <= 0)
        fail(CKR_ATTRIBUTE_VALUE_INVALID);
    QByteArray out(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return out;
}

} // namespace

KeyPairTemplate readKeyPairTemplate(const CK_MECHANISM& mechanism, const Template& pub,
                                    const Template& priv)
{
    if (mechanism.pParameter || mechanism.ulParameterLen)
        fail(CKR_MECHANISM_PARAM_INVALID);
    KeyPairTemplate out;
    expectUlong(pub, CKA_CLASS, CKO_PUBLIC_KEY);
    expectUlong(priv, CKA_CLASS, CKO_PRIVATE_KEY);
    // Token objects only, and the private key never leaves the TPM.
    expectBool(pub, CKA_TOKEN, true);
    expectBool(priv, CKA_TOKEN, true);
    expectBool(priv, CKA_EXTRACTABLE, false);
    expectBool(priv, CKA_SENSITIVE, true);
    expectBool(priv, CKA_PRIVATE, true);
    switch (mechanism.mechanism) {
    case CKM_RSA_PKCS_KEY_PAIR_GEN: {
        expectUlong(pub, CKA_KEY_TYPE, CKK_RSA);
        expectUlong(priv, CKA_KEY_TYPE, CKK_RSA);
        const std::optional<CK_ULONG> bits = pub.ulong(CKA_MODULUS_BITS);
        if (!bits)
            fail(CKR_TEMPLATE_INCOMPLETE);
        if (*bits == 2048)
            out.algorithm = KeyAlgorithm::Rsa2048;
        else if (*bits == 3072)
            out.algorithm = KeyAlgorithm::Rsa3072;
        else
            fail(CKR_KEY_SIZE_RANGE);
        const std::optional<QByteArray> exponent = pub.bytes(CKA_PUBLIC_EXPONENT);
        if (exponent && withoutLeadingZeros(*exponent) != QByteArray::fromHex("010001"))
            fail(CKR_TEMPLATE_INCONSISTENT); // the TPM makes keys with e = 65537
        break;
    }
    case CKM_EC_KEY_PAIR_GEN: {
        expectUlong(pub, CKA_KEY_TYPE, CKK_EC);
        expectUlong(priv, CKA_KEY_TYPE, CKK_EC);
        const std::optional<QByteArray> params = pub.bytes(CKA_EC_PARAMS);
        if (!params)
            fail(CKR_TEMPLATE_INCOMPLETE);
        // A DER OBJECT IDENTIFIER (tag, short length, content) names a curve; anything
        // else is not an EC parameter at all.
        if (params->size() < 3 || params->at(0) != 0x06 || params->at(1) != params->size() - 2)
            fail(CKR_ATTRIBUTE_VALUE_INVALID);
        const std::optional<KeyAlgorithm> curve = curveFromOid(*params);
        if (!curve)
            fail(CKR_CURVE_NOT_SUPPORTED);
        out.algorithm = *curve;
        break;
    }
    default: fail(CKR_MECHANISM_INVALID);
    }
    if (const std::optional<QByteArray> id = agreed(pub, priv, CKA_ID)) {
        if (id->isEmpty() || id->size() > CardRecord::kMaxKeyIdSize)
            fail(CKR_ATTRIBUTE_VALUE_INVALID);
        out.id = *id;
    }
    if (const std::optional<QByteArray> label = agreed(pub, priv, CKA_LABEL))
        out.label = QString::fromUtf8(*label);
    return out;
}

CertificateTemplate readCertificateTemplate(const Template& t)
{
    const std::optional<CK_ULONG> cls = t.ulong(CKA_CLASS);
    if (!cls)
        fail(CKR_TEMPLATE_INCOMPLETE);
    if (*cls != CKO_CERTIFICATE)
        fail(CKR_ATTRIBUTE_VALUE_INVALID); // keys are made in the TPM, never imported
    expectUlong(t, CKA_CERTIFICATE_TYPE, CKC_X_509);
    expectBool(t, CKA_TOKEN, true);
    expectBool(t, CKA_PRIVATE, false);
    CertificateTemplate out;
    const std::optional<QByteArray> value = t.bytes(CKA_VALUE);
    if (!value || value->isEmpty())
        fail(CKR_TEMPLATE_INCOMPLETE);
    if (value->size() > CardRecord::kMaxCertificateSize)
        fail(CKR_ATTRIBUTE_VALUE_INVALID);
    out.der = *value;
    out.id = t.bytes(CKA_ID).value_or(QByteArray());
    return out;
}

QByteArray keyForCertificate(const CardRecord& card, const CertificateTemplate& cert)
{
    const QByteArray spki = certificatePublicKey(cert.der);
    for (const KeyRecord& k : card.keys) {
        if (!cert.id.isEmpty() ? k.id == cert.id : publicKeyParams(k).subjectPublicKey == spki)
            return k.id;
    }
    fail(CKR_TEMPLATE_INCONSISTENT);
}

} // namespace tpmvsc::pkcs11

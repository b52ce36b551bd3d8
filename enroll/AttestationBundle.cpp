#include "AttestationBundle.h"

#include "Der.h"
#include "OpenSslSupport_p.h"
#include "core/util/Error.h"

#include <openssl/x509.h>

namespace tpmvsc {

namespace {

constexpr unsigned char kSequence = 0x30;
constexpr unsigned char kOctetString = 0x04;
constexpr unsigned char kOid = 0x06;

[[noreturn]] void malformed(const Sentence& what)
{
    throw Error(ErrorCode::InvalidInput, what);
}

QByteArray octets(const QByteArray& bytes)
{
    return der::element(der::kOctetString, bytes);
}

TpmCertifyStatement readTpmCertify(QByteArrayView stmt)
{
    der::Reader outer(stmt);
    const der::Element seq = outer.read(kSequence);
    der::Reader fields(seq.content);
    TpmCertifyStatement s;
    s.attest = fields.read(kOctetString).content.toByteArray();
    s.signature = fields.read(kOctetString).content.toByteArray();
    bool hasPublicArea = false;
    if (fields.next(kOctetString)) {
        hasPublicArea = true;
        s.publicArea = fields.read(kOctetString).content.toByteArray();
    }
    if (!outer.ok() || !outer.atEnd() || !fields.ok() || !fields.atEnd() || s.attest.isEmpty() ||
        s.signature.isEmpty() || (hasPublicArea && s.publicArea.isEmpty()))
        malformed(
            Sentence("AttestationBundle", "The TPM statement in the attestation is malformed."));
    return s;
}

} // namespace

QByteArray encodeAttestationBundle(const AttestationBundle& bundle)
{
    if (bundle.statements.isEmpty())
        malformed(Sentence("AttestationBundle", "An attestation needs at least one statement."));
    QByteArray statements;
    for (const TpmCertifyStatement& s : bundle.statements) {
        QByteArray fields = octets(s.attest) + octets(s.signature);
        if (!s.publicArea.isEmpty())
            fields += octets(s.publicArea);
        statements += der::element(der::kSequence, der::objectIdentifier(kTpmCertifyStatementOid) +
                                                       der::element(der::kSequence, fields));
    }
    QByteArray content = der::element(der::kSequence, statements);
    if (!bundle.certificates.isEmpty()) {
        QByteArray certificates;
        for (const QByteArray& c : bundle.certificates)
            certificates += c; // a Certificate is the untagged choice of CertificateChoices
        content += der::element(der::kSequence, certificates);
    }
    return der::element(der::kSequence, content);
}

AttestationBundle decodeAttestationBundle(QByteArrayView bytes)
{
    static const QByteArray tpmCertify = der::objectIdentifier(kTpmCertifyStatementOid);
    der::Reader top(bytes);
    const der::Element bundleSeq = top.read(kSequence);
    if (!top.ok() || !top.atEnd())
        malformed(Sentence("AttestationBundle", "The attestation is not a DER sequence."));
    der::Reader parts(bundleSeq.content);
    const der::Element statementsSeq = parts.read(kSequence);
    std::optional<der::Element> certificatesSeq;
    if (parts.next(kSequence))
        certificatesSeq = parts.read(kSequence);
    if (!parts.ok() || !parts.atEnd())
        malformed(Sentence("AttestationBundle", "The attestation is malformed."));

    AttestationBundle bundle;
    der::Reader statements(statementsSeq.content);
    int count = 0;
    while (!statements.atEnd()) {
        if (++count > kMaxBundleStatements)
            malformed(Sentence("AttestationBundle", "The attestation has more than %1 statements.")
                          .arg(kMaxBundleStatements));
        const der::Element statement = statements.read(kSequence);
        der::Reader fields(statement.content);
        const der::Element type = fields.read(kOid);
        const der::Element stmt = fields.readAny();
        if (!statements.ok() || !fields.ok() || !fields.atEnd())
            malformed(
                Sentence("AttestationBundle", "A statement of the attestation is malformed."));
        if (type.whole == QByteArrayView(tpmCertify))
            bundle.statements.append(readTpmCertify(stmt.whole));
        else
            ++bundle.otherStatements;
    }
    if (count == 0)
        malformed(Sentence("AttestationBundle", "The attestation holds no statement."));

    if (certificatesSeq) {
        der::Reader certificates(certificatesSeq->content);
        int certificateCount = 0;
        while (!certificates.atEnd()) {
            if (++certificateCount > kMaxBundleCertificates)
                malformed(
                    Sentence("AttestationBundle", "The attestation has more than %1 certificates.")
                        .arg(kMaxBundleCertificates));
            const der::Element c = certificates.readAny();
            if (!certificates.ok())
                malformed(Sentence("AttestationBundle",
                                   "A certificate of the attestation is malformed."));
            if (c.tag == kSequence)
                bundle.certificates.append(c.whole.toByteArray());
            else
                ++bundle.otherCertificates;
        }
        if (certificateCount == 0)
            malformed(
                Sentence("AttestationBundle", "The attestation's certificate list is empty."));
    }
    return bundle;
}

std::optional<AttestationBundle> attestationBundleOfRequest(const QByteArray& requestDer)
{
    ossl::ErrorQueueGuard guard;
    const auto request = ossl::fromDer<X509_REQ>(requestDer, d2i_X509_REQ);
    if (!request)
        malformed(Sentence("AttestationBundle", "The certificate request is not DER PKCS#10."));
    const ossl::Owned<ASN1_OBJECT> oid(OBJ_txt2obj(kAttestationAttributeOid, 1));
    if (!oid)
        ossl::internal("decode the attestation attribute's identifier");
    const int at = X509_REQ_get_attr_by_OBJ(request.get(), oid.get(), -1);
    if (at < 0)
        return std::nullopt;
    if (X509_REQ_get_attr_by_OBJ(request.get(), oid.get(), at) >= 0)
        malformed(
            Sentence("AttestationBundle", "The request carries the attestation attribute twice."));
    X509_ATTRIBUTE* attribute = X509_REQ_get_attr(request.get(), at);
    if (X509_ATTRIBUTE_count(attribute) != 1)
        malformed(Sentence("AttestationBundle",
                           "The request's attestation attribute must have one value."));
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value || value->type != V_ASN1_SEQUENCE || !value->value.sequence)
        malformed(Sentence("AttestationBundle",
                           "The request's attestation attribute is not a sequence."));
    const ASN1_STRING* sequence = value->value.sequence;
    return decodeAttestationBundle(
        QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(sequence)),
                       ASN1_STRING_length(sequence)));
}

} // namespace tpmvsc

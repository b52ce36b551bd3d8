// libFuzzer target: attestation bundles as a certificate request carries them (untrusted:
// a CA reads them from any client). Whatever is accepted stays within the bounds, and a
// bundle of our statements alone is written back byte for byte as it was read.
#include "FuzzCheck.h"
#include "core/util/Error.h"
#include "enroll/AttestationBundle.h"

#include <cstdint>

using namespace tpmvsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    AttestationBundle bundle;
    try {
        bundle = decodeAttestationBundle(input);
    } catch (const Error& e) {
        fuzz::require(e.code() == ErrorCode::InvalidInput);
        return 0;
    }
    fuzz::require(bundle.statements.size() + bundle.otherStatements >= 1);
    fuzz::require(bundle.statements.size() + bundle.otherStatements <= kMaxBundleStatements);
    fuzz::require(bundle.certificates.size() + bundle.otherCertificates <= kMaxBundleCertificates);
    if (bundle.otherStatements == 0 && bundle.otherCertificates == 0)
        fuzz::require(encodeAttestationBundle(bundle) == input);
    return 0;
}

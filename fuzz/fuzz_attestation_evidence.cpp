// libFuzzer target: TPM evidence as a relying party receives it (untrusted: any client
// sends it). An input that starts with '{' is an evidence file, read and verified with no
// expectations; any other input is given to each TPM structure reader. Every failure is
// one of the two categories the verifier promises, and whatever is accepted holds
// together: a verified claim's Name is its public area's, a public area read is read the
// same again from its own bytes.
#include "FuzzCheck.h"
#include "core/util/Error.h"
#include "enroll/AttestationEvidence.h"
#include "enroll/EvidenceVerification.h"
#include "enroll/TpmStructures.h"

#include <cstdint>

using namespace tpmvsc;

namespace {

bool expected(const Error& e)
{
    return e.code() == ErrorCode::InvalidInput || e.code() == ErrorCode::EvidenceRefused;
}

void evidence(const QByteArray& input)
{
    try {
        const EvidenceFindings found =
            verifyEvidence(attestationEvidenceFromJson(input), EvidenceExpectations());
        fuzz::require(found.certifiedName.size() > 2);
        fuzz::require(found.nonce.isEmpty());
        fuzz::require(!found.certifiedKeySpki.isEmpty());
    } catch (const Error& e) {
        fuzz::require(expected(e));
    }
}

void structures(const QByteArray& input)
{
    try {
        const tpm2::Public area = tpm2::parsePublic(input);
        fuzz::require(area.bytes == input);
        fuzz::require(tpm2::parsePublic(area.bytes).modulus == area.modulus);
        fuzz::require(tpm2::nameOf(area).size() > 2);
        tpm2::subjectPublicKeyInfo(area);
    } catch (const Error& e) {
        fuzz::require(e.code() == ErrorCode::InvalidInput);
    }
    try {
        const tpm2::Attest attest = tpm2::parseAttest(input);
        fuzz::require(attest.extraData.size() <= 66);
    } catch (const Error& e) {
        fuzz::require(e.code() == ErrorCode::InvalidInput);
    }
    try {
        const tpm2::Signature signature = tpm2::parseSignature(input);
        const QByteArray bytes = tpm2::signatureBytes(signature);
        fuzz::require(signature.sigAlg == tpm2::kAlgEcdsa ? !bytes.isEmpty()
                                                          : bytes == signature.rsa);
    } catch (const Error& e) {
        fuzz::require(e.code() == ErrorCode::InvalidInput);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (input.startsWith('{'))
        evidence(input);
    else
        structures(input);
    return 0;
}

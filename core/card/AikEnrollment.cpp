#include "AikEnrollment.h"

#include "core/tpm/AttestationKey.h"
#include "core/tpm/Endorsement.h"
#include "core/tpm/Tpm.h"
#include "core/util/Sentence.h"

namespace tpmvsc {

AikCertificates certifyAttestationKey(Tpm& tpm, ESYS_TR parent, ESYS_TR session, const TpmBlob& aik,
                                      const Secret& cardSecret, AikCertifier& certifier)
{
    const std::optional<EkCertificate> ekCertificate = findEkCertificate(tpm);
    if (!ekCertificate)
        throw Error(ErrorCode::Unsupported,
                    Sentence("AikEnrollment",
                             "This TPM has no endorsement key certificate, so no attestation CA "
                             "can tell that it is a genuine TPM. Give the card an attestation "
                             "key without a certificate (AIK_ONLY) instead."));
    AikCertificationRequest request;
    request.ekCertificate = ekCertificate->der;
    request.aikPublic = publicAreaBytes(aik.publicArea);
    request.tpm = readTpmIdentity(tpm);
    Secret credential;
    {
        // The EK stays loaded while the CA answers: made again from its template it would
        // cost a second key generation, and the CA's answer is quick.
        const EndorsementKey ek = loadEndorsementKey(tpm, ekCertificate->type);
        request.ekPublic = ek.publicArea;
        const CredentialChallenge challenge = certifier.challenge(request);
        const TpmObject loadedAik = loadBlob(tpm, parent, session, aik);
        credential = activateCredential(
            tpm, AuthorizedObject{loadedAik.handle(), session, cardSecret}, ek, challenge);
    }
    return AikCertificates{certifier.certificateChain(credential), certifier.authority()};
}

} // namespace tpmvsc

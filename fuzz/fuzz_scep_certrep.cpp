// libFuzzer target: whatever a SCEP CA (or whoever answers in its place) sends back to a
// PKIOperation. The pkiMessage is read without its signature checked (the signature check
// is OpenSSL's PKCS7_verify), and any EnvelopedData, the message's content or the input
// itself, is opened with a stand-in for the card's decryption. The properties: failure is
// a tpmvsc::Error(InvalidInput) with a sentence; success gives what the reader promises;
// OpenSSL's error queue is left empty.
#include "FuzzCheck.h"
#include "core/util/Error.h"
#include "enroll/ScepMessage.h"

#include <cstdint>
#include <openssl/err.h>

using namespace tpmvsc;
using tpmvsc::fuzz::require;

namespace {

// The card's RSA decryption stood in for: a key of the length the encrypted key suggests
// (the fuzzer finds the lengths the ciphers want).
QByteArray standInDecrypt(const QByteArray& encryptedKey)
{
    return encryptedKey.left(encryptedKey.isEmpty() ? 0 : (encryptedKey.at(0) & 0x1f) + 1);
}

void open(const QByteArray& envelope)
{
    try {
        const QList<QByteArray> certificates = openScepEnvelope(envelope, standInDecrypt);
        require(!certificates.isEmpty());
        for (const QByteArray& der : certificates)
            require(!der.isEmpty());
    } catch (const Error& e) {
        require(e.code() == ErrorCode::InvalidInput && !e.message().isEmpty());
    }
    require(ERR_peek_error() == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const ScepResponse response = readScepResponse(bytes);
        if (response.type == ScepMessageType::CertRep && response.status == ScepStatus::Success)
            require(!response.content.isEmpty());
        if (response.failInfo)
            require(!scepFailInfoName(*response.failInfo).isEmpty());
        require(ERR_peek_error() == 0);
        if (!response.content.isEmpty())
            open(response.content);
    } catch (const Error& e) {
        require(e.code() == ErrorCode::InvalidInput && !e.message().isEmpty());
        require(ERR_peek_error() == 0);
    }
    open(bytes);
    return 0;
}

// libFuzzer target: TPM responses as they reach our own session code (core/tpm/TpmWire)
// from the TCTI, which a tampered bus or a faulty TPM may fill with anything. The first
// byte chooses how many handles the command expects (0 to 3), the rest is the response.
// Besides crashes and sanitizer findings, it checks the parser's promise: a response it
// accepts is exactly the one its fields describe (marshalled again, the same bytes), and
// anything else is a tpmvsc::Error of the TPM category.
#include "FuzzCheck.h"
#include "core/tpm/TpmWire.h"
#include "core/util/Error.h"

#include <cstdint>
#include <cstdlib>

using namespace tpmvsc;
using tpmvsc::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const int handleCount = data[0] % 4;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    wire::Response r;
    try {
        r = wire::parseResponse(bytes, handleCount);
    } catch (const Error& e) {
        require(e.code() == ErrorCode::Tpm && !e.message().isEmpty());
        return 0;
    }
    QByteArray body;
    if (r.rc == TPM2_RC_SUCCESS) {
        require(r.handles.size() == handleCount);
        for (TPM2_HANDLE h : r.handles)
            body += wire::be32(h);
        const bool sessions = bytes.size() >= 2 && quint8(bytes[0]) == (TPM2_ST_SESSIONS >> 8) &&
                              quint8(bytes[1]) == (TPM2_ST_SESSIONS & 0xff);
        if (sessions) {
            body += wire::be32(std::uint32_t(r.parameters.size())) + r.parameters;
            for (const wire::ResponseAuth& a : r.auths)
                body += wire::sized(a.nonce) + char(a.attributes) + wire::sized(a.hmac);
        } else {
            require(r.auths.isEmpty());
            body += r.parameters;
        }
    } else {
        require(r.handles.isEmpty() && r.parameters.isEmpty() && r.auths.isEmpty());
    }
    const QByteArray again =
        bytes.left(2) + wire::be32(std::uint32_t(10 + body.size())) + wire::be32(r.rc) + body;
    require(again == bytes);
    return 0;
}

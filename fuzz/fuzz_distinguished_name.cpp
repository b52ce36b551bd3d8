// libFuzzer target: subject strings as typed. What parses must format to a string that
// parses to the same name, and its DER must survive decoding, formatting and parsing
// unchanged (DER, not text, is compared there: DER sorts multi-valued RDNs).
#include "core/util/Error.h"
#include "enroll/DistinguishedName.h"

#include <cstdint>
#include <cstdlib>

using namespace tpmvsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    DistinguishedName dn;
    try {
        dn = parseDistinguishedName(text);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::InvalidInput ||
            !e.message().startsWith(QStringLiteral("Subject: ")))
            std::abort();
        return 0;
    }
    const QString canonical = dn.toString();
    if (!(parseDistinguishedName(canonical) == dn))
        std::abort();
    if (!dn.isEmpty()) {
        const QByteArray der = dn.toDer();
        const DistinguishedName decoded = distinguishedNameFromDer(der);
        if (decoded.toDer() != der || parseDistinguishedName(decoded.toString()).toDer() != der)
            std::abort();
    }
    return 0;
}

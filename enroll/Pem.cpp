#include "Pem.h"

namespace tpmvsc {

QByteArray pemEncode(const QByteArray& der, const char* label)
{
    const QByteArray base64 = der.toBase64();
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        out += base64.mid(i, 64) + '\n';
    out += QByteArray("-----END ") + label + "-----\n";
    return out;
}

} // namespace tpmvsc

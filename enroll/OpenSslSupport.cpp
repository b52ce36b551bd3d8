#include "OpenSslSupport_p.h"

#include <QTimeZone>

namespace tpmvsc::ossl {

QString takeReason()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    const char* reason = ERR_reason_error_string(code);
    return reason ? QString::fromUtf8(reason) : QStringLiteral("error %1").arg(code, 0, 16);
}

void fail(ErrorCode code, const Sentence& statement)
{
    const QString reason = takeReason();
    if (reason.isEmpty())
        throw Error(code, Sentence("OpenSslSupport", "%1.").arg(statement));
    throw Error(code, Sentence("OpenSslSupport", "%1 (OpenSSL: %2).").arg(statement).arg(reason));
}

void fail(ErrorCode code, const QString& message)
{
    const QString reason = takeReason();
    if (reason.isEmpty())
        throw Error(code, message);
    QString text = message;
    if (text.endsWith(u'.'))
        text.chop(1);
    throw Error(code, QStringLiteral("%1 (OpenSSL: %2).").arg(text, reason));
}

void internal(const char* what)
{
    fail(ErrorCode::Internal, QStringLiteral("OpenSSL could not %1.").arg(QLatin1String(what)));
}

QByteArray asn1StringBytes(const ASN1_STRING* s)
{
    if (!s)
        return {};
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                      ASN1_STRING_length(s));
}

QString oidText(const ASN1_OBJECT* obj)
{
    char buf[128];
    const int len = OBJ_obj2txt(buf, sizeof buf, obj, 1);
    if (len <= 0)
        return {};
    if (len < int(sizeof buf))
        return QString::fromLatin1(buf, len);
    QByteArray big(len + 1, '\0');
    OBJ_obj2txt(big.data(), len + 1, obj, 1);
    return QString::fromLatin1(big.constData(), len);
}

Owned<ASN1_OBJECT> oidObject(const QString& dotted)
{
    Owned<ASN1_OBJECT> obj(OBJ_txt2obj(dotted.toLatin1().constData(), 1));
    if (!obj)
        internal("encode an object identifier");
    return obj;
}

QDateTime toDateTime(const ASN1_TIME* t)
{
    struct tm tm {
    };
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1) {
        ERR_clear_error();
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

QString hexUpper(const QByteArray& bytes, char separator)
{
    return QString::fromLatin1(bytes.toHex(separator).toUpper());
}

Owned<EVP_PKEY> publicKeyFromSpki(const QByteArray& spkiDer)
{
    auto key = fromDer<EVP_PKEY>(spkiDer, d2i_PUBKEY);
    ERR_clear_error();
    return key;
}

QByteArray spkiOf(const EVP_PKEY* key)
{
    return toDer(key, i2d_PUBKEY);
}

} // namespace tpmvsc::ossl

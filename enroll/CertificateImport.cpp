// The import parser. It decides what the bytes are before handing anything to OpenSSL's
// decoders, so each wrong file gets its own sentence: PEM is scanned line by line here
// (block labels, missing END lines, damaged base64), DER lengths are checked here
// (truncation, trailing bytes), and only whole DER objects reach d2i_*.
#include "CertificateImport.h"

#include "OpenSslSupport_p.h"

#include <QList>
#include <openssl/pkcs12.h>

namespace tpmvsc {

namespace {

constexpr int kMaxCertificatesPerFile = 64;

[[noreturn]] void refuse(const Sentence& sentence)
{
    ERR_clear_error();
    throw Error(ErrorCode::InvalidInput, sentence);
}

// Adds `der` unless the same certificate is already there.
void addCertificate(QList<QByteArray>& out, const QByteArray& der)
{
    if (out.contains(der))
        return;
    if (out.size() >= kMaxCertificatesPerFile)
        refuse(Sentence("CertificateImport",
                        "The file holds more than %1 certificates; a certificate with its "
                        "chain has a handful. This is not a certificate file for a card.")
                   .arg(kMaxCertificatesPerFile));
    out.append(der);
}

// Length of the DER/BER element at the start of `data`: header + content, or -1 for an
// indefinite length (BER, which PKCS#7 from some tools uses). Throws when truncated.
qsizetype elementLength(const QByteArray& data, const Sentence& where)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    if (n < 2)
        refuse(Sentence("CertificateImport",
                        "%1 is truncated: %n byte(s) are not even the start of a DER structure.",
                        nullptr, int(n))
                   .arg(where));
    if ((p[0] & 0x1f) == 0x1f)
        refuse(
            Sentence("CertificateImport", "%1 does not start like a certificate (high tag number).")
                .arg(where));
    qsizetype header = 2;
    qsizetype length = p[1];
    if (p[1] == 0x80)
        return -1;
    if (p[1] & 0x80) {
        const int count = p[1] & 0x7f;
        if (count > 4)
            refuse(Sentence("CertificateImport",
                            "%1 announces a length of more than 4 GiB; it is damaged or not "
                            "a certificate.")
                       .arg(where));
        if (n < 2 + count)
            refuse(Sentence("CertificateImport", "%1 is truncated inside its first length field.")
                       .arg(where));
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | p[2 + i];
        header += count;
    }
    if (header + length > n)
        refuse(Sentence("CertificateImport",
                        "%1 is truncated: its DER structure announces %2 bytes, but only %3 "
                        "are there. Was the file cut off while copying or downloading?")
                   .arg(where)
                   .arg(header + length)
                   .arg(n));
    return header + length;
}

Sentence describePkcs7Type(int nid)
{
    switch (nid) {
    case NID_pkcs7_data: return Sentence("CertificateImport", "plain data");
    case NID_pkcs7_enveloped: return Sentence("CertificateImport", "enveloped (encrypted) data");
    case NID_pkcs7_signedAndEnveloped:
        return Sentence("CertificateImport", "signed and enveloped data");
    case NID_pkcs7_digest: return Sentence("CertificateImport", "digested data");
    case NID_pkcs7_encrypted: return Sentence("CertificateImport", "encrypted data");
    default: return Sentence("CertificateImport", "type %1").arg(nid);
    }
}

void takePkcs7(const PKCS7* p7, const Sentence& where, QList<QByteArray>& out)
{
    if (!PKCS7_type_is_signed(p7))
        refuse(Sentence("CertificateImport",
                        "%1 is a PKCS#7 message holding %2, not a certificate bundle "
                        "(.p7b/.p7c files are PKCS#7 signed data).")
                   .arg(where)
                   .arg(describePkcs7Type(OBJ_obj2nid(p7->type))));
    const STACK_OF(X509)* certs = p7->d.sign ? p7->d.sign->cert : nullptr;
    if (!certs || sk_X509_num(certs) == 0)
        refuse(Sentence("CertificateImport",
                        "%1 is a PKCS#7 bundle without any certificate in it (it may hold "
                        "only revocation lists). Ask the CA for the certificate itself.")
                   .arg(where));
    for (int i = 0; i < sk_X509_num(certs); ++i)
        addCertificate(out, ossl::toDer(sk_X509_value(certs, i), i2d_X509));
}

// Names what a DER object is when it is not something we import.
Sentence identifyOtherDer(const QByteArray& der)
{
    if (ossl::fromDer<X509_REQ>(der, d2i_X509_REQ))
        return Sentence("CertificateImport",
                        "a certificate request (CSR), not a certificate: send it to your "
                        "CA and import what the CA sends back");
    if (ossl::fromDer<PKCS12>(der, d2i_PKCS12))
        return Sentence("CertificateImport",
                        "a PKCS#12 file (.p12/.pfx) with a private key in it; a private "
                        "key does not belong here: the card's keys are made in the TPM and "
                        "never leave it. Import only the certificate");
    if (ossl::fromDer<X509_SIG>(der, d2i_X509_SIG) ||
        ossl::fromDer<PKCS8_PRIV_KEY_INFO>(der, d2i_PKCS8_PRIV_KEY_INFO))
        return Sentence("CertificateImport",
                        "a private key; a private key does not belong here: the card's "
                        "keys are made in the TPM and never leave it. Import only the "
                        "certificate");
    if (ossl::fromDer<EVP_PKEY>(der, d2i_PUBKEY))
        return Sentence("CertificateImport", "a bare public key, not a certificate");
    if (ossl::fromDer<X509_CRL>(der, d2i_X509_CRL))
        return Sentence("CertificateImport",
                        "a certificate revocation list (CRL), not a certificate");
    return {};
}

// One DER element: a certificate or a PKCS#7 bundle.
void takeDerElement(const QByteArray& der, const Sentence& where, QList<QByteArray>& out)
{
    ERR_clear_error();
    if (auto cert = ossl::fromDer<X509>(der, d2i_X509)) {
        addCertificate(out, ossl::toDer(cert.get(), i2d_X509));
        return;
    }
    const QString certReason = ossl::takeReason();
    if (auto p7 = ossl::fromDer<PKCS7>(der, d2i_PKCS7)) {
        takePkcs7(p7.get(), where, out);
        return;
    }
    ERR_clear_error();
    const Sentence other = identifyOtherDer(der);
    ERR_clear_error();
    if (!other.isEmpty())
        refuse(Sentence("CertificateImport", "%1 is %2.").arg(where).arg(other));
    if (certReason.isEmpty())
        refuse(Sentence("CertificateImport",
                        "%1 is not a valid certificate or PKCS#7 bundle: its DER structure is "
                        "damaged.")
                   .arg(where));
    refuse(Sentence("CertificateImport",
                    "%1 is not a valid certificate or PKCS#7 bundle: its DER structure is "
                    "damaged (OpenSSL: %2).")
               .arg(where)
               .arg(certReason));
}

// DER: one element, or several certificates written one after another.
void takeDer(const QByteArray& bytes, const Sentence& where, QList<QByteArray>& out)
{
    if (bytes.isEmpty())
        refuse(Sentence("CertificateImport", "%1 is empty.").arg(where));
    if (static_cast<unsigned char>(bytes[0]) != 0x30)
        refuse(Sentence("CertificateImport",
                        "%1 does not start like a DER certificate (byte 0x%2 instead of a "
                        "SEQUENCE, 0x30).")
                   .arg(where)
                   .arg(static_cast<unsigned char>(bytes[0]), 2, 16, QLatin1Char('0')));
    qsizetype offset = 0;
    int index = 0;
    while (offset < bytes.size()) {
        const QByteArray rest = bytes.mid(offset);
        const Sentence here = index == 0
                                  ? where
                                  : Sentence("CertificateImport", "%1 (the data after byte %2)")
                                        .arg(where)
                                        .arg(offset);
        if (static_cast<unsigned char>(rest[0]) != 0x30) {
            if (rest.count('\0') + rest.count('\n') + rest.count('\r') == rest.size())
                return; // padding some tools append
            refuse(Sentence("CertificateImport",
                            "%1 holds %n byte(s) of other data after the certificate (at byte "
                            "%2); it is damaged or not a certificate file.",
                            nullptr, int(rest.size()))
                       .arg(where)
                       .arg(offset));
        }
        qsizetype length = elementLength(rest, here);
        if (length < 0) { // BER indefinite length: OpenSSL finds the end
            const auto* p = reinterpret_cast<const unsigned char*>(rest.constData());
            ossl::Owned<PKCS7> p7(d2i_PKCS7(nullptr, &p, rest.size()));
            if (!p7)
                refuse(Sentence("CertificateImport",
                                "%1 uses an indefinite length and is not a valid PKCS#7 "
                                "bundle (truncated or damaged).")
                           .arg(here));
            takePkcs7(p7.get(), here, out);
            length = p - reinterpret_cast<const unsigned char*>(rest.constData());
        } else {
            takeDerElement(rest.left(length), here, out);
        }
        offset += length;
        ++index;
    }
}

bool isPrivateKeyLabel(const QByteArray& label)
{
    return label.endsWith("PRIVATE KEY") || label == "PKCS12" || label == "PKCS #12";
}

bool isCertificateLabel(const QByteArray& label)
{
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

bool isPkcs7Label(const QByteArray& label)
{
    return label == "PKCS7" || label == "PKCS #7 SIGNED DATA" || label == "CMS";
}

Sentence wrongBlockSentence(const QByteArray& label)
{
    if (label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST")
        return Sentence("CertificateImport",
                        "a certificate request (CSR), not a certificate: send it to your CA "
                        "and import what the CA sends back");
    if (label == "PUBLIC KEY" || label == "RSA PUBLIC KEY")
        return Sentence("CertificateImport", "a bare public key, not a certificate");
    if (label == "X509 CRL")
        return Sentence("CertificateImport",
                        "a certificate revocation list (CRL), not a certificate");
    return Sentence("CertificateImport", "not a certificate");
}

struct PemBlock {
    QByteArray label;
    int line = 0; // of the BEGIN line, 1-based
    QByteArray base64;
};

// "-----BEGIN X-----" -> X; empty when `line` is no such line.
QByteArray armourLabel(const QByteArray& line, const char* kind)
{
    const QByteArray prefix = QByteArray("-----") + kind + ' ';
    if (!line.startsWith(prefix) || !line.endsWith("-----") || line.size() < prefix.size() + 5)
        return {};
    return line.mid(prefix.size(), line.size() - prefix.size() - 5);
}

QList<PemBlock> scanPem(const QByteArray& bytes)
{
    QList<PemBlock> blocks;
    const QList<QByteArray> lines = bytes.split('\n');
    PemBlock* open = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int lineNo = i + 1;
        const QByteArray begin = armourLabel(line, "BEGIN");
        const QByteArray end = armourLabel(line, "END");
        if (!begin.isEmpty()) {
            if (open)
                refuse(Sentence("CertificateImport",
                                "PEM block %1 (\"-----BEGIN %2-----\" at line %3) has no END "
                                "line before the next BEGIN at line %4; the file is "
                                "truncated or two files were pasted into each other.")
                           .arg(blocks.size())
                           .arg(QString::fromLatin1(open->label))
                           .arg(open->line)
                           .arg(lineNo));
            if (isPrivateKeyLabel(begin))
                refuse(Sentence("CertificateImport",
                                "The file holds a private key (\"-----BEGIN %1-----\" at line "
                                "%2). A private key does not belong here: the card's keys "
                                "are made in the TPM and never leave it. Import only the "
                                "certificate, and keep that key file away from others.")
                           .arg(QString::fromLatin1(begin))
                           .arg(lineNo));
            if (!isCertificateLabel(begin) && !isPkcs7Label(begin))
                refuse(Sentence("CertificateImport",
                                "PEM block %1 (\"-----BEGIN %2-----\" at line %3) is %4.")
                           .arg(blocks.size() + 1)
                           .arg(QString::fromLatin1(begin))
                           .arg(lineNo)
                           .arg(wrongBlockSentence(begin)));
            blocks.append(PemBlock{begin, lineNo, {}});
            open = &blocks.last();
        } else if (!end.isEmpty()) {
            if (!open)
                refuse(Sentence("CertificateImport",
                                "Line %1 ends a PEM block (\"-----END %2-----\") that never "
                                "began; the start of the file is missing.")
                           .arg(lineNo)
                           .arg(QString::fromLatin1(end)));
            if (end != open->label)
                refuse(Sentence("CertificateImport",
                                "PEM block %1 begins as \"%2\" at line %3 but ends as \"%4\" "
                                "at line %5.")
                           .arg(blocks.size())
                           .arg(QString::fromLatin1(open->label))
                           .arg(open->line)
                           .arg(QString::fromLatin1(end))
                           .arg(lineNo));
            open = nullptr;
        } else if (open) {
            if (line.contains(':'))
                refuse(Sentence("CertificateImport",
                                "PEM block %1 has a header line (line %2); certificates have "
                                "none. The block is damaged or is not a certificate.")
                           .arg(blocks.size())
                           .arg(lineNo));
            open->base64 += line;
        }
    }
    if (open)
        refuse(Sentence("CertificateImport",
                        "The file is truncated: PEM block %1 (\"-----BEGIN %2-----\" at line "
                        "%3) has no END line.")
                   .arg(blocks.size())
                   .arg(QString::fromLatin1(open->label))
                   .arg(open->line));
    return blocks;
}

void takePem(const QByteArray& bytes, QList<QByteArray>& out)
{
    const QList<PemBlock> blocks = scanPem(bytes);
    if (blocks.isEmpty())
        refuse(Sentence("CertificateImport", "The file has PEM markers but no complete block."));
    for (int i = 0; i < blocks.size(); ++i) {
        const PemBlock& block = blocks[i];
        const Sentence where =
            Sentence("CertificateImport", "PEM block %1 (\"-----BEGIN %2-----\" at line %3)")
                .arg(i + 1)
                .arg(QString::fromLatin1(block.label))
                .arg(block.line);
        auto decoded =
            QByteArray::fromBase64Encoding(block.base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            refuse(Sentence("CertificateImport", "%1 is damaged: its content is not valid base64.")
                       .arg(where));
        if (decoded.decoded.isEmpty())
            refuse(Sentence("CertificateImport", "%1 is empty.").arg(where));
        const qsizetype before = out.size();
        if (block.label == "TRUSTED CERTIFICATE") {
            // OpenSSL's form: the certificate followed by trust settings we do not keep.
            const auto* p = reinterpret_cast<const unsigned char*>(decoded.decoded.constData());
            ossl::Owned<X509> cert(d2i_X509_AUX(nullptr, &p, decoded.decoded.size()));
            if (!cert)
                refuse(Sentence("CertificateImport", "%1 is not a valid certificate.").arg(where));
            addCertificate(out, ossl::toDer(cert.get(), i2d_X509));
        } else {
            takeDer(decoded.decoded, where, out);
        }
        if (isCertificateLabel(block.label) && out.size() > before + 1)
            refuse(Sentence("CertificateImport", "%1 holds more than one certificate.").arg(where));
    }
}

bool looksLikeText(const QByteArray& bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t')
            return false;
    }
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// What a binary file that is no certificate is, when it is something well known.
Sentence binaryKind(const QByteArray& bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return Sentence("CertificateImport", "it is a ZIP archive: extract the certificate first");
    if (bytes.startsWith("\x1f\x8b"))
        return Sentence("CertificateImport", "it is gzip-compressed: decompress it first");
    if (bytes.startsWith("%PDF"))
        return Sentence("CertificateImport", "it is a PDF document");
    if (bytes.startsWith("\x7f"
                         "ELF"))
        return Sentence("CertificateImport", "it is a program");
    return {};
}

} // namespace

QList<QByteArray> parseCertificates(const QByteArray& bytes)
{
    ossl::ErrorQueueGuard guard;
    if (bytes.isEmpty())
        refuse(Sentence("CertificateImport", "The file is empty."));
    if (bytes.size() > kMaxCertificateFileSize)
        refuse(Sentence("CertificateImport",
                        "The file is %1 bytes; certificate files are at most 1 MiB (%2 "
                        "bytes). A certificate with its chain takes a few kilobytes: this "
                        "is not a certificate file.")
                   .arg(bytes.size())
                   .arg(kMaxCertificateFileSize));
    QList<QByteArray> out;
    if (bytes.contains("-----BEGIN ") || bytes.contains("-----END ")) {
        takePem(bytes, out);
    } else if (static_cast<unsigned char>(bytes[0]) == 0x30) {
        takeDer(bytes, Sentence("CertificateImport", "The file"), out);
    } else if (bytes.trimmed().isEmpty()) {
        refuse(Sentence("CertificateImport", "The file holds only blank space, no certificate."));
    } else if (looksLikeText(bytes)) {
        // Some CAs show the certificate as bare base64 to copy and paste.
        QByteArray compact = bytes;
        compact.replace('\n', QByteArray()).replace('\r', QByteArray());
        compact = compact.trimmed();
        auto decoded =
            QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty() ||
            static_cast<unsigned char>(decoded.decoded[0]) != 0x30)
            refuse(Sentence("CertificateImport",
                            "The file is text without a certificate in it: a PEM "
                            "certificate starts with the line "
                            "\"-----BEGIN CERTIFICATE-----\"."));
        takeDer(decoded.decoded, Sentence("CertificateImport", "The file's base64 text"), out);
    } else {
        const Sentence kind = binaryKind(bytes);
        if (kind.isEmpty())
            refuse(Sentence("CertificateImport", "The file is neither a PEM text nor a DER "
                                                 "certificate: it starts with the bytes %1.")
                       .arg(ossl::hexUpper(bytes.left(4), ' ')));
        refuse(Sentence("CertificateImport", "The file is neither a PEM text nor a DER "
                                             "certificate: it starts with the bytes %1 (%2).")
                   .arg(ossl::hexUpper(bytes.left(4), ' '))
                   .arg(kind));
    }
    return out;
}

} // namespace tpmvsc

// The `openssl` command line as the independent peer of the enrollment tests: it verifies
// and reads back our requests, plays the CA that issues certificates from them (a root,
// optionally an intermediate, `openssl x509 -req` with the request's extensions or an
// extension file), and reads back what the card exports.
#pragma once

#include "tests/support/ProcessRun.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tpmvsc::test {

using OpensslRun = ProcessResult;

inline bool haveOpenssl()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

inline OpensslRun openssl(const QStringList& args, const QByteArray& input = QByteArray())
{
    return runProcess(QStringLiteral("openssl"), args, QProcessEnvironment(), input, 60000);
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A CA made with `openssl req -x509` in a temporary folder. issue() runs
// `openssl x509 -req` on a request file: with the request's extensions copied (what a
// CA for smart card logon does) or with an extension section written by the test.
class OpensslCa
{
public:
    // Root CA; with `parent`, an intermediate CA signed by it.
    explicit OpensslCa(const QString& name, const OpensslCa* parent = nullptr) : m_name(name)
    {
        const QString ext = path(QStringLiteral("ca.ext"));
        writeBytes(ext, "[v3]\nbasicConstraints=critical,CA:TRUE\n"
                        "keyUsage=critical,keyCertSign,cRLSign\n"
                        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
        if (!parent) {
            m_ok = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), keyFile(), QStringLiteral("-out"), certFile(),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-config"),
                        ext, QStringLiteral("-extensions"), QStringLiteral("v3")});
        } else {
            const QString csr = path(QStringLiteral("ca.csr"));
            m_ok = run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), keyFile(), QStringLiteral("-out"), csr,
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name}) &&
                   run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                        QStringLiteral("-CA"), parent->certFile(), QStringLiteral("-CAkey"),
                        parent->keyFile(), QStringLiteral("-set_serial"), QStringLiteral("77"),
                        QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                        ext, QStringLiteral("-extensions"), QStringLiteral("v3"),
                        QStringLiteral("-out"), certFile()});
        }
    }

    bool ok() const { return m_ok; }
    QString certFile() const { return path(QStringLiteral("ca.pem")); }
    QString keyFile() const { return path(QStringLiteral("ca.key")); }
    QString path(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }
    const QString& lastError() const { return m_lastError; }

    // Issues a certificate (PEM) for the request in `csrFile`. `extensions` empty: the
    // request's extensions are copied; otherwise the lines of an extension section
    // ("extendedKeyUsage=serverAuth\n...") replace them.
    QByteArray issue(const QString& csrFile, const QString& extensions = QString())
    {
        const QString out = path(QStringLiteral("issued-%1.pem").arg(++m_serial));
        QStringList args{QStringLiteral("x509"),        QStringLiteral("-req"),
                         QStringLiteral("-in"),         csrFile,
                         QStringLiteral("-CA"),         certFile(),
                         QStringLiteral("-CAkey"),      keyFile(),
                         QStringLiteral("-set_serial"), QString::number(1000 + m_serial),
                         QStringLiteral("-days"),       QStringLiteral("10"),
                         QStringLiteral("-out"),        out};
        if (extensions.isEmpty()) {
            args << QStringLiteral("-copy_extensions") << QStringLiteral("copyall");
        } else {
            const QString ext = path(QStringLiteral("leaf-%1.ext").arg(m_serial));
            writeBytes(ext, "[v3]\nbasicConstraints=critical,CA:FALSE\n" + extensions.toUtf8());
            args << QStringLiteral("-extfile") << ext << QStringLiteral("-extensions")
                 << QStringLiteral("v3");
        }
        if (!run(args))
            return QByteArray();
        return readBytes(out);
    }

private:
    bool run(const QStringList& args)
    {
        const OpensslRun r = openssl(args);
        if (r.exitCode != 0)
            m_lastError = args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.text();
        return r.exitCode == 0;
    }

    QTemporaryDir m_dir;
    QString m_name;
    QString m_lastError;
    bool m_ok = false;
    int m_serial = 0;
};

// The DER of the first certificate in PEM text, via `openssl x509` (the peer's reading).
inline QByteArray opensslDer(const QByteArray& pem)
{
    return openssl({QStringLiteral("x509"), QStringLiteral("-outform"), QStringLiteral("DER")}, pem)
        .out;
}

// `openssl req -noout -text` / `x509 -noout -text`, for the extensions as the peer reads
// them.
inline QString opensslText(const char* kind, const QString& file, bool der = false)
{
    QStringList args{QLatin1String(kind),      QStringLiteral("-in"),   file,
                     QStringLiteral("-noout"), QStringLiteral("-text"), QStringLiteral("-nameopt"),
                     QStringLiteral("RFC2253")};
    if (der)
        args << QStringLiteral("-inform") << QStringLiteral("DER");
    return QString::fromUtf8(openssl(args).out);
}

// The text after a heading line such as "X509v3 Extended Key Usage:" (the next line,
// trimmed), empty when the heading is absent.
inline QString extensionValue(const QString& text, const QString& heading, bool* critical = nullptr)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i].trimmed().startsWith(heading)) {
            if (critical)
                *critical = lines[i].contains(QLatin1String("critical"));
            return lines[i + 1].trimmed();
        }
    }
    return QString();
}

} // namespace tpmvsc::test

#include "CommandLine.h"
#include "Words.h"

#include "core/card/AdminResponse.h"
#include "core/store/InstanceId.h"
#include "core/util/Error.h"
#include "core/util/HexText.h"
#include "enroll/ScepCaps.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <string_view>

namespace tpmvsc::cli {

namespace {

[[noreturn]] void usage(const QString& message)
{
    throw Error(ErrorCode::Usage, message);
}

enum class Kind {
    Flag,      // present or not; a value is an error
    Value,     // exactly one value: `/name X`, `--name X`, `--name=X`
    List,      // a value, repeatable: `/san upn:a@b /san dns:c` (each kept in order)
    PinPolicy, // `/pinpolicy minlen 4 maxlen 8 ...`: keyword/value pairs up to the next option
};

struct OptionSpec {
    const char* name; // canonical, lower case
    Kind kind;
};

struct CommandSpec {
    const char* name;
    QList<OptionSpec> options;
};

// One table drives parsing, "unknown option" messages and the help consistency test.
const QList<CommandSpec>& commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {"create",
         {{"name", Kind::Value},
          {"adminkey", Kind::Value},
          {"pin", Kind::Value},
          {"puk", Kind::Value},
          {"generate", Kind::Flag},
          {"pinpolicy", Kind::PinPolicy},
          {"pintries", Kind::Value},
          {"adminresets", Kind::Value},
          {"attestation", Kind::Value},
          {"attestationca", Kind::Value},
          {"ownerauth", Kind::Value},
          {"json", Kind::Flag}}},
        {"destroy", {{"instance", Kind::Value}, {"ownerauth", Kind::Value}}},
        {"upgrade",
         {{"instance", Kind::Value}, {"adminkey", Kind::Value}, {"ownerauth", Kind::Value}}},
        {"cleanup", {{"remove", Kind::Value}, {"ownerauth", Kind::Value}}},
        {"list", {{"json", Kind::Flag}}},
        {"status", {{"instance", Kind::Value}, {"json", Kind::Flag}}},
        {"changepin", {{"instance", Kind::Value}}},
        {"unblock", {{"instance", Kind::Value}}},
        {"resetpin", {{"instance", Kind::Value}}},
        {"response", {{"challenge", Kind::Value}}},
        {"initialize", {{"instance", Kind::Value}}},
        {"keygen", {{"instance", Kind::Value}, {"key", Kind::Value}, {"label", Kind::Value}}},
        {"keys", {{"instance", Kind::Value}, {"json", Kind::Flag}}},
        {"delkey", {{"instance", Kind::Value}, {"key", Kind::Value}}},
        {"sign",
         {{"instance", Kind::Value},
          {"key", Kind::Value},
          {"in", Kind::Value},
          {"digest", Kind::Value},
          {"out", Kind::Value},
          {"hash", Kind::Value},
          {"pss", Kind::Flag}}},
        {"export",
         {{"instance", Kind::Value},
          {"key", Kind::Value},
          {"cert", Kind::Flag},
          {"chain", Kind::Flag},
          {"out", Kind::Value},
          {"der", Kind::Flag}}},
        {"request",
         {{"instance", Kind::Value},
          {"template", Kind::Value},
          {"subject", Kind::Value},
          {"san", Kind::List},
          {"key", Kind::Value},
          {"usekey", Kind::Value},
          {"label", Kind::Value},
          {"hash", Kind::Value},
          {"pss", Kind::Flag},
          {"selfsigned", Kind::Flag},
          {"days", Kind::Value},
          {"attest", Kind::Flag},
          {"out", Kind::Value},
          {"der", Kind::Flag}}},
        {"enroll",
         {{"instance", Kind::Value},
          {"url", Kind::Value},
          {"template", Kind::Value},
          {"subject", Kind::Value},
          {"san", Kind::List},
          {"challenge", Kind::Value},
          {"key", Kind::Value},
          {"label", Kind::Value},
          {"cafingerprint", Kind::Value}}},
        {"import",
         {{"instance", Kind::Value},
          {"cert", Kind::Value},
          {"key", Kind::Value},
          {"cafile", Kind::Value},
          {"template", Kind::Value},
          {"force", Kind::Flag}}},
        {"certs", {{"instance", Kind::Value}, {"json", Kind::Flag}}},
        {"deletecert", {{"instance", Kind::Value}, {"key", Kind::Value}}},
        {"attestation",
         {{"instance", Kind::Value}, {"add", Kind::Value}, {"attestationca", Kind::Value}}},
        {"attest",
         {{"instance", Kind::Value},
          {"key", Kind::Value},
          {"nonce", Kind::Value},
          {"out", Kind::Value}}},
        {"templates", {{"json", Kind::Flag}}},
        {"verifyattestation",
         {{"in", Kind::Value},
          {"request", Kind::Value},
          {"roots", Kind::Value},
          {"nonce", Kind::Value},
          {"key", Kind::Value},
          {"aik", Kind::Value}}},
    };
    return specs;
}

// Accepted before or after the command. /machine runs the command on another machine over
// ssh (Windows takes it on create and destroy, through DCOM); commands that read or write
// local files refuse it.
const QList<OptionSpec>& globalSpecs()
{
    static const QList<OptionSpec> specs = {
        {"quiet", Kind::Flag},    {"tcti", Kind::Value}, {"simulator", Kind::Flag},
        {"machine", Kind::Value}, {"lang", Kind::Value},
    };
    return specs;
}

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec& spec : commandSpecs()) {
        if (name.compare(QLatin1String(spec.name), Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

const OptionSpec* findOption(const QList<OptionSpec>& options, const QString& name)
{
    for (const OptionSpec& spec : options) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

bool isHelpToken(const QString& arg)
{
    return arg == QLatin1String("/?") || arg == QLatin1String("-?") || arg == QLatin1String("-h") ||
           arg.compare(QLatin1String("--help"), Qt::CaseInsensitive) == 0 ||
           arg.compare(QLatin1String("/help"), Qt::CaseInsensitive) == 0;
}

bool isVersionToken(const QString& arg)
{
    return arg.compare(QLatin1String("--version"), Qt::CaseInsensitive) == 0 ||
           arg.compare(QLatin1String("/version"), Qt::CaseInsensitive) == 0;
}

struct Token {
    bool option = false;
    QString name;                       // canonical lower-case option name
    std::optional<QString> inlineValue; // --name=value
    QString spelled;                    // as the user wrote the option, for messages
};

// Windows options are `/word`; a token with a second slash is a path, not an option, so
// `/in /tmp/data` works without quoting. GNU options are `--word` or `--word=value`.
Token classify(const QString& arg)
{
    Token t;
    if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
        t.option = true;
        const QString body = arg.mid(2);
        const qsizetype eq = body.indexOf(QLatin1Char('='));
        t.name = (eq < 0 ? body : body.left(eq)).toLower();
        if (eq >= 0)
            t.inlineValue = body.mid(eq + 1);
        t.spelled = QLatin1String("--") + (eq < 0 ? body : body.left(eq));
    } else if (arg.startsWith(QLatin1Char('/')) && arg.size() > 1 &&
               !arg.mid(1).contains(QLatin1Char('/'))) {
        t.option = true;
        t.name = arg.mid(1).toLower();
        t.spelled = arg;
    } else if (arg.compare(QLatin1String("-q"), Qt::CaseInsensitive) == 0) {
        t.option = true;
        t.name = QStringLiteral("quiet");
        t.spelled = arg;
    } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
        t.option = true;
        t.name = arg; // no such short option; reported as unknown with its spelling
        t.spelled = arg;
    } else {
        t.spelled = arg;
    }
    return t;
}

// What was collected for one option.
struct Given {
    QString spelled;
    QString value;     // Kind::Value
    QStringList words; // Kind::PinPolicy
    bool present = false;
};

class Parser
{
public:
    explicit Parser(const QStringList& args) : m_args(args) {}

    CommandLine parse();

private:
    bool looksLikeOption(const QString& arg) const;
    void collect();
    QStringList withoutMachine() const;
    void takeMachine();
    Command build();

    // Accessors used while building a command.
    bool has(const char* name) const { return m_given.contains(QLatin1String(name)); }
    const Given& given(const char* name) const;
    QString spelled(const char* name) const;
    QString required(const char* name, const QString& placeholder) const;
    int instance() const;
    int number(const char* name, int min, int max, int fallback) const;
    SecretSource secretSource(const char* name, const QString& what) const;
    // An option that names a secret and takes PROMPT only: whether it was given.
    bool promptOnly(const char* name) const;
    QString text(const char* name, bool allowEmpty) const;

    CreateArgs buildCreate() const;
    SignArgs buildSign() const;
    ExportArgs buildExport() const;
    RequestArgs buildRequest() const;
    EnrollArgs buildEnroll() const;
    QStringList subjectAltNames() const;
    ImportArgs buildImport() const;
    AttestArgs buildAttest() const;
    AttestationMode attestationMode(const char* name) const;
    QString attestationCa(AttestationMode mode) const;
    VerifyAttestationArgs buildVerifyAttestation() const;
    QByteArray nonce(int maxBytes) const;
    QString fileName(const char* name) const;

    const QStringList& m_args;
    const CommandSpec* m_command = nullptr;
    GlobalOptions m_global;
    QMap<QString, Given> m_given; // command options and global /machine, by canonical name
    QString m_lastFlag;           // for "value after a flag" messages
};

bool Parser::looksLikeOption(const QString& arg) const
{
    if (isHelpToken(arg))
        return true;
    const Token t = classify(arg);
    if (!t.option)
        return false;
    if (arg.startsWith(QLatin1String("-")))
        return !(arg.size() > 1 && arg.at(1).isDigit()); // `-3` is a (bad) number, not an option
    // `/word`: an option only if we know the word, so `/label /x` style values still pass.
    if (findOption(globalSpecs(), t.name))
        return true;
    return m_command && findOption(m_command->options, t.name);
}

void Parser::collect()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString& arg = m_args.at(i);
        const Token t = classify(arg);
        if (!t.option) {
            if (!m_command) {
                m_command = findCommand(arg);
                if (!m_command) {
                    usage(Words::tr("Unknown command \"%1\". Commands: %2.")
                              .arg(arg, commandNames().join(QLatin1String(", "))));
                }
                continue;
            }
            if (!m_lastFlag.isEmpty()) {
                usage(Words::tr("Unexpected argument \"%1\": %2 takes no value.")
                          .arg(arg, m_lastFlag));
            }
            usage(Words::tr("Unexpected argument \"%1\". Values follow the option they belong to, "
                            "e.g. /instance ID.")
                      .arg(arg));
        }

        const OptionSpec* spec = findOption(globalSpecs(), t.name);
        const bool global = spec != nullptr;
        if (!spec && m_command)
            spec = findOption(m_command->options, t.name);
        if (!spec) {
            if (!m_command) {
                for (const CommandSpec& c : commandSpecs()) {
                    if (findOption(c.options, t.name)) {
                        usage(Words::tr("%1 belongs to a command; write the command first, e.g. "
                                        "tpmvscmgr %2 %1 ...")
                                  .arg(t.spelled, QLatin1String(c.name)));
                    }
                }
                usage(Words::tr("Unknown option %1.").arg(t.spelled));
            }
            QStringList known;
            for (const OptionSpec& o : m_command->options)
                known << QLatin1Char('/') + QLatin1String(o.name);
            for (const OptionSpec& o : globalSpecs()) {
                if (o.name != std::string_view("machine") ||
                    runsOnOtherMachine(QLatin1String(m_command->name)))
                    known << QLatin1Char('/') + QLatin1String(o.name);
            }
            usage(Words::tr("Unknown option %1 for %2. Options of %2: %3.")
                      .arg(t.spelled, QLatin1String(m_command->name),
                           known.join(QLatin1String(", "))));
        }

        const QString key = QLatin1String(spec->name);
        if ((global && key == QLatin1String("quiet") && m_global.quiet) ||
            (global && key == QLatin1String("simulator") && m_global.simulator) ||
            (m_given.contains(key) && spec->kind != Kind::List) ||
            (key == QLatin1String("tcti") && !m_global.tcti.isNull()) ||
            (key == QLatin1String("lang") && !m_global.lang.isNull())) {
            usage(Words::tr("%1 is given twice.").arg(t.spelled));
        }

        m_lastFlag.clear();
        Given g = m_given.value(key); // a List collects every occurrence
        g.spelled = t.spelled;
        g.present = true;
        switch (spec->kind) {
        case Kind::Flag:
            if (t.inlineValue)
                usage(Words::tr("%1 takes no value.").arg(t.spelled));
            m_lastFlag = t.spelled;
            break;
        case Kind::Value:
        case Kind::List:
            if (t.inlineValue) {
                g.value = *t.inlineValue;
            } else if (i + 1 < m_args.size() && !looksLikeOption(m_args.at(i + 1))) {
                g.value = m_args.at(++i);
            } else {
                usage(Words::tr("%1 needs a value.").arg(t.spelled));
            }
            if (spec->kind == Kind::List)
                g.words << g.value;
            break;
        case Kind::PinPolicy:
            if (t.inlineValue) {
                g.words = t.inlineValue->split(QRegularExpression(QStringLiteral("\\s+")),
                                               Qt::SkipEmptyParts);
            } else {
                // Pairs run to the next option; no policy word starts with / or -.
                while (i + 1 < m_args.size() && !m_args.at(i + 1).startsWith(QLatin1Char('/')) &&
                       !m_args.at(i + 1).startsWith(QLatin1Char('-'))) {
                    g.words << m_args.at(++i);
                }
            }
            break;
        }

        if (global && key == QLatin1String("quiet")) {
            m_global.quiet = true;
        } else if (global && key == QLatin1String("simulator")) {
            m_global.simulator = true;
        } else if (global && key == QLatin1String("tcti")) {
            if (g.value.isEmpty())
                usage(Words::tr("%1 needs a value (a TCTI configuration such as "
                                "device:/dev/tpmrm0).")
                          .arg(t.spelled));
            m_global.tcti = g.value;
        } else if (global && key == QLatin1String("lang")) {
            if (!Translations::ships(g.value))
                usage(Words::tr("%1: there is no \"%2\" translation. Languages: %3.")
                          .arg(t.spelled, g.value,
                               Translations::available().join(QLatin1String(", "))));
            m_global.lang = g.value;
        } else {
            m_given.insert(key, g);
        }
    }
}

QStringList Parser::withoutMachine() const
{
    QStringList args;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const Token t = classify(m_args.at(i));
        if (t.option && t.name == QLatin1String("machine")) {
            if (!t.inlineValue)
                ++i; // its value
            continue;
        }
        args << m_args.at(i);
    }
    return args;
}

// There is no DCOM on Linux: ssh is how one runs a command on another machine. A command
// with local files (or none of the card's work) cannot simply move there, so its refusal
// shows the ssh line to run it on HOST by hand.
void Parser::takeMachine()
{
    const Given& g = given("machine");
    // Never an option of ssh's own: ssh is given `-- HOST` too, this says why it failed.
    if (g.value.trimmed().isEmpty() || g.value.startsWith(QLatin1Char('-')))
        usage(Words::tr("%1 needs a host name as ssh takes it: HOST, USER@HOST or a Host of the "
                        "ssh configuration.")
                  .arg(g.spelled));
    m_global.remoteArgs = withoutMachine();
    const QString command = QLatin1String(m_command->name);
    if (!runsOnOtherMachine(command)) {
        QStringList remote{QStringLiteral("tpmvscmgr")};
        for (const QString& arg : m_global.remoteArgs)
            remote << shellQuote(arg);
        // The remote line is parsed twice (local shell, then the remote one): quote it whole.
        const QString local =
            QStringLiteral("ssh -t %1 %2")
                .arg(shellQuote(g.value), shellQuote(remote.join(QLatin1Char(' '))));
        usage(Words::tr("%1 does not apply to %2: it reads or writes files on this machine, or "
                        "needs no card. To run it on the other machine, log in there:\n  %3")
                  .arg(g.spelled, command, local));
    }
    m_global.machine = g.value;
}

const Given& Parser::given(const char* name) const
{
    static const Given absent;
    const auto it = m_given.constFind(QLatin1String(name));
    return it == m_given.constEnd() ? absent : *it;
}

QString Parser::spelled(const char* name) const
{
    return has(name) ? given(name).spelled : QLatin1Char('/') + QLatin1String(name);
}

QString Parser::required(const char* name, const QString& placeholder) const
{
    if (!has(name)) {
        usage(Words::tr("%1 needs /%2 %3.")
                  .arg(QLatin1String(m_command->name), QLatin1String(name), placeholder));
    }
    return given(name).value;
}

int Parser::instance() const
{
    const QString value = required("instance", QStringLiteral("ID"));
    const std::optional<int> parsed = parseInstanceId(value);
    if (!parsed) {
        usage(Words::tr("%1 \"%2\" is not an instance ID: expected ROOT\\SMARTCARDREADER\\000n as "
                        "create printed it, or the number n.")
                  .arg(spelled("instance"), value));
    }
    return *parsed;
}

int Parser::number(const char* name, int min, int max, int fallback) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const int n = given(name).value.toInt(&ok);
    if (!ok || n < min || n > max) {
        usage(Words::tr("%1 must be a whole number from %2 to %3.")
                  .arg(spelled(name))
                  .arg(min)
                  .arg(max));
    }
    return n;
}

// Deliberately does not repeat a refused value: it may be the secret itself.
SecretSource Parser::secretSource(const char* name, const QString& what) const
{
    const QString value = given(name).value;
    if (value.compare(QLatin1String("DEFAULT"), Qt::CaseInsensitive) == 0)
        return SecretSource::Default;
    if (value.compare(QLatin1String("PROMPT"), Qt::CaseInsensitive) == 0)
        return SecretSource::Prompt;
    usage(Words::tr("%1 takes DEFAULT or PROMPT. Secrets are never taken from the command line "
                    "(others can read it in the process list); use %1 PROMPT to type the %2 or "
                    "give it on standard input.")
              .arg(spelled(name), what));
}

QString Parser::text(const char* name, bool allowEmpty) const
{
    const QString value = given(name).value;
    if (!allowEmpty && value.trimmed().isEmpty())
        usage(Words::tr("%1 must not be empty.").arg(spelled(name)));
    // Names and labels are printed in tables and status lines: keep them on one line.
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            usage(Words::tr("%1 must not contain control characters such as line breaks.")
                      .arg(spelled(name)));
        }
    }
    return value;
}

bool Parser::promptOnly(const char* name) const
{
    if (!has(name))
        return false;
    if (given(name).value.compare(QLatin1String("PROMPT"), Qt::CaseInsensitive) != 0)
        usage(
            Words::tr("%1 takes PROMPT only: secrets are never taken from the command line (others "
                      "can read it in the process list).")
                .arg(spelled(name)));
    return true;
}

CreateArgs Parser::buildCreate() const
{
    CreateArgs a;
    a.ownerAuth = promptOnly("ownerauth");
    if (has("attestation"))
        a.attestation = attestationMode("attestation");
    a.attestationCa = attestationCa(a.attestation);
    required("name", QStringLiteral("NAME"));
    a.name = text("name", false);

    const QString admin = required("adminkey", QStringLiteral("{DEFAULT|PROMPT|RANDOM}"));
    if (admin.compare(QLatin1String("DEFAULT"), Qt::CaseInsensitive) == 0) {
        a.adminKey = AdminKeyMode::Default;
    } else if (admin.compare(QLatin1String("PROMPT"), Qt::CaseInsensitive) == 0) {
        a.adminKey = AdminKeyMode::Prompt;
    } else if (admin.compare(QLatin1String("RANDOM"), Qt::CaseInsensitive) == 0) {
        a.adminKey = AdminKeyMode::Random;
    } else {
        usage(Words::tr(
                  "%1 takes DEFAULT, PROMPT or RANDOM. Secrets are never taken from the command "
                  "line (others can read it in the process list); use %1 PROMPT to type the "
                  "admin key or give it on standard input.")
                  .arg(spelled("adminkey")));
    }

    if (has("pin"))
        a.pin = secretSource("pin", Words::tr("PIN"));
    if (has("puk"))
        a.puk = secretSource("puk", Words::tr("PUK"));
    a.generate = has("generate");

    if (has("pinpolicy")) {
        a.pinPolicyGiven = true;
        const QStringList& words = given("pinpolicy").words;
        const QString opt = spelled("pinpolicy");
        if (words.isEmpty()) {
            usage(
                Words::tr("%1 needs keyword/value pairs, e.g. %1 minlen 4 maxlen 8 digits REQUIRED "
                          "(keywords: minlen, maxlen, uppercase, lowercase, digits, specialchars).")
                    .arg(opt));
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < words.size(); i += 2) {
            const QString key = words.at(i).toLower();
            if (seen.contains(key))
                usage(Words::tr("%1: %2 is given twice.").arg(opt, words.at(i)));
            seen.insert(key);
            const bool isLength = key == QLatin1String("minlen") || key == QLatin1String("maxlen");
            CharRule* rule = nullptr;
            if (key == QLatin1String("uppercase"))
                rule = &a.pinPolicy.uppercase;
            else if (key == QLatin1String("lowercase"))
                rule = &a.pinPolicy.lowercase;
            else if (key == QLatin1String("digits"))
                rule = &a.pinPolicy.digits;
            else if (key == QLatin1String("specialchars"))
                rule = &a.pinPolicy.specialChars;
            if (!isLength && !rule) {
                usage(Words::tr("%1: unknown keyword \"%2\" (keywords: minlen, maxlen, uppercase, "
                                "lowercase, digits, specialchars).")
                          .arg(opt, words.at(i)));
            }
            if (i + 1 >= words.size()) {
                usage(isLength ? Words::tr("%1: %2 needs a number.").arg(opt, words.at(i))
                               : Words::tr("%1: %2 needs ALLOWED, DISALLOWED or REQUIRED.")
                                     .arg(opt, words.at(i)));
            }
            const QString& value = words.at(i + 1);
            if (isLength) {
                bool ok = false;
                const int n = value.toInt(&ok);
                if (!ok)
                    usage(Words::tr("%1: %2 needs a number, not \"%3\".")
                              .arg(opt, words.at(i), value));
                (key == QLatin1String("minlen") ? a.pinPolicy.minLen : a.pinPolicy.maxLen) = n;
            } else if (!parseCharRule(value, rule)) {
                usage(Words::tr("%1: %2 takes ALLOWED, DISALLOWED or REQUIRED, not \"%3\".")
                          .arg(opt, words.at(i), value));
            }
        }
        const QString problem = a.pinPolicy.validate().said();
        if (!problem.isEmpty())
            usage(Words::tr("%1: %2").arg(opt, problem));
    }

    a.pinTries = number("pintries", kMinPinTries, kMaxPinTries, kDefaultPinTries);
    if (a.adminKey == AdminKeyMode::Random) {
        // Nobody knows a RANDOM key, so no response can ever be computed: no stock.
        if (has("adminresets") && given("adminresets").value != QLatin1String("0")) {
            usage(
                Words::tr("%1: a card with a RANDOM admin key cannot be reset by an administrator "
                          "(nobody knows the key), so it has no admin resets.")
                    .arg(spelled("adminresets")));
        }
        a.adminResets = 0;
    } else {
        a.adminResets = number("adminresets", 0, kMaxAdminResets, kDefaultAdminResets);
    }
    return a;
}

AttestationMode Parser::attestationMode(const char* name) const
{
    const QString value = given(name).value;
    if (value.compare(QLatin1String("AIK_ONLY"), Qt::CaseInsensitive) == 0)
        return AttestationMode::AikOnly;
    if (value.compare(QLatin1String("AIK_AND_CERT"), Qt::CaseInsensitive) == 0)
        return AttestationMode::AikAndCert;
    usage(Words::tr("%1 takes AIK_ONLY or AIK_AND_CERT, not \"%2\".").arg(spelled(name), value));
}

// /attestationca URL: required by AIK_AND_CERT, refused without it. The URL itself is
// checked where it is used (the attestation CA client), for every face alike.
QString Parser::attestationCa(AttestationMode mode) const
{
    if (mode == AttestationMode::AikAndCert)
        return required("attestationca", QStringLiteral("URL"));
    if (has("attestationca"))
        usage(Words::tr("%1 goes with AIK_AND_CERT: only an attestation key with a certificate "
                        "comes from an attestation CA.")
                  .arg(spelled("attestationca")));
    return QString();
}

// /nonce HEX as bytes, at most maxBytes; empty without /nonce.
QByteArray Parser::nonce(int maxBytes) const
{
    if (!has("nonce"))
        return {};
    const QString value = given("nonce").value;
    const HexScan scan = scanHex(value);
    if (scan.badPosition > 0)
        usage(Words::tr("%1 takes hexadecimal digits; \"%2\" at position %3 is not one.")
                  .arg(spelled("nonce"), showChar(scan.badChar))
                  .arg(scan.badPosition));
    if (scan.digits == 0 || scan.digits % 2 != 0)
        usage(Words::tr("%1 needs whole bytes: an even number of hexadecimal digits, not %2.")
                  .arg(spelled("nonce"))
                  .arg(scan.digits));
    if (scan.digits / 2 > maxBytes)
        usage(Words::tr("%1 is %2 bytes; a nonce is at most %3 bytes (%4 hexadecimal digits).")
                  .arg(spelled("nonce"))
                  .arg(scan.digits / 2)
                  .arg(maxBytes)
                  .arg(2 * maxBytes));
    QByteArray bytes(scan.digits / 2, '\0');
    decodeHex(value, reinterpret_cast<std::uint8_t*>(bytes.data()));
    return bytes;
}

AttestArgs Parser::buildAttest() const
{
    AttestArgs a;
    a.instance = instance();
    a.key = required("key", QStringLiteral("REF"));
    if (a.key.trimmed().isEmpty())
        usage(Words::tr("%1 needs a key ID or label.").arg(spelled("key")));
    a.nonce = nonce(kMaxAttestationNonceSize);
    required("out", QStringLiteral("FILE"));
    a.outputFile = fileName("out");
    return a;
}

SignArgs Parser::buildSign() const
{
    SignArgs a;
    a.instance = instance();
    a.key = required("key", QStringLiteral("REF"));
    if (has("in") == has("digest")) {
        usage(Words::tr(
            "sign needs exactly one of /in FILE (data to hash) and /digest FILE (a digest "
            "already computed)."));
    }
    a.inputIsDigest = has("digest");
    a.inputFile = given(a.inputIsDigest ? "digest" : "in").value;
    if (a.inputFile.isEmpty())
        usage(Words::tr("%1 needs a file name.").arg(spelled(a.inputIsDigest ? "digest" : "in")));
    a.outputFile = required("out", QStringLiteral("FILE"));
    if (a.outputFile.isEmpty())
        usage(Words::tr("%1 needs a file name.").arg(spelled("out")));
    if (has("hash") && !parseHashAlgorithm(given("hash").value, &a.hash)) {
        usage(Words::tr("%1 takes sha256, sha384 or sha512, not \"%2\".")
                  .arg(spelled("hash"), given("hash").value));
    }
    a.pss = has("pss");
    return a;
}

QString Parser::fileName(const char* name) const
{
    const QString value = given(name).value;
    if (value.isEmpty())
        usage(Words::tr("%1 needs a file name.").arg(spelled(name)));
    return value;
}

ExportArgs Parser::buildExport() const
{
    ExportArgs a;
    a.instance = instance();
    a.key = required("key", QStringLiteral("REF"));
    if (has("out"))
        a.outputFile = fileName("out");
    a.der = has("der");
    a.certificate = has("cert");
    a.chain = has("chain");
    if (a.chain && !a.certificate)
        usage(Words::tr("%1 goes with /cert: a public key has no chain.").arg(spelled("chain")));
    return a;
}

// /san is repeatable, and each value may be a comma-separated list: UPNs, e-mail
// addresses and DNS names never contain commas.
QStringList Parser::subjectAltNames() const
{
    QStringList names;
    for (const QString& value : given("san").words) {
        const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            usage(Words::tr("%1 needs a value such as upn:alice@example.com.").arg(spelled("san")));
        for (const QString& part : parts) {
            for (QChar c : part) {
                if (c.category() == QChar::Other_Control)
                    usage(Words::tr("%1 must not contain control characters.").arg(spelled("san")));
            }
            names << part.trimmed();
        }
    }
    return names;
}

EnrollArgs Parser::buildEnroll() const
{
    EnrollArgs a;
    a.instance = instance();
    a.url = required("url", QStringLiteral("URL")).trimmed();
    a.templateName = required("template", QStringLiteral("NAME"));
    if (a.templateName.trimmed().isEmpty())
        usage(Words::tr("%1 needs a template name (tpmvscmgr templates lists them).")
                  .arg(spelled("template")));
    a.subject = required("subject", QStringLiteral("DN"));
    a.subject = text("subject", false);
    a.subjectAltNames = subjectAltNames();
    a.challenge = promptOnly("challenge");
    if (has("key")) {
        KeyAlgorithm alg = KeyAlgorithm::Rsa2048;
        if (!parseKeyAlgorithm(given("key").value, &alg))
            usage(Words::tr("%1 takes rsa2048 or rsa3072, not \"%2\".")
                      .arg(spelled("key"), given("key").value));
        a.algorithm = alg;
    }
    if (has("label"))
        a.label = text("label", true);
    if (has("cafingerprint")) {
        a.caFingerprint = parseFingerprint(given("cafingerprint").value);
        if (a.caFingerprint.isEmpty())
            usage(Words::tr("%1 takes the CA certificate's SHA-256 fingerprint: 64 hex digits, "
                            "with or without colons.")
                      .arg(spelled("cafingerprint")));
    }
    return a;
}

RequestArgs Parser::buildRequest() const
{
    RequestArgs a;
    a.instance = instance();
    a.templateName = required("template", QStringLiteral("NAME"));
    if (a.templateName.trimmed().isEmpty())
        usage(Words::tr("%1 needs a template name (tpmvscmgr templates lists them).")
                  .arg(spelled("template")));
    if (has("subject"))
        a.subject = text("subject", true);
    a.subjectAltNames = subjectAltNames();
    if (!has("subject") && a.subjectAltNames.isEmpty())
        usage(Words::tr("request needs /subject \"CN=...\" or at least one /san."));
    if (has("key") && has("usekey"))
        usage(Words::tr("%1 (a new key) and %2 (an existing key) exclude each other.")
                  .arg(spelled("key"), spelled("usekey")));
    if (has("key")) {
        KeyAlgorithm alg = KeyAlgorithm::Rsa2048;
        if (!parseKeyAlgorithm(given("key").value, &alg)) {
            usage(Words::tr(
                      "%1 takes rsa2048, rsa3072, p256 or p384, not \"%2\". For an existing key "
                      "use /usekey REF.")
                      .arg(spelled("key"), given("key").value));
        }
        a.algorithm = alg;
    }
    if (has("usekey")) {
        a.existingKey = given("usekey").value.trimmed();
        if (a.existingKey.isEmpty())
            usage(Words::tr("%1 needs a key ID or label.").arg(spelled("usekey")));
        if (has("label"))
            usage(Words::tr("%1 names a new key; the key of %2 keeps its label.")
                      .arg(spelled("label"), spelled("usekey")));
    }
    if (has("label"))
        a.label = text("label", true);
    if (has("hash")) {
        HashAlgorithm hash = HashAlgorithm::Sha256;
        if (!parseHashAlgorithm(given("hash").value, &hash))
            usage(Words::tr("%1 takes sha256, sha384 or sha512, not \"%2\".")
                      .arg(spelled("hash"), given("hash").value));
        a.hash = hash;
    }
    a.pss = has("pss");
    a.selfSigned = has("selfsigned");
    if (has("days") && !a.selfSigned)
        usage(
            Words::tr("%1 goes with /selfsigned: the CA decides the validity of the certificate it "
                      "issues.")
                .arg(spelled("days")));
    a.days = number("days", 1, kMaxDays, 0);
    a.attest = has("attest");
    if (a.attest && a.selfSigned)
        usage(Words::tr("%1 goes into a request for a CA; a self-signed certificate cannot carry "
                        "it.")
                  .arg(spelled("attest")));
    a.outputFile = required("out", QStringLiteral("FILE"));
    a.outputFile = fileName("out");
    a.der = has("der");
    return a;
}

ImportArgs Parser::buildImport() const
{
    ImportArgs a;
    a.instance = instance();
    required("cert", QStringLiteral("FILE"));
    a.certificateFile = fileName("cert");
    if (has("key")) {
        a.key = given("key").value.trimmed();
        if (a.key.isEmpty())
            usage(Words::tr("%1 needs a key ID or label.").arg(spelled("key")));
    }
    if (has("cafile"))
        a.caFile = fileName("cafile");
    if (has("template")) {
        a.templateName = given("template").value.trimmed();
        if (a.templateName.isEmpty())
            usage(Words::tr("%1 needs a template name (tpmvscmgr templates lists them).")
                      .arg(spelled("template")));
    }
    a.force = has("force");
    return a;
}

VerifyAttestationArgs Parser::buildVerifyAttestation() const
{
    VerifyAttestationArgs a;
    if (has("in") == has("request"))
        usage(Words::tr("verifyattestation needs exactly one of /in FILE (an evidence file) and "
                        "/request FILE (a certificate request that carries the evidence)."));
    if (has("in"))
        a.evidenceFile = fileName("in");
    else
        a.requestFile = fileName("request");
    if (has("key") && !has("in"))
        usage(Words::tr("%1 goes with /in: a request's statement must be about the request's own "
                        "key.")
                  .arg(spelled("key")));
    if (has("aik") && !has("request"))
        usage(Words::tr("%1 goes with /request: an evidence file names its attestation key.")
                  .arg(spelled("aik")));
    if (has("key"))
        a.keyFile = fileName("key");
    if (has("aik"))
        a.aikFile = fileName("aik");
    if (has("roots"))
        a.rootsFile = fileName("roots");
    a.nonce = nonce(kMaxNonceBytes);
    return a;
}

Command Parser::build()
{
    const QString name = QLatin1String(m_command->name);
    if (name == QLatin1String("create"))
        return buildCreate();
    if (name == QLatin1String("destroy"))
        return DestroyArgs{instance(), promptOnly("ownerauth")};
    if (name == QLatin1String("upgrade"))
        return UpgradeArgs{instance(), promptOnly("adminkey"), promptOnly("ownerauth")};
    if (name == QLatin1String("cleanup")) {
        CleanupArgs a;
        a.ownerAuth = promptOnly("ownerauth");
        if (has("remove")) {
            bool ok = false;
            const QString value = given("remove").value.trimmed();
            const uint handle = value.toUInt(&ok, 0);
            if (!ok || handle < 0x01000000 || handle > 0x01ffffff)
                usage(Words::tr("%1 takes an NV index handle such as 0x01355600 (tpmvscmgr cleanup "
                                "lists them), not \"%2\".")
                          .arg(spelled("remove"), value));
            a.remove = handle;
        }
        return a;
    }
    if (name == QLatin1String("list"))
        return ListArgs{};
    if (name == QLatin1String("status"))
        return StatusArgs{instance()};
    if (name == QLatin1String("changepin"))
        return ChangePinArgs{instance()};
    if (name == QLatin1String("unblock"))
        return UnblockArgs{instance()};
    if (name == QLatin1String("resetpin"))
        return ResetPinArgs{instance()};
    if (name == QLatin1String("initialize"))
        return InitializeArgs{instance()};
    if (name == QLatin1String("keys"))
        return KeysArgs{instance()};
    if (name == QLatin1String("response")) {
        const QString value = required("challenge", QStringLiteral("HEX"));
        try {
            return ResponseArgs{parseHex8(value, Sentence("tpmvscmgr", "challenge"))};
        } catch (const Error& e) {
            usage(Words::tr("%1: %2").arg(spelled("challenge"), e.sentence().said()));
        }
    }
    if (name == QLatin1String("keygen")) {
        KeyGenArgs a;
        a.instance = instance();
        if (has("key") && !parseKeyAlgorithm(given("key").value, &a.algorithm)) {
            usage(Words::tr("%1 takes rsa2048, rsa3072, p256 or p384, not \"%2\".")
                      .arg(spelled("key"), given("key").value));
        }
        if (has("label"))
            a.label = text("label", true);
        return a;
    }
    if (name == QLatin1String("delkey")) {
        DelKeyArgs a;
        a.instance = instance();
        a.key = required("key", QStringLiteral("REF"));
        return a;
    }
    if (name == QLatin1String("sign"))
        return buildSign();
    if (name == QLatin1String("export"))
        return buildExport();
    if (name == QLatin1String("request"))
        return buildRequest();
    if (name == QLatin1String("enroll"))
        return buildEnroll();
    if (name == QLatin1String("import"))
        return buildImport();
    if (name == QLatin1String("certs"))
        return CertsArgs{instance()};
    if (name == QLatin1String("deletecert")) {
        DeleteCertArgs a;
        a.instance = instance();
        a.key = required("key", QStringLiteral("REF"));
        return a;
    }
    if (name == QLatin1String("templates"))
        return TemplatesArgs{};
    if (name == QLatin1String("attestation")) {
        AttestationArgs a;
        a.instance = instance();
        required("add", QStringLiteral("AIK_ONLY"));
        a.add = attestationMode("add");
        a.attestationCa = attestationCa(a.add);
        return a;
    }
    if (name == QLatin1String("attest"))
        return buildAttest();
    if (name == QLatin1String("verifyattestation"))
        return buildVerifyAttestation();
    usage(Words::tr("Unknown command \"%1\".").arg(name)); // unreachable: the table has no others
}

CommandLine Parser::parse()
{
    // Help wins over everything else on the line, so `create /foo /?` still helps.
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString& arg = m_args.at(i);
        const bool helpWord =
            i == 0 && arg.compare(QLatin1String("help"), Qt::CaseInsensitive) == 0;
        if (!isHelpToken(arg) && !helpWord)
            continue;
        HelpRequest help;
        for (const QString& other : m_args) {
            if (const CommandSpec* c = findCommand(other)) {
                help.command = QLatin1String(c->name);
                break;
            }
        }
        if (helpWord && m_args.size() > 1 && help.command.isEmpty())
            usage(Words::tr("Unknown command \"%1\". Commands: %2.")
                      .arg(m_args.at(1), commandNames().join(QLatin1String(", "))));
        return {m_global, help};
    }
    for (const QString& arg : m_args) {
        if (isVersionToken(arg))
            return {m_global, VersionRequest{}};
    }

    collect();
    if (!m_command) {
        usage(Words::tr("No command given. Commands: %1. Help: tpmvscmgr /?")
                  .arg(commandNames().join(QLatin1String(", "))));
    }
    if (m_given.contains(QLatin1String("machine")))
        takeMachine();
    if (!m_global.tcti.isEmpty() && m_global.simulator)
        usage(Words::tr("--tcti and --simulator exclude each other: choose one TPM."));
    const Command command = build();
    m_global.json = has("json");
    return {m_global, command};
}

bool isShellSafe(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           QStringLiteral("_-+=/.,:@%").contains(c);
}

} // namespace

CommandLine parseCommandLine(const QStringList& args)
{
    Parser parser(args);
    return parser.parse();
}

QString requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const Token t = classify(args.at(i));
        if (!t.option || t.name != QLatin1String("lang"))
            continue;
        if (t.inlineValue)
            return *t.inlineValue;
        return i + 1 < args.size() ? args.at(i + 1) : QString();
    }
    return {};
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec& spec : commandSpecs())
        names << QLatin1String(spec.name);
    return names;
}

QStringList commandOptionNames(const QString& command)
{
    QStringList names;
    if (const CommandSpec* spec = findCommand(command)) {
        for (const OptionSpec& o : spec->options)
            names << QLatin1String(o.name);
    }
    return names;
}

QStringList globalOptionNames()
{
    QStringList names;
    for (const OptionSpec& o : globalSpecs())
        names << QLatin1String(o.name);
    return names;
}

bool runsOnOtherMachine(const QString& command)
{
    // Not response (needs no card: run it where the admin key is), nor the commands with
    // /in, /out, /cert, /digest, /request or /roots files, which would be HOST's files.
    // enroll is: HOST asks the CA for its own card's certificate.
    static const QStringList remote = {
        QStringLiteral("create"),     QStringLiteral("destroy"),     QStringLiteral("upgrade"),
        QStringLiteral("cleanup"),    QStringLiteral("list"),        QStringLiteral("status"),
        QStringLiteral("changepin"),  QStringLiteral("unblock"),     QStringLiteral("resetpin"),
        QStringLiteral("initialize"), QStringLiteral("keygen"),      QStringLiteral("keys"),
        QStringLiteral("delkey"),     QStringLiteral("certs"),       QStringLiteral("deletecert"),
        QStringLiteral("templates"),  QStringLiteral("attestation"), QStringLiteral("enroll")};
    return remote.contains(command.toLower());
}

QString shellQuote(const QString& arg)
{
    if (!arg.isEmpty() && std::all_of(arg.begin(), arg.end(), isShellSafe))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace tpmvsc::cli

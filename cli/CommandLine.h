// The tpmvscmgr command line, parsed into one typed struct per command. Pure: no I/O,
// no TPM, no store, so every rule can be unit-tested. Errors are thrown as
// Error(ErrorCode::Usage): anything this parser refuses means "the command line could not
// be understood, nothing was done" (exit code 2). Values that arrive later (secrets on
// stdin, files) are checked by the commands and fail with their own categories.
//
// Both syntaxes are accepted, mixed freely, names and keywords case-insensitive:
//   Windows  tpmvscmgr create /name X /AdminKey DEFAULT /PIN PROMPT /generate
//   GNU      tpmvscmgr create --name X --adminkey=default --pin prompt --generate
#pragma once

#include "core/card/CardService.h"
#include "core/policy/PinPolicy.h"
#include "core/store/CardRecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace tpmvsc::cli {

// Where a PIN or PUK comes from. Anything but these keywords on the command line is
// refused: argv is readable by every user of the machine (ps, /proc/PID/cmdline).
enum class SecretSource { Default, Prompt };

struct GlobalOptions {
    QString tcti;           // --tcti CONF (empty: $TPMVSC_TCTI, --simulator, loader default)
    bool simulator = false; // --simulator
    bool quiet = false;     // /quiet, -q, --quiet
    QString lang;           // --lang CODE (empty: the system's UI languages)
    // /json (list, status, keys, certs, templates, create): one JSON document on stdout
    // (doc/json.md) instead of the human text.
    bool json = false;
    // /machine HOST: the command runs on HOST over ssh (RemoteRun.h), with `remoteArgs`:
    // the arguments as given, /machine and its value left out.
    QString machine;
    QStringList remoteArgs;
};

// Bounds of the Linux additions to `create`.
constexpr int kDefaultPinTries = 5; // as Windows
constexpr int kMinPinTries = 1;
constexpr int kMaxPinTries = 10; // the TPM's own lockout (32 on a managed TPM) stays the backstop
constexpr int kDefaultAdminResets = 10;
constexpr int kMaxAdminResets = 100; // each costs a sealed object in the card file

struct HelpRequest {
    QString command; // canonical command name; empty: general help
};
struct VersionRequest {
};

// /attestation (create) and /add (attestation): an AIK alone, or an AIK with a
// certificate from the attestation CA at /attestationca URL.
enum class AttestationMode { None, AikOnly, AikAndCert };

struct CreateArgs {
    QString name;
    AdminKeyMode adminKey = AdminKeyMode::Default;
    SecretSource pin = SecretSource::Default; // /PIN omitted: the default PIN, as Windows
    std::optional<SecretSource> puk;          // /PUK omitted: no PUK, as Windows
    bool generate = false;
    PinPolicy pinPolicy;
    bool pinPolicyGiven = false;
    int pinTries = kDefaultPinTries;
    int adminResets = kDefaultAdminResets; // 0 when adminKey is Random
    bool ownerAuth = false;                // /OwnerAuth PROMPT: the TPM owner's password
    AttestationMode attestation = AttestationMode::None;
    QString attestationCa; // /attestationca URL: with AIK_AND_CERT, and only then
};

struct DestroyArgs {
    int instance = -1;
    bool ownerAuth = false;
};
// Moves a card made before TPM-held counters to them (PIN, and PUK when it has one, asked).
struct UpgradeArgs {
    int instance = -1;
    bool adminKey = false; // /AdminKey PROMPT: a new stock of admin resets
    bool ownerAuth = false;
};
// Finishes interrupted creations and destructions; lists (or removes) NV indices in
// tpmvsc's handle block that no card of this user names.
struct CleanupArgs {
    std::optional<std::uint32_t> remove; // /remove 0xHANDLE
    bool ownerAuth = false;
};
struct ListArgs {
};
struct StatusArgs {
    int instance = -1;
};
struct ChangePinArgs {
    int instance = -1;
};
struct UnblockArgs {
    int instance = -1;
};
struct ResetPinArgs {
    int instance = -1;
};
struct ResponseArgs {
    QByteArray challenge; // 8 bytes
};
struct InitializeArgs {
    int instance = -1;
};
struct KeyGenArgs {
    int instance = -1;
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048;
    QString label;
};
struct KeysArgs {
    int instance = -1;
};
struct DelKeyArgs {
    int instance = -1;
    QString key; // hex id, unique hex prefix or label (CardService::resolveKey)
};
struct SignArgs {
    int instance = -1;
    QString key;
    QString inputFile;
    bool inputIsDigest = false; // /digest FILE: the file is the digest; /in FILE: data we hash
    QString outputFile;
    HashAlgorithm hash = HashAlgorithm::Sha256;
    bool pss = false;
};
struct ExportArgs {
    int instance = -1;
    QString key;
    QString outputFile; // empty: stdout
    bool der = false;
    bool certificate = false; // /cert: the key's certificate instead of its public key
    bool chain = false;       // /chain (with /cert): the issuers too
};

// Enrollment.
struct RequestArgs {
    int instance = -1;
    QString templateName;
    QString subject;                       // RFC 4514; may be empty when SANs name the subject
    QStringList subjectAltNames;           // /san, repeatable, each may be a comma list
    std::optional<KeyAlgorithm> algorithm; // /key ALG: a new key of this type
    QString existingKey;                   // /usekey REF: sign with this card key
    QString label;
    std::optional<HashAlgorithm> hash;
    bool pss = false;
    bool selfSigned = false;
    int days = 0;        // /days N with /selfsigned; 0: the template's validity
    bool attest = false; // /attest: the attestation key's proof goes into the request
    QString outputFile;
    bool der = false;
};
// Enrollment with a CA over the network (SCEP): a new key, its request, the issued
// certificate stored with it.
struct EnrollArgs {
    int instance = -1;
    QString url; // /url: the SCEP service
    QString templateName;
    QString subject;
    QStringList subjectAltNames;
    bool challenge = false;                // /challenge PROMPT: a challenge password
    std::optional<KeyAlgorithm> algorithm; // /key: rsa2048 or rsa3072
    QString label;
    QByteArray caFingerprint; // /cafingerprint: SHA-256 of the CA certificate; empty: none
};
struct ImportArgs {
    int instance = -1;
    QString certificateFile;
    QString key;          // /key REF: the certificate must be for this key
    QString caFile;       // /cafile FILE: trusted CAs (PEM); empty: the system store
    QString templateName; // /template NAME: check usages against it
    bool force = false;   // store despite warnings
};
struct CertsArgs {
    int instance = -1;
};
struct DeleteCertArgs {
    int instance = -1;
    QString key;
};
struct TemplatesArgs {
};

// Attestation: an AIK for a card made without one; evidence that a card key is a TPM key.
struct AttestationArgs {
    int instance = -1;
    AttestationMode add = AttestationMode::AikOnly; // /add AIK_ONLY|AIK_AND_CERT
    QString attestationCa;                          // /attestationca URL, with AIK_AND_CERT
};
struct AttestArgs {
    int instance = -1;
    QString key;
    QByteArray nonce; // /nonce HEX: at most 32 bytes; empty without it
    QString outputFile;
};
// Checks TPM evidence as a relying party: an evidence file (/in) or the statement inside
// a certificate request (/request). Needs no TPM and no card.
struct VerifyAttestationArgs {
    QString evidenceFile; // /in FILE; empty with /request
    QString requestFile;  // /request FILE (PEM or DER); empty with /in
    QString rootsFile;    // /roots FILE: trusted roots of the AIK's certificate
    QByteArray nonce;     // /nonce HEX; empty: none expected
    QString keyFile;      // /key PEM (with /in): the certified key must be this one
    QString aikFile;      // /aik PEM (with /request): the attestation key
};
// The most a nonce in evidence can be: extraData holds a digest-sized value, up to SHA-512
// (evidence made elsewhere may use one); `attest` sends at most kMaxAttestationNonceSize.
constexpr int kMaxNonceBytes = 64;

// Bounds of /days (self-signed validity).
constexpr int kMaxDays = 36525; // about 100 years; EnrollService refuses more

using Command =
    std::variant<HelpRequest, VersionRequest, CreateArgs, DestroyArgs, ListArgs, StatusArgs,
                 ChangePinArgs, UnblockArgs, ResetPinArgs, ResponseArgs, InitializeArgs, KeyGenArgs,
                 KeysArgs, DelKeyArgs, SignArgs, ExportArgs, RequestArgs, EnrollArgs, ImportArgs,
                 CertsArgs, DeleteCertArgs, TemplatesArgs, UpgradeArgs, CleanupArgs,
                 AttestationArgs, AttestArgs, VerifyAttestationArgs>;

struct CommandLine {
    GlobalOptions global;
    Command command;
};

// `args` without the program name. Throws Error(ErrorCode::Usage) with a sentence that
// names the offending option; never repeats a would-be secret given on the command line.
CommandLine parseCommandLine(const QStringList& args);

// The commands, in the order help lists them.
// The language asked for with --lang (or /lang), before anything else is parsed: the
// parser's own messages are said in it. Empty when not given.
QString requestedLanguage(const QStringList& args);

QStringList commandNames();
// Options a command accepts (canonical lower-case names, without / or --), in help order.
// Global options are not included. Empty for an unknown command.
QStringList commandOptionNames(const QString& command);
QStringList globalOptionNames();

// Whether /machine HOST may run the command on HOST: the commands whose whole input and
// output are the command line, standard input and standard output (no local file).
bool runsOnOtherMachine(const QString& command);

// Quotes one argument for a POSIX shell only when it needs it (for the remote command line
// of /machine, and for messages that show a command to copy).
QString shellQuote(const QString& arg);

} // namespace tpmvsc::cli

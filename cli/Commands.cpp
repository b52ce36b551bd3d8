#include "Commands.h"
#include "Words.h"

#include "CardFormat.h"
#include "CertificateFormat.h"
#include "ErrorWords.h"
#include "EvidenceFormat.h"
#include "HelpText.h"
#include "JsonFormat.h"
#include "RemoteRun.h"
#include "SecretPrompt.h"
#include "i18n/Translations.h"

#include "core/card/AdminResponse.h"
#include "core/card/CardService.h"
#include "core/store/CardStore.h"
#include "core/store/InstanceId.h"
#include "core/tpm/Tpm.h"
#include "core/util/Error.h"
#include "core/util/Secret.h"
#include "enroll/AttestationEvidence.h"
#include "enroll/CertificateImport.h"
#include "enroll/EvidenceVerification.h"
#include "enroll/RequestAttestation.h"
#include "services/AttestationCaClient.h"
#include "services/CardServices.h"
#include "services/EnrollService.h"
#include "services/ScepClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <cstdio>
#include <memory>

namespace tpmvsc::cli {

namespace {

// As Windows: the default PIN and PUK of tpmvscmgr create.
const char kDefaultPinText[] = "12345678";

void writeBytes(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
}

void printLine(const QString& text)
{
    writeBytes(stdout, (text + QLatin1Char('\n')).toLocal8Bit());
}

void printError(const QString& text)
{
    std::fflush(stdout); // keep the order of what was printed before
    writeBytes(stderr, (QStringLiteral("tpmvscmgr: ") + text + QLatin1Char('\n')).toLocal8Bit());
}

// Typed secrets are bytes (Latin-1 / ASCII); parsing them needs a QString that is wiped
// whatever happens.
class SecretText
{
public:
    explicit SecretText(const Secret& secret)
        : m_text(QString::fromLatin1(reinterpret_cast<const char*>(secret.data()),
                                     static_cast<qsizetype>(secret.size())))
    {}
    ~SecretText() { wipe(m_text); }
    SecretText(const SecretText&) = delete;
    SecretText& operator=(const SecretText&) = delete;
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

// A key being chosen for a new card: one that collapses to single DES is refused here, as
// it is typed, so a person at a terminal can type another one.
Secret adminKeyFromTyped(const Secret& typed)
{
    const SecretText text(typed);
    Secret key = parseAdminKey(text.text());
    if (const AdminKeyWeakness weakness = adminKeyWeakness(key))
        throw Error(ErrorCode::InvalidInput, weakness.text());
    return key;
}

// The helpdesk may know the card has the well-known key: let them say so. A weak key is
// not refused: the card has it already, and its holder still needs their PIN reset.
Secret adminKeyOrDefaultFromTyped(const Secret& typed)
{
    const SecretText text(typed);
    if (text.text().trimmed().compare(QLatin1String("DEFAULT"), Qt::CaseInsensitive) == 0)
        return defaultAdminKey();
    return parseAdminKey(text.text());
}

Secret responseFromTyped(const Secret& typed)
{
    const SecretText text(typed);
    QByteArray bytes = parseHex8(text.text(), Sentence("tpmvscmgr", "response"));
    Secret response = Secret::fromBytes(bytes);
    wipe(bytes);
    return response;
}

std::function<Secret(const Secret&)> pinChecker(const PinPolicy& policy)
{
    return [policy](const Secret& typed) {
        enforcePin(policy, typed);
        return typed;
    };
}

Secret pukFromTyped(const Secret& typed)
{
    enforcePuk(typed);
    return typed;
}

SecretRequest newPinRequest(const PinPolicy& policy)
{
    return {Words::tr("Enter new PIN: "), Words::tr("Confirm new PIN: "), Words::tr("new PIN"),
            false, pinChecker(policy)};
}

SecretRequest pinRequest()
{
    return {Words::tr("Enter PIN: "), QString(), Words::tr("PIN"), false, {}};
}

SecretRequest responseRequest()
{
    // Shown while typed: a response is good for one challenge only, and 16 hex digits
    // read over the phone are easy to mistype blind.
    return {Words::tr("Enter response: "), QString(), Words::tr("response"), true,
            responseFromTyped};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return data;
}

void writeFile(const QString& path, const QByteArray& data)
{
    // All or nothing: a signature or key file is either complete or absent.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

// An output written whole or not at all, opened before the PIN is asked for, so that an
// unwritable folder costs no PIN entry (and no TPM work).
void openOutput(QSaveFile& out)
{
    if (!out.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
}

// A certificate file, read no further than the 1 MiB certificate files may have (so a
// wrong file of gigabytes is refused quickly); parseCertificates() says what is wrong.
QByteArray readCertificateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.isSequential() == false && file.size() > kMaxCertificateFileSize) {
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("%1 is %2 bytes; certificate files are at most 1 MiB (%3 bytes). A "
                              "certificate with its chain takes a few kilobytes: this is not a "
                              "certificate file.")
                        .arg(path)
                        .arg(file.size())
                        .arg(kMaxCertificateFileSize));
    }
    QByteArray data = file.read(kMaxCertificateFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return data;
}

// Messages about a file's content name the file.
[[noreturn]] void rethrowAbout(const QString& path, const Error& e)
{
    if (e.code() == ErrorCode::InvalidInput)
        throw e.withSentence(Sentence("tpmvscmgr", "%1: %2").arg(path).arg(e.sentence()));
    throw e;
}

QCryptographicHash::Algorithm qtHash(HashAlgorithm hash)
{
    switch (hash) {
    case HashAlgorithm::Sha256: return QCryptographicHash::Sha256;
    case HashAlgorithm::Sha384: return QCryptographicHash::Sha384;
    case HashAlgorithm::Sha512: return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

class Runner
{
public:
    explicit Runner(const GlobalOptions& global) : m_global(global) {}

    int operator()(const HelpRequest& a);
    int operator()(const VersionRequest& a);
    int operator()(const CreateArgs& a);
    int operator()(const DestroyArgs& a);
    int operator()(const ListArgs& a);
    int operator()(const StatusArgs& a);
    int operator()(const ChangePinArgs& a);
    int operator()(const UnblockArgs& a);
    int operator()(const ResetPinArgs& a);
    int operator()(const ResponseArgs& a);
    int operator()(const InitializeArgs& a);
    int operator()(const KeyGenArgs& a);
    int operator()(const KeysArgs& a);
    int operator()(const DelKeyArgs& a);
    int operator()(const SignArgs& a);
    int operator()(const ExportArgs& a);
    int operator()(const RequestArgs& a);
    int operator()(const EnrollArgs& a);
    int operator()(const ImportArgs& a);
    int operator()(const CertsArgs& a);
    int operator()(const DeleteCertArgs& a);
    int operator()(const TemplatesArgs& a);
    int operator()(const UpgradeArgs& a);
    int operator()(const CleanupArgs& a);
    int operator()(const AttestationArgs& a);
    int operator()(const AttestArgs& a);
    int operator()(const VerifyAttestationArgs& a);

private:
    CardServices& services();
    CardStore& store() { return services().store(); }
    Tpm& tpm() { return services().tpm(); }
    CardService& service() { return services().service(); }
    EnrollService& enroll() { return services().enroll(); }
    // Commands that will need the TPM connect before asking for secrets: typing a PIN
    // twice only to learn there is no TPM would waste the user's time.
    void connectBeforeSecrets() { tpm(); }
    void info(const QString& text) const;
    CardStatus statusForPin(int instance);
    // The TPM owner's password when the command line asked for it (/OwnerAuth PROMPT):
    // asked last, once; empty otherwise (the usual empty owner authorization).
    Secret ownerAuth(bool asked);
    QByteArray showChallenge(int instance);

    GlobalOptions m_global;
    SecretPrompt m_prompt;
    std::unique_ptr<CardServices> m_services;
};

// Made on first use: help and version need no card store. Connecting may start the
// built-in simulator or wait for a resource manager: only the operations that need the
// TPM pay for it (the services connect lazily), and only after the cheap checks passed.
// list, status, keys, export and response never connect.
CardServices& Runner::services()
{
    if (!m_services) {
        TpmOptions requested;
        requested.tcti = m_global.tcti;
        requested.simulator = m_global.simulator;
        m_services = std::make_unique<CardServices>(requested, QString());
    }
    return *m_services;
}

// With /json, stdout holds the document and nothing else.
void Runner::info(const QString& text) const
{
    if (!m_global.quiet && !m_global.json)
        printLine(text);
}

// Checks before asking for a PIN: asking for a PIN the card cannot take wastes the user's
// time. The card service checks again, under the card's lock.
CardStatus Runner::statusForPin(int instance)
{
    CardStatus status = service().status(instance);
    if (status.blocked) {
        throw Error(ErrorCode::Blocked,
                    Words::tr("%1 is blocked after too many wrong PINs.").arg(status.instanceId),
                    ErrorFacts{Credential::Pin, 0, status.unblock});
    }
    return status;
}

Secret Runner::ownerAuth(bool asked)
{
    if (!asked)
        return Secret();
    return m_prompt.read({Words::tr("Enter the TPM owner password: "),
                          QString(),
                          Words::tr("owner password"),
                          false,
                          {}});
}

QByteArray Runner::showChallenge(int instance)
{
    connectBeforeSecrets();
    const QByteArray challenge = service().adminChallenge(instance);
    // Printed even with /quiet: a script needs it to get the response.
    printLine(Words::tr("Challenge: %1").arg(formatGrouped(challenge)));
    std::fflush(stdout);
    return challenge;
}

int Runner::operator()(const HelpRequest& a)
{
    writeBytes(stdout,
               (a.command.isEmpty() ? generalHelp() : commandHelp(a.command)).toLocal8Bit());
    return kExitOk;
}

int Runner::operator()(const VersionRequest&)
{
    writeBytes(stdout, versionText().toLocal8Bit());
    return kExitOk;
}

int Runner::operator()(const CreateArgs& a)
{
    CreateOptions options;
    options.name = a.name;
    options.adminKeyMode = a.adminKey;
    options.generate = a.generate;
    options.pinPolicy = a.pinPolicy;
    options.pinMaxTries = a.pinTries;
    options.adminResetStock = a.adminResets;
    options.attestationKey = a.attestation != AttestationMode::None;
    // The CA's address is checked now, before anything happens.
    if (a.attestation == AttestationMode::AikAndCert)
        AttestationCaClient::requireUsableUrl(a.attestationCa);

    // Known from the command line alone, so refused before anything else happens.
    if (a.pin == SecretSource::Default) {
        try {
            enforcePin(a.pinPolicy, Secret::fromText(QLatin1String(kDefaultPinText)));
        } catch (const Error& e) {
            throw Error(
                ErrorCode::PolicyViolation,
                Words::tr("The default PIN %1 does not meet the PIN policy: %2 Use /PIN PROMPT.")
                    .arg(QLatin1String(kDefaultPinText), e.sentence().said()),
                e.facts());
        }
    }

    // Secrets in the documented order: admin key, PIN, PUK. Each is checked as it is typed,
    // before the card is made, so bad input never changes the store.
    connectBeforeSecrets();
    if (a.adminKey == AdminKeyMode::Prompt) {
        options.adminKey = m_prompt.read({Words::tr("Enter new admin key (48 hex digits): "),
                                          Words::tr("Confirm new admin key: "),
                                          Words::tr("new admin key"), false, adminKeyFromTyped});
    } else if (a.adminKey == AdminKeyMode::Default) {
        options.adminKey = defaultAdminKey();
    }

    if (a.pin == SecretSource::Prompt) {
        options.pin = m_prompt.read(newPinRequest(a.pinPolicy));
    } else {
        options.pin = Secret::fromText(QLatin1String(kDefaultPinText));
    }

    if (a.puk == SecretSource::Prompt) {
        options.puk = m_prompt.read({Words::tr("Enter new PUK: "), Words::tr("Confirm new PUK: "),
                                     Words::tr("new PUK"), false, pukFromTyped});
    } else if (a.puk == SecretSource::Default) {
        options.puk = Secret::fromText(QLatin1String(kDefaultPinText));
    }
    options.ownerAuth = ownerAuth(a.ownerAuth);

    CardService& cards = service();
    info(Words::tr("Creating TPM Smart Card..."));
    std::fflush(stdout);
    const int instance = services().createCard(options, a.attestationCa);
    const QString id = formatInstanceId(instance);
    if (m_global.json) {
        writeBytes(stdout, createJson(cards.status(instance)));
        return kExitOk;
    }
    if (m_global.quiet) {
        printLine(id);
        return kExitOk;
    }
    printLine(Words::tr("TPM Smart Card created."));
    printLine(Words::tr("Smart Card Reader Device Instance ID = %1").arg(id));
    if (a.pin == SecretSource::Default)
        printLine(Words::tr("The PIN is the default 12345678: change it with "
                            "`tpmvscmgr changepin /instance %1`.")
                      .arg(instance));
    return kExitOk;
}

int Runner::operator()(const DestroyArgs& a)
{
    const QString id = formatInstanceId(a.instance);
    // Answered from the store, so a mistyped instance needs no TPM.
    if (!store().exists(a.instance)) {
        throw Error(ErrorCode::NotFound,
                    Words::tr("There is no card %1 (it was never created, or was destroyed). "
                              "`tpmvscmgr list` shows the cards.")
                        .arg(id));
    }
    CardService& cards = service();
    const Secret owner = ownerAuth(a.ownerAuth);
    info(Words::tr("Destroying TPM Smart Card %1...").arg(id));
    std::fflush(stdout);
    cards.destroy(a.instance, owner);
    info(Words::tr("TPM Smart Card destroyed."));
    return kExitOk;
}

int Runner::operator()(const UpgradeArgs& a)
{
    const CardStatus status = statusForPin(a.instance);
    if (status.tpmHeldCounters) {
        info(Words::tr("The TPM already holds the counters of %1: nothing to do.")
                 .arg(status.instanceId));
        return kExitOk;
    }
    connectBeforeSecrets();
    const Secret pin =
        m_prompt.read({Words::tr("Enter PIN: "), QString(), Words::tr("PIN"), false, {}});
    std::optional<Secret> puk;
    if (status.hasPuk)
        puk = m_prompt.read({Words::tr("Enter PUK: "), QString(), Words::tr("PUK"), false, {}});
    std::optional<Secret> adminKey;
    if (a.adminKey)
        adminKey =
            m_prompt.read({Words::tr("Enter the card's admin key (48 hex digits, or DEFAULT): "),
                           QString(), Words::tr("admin key"), false, adminKeyOrDefaultFromTyped});
    const Secret owner = ownerAuth(a.ownerAuth);
    service().upgradeCard(a.instance, pin, puk, adminKey, owner);
    info(Words::tr(
             "%1 now has its PIN and PUK counted by the TPM; old copies of its files no longer "
             "open it with a changed PIN.")
             .arg(status.instanceId));
    if (!adminKey && status.adminKeyMode != AdminKeyMode::Random)
        info(Words::tr("It has no admin resets any more: give /AdminKey PROMPT to make new ones."));
    return kExitOk;
}

int Runner::operator()(const CleanupArgs& a)
{
    CardService& cards = service();
    const Secret owner = ownerAuth(a.ownerAuth);
    if (a.remove) {
        cards.removeStrayIndex(*a.remove, owner);
        info(Words::tr("NV index 0x%1 removed.").arg(*a.remove, 8, 16, QLatin1Char('0')));
        return kExitOk;
    }
    for (int instance : cards.finishInterrupted(owner))
        info(
            Words::tr("%1: an interrupted creation or destruction was finished (the card is gone).")
                .arg(formatInstanceId(instance)));
    const QList<std::uint32_t> stray = cards.strayIndices();
    if (stray.isEmpty()) {
        info(Words::tr("No NV index in tpmvsc's block is left over."));
        return kExitOk;
    }
    printLine(
        Words::tr("NV indices in tpmvsc's block that none of your cards uses (they may belong to "
                  "another user's cards; remove one with /remove HANDLE):"));
    for (std::uint32_t handle : stray)
        printLine(QStringLiteral("  0x%1").arg(handle, 8, 16, QLatin1Char('0')));
    return kExitOk;
}

int Runner::operator()(const AttestationArgs& a)
{
    if (a.add == AttestationMode::AikAndCert)
        AttestationCaClient::requireUsableUrl(a.attestationCa);
    const CardStatus status = statusForPin(a.instance);
    if (status.attestationKey)
        throw Error(
            ErrorCode::InvalidInput,
            Words::tr("%1 already has an attestation key; a card has one.").arg(status.instanceId));
    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    info(Words::tr("Creating the attestation key in the TPM..."));
    std::fflush(stdout);
    services().addAttestationKey(a.instance, pin, a.attestationCa);
    if (!a.attestationCa.isEmpty())
        info(Words::tr("%1 has an attestation key, certified by %2: `tpmvscmgr attest` certifies "
                       "its keys with it.")
                 .arg(status.instanceId, a.attestationCa));
    else
        info(Words::tr("%1 has an attestation key: `tpmvscmgr attest` certifies its keys with it.")
                 .arg(status.instanceId));
    return kExitOk;
}

namespace {

// attest and request /attest need the card's attestation key; said before the PIN is
// asked for, with the command that adds one.
void requireAttestationKey(const CardStatus& status, int instance)
{
    if (!status.attestationKey)
        throw Error(ErrorCode::NotFound,
                    Words::tr("%1 has no attestation key. Add one with `tpmvscmgr attestation "
                              "/instance %2 /add AIK_ONLY` first.")
                        .arg(status.instanceId)
                        .arg(instance));
}

} // namespace

int Runner::operator()(const AttestArgs& a)
{
    requireAttestationKey(statusForPin(a.instance), a.instance);
    CardService& cards = service();
    const QByteArray keyId = cards.resolveKey(a.instance, a.key);
    QSaveFile out(a.outputFile);
    openOutput(out);
    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    const KeyAttestation attestation = cards.attestKey(a.instance, pin, keyId, a.nonce);
    AttestationEvidence evidence;
    evidence.alg = kCoseEs256;
    evidence.certInfo = attestation.certInfo;
    evidence.sig = attestation.signature;
    evidence.pubArea = attestation.pubArea;
    evidence.aikPublicPem = attestation.aikPublicPem;
    evidence.ekCertificate = attestation.ekCertificate;
    evidence.x5c = attestation.aikCertificates;
    const QByteArray json = attestationEvidenceToJson(evidence);
    if (out.write(json) != json.size() || !out.commit())
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot write %1: %2").arg(a.outputFile, out.errorString()));
    info(Words::tr("Evidence for key %1 written to %2.")
             .arg(QString::fromLatin1(keyId.toHex()), a.outputFile));
    return kExitOk;
}

int Runner::operator()(const ListArgs&)
{
    QList<CardLook> cards;
    QList<QStringList> rows;
    QList<Error> failures;
    const QList<int> instances = store().instances();
    for (int instance : instances) {
        CardLook look{instance, {}, {}};
        try {
            look.status = service().status(instance);
            rows << listRow(*look.status);
        } catch (const Error& e) {
            look.error = e;
            rows << unreadableListRow(instance);
            failures << e;
        }
        cards << look;
    }
    if (m_global.json) {
        writeBytes(stdout, listJson(cards));
    } else if (m_global.quiet) {
        for (int instance : instances)
            printLine(formatInstanceId(instance));
    } else if (rows.isEmpty()) {
        printLine(Words::tr("No TPM virtual smart cards. Create one with `tpmvscmgr create`."));
    } else {
        writeBytes(stdout, formatTable(listHeader(), rows).toLocal8Bit());
    }
    // A damaged card must not hide the others, nor go unnoticed by a script.
    for (const Error& e : failures)
        printError(errorText(e));
    return failures.isEmpty() ? kExitOk : exitCodeFor(failures.first().code());
}

int Runner::operator()(const StatusArgs& a)
{
    const CardStatus status = service().status(a.instance);
    writeBytes(stdout, m_global.json ? statusJson(status) : formatStatus(status).toLocal8Bit());
    return kExitOk;
}

int Runner::operator()(const ChangePinArgs& a)
{
    const CardStatus status = statusForPin(a.instance);
    connectBeforeSecrets();
    const Secret oldPin = m_prompt.read(
        {Words::tr("Enter current PIN: "), QString(), Words::tr("current PIN"), false, {}});
    const Secret newPin = m_prompt.read(newPinRequest(status.pinPolicy));
    service().changePin(a.instance, oldPin, newPin);
    info(Words::tr("PIN changed."));
    return kExitOk;
}

int Runner::operator()(const UnblockArgs& a)
{
    const CardStatus status = service().status(a.instance);
    const QString id = status.instanceId;
    if (!status.hasPuk) {
        throw Error(ErrorCode::NotFound,
                    Words::tr("%1 has no PUK (it was created without /PUK). An administrator can "
                              "reset the PIN: `tpmvscmgr resetpin /instance %2`.")
                        .arg(id)
                        .arg(a.instance));
    }
    if (status.pukTriesLeft <= 0) {
        throw Error(
            ErrorCode::Blocked,
            Words::tr("The PUK of %1 is blocked after too many wrong PUKs. An administrator "
                      "can reset the PIN: `tpmvscmgr resetpin /instance %2`.")
                .arg(id)
                .arg(a.instance));
    }
    connectBeforeSecrets();
    const Secret puk =
        m_prompt.read({Words::tr("Enter PUK: "), QString(), Words::tr("PUK"), false, {}});
    const Secret newPin = m_prompt.read(newPinRequest(status.pinPolicy));
    service().unblockWithPuk(a.instance, puk, newPin);
    info(Words::tr("Card unblocked; the new PIN is set."));
    return kExitOk;
}

int Runner::operator()(const ResetPinArgs& a)
{
    const CardStatus status = service().status(a.instance);
    const QByteArray challenge = showChallenge(a.instance);
    const Secret response = m_prompt.read(responseRequest());
    const Secret newPin = m_prompt.read(newPinRequest(status.pinPolicy));
    service().adminResetPin(a.instance, challenge, response, newPin);
    info(Words::tr("PIN reset; the card is unblocked."));
    return kExitOk;
}

int Runner::operator()(const ResponseArgs& a)
{
    const Secret adminKey =
        m_prompt.read({Words::tr("Enter admin key (48 hex digits, or DEFAULT): "), QString(),
                       Words::tr("admin key"), false, adminKeyOrDefaultFromTyped});
    const Secret response = computeAdminResponse(adminKey, a.challenge);
    QByteArray bytes(reinterpret_cast<const char*>(response.data()),
                     static_cast<qsizetype>(response.size()));
    QString grouped = formatGrouped(bytes);
    wipe(bytes);
    printLine(m_global.quiet ? grouped : Words::tr("Response: %1").arg(grouped));
    wipe(grouped);
    return kExitOk;
}

int Runner::operator()(const InitializeArgs& a)
{
    if (service().status(a.instance).fileSystem) {
        // Checked first: going on would use up an admin challenge for nothing.
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("%1 already has a file system.").arg(formatInstanceId(a.instance)));
    }
    const QByteArray challenge = showChallenge(a.instance);
    const Secret response = m_prompt.read(responseRequest());
    service().initializeFileSystem(a.instance, challenge, response);
    info(Words::tr("File system created: the card can hold keys."));
    return kExitOk;
}

int Runner::operator()(const KeyGenArgs& a)
{
    if (statusForPin(a.instance).keys.size() >= CardRecord::kMaxKeys) {
        throw Error(
            ErrorCode::Capacity,
            Words::tr("%1 already holds %2 keys, the most a card can hold. Delete one first "
                      "(`tpmvscmgr delkey`).")
                .arg(formatInstanceId(a.instance))
                .arg(CardRecord::kMaxKeys));
    }
    CardService& cards = service();
    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    info(Words::tr("Generating a %1 key in the TPM...").arg(keyAlgorithmName(a.algorithm)));
    std::fflush(stdout);
    const KeyInfo key = cards.generateKey(a.instance, pin, a.algorithm, a.label);
    const QString id = QString::fromLatin1(key.id.toHex());
    if (m_global.quiet)
        printLine(id);
    else
        printLine(Words::tr("Key generated: %1").arg(id));
    return kExitOk;
}

int Runner::operator()(const KeysArgs& a)
{
    const CardStatus status = service().status(a.instance);
    if (m_global.json) {
        writeBytes(stdout, keysJson(status));
    } else if (m_global.quiet) {
        for (const KeyInfo& key : status.keys)
            printLine(QString::fromLatin1(key.id.toHex()));
    } else if (status.keys.isEmpty()) {
        printLine(Words::tr("%1 holds no keys.").arg(status.instanceId));
    } else {
        QList<QStringList> rows;
        for (const KeyInfo& key : status.keys)
            rows << keyRow(key);
        writeBytes(stdout, formatTable(keyHeader(), rows).toLocal8Bit());
    }
    return kExitOk;
}

int Runner::operator()(const DelKeyArgs& a)
{
    statusForPin(a.instance);
    CardService& cards = service();
    const QByteArray keyId = cards.resolveKey(a.instance, a.key);
    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    cards.deleteKey(a.instance, pin, keyId);
    info(Words::tr("Key %1 deleted.").arg(QString::fromLatin1(keyId.toHex())));
    return kExitOk;
}

int Runner::operator()(const SignArgs& a)
{
    // Files first: a missing input must not cost a PIN try.
    QByteArray digest;
    if (a.inputIsDigest) {
        digest = readFile(a.inputFile);
        const int expected = hashSize(a.hash);
        if (digest.size() != expected) {
            throw Error(
                ErrorCode::InvalidInput,
                Words::tr("%1 holds %2 bytes, but a %3 digest has %4. /digest takes the raw "
                          "digest bytes (not hex); /in signs a file's data.")
                    .arg(a.inputFile)
                    .arg(digest.size())
                    .arg(hashAlgorithmName(a.hash))
                    .arg(expected));
        }
    } else {
        QFile file(a.inputFile);
        QCryptographicHash hash(qtHash(a.hash));
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
            throw Error(ErrorCode::InvalidInput,
                        Words::tr("Cannot read %1: %2").arg(a.inputFile, file.errorString()));
        }
        digest = hash.result();
    }

    const CardStatus status = statusForPin(a.instance);
    CardService& cards = service();
    const QByteArray keyId = cards.resolveKey(a.instance, a.key);
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048;
    for (const KeyInfo& key : status.keys) {
        if (key.id == keyId)
            algorithm = key.algorithm;
    }
    if (a.pss && !isRsa(algorithm))
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("/pss applies to RSA keys; key %1 is %2.")
                        .arg(QString::fromLatin1(keyId.toHex()), keyAlgorithmName(algorithm)));
    const SignatureScheme scheme = signatureSchemeFor(algorithm, a.pss);

    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    const QByteArray signature = cards.sign(a.instance, pin, keyId, a.hash, scheme, digest);
    writeFile(a.outputFile, signature);
    info(Words::tr("Signature written to %1 (%2 bytes).").arg(a.outputFile).arg(signature.size()));
    return kExitOk;
}

int Runner::operator()(const ExportArgs& a)
{
    // From the store alone: public keys and certificates are in the card record, no TPM.
    CardService& cards = service();
    const QByteArray keyId = cards.resolveKey(a.instance, a.key);
    const QByteArray data = a.certificate
                                ? enroll().exportCertificate(a.instance, keyId, !a.der, a.chain)
                                : cards.exportPublicKey(a.instance, keyId, !a.der);
    if (a.outputFile.isEmpty()) {
        writeBytes(stdout, data);
    } else {
        writeFile(a.outputFile, data);
        info(a.certificate ? Words::tr("Certificate written to %1.").arg(a.outputFile)
                           : Words::tr("Public key written to %1.").arg(a.outputFile));
    }
    return kExitOk;
}

int Runner::operator()(const RequestArgs& a)
{
    RequestOptions options;
    options.templateName = a.templateName;
    options.subject = a.subject;
    options.subjectAltNames = a.subjectAltNames;
    options.keyAlgorithm = a.algorithm;
    options.label = a.label;
    options.selfSigned = a.selfSigned;
    options.validityDays = a.days;
    options.signature.rsaPss = a.pss;
    options.attest = a.attest;
    if (a.attest)
        requireAttestationKey(statusForPin(a.instance), a.instance);
    options.signature.digest = a.hash;
    if (!a.existingKey.isEmpty())
        options.existingKeyId = service().resolveKey(a.instance, a.existingKey);

    // Everything about the request is checked before the PIN is asked for and before the
    // first TPM command; the output file is opened too, so an unwritable folder costs
    // neither a key nor a PIN entry.
    const RequestPlan plan = enroll().planRequest(a.instance, options);
    QSaveFile out(a.outputFile);
    openOutput(out);

    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    if (plan.newKey)
        info(Words::tr("Generating a %1 key in the TPM and signing the request (template %2)...")
                 .arg(keyAlgorithmName(plan.algorithm), plan.certificateTemplate.id));
    else
        info(Words::tr("Signing the request with key %1 (template %2)...")
                 .arg(QString::fromLatin1(options.existingKeyId.toHex()),
                      plan.certificateTemplate.id));
    std::fflush(stdout);
    const RequestResult result = enroll().request(a.instance, pin, options);
    const QByteArray data = a.der ? result.requestDer : result.requestPem;
    const QString id = QString::fromLatin1(result.key.id.toHex());
    if (out.write(data) != data.size() || !out.commit()) {
        // The key is on the card by now: say how to get the request without a new key.
        throw Error(
            ErrorCode::InvalidInput,
            Words::tr("Cannot write %1: %2. The key %3 is on the card; make the request again "
                      "with /usekey %3.")
                .arg(a.outputFile, out.errorString(), id));
    }
    if (m_global.quiet) {
        printLine(id);
        return kExitOk;
    }
    if (result.newKey)
        printLine(Words::tr("Key generated: %1").arg(id));
    printLine(Words::tr("Certificate request written to %1 (%2, %3 with %4).")
                  .arg(a.outputFile, a.der ? Words::tr("DER") : Words::tr("PEM"),
                       signatureSchemeName(plan.padding), hashAlgorithmName(plan.digest)));
    if (a.attest)
        printLine(Words::tr("It carries the attestation key's proof that the key lives in the "
                            "TPM (verify it with tpmvscmgr verifyattestation /request)."));
    if (a.selfSigned)
        printLine(
            Words::tr("Self-signed certificate (valid %1 days) stored on the card with the key.")
                .arg(plan.validityDays));
    else
        printLine(
            Words::tr("Send it to your CA; import what it issues with `tpmvscmgr import /instance "
                      "%1 /cert FILE`.")
                .arg(a.instance));
    return kExitOk;
}

int Runner::operator()(const EnrollArgs& a)
{
    EnrollOptions options;
    options.request.templateName = a.templateName;
    options.request.subject = a.subject;
    options.request.subjectAltNames = a.subjectAltNames;
    options.request.keyAlgorithm = a.algorithm;
    options.request.label = a.label;
    options.caFingerprint = a.caFingerprint;

    // The request, the key type and the CA (its certificate against /cafingerprint) are
    // checked before the PIN is asked for and before the first TPM command.
    ScepClient ca(a.url);
    const EnrollPlan plan = enroll().planEnroll(a.instance, options, ca);
    info(Words::tr("CA certificate SHA-256 fingerprint: %1").arg(plan.authority.fingerprint));

    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    if (a.challenge)
        options.challengePassword = m_prompt.read({Words::tr("Enter the challenge password: "),
                                                   QString(),
                                                   Words::tr("challenge password"),
                                                   false,
                                                   {}});
    info(Words::tr("Generating a %1 key in the TPM and enrolling it with the CA (template %2)...")
             .arg(keyAlgorithmName(plan.request.algorithm), plan.request.certificateTemplate.id));
    std::fflush(stdout);
    const EnrollResult result = enroll().enroll(a.instance, pin, options, ca);
    const QString id = QString::fromLatin1(result.key.id.toHex());
    if (m_global.quiet) {
        printLine(id);
        return kExitOk;
    }
    printLine(Words::tr("Key generated: %1").arg(id));
    CertificateEntry entry;
    entry.key = result.key;
    entry.certificate = describeCertificate(result.certificate.der);
    for (const QByteArray& der : result.certificate.chain)
        entry.chain.append(describeCertificate(der));
    printLine(Words::tr("The CA issued this certificate; it is stored on the card with the key:"));
    printLine(formatCertificateEntry(entry, QDateTime::currentDateTimeUtc()));
    return kExitOk;
}

int Runner::operator()(const ImportArgs& a)
{
    // The file, the card and the checks first: nothing about them costs a PIN try.
    const QByteArray bytes = readCertificateFile(a.certificateFile);
    statusForPin(a.instance);
    ImportOptions options;
    options.caBundleFile = a.caFile;
    options.templateName = a.templateName;
    options.force = a.force;
    if (!a.key.isEmpty())
        options.keyId = service().resolveKey(a.instance, a.key);
    if (!a.caFile.isEmpty() && !QFileInfo(a.caFile).isReadable())
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("Cannot read the CA file %1.").arg(a.caFile));
    ImportPreview preview;
    try {
        preview = enroll().previewImport(a.instance, bytes, options);
    } catch (const Error& e) {
        rethrowAbout(a.certificateFile, e);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_global.quiet)
        writeBytes(stdout, formatImportPreview(preview, now).toLocal8Bit());
    checkImportAllowed(preview.analysis, a.force);
    if (preview.analysis.hasWarnings())
        info(Words::tr("Storing despite the warnings (/force)."));

    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    enroll().importCertificate(a.instance, pin, bytes, options);
    info(Words::tr("Certificate stored on %1 with key %2.")
             .arg(formatInstanceId(a.instance), QString::fromLatin1(preview.key.id.toHex())));
    return kExitOk;
}

int Runner::operator()(const CertsArgs& a)
{
    const QList<CertificateEntry> entries = enroll().certificates(a.instance);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_global.json) {
        writeBytes(stdout, certsJson(a.instance, entries, now));
        return kExitOk;
    }
    if (m_global.quiet) {
        for (const CertificateEntry& e : entries)
            printLine(QStringLiteral("%1 %2").arg(QString::fromLatin1(e.key.id.toHex()),
                                                  e.certificate.sha256Fingerprint));
        return kExitOk;
    }
    if (entries.isEmpty()) {
        printLine(Words::tr("%1 holds no certificates. Request one with `tpmvscmgr request`.")
                      .arg(formatInstanceId(a.instance)));
        return kExitOk;
    }
    QString text;
    for (const CertificateEntry& e : entries) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += formatCertificateEntry(e, now);
    }
    writeBytes(stdout, text.toLocal8Bit());
    return kExitOk;
}

int Runner::operator()(const DeleteCertArgs& a)
{
    statusForPin(a.instance);
    CardService& cards = service();
    const QByteArray keyId = cards.resolveKey(a.instance, a.key);
    cards.certificate(a.instance, keyId); // NotFound before the PIN when there is none
    connectBeforeSecrets();
    const Secret pin = m_prompt.read(pinRequest());
    enroll().deleteCertificate(a.instance, pin, keyId);
    info(Words::tr("Certificate of key %1 deleted; the key stays.")
             .arg(QString::fromLatin1(keyId.toHex())));
    return kExitOk;
}

int Runner::operator()(const TemplatesArgs&)
{
    const TemplateCatalog& catalog = enroll().templates();
    if (m_global.json) {
        writeBytes(stdout, templatesJson(catalog));
    } else if (m_global.quiet) {
        for (const CertificateTemplate& t : catalog.templates)
            printLine(t.id);
    } else {
        writeBytes(stdout, formatTemplates(catalog).toLocal8Bit());
        info(Words::tr("Own templates: JSON files in %1 (see tpmvscmgr(1)).")
                 .arg(defaultTemplateDirectories().join(QLatin1String(", "))));
    }
    // A broken template file must not go unnoticed, nor hide the others.
    for (const Sentence& problem : catalog.problems)
        printError(problem.said());
    return catalog.problems.isEmpty() ? kExitOk : exitCodeFor(ErrorCode::InvalidInput);
}

// Needs neither the TPM nor the store: a relying party checks evidence from elsewhere.
int Runner::operator()(const VerifyAttestationArgs& a)
{
    EvidenceExpectations expected;
    expected.nonce = a.nonce;
    if (!a.rootsFile.isEmpty()) {
        try {
            expected.roots = parseCertificates(readCertificateFile(a.rootsFile));
        } catch (const Error& e) {
            rethrowAbout(a.rootsFile, e);
        }
    }
    const auto publicKey = [](const QString& path) {
        try {
            return publicKeyFromPem(readCertificateFile(path));
        } catch (const Error& e) {
            rethrowAbout(path, e);
        }
    };
    EvidenceFindings found;
    if (!a.evidenceFile.isEmpty()) {
        if (!a.keyFile.isEmpty())
            expected.keySpki = publicKey(a.keyFile);
        AttestationEvidence evidence;
        try {
            evidence = attestationEvidenceFromJson(readCertificateFile(a.evidenceFile));
        } catch (const Error& e) {
            rethrowAbout(a.evidenceFile, e);
        }
        found = verifyEvidence(evidence, expected);
    } else {
        const QByteArray aik = a.aikFile.isEmpty() ? QByteArray() : publicKey(a.aikFile);
        QByteArray request;
        try {
            request = certificateRequestDer(readCertificateFile(a.requestFile));
        } catch (const Error& e) {
            rethrowAbout(a.requestFile, e);
        }
        found = verifyRequestAttestation(request, aik, expected);
    }
    if (!m_global.quiet)
        writeBytes(stdout, formatEvidenceFindings(found, a.evidenceFile.isEmpty()).toLocal8Bit());
    return kExitOk;
}

QString helpHint(const QStringList& args)
{
    for (const QString& arg : args) {
        for (const QString& name : commandNames()) {
            if (arg.compare(name, Qt::CaseInsensitive) == 0)
                return Words::tr("Help: tpmvscmgr %1 /?").arg(name);
        }
    }
    return Words::tr("Help: tpmvscmgr /?");
}

} // namespace

int execute(const CommandLine& commandLine)
{
    Runner runner(commandLine.global);
    return std::visit(runner, commandLine.command);
}

int run(const QStringList& args)
{
    // The words of --lang, else of the system's UI languages (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG), else English; an unknown --lang is refused by the parser.
    Translations::install(
        Translations::choose(requestedLanguage(args), QLocale::system().uiLanguages()));
    try {
        const CommandLine commandLine = parseCommandLine(args);
        if (!commandLine.global.machine.isEmpty())
            return runRemote(commandLine);
        return execute(commandLine);
    } catch (const Error& e) {
        printError(errorText(e));
        if (e.code() == ErrorCode::Usage)
            writeBytes(stderr, (helpHint(args) + QLatin1Char('\n')).toLocal8Bit());
        return exitCodeFor(e.code());
    } catch (const std::exception& e) {
        printError(Words::tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        return kExitInternal;
    }
}

int run(int argc, char** argv)
{
    QStringList args;
    if (QCoreApplication::instance()) {
        args = QCoreApplication::arguments().mid(1);
    } else {
        for (int i = 1; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
    }
    return run(args);
}

} // namespace tpmvsc::cli

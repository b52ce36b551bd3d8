// Card file format, version 5 (one JSON object per card, UTF-8, written by
// QJsonDocument::Indented; member order is QJsonObject's, i.e. sorted):
//
//   format          "tpmvsc-card"
//   version         5 (versions 1 to 4 are read too, see below; files are always written
//                   as version 5)
//   state           "ready" | "creating" | "destroying" (not "ready": a creation or
//                   destruction was interrupted; only cards with a guard)
//   guard           null (a card made before TPM-held counters), or
//                   {pinIndex: index, pukIndex: index or null, adminCounter: index or null,
//                    adminCounterBase: hex 8 bytes, sealedSecret: blob, witness: blob}
//   index           {handle: NV handle (integer), name: hex, the index's Name once written}
//   adminNext       0..number of challenges: with a guard, the next challenge as the TPM's
//                   counter last said (0 without a guard)
//   pinGeneration   0..2^31-1, one more each time the PIN is replaced
//   instance        integer, equals the NNNN of the file name
//   name            string, 1..256 characters, no control characters
//   cardId          hex, 16 bytes
//   created         "yyyy-MM-ddTHH:mm:ss.zzzZ" (UTC, always with milliseconds)
//   primaryName     hex, not empty
//   pinPolicy       {minLen, maxLen, uppercase, lowercase, digits, specialChars}
//                   with "allowed" | "disallowed" | "required"; coherent (PinPolicy::validate)
//   pinMaxTries     1..100          pinTriesLeft   0..pinMaxTries
//   pinSealedSecret blob; null with a guard (an unfinished upgrade still has it)
//   pukSealedSecret blob, or null when the card has no PUK or a guard holds it
//   pukMaxTries     1..100          pukTriesLeft   0..pukMaxTries
//   adminKeyMode    "default" | "prompt" | "random"
//   adminMaxTries   1..100          adminTriesLeft 0..adminMaxTries
//   adminChallenges [{challenge: hex 8 bytes, sealedSecret: blob}], challenges distinct,
//                   empty when adminKeyMode is "random". Without a guard the blob seals
//                   the card secret and a used challenge is removed; with a guard it is
//                   the response's proof object and the whole stock stays, in order
//   fileSystem      boolean
//   keys            at most 30 of {id: hex 1..64 bytes (distinct; 20, the SHA-1 of the
//                   public key, unless a PKCS#11 application chose it), label: string 0..256,
//                   algorithm: "rsa2048" | "rsa3072" | "p256" | "p384", blob,
//                   created: date, certificate: DER, "" when none,
//                   chain: [DER], the issuers after the leaf (leaf's issuer first), at
//                   most 8, empty when certificate is ""}
//   aik             null (no attestation key), or {blob: blob, created: date,
//                   certificates: [DER], authority: string}: the card's attestation
//                   identity key, a restricted ECC P-256 signing key of the TPM under the
//                   same storage primary as the keys, authValue the card secret; it
//                   certifies the card's keys (TPM2_Certify). certificates: from an
//                   attestation CA, the AIK's first, then its issuers (at most 9), empty
//                   for an AIK without; authority: that CA's address, "" exactly when
//                   certificates is empty
//   blob            {public: hex, private: hex}, both non-empty
//   DER             hex of one DER SEQUENCE whose length field spans exactly the bytes
//                   (a truncated or padded certificate is refused), at most 16 KiB
//
// Version 4 is version 5 without aik.certificates and aik.authority (no such AIK has a
// certificate).
// Version 3 is version 4 without aik (no such card has an attestation key).
// Version 2 is version 3 without state, guard and adminNext (every such card is ready and
// has no guard).
// Version 1 (tpmvsc before certificate chains) is the same without keys[].chain: such
// a file loads with every chain empty, and a version 1 file holding a chain member is
// refused like any unknown member. The whole file is at most 4 MiB; the writer refuses
// to produce a larger one.
//
// Byte arrays are lowercase hex rather than base64: strict validation is a character
// class check, files diff and grep well, and the size cost is irrelevant under the
// 4 MiB cap. Every member is required and unknown members are refused, so a typo or a
// tampered file is reported, not silently half-read. Enums are stable lowercase strings
// independent of the display names, so UI wording can change without touching files.
//
// store.json: {"format": "tpmvsc-store", "version": 1, "nextInstance": N}.

#include "CardFileFormat.h"

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <utility>

namespace tpmvsc {

namespace {

constexpr int kMaxTextLength = CardRecord::kMaxTextLength;
constexpr int kMaxTriesLimit = CardRecord::kMaxTries;
constexpr int kCardIdSize = CardRecord::kCardIdSize;
constexpr int kMaxKeyIdSize = CardRecord::kMaxKeyIdSize;
constexpr int kMaxCertificateSize = CardRecord::kMaxCertificateSize;
constexpr int kMaxChainLength = CardRecord::kMaxChainLength;
constexpr int kMaxAikCertificates = CardRecord::kMaxChainLength + 1; // the AIK's and issuers
constexpr int kStoreFormatVersion = 1;

const QLatin1String kCardFormat("tpmvsc-card");
const QLatin1String kStoreFormat("tpmvsc-store");

// ---------------------------------------------------------------------------------------
// Parsing. Helpers throw Problem with the sentence about one field; parse() prefixes the
// file name, so the message reads "<where>: <what is wrong>".

struct Problem {
    Sentence what;
};

[[noreturn]] void problem(const Sentence& what)
{
    throw Problem{what};
}

QString fieldPath(const QString& prefix, QLatin1String key)
{
    return prefix.isEmpty() ? QString(key) : prefix + QLatin1Char('.') + key;
}

QString indexPath(const QString& prefix, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(prefix).arg(index);
}

void refuseUnknownFields(const QJsonObject& object, const QString& prefix,
                         std::initializer_list<QLatin1String> known,
                         const QList<QLatin1String>& alsoKnown = {})
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (std::find(known.begin(), known.end(), key) == known.end() && !alsoKnown.contains(key)) {
            const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
            problem(Sentence("CardStore", "unknown field \"%1\" (not part of this format "
                                          "version; the file was edited or damaged).")
                        .arg(path));
        }
    }
}

QJsonValue member(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        problem(Sentence("CardStore", "field \"%1\" is missing.").arg(fieldPath(prefix, key)));
    }
    return it.value();
}

QString stringField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QJsonValue value = member(object, prefix, key);
    if (!value.isString()) {
        problem(
            Sentence("CardStore", "field \"%1\" must be a string.").arg(fieldPath(prefix, key)));
    }
    return value.toString();
}

bool boolField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QJsonValue value = member(object, prefix, key);
    if (!value.isBool()) {
        problem(Sentence("CardStore", "field \"%1\" must be true or false.")
                    .arg(fieldPath(prefix, key)));
    }
    return value.toBool();
}

int intField(const QJsonObject& object, const QString& prefix, QLatin1String key, int min, int max)
{
    const QJsonValue value = member(object, prefix, key);
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number)) {
        problem(Sentence("CardStore", "field \"%1\" must be a whole number.")
                    .arg(fieldPath(prefix, key)));
    }
    if (number < min || number > max) {
        problem(Sentence("CardStore", "field \"%1\" is %2, outside the range %3..%4.")
                    .arg(fieldPath(prefix, key))
                    .arg(number, 0, 'g', 17)
                    .arg(min)
                    .arg(max));
    }
    return static_cast<int>(number);
}

QJsonObject objectField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QJsonValue value = member(object, prefix, key);
    if (!value.isObject()) {
        problem(
            Sentence("CardStore", "field \"%1\" must be an object.").arg(fieldPath(prefix, key)));
    }
    return value.toObject();
}

QJsonArray arrayField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QJsonValue value = member(object, prefix, key);
    if (!value.isArray()) {
        problem(Sentence("CardStore", "field \"%1\" must be a list.").arg(fieldPath(prefix, key)));
    }
    return value.toArray();
}

// Strict on purpose: QByteArray::fromHex() skips anything it does not understand, which
// would turn a damaged blob into a different, shorter blob.
QByteArray hexValue(const QString& text, const QString& path)
{
    const bool wellFormed =
        text.size() % 2 == 0 && std::all_of(text.begin(), text.end(), [](QChar c) {
            return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                   (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        });
    if (!wellFormed) {
        problem(Sentence("CardStore", "field \"%1\" is not lowercase hexadecimal with an "
                                      "even number of digits.")
                    .arg(path));
    }
    return QByteArray::fromHex(text.toLatin1());
}

QByteArray hexField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    return hexValue(stringField(object, prefix, key), fieldPath(prefix, key));
}

QString formatDate(const QDateTime& date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QString text = stringField(object, prefix, key);
    const QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Only the one form serialize() writes, so parse→serialize gives back the same bytes.
    if (!date.isValid() || date.timeSpec() != Qt::UTC || formatDate(date) != text) {
        problem(Sentence("CardStore", "field \"%1\" is \"%2\", not a UTC date of the form "
                                      "2024-01-31T12:00:00.000Z.")
                    .arg(fieldPath(prefix, key), text));
    }
    return date;
}

template <typename Enum, std::size_t N>
Enum enumField(const QJsonObject& object, const QString& prefix, QLatin1String key,
               const std::pair<QLatin1String, Enum> (&names)[N])
{
    const QString text = stringField(object, prefix, key);
    QStringList expected;
    for (const auto& [name, value] : names) {
        if (text == name)
            return value;
        expected.append(QStringLiteral("\"%1\"").arg(name));
    }
    problem(Sentence("CardStore", "field \"%1\" is \"%2\"; expected one of %3.")
                .arg(fieldPath(prefix, key), text, expected.join(QLatin1String(", "))));
}

template <typename Enum, std::size_t N>
QString enumName(Enum value, const std::pair<QLatin1String, Enum> (&names)[N])
{
    for (const auto& [name, candidate] : names) {
        if (candidate == value)
            return name;
    }
    return names[0].first;
}

// File encodings of the enums: part of the format, never renamed.
const std::pair<QLatin1String, CharRule> kCharRuleNames[] = {
    {QLatin1String("allowed"), CharRule::Allowed},
    {QLatin1String("disallowed"), CharRule::Disallowed},
    {QLatin1String("required"), CharRule::Required},
};
const std::pair<QLatin1String, AdminKeyMode> kAdminKeyModeNames[] = {
    {QLatin1String("default"), AdminKeyMode::Default},
    {QLatin1String("prompt"), AdminKeyMode::Prompt},
    {QLatin1String("random"), AdminKeyMode::Random},
};
const std::pair<QLatin1String, CardState> kCardStateNames[] = {
    {QLatin1String("ready"), CardState::Ready},
    {QLatin1String("creating"), CardState::Creating},
    {QLatin1String("destroying"), CardState::Destroying},
};
const std::pair<QLatin1String, KeyAlgorithm> kKeyAlgorithmNames[] = {
    {QLatin1String("rsa2048"), KeyAlgorithm::Rsa2048},
    {QLatin1String("rsa3072"), KeyAlgorithm::Rsa3072},
    {QLatin1String("p256"), KeyAlgorithm::EccP256},
    {QLatin1String("p384"), KeyAlgorithm::EccP384},
};

TpmBlob blobField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QString path = fieldPath(prefix, key);
    const QJsonObject blob = objectField(object, prefix, key);
    refuseUnknownFields(blob, path, {QLatin1String("public"), QLatin1String("private")});
    return TpmBlob{hexField(blob, path, QLatin1String("public")),
                   hexField(blob, path, QLatin1String("private"))};
}

QJsonObject blobJson(const TpmBlob& blob)
{
    return QJsonObject{{QLatin1String("public"), QString::fromLatin1(blob.publicArea.toHex())},
                       {QLatin1String("private"), QString::fromLatin1(blob.privateArea.toHex())}};
}

QString hexString(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// An index record: {handle: integer in tpmvsc's NV block, name: hex}.
NvIndexRecord indexField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QString path = fieldPath(prefix, key);
    const QJsonObject index = objectField(object, prefix, key);
    refuseUnknownFields(index, path, {QLatin1String("handle"), QLatin1String("name")});
    // Handles are below 2^31, so a JSON number holds them exactly.
    const int handle = intField(index, path, QLatin1String("handle"), 0x01000000, 0x01ffffff);
    return NvIndexRecord{std::uint32_t(handle), hexField(index, path, QLatin1String("name"))};
}

std::optional<NvIndexRecord> optionalIndexField(const QJsonObject& object, const QString& prefix,
                                                QLatin1String key)
{
    if (member(object, prefix, key).isNull())
        return std::nullopt;
    return indexField(object, prefix, key);
}

QJsonValue indexJson(const std::optional<NvIndexRecord>& index)
{
    if (!index)
        return QJsonValue();
    return QJsonObject{{QLatin1String("handle"), int(index->handle)},
                       {QLatin1String("name"), hexString(index->name)}};
}

CardGuardRecord guardField(const QJsonObject& object, const QString& prefix, QLatin1String key)
{
    const QString path = fieldPath(prefix, key);
    const QJsonObject guard = objectField(object, prefix, key);
    refuseUnknownFields(guard, path,
                        {QLatin1String("pinIndex"), QLatin1String("pukIndex"),
                         QLatin1String("adminCounter"), QLatin1String("adminCounterBase"),
                         QLatin1String("sealedSecret"), QLatin1String("witness")});
    CardGuardRecord g;
    // Null only while the card is being created, before its PIN index is planned.
    g.pinIndex =
        optionalIndexField(guard, path, QLatin1String("pinIndex")).value_or(NvIndexRecord{});
    g.pukIndex = optionalIndexField(guard, path, QLatin1String("pukIndex"));
    g.adminCounter = optionalIndexField(guard, path, QLatin1String("adminCounter"));
    // Counter values use all 64 bits: hex, not a JSON number.
    const QByteArray base = hexField(guard, path, QLatin1String("adminCounterBase"));
    if (base.size() != 8) {
        problem(Sentence("CardStore", "field \"%1\" must be 8 bytes.")
                    .arg(fieldPath(path, QLatin1String("adminCounterBase"))));
    }
    for (char c : base)
        g.adminCounterBase = (g.adminCounterBase << 8) | static_cast<std::uint8_t>(c);
    g.sealedSecret = blobField(guard, path, QLatin1String("sealedSecret"));
    g.witness = blobField(guard, path, QLatin1String("witness"));
    return g;
}

QJsonValue guardJson(const std::optional<CardGuardRecord>& guard)
{
    if (!guard)
        return QJsonValue();
    QByteArray base(8, '\0');
    for (int i = 0; i < 8; ++i)
        base[i] = static_cast<char>(guard->adminCounterBase >> (56 - 8 * i));
    const std::optional<NvIndexRecord> pin =
        guard->pinIndex.handle ? std::optional<NvIndexRecord>(guard->pinIndex) : std::nullopt;
    return QJsonObject{{QLatin1String("pinIndex"), indexJson(pin)},
                       {QLatin1String("pukIndex"), indexJson(guard->pukIndex)},
                       {QLatin1String("adminCounter"), indexJson(guard->adminCounter)},
                       {QLatin1String("adminCounterBase"), hexString(base)},
                       {QLatin1String("sealedSecret"), blobJson(guard->sealedSecret)},
                       {QLatin1String("witness"), blobJson(guard->witness)}};
}

// ---------------------------------------------------------------------------------------
// What makes a record coherent, checked on the way in (parse) and on the way out
// (serialize), so the store never writes a file it would refuse to read back.

void checkText(const QString& text, const QString& path, bool mayBeEmpty)
{
    if (!mayBeEmpty && text.isEmpty())
        problem(Sentence("CardStore", "field \"%1\" is empty.").arg(path));
    if (text.size() > kMaxTextLength) {
        problem(Sentence("CardStore", "field \"%1\" is longer than %2 characters.")
                    .arg(path)
                    .arg(kMaxTextLength));
    }
    // Names are printed by `list` and shown in dialogs; a newline or escape sequence in
    // one could forge output lines.
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            problem(Sentence("CardStore", "field \"%1\" contains a control character.").arg(path));
        }
    }
}

void checkSize(const QByteArray& bytes, int size, const QString& path)
{
    if (bytes.size() != size) {
        problem(Sentence("CardStore", "field \"%1\" must be %2 bytes, not %3.")
                    .arg(path)
                    .arg(size)
                    .arg(bytes.size()));
    }
}

void checkSizeRange(const QByteArray& bytes, int min, int max, const QString& path)
{
    if (bytes.size() < min || bytes.size() > max) {
        problem(Sentence("CardStore", "field \"%1\" must be %2 to %3 bytes, not %4.")
                    .arg(path)
                    .arg(min)
                    .arg(max)
                    .arg(bytes.size()));
    }
}

void checkBlob(const TpmBlob& blob, const QString& path)
{
    if (blob.publicArea.isEmpty()) {
        problem(Sentence("CardStore", "field \"%1\" is empty.")
                    .arg(fieldPath(path, QLatin1String("public"))));
    }
    if (blob.privateArea.isEmpty()) {
        problem(Sentence("CardStore", "field \"%1\" is empty.")
                    .arg(fieldPath(path, QLatin1String("private"))));
    }
}

void checkDate(const QDateTime& date, const QString& path)
{
    if (!date.isValid()) {
        problem(Sentence("CardStore", "field \"%1\" is not a valid date.").arg(path));
    }
}

// The outer TLV of a DER SEQUENCE (tag 0x30, definite length) covers exactly the bytes.
// Not a certificate parser: enough to tell a whole certificate from a truncated, padded
// or foreign blob without pulling X.509 into the store.
bool isDerSequence(const QByteArray& bytes)
{
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() < 2 || byte(0) != 0x30)
        return false;
    qsizetype header = 2;
    qsizetype length = byte(1);
    if (length & 0x80) {
        const int count = static_cast<int>(length & 0x7f);
        if (count < 1 || count > 3 || bytes.size() < 2 + count)
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | byte(2 + i);
        header += count;
    }
    return header + length == bytes.size();
}

void checkDer(const QByteArray& der, const QString& path)
{
    if (der.size() > kMaxCertificateSize) {
        problem(Sentence("CardStore", "field \"%1\" holds %2 bytes, more than the %3 "
                                      "bytes a certificate may have.")
                    .arg(path)
                    .arg(der.size())
                    .arg(kMaxCertificateSize));
    }
    if (!isDerSequence(der)) {
        problem(Sentence("CardStore", "field \"%1\" is not one whole DER certificate "
                                      "(truncated, padded or not a certificate).")
                    .arg(path));
    }
}

void refuseLongDerList(qsizetype count, const QString& path, qsizetype max)
{
    if (count > max) {
        problem(Sentence("CardStore", "field \"%1\" holds %2 certificates; at most %3 "
                                      "are kept.")
                    .arg(path)
                    .arg(count)
                    .arg(max));
    }
}

// A list of certificates (a key's issuers, an AIK's certificate and issuers).
void checkDerList(const QList<QByteArray>& list, const QString& path, qsizetype max)
{
    refuseLongDerList(list.size(), path, max);
    for (qsizetype i = 0; i < list.size(); ++i)
        checkDer(list[i], indexPath(path, i));
}

void checkCertificates(const KeyRecord& key, const QString& path)
{
    if (!key.certificate.isEmpty())
        checkDer(key.certificate, fieldPath(path, QLatin1String("certificate")));
    const QString chainPath = fieldPath(path, QLatin1String("chain"));
    if (key.certificate.isEmpty() && !key.chain.isEmpty()) {
        problem(Sentence("CardStore", "field \"%1\" must be empty when the key has no "
                                      "certificate.")
                    .arg(chainPath));
    }
    checkDerList(key.chain, chainPath, kMaxChainLength);
}

void checkRange(int value, int min, int max, const QString& path)
{
    if (value < min || value > max) {
        problem(Sentence("CardStore", "field \"%1\" is %2, outside the range %3..%4.")
                    .arg(path)
                    .arg(value)
                    .arg(min)
                    .arg(max));
    }
}

void checkTries(int max, int left, const char* maxName, const char* leftName)
{
    checkRange(max, 1, kMaxTriesLimit, QLatin1String(maxName));
    checkRange(left, 0, max, QLatin1String(leftName));
}

void checkRecord(const CardRecord& card)
{
    checkRange(card.instance, 0, kMaxInstance, QStringLiteral("instance"));
    checkText(card.name, QStringLiteral("name"), false);
    checkSize(card.cardId, kCardIdSize, QStringLiteral("cardId"));
    checkDate(card.created, QStringLiteral("created"));
    if (card.primaryName.isEmpty()) {
        problem(Sentence("CardStore", "field \"%1\" is empty.").arg(QLatin1String("primaryName")));
    }

    const Sentence policyProblem = card.pinPolicy.validate();
    if (!policyProblem.isEmpty()) {
        problem(Sentence("CardStore", "field \"%1\" is incoherent: %2")
                    .arg(QLatin1String("pinPolicy"), policyProblem));
    }
    checkTries(card.pinMaxTries, card.pinTriesLeft, "pinMaxTries", "pinTriesLeft");
    // A guarded card has no PIN-sealed secret (an upgrade not finished yet still has it).
    if (!card.guard || !card.pinSealedSecret.isEmpty())
        checkBlob(card.pinSealedSecret, QStringLiteral("pinSealedSecret"));
    if (card.guard) {
        // The card secret is sealed to the PIN index once that exists.
        if (card.state != CardState::Creating || !card.guard->sealedSecret.isEmpty())
            checkBlob(card.guard->sealedSecret, QStringLiteral("guard.sealedSecret"));
        checkBlob(card.guard->witness, QStringLiteral("guard.witness"));
        const bool pinPlanned = card.guard->pinIndex.handle != 0;
        if ((!pinPlanned && card.state != CardState::Creating) ||
            (pinPlanned && card.guard->pinIndex.name.isEmpty()) ||
            (card.guard->pukIndex && card.guard->pukIndex->name.isEmpty()) ||
            (card.guard->adminCounter && card.guard->adminCounter->name.isEmpty())) {
            problem(Sentence("CardStore", "field \"guard\" names an index without its "
                                          "Name."));
        }
        if (card.state == CardState::Ready && card.guard->pukIndex && card.pukSealedSecret) {
            problem(Sentence("CardStore", "field \"pukSealedSecret\" must be null when "
                                          "\"guard\" holds the PUK."));
        }
        if (card.adminNext < 0 || card.adminNext > card.adminChallenges.size()) {
            problem(Sentence("CardStore", "field \"adminNext\" is beyond the stock of "
                                          "challenges."));
        }
    } else if (card.state != CardState::Ready) {
        problem(Sentence("CardStore", "field \"state\" must be \"ready\" for a card "
                                      "without a guard."));
    }

    if (card.pukSealedSecret)
        checkBlob(*card.pukSealedSecret, QStringLiteral("pukSealedSecret"));
    checkTries(card.pukMaxTries, card.pukTriesLeft, "pukMaxTries", "pukTriesLeft");

    checkTries(card.adminMaxTries, card.adminTriesLeft, "adminMaxTries", "adminTriesLeft");
    // A RANDOM admin key was never known, so no response could have been precomputed:
    // challenges on such a card did not come from tpmvsc.
    if (card.adminKeyMode == AdminKeyMode::Random && !card.adminChallenges.isEmpty()) {
        problem(Sentence("CardStore", "field \"adminChallenges\" must be empty when "
                                      "\"adminKeyMode\" is \"random\"."));
    }
    QSet<QByteArray> challenges;
    for (qsizetype i = 0; i < card.adminChallenges.size(); ++i) {
        const AdminChallenge& entry = card.adminChallenges[i];
        const QString path = indexPath(QStringLiteral("adminChallenges"), i);
        checkSize(entry.challenge, kChallengeSize, fieldPath(path, QLatin1String("challenge")));
        checkBlob(entry.sealedSecret, fieldPath(path, QLatin1String("sealedSecret")));
        if (challenges.contains(entry.challenge)) {
            problem(Sentence("CardStore", "field \"%1\" repeats an earlier challenge.")
                        .arg(fieldPath(path, QLatin1String("challenge"))));
        }
        challenges.insert(entry.challenge);
    }

    if (card.keys.size() > CardRecord::kMaxKeys) {
        problem(Sentence("CardStore", "field \"keys\" holds %1 keys; a card holds at most "
                                      "%2.")
                    .arg(card.keys.size())
                    .arg(CardRecord::kMaxKeys));
    }
    QSet<QByteArray> ids;
    for (qsizetype i = 0; i < card.keys.size(); ++i) {
        const KeyRecord& key = card.keys[i];
        const QString path = indexPath(QStringLiteral("keys"), i);
        checkSizeRange(key.id, 1, kMaxKeyIdSize, fieldPath(path, QLatin1String("id")));
        if (ids.contains(key.id)) {
            problem(Sentence("CardStore", "field \"%1\" repeats the id of an earlier key.")
                        .arg(fieldPath(path, QLatin1String("id"))));
        }
        ids.insert(key.id);
        checkText(key.label, fieldPath(path, QLatin1String("label")), true);
        checkBlob(key.blob, fieldPath(path, QLatin1String("blob")));
        checkDate(key.created, fieldPath(path, QLatin1String("created")));
        checkCertificates(key, path);
    }
    if (card.aik) {
        checkBlob(card.aik->blob, QStringLiteral("aik.blob"));
        checkDate(card.aik->created, QStringLiteral("aik.created"));
        checkDerList(card.aik->certificates, QStringLiteral("aik.certificates"),
                     kMaxAikCertificates);
        checkText(card.aik->authority, QStringLiteral("aik.authority"), true);
        if (card.aik->certificates.isEmpty() != card.aik->authority.isEmpty()) {
            problem(Sentence("CardStore", "field \"aik.authority\" must name the CA exactly "
                                          "when the attestation key has certificates."));
        }
    }
}

// The top-level members that versions after the first added.
QList<QLatin1String> laterFields(int version)
{
    QList<QLatin1String> fields;
    if (version >= 3)
        fields << QLatin1String("state") << QLatin1String("guard") << QLatin1String("adminNext")
               << QLatin1String("pinGeneration");
    if (version >= 4)
        fields << QLatin1String("aik");
    return fields;
}

// A list of DER certificates as hex strings, its length checked before decoding (no
// point in decoding a thousand certificates of a forged file).
QList<QByteArray> derListField(const QJsonObject& object, const QString& path, QLatin1String name,
                               qsizetype max)
{
    const QString listPath = fieldPath(path, name);
    const QJsonArray list = arrayField(object, path, name);
    refuseLongDerList(list.size(), listPath, max);
    QList<QByteArray> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString entryPath = indexPath(listPath, i);
        if (!list[i].isString()) {
            problem(Sentence("CardStore", "field \"%1\" must be a string.").arg(entryPath));
        }
        out.append(hexValue(list[i].toString(), entryPath));
    }
    return out;
}

QJsonArray derListJson(const QList<QByteArray>& list)
{
    QJsonArray out;
    for (const QByteArray& der : list)
        out.append(hexString(der));
    return out;
}

CardRecord decodeCard(const QJsonObject& root, int version)
{
    const QString top;
    refuseUnknownFields(root, top,
                        {QLatin1String("format"),          QLatin1String("version"),
                         QLatin1String("instance"),        QLatin1String("name"),
                         QLatin1String("cardId"),          QLatin1String("created"),
                         QLatin1String("primaryName"),     QLatin1String("pinPolicy"),
                         QLatin1String("pinMaxTries"),     QLatin1String("pinTriesLeft"),
                         QLatin1String("pinSealedSecret"), QLatin1String("pukSealedSecret"),
                         QLatin1String("pukMaxTries"),     QLatin1String("pukTriesLeft"),
                         QLatin1String("adminKeyMode"),    QLatin1String("adminMaxTries"),
                         QLatin1String("adminTriesLeft"),  QLatin1String("adminChallenges"),
                         QLatin1String("fileSystem"),      QLatin1String("keys")},
                        laterFields(version));

    CardRecord card;
    card.instance = intField(root, top, QLatin1String("instance"), 0, kMaxInstance);
    card.name = stringField(root, top, QLatin1String("name"));
    card.cardId = hexField(root, top, QLatin1String("cardId"));
    card.created = dateField(root, top, QLatin1String("created"));
    card.primaryName = hexField(root, top, QLatin1String("primaryName"));

    const QString policyPath = QStringLiteral("pinPolicy");
    const QJsonObject policy = objectField(root, top, QLatin1String("pinPolicy"));
    refuseUnknownFields(policy, policyPath,
                        {QLatin1String("minLen"), QLatin1String("maxLen"),
                         QLatin1String("uppercase"), QLatin1String("lowercase"),
                         QLatin1String("digits"), QLatin1String("specialChars")});
    // Wide bounds here; PinPolicy::validate() (in checkRecord) says what is coherent.
    card.pinPolicy.minLen = intField(policy, policyPath, QLatin1String("minLen"), 0, 1000);
    card.pinPolicy.maxLen = intField(policy, policyPath, QLatin1String("maxLen"), 0, 1000);
    card.pinPolicy.uppercase =
        enumField(policy, policyPath, QLatin1String("uppercase"), kCharRuleNames);
    card.pinPolicy.lowercase =
        enumField(policy, policyPath, QLatin1String("lowercase"), kCharRuleNames);
    card.pinPolicy.digits = enumField(policy, policyPath, QLatin1String("digits"), kCharRuleNames);
    card.pinPolicy.specialChars =
        enumField(policy, policyPath, QLatin1String("specialChars"), kCharRuleNames);

    card.pinMaxTries = intField(root, top, QLatin1String("pinMaxTries"), 1, kMaxTriesLimit);
    card.pinTriesLeft = intField(root, top, QLatin1String("pinTriesLeft"), 0, kMaxTriesLimit);
    if (version >= 3) {
        card.state = enumField(root, top, QLatin1String("state"), kCardStateNames);
        if (!member(root, top, QLatin1String("guard")).isNull())
            card.guard = guardField(root, top, QLatin1String("guard"));
        card.adminNext = intField(root, top, QLatin1String("adminNext"), 0, 1000);
        card.pinGeneration =
            intField(root, top, QLatin1String("pinGeneration"), 0, std::numeric_limits<int>::max());
    }
    // Null only for a card whose guard holds the PIN (checkRecord says so otherwise).
    if (!(version >= 3 && member(root, top, QLatin1String("pinSealedSecret")).isNull()))
        card.pinSealedSecret = blobField(root, top, QLatin1String("pinSealedSecret"));

    // Required even without a PUK (as null), so a lost member is never read as "no PUK".
    if (member(root, top, QLatin1String("pukSealedSecret")).isNull())
        card.pukSealedSecret.reset();
    else
        card.pukSealedSecret = blobField(root, top, QLatin1String("pukSealedSecret"));
    card.pukMaxTries = intField(root, top, QLatin1String("pukMaxTries"), 1, kMaxTriesLimit);
    card.pukTriesLeft = intField(root, top, QLatin1String("pukTriesLeft"), 0, kMaxTriesLimit);

    card.adminKeyMode = enumField(root, top, QLatin1String("adminKeyMode"), kAdminKeyModeNames);
    card.adminMaxTries = intField(root, top, QLatin1String("adminMaxTries"), 1, kMaxTriesLimit);
    card.adminTriesLeft = intField(root, top, QLatin1String("adminTriesLeft"), 0, kMaxTriesLimit);
    const QJsonArray challenges = arrayField(root, top, QLatin1String("adminChallenges"));
    for (qsizetype i = 0; i < challenges.size(); ++i) {
        const QString path = indexPath(QStringLiteral("adminChallenges"), i);
        if (!challenges[i].isObject()) {
            problem(Sentence("CardStore", "field \"%1\" must be an object.").arg(path));
        }
        const QJsonObject entry = challenges[i].toObject();
        refuseUnknownFields(entry, path,
                            {QLatin1String("challenge"), QLatin1String("sealedSecret")});
        card.adminChallenges.append(
            AdminChallenge{hexField(entry, path, QLatin1String("challenge")),
                           blobField(entry, path, QLatin1String("sealedSecret"))});
    }

    card.fileSystem = boolField(root, top, QLatin1String("fileSystem"));
    // Required from version 4 on, null when there is none.
    if (version >= 4 && !member(root, top, QLatin1String("aik")).isNull()) {
        const QString path = QStringLiteral("aik");
        const QJsonObject aik = objectField(root, top, QLatin1String("aik"));
        QList<QLatin1String> certified;
        if (version >= 5)
            certified << QLatin1String("certificates") << QLatin1String("authority");
        refuseUnknownFields(aik, path, {QLatin1String("blob"), QLatin1String("created")},
                            certified);
        card.aik = AttestationKeyRecord{blobField(aik, path, QLatin1String("blob")),
                                        dateField(aik, path, QLatin1String("created")),
                                        {},
                                        {}};
        if (version >= 5) {
            card.aik->certificates =
                derListField(aik, path, QLatin1String("certificates"), kMaxAikCertificates);
            card.aik->authority = stringField(aik, path, QLatin1String("authority"));
        }
    }

    const QJsonArray keys = arrayField(root, top, QLatin1String("keys"));
    // Checked before decoding: no point in decoding a thousand keys of a forged file.
    if (keys.size() > CardRecord::kMaxKeys) {
        problem(Sentence("CardStore", "field \"keys\" holds %1 keys; a card holds at most "
                                      "%2.")
                    .arg(keys.size())
                    .arg(CardRecord::kMaxKeys));
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString path = indexPath(QStringLiteral("keys"), i);
        if (!keys[i].isObject()) {
            problem(Sentence("CardStore", "field \"%1\" must be an object.").arg(path));
        }
        const QJsonObject entry = keys[i].toObject();
        if (version >= 2) {
            refuseUnknownFields(entry, path,
                                {QLatin1String("id"), QLatin1String("label"),
                                 QLatin1String("algorithm"), QLatin1String("blob"),
                                 QLatin1String("created"), QLatin1String("certificate"),
                                 QLatin1String("chain")});
        } else {
            refuseUnknownFields(entry, path,
                                {QLatin1String("id"), QLatin1String("label"),
                                 QLatin1String("algorithm"), QLatin1String("blob"),
                                 QLatin1String("created"), QLatin1String("certificate")});
        }
        KeyRecord key;
        key.id = hexField(entry, path, QLatin1String("id"));
        key.label = stringField(entry, path, QLatin1String("label"));
        key.algorithm = enumField(entry, path, QLatin1String("algorithm"), kKeyAlgorithmNames);
        key.blob = blobField(entry, path, QLatin1String("blob"));
        key.created = dateField(entry, path, QLatin1String("created"));
        key.certificate = hexField(entry, path, QLatin1String("certificate"));
        if (version >= 2) {
            key.chain = derListField(entry, path, QLatin1String("chain"), kMaxChainLength);
        }
        card.keys.append(key);
    }

    checkRecord(card);
    return card;
}

QJsonObject encodeCard(const CardRecord& card)
{
    QJsonObject policy{
        {QLatin1String("minLen"), card.pinPolicy.minLen},
        {QLatin1String("maxLen"), card.pinPolicy.maxLen},
        {QLatin1String("uppercase"), enumName(card.pinPolicy.uppercase, kCharRuleNames)},
        {QLatin1String("lowercase"), enumName(card.pinPolicy.lowercase, kCharRuleNames)},
        {QLatin1String("digits"), enumName(card.pinPolicy.digits, kCharRuleNames)},
        {QLatin1String("specialChars"), enumName(card.pinPolicy.specialChars, kCharRuleNames)},
    };
    QJsonArray challenges;
    for (const AdminChallenge& entry : card.adminChallenges) {
        challenges.append(
            QJsonObject{{QLatin1String("challenge"), hexString(entry.challenge)},
                        {QLatin1String("sealedSecret"), blobJson(entry.sealedSecret)}});
    }
    QJsonArray keys;
    for (const KeyRecord& key : card.keys) {
        const QJsonArray chain = derListJson(key.chain);
        keys.append(QJsonObject{
            {QLatin1String("id"), hexString(key.id)},
            {QLatin1String("label"), key.label},
            {QLatin1String("algorithm"), enumName(key.algorithm, kKeyAlgorithmNames)},
            {QLatin1String("blob"), blobJson(key.blob)},
            {QLatin1String("created"), formatDate(key.created)},
            {QLatin1String("certificate"), hexString(key.certificate)},
            {QLatin1String("chain"), chain},
        });
    }
    return QJsonObject{
        {QLatin1String("format"), kCardFormat},
        {QLatin1String("version"), CardRecord::kFormatVersion},
        {QLatin1String("instance"), card.instance},
        {QLatin1String("name"), card.name},
        {QLatin1String("cardId"), hexString(card.cardId)},
        {QLatin1String("created"), formatDate(card.created)},
        {QLatin1String("primaryName"), hexString(card.primaryName)},
        {QLatin1String("pinPolicy"), policy},
        {QLatin1String("pinMaxTries"), card.pinMaxTries},
        {QLatin1String("pinTriesLeft"), card.pinTriesLeft},
        {QLatin1String("pinSealedSecret"), card.pinSealedSecret.isEmpty()
                                               ? QJsonValue()
                                               : QJsonValue(blobJson(card.pinSealedSecret))},
        {QLatin1String("state"), enumName(card.state, kCardStateNames)},
        {QLatin1String("guard"), guardJson(card.guard)},
        {QLatin1String("adminNext"), card.adminNext},
        {QLatin1String("pinGeneration"), card.pinGeneration},
        {QLatin1String("pukSealedSecret"),
         card.pukSealedSecret ? QJsonValue(blobJson(*card.pukSealedSecret)) : QJsonValue()},
        {QLatin1String("pukMaxTries"), card.pukMaxTries},
        {QLatin1String("pukTriesLeft"), card.pukTriesLeft},
        {QLatin1String("adminKeyMode"), enumName(card.adminKeyMode, kAdminKeyModeNames)},
        {QLatin1String("adminMaxTries"), card.adminMaxTries},
        {QLatin1String("adminTriesLeft"), card.adminTriesLeft},
        {QLatin1String("adminChallenges"), challenges},
        {QLatin1String("fileSystem"), card.fileSystem},
        {QLatin1String("keys"), keys},
        {QLatin1String("aik"),
         card.aik ? QJsonValue(QJsonObject{
                        {QLatin1String("blob"), blobJson(card.aik->blob)},
                        {QLatin1String("created"), formatDate(card.aik->created)},
                        {QLatin1String("certificates"), derListJson(card.aik->certificates)},
                        {QLatin1String("authority"), card.aik->authority}})
                  : QJsonValue()},
    };
}

// Parses the envelope shared by card files and store.json: JSON object, format tag,
// version (oldest..newest readable; the version read goes to *versionOut). Throws Problem.
QJsonObject parseEnvelope(const QByteArray& bytes, QLatin1String format, int oldest, int newest,
                          int* versionOut)
{
    if (bytes.isEmpty())
        problem(Sentence("CardStore", "the file is empty."));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problem(Sentence("CardStore", "the file is not valid JSON (%1 at byte %2 of %3); "
                                      "it is truncated or damaged.")
                    .arg(error.errorString())
                    .arg(error.offset)
                    .arg(bytes.size()));
    }
    if (!document.isObject()) {
        problem(Sentence("CardStore", "the file does not hold a JSON object."));
    }
    const QJsonObject root = document.object();
    const QJsonValue tag = root.value(QLatin1String("format"));
    if (!tag.isString() || tag.toString() != format) {
        problem(Sentence("CardStore", "field \"format\" is not \"%1\"; this is not a "
                                      "tpmvsc file of that kind.")
                    .arg(format));
    }
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    const double number = versionValue.toDouble();
    if (!versionValue.isDouble() || number != std::floor(number)) {
        problem(Sentence("CardStore", "field \"version\" is missing or not a whole "
                                      "number."));
    }
    const QString readable = oldest == newest ? QString::number(newest)
                                              : QStringLiteral("%1 to %2").arg(oldest).arg(newest);
    if (number > newest) {
        problem(Sentence("CardStore", "field \"version\" is %1: the file was written by a "
                                      "newer tpmvsc (this one reads version %2). Update "
                                      "tpmvsc to use it.")
                    .arg(number, 0, 'g', 17)
                    .arg(readable));
    }
    if (number < oldest) {
        problem(Sentence("CardStore", "field \"version\" is %1, an unsupported format "
                                      "version (this tpmvsc reads version %2).")
                    .arg(number, 0, 'g', 17)
                    .arg(readable));
    }
    if (versionOut)
        *versionOut = static_cast<int>(number);
    return root;
}

[[noreturn]] void throwCorrupt(const QString& where, const Problem& p)
{
    throw Error(ErrorCode::StoreCorrupt, Sentence("CardStore", "%1: %2").arg(where).arg(p.what),
                ErrorFacts().withFile(where));
}

} // namespace

QByteArray encodeCardFile(const CardRecord& card)
{
    try {
        checkRecord(card);
    } catch (const Problem& p) {
        // Refuse to write what load() would refuse to read: the card would be lost.
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardStore", "Cannot save card %1: %2").arg(card.instance).arg(p.what));
    }
    QByteArray bytes = QJsonDocument(encodeCard(card)).toJson(QJsonDocument::Indented);
    if (bytes.size() > kMaxFileSize) {
        // The reader refuses files above the cap: writing one would lose the card.
        throw Error(ErrorCode::Capacity,
                    Sentence("CardStore", "Cannot save card %1: with its certificates the "
                                          "card file would be %2 bytes, more than the %3 "
                                          "bytes a card can hold. Delete certificates or "
                                          "keys first.")
                        .arg(card.instance)
                        .arg(bytes.size())
                        .arg(kMaxFileSize));
    }
    return bytes;
}

CardRecord decodeCardFile(const QByteArray& bytes, const QString& where)
{
    if (bytes.size() > kMaxFileSize) {
        throw Error(ErrorCode::StoreCorrupt,
                    Sentence("CardStore", "%1: the file is %2 bytes, more than the %3 bytes "
                                          "a tpmvsc file can hold; it is damaged.")
                        .arg(where)
                        .arg(bytes.size())
                        .arg(kMaxFileSize));
    }
    try {
        int version = 0;
        const QJsonObject root = parseEnvelope(bytes, kCardFormat, CardRecord::kOldestFormatVersion,
                                               CardRecord::kFormatVersion, &version);
        return decodeCard(root, version);
    } catch (const Problem& p) {
        throwCorrupt(where, p);
    }
}

QByteArray encodeStoreFile(int nextInstance)
{
    const QJsonObject store{{QLatin1String("format"), kStoreFormat},
                            {QLatin1String("version"), kStoreFormatVersion},
                            {QLatin1String("nextInstance"), nextInstance}};
    return QJsonDocument(store).toJson(QJsonDocument::Indented);
}

int decodeStoreFile(const QByteArray& bytes, const QString& where)
{
    try {
        const QJsonObject root =
            parseEnvelope(bytes, kStoreFormat, kStoreFormatVersion, kStoreFormatVersion, nullptr);
        refuseUnknownFields(
            root, QString(),
            {QLatin1String("format"), QLatin1String("version"), QLatin1String("nextInstance")});
        return intField(root, QString(), QLatin1String("nextInstance"), 0, kMaxInstance + 1);
    } catch (const Problem& p) {
        throwCorrupt(where, p);
    }
}

} // namespace tpmvsc

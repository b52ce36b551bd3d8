// The card store: format (strict parsing, exact round trip), instance numbering, file
// modes and the refusals of security property 7, atomic writes (property 5) and the
// per-card locks. Runs as root in CI: root ignores permission bits on open(), so modes
// are checked through stat() and through the store's own refusals, never through EACCES.

#include "core/store/AtomicFile.h"
#include "core/store/CardStore.h"
#include "core/store/InstanceId.h"
#include "core/util/Error.h"
#include "tests/support/SkipOrFail.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tpmvsc;

namespace {

std::optional<Error> caught(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

QByteArray describe(const std::optional<Error>& e)
{
    if (!e)
        return QByteArrayLiteral("no error was thrown");
    return QByteArray(errorCodeName(e->code())) + ": " + e->message().toUtf8();
}

// Declares `var` holding the Error that `expr` must throw, with code `expected`.
#define EXPECT_ERROR(var, expected, expr)                                                          \
    const std::optional<Error> var = caught([&] { expr; });                                        \
    QVERIFY2(var && var->code() == (expected), describe(var).constData())

QByteArray pattern(int size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((seed * 131 + i * 7) & 0xff);
    return bytes;
}

// Bytes shaped like one DER certificate (a SEQUENCE whose length spans them exactly):
// what the store checks. Real X.509 is CardService's business, not the store's.
QByteArray fakeCertificate(int size, int seed)
{
    QByteArray der = pattern(size, seed);
    der[0] = 0x30;
    der[1] = static_cast<char>(0x82);
    der[2] = static_cast<char>(((size - 4) >> 8) & 0xff);
    der[3] = static_cast<char>((size - 4) & 0xff);
    return der;
}

TpmBlob blob(int seed)
{
    return TpmBlob{pattern(58, seed), pattern(126, seed + 1)};
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

KeyRecord key(int seed, KeyAlgorithm alg, bool withCertificate)
{
    KeyRecord k;
    k.id = pattern(20, seed);
    k.label = QStringLiteral("Key %1").arg(seed);
    k.algorithm = alg;
    k.blob = blob(seed + 100);
    k.created = utc(2024, 6, 1, 8, 0, seed % 60, seed);
    if (withCertificate) {
        k.certificate = fakeCertificate(900, seed + 200);
        for (int i = 0; i < seed % 3; ++i)
            k.chain.append(fakeCertificate(700 + i, seed + 300 + i));
    }
    return k;
}

CardRecord fullRecord(bool withPuk = true)
{
    CardRecord c;
    c.instance = 0;
    c.name = QStringLiteral("Alice's card \u00e9\u4e2d");
    c.cardId = pattern(16, 1);
    c.created = utc(2024, 5, 17, 9, 30, 15, 123);
    c.primaryName = pattern(34, 2);
    c.pinPolicy.minLen = 6;
    c.pinPolicy.maxLen = 20;
    c.pinPolicy.uppercase = CharRule::Required;
    c.pinPolicy.digits = CharRule::Required;
    c.pinPolicy.specialChars = CharRule::Disallowed;
    c.pinMaxTries = 5;
    c.pinTriesLeft = 3;
    c.pinSealedSecret = blob(3);
    if (withPuk)
        c.pukSealedSecret = blob(4);
    c.pukMaxTries = 7;
    c.pukTriesLeft = 6;
    c.adminKeyMode = AdminKeyMode::Prompt;
    c.adminMaxTries = 5;
    c.adminTriesLeft = 4;
    for (int i = 0; i < 10; ++i)
        c.adminChallenges.append(AdminChallenge{pattern(8, 10 + i), blob(20 + i)});
    c.fileSystem = true;
    c.keys = {key(1, KeyAlgorithm::Rsa2048, true), key(2, KeyAlgorithm::EccP256, false),
              key(3, KeyAlgorithm::EccP384, true), key(4, KeyAlgorithm::Rsa3072, false)};
    return c;
}

void writeFile(const QString& path, const QByteArray& bytes, mode_t mode = 0600)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// Sets (or unsets, for a null value) an environment variable for one scope.
class EnvGuard
{
public:
    EnvGuard(const char* name, const QByteArray& value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

// Applies `value` at a path such as "keys.0.blob.private" inside a JSON value; a null
// optional removes the member.
QJsonValue withValue(const QJsonValue& node, QStringList path,
                     const std::optional<QJsonValue>& value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty()) {
            if (value)
                array[index] = *value;
            else
                array.removeAt(index);
        } else {
            array[index] = withValue(array[index], path, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value)
            object[head] = *value;
        else
            object.remove(head);
    } else {
        object[head] = withValue(object[head], path, value);
    }
    return object;
}

QByteArray mutate(const QByteArray& json, const QString& path, const std::optional<QJsonValue>& v)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(withValue(root, path.split(QLatin1Char('.')), v).toObject()).toJson();
}

bool waitForByte(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) != 1)
        return false;
    char c = 0;
    return ::read(fd, &c, 1) == 1;
}

// A child process that takes the card lock, reports it through `notify`, holds it for
// holdMs (forever when negative) and then releases it by destroying the StoreLock (not
// by dying), staying alive afterwards until killed: however late the parent looks, the
// holder is still there.
pid_t forkLockHolder(const CardStore& store, int instance, int holdMs, int notify)
{
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    try {
        {
            const StoreLock lock = store.lockCard(instance, 30000);
            if (::write(notify, "L", 1) != 1)
                ::_exit(3);
            if (holdMs < 0) {
                for (;;)
                    ::pause();
            }
            ::usleep(static_cast<useconds_t>(holdMs) * 1000);
        }
        for (;;)
            ::pause();
    } catch (...) {
        ::_exit(2);
    }
}

void reap(pid_t pid)
{
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
}

} // namespace

class TestCardStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString tmpPath() const { return m_tmp->path(); }
    QString storeRoot() const { return m_tmp->path() + QLatin1String("/store"); }

private Q_SLOTS:
    void init()
    {
        // A fresh folder per test: each starts from a store that does not exist yet.
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void keyAlgorithmNames()
    {
        QCOMPARE(keyAlgorithmName(KeyAlgorithm::Rsa2048), QStringLiteral("rsa2048"));
        QCOMPARE(keyAlgorithmName(KeyAlgorithm::Rsa3072), QStringLiteral("rsa3072"));
        QCOMPARE(keyAlgorithmName(KeyAlgorithm::EccP256), QStringLiteral("p256"));
        QCOMPARE(keyAlgorithmName(KeyAlgorithm::EccP384), QStringLiteral("p384"));
        const std::pair<const char*, KeyAlgorithm> accepted[] = {
            {"rsa2048", KeyAlgorithm::Rsa2048},   {"RSA3072", KeyAlgorithm::Rsa3072},
            {"p256", KeyAlgorithm::EccP256},      {"P384", KeyAlgorithm::EccP384},
            {"ecc256", KeyAlgorithm::EccP256},    {"ECC384", KeyAlgorithm::EccP384},
            {"secp256r1", KeyAlgorithm::EccP256}, {"SecP384R1", KeyAlgorithm::EccP384},
            {"nistp256", KeyAlgorithm::EccP256},  {"nistp384", KeyAlgorithm::EccP384},
        };
        for (const auto& [text, alg] : accepted) {
            KeyAlgorithm out = KeyAlgorithm::Rsa2048;
            QVERIFY2(parseKeyAlgorithm(QLatin1String(text), &out), text);
            QCOMPARE(out, alg);
        }
        for (const char* text : {"", "rsa", "rsa1024", "p521", " p256", "ecc", "ed25519"}) {
            KeyAlgorithm out = KeyAlgorithm::Rsa3072;
            QVERIFY2(!parseKeyAlgorithm(QLatin1String(text), &out), text);
            QCOMPARE(out, KeyAlgorithm::Rsa3072); // untouched on failure
        }
        QCOMPARE(adminKeyModeName(AdminKeyMode::Default), QStringLiteral("DEFAULT"));
        QCOMPARE(adminKeyModeName(AdminKeyMode::Prompt), QStringLiteral("PROMPT"));
        QCOMPARE(adminKeyModeName(AdminKeyMode::Random), QStringLiteral("RANDOM"));
    }

    void defaultRoot()
    {
        {
            const EnvGuard a("TPMVSC_HOME", "/srv/cards");
            const EnvGuard b("XDG_DATA_HOME", "/xdg");
            QCOMPARE(CardStore::defaultRoot(), QStringLiteral("/srv/cards"));
            QCOMPARE(CardStore().root(), QStringLiteral("/srv/cards"));
        }
        {
            const EnvGuard a("TPMVSC_HOME", QByteArray());
            const EnvGuard b("XDG_DATA_HOME", "/xdg");
            QCOMPARE(CardStore::defaultRoot(), QStringLiteral("/xdg/tpmvsc"));
        }
        {
            const EnvGuard a("TPMVSC_HOME", QByteArray());
            const EnvGuard b("XDG_DATA_HOME", "relative/ignored");
            const EnvGuard c("HOME", "/home/someone");
            QCOMPARE(CardStore::defaultRoot(), QStringLiteral("/home/someone/.local/share/tpmvsc"));
        }
        {
            const EnvGuard a("TPMVSC_HOME", "");
            const EnvGuard b("XDG_DATA_HOME", QByteArray());
            const EnvGuard c("HOME", "/home/other");
            QCOMPARE(CardStore::defaultRoot(), QStringLiteral("/home/other/.local/share/tpmvsc"));
        }
        // Nothing is created by merely constructing a store.
        const CardStore store(storeRoot());
        QVERIFY(!QFileInfo::exists(storeRoot()));
        QCOMPARE(store.instances(), QList<int>());
        QVERIFY(!store.exists(0));
        QVERIFY(!QFileInfo::exists(storeRoot()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("withPuk");
        QTest::addColumn<bool>("randomAdmin");
        QTest::newRow("with PUK") << true << false;
        QTest::newRow("without PUK") << false << false;
        QTest::newRow("random admin key, no keys") << false << true;
    }

    void roundTrip()
    {
        QFETCH(bool, withPuk);
        QFETCH(bool, randomAdmin);
        CardRecord card = fullRecord(withPuk);
        if (randomAdmin) {
            card.adminKeyMode = AdminKeyMode::Random;
            card.adminChallenges.clear();
            card.keys.clear();
            card.fileSystem = false;
        }
        const QByteArray bytes = CardStore::serialize(card);
        const CardRecord parsed = CardStore::parse(bytes, QStringLiteral("test.card"));
        QVERIFY(parsed == card);
        QCOMPARE(parsed.pukSealedSecret.has_value(), withPuk);
        QCOMPARE(parsed.created.timeSpec(), Qt::UTC);
        QCOMPARE(CardStore::serialize(parsed), bytes);

        // The encoding promised in CardStore.cpp: lowercase hex, UTC dates, lowercase enums.
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("tpmvsc-card"));
        QCOMPARE(json.value(QLatin1String("version")).toInt(), CardRecord::kFormatVersion);
        QCOMPARE(json.value(QLatin1String("cardId")).toString(),
                 QString::fromLatin1(card.cardId.toHex()));
        QCOMPARE(json.value(QLatin1String("created")).toString(),
                 QStringLiteral("2024-05-17T09:30:15.123Z"));
        QCOMPARE(json.value(QLatin1String("pukSealedSecret")).isNull(), !withPuk);
        QCOMPARE(json.value(QLatin1String("adminKeyMode")).toString(),
                 randomAdmin ? QStringLiteral("random") : QStringLiteral("prompt"));
        QCOMPARE(json.value(QLatin1String("pinPolicy")).toObject().value(QLatin1String("digits")),
                 QJsonValue(QStringLiteral("required")));

        // And through the store's files.
        CardStore store(storeRoot());
        CardRecord created = card;
        created.instance = -1;
        QCOMPARE(store.create(created), 0);
        QCOMPARE(created.instance, 0);
        QVERIFY(store.load(0) == card);
        QCOMPARE(readFile(store.cardPath(0)), bytes);
    }

    void roundTripKeepsLocalTimesEqual()
    {
        CardRecord card = fullRecord();
        card.created = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), QTimeZone(3600));
        const CardRecord parsed = CardStore::parse(CardStore::serialize(card), QString());
        QCOMPARE(parsed.created, card.created); // same instant
        QCOMPARE(parsed.created.timeSpec(), Qt::UTC);
    }

    void serializeRefusesWhatParseWouldRefuse()
    {
        CardRecord card = fullRecord();
        card.instance = -1;
        EXPECT_ERROR(e1, ErrorCode::InvalidInput, CardStore::serialize(card));
        QVERIFY2(e1->message().contains(QLatin1String("\"instance\"")), qPrintable(e1->message()));

        card = fullRecord();
        while (card.keys.size() <= CardRecord::kMaxKeys)
            card.keys.append(key(100 + card.keys.size(), KeyAlgorithm::EccP256, false));
        EXPECT_ERROR(e2, ErrorCode::InvalidInput, CardStore::serialize(card));
        QVERIFY2(e2->message().contains(QLatin1String("\"keys\"")), qPrintable(e2->message()));

        card = fullRecord();
        card.keys[0].created = QDateTime();
        EXPECT_ERROR(e3, ErrorCode::InvalidInput, CardStore::serialize(card));
        QVERIFY2(e3->message().contains(QLatin1String("keys[0].created")),
                 qPrintable(e3->message()));

        // create() writes nothing for such a card.
        CardStore store(storeRoot());
        EXPECT_ERROR(e4, ErrorCode::InvalidInput, store.create(card));
        QCOMPARE(store.instances(), QList<int>());
        QVERIFY(!QFileInfo::exists(storeRoot() + QLatin1String("/store.json")));
    }

    // A version 4 file (tpmvsc before attestation CAs) is a version 5 file whose aik has
    // no certificates and no authority.
    static QByteArray asVersion4(const QByteArray& v5)
    {
        QJsonObject root = QJsonDocument::fromJson(v5).object();
        root[QLatin1String("version")] = 4;
        if (root.value(QLatin1String("aik")).isObject()) {
            QJsonObject aik = root.value(QLatin1String("aik")).toObject();
            aik.remove(QLatin1String("certificates"));
            aik.remove(QLatin1String("authority"));
            root[QLatin1String("aik")] = aik;
        }
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    // A version 3 file (tpmvsc before attestation keys) is a version 4 file without aik.
    static QByteArray asVersion3(const QByteArray& v5)
    {
        QJsonObject root = QJsonDocument::fromJson(asVersion4(v5)).object();
        root[QLatin1String("version")] = 3;
        root.remove(QLatin1String("aik"));
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    // A version 2 file (tpmvsc before TPM-held counters) is a version 3 file of a card
    // without a guard, without state, guard, adminNext and pinGeneration.
    static QByteArray asVersion2(const QByteArray& v4)
    {
        QJsonObject root = QJsonDocument::fromJson(asVersion3(v4)).object();
        root[QLatin1String("version")] = 2;
        for (const char* member : {"state", "guard", "adminNext", "pinGeneration"})
            root.remove(QLatin1String(member));
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    // A version 1 file (tpmvsc before certificate chains) is exactly a version 2 file
    // without keys[].chain and with "version": 1.
    static QByteArray asVersion1(const QByteArray& v3)
    {
        QJsonObject root = QJsonDocument::fromJson(asVersion2(v3)).object();
        root[QLatin1String("version")] = 1;
        QJsonArray keys = root.value(QLatin1String("keys")).toArray();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QJsonObject k = keys[i].toObject();
            k.remove(QLatin1String("chain"));
            keys[i] = k;
        }
        root[QLatin1String("keys")] = keys;
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    // Cards made before TPM-held counters load as they were: ready, without a guard; a
    // version 2 file naming a version 3 member is refused like any unknown member.
    void readsVersion2()
    {
        const CardRecord card = fullRecord();
        const QByteArray v2 = asVersion2(CardStore::serialize(card));
        QVERIFY(v2.contains("\"version\": 2"));
        const CardRecord parsed = CardStore::parse(v2, QStringLiteral("old.card"));
        QVERIFY(parsed == card);
        QVERIFY(!parsed.guard);
        QCOMPARE(parsed.state, CardState::Ready);
        QJsonObject root = QJsonDocument::fromJson(v2).object();
        root[QLatin1String("adminNext")] = 0;
        EXPECT_ERROR(e, ErrorCode::StoreCorrupt,
                     CardStore::parse(QJsonDocument(root).toJson(), QStringLiteral("old.card")));
        QVERIFY2(e->message().contains(QLatin1String("adminNext")), qPrintable(e->message()));
    }

    // Cards made before attestation keys load without one; a version 3 file naming aik is
    // refused like any unknown member.
    void readsVersion3()
    {
        const CardRecord card = fullRecord();
        const QByteArray v3 = asVersion3(CardStore::serialize(card));
        QVERIFY(v3.contains("\"version\": 3"));
        const CardRecord parsed = CardStore::parse(v3, QStringLiteral("old.card"));
        QVERIFY(parsed == card);
        QVERIFY(!parsed.aik);
        QJsonObject root = QJsonDocument::fromJson(v3).object();
        root[QLatin1String("aik")] = QJsonValue();
        EXPECT_ERROR(e, ErrorCode::StoreCorrupt,
                     CardStore::parse(QJsonDocument(root).toJson(), QStringLiteral("old.card")));
        QVERIFY2(e->message().contains(QLatin1String("aik")), qPrintable(e->message()));
    }

    // Attestation keys made before attestation CAs load without certificates; a version 4
    // file naming them is refused like any unknown member.
    void readsVersion4()
    {
        CardRecord card = fullRecord();
        card.aik = AttestationKeyRecord{blob(45), card.created, {}, {}};
        const QByteArray v4 = asVersion4(CardStore::serialize(card));
        QVERIFY(v4.contains("\"version\": 4"));
        const CardRecord parsed = CardStore::parse(v4, QStringLiteral("old.card"));
        QVERIFY(parsed == card);
        QVERIFY(parsed.aik->certificates.isEmpty());
        QJsonObject root = QJsonDocument::fromJson(v4).object();
        QJsonObject aik = root.value(QLatin1String("aik")).toObject();
        aik[QLatin1String("authority")] = QString();
        root[QLatin1String("aik")] = aik;
        EXPECT_ERROR(e, ErrorCode::StoreCorrupt,
                     CardStore::parse(QJsonDocument(root).toJson(), QStringLiteral("old.card")));
        QVERIFY2(e->message().contains(QLatin1String("aik.authority")), qPrintable(e->message()));
    }

    // An AIK an attestation CA certified: its certificate and issuers, and the CA's address,
    // both or neither.
    void certifiedAttestationKeyRoundTrips()
    {
        CardRecord card = fullRecord();
        card.aik = AttestationKeyRecord{blob(45),
                                        card.created,
                                        {fakeCertificate(700, 30), fakeCertificate(500, 31)},
                                        QStringLiteral("https://attest.example.org/")};
        const QByteArray bytes = CardStore::serialize(card);
        QVERIFY(CardStore::parse(bytes, QStringLiteral("aik.card")) == card);
        const QJsonObject aik =
            QJsonDocument::fromJson(bytes).object().value(QLatin1String("aik")).toObject();
        QCOMPARE(aik.value(QLatin1String("certificates")).toArray().size(), 2);
        QCOMPARE(aik.value(QLatin1String("authority")).toString(),
                 QStringLiteral("https://attest.example.org/"));

        CardRecord anonymous = card;
        anonymous.aik->authority.clear();
        EXPECT_ERROR(e1, ErrorCode::InvalidInput, CardStore::serialize(anonymous));
        QVERIFY2(e1->message().contains(QLatin1String("aik.authority")), qPrintable(e1->message()));
        CardRecord uncertified = card;
        uncertified.aik->certificates.clear();
        EXPECT_ERROR(e2, ErrorCode::InvalidInput, CardStore::serialize(uncertified));
        CardRecord tooMany = card;
        for (int i = 0; i < CardRecord::kMaxChainLength; ++i)
            tooMany.aik->certificates.append(fakeCertificate(100, 40 + i));
        EXPECT_ERROR(e3, ErrorCode::InvalidInput, CardStore::serialize(tooMany));
        QVERIFY2(e3->message().contains(QLatin1String("aik.certificates")),
                 qPrintable(e3->message()));
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QJsonObject truncated = aik;
        truncated[QLatin1String("certificates")] = QJsonArray{QStringLiteral("3082")};
        root[QLatin1String("aik")] = truncated;
        EXPECT_ERROR(e4, ErrorCode::StoreCorrupt,
                     CardStore::parse(QJsonDocument(root).toJson(), QStringLiteral("aik.card")));
        QVERIFY2(e4->message().contains(QLatin1String("aik.certificates[0]")),
                 qPrintable(e4->message()));
    }

    // The attestation key: null when there is none (never absent), else its blob and date.
    void attestationKeyRoundTrips()
    {
        CardRecord card = fullRecord();
        const QByteArray without = CardStore::serialize(card);
        QVERIFY(QJsonDocument::fromJson(without).object().value(QLatin1String("aik")).isNull());
        card.aik = AttestationKeyRecord{blob(45), card.created, {}, {}};
        const QByteArray bytes = CardStore::serialize(card);
        QVERIFY(CardStore::parse(bytes, QStringLiteral("aik.card")) == card);
        const QJsonObject aik =
            QJsonDocument::fromJson(bytes).object().value(QLatin1String("aik")).toObject();
        QCOMPARE(aik.value(QLatin1String("created")).toString(),
                 QStringLiteral("2024-05-17T09:30:15.123Z"));
        QVERIFY(aik.value(QLatin1String("blob")).isObject());

        // A missing member is not read as "no attestation key".
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        root.remove(QLatin1String("aik"));
        EXPECT_ERROR(e1, ErrorCode::StoreCorrupt,
                     CardStore::parse(QJsonDocument(root).toJson(), QStringLiteral("aik.card")));
        QVERIFY2(e1->message().contains(QLatin1String("\"aik\"")), qPrintable(e1->message()));
        // Nor an empty blob, nor a member of its own.
        CardRecord bad = card;
        bad.aik->blob.privateArea.clear();
        EXPECT_ERROR(e2, ErrorCode::InvalidInput, CardStore::serialize(bad));
        QVERIFY2(e2->message().contains(QLatin1String("aik.blob")), qPrintable(e2->message()));
        QJsonObject extra = aik;
        extra[QLatin1String("certificate")] = QString();
        root[QLatin1String("aik")] = extra;
        EXPECT_ERROR(e3, ErrorCode::StoreCorrupt,
                     CardStore::parse(QJsonDocument(root).toJson(), QStringLiteral("aik.card")));
        QVERIFY2(e3->message().contains(QLatin1String("aik.certificate")),
                 qPrintable(e3->message()));
    }

    // A card whose guard holds its PIN: no PIN-sealed secret, its indices by handle and
    // Name, the counter base as 8 bytes of hex (counter values use all 64 bits).
    void guardedCardRoundTrips()
    {
        CardRecord card = fullRecord(false);
        card.pinSealedSecret = TpmBlob{};
        CardGuardRecord g;
        g.pinIndex = NvIndexRecord{0x01355600, pattern(34, 40)};
        g.pukIndex = NvIndexRecord{0x01355601, pattern(34, 41)};
        g.adminCounter = NvIndexRecord{0x01355602, pattern(34, 42)};
        g.adminCounterBase = 0xfedcba9876543210ull;
        g.sealedSecret = blob(43);
        g.witness = blob(44);
        card.guard = g;
        card.adminNext = 3;
        card.pinGeneration = 7;
        const QByteArray bytes = CardStore::serialize(card);
        const CardRecord parsed = CardStore::parse(bytes, QStringLiteral("guarded.card"));
        QVERIFY(parsed == card);
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QVERIFY(json.value(QLatin1String("pinSealedSecret")).isNull());
        QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("ready"));
        const QJsonObject guard = json.value(QLatin1String("guard")).toObject();
        QCOMPARE(guard.value(QLatin1String("adminCounterBase")).toString(),
                 QStringLiteral("fedcba9876543210"));
        QCOMPARE(guard.value(QLatin1String("pinIndex")).toObject().value(QLatin1String("handle")),
                 QJsonValue(0x01355600));

        // What a guarded record may not be.
        CardRecord bad = card;
        bad.guard->pinIndex = NvIndexRecord{}; // only while being created
        EXPECT_ERROR(e1, ErrorCode::InvalidInput, CardStore::serialize(bad));
        bad = card;
        bad.adminNext = int(card.adminChallenges.size()) + 1;
        EXPECT_ERROR(e2, ErrorCode::InvalidInput, CardStore::serialize(bad));
        QVERIFY2(e2->message().contains(QLatin1String("adminNext")), qPrintable(e2->message()));
        bad = fullRecord();
        bad.state = CardState::Destroying; // a card without a guard has nothing to destroy
        EXPECT_ERROR(e3, ErrorCode::InvalidInput, CardStore::serialize(bad));
        // Being created, before its PIN index is planned: allowed.
        CardRecord creating = card;
        creating.state = CardState::Creating;
        creating.guard->pinIndex = NvIndexRecord{};
        creating.guard->sealedSecret = TpmBlob{};
        QVERIFY(CardStore::parse(CardStore::serialize(creating), QString()) == creating);
    }

    void readsVersion1()
    {
        CardRecord card = fullRecord();
        for (KeyRecord& k : card.keys)
            k.chain.clear();
        const QByteArray v1 = asVersion1(CardStore::serialize(card));
        QVERIFY(v1.contains("\"version\": 1"));
        QVERIFY(!v1.contains("\"chain\""));
        const CardRecord parsed = CardStore::parse(v1, QStringLiteral("old.card"));
        QVERIFY(parsed == card);
        QVERIFY(!parsed.keys[0].certificate.isEmpty()); // certificates of version 1 are kept
        // Written back in the current version, with every chain present and empty.
        const QByteArray rewritten = CardStore::serialize(parsed);
        const QJsonObject json = QJsonDocument::fromJson(rewritten).object();
        QCOMPARE(json.value(QLatin1String("version")).toInt(), CardRecord::kFormatVersion);
        const QJsonArray keys = json.value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), card.keys.size());
        for (const QJsonValue& k : keys) {
            QVERIFY(k.toObject().value(QLatin1String("chain")).isArray());
            QVERIFY(k.toObject().value(QLatin1String("chain")).toArray().isEmpty());
        }

        // Through the store: a version 1 file on disk loads, and the next save upgrades it.
        CardStore store(storeRoot());
        CardRecord created = card;
        QCOMPARE(store.create(created), 0);
        writeFile(store.cardPath(0), v1);
        QVERIFY(store.load(0) == card);
        store.save(store.load(0));
        QCOMPARE(readFile(store.cardPath(0)), rewritten);

        // Still strict: version 1 knows no chains, and the rest is checked as before.
        const QByteArray v1WithChain = mutate(v1, QStringLiteral("keys.0.chain"), QJsonArray());
        EXPECT_ERROR(e1, ErrorCode::StoreCorrupt,
                     CardStore::parse(v1WithChain, QStringLiteral("f")));
        QVERIFY2(e1->message().contains(QLatin1String("\"keys[0].chain\"")),
                 qPrintable(e1->message()));
        EXPECT_ERROR(e2, ErrorCode::StoreCorrupt,
                     CardStore::parse(mutate(v1, QStringLiteral("keys.1.certificate"),
                                             QJsonValue(QStringLiteral("3082"))),
                                      QStringLiteral("f")));
        QVERIFY2(e2->message().contains(QLatin1String("\"keys[1].certificate\"")),
                 qPrintable(e2->message()));
        EXPECT_ERROR(e3, ErrorCode::StoreCorrupt,
                     CardStore::parse(mutate(v1, QStringLiteral("keys.0.label"), std::nullopt),
                                      QStringLiteral("f")));
        QVERIFY2(e3->message().contains(QLatin1String("\"keys[0].label\"")),
                 qPrintable(e3->message()));
    }

    void chainRoundTrip()
    {
        CardRecord card = fullRecord();
        card.keys[0].chain.clear();
        for (int i = 0; i < CardRecord::kMaxChainLength; ++i)
            card.keys[0].chain.append(fakeCertificate(64 + i * 50, 40 + i));
        card.keys[1].certificate = fakeCertificate(0x7f, 5); // short length form
        card.keys[1].certificate[1] = 0x7d;
        card.keys[2].certificate = fakeCertificate(CardRecord::kMaxCertificateSize, 6);
        const QByteArray bytes = CardStore::serialize(card);
        const CardRecord parsed = CardStore::parse(bytes, QString());
        QVERIFY(parsed == card);
        QCOMPARE(parsed.keys[0].chain.size(), CardRecord::kMaxChainLength);
        QCOMPARE(CardStore::serialize(parsed), bytes);
        const QJsonArray chain = QJsonDocument::fromJson(bytes)
                                     .object()
                                     .value(QLatin1String("keys"))
                                     .toArray()[0]
                                     .toObject()
                                     .value(QLatin1String("chain"))
                                     .toArray();
        QCOMPARE(chain.size(), CardRecord::kMaxChainLength);
        QCOMPARE(chain[3].toString(), QString::fromLatin1(card.keys[0].chain[3].toHex()));

        // Order is kept: the chain is leaf's issuer first.
        std::reverse(card.keys[0].chain.begin(), card.keys[0].chain.end());
        QVERIFY(CardStore::parse(CardStore::serialize(card), QString()) == card);
        QVERIFY(!(CardStore::parse(CardStore::serialize(card), QString()) == parsed));
    }

    void malformedCertificatesAndChains()
    {
        const QByteArray good = CardStore::serialize(fullRecord());
        QVERIFY(!fullRecord().keys[0].chain.isEmpty());
        const auto set = [&](const char* path, const QJsonValue& value) {
            return mutate(good, QLatin1String(path), value);
        };
        const auto hexOf = [](const QByteArray& bytes) {
            return QJsonValue(QString::fromLatin1(bytes.toHex()));
        };
        const QByteArray cert = fakeCertificate(300, 1);
        QJsonArray tooLong;
        for (int i = 0; i <= CardRecord::kMaxChainLength; ++i)
            tooLong.append(hexOf(fakeCertificate(80, i)));
        QByteArray wrongTag = cert;
        wrongTag[0] = 0x31;
        QByteArray indefinite = cert;
        indefinite[1] = static_cast<char>(0x80);
        struct Case {
            const char* name;
            QByteArray bytes;
            const char* mention;
        };
        const Case cases[] = {
            {"chain missing", mutate(good, QStringLiteral("keys.0.chain"), std::nullopt),
             "\"keys[0].chain\""},
            {"chain not a list", set("keys.0.chain", QStringLiteral("3082")), "\"keys[0].chain\""},
            {"chain entry not a string", set("keys.0.chain.0", 12), "\"keys[0].chain[0]\""},
            {"chain entry object", set("keys.0.chain.0", QJsonObject()), "\"keys[0].chain[0]\""},
            {"chain entry bad hex", set("keys.0.chain.0", QStringLiteral("30zz")),
             "\"keys[0].chain[0]\""},
            {"chain entry uppercase hex", set("keys.0.chain.0", QStringLiteral("300A")),
             "\"keys[0].chain[0]\""},
            {"chain entry empty", set("keys.0.chain.0", QString()), "\"keys[0].chain[0]\""},
            {"chain entry truncated", set("keys.0.chain.0", hexOf(cert.left(cert.size() - 1))),
             "\"keys[0].chain[0]\""},
            {"chain entry padded", set("keys.0.chain.0", hexOf(cert + '\0')),
             "\"keys[0].chain[0]\""},
            {"chain entry not a SEQUENCE", set("keys.0.chain.0", hexOf(wrongTag)),
             "\"keys[0].chain[0]\""},
            {"chain entry indefinite length", set("keys.0.chain.0", hexOf(indefinite)),
             "\"keys[0].chain[0]\""},
            {"chain entry huge length field",
             set("keys.0.chain.0", hexOf(QByteArray::fromHex("3084ffffffff00"))),
             "\"keys[0].chain[0]\""},
            {"chain entry too big",
             set("keys.0.chain.0", hexOf(fakeCertificate(CardRecord::kMaxCertificateSize + 1, 3))),
             "\"keys[0].chain[0]\""},
            {"chain too long", set("keys.0.chain", tooLong), "\"keys[0].chain\""},
            {"chain without certificate", set("keys.1.chain", QJsonArray{hexOf(cert)}),
             "\"keys[1].chain\""},
            {"certificate truncated", set("keys.0.certificate", hexOf(cert.left(200))),
             "\"keys[0].certificate\""},
            {"certificate not DER", set("keys.0.certificate", hexOf(pattern(900, 3))),
             "\"keys[0].certificate\""},
            {"certificate too big",
             set("keys.0.certificate",
                 hexOf(fakeCertificate(CardRecord::kMaxCertificateSize + 1, 3))),
             "\"keys[0].certificate\""},
        };
        for (const Case& c : cases) {
            EXPECT_ERROR(e, ErrorCode::StoreCorrupt,
                         CardStore::parse(c.bytes, QStringLiteral("w")));
            QVERIFY2(e->message().startsWith(QLatin1String("w: ")),
                     qPrintable(QLatin1String(c.name) + QLatin1String(": ") + e->message()));
            QVERIFY2(e->message().contains(QLatin1String(c.mention)),
                     qPrintable(QLatin1String(c.name) + QLatin1String(": ") + e->message()));
        }

        // The writer refuses the same records, so it never writes what it cannot read.
        CardRecord card = fullRecord();
        card.keys[1].chain = {cert};
        EXPECT_ERROR(w1, ErrorCode::InvalidInput, CardStore::serialize(card));
        QVERIFY2(w1->message().contains(QLatin1String("keys[1].chain")), qPrintable(w1->message()));
        card = fullRecord();
        card.keys[0].chain.append(cert.left(10));
        EXPECT_ERROR(w2, ErrorCode::InvalidInput, CardStore::serialize(card));
        card = fullRecord();
        while (card.keys[0].chain.size() <= CardRecord::kMaxChainLength)
            card.keys[0].chain.append(cert);
        EXPECT_ERROR(w3, ErrorCode::InvalidInput, CardStore::serialize(card));
    }

    void writerRefusesFilesAboveTheCap()
    {
        // 30 keys, each with the largest certificate and chain, would exceed 4 MiB: the
        // writer says so rather than write a file the reader would refuse.
        CardRecord card = fullRecord();
        card.keys.clear();
        for (int i = 0; i < CardRecord::kMaxKeys; ++i) {
            KeyRecord k = key(200 + i, KeyAlgorithm::EccP256, true);
            k.certificate = fakeCertificate(CardRecord::kMaxCertificateSize, i);
            k.chain.clear();
            for (int c = 0; c < CardRecord::kMaxChainLength; ++c)
                k.chain.append(fakeCertificate(CardRecord::kMaxCertificateSize, i + c));
            card.keys.append(k);
        }
        EXPECT_ERROR(e, ErrorCode::Capacity, CardStore::serialize(card));
        QVERIFY2(e->message().contains(QLatin1String("4194304")), qPrintable(e->message()));
        CardStore store(storeRoot());
        EXPECT_ERROR(e2, ErrorCode::Capacity, store.create(card));
        QCOMPARE(store.instances(), QList<int>());
    }

    void exactly30KeysIsFine()
    {
        CardRecord card = fullRecord();
        while (card.keys.size() < CardRecord::kMaxKeys)
            card.keys.append(key(100 + card.keys.size(), KeyAlgorithm::EccP256, true));
        QVERIFY(CardStore::parse(CardStore::serialize(card), QString()) == card);
    }

    // Default IDs are the 20-byte SHA-1; a PKCS#11 application may choose 1..64 bytes.
    void chosenKeyIdsRoundTrip()
    {
        CardRecord card = fullRecord();
        card.keys[0].id = QByteArray(1, '\x01');
        card.keys[1].id = pattern(CardRecord::kMaxKeyIdSize, 9);
        QVERIFY(CardStore::parse(CardStore::serialize(card), QString()) == card);
        card.keys[1].id.append('x');
        EXPECT_ERROR(e, ErrorCode::InvalidInput, CardStore::serialize(card));
    }

    void instanceNumbering()
    {
        CardStore store(storeRoot());
        for (int expected = 0; expected < 3; ++expected) {
            CardRecord card = fullRecord();
            card.instance = 42; // ignored: the store numbers cards
            QCOMPARE(store.create(card), expected);
            QCOMPARE(card.instance, expected);
            QCOMPARE(store.load(expected).instance, expected);
        }
        QCOMPARE(store.instances(), (QList<int>{0, 1, 2}));
        QCOMPARE(QFileInfo(store.cardPath(2)).fileName(), QStringLiteral("0002.card"));

        // Never reused after remove, not even the highest number.
        store.remove(2);
        QVERIFY(!store.exists(2));
        CardRecord card = fullRecord();
        QCOMPARE(store.create(card), 3);
        store.remove(1);
        QCOMPARE(store.instances(), (QList<int>{0, 3}));
        QCOMPARE(store.create(card), 4);
        store.remove(0);
        store.remove(3);
        store.remove(4);
        QCOMPARE(store.instances(), QList<int>());
        QCOMPARE(store.create(card), 5);

        // Another CardStore object (another process) sees the same counter.
        CardStore other(storeRoot());
        QCOMPARE(other.create(card), 6);
        QCOMPARE(other.instances(), (QList<int>{5, 6}));
    }

    void numberingSurvivesLaggingCounter()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        for (int i = 0; i < 3; ++i)
            store.create(card);
        const QString counter = storeRoot() + QLatin1String("/store.json");

        // As after a crash between writing the card and bumping the counter.
        writeFile(counter, R"({"format": "tpmvsc-store", "version": 1, "nextInstance": 1})");
        QCOMPARE(store.create(card), 3);
        QVERIFY(readFile(counter).contains("4"));

        // store.json lost entirely.
        QVERIFY(QFile::remove(counter));
        QCOMPARE(store.create(card), 4);

        // Lagging counter, then the highest card is removed: its number stays used.
        writeFile(counter, R"({"format": "tpmvsc-store", "version": 1, "nextInstance": 0})");
        store.remove(4);
        QCOMPARE(store.create(card), 5);

        // A counter ahead of the files (cards removed) wins.
        writeFile(counter, R"({"format": "tpmvsc-store", "version": 1, "nextInstance": 40})");
        QCOMPARE(store.create(card), 40);
    }

    void corruptCounterIsReported()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        const QString counter = storeRoot() + QLatin1String("/store.json");
        const QByteArray cases[] = {
            "{\"format\": \"tpmvsc-store\", \"version\": 1",
            R"({"format": "tpmvsc-card", "version": 1, "nextInstance": 1})",
            R"({"format": "tpmvsc-store", "version": 2, "nextInstance": 1})",
            R"({"format": "tpmvsc-store", "version": 1, "nextInstance": -1})",
            R"({"format": "tpmvsc-store", "version": 1})",
        };
        for (const QByteArray& bytes : cases) {
            writeFile(counter, bytes);
            EXPECT_ERROR(e, ErrorCode::StoreCorrupt, store.create(card));
            QVERIFY2(e->message().startsWith(counter + QLatin1String(": ")),
                     qPrintable(e->message()));
        }
        QCOMPARE(store.instances(), QList<int>{0});
    }

    void missingCards()
    {
        CardStore store(storeRoot());
        EXPECT_ERROR(e1, ErrorCode::NotFound, store.load(0));
        QVERIFY2(e1->message().contains(formatInstanceId(0)), qPrintable(e1->message()));
        EXPECT_ERROR(e2, ErrorCode::NotFound, store.remove(0));
        CardRecord card = fullRecord();
        EXPECT_ERROR(e3, ErrorCode::NotFound, store.save(card));
        QVERIFY(!store.exists(0));

        QCOMPARE(store.create(card), 0);
        EXPECT_ERROR(e4, ErrorCode::NotFound, store.load(1));
        EXPECT_ERROR(e5, ErrorCode::NotFound, store.load(-1));
        store.remove(0);
        // save() replaces only: it never brings back a card someone destroyed.
        EXPECT_ERROR(e6, ErrorCode::NotFound, store.save(card));
        EXPECT_ERROR(e7, ErrorCode::NotFound, store.remove(0));
        QVERIFY(!store.exists(0));
    }

    void saveReplaces()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        card.pinTriesLeft = 1;
        card.keys.removeAt(1);
        card.keys[0].certificate = fakeCertificate(1500, 9);
        card.keys[0].chain = {fakeCertificate(130, 10), fakeCertificate(100, 11)};
        store.save(card);
        QVERIFY(store.load(0) == card);
        QCOMPARE(modeOf(store.cardPath(0)), mode_t(0600));
    }

    // load() keeps what it parsed (ParsedCards): no change to a card file may ever be
    // answered from what was kept, whether the file was just written (the same clock tick
    // as an in-place change) or has long settled.
    void keptRecordsNeverHideAChange()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        card.name = QStringLiteral("Alpha");
        store.create(card);
        const QString path = store.cardPath(0);
        const auto rewriteInPlace = [&](const char* from, const char* to) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            QVERIFY(bytes.contains(from));
            bytes.replace(from, to); // same size, same inode
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        QCOMPARE(store.load(0).name, QStringLiteral("Alpha"));
        rewriteInPlace("\"Alpha\"", "\"Bravo\"");
        QCOMPARE(store.load(0).name, QStringLiteral("Bravo"));
        // Settled: older than any timestamp tick, so load() keeps the record from now on.
        QTest::qSleep(2100);
        QCOMPARE(store.load(0).name, QStringLiteral("Bravo"));
        QCOMPARE(CardStore(storeRoot()).load(0).name, QStringLiteral("Bravo"));
        rewriteInPlace("\"Bravo\"", "\"Delta\"");
        QCOMPARE(store.load(0).name, QStringLiteral("Delta"));
        QTest::qSleep(2100);
        QCOMPARE(store.load(0).name, QStringLiteral("Delta"));
        // A looser mode or a swapped-in file is a change too.
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
        EXPECT_ERROR(e, ErrorCode::StoreInsecure, store.load(0));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QCOMPARE(store.load(0).name, QStringLiteral("Delta"));
        QTest::qSleep(2100);
        QCOMPARE(store.load(0).name, QStringLiteral("Delta"));
        QVERIFY(QFile::remove(path));
        EXPECT_ERROR(gone, ErrorCode::NotFound, store.load(0));
    }

    void instancesIgnoresOtherFiles()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        store.create(card);
        const QString cards = storeRoot() + QLatin1String("/cards/");
        for (const char* name :
             {".0005.card.0123456789abcdef.tmp", "12.card", "abcd.card", "00007.card",
              "0008.card.bak", "0009.cardx", "0x10.card", "notes.txt", ".card", "00a1.card"})
            writeFile(cards + QLatin1String(name), "x");
        QVERIFY(QDir().mkdir(cards + QLatin1String("0010.cardd")));
        writeFile(cards + QLatin1String("12345.card"), "x");
        QCOMPARE(store.instances(), (QList<int>{0, 1, 12345}));
        // The counter is past the highest file, whatever it holds.
        QCOMPARE(store.create(card), 12346);
    }

    void modesOfCreatedFiles()
    {
        // Whatever the umask, even a hostile one that strips owner bits.
        for (const mode_t mask : {mode_t(022), mode_t(0), mode_t(0277)}) {
            init();
            const mode_t old = ::umask(mask);
            CardStore store(storeRoot() + QLatin1String("/nested/deeper"));
            CardRecord card = fullRecord();
            store.create(card);
            store.save(card);
            {
                const StoreLock lock = store.lockCard(0);
            }
            ::umask(old);
            // Files made under that umask still work the next time.
            const StoreLock lock = store.lockCard(0);
            QCOMPARE(store.create(card), 1);
            store.remove(1);

            const QString root = store.root();
            QCOMPARE(modeOf(root), mode_t(0700));
            QCOMPARE(modeOf(root + QLatin1String("/cards")), mode_t(0700));
            QCOMPARE(modeOf(root + QLatin1String("/locks")), mode_t(0700));
            QCOMPARE(modeOf(store.cardPath(0)), mode_t(0600));
            QCOMPARE(modeOf(root + QLatin1String("/store.json")), mode_t(0600));
            QCOMPARE(modeOf(root + QLatin1String("/locks/0000.lock")) & 077, mode_t(0));
            QCOMPARE(modeOf(root + QLatin1String("/locks/store.lock")) & 077, mode_t(0));
            // Missing parents are created 0700 too (XDG), usable whatever the umask.
            QCOMPARE(modeOf(storeRoot() + QLatin1String("/nested")), mode_t(0700));
            if (mask == 022)
                QCOMPARE(modeOf(root + QLatin1String("/locks/0000.lock")), mode_t(0600));
            QCOMPARE(entries(root), (QStringList{QStringLiteral("cards"), QStringLiteral("locks"),
                                                 QStringLiteral("store.json")}));
            QCOMPARE(entries(root + QLatin1String("/cards")),
                     QStringList{QStringLiteral("0000.card")});
        }
    }

    void refusesLooseCardFile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0666") << 0666;
        QTest::newRow("0400") << 0400;
        QTest::newRow("0700") << 0700;
        QTest::newRow("04600") << 04600;
    }

    void refusesLooseCardFile()
    {
        QFETCH(int, mode);
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        const QString path = store.cardPath(0);
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)), 0);
        EXPECT_ERROR(e, ErrorCode::StoreInsecure, store.load(0));
        QVERIFY2(e->message().contains(path), qPrintable(e->message()));
        QVERIFY2(e->message().contains(QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))),
                 qPrintable(e->message()));
        QVERIFY2(e->message().contains(QLatin1String("chmod 600 ") + path),
                 qPrintable(e->message()));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QVERIFY(store.load(0) == card);
    }

    void refusesLooseDirectory_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("mode");
        QTest::newRow("root 0755") << QString() << 0755;
        QTest::newRow("root 0701") << QString() << 0701;
        QTest::newRow("cards 0755") << QStringLiteral("/cards") << 0755;
        QTest::newRow("cards 0770") << QStringLiteral("/cards") << 0770;
        QTest::newRow("locks 0711") << QStringLiteral("/locks") << 0711;
    }

    void refusesLooseDirectory()
    {
        QFETCH(QString, dir);
        QFETCH(int, mode);
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        const QString path = store.root() + dir;
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)), 0);

        const bool locks = dir == QLatin1String("/locks");
        if (!locks) {
            EXPECT_ERROR(e1, ErrorCode::StoreInsecure, store.load(0));
            QVERIFY2(e1->message().contains(QLatin1String("chmod 700 ") + path),
                     qPrintable(e1->message()));
            EXPECT_ERROR(e2, ErrorCode::StoreInsecure, store.instances());
            EXPECT_ERROR(e3, ErrorCode::StoreInsecure, store.save(card));
        }
        if (dir != QLatin1String("/cards")) { // locking does not touch cards/
            EXPECT_ERROR(e4, ErrorCode::StoreInsecure, store.lockCard(0, 0));
        }
        EXPECT_ERROR(e5, ErrorCode::StoreInsecure, store.create(card));
        QVERIFY2(e5->message().contains(path), qPrintable(e5->message()));
        // Refused, not repaired behind the user's back.
        QCOMPARE(modeOf(path), mode_t(mode));
    }

    void refusesSymlinkedCardFile()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        // A perfectly valid card elsewhere, linked in.
        const QString elsewhere = tmpPath() + QLatin1String("/elsewhere.card");
        QVERIFY(QFile::rename(store.cardPath(0), elsewhere));
        QVERIFY(QFile::link(elsewhere, store.cardPath(0)));
        QCOMPARE(store.instances(), QList<int>{0});
        EXPECT_ERROR(e, ErrorCode::StoreInsecure, store.load(0));
        QVERIFY2(e->message().contains(QLatin1String("symbolic link")), qPrintable(e->message()));
        QVERIFY2(e->message().contains(store.cardPath(0)), qPrintable(e->message()));

        // A dangling link too.
        QVERIFY(QFile::remove(elsewhere));
        EXPECT_ERROR(e2, ErrorCode::StoreInsecure, store.load(0));
    }

    void refusesSymlinkedLockFile()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        const QString target = tmpPath() + QLatin1String("/target");
        writeFile(target, "");
        QVERIFY(QFile::link(target, store.root() + QLatin1String("/locks/0000.lock")));
        EXPECT_ERROR(e, ErrorCode::StoreInsecure, store.lockCard(0, 0));
    }

    void refusesNonRegularFile()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        QVERIFY(QFile::remove(store.cardPath(0)));
        // A FIFO would block a plain open() forever.
        QCOMPARE(::mkfifo(QFile::encodeName(store.cardPath(0)).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        EXPECT_ERROR(e, ErrorCode::StoreInsecure, store.load(0));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY2(e->message().contains(QLatin1String("not a regular file")),
                 qPrintable(e->message()));
        QVERIFY(QFile::remove(store.cardPath(0)));
        QVERIFY(QDir().mkdir(store.cardPath(0)));
        EXPECT_ERROR(e2, ErrorCode::StoreInsecure, store.load(0));
    }

    void refusesForeignOwner()
    {
        if (::geteuid() != 0)
            TPMVSC_SKIP_OR_FAIL(
                "changing a file's owner needs root; the check itself runs in every test");
        const uid_t nobody = 65534;
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);

        const QByteArray cardPath = QFile::encodeName(store.cardPath(0));
        QCOMPARE(::chown(cardPath.constData(), nobody, static_cast<gid_t>(-1)), 0);
        QCOMPARE(modeOf(store.cardPath(0)), mode_t(0600)); // mode alone is fine
        EXPECT_ERROR(e1, ErrorCode::StoreInsecure, store.load(0));
        QVERIFY2(e1->message().contains(store.cardPath(0)), qPrintable(e1->message()));
        QVERIFY2(e1->message().contains(QLatin1String("uid 65534")), qPrintable(e1->message()));
        QCOMPARE(::chown(cardPath.constData(), 0, static_cast<gid_t>(-1)), 0);
        QVERIFY(store.load(0) == card);

        for (const QString& dir : {store.root() + QLatin1String("/cards"), store.root()}) {
            const QByteArray native = QFile::encodeName(dir);
            QCOMPARE(::chown(native.constData(), nobody, static_cast<gid_t>(-1)), 0);
            EXPECT_ERROR(e2, ErrorCode::StoreInsecure, store.load(0));
            QVERIFY2(e2->message().contains(dir), qPrintable(e2->message()));
            EXPECT_ERROR(e3, ErrorCode::StoreInsecure, store.instances());
            EXPECT_ERROR(e4, ErrorCode::StoreInsecure, store.create(card));
            QCOMPARE(::chown(native.constData(), 0, static_cast<gid_t>(-1)), 0);
        }
        QVERIFY(store.load(0) == card);

        // A lock file someone else owns could be held forever by them.
        const QByteArray lock = QFile::encodeName(store.root() + QLatin1String("/locks/0000.lock"));
        store.lockCard(0, 0);
        QCOMPARE(::chown(lock.constData(), nobody, static_cast<gid_t>(-1)), 0);
        EXPECT_ERROR(e5, ErrorCode::StoreInsecure, store.lockCard(0, 0));
    }

    void refusesOversizeFile()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        const QByteArray big = QByteArray(4 * 1024 * 1024 + 1, ' ');
        writeFile(store.cardPath(0), big);
        EXPECT_ERROR(e1, ErrorCode::StoreCorrupt, store.load(0));
        QVERIFY2(e1->message().contains(store.cardPath(0)), qPrintable(e1->message()));
        EXPECT_ERROR(e2, ErrorCode::StoreCorrupt, CardStore::parse(big, QStringLiteral("x")));
    }

    void corruption()
    {
        const QByteArray good = CardStore::serialize(fullRecord());
        QVERIFY(CardStore::parse(good, QString()) == fullRecord());
        const QString k = QStringLiteral("keys");
        QJsonArray manyKeys = QJsonDocument::fromJson(good).object().value(k).toArray();
        for (int i = manyKeys.size(); i <= CardRecord::kMaxKeys; ++i) {
            QJsonObject extra = manyKeys[0].toObject();
            extra[QLatin1String("id")] = QString::fromLatin1(pattern(20, 50 + i).toHex());
            manyKeys.append(extra);
        }
        QCOMPARE(manyKeys.size(), 31);
        const QJsonValue firstKeyId =
            QJsonDocument::fromJson(good).object().value(k).toArray()[0].toObject().value(
                QLatin1String("id"));
        const QJsonValue firstChallenge = QJsonDocument::fromJson(good)
                                              .object()
                                              .value(QLatin1String("adminChallenges"))
                                              .toArray()[0]
                                              .toObject()
                                              .value(QLatin1String("challenge"));
        const auto set = [&](const char* path, const QJsonValue& value) {
            return mutate(good, QLatin1String(path), value);
        };
        const auto drop = [&](const char* path) {
            return mutate(good, QLatin1String(path), std::nullopt);
        };
        const auto hex = [](int size) {
            return QJsonValue(QString::fromLatin1(pattern(size, 77).toHex()));
        };

        struct Case {
            const char* name;
            QByteArray bytes;
            const char* mention; // what the message must name
        };
        QByteArray randomMode = set("adminKeyMode", QStringLiteral("random"));
        const Case cases[] = {
            {"empty", QByteArray(), "empty"},
            {"garbage", QByteArray("\x01\x02garbage\xff", 11), "JSON"},
            {"not an object", "[1, 2, 3]", "object"},
            {"wrong format tag", set("format", QStringLiteral("tpmvsc-store")), "\"format\""},
            {"no format tag", drop("format"), "\"format\""},
            {"newer version", set("version", CardRecord::kFormatVersion + 1), "newer tpmvsc"},
            {"old version", set("version", 0), "\"version\""},
            {"version as string", set("version", QStringLiteral("1")), "\"version\""},
            {"fractional version", set("version", 1.5), "\"version\""},
            {"no version", drop("version"), "\"version\""},
            {"bad hex", set("cardId", QString(32, QLatin1Char('z'))), "\"cardId\""},
            {"uppercase hex", set("cardId", QString::fromLatin1(pattern(16, 1).toHex().toUpper())),
             "\"cardId\""},
            {"odd hex", set("cardId", QStringLiteral("abc")), "\"cardId\""},
            {"hex with space", set("primaryName", QStringLiteral("ab cd")), "\"primaryName\""},
            {"cardId 15 bytes", set("cardId", hex(15)), "\"cardId\""},
            {"cardId 17 bytes", set("cardId", hex(17)), "\"cardId\""},
            {"cardId as number", set("cardId", 12), "\"cardId\""},
            {"challenge 7 bytes", set("adminChallenges.0.challenge", hex(7)),
             "\"adminChallenges[0].challenge\""},
            {"challenge 9 bytes", set("adminChallenges.3.challenge", hex(9)),
             "\"adminChallenges[3].challenge\""},
            {"repeated challenge", set("adminChallenges.4.challenge", firstChallenge),
             "\"adminChallenges[4].challenge\""},
            {"challenge not object", set("adminChallenges.1", 5), "\"adminChallenges[1]\""},
            {"pin tries left > max", set("pinTriesLeft", 6), "\"pinTriesLeft\""},
            {"pin tries left < 0", set("pinTriesLeft", -1), "\"pinTriesLeft\""},
            {"pin max tries 0", set("pinMaxTries", 0), "\"pinMaxTries\""},
            {"pin max tries 101", set("pinMaxTries", 101), "\"pinMaxTries\""},
            {"puk tries left > max", set("pukTriesLeft", 8), "\"pukTriesLeft\""},
            {"admin tries fractional", set("adminTriesLeft", 1.5), "\"adminTriesLeft\""},
            {"admin tries as string", set("adminMaxTries", QStringLiteral("5")),
             "\"adminMaxTries\""},
            {"huge number", set("pinTriesLeft", 1e300), "\"pinTriesLeft\""},
            {"policy minLen too small", set("pinPolicy.minLen", 2), "\"pinPolicy\""},
            {"policy min > max", set("pinPolicy.minLen", 30), "\"pinPolicy\""},
            {"policy all disallowed",
             mutate(mutate(mutate(mutate(good, QStringLiteral("pinPolicy.uppercase"),
                                         QJsonValue(QStringLiteral("disallowed"))),
                                  QStringLiteral("pinPolicy.lowercase"),
                                  QJsonValue(QStringLiteral("disallowed"))),
                           QStringLiteral("pinPolicy.digits"),
                           QJsonValue(QStringLiteral("disallowed"))),
                    QStringLiteral("pinPolicy.specialChars"),
                    QJsonValue(QStringLiteral("disallowed"))),
             "\"pinPolicy\""},
            {"policy bad rule", set("pinPolicy.uppercase", QStringLiteral("sometimes")),
             "\"pinPolicy.uppercase\""},
            {"policy rule uppercase", set("pinPolicy.digits", QStringLiteral("REQUIRED")),
             "\"pinPolicy.digits\""},
            {"policy missing member", drop("pinPolicy.maxLen"), "\"pinPolicy.maxLen\""},
            {"policy unknown member", set("pinPolicy.maxlen", 12), "\"pinPolicy.maxlen\""},
            {"name too long", set("name", QString(257, QLatin1Char('n'))), "\"name\""},
            {"name empty", set("name", QString()), "\"name\""},
            {"name with newline", set("name", QStringLiteral("a\nb")), "\"name\""},
            {"name as number", set("name", 3), "\"name\""},
            {"label too long", set("keys.1.label", QString(257, QLatin1Char('l'))),
             "\"keys[1].label\""},
            {"31 keys", set("keys", manyKeys), "\"keys\""},
            {"keys not a list", set("keys", QJsonObject()), "\"keys\""},
            {"repeated key id", set("keys.2.id", firstKeyId), "\"keys[2].id\""},
            {"key id empty", set("keys.0.id", hex(0)), "\"keys[0].id\""},
            {"key id 65 bytes", set("keys.0.id", hex(CardRecord::kMaxKeyIdSize + 1)),
             "\"keys[0].id\""},
            {"key not object", set("keys.0", QStringLiteral("key")), "\"keys[0]\""},
            {"empty pin blob", set("pinSealedSecret.public", QString()),
             "\"pinSealedSecret.public\""},
            {"empty key blob", set("keys.2.blob.private", QString()), "\"keys[2].blob.private\""},
            {"empty challenge blob", set("adminChallenges.2.sealedSecret.private", QString()),
             "\"adminChallenges[2].sealedSecret.private\""},
            {"puk blob incomplete", drop("pukSealedSecret.private"), "\"pukSealedSecret.private\""},
            {"puk absent rather than null", drop("pukSealedSecret"), "\"pukSealedSecret\""},
            {"puk blob as string", set("pukSealedSecret", QStringLiteral("x")),
             "\"pukSealedSecret\""},
            {"bad date", set("created", QStringLiteral("yesterday")), "\"created\""},
            {"date not UTC", set("created", QStringLiteral("2024-05-17T11:30:15.123+02:00")),
             "\"created\""},
            {"date without ms", set("created", QStringLiteral("2024-05-17T09:30:15Z")),
             "\"created\""},
            {"key date missing", drop("keys.0.created"), "\"keys[0].created\""},
            {"bad algorithm", set("keys.3.algorithm", QStringLiteral("dsa")),
             "\"keys[3].algorithm\""},
            {"alias algorithm", set("keys.3.algorithm", QStringLiteral("ecc256")),
             "\"keys[3].algorithm\""},
            {"bad certificate hex", set("keys.0.certificate", QStringLiteral("3082xx")),
             "\"keys[0].certificate\""},
            {"admin mode uppercase", set("adminKeyMode", QStringLiteral("RANDOM")),
             "\"adminKeyMode\""},
            {"random mode with challenges", randomMode, "\"adminChallenges\""},
            {"fileSystem as string", set("fileSystem", QStringLiteral("yes")), "\"fileSystem\""},
            {"instance negative", set("instance", -1), "\"instance\""},
            {"instance fractional", set("instance", 0.5), "\"instance\""},
            {"primaryName empty", set("primaryName", QString()), "\"primaryName\""},
            {"aik absent rather than null", drop("aik"), "\"aik\""},
            {"aik as string", set("aik", QStringLiteral("x")), "\"aik\""},
            {"aik without date", set("aik", QJsonObject{{QLatin1String("blob"), QJsonObject()}}),
             "\"aik.blob.public\""},
            // A PIN, or anything else, slipped into a card file is refused, not ignored.
            {"unknown member", set("pin", QStringLiteral("12345678")), "\"pin\""},
            {"unknown key member", set("keys.1.private", QStringLiteral("00")),
             "\"keys[1].private\""},
        };
        const QString where = QStringLiteral("/somewhere/0000.card");
        for (const Case& c : cases) {
            EXPECT_ERROR(e, ErrorCode::StoreCorrupt, CardStore::parse(c.bytes, where));
            const QString message = e->message();
            QVERIFY2(message.startsWith(where + QLatin1String(": ")),
                     qPrintable(QLatin1String(c.name) + QLatin1String(": ") + message));
            QVERIFY2(message.contains(QLatin1String(c.mention)),
                     qPrintable(QLatin1String(c.name) + QLatin1String(": ") + message));
        }
    }

    void everyFieldIsRequired()
    {
        const QByteArray good = CardStore::serialize(fullRecord());
        const QJsonObject root = QJsonDocument::fromJson(good).object();
        QStringList paths;
        for (auto it = root.begin(); it != root.end(); ++it) {
            paths << it.key();
            if (it.value().isObject()) {
                const QJsonObject sub = it.value().toObject();
                for (auto s = sub.begin(); s != sub.end(); ++s)
                    paths << it.key() + QLatin1Char('.') + s.key();
            }
        }
        const QJsonObject firstKey = root.value(QLatin1String("keys")).toArray()[0].toObject();
        for (auto it = firstKey.begin(); it != firstKey.end(); ++it)
            paths << QLatin1String("keys.0.") + it.key();
        paths << QStringLiteral("adminChallenges.0.challenge")
              << QStringLiteral("adminChallenges.0.sealedSecret")
              << QStringLiteral("adminChallenges.0.sealedSecret.public");
        QVERIFY(paths.size() > 30);
        for (const QString& path : std::as_const(paths)) {
            EXPECT_ERROR(e, ErrorCode::StoreCorrupt,
                         CardStore::parse(mutate(good, path, std::nullopt), QStringLiteral("f")));
            QString shown = path;
            shown.replace(QLatin1String("keys.0"), QLatin1String("keys[0]"));
            shown.replace(QLatin1String("adminChallenges.0"), QLatin1String("adminChallenges[0]"));
            QVERIFY2(e->message().contains(shown),
                     qPrintable(path + QLatin1String(" -> ") + e->message()));
        }
    }

    void truncation()
    {
        const QByteArray good = CardStore::serialize(fullRecord());
        QVERIFY(good.endsWith("}\n"));
        // Every offset up to the closing brace; coarser in the middle to keep it quick.
        for (qsizetype size = 0; size < good.size() - 1;
             size += size < 200 || size > good.size() - 200 ? 1 : 13) {
            EXPECT_ERROR(e, ErrorCode::StoreCorrupt,
                         CardStore::parse(good.left(size), QStringLiteral("t.card")));
            QVERIFY2(e->message().startsWith(QLatin1String("t.card: ")), qPrintable(e->message()));
        }

        // And on disk, through load().
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        for (const qsizetype size :
             {qsizetype(0), qsizetype(1), good.size() / 3, good.size() / 2, good.size() - 2}) {
            writeFile(store.cardPath(0), good.left(size));
            EXPECT_ERROR(e, ErrorCode::StoreCorrupt, store.load(0));
            QVERIFY2(e->message().startsWith(store.cardPath(0) + QLatin1String(": ")),
                     qPrintable(e->message()));
            if (size > 1)
                QVERIFY2(e->message().contains(QLatin1String("truncated")),
                         qPrintable(e->message()));
        }
    }

    void instanceMustMatchFileName()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        QVERIFY(QFile::copy(store.cardPath(0), store.cardPath(1)));
        QCOMPARE(::chmod(QFile::encodeName(store.cardPath(1)).constData(), 0600), 0);
        QCOMPARE(store.instances(), (QList<int>{0, 1}));
        EXPECT_ERROR(e, ErrorCode::StoreCorrupt, store.load(1));
        QVERIFY2(e->message().contains(QLatin1String("\"instance\"")), qPrintable(e->message()));
        QVERIFY2(e->message().contains(store.cardPath(1)), qPrintable(e->message()));
        QVERIFY(store.load(0) == card);
    }

    void atomicWriteFailureLeavesNoTrace()
    {
        // rename() over a non-empty folder fails even for root.
        const QString dir = tmpPath() + QLatin1String("/data");
        QVERIFY(QDir().mkpath(dir + QLatin1String("/target/inside")));
        EXPECT_ERROR(e, ErrorCode::StoreIo,
                     writeFileAtomically(dir + QLatin1String("/target"), "new content"));
        QVERIFY2(e->message().contains(dir + QLatin1String("/target")), qPrintable(e->message()));
        QVERIFY2(e->message().contains(QLatin1String("Could not replace")),
                 qPrintable(e->message()));
        QCOMPARE(entries(dir), QStringList{QStringLiteral("target")});
        QCOMPARE(entries(dir + QLatin1String("/target")), QStringList{QStringLiteral("inside")});

        // A folder that does not exist: the temp file cannot even be made.
        EXPECT_ERROR(e2, ErrorCode::StoreIo,
                     writeFileAtomically(dir + QLatin1String("/missing/file"), "x"));
        QVERIFY2(e2->message().contains(QString::fromLocal8Bit(std::strerror(ENOENT))),
                 qPrintable(e2->message()));

        // Success replaces, with mode 0600, and leaves only the target.
        writeFile(dir + QLatin1String("/plain"), "old", 0644);
        writeFileAtomically(dir + QLatin1String("/plain"), "new");
        QCOMPARE(readFile(dir + QLatin1String("/plain")), QByteArray("new"));
        QCOMPARE(modeOf(dir + QLatin1String("/plain")), mode_t(0600));
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("plain"), QStringLiteral("target")}));
    }

    void failedSaveKeepsOldCard()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        const QByteArray before = readFile(store.cardPath(0));
        const QStringList filesBefore = entries(store.root() + QLatin1String("/cards"));

        // A file-size limit makes write() fail with EFBIG even for root: a real failure
        // halfway through writing the new card. In a child, so the limit stays there.
        CardRecord bigger = card;
        bigger.keys[0].certificate = fakeCertificate(8000, 5);
        int pipeFds[2];
        QCOMPARE(::pipe(pipeFds), 0);
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(pipeFds[0]);
            ::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 2048;
            ::setrlimit(RLIMIT_FSIZE, &limit);
            int code = 10;
            try {
                store.save(bigger);
            } catch (const Error& e) {
                const QByteArray text = e.message().toUtf8();
                code = e.code() == ErrorCode::StoreIo ? 0 : 11;
                if (::write(pipeFds[1], text.constData(), static_cast<size_t>(text.size())) < 0)
                    code = 12;
            } catch (...) {
                code = 13;
            }
            ::_exit(code);
        }
        ::close(pipeFds[1]);
        QByteArray message;
        char buffer[512];
        for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
            message.append(buffer, n);
        ::close(pipeFds[0]);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QVERIFY2(WEXITSTATUS(status) == 0, message.constData());
        QVERIFY2(message.contains(std::strerror(EFBIG)), message.constData());
        QVERIFY2(message.contains(QFile::encodeName(store.cardPath(0))), message.constData());

        QCOMPARE(readFile(store.cardPath(0)), before);
        QCOMPARE(entries(store.root() + QLatin1String("/cards")), filesBefore);
        QVERIFY(store.load(0) == card);

        // Without the limit the same save goes through.
        store.save(bigger);
        QVERIFY(store.load(0) == bigger);
    }

    void writesLeaveNoTempFiles()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        for (int i = 0; i < 3; ++i)
            store.create(card);
        for (int i = 0; i < 20; ++i) {
            card.pinTriesLeft = i % 6;
            store.save(card);
        }
        store.remove(1);
        QCOMPARE(entries(store.root()),
                 (QStringList{QStringLiteral("cards"), QStringLiteral("locks"),
                              QStringLiteral("store.json")}));
        QCOMPARE(entries(store.root() + QLatin1String("/cards")),
                 (QStringList{QStringLiteral("0000.card"), QStringLiteral("0002.card")}));
    }

    void lockTimesOutWhileAnotherProcessHoldsIt()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const pid_t holder = forkLockHolder(store, 0, -1, fds[1]);
        QVERIFY(holder > 0);
        QVERIFY2(waitForByte(fds[0], 30000), "the child did not get the lock");

        QElapsedTimer timer;
        timer.start();
        EXPECT_ERROR(e, ErrorCode::Busy, store.lockCard(0, 300));
        const qint64 waited = timer.elapsed();
        // At least the timeout; well under the 10 s default, which a loaded machine can
        // still tell apart from 300 ms (a tighter bound fails there for no fault of ours).
        QVERIFY2(waited >= 290 && waited < 5000, QByteArray::number(waited).constData());
        QVERIFY2(e->message().contains(formatInstanceId(0)), qPrintable(e->message()));
        QVERIFY2(e->message().contains(QLatin1String("in use by another program")),
                 qPrintable(e->message()));

        // Another card is not affected.
        store.create(card);
        const StoreLock other = store.lockCard(1, 0);

        // The kernel releases the lock when the holder dies, however it dies. Waited for
        // with a generous deadline: how soon is the scheduler's business, not the store's.
        reap(holder);
        const StoreLock mine = store.lockCard(0, 30000);
        ::close(fds[0]);
        ::close(fds[1]);
    }

    void lockWaitsUntilReleased()
    {
        CardStore store(storeRoot());
        CardRecord card = fullRecord();
        store.create(card);
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        const pid_t holder = forkLockHolder(store, 0, 400, fds[1]);
        QVERIFY2(waitForByte(fds[0], 30000), "the child did not get the lock");
        {
            // The holder lets go after 400 ms; the deadline leaves a loaded machine time.
            const StoreLock lock = store.lockCard(0, 60000);
            // The holder is alive: its destructor, not its death, released the lock.
            int status = 0;
            QCOMPARE(::waitpid(holder, &status, WNOHANG), pid_t(0));
        }
        reap(holder);
        ::close(fds[0]);
        ::close(fds[1]);
    }

    void lockReleasedByDestructor()
    {
        const QString flock = QStandardPaths::findExecutable(QStringLiteral("flock"));
        if (flock.isEmpty())
            TPMVSC_SKIP_OR_FAIL("flock(1) is not installed");
        CardStore store(storeRoot());
        const QString path = store.root() + QLatin1String("/locks/0003.lock");
        const auto othersCanLock = [&] {
            return QProcess::execute(flock, {QStringLiteral("-n"), path, QStringLiteral("true")}) ==
                   0;
        };
        {
            StoreLock lock = store.lockCard(3, 0);
            QVERIFY(!othersCanLock());
            // Moving keeps it held; the moved-from object releases nothing.
            StoreLock moved(std::move(lock));
            {
                StoreLock dropped(std::move(lock));
            }
            QVERIFY(!othersCanLock());
            // Held against this process too (flock is per open file): two threads of one
            // program exclude each other as well.
            EXPECT_ERROR(e, ErrorCode::Busy, store.lockCard(3, 50));
        }
        QVERIFY(othersCanLock());
        const StoreLock again = store.lockCard(3, 0);
    }

    void lockTimeoutFromEnvironment()
    {
        CardStore store(storeRoot());
        const StoreLock held = store.lockCard(0, 0);
        const EnvGuard env("TPMVSC_LOCK_TIMEOUT_MS", "150");
        QElapsedTimer timer;
        timer.start();
        EXPECT_ERROR(e, ErrorCode::Busy, store.lockCard(0));
        // Well under the 10 s default, with room for a loaded machine.
        QVERIFY2(timer.elapsed() >= 140 && timer.elapsed() < 5000,
                 QByteArray::number(timer.elapsed()).constData());
    }
};

QTEST_GUILESS_MAIN(TestCardStore)
#include "test_cardstore.moc"

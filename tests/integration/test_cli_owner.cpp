// A TPM as a managed fleet machine has it: the owner hierarchy protected by a password and
// the TCG storage key made persistent at 0x81000001 by the administrator (tpm2-tools, as
// they would do it). tpmvscmgr must then ask for the owner password only where the TPM
// needs it (defining and removing a card's NV indices), refuse cleanly without it, and
// let the user log in and sign with nothing but the PIN: the persistent key spares the
// CreatePrimary that the owner password would forbid.
#include "tests/support/FleetTpm.h"
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

enum Exit { Ok = 0, OwnerAuthRequired = 12 };

const QByteArray kOwnerPassword = "fleet-owner-secret";

} // namespace

class TestCliOwner : public TpmvscmgrTestCase
{
    Q_OBJECT

    QString m_tcti;

    // Runs a tpm2-tools command against this test's TPM; its output on failure.
    ProcessResult tool(const QString& program, const QStringList& args)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), m_tcti);
        return runProcess(program, args, env);
    }

    // The handles of one kind the TPM holds now (tpm2_getcap handles-transient, ...).
    QStringList handles(const char* kind)
    {
        const ProcessResult r = tool(QStringLiteral("tpm2_getcap"), {QString::fromLatin1(kind)});
        if (r.exitCode != 0)
            return {QStringLiteral("tpm2_getcap failed: ") + r.text()};
        QStringList found;
        const QRegularExpression hex(QStringLiteral("0x[0-9a-fA-F]+"));
        for (auto it = hex.globalMatch(QString::fromLatin1(r.out)); it.hasNext();)
            found << it.next().captured().toLower();
        return found;
    }

    // tpmvsc's NV indices (its block is 0x01355600-0x013559ff).
    QStringList cardIndices()
    {
        QStringList ours;
        for (const QString& h : handles("handles-nv-index")) {
            bool ok = false;
            const uint v = h.toUInt(&ok, 16);
            if (ok && v >= 0x01355600u && v <= 0x013559ffu)
                ours << h;
        }
        return ours;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        m_swtpm = std::make_unique<SwtpmFixture>();
        // A TPM of its own: the owner password stays set for the whole test.
        m_tcti = m_swtpm->startOtherTpm();
        const QString problem = provisionFleetTpm(m_tcti, kOwnerPassword);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        QVERIFY(newStore());
        m_extraEnv.insert(QStringLiteral("TPMVSC_TCTI"), m_tcti);
    }

    void cleanupTestCase() { m_swtpm.reset(); }

    void createNeedsTheOwnerPasswordAndSaysSo()
    {
        const QStringList create{QStringLiteral("create"),  QStringLiteral("/name"),
                                 QStringLiteral("owned"),   QStringLiteral("/pin"),
                                 QStringLiteral("default"), QStringLiteral("/adminkey"),
                                 QStringLiteral("random"),  QStringLiteral("/generate")};
        expectRefused(create, {}, OwnerAuthRequired, QStringLiteral("/OwnerAuth PROMPT"));
        QVERIFY(cardIndices().isEmpty());
        // A wrong owner password is the owner password's fault, not a PIN's.
        expectRefused(create + QStringList{QStringLiteral("/OwnerAuth"), QStringLiteral("PROMPT")},
                      "not-the-owner-password\n", OwnerAuthRequired, QStringLiteral("owner"));
        QVERIFY(cardIndices().isEmpty());
        QCOMPARE(handles("handles-transient"), QStringList());
    }

    void cardLivesWithThePinAloneThenGoesWithTheOwnerPassword()
    {
        ProcessResult r =
            run(QStringLiteral("create /name owned /pin default /puk prompt "
                               "/adminkey default /generate /OwnerAuth PROMPT /quiet"),
                "a-PUK-4567\n" + kOwnerPassword + '\n');
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(r.out, QByteArray("ROOT\\SMARTCARDREADER\\0000\n"));
        // The PIN's and the PUK's indices, and the counter of admin challenges.
        const QStringList indices = cardIndices();
        QCOMPARE(indices.size(), 3);
        QCOMPARE(handles("handles-transient"), QStringList());

        // The user's work needs only the PIN: keys are made and used under the persistent
        // storage key (a CreatePrimary would need the owner password, and fail).
        r = run(QStringLiteral("keygen /instance 0 /key p256 /quiet"), "12345678\n");
        TPMVSC_CHECK_EXIT(r, Ok);
        const QByteArray keyId = r.out.trimmed();
        const QString data = m_dir->filePath(QStringLiteral("data"));
        {
            QFile file(data);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("signed by a card on an owned TPM\n");
        }
        r = run({QStringLiteral("sign"), QStringLiteral("/instance"), QStringLiteral("0"),
                 QStringLiteral("/key"), QString::fromLatin1(keyId), QStringLiteral("/in"), data,
                 QStringLiteral("/out"), m_dir->filePath(QStringLiteral("sig"))},
                "12345678\n");
        TPMVSC_CHECK_EXIT(r, Ok);
        r = run(QStringLiteral("changepin /instance 0"), "12345678\nsecond-pin\n");
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(handles("handles-transient"), QStringList());
        QVERIFY(handles("handles-persistent").contains(QStringLiteral("0x81000001")));

        // Destroying removes NV indices: the owner password again, and nothing is lost
        // when it is missing.
        expectRefused({QStringLiteral("destroy"), QStringLiteral("/instance"), QStringLiteral("0")},
                      {}, OwnerAuthRequired, QStringLiteral("/OwnerAuth PROMPT"));
        QCOMPARE(cardIndices(), indices);
        r = run(QStringLiteral("status /instance 0"));
        QVERIFY2(r.out.contains("PIN tries left:    5 of 5"), qPrintable(r.text()));
        r = run(QStringLiteral("destroy /instance 0 /OwnerAuth PROMPT"), kOwnerPassword + '\n');
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(cardIndices(), QStringList());
        QCOMPARE(handles("handles-transient"), QStringList());
        // The administrator's key stays: tpmvsc never removes what it did not make.
        QVERIFY(handles("handles-persistent").contains(QStringLiteral("0x81000001")));
    }
};

QTEST_GUILESS_MAIN(TestCliOwner)
#include "test_cli_owner.moc"

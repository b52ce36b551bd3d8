// What cards cost in the TPM's NV memory: ten full cards (PIN, PUK, admin resets) fit on
// one TPM and all keep working, each takes exactly its three indices (one of them a
// counter, which TPMs ration separately), and destroying them gives every index back.
// The TPM's own figures are read with raw ESYS, not through tpmvsc.
#include "core/card/CardGuard.h"
#include "tests/support/CardTestEnv.h"

#include <tss2/tss2_esys.h>

#include <QTest>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

std::uint32_t tpmProperty(Tpm& tpm, TPM2_PT property)
{
    TPMS_CAPABILITY_DATA* data = nullptr;
    TPMI_YES_NO more = TPM2_NO;
    const TSS2_RC rc = Esys_GetCapability(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                          TPM2_CAP_TPM_PROPERTIES, property, 1, &more, &data);
    std::uint32_t value = 0xffffffffu;
    if (rc == TSS2_RC_SUCCESS && data->data.tpmProperties.count == 1 &&
        data->data.tpmProperties.tpmProperty[0].property == property)
        value = data->data.tpmProperties.tpmProperty[0].value;
    Esys_Free(data);
    return value;
}

} // namespace

class TestNvBudget : public QObject
{
    Q_OBJECT
    std::unique_ptr<SwtpmFixture> m_swtpm;

private Q_SLOTS:
    void initTestCase() { m_swtpm = std::make_unique<SwtpmFixture>(); }
    void cleanupTestCase() { m_swtpm.reset(); }

    void tenFullCardsFitAndGiveEverythingBack()
    {
        CardTestEnv env(*m_swtpm);
        Tpm& tpm = *env.tpm;
        const std::uint32_t indicesBefore = tpmProperty(tpm, TPM2_PT_HR_NV_INDEX);
        const std::uint32_t countersBefore = tpmProperty(tpm, TPM2_PT_NV_COUNTERS);
        const std::uint32_t countersAvailBefore = tpmProperty(tpm, TPM2_PT_NV_COUNTERS_AVAIL);
        QVERIFY(indicesBefore != 0xffffffffu);
        qInfo("TPM before: %u NV indices, %u counters, %u more counters possible, an index "
              "holds at most %u bytes",
              indicesBefore, countersBefore, countersAvailBefore,
              tpmProperty(tpm, TPM2_PT_NV_INDEX_MAX));

        QList<int> cards;
        for (int i = 0; i < 10; ++i) {
            CreateOptions o = basicCardOptions(QStringLiteral("Card %1").arg(i));
            o.puk = pin("87654321");
            o.adminResetStock = 10;
            cards << env.service.create(o);
        }
        QCOMPARE(tpmProperty(tpm, TPM2_PT_HR_NV_INDEX), indicesBefore + 30);
        QCOMPARE(tpmProperty(tpm, TPM2_PT_NV_COUNTERS), countersBefore + 10);
        qInfo("TPM with ten cards: %u NV indices, %u counters, %u more counters possible",
              tpmProperty(tpm, TPM2_PT_HR_NV_INDEX), tpmProperty(tpm, TPM2_PT_NV_COUNTERS),
              tpmProperty(tpm, TPM2_PT_NV_COUNTERS_AVAIL));
        // Every card still has its own counters: a wrong PIN on one costs only that one.
        TPMVSC_EXPECT_ERROR(env.service.verifyPin(cards.first(), pin("00000000")),
                            ErrorCode::AuthFailed);
        for (int card : cards) {
            const CardStatus status = env.service.status(card);
            QCOMPARE(status.pinTriesLeft, status.pinMaxTries - (card == cards.first() ? 1 : 0));
            env.service.verifyPin(card, pin("12345678"));
        }
        TPMVSC_VERIFY_NO_HANDLES(tpm);

        for (int card : cards)
            env.service.destroy(card);
        QCOMPARE(tpmProperty(tpm, TPM2_PT_HR_NV_INDEX), indicesBefore);
        QCOMPARE(tpmProperty(tpm, TPM2_PT_NV_COUNTERS), countersBefore);
        QCOMPARE(tpmProperty(tpm, TPM2_PT_NV_COUNTERS_AVAIL), countersAvailBefore);
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }
};

QTEST_GUILESS_MAIN(TestNvBudget)
#include "test_nv_budget.moc"

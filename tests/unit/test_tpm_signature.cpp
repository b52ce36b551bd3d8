// A TPM's signature as the card hands it out: ECDSA r||s with each half left-padded to
// the curve's field size, and parts longer than the field refused, never cut or copied.
#include "core/tpm/TpmObjects.h"
#include "tests/support/ExpectError.h"

#include <QTest>
#include <cstring>

using namespace tpmvsc;

namespace {

TPMT_SIGNATURE ecdsa(const QByteArray& r, const QByteArray& s)
{
    TPMT_SIGNATURE sig{};
    sig.sigAlg = TPM2_ALG_ECDSA;
    sig.signature.ecdsa.hash = TPM2_ALG_SHA256;
    sig.signature.ecdsa.signatureR.size = UINT16(r.size());
    std::memcpy(sig.signature.ecdsa.signatureR.buffer, r.constData(), size_t(r.size()));
    sig.signature.ecdsa.signatureS.size = UINT16(s.size());
    std::memcpy(sig.signature.ecdsa.signatureS.buffer, s.constData(), size_t(s.size()));
    return sig;
}

} // namespace

class TestTpmSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecdsaHalvesAreFieldSized_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("field");
        QTest::newRow("P-256") << int(KeyAlgorithm::EccP256) << 32;
        QTest::newRow("P-384") << int(KeyAlgorithm::EccP384) << 48;
    }

    void ecdsaHalvesAreFieldSized()
    {
        QFETCH(int, algorithm);
        QFETCH(int, field);
        // A TPM may drop leading zero octets of r or s: they come back.
        const QByteArray r(field, '\x11');
        const QByteArray s(field - 3, '\x22');
        const QByteArray bytes = signatureBytes(ecdsa(r, s), KeyAlgorithm(algorithm));
        QCOMPARE(bytes, r + QByteArray(3, '\0') + s);
    }

    void ecdsaPartsLongerThanTheFieldAreRefused_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("rSize");
        QTest::addColumn<int>("sSize");
        QTest::newRow("P-256 r") << int(KeyAlgorithm::EccP256) << 33 << 32;
        QTest::newRow("P-256 s") << int(KeyAlgorithm::EccP256) << 32 << 33;
        QTest::newRow("P-256 P-384-sized") << int(KeyAlgorithm::EccP256) << 48 << 48;
        QTest::newRow("P-384 r") << int(KeyAlgorithm::EccP384) << 49 << 48;
        QTest::newRow("P-384 s, largest") << int(KeyAlgorithm::EccP384) << 1 << 128;
    }

    void ecdsaPartsLongerThanTheFieldAreRefused()
    {
        QFETCH(int, algorithm);
        QFETCH(int, rSize);
        QFETCH(int, sSize);
        const TPMT_SIGNATURE sig = ecdsa(QByteArray(rSize, '\x33'), QByteArray(sSize, '\x44'));
        TPMVSC_EXPECT_ERROR(signatureBytes(sig, KeyAlgorithm(algorithm)), ErrorCode::Tpm);
    }

    void rsaSignaturesPassAsTheyAre()
    {
        TPMT_SIGNATURE sig{};
        sig.sigAlg = TPM2_ALG_RSASSA;
        sig.signature.rsassa.sig.size = 256;
        std::memset(sig.signature.rsassa.sig.buffer, 0x55, 256);
        QCOMPARE(signatureBytes(sig, KeyAlgorithm::Rsa2048), QByteArray(256, '\x55'));
    }
};

QTEST_GUILESS_MAIN(TestTpmSignature)
#include "test_tpm_signature.moc"

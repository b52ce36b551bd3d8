// Card operation costs on swtpm: wall time (median of N runs) and TPM commands sent.
// Not a test: it never fails on speed; bench/run.sh builds and runs it and prints a
// table. Compares our signing rate with a raw ESYS loop (password auth, no session) on
// the same TPM in the same run, so the figures are comparable across machines.
#include "BenchSupport.h"
#include "core/card/CardService.h"
#include "core/card/CardSession.h"
#include "core/store/CardStore.h"
#include "core/tpm/PolicyDigest.h"
#include "core/tpm/Tpm.h"
#include "core/tpm/TpmNv.h"
#include "core/tpm/TpmObjects.h"

#include <tss2/tss2_mu.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tpmvsc;
using namespace tpmvsc::bench;

namespace {
struct Figure {
    double medianMs;
    std::uint64_t commands;
};

Figure measure(Tpm& tpm, int runs, const std::function<void()>& op)
{
    std::vector<double> times;
    std::uint64_t commands = 0;
    for (int i = 0; i < runs; ++i) {
        const auto before = tpm.commandsSent();
        QElapsedTimer t;
        t.start();
        op();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        commands = tpm.commandsSent() - before;
    }
    std::sort(times.begin(), times.end());
    return Figure{times[times.size() / 2], commands};
}

// What a card holds in the TPM's NV memory: its indices' public areas (as the TPM
// marshals them) and data. A TPM adds its own bookkeeping per index on top.
void nvFootprint(Tpm& tpm, const CardRecord& card)
{
    QList<NvIndexRecord> indices{card.guard->pinIndex};
    if (card.guard->pukIndex)
        indices << *card.guard->pukIndex;
    if (card.guard->adminCounter)
        indices << *card.guard->adminCounter;
    std::size_t bytes = 0;
    for (const NvIndexRecord& index : indices) {
        const std::optional<TPMS_NV_PUBLIC> pub = readNvPublic(tpm, index.handle);
        if (!pub)
            continue;
        std::uint8_t buffer[sizeof(TPMS_NV_PUBLIC)];
        std::size_t size = 0;
        Tss2_MU_TPMS_NV_PUBLIC_Marshal(&*pub, buffer, sizeof buffer, &size);
        bytes += size + pub->dataSize;
    }
    std::printf("NV per card (PIN, PUK, admin counter): %lld indices, %zu bytes of public "
                "areas and data\n",
                static_cast<long long>(indices.size()), bytes);
}

void row(const char* what, const Figure& f)
{
    std::printf("| %-44s | %10.2f ms | %8llu |\n", what, f.medianMs,
                static_cast<unsigned long long>(f.commands));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, std::atoi(argv[1])) : 7;
    const int signatures = argc > 2 ? std::atoi(argv[2]) : 300;
    try {
        const BenchTpm bench;
        const QString tcti = bench.tcti();
        CardStore store(bench.storeRoot());
        Tpm tpm(TpmOptions{tcti, false, {}}, QString());
        CardService service(tpm, store);
        const Secret pin = benchPin();
        std::printf("TPM: %s, %d runs per figure (median), %d signatures per rate\n\n",
                    qPrintable(tcti), runs, signatures);
        std::printf("| %-44s | %13s | %8s |\n", "operation", "wall time", "TPM cmds");
        std::printf("|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(15, '-').c_str(),
                    std::string(10, '-').c_str());
        int card = -1;
        row("create (PIN + PUK + admin key, 10 resets)",
            measure(tpm, runs, [&] { card = service.create(benchCardOptions()); }));
        row("verify PIN", measure(tpm, runs, [&] { service.verifyPin(card, pin); }));
        const CardRecord record = store.load(card);
        const Secret otherPin = Secret::fromText(QStringLiteral("bench-other-pin"));
        // Each run changes the PIN and back: two changes, halved.
        const Figure change = measure(tpm, runs, [&] {
            service.changePin(card, pin, otherPin);
            service.changePin(card, otherPin, pin);
        });
        row("change PIN", Figure{change.medianMs / 2, change.commands / 2});
        // A wrong PIN, then the right one (which starts the count over): both halves of
        // what a mistyped PIN costs.
        row("wrong PIN, then the right one", measure(tpm, runs, [&] {
                try {
                    service.verifyPin(card, otherPin);
                } catch (const Error&) {
                }
                service.verifyPin(card, pin);
            }));
        const KeyInfo rsa =
            service.generateKey(card, pin, KeyAlgorithm::Rsa2048, QStringLiteral("rsa"));
        const KeyInfo ec =
            service.generateKey(card, pin, KeyAlgorithm::EccP256, QStringLiteral("ec"));
        row("generate P-256 key", measure(tpm, runs, [&] {
                const KeyInfo k = service.generateKey(card, pin, KeyAlgorithm::EccP256, QString());
                service.deleteKey(card, pin, k.id);
            }));
        row("open session (PIN verified, ready to sign)",
            measure(tpm, runs, [&] { service.openSession(card, pin); }));
        // Attestation: a card made with its AIK, and one TPM2_Certify of a card key (with
        // the EK certificate lookups, as tpmvscmgr attest makes them).
        CreateOptions withAik = benchCardOptions();
        withAik.attestationKey = true;
        int attested = -1;
        row("create with an attestation key (AIK_ONLY)",
            measure(tpm, runs, [&] { attested = service.create(withAik); }));
        const KeyInfo certified =
            service.generateKey(attested, pin, KeyAlgorithm::EccP256, QStringLiteral("att"));
        row("attest a P-256 key (TPM2_Certify by the AIK)", measure(tpm, runs, [&] {
                service.attestKey(attested, pin, certified.id, QByteArray(16, 'n'));
            }));
        const QByteArray digest(32, 'd');
        // Before the long-lived session: swtpm without a resource manager holds only
        // three loaded objects, and a session with two keys uses all of them.
        row("sign via CardService::sign (P-256, cold)", measure(tpm, runs, [&] {
                service.sign(card, pin, ec.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
                             digest);
            }));
        auto session = service.openSession(card, pin);
        session->sign(rsa.id, HashAlgorithm::Sha256, SignatureScheme::RsaPkcs1v15, digest);
        session->sign(ec.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa, digest);
        row("one RSA-2048 signature, key loaded", measure(tpm, runs, [&] {
                session->sign(rsa.id, HashAlgorithm::Sha256, SignatureScheme::RsaPkcs1v15, digest);
            }));
        row("one P-256 signature, key loaded", measure(tpm, runs, [&] {
                session->sign(ec.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa, digest);
            }));

        const double rsaRate = signaturesPerSecond(signatures, [&] {
            session->sign(rsa.id, HashAlgorithm::Sha256, SignatureScheme::RsaPkcs1v15, digest);
        });
        const double ecRate = signaturesPerSecond(signatures, [&] {
            session->sign(ec.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa, digest);
        });
        session.reset();
        const double rawRsa =
            rawEsysRate(tpm, KeyAlgorithm::Rsa2048, signatures, RawAuth::Password);
        const double rawEc = rawEsysRate(tpm, KeyAlgorithm::EccP256, signatures, RawAuth::Password);
        std::printf("\n| %-44s | %10s | %10s | %6s |\n", "signatures per second", "tpmvsc",
                    "raw ESYS", "ratio");
        std::printf("| %-44s | %10.0f | %10.0f | %6.2f |\n",
                    "RSA-2048 PKCS#1 v1.5 (salted HMAC session)", rsaRate, rawRsa,
                    rsaRate / rawRsa);
        std::printf("| %-44s | %10.0f | %10.0f | %6.2f |\n", "ECDSA P-256 (salted HMAC session)",
                    ecRate, rawEc, ecRate / rawEc);
        std::printf("\n");
        nvFootprint(tpm, record);
        // The cards' NV indices outlive the temporary store: remove them (on a real TPM
        // they would take its NV memory for good).
        for (int instance : store.instances())
            service.destroy(instance);
        const bool clean = tpm.transientHandles().isEmpty() && tpm.loadedSessions().isEmpty();
        std::printf("\ntransient handles left after the run: %s\n", clean ? "none" : "SOME (bug)");
        return clean ? 0 : 1;
    } catch (const Error& e) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(e.message()));
        return 1;
    }
}

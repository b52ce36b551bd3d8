// What the create-card wizard collects, as one typed object every page edits (KeePassXC's
// NewDatabaseWizard): no page reads another page's widgets, and the wizard turns the
// model into the core's CreateOptions in one place.
#pragma once

#include "core/card/CardService.h"
#include "core/policy/PinPolicy.h"
#include "core/store/CardRecord.h"
#include "core/util/Secret.h"

#include <QString>

namespace tpmvsc {

struct CreateCardModel {
    static constexpr int kDefaultPinTries = 5; // as Windows
    static constexpr int kAdminResetStock = 10;

    QString name;
    bool fileSystem = true; // tpmvscmgr /generate
    bool withPuk = true;
    bool attestationKey = false; // tpmvscmgr /attestation AIK_ONLY
    // With attestationKey: the attestation CA that certifies the AIK (tpmvscmgr
    // /attestation AIK_AND_CERT /attestationca URL); empty: the AIK alone.
    QString attestationCa;
    // Not tpmvscmgr's DEFAULT: whoever clicks through gets a key nobody knows, rather than
    // the public one with which anyone reading the card's files can reset the PIN.
    AdminKeyMode adminKeyMode = AdminKeyMode::Random;
    PinPolicy pinPolicy;
    int pinTries = kDefaultPinTries;

    bool useDefaultPin = false;
    Secret pin; // set when leaving the PIN page (unless useDefaultPin)
    bool useDefaultPuk = false;
    Secret puk;       // set when leaving the recovery page (unless useDefaultPuk)
    Secret adminKey;  // AdminKeyMode::Prompt ("Enter"): set when leaving the recovery page
    Secret ownerAuth; // the TPM owner's password, asked on the summary page when it has one

    // The wizard's "Enter" is tpmvscmgr's PROMPT: the key is typed by the user.
    bool needsRecoveryPage() const { return withPuk || adminKeyMode == AdminKeyMode::Prompt; }
    // Empty when the model can be created as it is; else what is missing (English, for
    // the wizard's last check before creating).
    QString problem() const;
    // An attestation CA address was typed that no client can use.
    bool attestationCaWrong() const;
    CreateOptions toCreateOptions() const;
    // Forgets every secret (after creation, or when the wizard closes).
    void wipeSecrets();
};

// The well-known default PIN and PUK of tpmvscmgr (and Windows).
QString defaultPinText();

} // namespace tpmvsc

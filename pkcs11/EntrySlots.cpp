// Library, slot, token and mechanism information. None of these sends a TPM command:
// they read the card store, so they answer at once even while the TPM is busy or absent.
#include "Entry.h"
#include "ModuleFacts.h"

#include <QCoreApplication>
#include <cstring>

using namespace tpmvsc;
using namespace tpmvsc::pkcs11;

namespace {

CK_RV initialize(CK_C_INITIALIZE_ARGS* args)
{
    if (const CK_RV bad = checkInitializeArgs(args); bad != CKR_OK)
        return bad;
    installForkHandlers();
    installExitHandler();
    std::lock_guard<std::mutex> lock(moduleLock());
    if (currentModule())
        return CKR_CRYPTOKI_ALREADY_INITIALIZED;
    currentModule() = new Module; // no TPM command: the TPM is reached later
    return CKR_OK;
}

QString slotDescription(int instance)
{
    return QStringLiteral("tpmvsc virtual smart card reader %1").arg(instance);
}

} // namespace

CK_RV C_Initialize(void* initArgs)
{
    return guarded("C_Initialize",
                   [&] { return initialize(static_cast<CK_C_INITIALIZE_ARGS*>(initArgs)); });
}

CK_RV C_Finalize(void* reserved)
{
    return guarded("C_Finalize", [&]() -> CK_RV {
        if (reserved)
            return CKR_ARGUMENTS_BAD;
        {
            std::lock_guard<std::mutex> lock(moduleLock());
            if (!currentModule())
                return CKR_CRYPTOKI_NOT_INITIALIZED;
        }
        finalizeModule();
        return CKR_OK;
    });
}

CK_RV C_GetInfo(CK_INFO* info)
{
    return withModule("C_GetInfo", [&](Module&) -> CK_RV {
        if (!info)
            return CKR_ARGUMENTS_BAD;
        fillModuleInfo(info);
        return CKR_OK;
    });
}

CK_RV C_GetSlotList(CK_BBOOL tokenPresent, CK_SLOT_ID* slotList, CK_ULONG* count)
{
    Q_UNUSED(tokenPresent) // every slot holds its card: a slot exists while its card does
    return withModule("C_GetSlotList", [&](Module& m) -> CK_RV {
        if (!count)
            return CKR_ARGUMENTS_BAD;
        const QList<int> slots = m.slots();
        if (!slotList) {
            *count = CK_ULONG(slots.size());
            return CKR_OK;
        }
        if (*count < CK_ULONG(slots.size())) {
            *count = CK_ULONG(slots.size());
            return CKR_BUFFER_TOO_SMALL;
        }
        for (qsizetype i = 0; i < slots.size(); ++i)
            slotList[i] = CK_SLOT_ID(slots[i]);
        *count = CK_ULONG(slots.size());
        return CKR_OK;
    });
}

CK_RV C_GetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO* info)
{
    return withModule("C_GetSlotInfo", [&](Module& m) -> CK_RV {
        if (!info)
            return CKR_ARGUMENTS_BAD;
        if (!m.slotExists(slot))
            return CKR_SLOT_ID_INVALID;
        std::memset(info, 0, sizeof *info);
        setText(info->slotDescription, sizeof info->slotDescription, slotDescription(int(slot)));
        setText(info->manufacturerID, sizeof info->manufacturerID, QStringLiteral("tpmvsc"));
        info->flags = CKF_TOKEN_PRESENT | (m.softwareTpm() ? 0 : CKF_HW_SLOT);
        info->hardwareVersion = kLibraryVersion;
        info->firmwareVersion = kLibraryVersion;
        return CKR_OK;
    });
}

CK_RV C_GetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO* info)
{
    return withModule("C_GetTokenInfo", [&](Module& m) -> CK_RV {
        if (!info)
            return CKR_ARGUMENTS_BAD;
        const CardRecord card = m.card(slot);
        std::memset(info, 0, sizeof *info);
        setText(info->label, sizeof info->label, card.name);
        setText(info->manufacturerID, sizeof info->manufacturerID, QStringLiteral("tpmvsc"));
        setText(info->model, sizeof info->model,
                m.softwareTpm() ? QStringLiteral("software TPM") : QStringLiteral("TPM 2.0"));
        setText(info->serialNumber, sizeof info->serialNumber,
                QStringLiteral("%1").arg(card.instance, 4, 10, QLatin1Char('0')));
        CK_FLAGS flags = CKF_RNG | CKF_LOGIN_REQUIRED | CKF_USER_PIN_INITIALIZED;
        if (card.fileSystem)
            flags |= CKF_TOKEN_INITIALIZED;
        // Tries as the card counts them (the TPM checks each PIN; the card file keeps the
        // count): low after a wrong PIN, final with one left, locked at none.
        if (card.pinBlocked())
            flags |= CKF_USER_PIN_LOCKED;
        else if (card.pinTriesLeft == 1)
            flags |= CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_COUNT_LOW;
        else if (card.pinTriesLeft < card.pinMaxTries)
            flags |= CKF_USER_PIN_COUNT_LOW;
        if (card.hasPuk()) {
            if (card.pukTriesLeft <= 0)
                flags |= CKF_SO_PIN_LOCKED;
            else if (card.pukTriesLeft == 1)
                flags |= CKF_SO_PIN_FINAL_TRY | CKF_SO_PIN_COUNT_LOW;
            else if (card.pukTriesLeft < card.pukMaxTries)
                flags |= CKF_SO_PIN_COUNT_LOW;
        }
        info->flags = flags;
        info->ulMaxSessionCount = CK_EFFECTIVELY_INFINITE;
        info->ulMaxRwSessionCount = CK_EFFECTIVELY_INFINITE;
        const QList<const Session*> sessions = m.sessionsOf(slot);
        info->ulSessionCount = CK_ULONG(sessions.size());
        info->ulRwSessionCount = CK_ULONG(std::count_if(
            sessions.begin(), sessions.end(), [](const Session* s) { return s->readWrite(); }));
        info->ulMaxPinLen = CK_ULONG(card.pinPolicy.maxLen);
        info->ulMinPinLen = CK_ULONG(card.pinPolicy.minLen);
        info->ulTotalPublicMemory = CK_UNAVAILABLE_INFORMATION;
        info->ulFreePublicMemory = CK_UNAVAILABLE_INFORMATION;
        info->ulTotalPrivateMemory = CK_UNAVAILABLE_INFORMATION;
        info->ulFreePrivateMemory = CK_UNAVAILABLE_INFORMATION;
        info->hardwareVersion = kLibraryVersion;
        info->firmwareVersion = kLibraryVersion;
        return CKR_OK;
    });
}

CK_RV C_GetMechanismList(CK_SLOT_ID slot, CK_MECHANISM_TYPE* list, CK_ULONG* count)
{
    return withModule("C_GetMechanismList", [&](Module& m) -> CK_RV {
        if (!count)
            return CKR_ARGUMENTS_BAD;
        if (!m.slotExists(slot))
            return CKR_SLOT_ID_INVALID;
        const QList<CK_MECHANISM_TYPE> all = allMechanisms();
        if (!list) {
            *count = CK_ULONG(all.size());
            return CKR_OK;
        }
        if (*count < CK_ULONG(all.size())) {
            *count = CK_ULONG(all.size());
            return CKR_BUFFER_TOO_SMALL;
        }
        std::copy(all.begin(), all.end(), list);
        *count = CK_ULONG(all.size());
        return CKR_OK;
    });
}

CK_RV C_GetMechanismInfo(CK_SLOT_ID slot, CK_MECHANISM_TYPE type, CK_MECHANISM_INFO* info)
{
    return withModule("C_GetMechanismInfo", [&](Module& m) -> CK_RV {
        if (!info)
            return CKR_ARGUMENTS_BAD;
        if (!m.slotExists(slot))
            return CKR_SLOT_ID_INVALID;
        const Mechanism* mechanism = findMechanism(type);
        if (!mechanism)
            return CKR_MECHANISM_INVALID;
        *info = mechanismInfo(*mechanism);
        return CKR_OK;
    });
}

CK_RV C_InitToken(CK_SLOT_ID slot, CK_UTF8CHAR* pin, CK_ULONG pinLength, CK_UTF8CHAR* label)
{
    return withModule("C_InitToken", [&](Module& m) -> CK_RV {
        if ((!pin && pinLength) || !label)
            return CKR_ARGUMENTS_BAD;
        if (!m.slotExists(slot))
            return CKR_SLOT_ID_INVALID;
        // Cards are made (and remade) with tpmvscmgr or the wizard, which ask for the
        // admin key; a PKCS#11 caller cannot wipe one.
        return CKR_FUNCTION_NOT_SUPPORTED;
    });
}

CK_RV C_WaitForSlotEvent(CK_FLAGS flags, CK_SLOT_ID* slot, void* reserved)
{
    Q_UNUSED(flags)
    return withModule("C_WaitForSlotEvent", [&](Module&) -> CK_RV {
        if (!slot || reserved)
            return CKR_ARGUMENTS_BAD;
        return CKR_FUNCTION_NOT_SUPPORTED;
    });
}

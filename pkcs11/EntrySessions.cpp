// Sessions, login and PINs. The TPM checks every PIN and PUK (CardService); wrong ones
// count toward the card's limits exactly as in tpmvscmgr and the wizard.
#include "Entry.h"

#include "core/policy/PinPolicy.h"

#include <cstring>

using namespace tpmvsc;
using namespace tpmvsc::pkcs11;

namespace {

Secret pinArgument(const CK_UTF8CHAR* pin, CK_ULONG length)
{
    if (!pin || !length)
        fail(CKR_ARGUMENTS_BAD); // no protected authentication path: the PIN is required
    if (length > 1024)
        fail(CKR_PIN_LEN_RANGE);
    return Secret(pin, length);
}

// A new PIN against the card's policy: length first (CKR_PIN_LEN_RANGE), then the
// character rules (CKR_PIN_INVALID), before any TPM command.
void checkNewPin(const PinPolicy& policy, const Secret& pin)
{
    const PinCheck check = checkPin(policy, pin);
    for (const PinRuleResult& r : check.rules) {
        if (r.state != PinRuleState::Met &&
            (r.rule == PinRuleId::MinLength || r.rule == PinRuleId::MaxLength))
            fail(CKR_PIN_LEN_RANGE);
    }
    if (!check.ok())
        fail(CKR_PIN_INVALID);
}

// A wrong secret: PIN_INCORRECT while tries remain and for the try that blocks (it was
// incorrect); a card already blocked before the try answers PIN_LOCKED.
template <typename F> void checkedSecret(bool blockedBefore, F&& use)
{
    if (blockedBefore)
        fail(CKR_PIN_LOCKED);
    try {
        use();
    } catch (const Error& e) {
        if (e.code() == ErrorCode::AuthFailed || e.code() == ErrorCode::Blocked)
            fail(CKR_PIN_INCORRECT);
        throw;
    }
}

bool pukBlocked(const CardRecord& card)
{
    return card.hasPuk() && card.pukTriesLeft <= 0;
}

} // namespace

CK_RV C_OpenSession(CK_SLOT_ID slot, CK_FLAGS flags, void* application, CK_NOTIFY notify,
                    CK_SESSION_HANDLE* session)
{
    Q_UNUSED(application)
    Q_UNUSED(notify) // no callbacks: operations complete within the call
    return withModule("C_OpenSession", [&](Module& m) -> CK_RV {
        if (!session)
            return CKR_ARGUMENTS_BAD;
        if (!m.slotExists(slot))
            return CKR_SLOT_ID_INVALID;
        if (!(flags & CKF_SERIAL_SESSION))
            return CKR_SESSION_PARALLEL_NOT_SUPPORTED;
        const Token& t = m.token(slot);
        if (!(flags & CKF_RW_SESSION) && t.user == CKU_SO)
            return CKR_SESSION_READ_WRITE_SO_EXISTS;
        *session = m.openSession(slot, flags & (CKF_SERIAL_SESSION | CKF_RW_SESSION));
        m.connectAhead();
        return CKR_OK;
    });
}

CK_RV C_CloseSession(CK_SESSION_HANDLE session)
{
    return withModule("C_CloseSession", [&](Module& m) -> CK_RV {
        m.closeSession(session);
        return CKR_OK;
    });
}

CK_RV C_CloseAllSessions(CK_SLOT_ID slot)
{
    return withModule("C_CloseAllSessions", [&](Module& m) -> CK_RV {
        if (!m.slotExists(slot))
            return CKR_SLOT_ID_INVALID;
        m.closeAllSessions(slot);
        return CKR_OK;
    });
}

CK_RV C_GetSessionInfo(CK_SESSION_HANDLE session, CK_SESSION_INFO* info)
{
    return withModule("C_GetSessionInfo", [&](Module& m) -> CK_RV {
        if (!info)
            return CKR_ARGUMENTS_BAD;
        const Session& s = m.session(session);
        const Token& t = m.token(s.slot);
        std::memset(info, 0, sizeof *info);
        info->slotID = s.slot;
        info->flags = s.flags;
        if (t.user == CKU_SO)
            info->state = CKS_RW_SO_FUNCTIONS;
        else if (t.user == CKU_USER)
            info->state = s.readWrite() ? CKS_RW_USER_FUNCTIONS : CKS_RO_USER_FUNCTIONS;
        else
            info->state = s.readWrite() ? CKS_RW_PUBLIC_SESSION : CKS_RO_PUBLIC_SESSION;
        return CKR_OK;
    });
}

CK_RV C_Login(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR* pin, CK_ULONG pinLength)
{
    return withModule("C_Login", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        Token& t = m.token(s.slot);
        if (user != CKU_USER && user != CKU_SO && user != CKU_CONTEXT_SPECIFIC)
            return CKR_USER_TYPE_INVALID;
        if (user == CKU_CONTEXT_SPECIFIC)
            return CKR_OPERATION_NOT_INITIALIZED; // no key needs CKA_ALWAYS_AUTHENTICATE
        if (t.user == user)
            return CKR_USER_ALREADY_LOGGED_IN;
        if (t.user)
            return CKR_USER_ANOTHER_ALREADY_LOGGED_IN;
        const Secret secret = pinArgument(pin, pinLength);
        const CardRecord card = m.card(s.slot);
        const int instance = card.instance;
        if (user == CKU_USER) {
            m.makeSessionRoom();
            checkedSecret(card.pinBlocked(),
                          [&] { t.card = m.service().openSession(instance, secret); });
            m.noteCardFile(s.slot);
            t.user = CKU_USER;
            return CKR_OK;
        }
        for (const Session* other : m.sessionsOf(s.slot)) {
            if (!other->readWrite())
                return CKR_SESSION_READ_ONLY_EXISTS;
        }
        if (!card.hasPuk())
            return CKR_PIN_INCORRECT; // a card made without PUK has no security officer
        m.makeSessionRoom();
        checkedSecret(pukBlocked(card), [&] { m.service().verifyPuk(instance, secret); });
        t.puk = secret;
        t.user = CKU_SO;
        return CKR_OK;
    });
}

CK_RV C_Logout(CK_SESSION_HANDLE session)
{
    return withModule("C_Logout", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        if (!m.token(s.slot).user)
            return CKR_USER_NOT_LOGGED_IN;
        m.logout(s.slot);
        return CKR_OK;
    });
}

CK_RV C_InitPIN(CK_SESSION_HANDLE session, CK_UTF8CHAR* pin, CK_ULONG pinLength)
{
    return withModule("C_InitPIN", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        Token& t = m.token(s.slot);
        if (t.user != CKU_SO)
            return CKR_USER_NOT_LOGGED_IN;
        if (!s.readWrite())
            return CKR_SESSION_READ_ONLY;
        const Secret newPin = pinArgument(pin, pinLength);
        const CardRecord card = m.card(s.slot);
        checkNewPin(card.pinPolicy, newPin);
        // The PUK the officer logged in with unblocks the card and sets the new PIN.
        checkedSecret(pukBlocked(card), [&] {
            m.makeSessionRoom();
            m.service().unblockWithPuk(card.instance, t.puk, newPin);
        });
        return CKR_OK;
    });
}

CK_RV C_SetPIN(CK_SESSION_HANDLE session, CK_UTF8CHAR* oldPin, CK_ULONG oldLength,
               CK_UTF8CHAR* newPin, CK_ULONG newLength)
{
    return withModule("C_SetPIN", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        const Token& t = m.token(s.slot);
        if (!s.readWrite())
            return CKR_SESSION_READ_ONLY;
        const Secret oldSecret = pinArgument(oldPin, oldLength);
        const Secret newSecret = pinArgument(newPin, newLength);
        const CardRecord card = m.card(s.slot);
        if (t.user == CKU_SO)
            return CKR_FUNCTION_NOT_SUPPORTED; // a PUK is set when the card is made
        checkNewPin(card.pinPolicy, newSecret);
        m.makeSessionRoom();
        checkedSecret(card.pinBlocked(),
                      [&] { m.service().changePin(card.instance, oldSecret, newSecret); });
        // Changed by this application: its login goes on, with the card as it is now.
        if (Token& own = m.token(s.slot); own.card) {
            own.card->replaceCard(m.card(s.slot));
            m.noteCardFile(s.slot);
        }
        return CKR_OK;
    });
}

CK_RV C_GetOperationState(CK_SESSION_HANDLE session, CK_BYTE* state, CK_ULONG* length)
{
    Q_UNUSED(state)
    return withModule("C_GetOperationState", [&](Module& m) -> CK_RV {
        m.session(session);
        if (!length)
            return CKR_ARGUMENTS_BAD;
        return CKR_FUNCTION_NOT_SUPPORTED;
    });
}

CK_RV C_SetOperationState(CK_SESSION_HANDLE session, CK_BYTE* state, CK_ULONG length,
                          CK_OBJECT_HANDLE encryptionKey, CK_OBJECT_HANDLE authenticationKey)
{
    Q_UNUSED(encryptionKey)
    Q_UNUSED(authenticationKey)
    return withModule("C_SetOperationState", [&](Module& m) -> CK_RV {
        m.session(session);
        if (!state || !length)
            return CKR_ARGUMENTS_BAD;
        return CKR_FUNCTION_NOT_SUPPORTED;
    });
}

// The module's state between C_Initialize and C_Finalize: the card store, the TPM
// connection (made on first need, so C_Initialize and everything that only reads the
// store send no TPM command), the tokens this process logged in to, its sessions and the
// object handles it was given. Guarded by one mutex (entry points hold it: see Entry.h).
#pragma once

#include "KeyObjects.h"
#include "Operations.h"
#include "core/card/CardService.h"
#include "core/card/CardSession.h"
#include "core/store/CardStore.h"
#include "core/tpm/Tpm.h"
#include "services/CardServices.h"

#include <map>
#include <memory>
#include <optional>

namespace tpmvsc::pkcs11 {

// One card as this process sees it: PKCS#11 logins belong to the application, shared by
// all its sessions with the card.
struct Token {
    std::optional<CK_USER_TYPE> user;
    std::unique_ptr<CardSession> card; // CKU_USER: the PIN verified, keys loaded as used
    std::uint64_t cardStamp = 0;       // the card file as `card` last saw it
    Secret puk;                        // CKU_SO: kept for C_InitPIN, wiped at logout
};

struct Session {
    CK_SLOT_ID slot = 0;
    CK_FLAGS flags = 0;
    std::unique_ptr<SignOperation> sign;
    std::unique_ptr<DecryptOperation> decrypt;
    std::optional<QList<CK_OBJECT_HANDLE>> found; // C_FindObjectsInit's result
    qsizetype foundPosition = 0;
    bool readWrite() const { return flags & CKF_RW_SESSION; }
};

class Module
{
public:
    Module();
    ~Module();

    CardStore& store() { return m_services.store(); }
    CardService& service() { return m_services.service(); }
    // Software TPM (swtpm, simulator): CKF_HW is not claimed. Decided from how the TPM is
    // reached, without a TPM command.
    bool softwareTpm() const { return m_services.reachesSoftwareTpm(); }
    std::uint64_t tpmCommands() const
    {
        return m_services.connection() ? m_services.connection()->commandsSent() : 0;
    }
    Tpm& tpm() { return m_services.tpm(); }
    // A program opens a session on a token to use it: the TPM connection (with its look
    // for the persistent storage key) is made then, so that C_Login sends the login's
    // commands only. A TPM out of reach is reported by the operation that needs it.
    void connectAhead();

    // Cards present now (slot IDs = instance numbers), read from the store.
    QList<int> slots() const;
    bool slotExists(CK_SLOT_ID slot) const;
    // The card as stored now; CKR_SLOT_ID_INVALID for a slot without a card.
    CardRecord card(CK_SLOT_ID slot) const;

    Session& session(CK_SESSION_HANDLE handle);
    CK_SESSION_HANDLE openSession(CK_SLOT_ID slot, CK_FLAGS flags);
    void closeSession(CK_SESSION_HANDLE handle);
    void closeAllSessions(CK_SLOT_ID slot);
    QList<const Session*> sessionsOf(CK_SLOT_ID slot) const;

    Token& token(CK_SLOT_ID slot) { return m_tokens[slot]; }
    void logout(CK_SLOT_ID slot);
    // The logged-in CardSession, its card refreshed from the store when the file changed
    // or lacks the key (another process may have added it). CKR_USER_NOT_LOGGED_IN
    // without a user login, and when the PIN has been replaced since the login (the
    // login ends, as on a real card); CKR_PIN_LOCKED when the card has been blocked since.
    CardSession& cardSession(CK_SLOT_ID slot, const QByteArray& keyId);
    // 0 for a file too young to be told from a change within its times' tick: the next
    // use reads it again.
    void noteCardFile(CK_SLOT_ID slot)
    {
        bool settled = true;
        const std::uint64_t stamp = store().fileStamp(int(slot), &settled);
        token(slot).cardStamp = settled ? stamp : 0;
    }
    // Before a card operation of this program (a PIN check needs two sessions): the
    // logged-in cards' own HMAC sessions are ended, so a TPM without resource manager has
    // room.
    void makeSessionRoom()
    {
        for (auto& [slot, t] : m_tokens) {
            if (t.card)
                t.card->releaseDirectSession();
        }
    }

    CK_OBJECT_HANDLE handleFor(const ObjectRef& ref);
    // What a handle was given for, without checking the store (nullptr: never given).
    const ObjectRef* reference(CK_OBJECT_HANDLE handle) const;
    // The object a handle names, visible to this session now, with its key as stored;
    // CKR_OBJECT_HANDLE_INVALID otherwise (private objects are invisible before login).
    ObjectRef object(const Session& session, CK_OBJECT_HANDLE handle, KeyRecord* key);
    bool visible(CK_SLOT_ID slot, ObjectKind kind)
    {
        return kind != ObjectKind::PrivateKey || token(slot).card;
    }

private:
    // The store and the TPM as every program opens them: the TPM chosen by the same rule
    // as tpmvsc and tpmvscmgr (a card made with their built-in software TPM is found).
    CardServices m_services;
    std::map<CK_SLOT_ID, Token> m_tokens;
    std::map<CK_SESSION_HANDLE, Session> m_sessions;
    CK_SESSION_HANDLE m_nextSession = 1;
    std::map<ObjectRef, CK_OBJECT_HANDLE> m_handles;
    std::map<CK_OBJECT_HANDLE, ObjectRef> m_refs;
    CK_OBJECT_HANDLE m_nextObject = 1;
};

} // namespace tpmvsc::pkcs11

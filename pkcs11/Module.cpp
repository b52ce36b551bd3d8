#include "Module.h"

namespace tpmvsc::pkcs11 {

Module::Module() : m_services(TpmOptions(), QString()) {}

Module::~Module()
{
    // Operations and logins end before the TPM connection closes: everything flushed.
    m_sessions.clear();
    m_tokens.clear();
}

void Module::connectAhead()
{
    try {
        tpm();
    } catch (const Error&) {
    }
}

QList<int> Module::slots() const
{
    QList<int> out;
    for (int instance : m_services.store().instances()) {
        try {
            m_services.store().load(instance); // a card that does not load has no token to show
            out.append(instance);
        } catch (const Error&) {
        }
    }
    return out;
}

bool Module::slotExists(CK_SLOT_ID slot) const
{
    // One lstat of the card's file: every entry point asks (a card may be destroyed
    // under a logged-in program), so listing the whole store here would be paid per call.
    return slot <= CK_SLOT_ID(std::numeric_limits<int>::max()) &&
           m_services.store().exists(int(slot));
}

CardRecord Module::card(CK_SLOT_ID slot) const
{
    if (!slotExists(slot))
        fail(CKR_SLOT_ID_INVALID);
    return m_services.store().load(int(slot));
}

Session& Module::session(CK_SESSION_HANDLE handle)
{
    const auto it = m_sessions.find(handle);
    if (it == m_sessions.end())
        fail(CKR_SESSION_HANDLE_INVALID);
    if (!slotExists(it->second.slot))
        fail(CKR_DEVICE_REMOVED);
    return it->second;
}

CK_SESSION_HANDLE Module::openSession(CK_SLOT_ID slot, CK_FLAGS flags)
{
    const CK_SESSION_HANDLE handle = m_nextSession++;
    Session& s = m_sessions[handle];
    s.slot = slot;
    s.flags = flags;
    return handle;
}

void Module::closeSession(CK_SESSION_HANDLE handle)
{
    const auto it = m_sessions.find(handle);
    if (it == m_sessions.end())
        fail(CKR_SESSION_HANDLE_INVALID);
    const CK_SLOT_ID slot = it->second.slot;
    m_sessions.erase(it);
    if (sessionsOf(slot).isEmpty())
        logout(slot); // the spec: closing the last session logs the application out
}

void Module::closeAllSessions(CK_SLOT_ID slot)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->second.slot == slot)
            it = m_sessions.erase(it);
        else
            ++it;
    }
    logout(slot);
}

QList<const Session*> Module::sessionsOf(CK_SLOT_ID slot) const
{
    QList<const Session*> out;
    for (const auto& [handle, s] : m_sessions) {
        if (s.slot == slot)
            out.append(&s);
    }
    return out;
}

void Module::logout(CK_SLOT_ID slot)
{
    for (auto& [handle, s] : m_sessions) {
        if (s.slot == slot) {
            s.sign.reset();
            s.decrypt.reset();
            s.found.reset();
        }
    }
    m_tokens.erase(slot); // flushes the card session, wipes a PUK
    // Handles to private objects die with the login (PKCS#11 2.40 §5.6): a later login
    // hands out new ones, so an old handle can never reach a key again.
    for (auto it = m_refs.begin(); it != m_refs.end();) {
        if (CK_SLOT_ID(it->second.instance) == slot && it->second.kind == ObjectKind::PrivateKey) {
            m_handles.erase(it->second);
            it = m_refs.erase(it);
        } else {
            ++it;
        }
    }
}

CardSession& Module::cardSession(CK_SLOT_ID slot, const QByteArray& keyId)
{
    Token& t = token(slot);
    if (!t.card)
        fail(CKR_USER_NOT_LOGGED_IN);
    bool settled = true;
    const std::uint64_t stamp = m_services.store().fileStamp(int(slot), &settled);
    // A young file's stamp proves nothing unchanged: it is read until it settles.
    if (stamp != t.cardStamp || !settled) {
        const CardRecord now = card(slot);
        if (now.pinGeneration != t.card->card().pinGeneration) {
            logout(slot);
            fail(CKR_USER_NOT_LOGGED_IN);
        }
        if (now.pinBlocked()) {
            logout(slot);
            fail(CKR_PIN_LOCKED);
        }
        t.card->replaceCard(now);
        t.cardStamp = settled ? stamp : 0;
    }
    const auto& keys = t.card->card().keys;
    if (std::none_of(keys.begin(), keys.end(), [&](const KeyRecord& k) { return k.id == keyId; }))
        t.card->replaceCard(card(slot));
    return *t.card;
}

CK_OBJECT_HANDLE Module::handleFor(const ObjectRef& ref)
{
    const auto it = m_handles.find(ref);
    if (it != m_handles.end())
        return it->second;
    const CK_OBJECT_HANDLE handle = m_nextObject++;
    m_handles[ref] = handle;
    m_refs[handle] = ref;
    return handle;
}

const ObjectRef* Module::reference(CK_OBJECT_HANDLE handle) const
{
    const auto it = m_refs.find(handle);
    return it == m_refs.end() ? nullptr : &it->second;
}

ObjectRef Module::object(const Session& session, CK_OBJECT_HANDLE handle, KeyRecord* key)
{
    const auto it = m_refs.find(handle);
    if (it == m_refs.end())
        fail(CKR_OBJECT_HANDLE_INVALID);
    const ObjectRef& ref = it->second;
    if (CK_SLOT_ID(ref.instance) != session.slot || !visible(session.slot, ref.kind))
        fail(CKR_OBJECT_HANDLE_INVALID);
    const CardRecord c = card(session.slot);
    for (const KeyRecord& k : c.keys) {
        if (k.id == ref.keyId && objectKinds(k).contains(ref.kind)) {
            if (key)
                *key = k;
            return ref;
        }
    }
    fail(CKR_OBJECT_HANDLE_INVALID);
}

} // namespace tpmvsc::pkcs11

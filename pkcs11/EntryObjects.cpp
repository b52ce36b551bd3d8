// Finding objects, reading their attributes, and the card writes PKCS#11 can ask for:
// key pair generation in the TPM, storing a certificate, removing a key or certificate.
// Writes need a read/write session and the user's login (as a real card wants its PIN).
#include "Entry.h"

#include "ObjectTemplates.h"

using namespace tpmvsc;
using namespace tpmvsc::pkcs11;

namespace {

// For writes: a read/write session of a logged-in user.
CardSession& writableCard(Module& m, const Session& s, const QByteArray& keyId = QByteArray())
{
    if (!s.readWrite())
        fail(CKR_SESSION_READ_ONLY);
    return m.cardSession(s.slot, keyId);
}

// Core refusals of a caller's values (a label too long, an ID already used, a certificate
// for another key) are the template's fault.
template <typename F> auto templateChecked(F&& write)
{
    try {
        return write();
    } catch (const Error& e) {
        if (e.code() == ErrorCode::InvalidInput) {
            debugLog("template", e.message());
            fail(CKR_TEMPLATE_INCONSISTENT);
        }
        throw;
    }
}

} // namespace

CK_RV C_FindObjectsInit(CK_SESSION_HANDLE session, CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    return withModule("C_FindObjectsInit", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        // Checked here, not per object matched: a bad template is refused on a card
        // without objects too, and matching reads no value whose length was not checked.
        checkTemplate(attributes, count);
        if (s.found)
            return CKR_OPERATION_ACTIVE;
        QList<CK_OBJECT_HANDLE> found;
        const CardRecord card = m.card(s.slot);
        for (const KeyRecord& key : card.keys) {
            for (ObjectKind kind : objectKinds(key)) {
                if (m.visible(s.slot, kind) &&
                    objectAttributes(key, kind).matches(attributes, count))
                    found.append(m.handleFor(ObjectRef{card.instance, kind, key.id}));
            }
        }
        s.found = found;
        s.foundPosition = 0;
        return CKR_OK;
    });
}

CK_RV C_FindObjects(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE* objects, CK_ULONG maxCount,
                    CK_ULONG* count)
{
    return withModule("C_FindObjects", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!objects || !count)
            return CKR_ARGUMENTS_BAD;
        if (!s.found)
            return CKR_OPERATION_NOT_INITIALIZED;
        CK_ULONG n = 0;
        while (n < maxCount && s.foundPosition < s.found->size())
            objects[n++] = s.found->at(s.foundPosition++);
        *count = n;
        return CKR_OK;
    });
}

CK_RV C_FindObjectsFinal(CK_SESSION_HANDLE session)
{
    return withModule("C_FindObjectsFinal", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!s.found)
            return CKR_OPERATION_NOT_INITIALIZED;
        s.found.reset();
        return CKR_OK;
    });
}

CK_RV C_GetAttributeValue(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                          CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    return withModule("C_GetAttributeValue", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        if (!attributes && count)
            return CKR_ARGUMENTS_BAD;
        KeyRecord key;
        const ObjectRef ref = m.object(s, object, &key);
        return objectAttributes(key, ref.kind).copyTo(attributes, count);
    });
}

namespace {
// C_SetAttributeValue and C_CopyObject: every object is neither modifiable nor copyable.
CK_RV prohibited(const char* function, CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                 bool argumentsOk)
{
    return withModule(function, [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        if (!argumentsOk)
            return CKR_ARGUMENTS_BAD;
        m.object(s, object, nullptr);
        return CKR_ACTION_PROHIBITED;
    });
}
} // namespace

CK_RV C_SetAttributeValue(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                          CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    return prohibited("C_SetAttributeValue", session, object, attributes || !count);
}

CK_RV C_GetObjectSize(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ULONG* size)
{
    return withModule("C_GetObjectSize", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        if (!size)
            return CKR_ARGUMENTS_BAD;
        m.object(s, object, nullptr);
        *size = CK_UNAVAILABLE_INFORMATION;
        return CKR_OK;
    });
}

CK_RV C_CopyObject(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE* attributes,
                   CK_ULONG count, CK_OBJECT_HANDLE* newObject)
{
    return prohibited("C_CopyObject", session, object, (attributes || !count) && newObject);
}

CK_RV C_CreateObject(CK_SESSION_HANDLE session, CK_ATTRIBUTE* attributes, CK_ULONG count,
                     CK_OBJECT_HANDLE* object)
{
    return withModule("C_CreateObject", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        if (!object)
            return CKR_ARGUMENTS_BAD;
        const Template t(attributes, count);
        const CertificateTemplate cert = readCertificateTemplate(t);
        CardSession& card = writableCard(m, s);
        const QByteArray keyId = keyForCertificate(m.card(s.slot), cert);
        templateChecked([&] { m.service().setCertificate(card, keyId, cert.der, {}); });
        *object = m.handleFor(ObjectRef{int(s.slot), ObjectKind::Certificate, keyId});
        return CKR_OK;
    });
}

CK_RV C_DestroyObject(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object)
{
    return withModule("C_DestroyObject", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        KeyRecord key;
        const ObjectRef ref = m.object(s, object, &key);
        if (ref.kind == ObjectKind::PublicKey)
            return CKR_ACTION_PROHIBITED; // it goes with its private key
        CardSession& card = writableCard(m, s, key.id);
        if (ref.kind == ObjectKind::PrivateKey)
            m.service().deleteKey(card, key.id);
        else
            m.service().deleteCertificate(card, key.id);
        return CKR_OK;
    });
}

CK_RV C_GenerateKeyPair(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
                        CK_ATTRIBUTE* publicAttributes, CK_ULONG publicCount,
                        CK_ATTRIBUTE* privateAttributes, CK_ULONG privateCount,
                        CK_OBJECT_HANDLE* publicKey, CK_OBJECT_HANDLE* privateKey)
{
    return withModule("C_GenerateKeyPair", [&](Module& m) -> CK_RV {
        const Session& s = m.session(session);
        if (!mechanism || !publicKey || !privateKey)
            return CKR_ARGUMENTS_BAD;
        const KeyPairTemplate request =
            readKeyPairTemplate(*mechanism, Template(publicAttributes, publicCount),
                                Template(privateAttributes, privateCount));
        CardSession& card = writableCard(m, s);
        const KeyInfo key = templateChecked([&] {
            return m.service().generateKey(card, request.algorithm, request.label, request.id);
        });
        *publicKey = m.handleFor(ObjectRef{int(s.slot), ObjectKind::PublicKey, key.id});
        *privateKey = m.handleFor(ObjectRef{int(s.slot), ObjectKind::PrivateKey, key.id});
        return CKR_OK;
    });
}

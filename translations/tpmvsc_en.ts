<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CardService</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the card is blocked.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the card is blocked.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the card is blocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateImport</name>
    <message numerus="yes">
        <source>%1 is truncated: %n byte(s) are not even the start of a DER structure.</source>
        <translation>
            <numerusform>%1 is truncated: %n byte is not even the start of a DER structure.</numerusform>
            <numerusform>%1 is truncated: %n bytes are not even the start of a DER structure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n byte(s) of other data after the certificate (at byte %2); it is damaged or not a certificate file.</source>
        <translation>
            <numerusform>%1 holds %n byte of other data after the certificate (at byte %2); it is damaged or not a certificate file.</numerusform>
            <numerusform>%1 holds %n bytes of other data after the certificate (at byte %2); it is damaged or not a certificate file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>%n wrong PIN(s) left before the card is blocked.</source>
        <translation>
            <numerusform>%n wrong PIN left before the card is blocked.</numerusform>
            <numerusform>%n wrong PINs left before the card is blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PUK(s) left before the PUK is blocked.</source>
        <translation>
            <numerusform>%n wrong PUK left before the PUK is blocked.</numerusform>
            <numerusform>%n wrong PUKs left before the PUK is blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The challenge is used up. %n wrong response(s) left before admin reset is blocked on this card.</source>
        <translation>
            <numerusform>The challenge is used up. %n wrong response left before admin reset is blocked on this card.</numerusform>
            <numerusform>The challenge is used up. %n wrong responses left before admin reset is blocked on this card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnalysis</name>
    <message numerus="yes">
        <source>Valid from %1 to %2 (%n days left).</source>
        <translation>
            <numerusform>Valid from %1 to %2 (%n day left).</numerusform>
            <numerusform>Valid from %1 to %2 (%n days left).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These certificates are for other keys: none of the %n public keys in the file matches a key on this card. Import the certificate the CA issued for a request made from this card.</source>
        <translation>
            <numerusform>This certificate is for another key: the %n public key in the file matches no key on this card. Import the certificate the CA issued for a request made from this card.</numerusform>
            <numerusform>These certificates are for other keys: none of the %n public keys in the file matches a key on this card. Import the certificate the CA issued for a request made from this card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n certificates for keys on this card (%1 and %2, ...); import them one file at a time.</source>
        <translation>
            <numerusform>The file holds %n certificates for keys on this card (%1 and %2, ...); import them one file at a time.</numerusform>
            <numerusform>The file holds %n certificates for keys on this card (%1 and %2, ...); import them one file at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file also holds %n certificates that are not part of this certificate&apos;s chain (%1); they are not stored.</source>
        <translation>
            <numerusform>The file also holds %n certificate that is not part of this certificate&apos;s chain (%1); it is not stored.</numerusform>
            <numerusform>The file also holds %n certificates that are not part of this certificate&apos;s chain (%1); they are not stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file also holds %n certificate that is not part of this certificate&apos;s chain (%1); it is not stored.</source>
        <translation>
            <numerusform>The file also holds %n certificate that is not part of this certificate&apos;s chain (%1); it is not stored.</numerusform>
            <numerusform>The file also holds %n certificates that are not part of this certificate&apos;s chain (%1); they are not stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message numerus="yes">
        <source>The PIN is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>The PIN is too short: it needs at least %n character.</numerusform>
            <numerusform>The PIN is too short: it needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>The PIN is too long: it can have at most %n character.</numerusform>
            <numerusform>The PIN is too long: it can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>The PUK is too short: it needs at least %n character.</numerusform>
            <numerusform>The PUK is too short: it needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>The PUK is too long: it can have at most %n character.</numerusform>
            <numerusform>The PUK is too long: it can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::AdminChallengeDialog</name>
    <message numerus="yes">
        <source>%n admin reset(s) left on this card.</source>
        <translation>
            <numerusform>%n admin reset left on this card.</numerusform>
            <numerusform>%n admin resets left on this card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardDetailsDialog</name>
    <message numerus="yes">
        <source>%n try/tries left</source>
        <translation>
            <numerusform>%n try left</numerusform>
            <numerusform>%n tries left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::ChangePinDialog</name>
    <message numerus="yes">
        <source>%n wrong PIN(s) left before the card is blocked.</source>
        <translation>
            <numerusform>%n wrong PIN left before the card is blocked.</numerusform>
            <numerusform>%n wrong PINs left before the card is blocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::DestroyCardDialog</name>
    <message numerus="yes">
        <source>Destroying the card deletes its %n key(s) and their certificates. This cannot be undone: anything encrypted to these keys can no longer be decrypted, and you can no longer sign in with the card.</source>
        <translation>
            <numerusform>Destroying the card deletes its %n key and its certificate. This cannot be undone: anything encrypted to these keys can no longer be decrypted, and you can no longer sign in with the card.</numerusform>
            <numerusform>Destroying the card deletes its %n keys and their certificates. This cannot be undone: anything encrypted to these keys can no longer be decrypted, and you can no longer sign in with the card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::ImportCertificateDialog</name>
    <message numerus="yes">
        <source>%n issuer certificate(s) from the file</source>
        <translation>
            <numerusform>%n issuer certificate from the file</numerusform>
            <numerusform>%n issuer certificates from the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::RequestPinPage</name>
    <message numerus="yes">
        <source>A new %1 key is generated in the TPM. A certificate valid for %n day(s), signed with %2, is stored with it on the card.</source>
        <translation>
            <numerusform>A new %1 key is generated in the TPM. A certificate valid for %n day, signed with %2, is stored with it on the card.</numerusform>
            <numerusform>A new %1 key is generated in the TPM. A certificate valid for %n days, signed with %2, is stored with it on the card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::UnblockDialog</name>
    <message numerus="yes">
        <source>%n wrong PUK(s) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>%n wrong PUK left before the PUK is blocked too.</numerusform>
            <numerusform>%n wrong PUKs left before the PUK is blocked too.</numerusform>
        </translation>
    </message>
</context>
</TS>

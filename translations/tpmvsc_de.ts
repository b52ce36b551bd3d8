<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminResponse</name>
    <message>
        <source>The admin key has a character that is not hexadecimal at position %1.</source>
        <translation>Der Administratorschlüssel enthält an Position %1 ein Zeichen, das keine Hexadezimalziffer ist.</translation>
    </message>
    <message>
        <source>The admin key must be %1 hexadecimal digits (%2 bytes); you gave %3.</source>
        <translation>Der Administratorschlüssel muss aus %1 Hexadezimalziffern (%2 Byte) bestehen; Sie haben %3 angegeben.</translation>
    </message>
    <message>
        <source>The %1 has a character that is not hexadecimal at position %2: %3.</source>
        <translation>Die %1 enthält an Position %2 ein Zeichen, das keine Hexadezimalziffer ist: %3.</translation>
    </message>
    <message>
        <source>The %1 must be %2 hexadecimal digits (%3 bytes); you gave %4.</source>
        <translation>Die %1 muss aus %2 Hexadezimalziffern (%3 Byte) bestehen; Sie haben %4 angegeben.</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 of the admin key differ only in the lowest bit of each byte, which DES ignores, so this 3DES key is no stronger than single DES, whose 56-bit keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>Die Ziffern %1-%2 und %3-%4 des Administratorschlüssels unterscheiden sich nur im niedrigsten Bit jedes Bytes, das DES ignoriert; daher ist dieser 3DES-Schlüssel nicht stärker als einfaches DES, dessen 56-Bit-Schlüssel sich alle durchprobieren lassen. Wählen Sie einen Schlüssel, dessen drei 16-stellige Teile sich unterscheiden.</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 of the admin key are the same, so this 3DES key is no stronger than single DES, whose 56-bit keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>Die Ziffern %1-%2 und %3-%4 des Administratorschlüssels sind gleich; daher ist dieser 3DES-Schlüssel nicht stärker als einfaches DES, dessen 56-Bit-Schlüssel sich alle durchprobieren lassen. Wählen Sie einen Schlüssel, dessen drei 16-stellige Teile sich unterscheiden.</translation>
    </message>
    <message>
        <source>The admin key must be %1 bytes; it has %2.</source>
        <translation>Der Administratorschlüssel muss %1 Byte lang sein; er hat %2.</translation>
    </message>
    <message>
        <source>The challenge must be %1 bytes; it has %2.</source>
        <translation>Die Challenge muss %1 Byte lang sein; sie hat %2.</translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not provide 3DES (DES-EDE3), which admin responses need.</source>
        <translation>Das OpenSSL dieses Systems stellt kein 3DES (DES-EDE3) bereit, das für Administratorantworten benötigt wird.</translation>
    </message>
    <message>
        <source>OpenSSL failed to compute the admin response.</source>
        <translation>OpenSSL konnte die Administratorantwort nicht berechnen.</translation>
    </message>
</context>
<context>
    <name>AikCertificateProfile</name>
    <message>
        <source>The attestation CA&apos;s certificate is not a DER X.509 certificate.</source>
        <translation>Das Zertifikat der Attestierungs-CA ist kein DER-X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The AIK certificate is not a DER X.509 certificate.</source>
        <translation>Das AIK-Zertifikat ist kein DER-X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The AIK certificate is for another key than the card&apos;s AIK.</source>
        <translation>Das AIK-Zertifikat gilt einem anderen Schlüssel als dem AIK der Karte.</translation>
    </message>
    <message>
        <source>The AIK certificate does not carry the extended key usage tcg-kp-AIKCertificate (2.23.133.8.3).</source>
        <translation>Das AIK-Zertifikat trägt nicht die erweiterte Schlüsselverwendung tcg-kp-AIKCertificate (2.23.133.8.3).</translation>
    </message>
    <message>
        <source>The AIK certificate is a CA certificate; an AIK certificate must not be.</source>
        <translation>Das AIK-Zertifikat ist ein CA-Zertifikat; ein AIK-Zertifikat darf keines sein.</translation>
    </message>
    <message>
        <source>The AIK certificate&apos;s signature does not verify with the attestation CA&apos;s key.</source>
        <translation>Die Signatur des AIK-Zertifikats lässt sich mit dem Schlüssel der Attestierungs-CA nicht prüfen.</translation>
    </message>
    <message>
        <source>The AIK&apos;s public key is not usable.</source>
        <translation>Der öffentliche Schlüssel des AIK ist nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>AikCertificationWire</name>
    <message>
        <source>The request has no member &quot;%1&quot;.</source>
        <translation>Der Anfrage fehlt das Element „%1“.</translation>
    </message>
    <message>
        <source>The answer has no member &quot;%1&quot;.</source>
        <translation>Der Antwort fehlt das Element „%1“.</translation>
    </message>
    <message>
        <source>The request&apos;s member &quot;%1&quot; is malformed.</source>
        <translation>Das Element „%1“ der Anfrage ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The answer&apos;s member &quot;%1&quot; is malformed.</source>
        <translation>Das Element „%1“ der Antwort ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>Die Anfrage ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes.</source>
        <translation>Die Antwort ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer&apos;s member &quot;chain&quot; has more than %1 certificates.</source>
        <translation>Das Element „chain“ der Antwort enthält mehr als %1 Zertifikate.</translation>
    </message>
</context>
<context>
    <name>AikEnrollment</name>
    <message>
        <source>This TPM has no endorsement key certificate, so no attestation CA can tell that it is a genuine TPM. Give the card an attestation key without a certificate (AIK_ONLY) instead.</source>
        <translation>Dieses TPM hat kein Endorsement-Key-Zertifikat, daher kann keine Attestierungs-CA erkennen, dass es ein echtes TPM ist. Geben Sie der Karte stattdessen einen Attestierungsschlüssel ohne Zertifikat (AIK_ONLY).</translation>
    </message>
</context>
<context>
    <name>AttestationBundle</name>
    <message>
        <source>The TPM statement in the attestation is malformed.</source>
        <translation>Die TPM-Aussage in der Attestierung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>An attestation needs at least one statement.</source>
        <translation>Eine Attestierung braucht mindestens eine Aussage.</translation>
    </message>
    <message>
        <source>The attestation is not a DER sequence.</source>
        <translation>Die Attestierung ist keine DER-Sequenz.</translation>
    </message>
    <message>
        <source>The attestation is malformed.</source>
        <translation>Die Attestierung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The attestation has more than %1 statements.</source>
        <translation>Die Attestierung hat mehr als %1 Aussagen.</translation>
    </message>
    <message>
        <source>A statement of the attestation is malformed.</source>
        <translation>Eine Aussage der Attestierung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The attestation holds no statement.</source>
        <translation>Die Attestierung enthält keine Aussage.</translation>
    </message>
    <message>
        <source>The attestation has more than %1 certificates.</source>
        <translation>Die Attestierung hat mehr als %1 Zertifikate.</translation>
    </message>
    <message>
        <source>A certificate of the attestation is malformed.</source>
        <translation>Ein Zertifikat der Attestierung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The attestation&apos;s certificate list is empty.</source>
        <translation>Die Zertifikatsliste der Attestierung ist leer.</translation>
    </message>
    <message>
        <source>The certificate request is not DER PKCS#10.</source>
        <translation>Die Zertifikatsanforderung ist kein DER-PKCS#10.</translation>
    </message>
    <message>
        <source>The request carries the attestation attribute twice.</source>
        <translation>Die Anforderung enthält das Attestierungsattribut zweimal.</translation>
    </message>
    <message>
        <source>The request&apos;s attestation attribute must have one value.</source>
        <translation>Das Attestierungsattribut der Anforderung muss genau einen Wert haben.</translation>
    </message>
    <message>
        <source>The request&apos;s attestation attribute is not a sequence.</source>
        <translation>Das Attestierungsattribut der Anforderung ist keine Sequenz.</translation>
    </message>
</context>
<context>
    <name>AttestationCa</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The request&apos;s member &quot;%1&quot; is not a TPMT_PUBLIC: %2</source>
        <translation>Das Element „%1“ der Anfrage ist kein TPMT_PUBLIC: %2</translation>
    </message>
    <message>
        <source>The AIK is not fixedTPM: it could leave its TPM.</source>
        <translation>Der AIK ist nicht fixedTPM: Er könnte sein TPM verlassen.</translation>
    </message>
    <message>
        <source>The AIK is not fixedParent: it could be moved under another parent.</source>
        <translation>Der AIK ist nicht fixedParent: Er könnte unter einen anderen Elternschlüssel verschoben werden.</translation>
    </message>
    <message>
        <source>The AIK lacks sensitiveDataOrigin: the TPM did not make its private key.</source>
        <translation>Dem AIK fehlt sensitiveDataOrigin: Das TPM hat seinen privaten Schlüssel nicht erzeugt.</translation>
    </message>
    <message>
        <source>The AIK is not restricted: it would sign anything, not only what the TPM itself attests.</source>
        <translation>Der AIK ist nicht eingeschränkt (restricted): Er würde alles signieren, nicht nur, was das TPM selbst bestätigt.</translation>
    </message>
    <message>
        <source>The AIK is not a signing key.</source>
        <translation>Der AIK ist kein Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The AIK is a decryption key; an attestation key only signs.</source>
        <translation>Der AIK ist ein Entschlüsselungsschlüssel; ein Attestierungsschlüssel signiert nur.</translation>
    </message>
    <message>
        <source>The AIK certificates&apos; validity must be at least one day.</source>
        <translation>Die Gültigkeit der AIK-Zertifikate muss mindestens einen Tag betragen.</translation>
    </message>
    <message>
        <source>The CA key is not an unencrypted PEM private key.</source>
        <translation>Der CA-Schlüssel ist kein unverschlüsselter privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The CA certificate file holds no certificate.</source>
        <translation>Die CA-Zertifikatsdatei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The CA key is not the key of the first certificate of the CA certificate file.</source>
        <translation>Der CA-Schlüssel gehört nicht zum ersten Zertifikat der CA-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The attestation CA failed to issue the certificate.</source>
        <translation>Die Attestierungs-CA konnte das Zertifikat nicht ausstellen.</translation>
    </message>
    <message>
        <source>The EK public area is not the key of the EK certificate.</source>
        <translation>Der öffentliche Bereich des EK ist nicht der Schlüssel des EK-Zertifikats.</translation>
    </message>
</context>
<context>
    <name>AttestationCaClient</name>
    <message>
        <source>The attestation CA&apos;s address %1 is not an http:// or https:// URL.</source>
        <translation>Die Adresse der Attestierungs-CA %1 ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The attestation CA at %1 could not be reached: %2.</source>
        <translation>Die Attestierungs-CA unter %1 war nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>The attestation CA at %1 answered something that is not an attestation CA&apos;s answer (HTTP status %2).</source>
        <translation>Die Attestierungs-CA unter %1 antwortete mit etwas, das keine Antwort einer Attestierungs-CA ist (HTTP-Status %2).</translation>
    </message>
    <message>
        <source>The attestation CA at %1 refused: &quot;%2&quot;</source>
        <translation>Die Attestierungs-CA unter %1 lehnte ab: „%2“</translation>
    </message>
    <message>
        <source>The attestation CA at %1 answered something that is not an attestation CA&apos;s answer: %2</source>
        <translation>Die Attestierungs-CA unter %1 antwortete mit etwas, das keine Antwort einer Attestierungs-CA ist: %2</translation>
    </message>
</context>
<context>
    <name>AttestationEvidence</name>
    <message>
        <source>The evidence has no field &quot;%1&quot;.</source>
        <translation>Dem Nachweis fehlt das Feld „%1“.</translation>
    </message>
    <message>
        <source>The evidence&apos;s field &quot;%1&quot; is malformed.</source>
        <translation>Das Feld „%1“ des Nachweises ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The evidence is larger than %1 bytes.</source>
        <translation>Der Nachweis ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The evidence is not a JSON object.</source>
        <translation>Der Nachweis ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The evidence is not TPM evidence (&quot;fmt&quot; must be &quot;tpm&quot;).</source>
        <translation>Der Nachweis ist kein TPM-Nachweis („fmt“ muss „tpm“ sein).</translation>
    </message>
    <message>
        <source>The evidence is not for a TPM 2.0 (&quot;ver&quot; must be &quot;2.0&quot;).</source>
        <translation>Der Nachweis gilt nicht für ein TPM 2.0 („ver“ muss „2.0“ sein).</translation>
    </message>
    <message>
        <source>The evidence&apos;s algorithm must be %1 (ES256) or %2 (RS256).</source>
        <translation>Der Algorithmus des Nachweises muss %1 (ES256) oder %2 (RS256) sein.</translation>
    </message>
    <message>
        <source>The evidence has more than %1 certificates.</source>
        <translation>Der Nachweis hat mehr als %1 Zertifikate.</translation>
    </message>
</context>
<context>
    <name>AttestationKey</name>
    <message>
        <source>The TPM certified the key with a signature other than ECDSA.</source>
        <translation>Das TPM hat den Schlüssel mit einer anderen Signatur als ECDSA bestätigt.</translation>
    </message>
</context>
<context>
    <name>CardEdit</name>
    <message>
        <source>The card %1 was being created or destroyed when that was interrupted.</source>
        <translation>Die Karte %1 wurde gerade erstellt oder vernichtet, als dies unterbrochen wurde.</translation>
    </message>
</context>
<context>
    <name>CardGuard</name>
    <message>
        <source>That challenge has been used already. Ask for a new challenge.</source>
        <translation>Diese Challenge wurde bereits verwendet. Fordern Sie eine neue Challenge an.</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>This card was made on another TPM (or this TPM has been cleared since): its keys cannot be used here.</source>
        <translation>Diese Karte wurde auf einem anderen TPM erstellt (oder dieses TPM wurde seitdem gelöscht): Ihre Schlüssel können hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>Die Karte braucht einen Namen.</translation>
    </message>
    <message>
        <source>The card name is too long (at most %1 characters).</source>
        <translation>Der Kartenname ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The card name must not contain control characters.</source>
        <translation>Der Kartenname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The card is blocked after too many wrong PINs.</source>
        <translation>Die Karte ist nach zu vielen falschen PINs gesperrt.</translation>
    </message>
    <message>
        <source>This card has no PUK (it was created without one).</source>
        <translation>Diese Karte hat keine PUK (sie wurde ohne PUK erstellt).</translation>
    </message>
    <message>
        <source>The PUK is blocked after too many wrong tries.</source>
        <translation>Die PUK ist nach zu vielen Fehlversuchen gesperrt.</translation>
    </message>
    <message>
        <source>The card already has a key with ID %1.</source>
        <translation>Die Karte hat bereits einen Schlüssel mit der ID %1.</translation>
    </message>
    <message>
        <source>The card has no such key.</source>
        <translation>Die Karte hat keinen solchen Schlüssel.</translation>
    </message>
    <message>
        <source>PIN tries must be between 1 and %1.</source>
        <translation>Die Anzahl der PIN-Versuche muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The admin key must be 24 bytes (48 hexadecimal digits).</source>
        <translation>Der Administratorschlüssel muss 24 Byte (48 Hexadezimalziffern) lang sein.</translation>
    </message>
    <message>
        <source>Admin resets must be between 0 and %1.</source>
        <translation>Die Anzahl der Zurücksetzungen mit dem Administratorschlüssel muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The TPM already holds this card&apos;s counters: there is nothing to upgrade.</source>
        <translation>Das TPM enthält die Zähler dieser Karte bereits: Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>This card has a PUK: give it too, so that the TPM checks it from now on.</source>
        <translation>Diese Karte hat eine PUK: Geben Sie sie ebenfalls an, damit das TPM sie von nun an prüft.</translation>
    </message>
    <message>
        <source>0x%1 is not an index tpmvsc left behind: it is not in tpmvsc&apos;s handle block, does not exist, or belongs to one of your cards.</source>
        <translation>0x%1 ist kein Index, den tpmvsc zurückgelassen hat: Er liegt nicht im Handle-Block von tpmvsc, existiert nicht oder gehört zu einer Ihrer Karten.</translation>
    </message>
    <message>
        <source>Wrong PIN. The card is now blocked.</source>
        <translation>Falsche PIN. Die Karte ist jetzt gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the card is blocked.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch, bevor die Karte gesperrt wird.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, bevor die Karte gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PUK. The PUK is now blocked.</source>
        <translation>Falsche PUK. Die PUK ist jetzt gesperrt.</translation>
    </message>
    <message>
        <source>Wrong PUK. %1 tries left before the PUK is blocked.</source>
        <translation>Falsche PUK. Verbleibende Versuche, bevor die PUK gesperrt wird: %1.</translation>
    </message>
    <message>
        <source>This card has no PUK.</source>
        <translation>Diese Karte hat keine PUK.</translation>
    </message>
    <message>
        <source>This card was created with a random admin key: it cannot be managed by an administrator.</source>
        <translation>Diese Karte wurde mit einem zufälligen Administratorschlüssel erstellt: Sie kann nicht von einem Administrator verwaltet werden.</translation>
    </message>
    <message>
        <source>Admin reset is blocked on this card after too many wrong responses.</source>
        <translation>Das Zurücksetzen mit dem Administratorschlüssel ist auf dieser Karte nach zu vielen falschen Antworten gesperrt.</translation>
    </message>
    <message>
        <source>This card has no admin resets left.</source>
        <translation>Auf dieser Karte sind keine Zurücksetzungen mit dem Administratorschlüssel mehr übrig.</translation>
    </message>
    <message>
        <source>The challenge %1 is not one this card can answer (already used?). Ask for a new challenge.</source>
        <translation>Die Challenge %1 kann von dieser Karte nicht beantwortet werden (bereits verwendet?). Fordern Sie eine neue Challenge an.</translation>
    </message>
    <message>
        <source>Wrong response. Admin reset is now blocked on this card.</source>
        <translation>Falsche Antwort. Das Zurücksetzen mit dem Administratorschlüssel ist auf dieser Karte jetzt gesperrt.</translation>
    </message>
    <message>
        <source>Wrong response; the challenge is used up. %1 wrong responses left before admin reset is blocked.</source>
        <translation>Falsche Antwort; die Challenge ist verbraucht. Verbleibende falsche Antworten, bevor das Zurücksetzen mit dem Administratorschlüssel gesperrt wird: %1.</translation>
    </message>
    <message>
        <source>This card already has a file system.</source>
        <translation>Diese Karte hat bereits ein Dateisystem.</translation>
    </message>
    <message>
        <source>The card this session was opened on no longer exists (it was destroyed, and its number may now belong to another card).</source>
        <translation>Die Karte, für die diese Sitzung geöffnet wurde, existiert nicht mehr (sie wurde vernichtet, und ihre Nummer gehört jetzt möglicherweise zu einer anderen Karte).</translation>
    </message>
    <message>
        <source>The key label is too long (at most %1 characters).</source>
        <translation>Die Schlüsselbezeichnung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>A key ID is at most %1 bytes.</source>
        <translation>Eine Schlüssel-ID hat höchstens %1 Byte.</translation>
    </message>
    <message>
        <source>This card has no file system yet (it was created without one).</source>
        <translation>Diese Karte hat noch kein Dateisystem (sie wurde ohne erstellt).</translation>
    </message>
    <message>
        <source>The card already holds %1 keys, the most it can.</source>
        <translation>Die Karte enthält bereits %1 Schlüssel, mehr kann sie nicht aufnehmen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several keys; give more digits of the key ID.</source>
        <translation>„%1“ passt auf mehrere Schlüssel; geben Sie mehr Ziffern der Schlüssel-ID an.</translation>
    </message>
    <message>
        <source>The card %1 has no key &quot;%2&quot; (give its label or ID).</source>
        <translation>Die Karte %1 hat keinen Schlüssel „%2“ (geben Sie seine Bezeichnung oder ID an).</translation>
    </message>
    <message>
        <source>There is no certificate to store.</source>
        <translation>Es gibt kein Zertifikat zum Speichern.</translation>
    </message>
    <message>
        <source>Key %1 has no certificate.</source>
        <translation>Schlüssel %1 hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate is %1 bytes; a card keeps certificates of at most %2 bytes.</source>
        <translation>Das Zertifikat ist %1 Byte groß; eine Karte speichert Zertifikate von höchstens %2 Byte.</translation>
    </message>
    <message>
        <source>The certificate is not one whole DER X.509 certificate.</source>
        <translation>Das Zertifikat ist kein einzelnes, vollständiges DER-X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key is not the public key of card key %1: it was issued for another key, and is not stored.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats ist nicht der öffentliche Schlüssel des Kartenschlüssels %1: Es wurde für einen anderen Schlüssel ausgestellt und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The chain holds %1 issuer certificates; a card keeps at most %2.</source>
        <translation>Die Kette enthält %1 Ausstellerzertifikate; eine Karte speichert höchstens %2.</translation>
    </message>
    <message>
        <source>Issuer certificate %1 of the chain is not one whole DER X.509 certificate of at most %2 bytes.</source>
        <translation>Ausstellerzertifikat %1 der Kette ist kein einzelnes, vollständiges DER-X.509-Zertifikat von höchstens %2 Byte.</translation>
    </message>
    <message>
        <source>This card already has an attestation key.</source>
        <translation>Diese Karte hat bereits einen Attestierungsschlüssel.</translation>
    </message>
    <message>
        <source>A nonce is at most %1 bytes; this one is %2.</source>
        <translation>Eine Nonce ist höchstens %1 Byte lang; diese hat %2.</translation>
    </message>
    <message>
        <source>This card has no attestation key.</source>
        <translation>Diese Karte hat keinen Attestierungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>CardSession</name>
    <message>
        <source>An input block for the %1 key must be %2 bytes; this one is %3.</source>
        <translation>Ein Eingabeblock für den %1-Schlüssel muss %2 Byte lang sein; dieser hat %3.</translation>
    </message>
    <message>
        <source>The input block is not smaller than the key&apos;s modulus.</source>
        <translation>Der Eingabeblock ist nicht kleiner als der Modulus des Schlüssels.</translation>
    </message>
    <message>
        <source>The card this session was opened on no longer exists (it was destroyed, and its number may now belong to another card).</source>
        <translation>Die Karte, für die diese Sitzung geöffnet wurde, existiert nicht mehr (sie wurde vernichtet, und ihre Nummer gehört jetzt möglicherweise zu einer anderen Karte).</translation>
    </message>
    <message>
        <source>The card has no key with ID %1.</source>
        <translation>Die Karte hat keinen Schlüssel mit der ID %1.</translation>
    </message>
    <message>
        <source>The %1 key is not an RSA key.</source>
        <translation>Der %1-Schlüssel ist kein RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>This card was made on another TPM (or this TPM has been cleared since): its keys cannot be used here.</source>
        <translation>Diese Karte wurde auf einem anderen TPM erstellt (oder dieses TPM wurde seitdem gelöscht): Ihre Schlüssel können hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The TPM has no room for another key: other programs are holding all of its object slots. Close them or try again later.</source>
        <translation>Das TPM hat keinen Platz für einen weiteren Schlüssel: Andere Programme belegen alle seine Objektplätze. Schließen Sie diese oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A %1 digest is %2 bytes; this one is %3.</source>
        <translation>Ein %1-Hashwert ist %2 Byte lang; dieser hat %3.</translation>
    </message>
    <message>
        <source>The %1 key cannot make this kind of signature.</source>
        <translation>Der %1-Schlüssel kann diese Art von Signatur nicht erzeugen.</translation>
    </message>
</context>
<context>
    <name>CardStore</name>
    <message>
        <source>Could not create the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Could not set the mode of the folder %1: %2.</source>
        <translation>Die Zugriffsrechte des Ordners %1 konnten nicht gesetzt werden: %2.</translation>
    </message>
    <message>
        <source>Could not examine the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation>%1 (uid %2)</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>Could not open the folder %1 to flush it: %2.</source>
        <translation>Der Ordner %1 konnte nicht zum Synchronisieren geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not flush the folder %1 to disk: %2.</source>
        <translation>Der Ordner %1 konnte nicht auf den Datenträger geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not create a temporary file in %1: %2.</source>
        <translation>In %1 konnte keine temporäre Datei erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Could not set the mode of a temporary file in %1: %2.</source>
        <translation>Die Zugriffsrechte einer temporären Datei in %1 konnten nicht gesetzt werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation>%1 konnte nicht auf den Datenträger geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2.</source>
        <translation>%1 konnte nicht ersetzt werden: %2.</translation>
    </message>
    <message>
        <source>%1 should be a folder of the card store, but it is not a folder. Move it away.</source>
        <translation>%1 sollte ein Ordner des Kartenspeichers sein, ist aber kein Ordner. Verschieben Sie es an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to %2, not to you (%3), so its cards cannot be trusted; tpmvsc refuses to use it. Fix: move it away, or if it really is yours, sudo chown -R %4 %1.</source>
        <translation>Der Ordner %1 gehört %2, nicht Ihnen (%3), daher kann seinen Karten nicht vertraut werden; tpmvsc verweigert seine Verwendung. Abhilfe: Verschieben Sie ihn an einen anderen Ort, oder, falls er wirklich Ihnen gehört: sudo chown -R %4 %1.</translation>
    </message>
    <message>
        <source>The folder %1 has mode %2: other users may enter it. The card store must be private to you (mode 0700); tpmvsc refuses to use it. Fix: chmod 700 %1.</source>
        <translation>Der Ordner %1 hat die Zugriffsrechte %2: Andere Benutzer können ihn betreten. Der Kartenspeicher darf nur Ihnen zugänglich sein (Zugriffsrechte 0700); tpmvsc verweigert seine Verwendung. Abhilfe: chmod 700 %1.</translation>
    </message>
    <message>
        <source>The folder %1 vanished right after it was created.</source>
        <translation>Der Ordner %1 ist direkt nach dem Erstellen verschwunden.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (not part of this format version; the file was edited or damaged).</source>
        <translation>Unbekanntes Feld &quot;%1&quot; (gehört nicht zu dieser Formatversion; die Datei wurde bearbeitet oder ist beschädigt).</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing.</source>
        <translation>Das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string.</source>
        <translation>Das Feld &quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false.</source>
        <translation>Das Feld &quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a whole number.</source>
        <translation>Das Feld &quot;%1&quot; muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, outside the range %3..%4.</source>
        <translation>Das Feld &quot;%1&quot; ist %2 und liegt damit außerhalb des Bereichs %3..%4.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an object.</source>
        <translation>Das Feld &quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list.</source>
        <translation>Das Feld &quot;%1&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not lowercase hexadecimal with an even number of digits.</source>
        <translation>Das Feld &quot;%1&quot; ist kein Hexadezimalwert in Kleinbuchstaben mit einer geraden Anzahl von Ziffern.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is &quot;%2&quot;, not a UTC date of the form 2024-01-31T12:00:00.000Z.</source>
        <translation>Das Feld &quot;%1&quot; ist &quot;%2&quot;, kein UTC-Datum der Form 2024-01-31T12:00:00.000Z.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is &quot;%2&quot;; expected one of %3.</source>
        <translation>Das Feld &quot;%1&quot; ist &quot;%2&quot;; erwartet wird einer der Werte %3.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be 8 bytes.</source>
        <translation>Das Feld &quot;%1&quot; muss 8 Byte lang sein.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty.</source>
        <translation>Das Feld &quot;%1&quot; ist leer.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Das Feld &quot;%1&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a control character.</source>
        <translation>Das Feld &quot;%1&quot; enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2 bytes, not %3.</source>
        <translation>Das Feld &quot;%1&quot; muss %2 Byte lang sein, nicht %3.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2 to %3 bytes, not %4.</source>
        <translation>Das Feld &quot;%1&quot; muss %2 bis %3 Byte lang sein, nicht %4.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a valid date.</source>
        <translation>Das Feld &quot;%1&quot; ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds %2 bytes, more than the %3 bytes a certificate may have.</source>
        <translation>Das Feld &quot;%1&quot; enthält %2 Byte, mehr als die %3 Byte, die ein Zertifikat haben darf.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not one whole DER certificate (truncated, padded or not a certificate).</source>
        <translation>Das Feld &quot;%1&quot; ist kein einzelnes, vollständiges DER-Zertifikat (abgeschnitten, aufgefüllt oder kein Zertifikat).</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be empty when the key has no certificate.</source>
        <translation>Das Feld &quot;%1&quot; muss leer sein, wenn der Schlüssel kein Zertifikat hat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is incoherent: %2</source>
        <translation>Das Feld &quot;%1&quot; ist widersprüchlich: %2</translation>
    </message>
    <message>
        <source>field &quot;guard&quot; names an index without its Name.</source>
        <translation>Das Feld &quot;guard&quot; nennt einen Index ohne dessen Namen.</translation>
    </message>
    <message>
        <source>field &quot;pukSealedSecret&quot; must be null when &quot;guard&quot; holds the PUK.</source>
        <translation>Das Feld &quot;pukSealedSecret&quot; muss null sein, wenn &quot;guard&quot; die PUK enthält.</translation>
    </message>
    <message>
        <source>field &quot;adminNext&quot; is beyond the stock of challenges.</source>
        <translation>Das Feld &quot;adminNext&quot; liegt hinter dem Ende des Challenge-Vorrats.</translation>
    </message>
    <message>
        <source>field &quot;state&quot; must be &quot;ready&quot; for a card without a guard.</source>
        <translation>Das Feld &quot;state&quot; muss für eine Karte ohne &quot;guard&quot; den Wert &quot;ready&quot; haben.</translation>
    </message>
    <message>
        <source>field &quot;adminChallenges&quot; must be empty when &quot;adminKeyMode&quot; is &quot;random&quot;.</source>
        <translation>Das Feld &quot;adminChallenges&quot; muss leer sein, wenn &quot;adminKeyMode&quot; den Wert &quot;random&quot; hat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; repeats an earlier challenge.</source>
        <translation>Das Feld &quot;%1&quot; wiederholt eine frühere Challenge.</translation>
    </message>
    <message>
        <source>field &quot;keys&quot; holds %1 keys; a card holds at most %2.</source>
        <translation>Das Feld &quot;keys&quot; enthält %1 Schlüssel; eine Karte enthält höchstens %2.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; repeats the id of an earlier key.</source>
        <translation>Das Feld &quot;%1&quot; wiederholt die ID eines früheren Schlüssels.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2 of %3); it is truncated or damaged.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2 von %3); sie ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation>Die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not &quot;%1&quot;; this is not a tpmvsc file of that kind.</source>
        <translation>Das Feld &quot;format&quot; ist nicht &quot;%1&quot;; dies ist keine tpmvsc-Datei dieser Art.</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is missing or not a whole number.</source>
        <translation>Das Feld &quot;version&quot; fehlt oder ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is %1: the file was written by a newer tpmvsc (this one reads version %2). Update tpmvsc to use it.</source>
        <translation>Das Feld &quot;version&quot; ist %1: Die Datei wurde von einem neueren tpmvsc geschrieben (dieses liest Version %2). Aktualisieren Sie tpmvsc, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is %1, an unsupported format version (this tpmvsc reads version %2).</source>
        <translation>Das Feld &quot;version&quot; ist %1, eine nicht unterstützte Formatversion (dieses tpmvsc liest Version %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot save card %1: %2</source>
        <translation>Karte %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save card %1: with its certificates the card file would be %2 bytes, more than the %3 bytes a card can hold. Delete certificates or keys first.</source>
        <translation>Karte %1 kann nicht gespeichert werden: Mit ihren Zertifikaten wäre die Kartendatei %2 Byte groß, mehr als die %3 Byte, die eine Karte aufnehmen kann. Löschen Sie zuerst Zertifikate oder Schlüssel.</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes, more than the %3 bytes a tpmvsc file can hold; it is damaged.</source>
        <translation>%1: Die Datei ist %2 Byte groß, mehr als die %3 Byte, die eine tpmvsc-Datei haben kann; sie ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; tpmvsc reads only regular files of its own folder, so a link could make it read a file planted elsewhere. Fix: replace the link by the file it points to (mode 0600), or remove it.</source>
        <translation>%1 ist ein symbolischer Link; tpmvsc liest nur reguläre Dateien in seinem eigenen Ordner, denn über einen Link könnte es eine anderswo untergeschobene Datei lesen. Abhilfe: Ersetzen Sie den Link durch die Datei, auf die er zeigt (Zugriffsrechte 0600), oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not examine %1: %2.</source>
        <translation>%1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; tpmvsc refuses to read it. Fix: remove it.</source>
        <translation>%1 ist keine reguläre Datei; tpmvsc verweigert das Lesen. Abhilfe: Entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not to you (%3); another user could have planted it, so tpmvsc refuses to read it. Fix: remove it, or if it really is yours, sudo chown %4 %1.</source>
        <translation>%1 gehört %2, nicht Ihnen (%3); ein anderer Benutzer könnte die Datei untergeschoben haben, daher verweigert tpmvsc das Lesen. Abhilfe: Entfernen Sie die Datei, oder, falls sie wirklich Ihnen gehört: sudo chown %4 %1.</translation>
    </message>
    <message>
        <source>%1 has mode %2; tpmvsc files must be readable and writable by you alone (mode 0600), so it refuses to read it. Fix: chmod 600 %1.</source>
        <translation>%1 hat die Zugriffsrechte %2; tpmvsc-Dateien dürfen nur für Sie allein les- und schreibbar sein (Zugriffsrechte 0600), daher verweigert tpmvsc das Lesen. Abhilfe: chmod 600 %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: the file is more than the %2 bytes a tpmvsc file can hold; it is damaged.</source>
        <translation>%1: Die Datei ist größer als die %2 Byte, die eine tpmvsc-Datei haben kann; sie ist beschädigt.</translation>
    </message>
    <message>
        <source>Could not list the folder %1: %2.</source>
        <translation>Der Inhalt des Ordners %1 konnte nicht aufgelistet werden: %2.</translation>
    </message>
    <message>
        <source>The lock file %1 is a symbolic link; tpmvsc refuses to use it. Fix: remove it.</source>
        <translation>Die Sperrdatei %1 ist ein symbolischer Link; tpmvsc verweigert ihre Verwendung. Abhilfe: Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2.</source>
        <translation>Die Sperrdatei %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The lock file %1 is not a regular file of yours; tpmvsc refuses to use it. Fix: remove it.</source>
        <translation>Die Sperrdatei %1 ist keine reguläre Datei, die Ihnen gehört; tpmvsc verweigert ihre Verwendung. Abhilfe: Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Could not lock %1: %2.</source>
        <translation>%1 konnte nicht gesperrt werden: %2.</translation>
    </message>
    <message>
        <source>The card store %1 is in use by another program.</source>
        <translation>Der Kartenspeicher %1 wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>Es gibt keine Karte %1.</translation>
    </message>
    <message>
        <source>%1: field &quot;instance&quot; is %2 but the file name says %3; the file was copied or renamed.</source>
        <translation>%1: Das Feld &quot;instance&quot; ist %2, laut Dateiname aber %3; die Datei wurde kopiert oder umbenannt.</translation>
    </message>
    <message>
        <source>Cannot save a card that has no instance number (%1); create() gives it one.</source>
        <translation>Eine Karte ohne Instanznummer (%1) kann nicht gespeichert werden; create() vergibt eine.</translation>
    </message>
    <message>
        <source>The card store %1 has used up its card numbers.</source>
        <translation>Der Kartenspeicher %1 hat seine Kartennummern aufgebraucht.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>The card %1 is in use by another program.</source>
        <translation>Die Karte %1 wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds %2 certificates; at most %3 are kept.</source>
        <translation>Feld „%1“ enthält %2 Zertifikate; höchstens %3 werden gespeichert.</translation>
    </message>
    <message>
        <source>field &quot;aik.authority&quot; must name the CA exactly when the attestation key has certificates.</source>
        <translation>Feld „aik.authority“ muss die CA genau dann nennen, wenn der Attestierungsschlüssel Zertifikate hat.</translation>
    </message>
</context>
<context>
    <name>CertificateBuilding</name>
    <message>
        <source>The card key&apos;s public half is not a valid SubjectPublicKeyInfo.</source>
        <translation>Die öffentliche Hälfte des Kartenschlüssels ist keine gültige SubjectPublicKeyInfo.</translation>
    </message>
    <message>
        <source>The key is %1; a card key is RSA 2048, RSA 3072, ECDSA P-256 or ECDSA P-384.</source>
        <translation>Der Schlüssel ist %1; ein Kartenschlüssel ist RSA 2048, RSA 3072, ECDSA P-256 oder ECDSA P-384.</translation>
    </message>
    <message>
        <source>The certificate needs a subject (such as CN=Alice) or at least one subject alternative name.</source>
        <translation>Das Zertifikat braucht einen Inhaber (etwa CN=Alice) oder mindestens einen alternativen Inhabernamen.</translation>
    </message>
</context>
<context>
    <name>CertificateImport</name>
    <message>
        <source>The file holds more than %1 certificates; a certificate with its chain has a handful. This is not a certificate file for a card.</source>
        <translation>Die Datei enthält mehr als %1 Zertifikate; ein Zertifikat mit seiner Kette umfasst nur eine Handvoll. Dies ist keine Zertifikatsdatei für eine Karte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is truncated: %n byte(s) are not even the start of a DER structure.</source>
        <translation>
            <numerusform>%1 ist abgeschnitten: %n Byte ist nicht einmal der Anfang einer DER-Struktur.</numerusform>
            <numerusform>%1 ist abgeschnitten: %n Byte sind nicht einmal der Anfang einer DER-Struktur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not start like a certificate (high tag number).</source>
        <translation>%1 beginnt nicht wie ein Zertifikat (hohe Tag-Nummer).</translation>
    </message>
    <message>
        <source>%1 announces a length of more than 4 GiB; it is damaged or not a certificate.</source>
        <translation>%1 gibt eine Länge von mehr als 4 GiB an; der Inhalt ist beschädigt oder kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 is truncated inside its first length field.</source>
        <translation>%1 ist innerhalb des ersten Längenfelds abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is truncated: its DER structure announces %2 bytes, but only %3 are there. Was the file cut off while copying or downloading?</source>
        <translation>%1 ist abgeschnitten: Die DER-Struktur gibt %2 Byte an, vorhanden sind aber nur %3. Wurde die Datei beim Kopieren oder Herunterladen abgeschnitten?</translation>
    </message>
    <message>
        <source>plain data</source>
        <translation>einfache Daten</translation>
    </message>
    <message>
        <source>enveloped (encrypted) data</source>
        <translation>umhüllte (verschlüsselte) Daten</translation>
    </message>
    <message>
        <source>signed and enveloped data</source>
        <translation>signierte und umhüllte Daten</translation>
    </message>
    <message>
        <source>digested data</source>
        <translation>gehashte Daten</translation>
    </message>
    <message>
        <source>encrypted data</source>
        <translation>verschlüsselte Daten</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 message holding %2, not a certificate bundle (.p7b/.p7c files are PKCS#7 signed data).</source>
        <translation>%1 ist eine PKCS#7-Nachricht (Inhalt: %2), kein Zertifikatbündel (.p7b-/.p7c-Dateien sind signierte PKCS#7-Daten).</translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 bundle without any certificate in it (it may hold only revocation lists). Ask the CA for the certificate itself.</source>
        <translation>%1 ist ein PKCS#7-Bündel ohne jedes Zertifikat (es enthält möglicherweise nur Sperrlisten). Fordern Sie bei der CA das Zertifikat selbst an.</translation>
    </message>
    <message>
        <source>a certificate request (CSR), not a certificate: send it to your CA and import what the CA sends back</source>
        <translation>eine Zertifikatanforderung (CSR), kein Zertifikat: Senden Sie sie an Ihre CA und importieren Sie, was die CA zurücksendet</translation>
    </message>
    <message>
        <source>a PKCS#12 file (.p12/.pfx) with a private key in it; a private key does not belong here: the card&apos;s keys are made in the TPM and never leave it. Import only the certificate</source>
        <translation>eine PKCS#12-Datei (.p12/.pfx) mit einem privaten Schlüssel darin; ein privater Schlüssel gehört nicht hierher: Die Schlüssel der Karte werden im TPM erzeugt und verlassen es nie. Importieren Sie nur das Zertifikat</translation>
    </message>
    <message>
        <source>a private key; a private key does not belong here: the card&apos;s keys are made in the TPM and never leave it. Import only the certificate</source>
        <translation>ein privater Schlüssel; ein privater Schlüssel gehört nicht hierher: Die Schlüssel der Karte werden im TPM erzeugt und verlassen es nie. Importieren Sie nur das Zertifikat</translation>
    </message>
    <message>
        <source>a bare public key, not a certificate</source>
        <translation>ein bloßer öffentlicher Schlüssel, kein Zertifikat</translation>
    </message>
    <message>
        <source>a certificate revocation list (CRL), not a certificate</source>
        <translation>eine Zertifikatsperrliste (CRL), kein Zertifikat</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid certificate or PKCS#7 bundle: its DER structure is damaged.</source>
        <translation>%1 ist weder ein gültiges Zertifikat noch ein gültiges PKCS#7-Bündel: Die DER-Struktur ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a valid certificate or PKCS#7 bundle: its DER structure is damaged (OpenSSL: %2).</source>
        <translation>%1 ist weder ein gültiges Zertifikat noch ein gültiges PKCS#7-Bündel: Die DER-Struktur ist beschädigt (OpenSSL: %2).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 does not start like a DER certificate (byte 0x%2 instead of a SEQUENCE, 0x30).</source>
        <translation>%1 beginnt nicht wie ein DER-Zertifikat (Byte 0x%2 statt einer SEQUENCE, 0x30).</translation>
    </message>
    <message>
        <source>%1 (the data after byte %2)</source>
        <translation>%1 (die Daten nach Byte %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n byte(s) of other data after the certificate (at byte %2); it is damaged or not a certificate file.</source>
        <translation>
            <numerusform>%1 enthält nach dem Zertifikat (ab Byte %2) %n Byte weiterer Daten; der Inhalt ist beschädigt oder keine Zertifikatsdatei.</numerusform>
            <numerusform>%1 enthält nach dem Zertifikat (ab Byte %2) %n Byte weiterer Daten; der Inhalt ist beschädigt oder keine Zertifikatsdatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 uses an indefinite length and is not a valid PKCS#7 bundle (truncated or damaged).</source>
        <translation>%1 verwendet eine unbestimmte Länge und ist kein gültiges PKCS#7-Bündel (abgeschnitten oder beschädigt).</translation>
    </message>
    <message>
        <source>not a certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3) has no END line before the next BEGIN at line %4; the file is truncated or two files were pasted into each other.</source>
        <translation>PEM-Block %1 („-----BEGIN %2-----“ in Zeile %3) hat vor dem nächsten BEGIN in Zeile %4 keine END-Zeile; die Datei ist abgeschnitten, oder zwei Dateien wurden ineinander eingefügt.</translation>
    </message>
    <message>
        <source>The file holds a private key (&quot;-----BEGIN %1-----&quot; at line %2). A private key does not belong here: the card&apos;s keys are made in the TPM and never leave it. Import only the certificate, and keep that key file away from others.</source>
        <translation>Die Datei enthält einen privaten Schlüssel („-----BEGIN %1-----“ in Zeile %2). Ein privater Schlüssel gehört nicht hierher: Die Schlüssel der Karte werden im TPM erzeugt und verlassen es nie. Importieren Sie nur das Zertifikat, und halten Sie diese Schlüsseldatei von anderen fern.</translation>
    </message>
    <message>
        <source>PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3) is %4.</source>
        <translation>PEM-Block %1 („-----BEGIN %2-----“ in Zeile %3) ist %4.</translation>
    </message>
    <message>
        <source>Line %1 ends a PEM block (&quot;-----END %2-----&quot;) that never began; the start of the file is missing.</source>
        <translation>Zeile %1 beendet einen PEM-Block („-----END %2-----“), der nie begonnen hat; der Anfang der Datei fehlt.</translation>
    </message>
    <message>
        <source>PEM block %1 begins as &quot;%2&quot; at line %3 but ends as &quot;%4&quot; at line %5.</source>
        <translation>PEM-Block %1 beginnt in Zeile %3 als „%2“, endet aber in Zeile %5 als „%4“.</translation>
    </message>
    <message>
        <source>PEM block %1 has a header line (line %2); certificates have none. The block is damaged or is not a certificate.</source>
        <translation>PEM-Block %1 hat eine Kopfzeile (Zeile %2); Zertifikate haben keine. Der Block ist beschädigt oder kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file is truncated: PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3) has no END line.</source>
        <translation>Die Datei ist abgeschnitten: PEM-Block %1 („-----BEGIN %2-----“ in Zeile %3) hat keine END-Zeile.</translation>
    </message>
    <message>
        <source>The file has PEM markers but no complete block.</source>
        <translation>Die Datei hat PEM-Markierungen, aber keinen vollständigen Block.</translation>
    </message>
    <message>
        <source>PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3)</source>
        <translation>PEM-Block %1 („-----BEGIN %2-----“ in Zeile %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: its content is not valid base64.</source>
        <translation>%1 ist beschädigt: Der Inhalt ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>%1 is not a valid certificate.</source>
        <translation>%1 ist kein gültiges Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds more than one certificate.</source>
        <translation>%1 enthält mehr als ein Zertifikat.</translation>
    </message>
    <message>
        <source>it is a ZIP archive: extract the certificate first</source>
        <translation>ein ZIP-Archiv: Entpacken Sie zuerst das Zertifikat</translation>
    </message>
    <message>
        <source>it is gzip-compressed: decompress it first</source>
        <translation>gzip-komprimiert: Dekomprimieren Sie die Datei zuerst</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>it is a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; certificate files are at most 1 MiB (%2 bytes). A certificate with its chain takes a few kilobytes: this is not a certificate file.</source>
        <translation>Die Datei ist %1 Byte groß; Zertifikatsdateien sind höchstens 1 MiB (%2 Byte) groß. Ein Zertifikat mit seiner Kette umfasst einige Kilobyte: Dies ist keine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>The file holds only blank space, no certificate.</source>
        <translation>Die Datei enthält nur Leerraum, kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file is text without a certificate in it: a PEM certificate starts with the line &quot;-----BEGIN CERTIFICATE-----&quot;.</source>
        <translation>Die Datei ist Text ohne Zertifikat: Ein PEM-Zertifikat beginnt mit der Zeile „-----BEGIN CERTIFICATE-----“.</translation>
    </message>
    <message>
        <source>The file&apos;s base64 text</source>
        <translation>Der Base64-Text der Datei</translation>
    </message>
    <message>
        <source>The file is neither a PEM text nor a DER certificate: it starts with the bytes %1.</source>
        <translation>Die Datei ist weder PEM-Text noch ein DER-Zertifikat: Sie beginnt mit den Bytes %1.</translation>
    </message>
    <message>
        <source>The file is neither a PEM text nor a DER certificate: it starts with the bytes %1 (%2).</source>
        <translation>Die Datei ist weder PEM-Text noch ein DER-Zertifikat: Sie beginnt mit den Bytes %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The data is not a DER certificate</source>
        <translation>Die Daten sind kein DER-Zertifikat</translation>
    </message>
    <message>
        <source>The certificate has a malformed or duplicated extension</source>
        <translation>Das Zertifikat hat eine fehlerhafte oder doppelte Erweiterung</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates are malformed</source>
        <translation>Die Gültigkeitsdaten des Zertifikats sind fehlerhaft</translation>
    </message>
    <message>
        <source>unsupported key (%1)</source>
        <translation>nicht unterstützter Schlüssel (%1)</translation>
    </message>
    <message>
        <source>unsupported key</source>
        <translation>nicht unterstützter Schlüssel</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>The key is %1; a card key is RSA 2048, RSA 3072, ECDSA P-256 or ECDSA P-384.</source>
        <translation>Der Schlüssel ist %1; ein Kartenschlüssel ist RSA 2048, RSA 3072, ECDSA P-256 oder ECDSA P-384.</translation>
    </message>
    <message>
        <source>RSA-PSS is a padding for RSA keys; this key is %1.</source>
        <translation>RSA-PSS ist ein Padding für RSA-Schlüssel; dieser Schlüssel ist %1.</translation>
    </message>
    <message>
        <source>The challenge password cannot go into the request</source>
        <translation>Das Challenge-Kennwort kann nicht in die Anforderung aufgenommen werden</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <source>TLS server authentication</source>
        <translation>TLS-Server-Authentifizierung</translation>
    </message>
    <message>
        <source>TLS client authentication</source>
        <translation>TLS-Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Code signing</source>
        <translation>Codesignatur</translation>
    </message>
    <message>
        <source>E-mail protection</source>
        <translation>E-Mail-Schutz</translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>OCSP signing</source>
        <translation>OCSP-Signatur</translation>
    </message>
    <message>
        <source>Smart card logon</source>
        <translation>Smartcard-Anmeldung</translation>
    </message>
    <message>
        <source>Kerberos client authentication (PKINIT)</source>
        <translation>Kerberos-Client-Authentifizierung (PKINIT)</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Beliebiger Zweck</translation>
    </message>
    <message>
        <source>Document signing</source>
        <translation>Dokumentsignatur</translation>
    </message>
    <message>
        <source>Encrypting file system</source>
        <translation>Verschlüsselndes Dateisystem</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot; (the members are: %2)</source>
        <translation>unbekanntes Element &quot;%1&quot; (die Elemente sind: %2)</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 32 lower-case letters, digits or &apos;-&apos; (it is typed on the command line), not &quot;%1&quot;</source>
        <translation>&quot;id&quot; muss aus 1 bis 32 Kleinbuchstaben, Ziffern oder &apos;-&apos; bestehen (es wird auf der Kommandozeile eingegeben), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;extendedKeyUsage&quot;: &quot;%1&quot; is neither a known name (clientAuth, serverAuth, emailProtection, smartcardLogon, codeSigning, ...) nor a dotted OID</source>
        <translation>&quot;extendedKeyUsage&quot;: &quot;%1&quot; ist weder ein bekannter Name (clientAuth, serverAuth, emailProtection, smartcardLogon, codeSigning, ...) noch eine OID in Punktnotation</translation>
    </message>
    <message>
        <source>&quot;extendedKeyUsage&quot;: &quot;%1&quot; is listed twice</source>
        <translation>&quot;extendedKeyUsage&quot;: &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;keyAlgorithms&quot;: &quot;%1&quot; is not a card key type (rsa2048, rsa3072, p256, p384)</source>
        <translation>&quot;keyAlgorithms&quot;: &quot;%1&quot; ist kein Schlüsseltyp für Karten (rsa2048, rsa3072, p256, p384)</translation>
    </message>
    <message>
        <source>&quot;keyAlgorithms&quot;: &quot;%1&quot; is listed twice</source>
        <translation>&quot;keyAlgorithms&quot;: &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;digest&quot;: &quot;%1&quot; is not sha256, sha384 or sha512</source>
        <translation>&quot;digest&quot;: &quot;%1&quot; ist nicht sha256, sha384 oder sha512</translation>
    </message>
    <message>
        <source>no key type in &quot;keyAlgorithms&quot; meets the minimum sizes</source>
        <translation>kein Schlüsseltyp in &quot;keyAlgorithms&quot; erfüllt die Mindestgrößen</translation>
    </message>
    <message>
        <source>Certificate template %1: %2.</source>
        <translation>Zertifikatvorlage %1: %2.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is missing</source>
        <translation>das Element &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 256 characters</source>
        <translation>&quot;%1&quot; ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation>&quot;%1&quot; muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a key usage (digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, ...)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist keine Schlüsselverwendung (digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, ...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is for CA certificates; a card certificate is not a CA</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist für CA-Zertifikate bestimmt; ein Kartenzertifikat ist keine CA</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is listed twice</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;subjectAltNames&quot; must be an object such as {&quot;upn&quot;: &quot;optional&quot;}</source>
        <translation>&quot;subjectAltNames&quot; muss ein Objekt sein, etwa {&quot;upn&quot;: &quot;optional&quot;}</translation>
    </message>
    <message>
        <source>&quot;subjectAltNames&quot;: unknown kind &quot;%1&quot; (upn, email, dns)</source>
        <translation>&quot;subjectAltNames&quot;: unbekannte Art &quot;%1&quot; (upn, email, dns)</translation>
    </message>
    <message>
        <source>&quot;subjectAltNames&quot;: &quot;%1&quot; must be &quot;required&quot;, &quot;optional&quot; or &quot;not-allowed&quot;</source>
        <translation>&quot;subjectAltNames&quot;: &quot;%1&quot; muss &quot;required&quot;, &quot;optional&quot; oder &quot;not-allowed&quot; sein</translation>
    </message>
    <message>
        <source>a user principal name (UPN)</source>
        <translation>einen Benutzerprinzipalnamen (UPN)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a DNS name</source>
        <translation>einen DNS-Namen</translation>
    </message>
    <message>
        <source>Certificate template %1: not valid JSON at byte %2: %3.</source>
        <translation>Zertifikatvorlage %1: kein gültiges JSON bei Byte %2: %3.</translation>
    </message>
    <message>
        <source>Certificate template %1: the file must hold one JSON object {...}.</source>
        <translation>Zertifikatvorlage %1: Die Datei muss genau ein JSON-Objekt {...} enthalten.</translation>
    </message>
    <message>
        <source>Certificate template %1: cannot be read: %2.</source>
        <translation>Zertifikatvorlage %1: kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Certificate template %1: the file is larger than %2 KiB.</source>
        <translation>Zertifikatvorlage %1: Die Datei ist größer als %2 KiB.</translation>
    </message>
    <message>
        <source>Certificate template %1: another file in the same folder already defines &quot;%2&quot;; this one is ignored.</source>
        <translation>Zertifikatvorlage %1: Eine andere Datei im selben Ordner definiert bereits &quot;%2&quot;; diese wird ignoriert.</translation>
    </message>
    <message>
        <source>There is no certificate template &quot;%1&quot;. Templates: %2.</source>
        <translation>Es gibt keine Zertifikatvorlage „%1“. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take %2 keys; it takes %3.</source>
        <translation>Die Vorlage „%1“ akzeptiert keine %2-Schlüssel; sie akzeptiert %3.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs %2 keys of at least %3 bits; an %4 key is too small.</source>
        <translation>Die Vorlage „%1“ verlangt %2-Schlüssel mit mindestens %3 Bit; ein %4-Schlüssel ist zu klein.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take %2 (%3); it takes no alternative names.</source>
        <translation>Die Vorlage „%1“ akzeptiert %2 nicht (%3); sie akzeptiert keine alternativen Namen.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take %2 (%3); it takes: %4.</source>
        <translation>Die Vorlage „%1“ akzeptiert %2 nicht (%3); sie akzeptiert: %4.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs %2 as subject alternative name (%3).</source>
        <translation>Die Vorlage „%1“ verlangt %2 als alternativen Inhabernamen (%3).</translation>
    </message>
</context>
<context>
    <name>CredentialSeal</name>
    <message>
        <source>The credential is %1 bytes long, not %2.</source>
        <translation>Das Credential ist %1 Byte lang, nicht %2.</translation>
    </message>
    <message>
        <source>The sealed certificate is too short to hold an IV, a certificate and a tag.</source>
        <translation>Das versiegelte Zertifikat ist zu kurz für einen IV, ein Zertifikat und ein Tag.</translation>
    </message>
    <message>
        <source>The sealed certificate does not open with the credential the TPM recovered: it was sealed for another credential or another AIK, or altered on the way.</source>
        <translation>Das versiegelte Zertifikat lässt sich mit dem vom TPM zurückgewonnenen Credential nicht öffnen: Es wurde für ein anderes Credential oder einen anderen AIK versiegelt oder unterwegs verändert.</translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>Subject: at character %1: %2.</source>
        <translation>Inhaber: bei Zeichen %1: %2.</translation>
    </message>
    <message>
        <source>nothing follows the last &apos;,&apos;</source>
        <translation>nach dem letzten &apos;,&apos; folgt nichts</translation>
    </message>
    <message>
        <source>empty RDN between two commas</source>
        <translation>leerer RDN zwischen zwei Kommas</translation>
    </message>
    <message>
        <source>&apos;;&apos; does not separate RDNs in RFC 4514: use &apos;,&apos; (or write \; for a semicolon in a value)</source>
        <translation>&apos;;&apos; trennt in RFC 4514 keine RDNs: Verwenden Sie &apos;,&apos; (oder schreiben Sie \; für ein Semikolon in einem Wert)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;+&apos; but found %1</source>
        <translation>&apos;,&apos; oder &apos;+&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>%1=%2 appears twice in the same RDN</source>
        <translation>%1=%2 kommt im selben RDN zweimal vor</translation>
    </message>
    <message>
        <source>nothing follows &apos;+&apos;</source>
        <translation>nach &apos;+&apos; folgt nichts</translation>
    </message>
    <message>
        <source>an attribute name is missing</source>
        <translation>ein Attributname fehlt</translation>
    </message>
    <message>
        <source>an attribute name is missing before &apos;=&apos;</source>
        <translation>vor &apos;=&apos; fehlt ein Attributname</translation>
    </message>
    <message>
        <source>empty RDN (two commas, or a comma first)</source>
        <translation>leerer RDN (zwei Kommas oder ein Komma am Anfang)</translation>
    </message>
    <message>
        <source>expected an attribute name (CN, O, OU, ...) but found %1</source>
        <translation>Attributname (CN, O, OU, ...) erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after &apos;%1&apos;</source>
        <translation>&apos;=&apos; nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid dotted object identifier</source>
        <translation>&apos;%1&apos; ist keine gültige Objektkennung (OID) in Punktnotation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known attribute (known: %2; or a dotted OID)</source>
        <translation>&apos;%1&apos; ist kein bekanntes Attribut (bekannt: %2; oder eine OID in Punktnotation)</translation>
    </message>
    <message>
        <source>values in #hex (BER) form are not accepted: type the text itself (write \# for a value that starts with &apos;#&apos;)</source>
        <translation>Werte in #hex-Form (BER) werden nicht akzeptiert: Geben Sie den Text selbst ein (schreiben Sie \# für einen Wert, der mit &apos;#&apos; beginnt)</translation>
    </message>
    <message>
        <source>quoted values are not RFC 4514: remove the quotes and escape &apos;,&apos; &apos;+&apos; &apos;&quot;&apos; &apos;\&apos; &apos;;&apos; &apos;&lt;&apos; &apos;&gt;&apos; with a backslash</source>
        <translation>Werte in Anführungszeichen entsprechen nicht RFC 4514: Entfernen Sie die Anführungszeichen und maskieren Sie &apos;,&apos; &apos;+&apos; &apos;&quot;&apos; &apos;\&apos; &apos;;&apos; &apos;&lt;&apos; &apos;&gt;&apos; mit einem Backslash</translation>
    </message>
    <message>
        <source>the escaped bytes are not valid UTF-8</source>
        <translation>die maskierten Bytes sind kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>&apos;\&apos; at the end: escape what?</source>
        <translation>&apos;\&apos; am Ende: Was soll maskiert werden?</translation>
    </message>
    <message>
        <source>&apos;\%1&apos; must be followed by a second hex digit (\XX) or be a special character</source>
        <translation>auf &apos;\%1&apos; muss eine zweite Hexadezimalziffer folgen (\XX), oder es muss ein Sonderzeichen sein</translation>
    </message>
    <message>
        <source>&apos;\%1&apos; is not an escape: escape only &quot; + , ; &lt; &gt; \ space # = or a hex pair \XX</source>
        <translation>&apos;\%1&apos; ist keine Maskierung: Maskieren Sie nur &quot; + , ; &lt; &gt; \ Leerzeichen # = oder ein Hex-Paar \XX</translation>
    </message>
    <message>
        <source>%1 must be escaped as \%2 inside a value</source>
        <translation>%1 muss innerhalb eines Werts als \%2 maskiert werden</translation>
    </message>
    <message>
        <source>control character %1 in the value of %2</source>
        <translation>Steuerzeichen %1 im Wert von %2</translation>
    </message>
    <message>
        <source>broken UTF-16 surrogate pair</source>
        <translation>defektes UTF-16-Surrogatpaar</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>C (country) must be two capital letters as in ISO 3166, for example C=DE, not &apos;%1&apos;</source>
        <translation>C (Land) muss aus zwei Großbuchstaben nach ISO 3166 bestehen, zum Beispiel C=DE, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value of %1 has %2 characters; at most %3 are allowed</source>
        <translation>der Wert von %1 hat %2 Zeichen; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>the value of %1 contains a NUL character</source>
        <translation>der Wert von %1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>%1 takes ASCII characters only, not %2 (write internationalised domains in their xn-- form)</source>
        <translation>%1 akzeptiert nur ASCII-Zeichen, nicht %2 (schreiben Sie internationalisierte Domains in ihrer Form mit xn--)</translation>
    </message>
    <message>
        <source>%1 takes only letters, digits, space and &apos;()+,-./:=? (PrintableString), not %2</source>
        <translation>%1 akzeptiert nur Buchstaben, Ziffern, Leerzeichen und &apos;()+,-./:=? (PrintableString), nicht %2</translation>
    </message>
    <message>
        <source>DC takes one domain label (letters, digits, &apos;-&apos;; no dots: write DC=example,DC=com), not &apos;%1&apos;</source>
        <translation>DC akzeptiert ein einzelnes Domain-Label (Buchstaben, Ziffern, &apos;-&apos;; keine Punkte: schreiben Sie DC=example,DC=com), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address (name@domain)</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse (name@domain)</translation>
    </message>
    <message>
        <source>The subject attribute %1 cannot be encoded</source>
        <translation>Das Inhaberattribut %1 kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>Subject: it has %1 characters; at most %2 are accepted.</source>
        <translation>Inhaber: Er hat %1 Zeichen; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>Subject: written out with full attribute names it has %1 characters; at most %2 are accepted.</source>
        <translation>Inhaber: Mit vollständigen Attributnamen ausgeschrieben hat er %1 Zeichen; höchstens %2 werden akzeptiert.</translation>
    </message>
    <message>
        <source>The distinguished name is not valid DER</source>
        <translation>Der Distinguished Name ist kein gültiges DER</translation>
    </message>
</context>
<context>
    <name>Endorsement</name>
    <message>
        <source>The TPM&apos;s endorsement hierarchy has a password, so tpmvsc cannot use the endorsement key. Ask the machine&apos;s administrator to provision the endorsement key at 0x81010001 (tpm2_createek -c 0x81010001) or to clear the endorsement password.</source>
        <translation>Die Endorsement-Hierarchie des TPM hat ein Kennwort, daher kann tpmvsc den Endorsement Key nicht verwenden. Bitten Sie den Administrator des Rechners, den Endorsement Key unter 0x81010001 bereitzustellen (tpm2_createek -c 0x81010001) oder das Endorsement-Kennwort zu entfernen.</translation>
    </message>
    <message>
        <source>The attestation CA&apos;s challenge is malformed.</source>
        <translation>Die Challenge der Attestierungs-CA ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The TPM&apos;s endorsement hierarchy has a password, so the endorsement key cannot decrypt the attestation CA&apos;s challenge. Ask the machine&apos;s administrator to clear the endorsement password.</source>
        <translation>Die Endorsement-Hierarchie des TPM hat ein Kennwort, daher kann der Endorsement Key die Challenge der Attestierungs-CA nicht entschlüsseln. Bitten Sie den Administrator des Rechners, das Endorsement-Kennwort zu entfernen.</translation>
    </message>
    <message>
        <source>The attestation CA&apos;s challenge was not made for this TPM&apos;s endorsement key and this attestation key.</source>
        <translation>Die Challenge der Attestierungs-CA wurde nicht für den Endorsement Key dieses TPM und diesen Attestierungsschlüssel erstellt.</translation>
    </message>
</context>
<context>
    <name>EndorsementRoots</name>
    <message>
        <source>This holds no PEM or DER certificate.</source>
        <translation>Dies enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The folder of endorsement roots %1 cannot be read.</source>
        <translation>Der Ordner der Endorsement-Wurzeln %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The endorsement root %1 cannot be read: %2.</source>
        <translation>Die Endorsement-Wurzel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The endorsement root %1 holds no PEM or DER certificate.</source>
        <translation>Die Endorsement-Wurzel %1 enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The folder %1 holds no endorsement root (files *.pem, *.crt, *.cer or *.der).</source>
        <translation>Der Ordner %1 enthält keine Endorsement-Wurzel (Dateien *.pem, *.crt, *.cer oder *.der).</translation>
    </message>
    <message>
        <source>The EK certificate is not a DER X.509 certificate.</source>
        <translation>Das EK-Zertifikat ist kein DER-X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The EK certificate does not chain to a trusted endorsement root (%1).</source>
        <translation>Das EK-Zertifikat führt zu keiner vertrauenswürdigen Endorsement-Wurzel (%1).</translation>
    </message>
</context>
<context>
    <name>EnrollService</name>
    <message>
        <source>The key label is too long (at most %1 characters).</source>
        <translation>Die Schlüsselbezeichnung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The key label must not contain control characters.</source>
        <translation>Die Schlüsselbezeichnung darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The certificate is not stored:
%1</source>
        <translation>Das Zertifikat wird nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>The certificate is not stored because of these warnings:
%1</source>
        <translation>Das Zertifikat wird wegen dieser Warnungen nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>Choose a certificate template: %1.</source>
        <translation>Wählen Sie eine Zertifikatvorlage: %1.</translation>
    </message>
    <message>
        <source>The request names nobody: give a subject (such as CN=Alice) or at least one subject alternative name.</source>
        <translation>Die Anforderung nennt niemanden: Geben Sie einen Inhaber (etwa CN=Alice) oder mindestens einen alternativen Inhabernamen an.</translation>
    </message>
    <message>
        <source>A self-signed certificate needs a subject (its issuer is its subject).</source>
        <translation>Ein selbstsigniertes Zertifikat braucht einen Inhaber (sein Aussteller ist sein Inhaber).</translation>
    </message>
    <message>
        <source>The card %1 has no key %2.</source>
        <translation>Die Karte %1 hat keinen Schlüssel %2.</translation>
    </message>
    <message>
        <source>Key %1 is a %2 key; choose either an existing key or a key type for a new one.</source>
        <translation>Schlüssel %1 ist ein %2-Schlüssel; wählen Sie entweder einen vorhandenen Schlüssel oder einen Schlüsseltyp für einen neuen.</translation>
    </message>
    <message>
        <source>Key %1 already has a certificate; a self-signed one would replace it.</source>
        <translation>Schlüssel %1 hat bereits ein Zertifikat; ein selbstsigniertes würde es ersetzen.</translation>
    </message>
    <message>
        <source>%1 has no file system yet (it was created without one).</source>
        <translation>%1 hat noch kein Dateisystem (die Karte wurde ohne erstellt).</translation>
    </message>
    <message>
        <source>%1 already holds %2 keys, the most a card can hold. Delete one first, or request for an existing key.</source>
        <translation>%1 enthält bereits %2 Schlüssel, die Höchstzahl für eine Karte. Löschen Sie zuerst einen, oder stellen Sie die Anforderung für einen vorhandenen Schlüssel.</translation>
    </message>
    <message>
        <source>RSA-PSS applies to RSA keys; this request uses a %1 key.</source>
        <translation>RSA-PSS gilt für RSA-Schlüssel; diese Anforderung verwendet einen %1-Schlüssel.</translation>
    </message>
    <message>
        <source>The validity must be from 1 to %1 days.</source>
        <translation>Die Gültigkeitsdauer muss 1 bis %1 Tage betragen.</translation>
    </message>
    <message>
        <source>A validity applies to self-signed certificates only; the CA decides the validity of the certificate it issues.</source>
        <translation>Eine Gültigkeitsdauer gilt nur für selbstsignierte Zertifikate; die Gültigkeit des Zertifikats, das die CA ausstellt, legt die CA fest.</translation>
    </message>
    <message>
        <source>%1 is blocked after too many wrong PINs.</source>
        <translation>%1 ist nach zu vielen falschen PINs gesperrt.</translation>
    </message>
    <message>
        <source>%1 holds no keys, so no certificate can belong to it.</source>
        <translation>%1 enthält keine Schlüssel, daher kann kein Zertifikat dazugehören.</translation>
    </message>
    <message>
        <source>Attestation goes into a certificate request; a self-signed certificate cannot carry it.</source>
        <translation>Eine Attestierung gehört in eine Zertifikatsanforderung; ein selbstsigniertes Zertifikat kann sie nicht tragen.</translation>
    </message>
    <message>
        <source>The card %1 has no attestation key to prove the key with.</source>
        <translation>Die Karte %1 hat keinen Attestierungsschlüssel, mit dem der Schlüssel nachgewiesen werden könnte.</translation>
    </message>
    <message>
        <source>Enrollment needs a subject (such as CN=Alice): the key signs its own certificate for the CA with it.</source>
        <translation>Für die Beantragung ist ein Inhaber nötig (etwa CN=Alice): Der Schlüssel signiert damit sein eigenes Zertifikat für die CA.</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate has the SHA-256 fingerprint %1, not the %2 it was expected to have: no key was made.</source>
        <translation>Das Zertifikat der CA hat den SHA-256-Fingerabdruck %1, nicht den erwarteten %2: Es wurde kein Schlüssel erzeugt.</translation>
    </message>
</context>
<context>
    <name>EnrollText</name>
    <message>
        <source>Smartcard Logon</source>
        <translation>Smartcard-Anmeldung</translation>
    </message>
    <message>
        <source>Signature and Smartcard Logon</source>
        <translation>Signatur und Smartcard-Anmeldung</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>E-mail protection (S/MIME)</source>
        <translation>E-Mail-Schutz (S/MIME)</translation>
    </message>
    <message>
        <source>RSA 2048-bit</source>
        <translation>RSA 2048 Bit</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <source>ECC P-256</source>
        <translation>ECC P-256</translation>
    </message>
    <message>
        <source>ECC P-384</source>
        <translation>ECC P-384</translation>
    </message>
    <message>
        <source>User principal name (UPN)</source>
        <translation>Benutzerprinzipalname (UPN)</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Signs in to Windows domains and Linux (PAM, SSSD) with the card.</source>
        <translation>Meldet sich mit der Karte an Windows-Domänen und Linux (PAM, SSSD) an.</translation>
    </message>
    <message>
        <source>Signs documents (non-repudiation) and signs in with the card.</source>
        <translation>Signiert Dokumente (Nichtabstreitbarkeit) und meldet sich mit der Karte an.</translation>
    </message>
    <message>
        <source>Authenticates to TLS servers: VPN, Wi-Fi (EAP-TLS), web sites.</source>
        <translation>Authentifiziert sich bei TLS-Servern: VPN, WLAN (EAP-TLS), Websites.</translation>
    </message>
    <message>
        <source>Signs e-mail and, with RSA keys, receives encrypted e-mail.</source>
        <translation>Signiert E-Mails und empfängt mit RSA-Schlüsseln verschlüsselte E-Mails.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A value is not in the expected form.</source>
        <translation>Ein Wert hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>The PIN or PUK does not meet the card&apos;s rules.</source>
        <translation>Die PIN oder PUK erfüllt die Regeln der Karte nicht.</translation>
    </message>
    <message>
        <source>Wrong PIN, PUK or response.</source>
        <translation>Falsche PIN, PUK oder Antwort.</translation>
    </message>
    <message>
        <source>The card is blocked.</source>
        <translation>Die Karte ist gesperrt.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Another program is using the card.</source>
        <translation>Ein anderes Programm verwendet die Karte.</translation>
    </message>
    <message>
        <source>A card file is damaged.</source>
        <translation>Eine Kartendatei ist beschädigt.</translation>
    </message>
    <message>
        <source>A card file is not protected well enough.</source>
        <translation>Eine Kartendatei ist nicht ausreichend geschützt.</translation>
    </message>
    <message>
        <source>The card files could not be written or read.</source>
        <translation>Die Kartendateien konnten nicht geschrieben oder gelesen werden.</translation>
    </message>
    <message>
        <source>The TPM cannot be reached.</source>
        <translation>Das TPM ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong attempts.</source>
        <translation>Das TPM ist nach zu vielen Fehlversuchen gesperrt.</translation>
    </message>
    <message>
        <source>The card belongs to another TPM.</source>
        <translation>Die Karte gehört zu einem anderen TPM.</translation>
    </message>
    <message>
        <source>The TPM reported an error.</source>
        <translation>Das TPM hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>This TPM or system does not support it.</source>
        <translation>Dieses TPM oder System unterstützt das nicht.</translation>
    </message>
    <message>
        <source>The card has reached a limit.</source>
        <translation>Die Karte hat eine Grenze erreicht.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner password is needed.</source>
        <translation>Das Besitzerkennwort des TPM wird benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) left before the card is blocked.</source>
        <translation>
            <numerusform>Noch %n falsche PIN, bevor die Karte gesperrt wird.</numerusform>
            <numerusform>Noch %n falsche PINs, bevor die Karte gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is blocked after too many wrong PINs.</source>
        <translation>Die Karte ist nach zu vielen falschen PINs gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PUK(s) left before the PUK is blocked.</source>
        <translation>
            <numerusform>Noch %n falsche PUK, bevor die PUK gesperrt wird.</numerusform>
            <numerusform>Noch %n falsche PUKs, bevor die PUK gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is blocked after too many wrong tries.</source>
        <translation>Die PUK ist nach zu vielen Fehlversuchen gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>The challenge is used up. %n wrong response(s) left before admin reset is blocked on this card.</source>
        <translation>
            <numerusform>Die Challenge ist verbraucht. Noch %n falsche Antwort, bevor das Zurücksetzen mit dem Administratorschlüssel auf dieser Karte gesperrt wird.</numerusform>
            <numerusform>Die Challenge ist verbraucht. Noch %n falsche Antworten, bevor das Zurücksetzen mit dem Administratorschlüssel auf dieser Karte gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin reset is blocked on this card after too many wrong responses.</source>
        <translation>Das Zurücksetzen mit dem Administratorschlüssel ist auf dieser Karte nach zu vielen falschen Antworten gesperrt.</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner has set a password, and creating or removing a card needs it: it was missing or wrong.</source>
        <translation>Der Besitzer des TPM hat ein Kennwort gesetzt, und das Erstellen oder Entfernen einer Karte braucht es: Es fehlte oder war falsch.</translation>
    </message>
    <message>
        <source>Unblock it with its PUK (Unblock with PUK…) or have the PIN reset with the admin key (Reset PIN with admin key…).</source>
        <translation>Entsperren Sie sie mit ihrer PUK (Mit PUK entsperren …) oder lassen Sie die PIN mit dem Administratorschlüssel zurücksetzen (PIN mit Administratorschlüssel zurücksetzen …).</translation>
    </message>
    <message>
        <source>Unblock it with its PUK (Unblock with PUK…).</source>
        <translation>Entsperren Sie sie mit ihrer PUK (Mit PUK entsperren …).</translation>
    </message>
    <message>
        <source>Have the PIN reset with the admin key (Reset PIN with admin key…).</source>
        <translation>Lassen Sie die PIN mit dem Administratorschlüssel zurücksetzen (PIN mit Administratorschlüssel zurücksetzen …).</translation>
    </message>
    <message>
        <source>It has no PUK and no admin resets left: destroy it and create a new card.</source>
        <translation>Sie hat keine PUK und keine Administrator-Zurücksetzungen mehr: Löschen Sie sie und erstellen Sie eine neue Karte.</translation>
    </message>
    <message>
        <source>Type it in the TPM owner password field, or ask the computer&apos;s administrator.</source>
        <translation>Geben Sie es im Feld für das TPM-Besitzerkennwort ein, oder fragen Sie den Administrator des Computers.</translation>
    </message>
    <message>
        <source>Destroy the cards you no longer use to make room.</source>
        <translation>Vernichten Sie Karten, die Sie nicht mehr verwenden, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>Destroy it again (Destroy card…).</source>
        <translation>Vernichten Sie sie erneut (Karte vernichten …).</translation>
    </message>
    <message>
        <source>Initialise it first (Initialise file system…).</source>
        <translation>Initialisieren Sie es zuerst (Dateisystem initialisieren …).</translation>
    </message>
    <message>
        <source>The card&apos;s details list its keys (Details…).</source>
        <translation>Die Details der Karte listen ihre Schlüssel auf (Details …).</translation>
    </message>
    <message>
        <source>Delete it first (Certificates…) if that is what you want.</source>
        <translation>Löschen Sie es zuerst (Zertifikate …), wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>Request a certificate first (Request certificate…).</source>
        <translation>Beantragen Sie zuerst ein Zertifikat (Zertifikat beantragen …).</translation>
    </message>
    <message>
        <source>To try tpmvsc without a TPM, start it with its built-in software TPM (tpmvsc --simulator).</source>
        <translation>Um tpmvsc ohne TPM auszuprobieren, starten Sie es mit seinem eingebauten Software-TPM (tpmvsc --simulator).</translation>
    </message>
    <message>
        <source>If you are sure it is the right certificate, tick &quot;Store anyway&quot;.</source>
        <translation>Wenn Sie sicher sind, dass es das richtige Zertifikat ist, setzen Sie das Häkchen bei „Trotz der obigen Warnungen speichern“.</translation>
    </message>
    <message>
        <source>The evidence does not prove what it claims.</source>
        <translation>Der Nachweis belegt nicht, was er behauptet.</translation>
    </message>
    <message>
        <source>A service on the network cannot be reached.</source>
        <translation>Ein Dienst im Netzwerk ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>EvidenceVerification</name>
    <message>
        <source>The AIK&apos;s public key is not a valid SubjectPublicKeyInfo.</source>
        <translation>Der öffentliche Schlüssel des AIK ist keine gültige SubjectPublicKeyInfo.</translation>
    </message>
    <message>
        <source>The evidence names the algorithm %1, which an AIK of type %2 cannot use.</source>
        <translation>Der Nachweis nennt den Algorithmus %1, den ein AIK vom Typ %2 nicht verwenden kann.</translation>
    </message>
    <message>
        <source>certInfo is not a TPMS_ATTEST: %1</source>
        <translation>certInfo ist kein TPMS_ATTEST: %1</translation>
    </message>
    <message>
        <source>pubArea is not a TPMT_PUBLIC: %1</source>
        <translation>pubArea ist kein TPMT_PUBLIC: %1</translation>
    </message>
    <message>
        <source>certInfo was not made by a TPM: its magic is 0x%1, not TPM_GENERATED (0xff544347).</source>
        <translation>certInfo stammt nicht von einem TPM: sein Magic ist 0x%1, nicht TPM_GENERATED (0xff544347).</translation>
    </message>
    <message>
        <source>certInfo is not the result of TPM2_Certify: its type is 0x%1, not TPM_ST_ATTEST_CERTIFY (0x8017).</source>
        <translation>certInfo ist kein Ergebnis von TPM2_Certify: sein Typ ist 0x%1, nicht TPM_ST_ATTEST_CERTIFY (0x8017).</translation>
    </message>
    <message>
        <source>The certified key is not fixedTPM: it can be duplicated to another TPM.</source>
        <translation>Der bestätigte Schlüssel ist nicht fixedTPM: er kann auf ein anderes TPM dupliziert werden.</translation>
    </message>
    <message>
        <source>The certified key is not fixedParent: it can be moved under another parent.</source>
        <translation>Der bestätigte Schlüssel ist nicht fixedParent: er kann unter einen anderen Elternschlüssel verschoben werden.</translation>
    </message>
    <message>
        <source>The certified key lacks sensitiveDataOrigin: the TPM did not make its private key from its own random (the key was imported or derived), so the private key can exist outside the TPM.</source>
        <translation>Dem bestätigten Schlüssel fehlt sensitiveDataOrigin: Das TPM hat seinen privaten Schlüssel nicht aus eigenem Zufall erzeugt (der Schlüssel wurde importiert oder abgeleitet), daher kann der private Schlüssel außerhalb des TPM existieren.</translation>
    </message>
    <message>
        <source>The certified key is restricted: it is a TPM&apos;s own key (an attestation or storage key), not a key for users.</source>
        <translation>Der bestätigte Schlüssel ist eingeschränkt (restricted): Er ist ein eigener Schlüssel des TPM (ein Attestierungs- oder Speicherschlüssel), kein Schlüssel für Benutzer.</translation>
    </message>
    <message>
        <source>The evidence carries the nonce %1, but none was expected.</source>
        <translation>Der Nachweis enthält die Nonce %1, aber es wurde keine erwartet.</translation>
    </message>
    <message>
        <source>The evidence carries no nonce, but %1 was expected: it may be a replay.</source>
        <translation>Der Nachweis enthält keine Nonce, aber %1 wurde erwartet: Er könnte wiederverwendet sein.</translation>
    </message>
    <message>
        <source>The evidence&apos;s nonce is %1, not the expected %2: it may be a replay.</source>
        <translation>Die Nonce des Nachweises ist %1, nicht die erwartete %2: Er könnte wiederverwendet sein.</translation>
    </message>
    <message>
        <source>A certificate of the AIK&apos;s chain is not DER X.509.</source>
        <translation>Ein Zertifikat der AIK-Kette ist kein DER-X.509.</translation>
    </message>
    <message>
        <source>The evidence has no certificate for the AIK, so the given roots cannot vouch for it.</source>
        <translation>Der Nachweis enthält kein Zertifikat für den AIK, daher können die angegebenen Wurzeln nicht für ihn bürgen.</translation>
    </message>
    <message>
        <source>The AIK&apos;s certificate is for another key than the AIK that signed.</source>
        <translation>Das Zertifikat des AIK gilt einem anderen Schlüssel als dem AIK, der signiert hat.</translation>
    </message>
    <message>
        <source>A root certificate is not usable.</source>
        <translation>Ein Wurzelzertifikat ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The AIK&apos;s certificate does not chain to the given roots (%1).</source>
        <translation>Das Zertifikat des AIK führt zu keiner der angegebenen Wurzeln (%1).</translation>
    </message>
    <message>
        <source>The signature over certInfo does not verify with the AIK&apos;s key.</source>
        <translation>Die Signatur über certInfo lässt sich mit dem Schlüssel des AIK nicht bestätigen.</translation>
    </message>
    <message>
        <source>The TPM certified the key named %1, but pubArea&apos;s Name is %2.</source>
        <translation>Das TPM hat den Schlüssel mit dem Namen %1 bestätigt, aber der Name von pubArea ist %2.</translation>
    </message>
    <message>
        <source>pubArea holds no usable public key: %1</source>
        <translation>pubArea enthält keinen verwendbaren öffentlichen Schlüssel: %1</translation>
    </message>
    <message>
        <source>The certified key is not the certificate request&apos;s key: the statement is about another key.</source>
        <translation>Der bestätigte Schlüssel ist nicht der Schlüssel der Zertifikatsanforderung: Die Aussage betrifft einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>The certified key is not the expected public key.</source>
        <translation>Der bestätigte Schlüssel ist nicht der erwartete öffentliche Schlüssel.</translation>
    </message>
    <message>
        <source>The evidence&apos;s field &quot;aikPublic&quot; is not a PEM public key.</source>
        <translation>Das Feld „aikPublic“ des Nachweises ist kein öffentlicher Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>This is not a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>Dies ist kein öffentlicher Schlüssel im PEM-Format (-----BEGIN PUBLIC KEY-----).</translation>
    </message>
</context>
<context>
    <name>ImportAnalysis</name>
    <message>
        <source>(empty subject, serial %1)</source>
        <translation>(leerer Inhaber, Seriennummer %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it begins on %1, and the clock of this computer says %2.</source>
        <translation>Das Zertifikat ist noch nicht gültig: Seine Gültigkeit beginnt am %1, und die Uhr dieses Computers zeigt %2 an.</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (it was valid from %2). Ask the CA for a new one.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen (es war gültig ab %2). Fordern Sie bei der CA ein neues an.</translation>
    </message>
    <message numerus="yes">
        <source>Valid from %1 to %2 (%n days left).</source>
        <translation>
            <numerusform>Gültig von %1 bis %2 (noch %n Tag).</numerusform>
            <numerusform>Gültig von %1 bis %2 (noch %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is a CA certificate (basicConstraints CA:TRUE); a certificate for a card key should not be one.</source>
        <translation>Das Zertifikat ist ein CA-Zertifikat (basicConstraints CA:TRUE); ein Zertifikat für einen Kartenschlüssel sollte keines sein.</translation>
    </message>
    <message>
        <source>The certificate does not restrict the key usage.</source>
        <translation>Das Zertifikat schränkt die Schlüsselverwendung nicht ein.</translation>
    </message>
    <message>
        <source>Key usage: %1.</source>
        <translation>Schlüsselverwendung: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage (%1) lacks %2, which the template &quot;%3&quot; asks for.</source>
        <translation>Der Schlüsselverwendung des Zertifikats (%1) fehlt %2, was die Vorlage „%3“ verlangt.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage (%1) lacks %2: the card could not sign with it.</source>
        <translation>Der Schlüsselverwendung des Zertifikats (%1) fehlt %2: Die Karte könnte damit nicht signieren.</translation>
    </message>
    <message>
        <source>The certificate does not restrict its purposes (no extended key usage).</source>
        <translation>Das Zertifikat schränkt seine Verwendungszwecke nicht ein (keine erweiterte Schlüsselverwendung).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purposes: %1.</source>
        <translation>Verwendungszwecke: %1.</translation>
    </message>
    <message>
        <source>The certificate lacks the purposes %1 that the template &quot;%2&quot; asks for (it has: %3); it may not work for that use.</source>
        <translation>Dem Zertifikat fehlen die Verwendungszwecke %1, die die Vorlage „%2“ verlangt (es hat: %3); es funktioniert für diesen Zweck möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The certificate lacks the purpose %1 that the template &quot;%2&quot; asks for (it has: %3); it may not work for that use.</source>
        <translation>Dem Zertifikat fehlt der Verwendungszweck %1, den die Vorlage „%2“ verlangt (es hat: %3); es funktioniert für diesen Zweck möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The certificate has no %1 among its alternative names, which the template &quot;%2&quot; needs.</source>
        <translation>Unter den alternativen Namen des Zertifikats fehlt ein Eintrag vom Typ %1, den die Vorlage „%2“ verlangt.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>this computer&apos;s trusted CA certificates</source>
        <translation>den vertrauenswürdigen CA-Zertifikaten dieses Computers</translation>
    </message>
    <message>
        <source>the CA bundle %1</source>
        <translation>dem CA-Bündel %1</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>Das CA-Bündel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no readable PEM certificates</source>
        <translation>Das CA-Bündel %1 enthält keine lesbaren PEM-Zertifikate</translation>
    </message>
    <message>
        <source>The certificate chains up to %1, trusted by %2.</source>
        <translation>Die Kette des Zertifikats führt zu %1, dem laut %2 vertraut wird.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no CA vouches for it, and it is not among %1.</source>
        <translation>Das Zertifikat ist selbstsigniert: Keine CA bürgt dafür, und es ist nicht in %1 enthalten.</translation>
    </message>
    <message>
        <source>The chain ends at the root CA %1, which is not among %2.</source>
        <translation>Die Kette endet bei der Stamm-CA %1, die nicht in %2 enthalten ist.</translation>
    </message>
    <message>
        <source>The issuer %1 is unknown: the file does not contain its certificate, and it is not among %2.</source>
        <translation>Der Aussteller %1 ist unbekannt: Die Datei enthält sein Zertifikat nicht, und er ist nicht in %2 enthalten.</translation>
    </message>
    <message>
        <source>The CA certificate %1 has expired.</source>
        <translation>Das CA-Zertifikat %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>The CA certificate %1 is not valid yet.</source>
        <translation>Das CA-Zertifikat %1 ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The signature on %1 does not verify: the chain is damaged or forged.</source>
        <translation>Die Signatur auf %1 lässt sich nicht verifizieren: Die Kette ist beschädigt oder gefälscht.</translation>
    </message>
    <message>
        <source>%1 issues certificates but is not allowed to (it is no CA certificate).</source>
        <translation>%1 stellt Zertifikate aus, darf das aber nicht (es ist kein CA-Zertifikat).</translation>
    </message>
    <message>
        <source>The chain does not verify at %1 (depth %2): %3.</source>
        <translation>Die Kette lässt sich bei %1 (Tiefe %2) nicht verifizieren: %3.</translation>
    </message>
    <message>
        <source>%1 Programs that check the chain will not trust this certificate.</source>
        <translation>%1 Programme, die die Kette prüfen, werden diesem Zertifikat nicht vertrauen.</translation>
    </message>
    <message>
        <source>There is no certificate to import.</source>
        <translation>Es gibt kein Zertifikat zum Importieren.</translation>
    </message>
    <message>
        <source>The card holds no key, so no certificate can belong to it. Make a certificate request first: it creates the key.</source>
        <translation>Die Karte enthält keinen Schlüssel, daher kann kein Zertifikat zu ihr gehören. Erstellen Sie zuerst eine Zertifikatanforderung: Dabei wird der Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 in the file: %3</source>
        <translation>Zertifikat %1 von %2 in der Datei: %3</translation>
    </message>
    <message>
        <source>This certificate is for another key: its public key (%1) matches no key on this card. Import the certificate the CA issued for a request made from this card.</source>
        <translation>Dieses Zertifikat ist für einen anderen Schlüssel: Sein öffentlicher Schlüssel (%1) passt zu keinem Schlüssel auf dieser Karte. Importieren Sie das Zertifikat, das die CA für eine Anforderung von dieser Karte ausgestellt hat.</translation>
    </message>
    <message numerus="yes">
        <source>These certificates are for other keys: none of the %n public keys in the file matches a key on this card. Import the certificate the CA issued for a request made from this card.</source>
        <translation>
            <numerusform>Dieses Zertifikat ist für einen anderen Schlüssel: %n öffentlicher Schlüssel in der Datei passt zu keinem Schlüssel auf dieser Karte. Importieren Sie das Zertifikat, das die CA für eine Anforderung von dieser Karte ausgestellt hat.</numerusform>
            <numerusform>Diese Zertifikate sind für andere Schlüssel: Keiner der %n öffentlichen Schlüssel in der Datei passt zu einem Schlüssel auf dieser Karte. Importieren Sie das Zertifikat, das die CA für eine Anforderung von dieser Karte ausgestellt hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n certificates for keys on this card (%1 and %2, ...); import them one file at a time.</source>
        <translation>
            <numerusform>Die Datei enthält %n Zertifikat für Schlüssel auf dieser Karte (%1 und %2, ...); importieren Sie die Zertifikate einzeln, jeweils aus einer eigenen Datei.</numerusform>
            <numerusform>Die Datei enthält %n Zertifikate für Schlüssel auf dieser Karte (%1 und %2, ...); importieren Sie sie einzeln, jeweils aus einer eigenen Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is %1 bytes; a card stores certificates of at most %2 KiB.</source>
        <translation>Das Zertifikat ist %1 Byte groß; eine Karte speichert Zertifikate von höchstens %2 KiB.</translation>
    </message>
    <message>
        <source>The certificate&apos;s chain has more than %1 issuers; a card stores at most %1.</source>
        <translation>Die Kette des Zertifikats hat mehr als %1 Aussteller; eine Karte speichert höchstens %1.</translation>
    </message>
    <message>
        <source>The issuer certificate %1 is %2 bytes; a card stores certificates of at most %3 KiB.</source>
        <translation>Das Ausstellerzertifikat %1 ist %2 Byte groß; eine Karte speichert Zertifikate von höchstens %3 KiB.</translation>
    </message>
    <message>
        <source>The certificate belongs to the card key with id %1 (%2).</source>
        <translation>Das Zertifikat gehört zum Kartenschlüssel mit der ID %1 (%2).</translation>
    </message>
    <message>
        <source>The certificate belongs to the card key &quot;%1&quot; (id %2) (%3).</source>
        <translation>Das Zertifikat gehört zum Kartenschlüssel „%1“ (ID %2) (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The file also holds %n certificates that are not part of this certificate&apos;s chain (%1); they are not stored.</source>
        <translation>
            <numerusform>Die Datei enthält außerdem %n Zertifikat, das nicht zur Kette dieses Zertifikats gehört (%1); es wird nicht gespeichert.</numerusform>
            <numerusform>Die Datei enthält außerdem %n Zertifikate, die nicht zur Kette dieses Zertifikats gehören (%1); sie werden nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file also holds %n certificate that is not part of this certificate&apos;s chain (%1); it is not stored.</source>
        <translation>
            <numerusform>Die Datei enthält außerdem %n Zertifikat, das nicht zur Kette dieses Zertifikats gehört (%1); es wird nicht gespeichert.</numerusform>
            <numerusform>Die Datei enthält außerdem %n Zertifikate, die nicht zur Kette dieses Zertifikats gehören (%1); sie werden nicht gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeCredential</name>
    <message>
        <source>The seed cannot be encrypted to the EK</source>
        <translation>Der Seed kann nicht für den EK verschlüsselt werden</translation>
    </message>
    <message>
        <source>The EK is not a restricted decryption key (a storage key), so it cannot receive a credential.</source>
        <translation>Der EK ist kein eingeschränkter Entschlüsselungsschlüssel (Speicherschlüssel) und kann daher kein Credential empfangen.</translation>
    </message>
    <message>
        <source>The EK is not fixedTPM and fixedParent: it could be a key that left its TPM.</source>
        <translation>Der EK ist nicht fixedTPM und fixedParent: Er könnte ein Schlüssel sein, der sein TPM verlassen hat.</translation>
    </message>
    <message>
        <source>The EK&apos;s symmetric algorithm is not AES-128 or AES-256 in CFB mode.</source>
        <translation>Der symmetrische Algorithmus des EK ist nicht AES-128 oder AES-256 im CFB-Modus.</translation>
    </message>
    <message>
        <source>The EK&apos;s curve is not NIST P-256 or P-384.</source>
        <translation>Die Kurve des EK ist nicht NIST P-256 oder P-384.</translation>
    </message>
    <message>
        <source>A credential for this EK is 1 to %1 bytes long, not %2.</source>
        <translation>Ein Credential für diesen EK ist 1 bis %1 Byte lang, nicht %2.</translation>
    </message>
</context>
<context>
    <name>OpenSslSupport</name>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (OpenSSL: %2).</source>
        <translation>%1 (OpenSSL: %2).</translation>
    </message>
</context>
<context>
    <name>OwnerPasswordField</name>
    <message>
        <source>TPM owner password</source>
        <translation>TPM-Besitzerkennwort</translation>
    </message>
    <message>
        <source>TPM o&amp;wner password:</source>
        <translation>TPM-Besitzer&amp;kennwort:</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message numerus="yes">
        <source>The PIN is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>Die PIN ist zu kurz: Sie muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Die PIN ist zu kurz: Sie muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>Die PIN ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Die PIN ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN has a character that cannot be used: only printable ASCII characters (unaccented letters, digits, punctuation and space) are allowed.</source>
        <translation>Die PIN enthält ein Zeichen, das nicht verwendet werden kann: Nur druckbare ASCII-Zeichen (Buchstaben ohne Umlaute und Akzente, Ziffern, Satzzeichen und Leerzeichen) sind erlaubt.</translation>
    </message>
    <message>
        <source>The PIN needs at least one uppercase letter (A-Z).</source>
        <translation>Die PIN braucht mindestens einen Großbuchstaben (A-Z).</translation>
    </message>
    <message>
        <source>The PIN must not contain uppercase letters.</source>
        <translation>Die PIN darf keine Großbuchstaben enthalten.</translation>
    </message>
    <message>
        <source>The PIN needs at least one lowercase letter (a-z).</source>
        <translation>Die PIN braucht mindestens einen Kleinbuchstaben (a-z).</translation>
    </message>
    <message>
        <source>The PIN must not contain lowercase letters.</source>
        <translation>Die PIN darf keine Kleinbuchstaben enthalten.</translation>
    </message>
    <message>
        <source>The PIN needs at least one digit (0-9).</source>
        <translation>Die PIN braucht mindestens eine Ziffer (0-9).</translation>
    </message>
    <message>
        <source>The PIN must not contain digits.</source>
        <translation>Die PIN darf keine Ziffern enthalten.</translation>
    </message>
    <message>
        <source>The PIN needs at least one special character (punctuation, symbol or space).</source>
        <translation>Die PIN braucht mindestens ein Sonderzeichen (Satzzeichen, Symbol oder Leerzeichen).</translation>
    </message>
    <message>
        <source>The PIN must not contain special characters (punctuation, symbols or spaces).</source>
        <translation>Die PIN darf keine Sonderzeichen (Satzzeichen, Symbole oder Leerzeichen) enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>Die PUK ist zu kurz: Sie muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Die PUK ist zu kurz: Sie muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>Die PUK ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Die PUK ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK has a character that cannot be used: only printable ASCII characters (unaccented letters, digits, punctuation and space) are allowed.</source>
        <translation>Die PUK enthält ein Zeichen, das nicht verwendet werden kann: Nur druckbare ASCII-Zeichen (Buchstaben ohne Umlaute und Akzente, Ziffern, Satzzeichen und Leerzeichen) sind erlaubt.</translation>
    </message>
    <message>
        <source>The PUK needs at least one uppercase letter (A-Z).</source>
        <translation>Die PUK braucht mindestens einen Großbuchstaben (A-Z).</translation>
    </message>
    <message>
        <source>The PUK must not contain uppercase letters.</source>
        <translation>Die PUK darf keine Großbuchstaben enthalten.</translation>
    </message>
    <message>
        <source>The PUK needs at least one lowercase letter (a-z).</source>
        <translation>Die PUK braucht mindestens einen Kleinbuchstaben (a-z).</translation>
    </message>
    <message>
        <source>The PUK must not contain lowercase letters.</source>
        <translation>Die PUK darf keine Kleinbuchstaben enthalten.</translation>
    </message>
    <message>
        <source>The PUK needs at least one digit (0-9).</source>
        <translation>Die PUK braucht mindestens eine Ziffer (0-9).</translation>
    </message>
    <message>
        <source>The PUK must not contain digits.</source>
        <translation>Die PUK darf keine Ziffern enthalten.</translation>
    </message>
    <message>
        <source>The PUK needs at least one special character (punctuation, symbol or space).</source>
        <translation>Die PUK braucht mindestens ein Sonderzeichen (Satzzeichen, Symbol oder Leerzeichen).</translation>
    </message>
    <message>
        <source>The PUK must not contain special characters (punctuation, symbols or spaces).</source>
        <translation>Die PUK darf keine Sonderzeichen (Satzzeichen, Symbole oder Leerzeichen) enthalten.</translation>
    </message>
    <message>
        <source>The minimum PIN length cannot be less than %1 (it is %2).</source>
        <translation>Die minimale PIN-Länge darf nicht kleiner als %1 sein (sie ist %2).</translation>
    </message>
    <message>
        <source>The maximum PIN length cannot be more than %1 (it is %2).</source>
        <translation>Die maximale PIN-Länge darf nicht größer als %1 sein (sie ist %2).</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>Die minimale PIN-Länge (%1) ist größer als die maximale (%2).</translation>
    </message>
    <message>
        <source>Every kind of character is disallowed (uppercase letters, lowercase letters, digits and special characters), so no PIN can meet the policy.</source>
        <translation>Keine Zeichenart ist erlaubt (Großbuchstaben, Kleinbuchstaben, Ziffern und Sonderzeichen sind alle ausgeschlossen), daher kann keine PIN die Richtlinie erfüllen.</translation>
    </message>
    <message>
        <source>The policy requires %1 kinds of characters, but the maximum PIN length is only %2.</source>
        <translation>Die Richtlinie verlangt %1 Arten von Zeichen, aber die maximale PIN-Länge beträgt nur %2.</translation>
    </message>
</context>
<context>
    <name>PublicKeyDescription</name>
    <message>
        <source>The public key is not a valid SubjectPublicKeyInfo.</source>
        <translation>Der öffentliche Schlüssel ist keine gültige SubjectPublicKeyInfo.</translation>
    </message>
    <message>
        <source>RSA %1</source>
        <translation>RSA %1</translation>
    </message>
    <message>
        <source>ECDSA %1</source>
        <translation>ECDSA %1</translation>
    </message>
    <message>
        <source>explicit parameters</source>
        <translation>explizite Parameter</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>unbekannter Algorithmus</translation>
    </message>
</context>
<context>
    <name>RequestAttestation</name>
    <message>
        <source>The certificate request is not DER PKCS#10.</source>
        <translation>Die Zertifikatsanforderung ist kein DER-PKCS#10.</translation>
    </message>
    <message>
        <source>The certificate request&apos;s own signature does not verify.</source>
        <translation>Die eigene Signatur der Zertifikatsanforderung lässt sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>The statement&apos;s signature is not a TPMT_SIGNATURE: %1</source>
        <translation>Die Signatur der Aussage ist keine TPMT_SIGNATURE: %1</translation>
    </message>
    <message>
        <source>The statement is signed with hash 0x%1; only SHA-256 is accepted.</source>
        <translation>Die Aussage ist mit dem Hash 0x%1 signiert; nur SHA-256 wird angenommen.</translation>
    </message>
    <message>
        <source>A certificate in the attestation is not DER X.509.</source>
        <translation>Ein Zertifikat der Attestierung ist kein DER-X.509.</translation>
    </message>
    <message>
        <source>This is not a PEM certificate request (-----BEGIN CERTIFICATE REQUEST-----).</source>
        <translation>Dies ist keine Zertifikatsanforderung im PEM-Format (-----BEGIN CERTIFICATE REQUEST-----).</translation>
    </message>
    <message>
        <source>The certificate request carries no attestation.</source>
        <translation>Die Zertifikatsanforderung enthält keine Attestierung.</translation>
    </message>
    <message>
        <source>The certificate request carries %1 TPM statements; one is expected.</source>
        <translation>Die Zertifikatsanforderung enthält %1 TPM-Aussagen; erwartet wird eine.</translation>
    </message>
    <message>
        <source>The TPM statement leaves out the certified key&apos;s public area.</source>
        <translation>Der TPM-Aussage fehlt der öffentliche Bereich des bestätigten Schlüssels.</translation>
    </message>
    <message>
        <source>No certificate in the attestation holds the key that signed the TPM statement: the attestation key must be given.</source>
        <translation>Kein Zertifikat der Attestierung enthält den Schlüssel, der die TPM-Aussage signiert hat: Der Attestierungsschlüssel muss angegeben werden.</translation>
    </message>
</context>
<context>
    <name>ScepCaps</name>
    <message>
        <source>The CA&apos;s certificate (GetCACert) is not usable: %1</source>
        <translation>Das Zertifikat der CA (GetCACert) ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The CA sent %1 certificates (GetCACert) and none of them is a CA&apos;s.</source>
        <translation>Die CA hat %1 Zertifikate gesendet (GetCACert), aber keines davon ist das einer CA.</translation>
    </message>
    <message>
        <source>The CA issued something that is not a certificate.</source>
        <translation>Die CA hat etwas ausgestellt, das kein Zertifikat ist.</translation>
    </message>
    <message>
        <source>The CA issued a certificate for another key.</source>
        <translation>Die CA hat ein Zertifikat für einen anderen Schlüssel ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate the CA issued does not chain to the CA&apos;s certificate (%1).</source>
        <translation>Das von der CA ausgestellte Zertifikat führt nicht zum Zertifikat der CA (%1).</translation>
    </message>
</context>
<context>
    <name>ScepClient</name>
    <message>
        <source>The SCEP address %1 is not an http:// or https:// URL without a query.</source>
        <translation>Die SCEP-Adresse %1 ist keine http://- oder https://-URL ohne Abfrageteil.</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 could not be reached (%2): %3.</source>
        <translation>Die SCEP-CA unter %1 war nicht erreichbar (%2): %3.</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 failed (%2, HTTP status %3).</source>
        <translation>Die SCEP-CA unter %1 ist gescheitert (%2, HTTP-Status %3).</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 refused %2 (HTTP status %3).</source>
        <translation>Die SCEP-CA unter %1 hat %2 abgelehnt (HTTP-Status %3).</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 answered %2 with more than %3 bytes.</source>
        <translation>Die SCEP-CA unter %1 hat auf %2 mit mehr als %3 Byte geantwortet.</translation>
    </message>
    <message>
        <source>SCEP needs an RSA key: the CA encrypts its answer to the key, and a %1 key cannot decrypt.</source>
        <translation>SCEP braucht einen RSA-Schlüssel: Die CA verschlüsselt ihre Antwort für den Schlüssel, und ein %1-Schlüssel kann nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>The SCEP CA answered without a certificate for the key.</source>
        <translation>Die SCEP-CA hat ohne ein Zertifikat für den Schlüssel geantwortet.</translation>
    </message>
</context>
<context>
    <name>ScepMessage</name>
    <message>
        <source>The CA&apos;s SCEP answer is not usable: %1</source>
        <translation>Die SCEP-Antwort der CA ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The %1 is not an X.509 certificate</source>
        <translation>Das %1 ist kein X.509-Zertifikat</translation>
    </message>
    <message>
        <source>CA&apos;s encryption certificate</source>
        <translation>Verschlüsselungszertifikat der CA</translation>
    </message>
    <message>
        <source>The CA&apos;s encryption certificate has no RSA key</source>
        <translation>Das Verschlüsselungszertifikat der CA hat keinen RSA-Schlüssel</translation>
    </message>
    <message>
        <source>the attribute %1 appears twice</source>
        <translation>das Attribut %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the attribute %1 is not what RFC 8894 says it is</source>
        <translation>das Attribut %1 ist nicht so, wie RFC 8894 es festlegt</translation>
    </message>
    <message>
        <source>the attribute %1 is empty or too long</source>
        <translation>das Attribut %1 ist leer oder zu lang</translation>
    </message>
    <message>
        <source>the attribute %1 holds &quot;%2&quot;, not a number</source>
        <translation>das Attribut %1 enthält „%2“, keine Zahl</translation>
    </message>
    <message>
        <source>it must have exactly one signer</source>
        <translation>sie muss genau einen Unterzeichner haben</translation>
    </message>
    <message>
        <source>request&apos;s own certificate</source>
        <translation>eigene Zertifikat der Anforderung</translation>
    </message>
    <message>
        <source>SCEP needs an RSA key: the CA encrypts its answer to it</source>
        <translation>SCEP braucht einen RSA-Schlüssel: Die CA verschlüsselt ihre Antwort für ihn</translation>
    </message>
    <message>
        <source>it is not a PKCS#7 message</source>
        <translation>sie ist keine PKCS#7-Nachricht</translation>
    </message>
    <message>
        <source>it is not a PKCS#7 SignedData</source>
        <translation>sie ist kein PKCS#7-SignedData</translation>
    </message>
    <message>
        <source>it has no signed attributes</source>
        <translation>sie hat keine signierten Attribute</translation>
    </message>
    <message>
        <source>it has no messageType</source>
        <translation>sie hat keinen messageType</translation>
    </message>
    <message>
        <source>its messageType %1 is not one SCEP defines</source>
        <translation>ihr messageType %1 ist keiner, den SCEP definiert</translation>
    </message>
    <message>
        <source>it has no pkiStatus</source>
        <translation>sie hat keinen pkiStatus</translation>
    </message>
    <message>
        <source>its pkiStatus %1 is not one SCEP defines</source>
        <translation>ihr pkiStatus %1 ist keiner, den SCEP definiert</translation>
    </message>
    <message>
        <source>its failInfo %1 is not one SCEP defines</source>
        <translation>ihr failInfo %1 ist keiner, den SCEP definiert</translation>
    </message>
    <message>
        <source>its content is not data</source>
        <translation>ihr Inhalt ist nicht vom Typ data</translation>
    </message>
    <message>
        <source>it reports success but carries no certificate</source>
        <translation>sie meldet Erfolg, enthält aber kein Zertifikat</translation>
    </message>
    <message>
        <source>CA&apos;s certificate</source>
        <translation>Zertifikat der CA</translation>
    </message>
    <message>
        <source>The CA&apos;s SCEP answer is not signed by the CA</source>
        <translation>Die SCEP-Antwort der CA ist nicht von der CA signiert</translation>
    </message>
    <message>
        <source>it is not a CertRep (messageType %1)</source>
        <translation>sie ist keine CertRep (messageType %1)</translation>
    </message>
    <message>
        <source>it answers another transaction</source>
        <translation>sie beantwortet eine andere Transaktion</translation>
    </message>
    <message>
        <source>it does not answer this request&apos;s nonce</source>
        <translation>sie beantwortet nicht die Nonce dieser Anforderung</translation>
    </message>
    <message>
        <source>its content is not a PKCS#7 EnvelopedData</source>
        <translation>ihr Inhalt ist kein PKCS#7-EnvelopedData</translation>
    </message>
    <message>
        <source>its EnvelopedData must have exactly one recipient</source>
        <translation>ihr EnvelopedData muss genau einen Empfänger haben</translation>
    </message>
    <message>
        <source>its content key is not encrypted with RSA</source>
        <translation>ihr Inhaltsschlüssel ist nicht mit RSA verschlüsselt</translation>
    </message>
    <message>
        <source>its EnvelopedData has no encrypted content</source>
        <translation>ihr EnvelopedData hat keinen verschlüsselten Inhalt</translation>
    </message>
    <message>
        <source>its content is encrypted with single DES, which OpenSSL offers only through its legacy provider, and that is not installed</source>
        <translation>ihr Inhalt ist mit einfachem DES verschlüsselt, das OpenSSL nur über seinen Legacy-Provider anbietet, und der ist nicht installiert</translation>
    </message>
    <message>
        <source>its content is encrypted with %1, which is not AES, DES3 or DES in CBC mode</source>
        <translation>ihr Inhalt ist mit %1 verschlüsselt, also nicht mit AES, DES3 oder DES im CBC-Modus</translation>
    </message>
    <message>
        <source>its content cipher has no usable IV</source>
        <translation>die Verschlüsselung ihres Inhalts hat keinen verwendbaren IV</translation>
    </message>
    <message>
        <source>its content key has the wrong length</source>
        <translation>ihr Inhaltsschlüssel hat die falsche Länge</translation>
    </message>
    <message>
        <source>its content does not decrypt with the key</source>
        <translation>ihr Inhalt lässt sich mit dem Schlüssel nicht entschlüsseln</translation>
    </message>
    <message>
        <source>its content is not a PKCS#7 with certificates</source>
        <translation>ihr Inhalt ist kein PKCS#7 mit Zertifikaten</translation>
    </message>
    <message>
        <source>The CA put the request on hold; polling is not supported yet, so no key was kept.</source>
        <translation>Die CA hat die Anforderung zurückgestellt; erneutes Abfragen wird noch nicht unterstützt, daher wurde kein Schlüssel behalten.</translation>
    </message>
    <message>
        <source>The CA refused the request (%1).</source>
        <translation>Die CA hat die Anforderung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The CA refused the request without saying why.</source>
        <translation>Die CA hat die Anforderung ohne Angabe von Gründen abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>A self-signed certificate needs a subject (such as CN=Alice): it is also the issuer.</source>
        <translation>Ein selbstsigniertes Zertifikat braucht einen Inhaber (etwa CN=Alice): Er ist zugleich der Aussteller.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity needs a start and an end.</source>
        <translation>Die Gültigkeit des Zertifikats braucht einen Anfang und ein Ende.</translation>
    </message>
    <message>
        <source>The certificate would end (%1) before it begins (%2).</source>
        <translation>Das Zertifikat würde enden (%1), bevor es beginnt (%2).</translation>
    </message>
    <message>
        <source>Certificate dates must lie between 1950 and 9999.</source>
        <translation>Die Datumsangaben eines Zertifikats müssen zwischen 1950 und 9999 liegen.</translation>
    </message>
</context>
<context>
    <name>SubjectAltName</name>
    <message>
        <source>Subject alternative name &quot;%1&quot;: %2.</source>
        <translation>Alternativer Inhabername „%1“: %2.</translation>
    </message>
    <message>
        <source>the domain is missing</source>
        <translation>die Domain fehlt</translation>
    </message>
    <message>
        <source>the domain ends with a dot</source>
        <translation>die Domain endet mit einem Punkt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalised domain</source>
        <translation>&apos;%1&apos; ist keine gültige internationalisierte Domain</translation>
    </message>
    <message>
        <source>the domain has %1 characters; at most %2 are allowed</source>
        <translation>die Domain hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the domain has an empty label (two dots in a row, or a leading dot)</source>
        <translation>die Domain hat ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang)</translation>
    </message>
    <message>
        <source>the label &apos;%1&apos; is longer than %2 characters</source>
        <translation>das Label &apos;%1&apos; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the label &apos;%1&apos; may hold only letters, digits and &apos;-&apos; (not first or last)</source>
        <translation>das Label &apos;%1&apos; darf nur Buchstaben, Ziffern und &apos;-&apos; enthalten (nicht am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>a UPN has at most %1 characters</source>
        <translation>ein UPN hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>a UPN is user@realm (for example alice@example.com); the &apos;@&apos; and realm are missing</source>
        <translation>ein UPN hat die Form user@realm (zum Beispiel alice@example.com); &apos;@&apos; und Realm fehlen</translation>
    </message>
    <message>
        <source>the user part before &apos;@&apos; is empty</source>
        <translation>der Benutzerteil vor &apos;@&apos; ist leer</translation>
    </message>
    <message>
        <source>the user part may not contain spaces, control characters or a second &apos;@&apos;</source>
        <translation>der Benutzerteil darf keine Leerzeichen, Steuerzeichen oder ein zweites &apos;@&apos; enthalten</translation>
    </message>
    <message>
        <source>the realm after &apos;@&apos;: %1</source>
        <translation>der Realm nach &apos;@&apos;: %1</translation>
    </message>
    <message>
        <source>an e-mail address is name@domain; the &apos;@&apos; is missing</source>
        <translation>eine E-Mail-Adresse hat die Form name@domain; das &apos;@&apos; fehlt</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; is empty</source>
        <translation>der Name vor &apos;@&apos; ist leer</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; has more than %1 characters</source>
        <translation>der Name vor &apos;@&apos; hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>certificates carry e-mail addresses in ASCII only (rfc822Name); %1 is not ASCII</source>
        <translation>Zertifikate enthalten E-Mail-Adressen nur in ASCII (rfc822Name); %1 ist kein ASCII-Zeichen</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; contains &apos;%1&apos;</source>
        <translation>der Name vor &apos;@&apos; enthält &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; has a misplaced dot</source>
        <translation>der Name vor &apos;@&apos; hat einen falsch platzierten Punkt</translation>
    </message>
    <message>
        <source>the domain after &apos;@&apos;: %1</source>
        <translation>die Domain nach &apos;@&apos;: %1</translation>
    </message>
    <message>
        <source>an e-mail address has at most %1 characters</source>
        <translation>eine E-Mail-Adresse hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>user principal name (UPN)</source>
        <translation>Benutzerprinzipalname (UPN)</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>write the kind first: upn:user@realm, email:name@domain or dns:host.domain</source>
        <translation>geben Sie zuerst die Art an: upn:user@realm, email:name@domain oder dns:host.domain</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of name this program requests (upn, email, dns)</source>
        <translation>&apos;%1&apos; ist keine Art von Namen, die dieses Programm anfordert (upn, email, dns)</translation>
    </message>
    <message>
        <source>the value after &apos;:&apos; is empty</source>
        <translation>der Wert nach &apos;:&apos; ist leer</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>the same name is given twice</source>
        <translation>derselbe Name ist zweimal angegeben</translation>
    </message>
</context>
<context>
    <name>Tpm</name>
    <message>
        <source>No TPM could be reached (tried the access broker, /dev/tpmrm0 and /dev/tpm0). Check that the TPM is enabled and that you may use it (group tss).</source>
        <translation>Es konnte kein TPM erreicht werden (versucht wurden der Access Broker, /dev/tpmrm0 und /dev/tpm0). Prüfen Sie, ob das TPM aktiviert ist und ob Sie es verwenden dürfen (Gruppe tss).</translation>
    </message>
    <message>
        <source>The TPM at &quot;%1&quot; could not be reached.</source>
        <translation>Das TPM unter „%1“ konnte nicht erreicht werden.</translation>
    </message>
</context>
<context>
    <name>TpmError</name>
    <message>
        <source>The TPM stopped responding; nothing was changed.</source>
        <translation>Das TPM hat nicht mehr geantwortet; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The TPM refused the authorization.</source>
        <translation>Das TPM hat die Autorisierung abgelehnt.</translation>
    </message>
    <message>
        <source>The TPM is in dictionary-attack lockout after too many wrong attempts; wait for it to forgive failures, or have the machine&apos;s owner reset it.</source>
        <translation>Das TPM ist nach zu vielen Fehlversuchen gegen Wörterbuchangriffe gesperrt; warten Sie, bis es Fehlversuche vergibt, oder lassen Sie die Sperre vom Besitzer des Computers zurücksetzen.</translation>
    </message>
    <message>
        <source>The TPM cannot open the card&apos;s objects: they were made by another TPM, the TPM was cleared, or the card file was altered.</source>
        <translation>Das TPM kann die Objekte der Karte nicht öffnen: Sie wurden von einem anderen TPM erstellt, das TPM wurde gelöscht, oder die Kartendatei wurde verändert.</translation>
    </message>
    <message>
        <source>The TPM has no room for another object or session; another program may be holding TPM resources.</source>
        <translation>Das TPM hat keinen Platz für ein weiteres Objekt oder eine weitere Sitzung; möglicherweise belegt ein anderes Programm TPM-Ressourcen.</translation>
    </message>
    <message>
        <source>This TPM does not support the requested algorithm.</source>
        <translation>Dieses TPM unterstützt den angeforderten Algorithmus nicht.</translation>
    </message>
    <message>
        <source>The TPM is not ready (not started or in failure mode).</source>
        <translation>Das TPM ist nicht bereit (nicht gestartet oder im Fehlermodus).</translation>
    </message>
    <message>
        <source>The TPM reported an error.</source>
        <translation>Das TPM hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>TpmNv</name>
    <message>
        <source>The TPM&apos;s owner hierarchy is protected by a password, and it is needed to create or remove a card&apos;s TPM counters: it was not given, or not that.</source>
        <translation>Die Besitzerhierarchie des TPM ist durch ein Kennwort geschützt, das zum Erstellen oder Entfernen der TPM-Zähler einer Karte benötigt wird: Es wurde nicht angegeben oder war falsch.</translation>
    </message>
    <message>
        <source>Every NV handle tpmvsc may use on this TPM is taken: remove cards, or indices that belong to no card.</source>
        <translation>Alle NV-Handles, die tpmvsc auf diesem TPM verwenden darf, sind belegt: Entfernen Sie Karten oder Indizes, die zu keiner Karte gehören.</translation>
    </message>
    <message>
        <source>The TPM has no NV memory left for this card&apos;s counters. Remove cards you no longer use, or indices that belong to no card.</source>
        <translation>Das TPM hat keinen NV-Speicher mehr für die Zähler dieser Karte. Entfernen Sie Karten, die Sie nicht mehr verwenden, oder Indizes, die zu keiner Karte gehören.</translation>
    </message>
    <message>
        <source>This TPM cannot hold a PIN counter (NV index of type PIN_FAIL, TPM 2.0 revision 1.16 or later): tpmvsc cannot protect a card&apos;s PIN on it.</source>
        <translation>Dieses TPM kann keinen PIN-Zähler aufnehmen (NV-Index vom Typ PIN_FAIL, TPM 2.0 ab Revision 1.16): tpmvsc kann die PIN einer Karte darauf nicht schützen.</translation>
    </message>
    <message>
        <source>The card&apos;s counter in the TPM (NV index 0x%1) is gone or has been replaced: the card cannot be used any more. Destroy it.</source>
        <translation>Der Zähler der Karte im TPM (NV-Index 0x%1) fehlt oder wurde ersetzt: Die Karte kann nicht mehr verwendet werden. Vernichten Sie sie.</translation>
    </message>
</context>
<context>
    <name>TpmObjects</name>
    <message>
        <source>A TPM object in the card file is malformed.</source>
        <translation>Ein TPM-Objekt in der Kartendatei ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>A public key in the card file is malformed.</source>
        <translation>Ein öffentlicher Schlüssel in der Kartendatei ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>The TPM&apos;s storage hierarchy is protected by an owner password, so tpmvsc cannot create its storage key. Ask the machine&apos;s administrator to clear the owner authorization (tpm2_changeauth -c owner).</source>
        <translation>Die Speicherhierarchie des TPM ist durch ein Besitzerkennwort geschützt, daher kann tpmvsc seinen Speicherschlüssel nicht erstellen. Bitten Sie den Administrator des Computers, die Besitzerautorisierung zu entfernen (tpm2_changeauth -c owner).</translation>
    </message>
    <message>
        <source>The TPM returned an ECDSA signature whose parts are longer than the key&apos;s curve allows.</source>
        <translation>Das TPM hat eine ECDSA-Signatur geliefert, deren Teile länger sind, als die Kurve des Schlüssels erlaubt.</translation>
    </message>
    <message>
        <source>The data could not be decrypted: it was not encrypted to this key, or it is damaged.</source>
        <translation>Die Daten konnten nicht entschlüsselt werden: Sie wurden nicht für diesen Schlüssel verschlüsselt, oder sie sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>TpmRandom</name>
    <message>
        <source>The TPM returned no random bytes.</source>
        <translation>Das TPM hat keine Zufallsbytes geliefert.</translation>
    </message>
</context>
<context>
    <name>TpmStructures</name>
    <message>
        <source>The %1 of the %2 is %3 bytes long; at most %4 are allowed.</source>
        <translation>%1 in %2 ist %3 Bytes lang; höchstens %4 sind erlaubt.</translation>
    </message>
    <message>
        <source>The %1 has %2 bytes after its end.</source>
        <translation>%1 hat %2 Bytes nach seinem Ende.</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 0x%3 is not one this reader knows.</source>
        <translation>%2 0x%3 in %1 ist diesem Leser unbekannt.</translation>
    </message>
    <message>
        <source>The %1 ends too early.</source>
        <translation>%1 endet zu früh.</translation>
    </message>
    <message>
        <source>A coordinate of the ECC key is longer than its curve.</source>
        <translation>Eine Koordinate des ECC-Schlüssels ist länger als seine Kurve.</translation>
    </message>
    <message>
        <source>The key&apos;s name algorithm is not one this reader knows.</source>
        <translation>Der Namensalgorithmus des Schlüssels ist diesem Leser unbekannt.</translation>
    </message>
    <message>
        <source>The RSA key has no modulus.</source>
        <translation>Der RSA-Schlüssel hat keinen Modulus.</translation>
    </message>
    <message>
        <source>The ECC key&apos;s curve 0x%1 is not one this reader knows.</source>
        <translation>Die Kurve 0x%1 des ECC-Schlüssels ist diesem Leser unbekannt.</translation>
    </message>
    <message>
        <source>The key in the TPMT_PUBLIC is not a valid key</source>
        <translation>Der Schlüssel in TPMT_PUBLIC ist kein gültiger Schlüssel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Virtual smart cards in this computer&apos;s TPM.</source>
        <translation>Virtuelle Smartcards im TPM dieses Computers.</translation>
    </message>
    <message>
        <source>Use the built-in software TPM (for testing: keys are not hardware-protected).</source>
        <translation>Das eingebaute Software-TPM verwenden (zum Testen: Schlüssel sind nicht durch Hardware geschützt).</translation>
    </message>
    <message>
        <source>Reach the TPM through this TCTI configuration (for example device:/dev/tpmrm0).</source>
        <translation>Das TPM über diese TCTI-Konfiguration erreichen (zum Beispiel device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>Show the program in this language (en, de, ja) instead of the system&apos;s.</source>
        <translation>Das Programm in dieser Sprache (en, de, ja) statt in der Systemsprache anzeigen.</translation>
    </message>
    <message>
        <source>Open the card creation wizard directly.</source>
        <translation>Direkt den Assistenten zum Erstellen einer Karte öffnen.</translation>
    </message>
    <message>
        <source>No translation for &quot;%1&quot;; available: %2.</source>
        <translation>Keine Übersetzung für „%1“; verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>tpmvsc</name>
    <message>
        <source>The random number generator failed.</source>
        <translation>Der Zufallszahlengenerator ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::AdminChallengeDialog</name>
    <message>
        <source>Reset PIN with admin key</source>
        <translation>PIN mit Administratorschlüssel zurücksetzen</translation>
    </message>
    <message>
        <source>Initialise file system</source>
        <translation>Dateisystem initialisieren</translation>
    </message>
    <message>
        <source>Call your helpdesk and read out the challenge below. The helpdesk computes a response from it with the card&apos;s admin key; type that response here and choose a new PIN.</source>
        <translation>Rufen Sie Ihren Helpdesk an und lesen Sie die Challenge unten vor. Der Helpdesk berechnet daraus mit dem Administratorschlüssel der Karte eine Antwort; geben Sie diese Antwort hier ein und wählen Sie eine neue PIN.</translation>
    </message>
    <message>
        <source>The card has no file system yet; keys can be stored only after it is initialised, which needs the admin key. Call your helpdesk and read out the challenge below, then type the response they give you.</source>
        <translation>Die Karte hat noch kein Dateisystem; Schlüssel können erst nach dessen Initialisierung gespeichert werden, und dafür ist der Administratorschlüssel nötig. Rufen Sie Ihren Helpdesk an, lesen Sie die Challenge unten vor und geben Sie dann die Antwort ein, die Sie erhalten.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the challenge</source>
        <translation>Challenge kopieren</translation>
    </message>
    <message>
        <source>That challenge is used up. Read this new challenge to the helpdesk: it needs a new response.</source>
        <translation>Diese Challenge ist verbraucht. Lesen Sie dem Helpdesk die neue Challenge vor: Sie braucht eine neue Antwort.</translation>
    </message>
    <message>
        <source>Response from the helpdesk, 16 hexadecimal digits</source>
        <translation>Antwort vom Helpdesk, 16 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>16 hexadecimal digits</source>
        <translation>16 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&amp;Response from the helpdesk:</source>
        <translation>&amp;Antwort vom Helpdesk:</translation>
    </message>
    <message>
        <source>R&amp;eset PIN</source>
        <translation>PIN zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Initialise</source>
        <translation>&amp;Initialisieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Reading the challenge…</source>
        <translation>Challenge wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the card&apos;s challenge…</source>
        <translation>Challenge der Karte wird gelesen …</translation>
    </message>
    <message>
        <source>No challenge available</source>
        <translation>Keine Challenge verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n admin reset(s) left on this card.</source>
        <translation>
            <numerusform>Noch %n Zurücksetzung mit dem Administratorschlüssel auf dieser Karte.</numerusform>
            <numerusform>Noch %n Zurücksetzungen mit dem Administratorschlüssel auf dieser Karte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>PIN wird zurückgesetzt …</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset.</source>
        <translation>Die PIN von „%1“ wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Initialising the file system…</source>
        <translation>Dateisystem wird initialisiert …</translation>
    </message>
    <message>
        <source>The file system of “%1” is initialised.</source>
        <translation>Das Dateisystem von „%1“ ist initialisiert.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::AdminKeyEntry</name>
    <message>
        <source>&amp;Admin key:</source>
        <translation>&amp;Administratorschlüssel:</translation>
    </message>
    <message>
        <source>Admin key, 48 hexadecimal digits</source>
        <translation>Administratorschlüssel, 48 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>48 hexadecimal digits</source>
        <translation>48 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Con&amp;firm admin key:</source>
        <translation>Administratorschlüssel be&amp;stätigen:</translation>
    </message>
    <message>
        <source>Confirm admin key</source>
        <translation>Administratorschlüssel bestätigen</translation>
    </message>
    <message>
        <source>Show admin &amp;key</source>
        <translation>Administratorschlüssel anze&amp;igen</translation>
    </message>
    <message>
        <source>Show admin key</source>
        <translation>Administratorschlüssel anzeigen</translation>
    </message>
    <message>
        <source>Character %1 is not a hexadecimal digit (0-9, A-F).</source>
        <translation>Zeichen %1 ist keine Hexadezimalziffer (0-9, A-F).</translation>
    </message>
    <message>
        <source>%1 of %2 hexadecimal digits.</source>
        <translation>%1 von %2 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>48 hexadecimal digits. Now type the key again to confirm it.</source>
        <translation>48 Hexadezimalziffern. Geben Sie den Schlüssel jetzt zur Bestätigung noch einmal ein.</translation>
    </message>
    <message>
        <source>The two admin keys are not the same.</source>
        <translation>Die beiden Administratorschlüssel stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The admin key is complete and confirmed.</source>
        <translation>Der Administratorschlüssel ist vollständig und bestätigt.</translation>
    </message>
    <message>
        <source>The admin key is complete.</source>
        <translation>Der Administratorschlüssel ist vollständig.</translation>
    </message>
    <message>
        <source>The admin key is complete. It is weak: its parts repeat, so it protects no better than single DES. Its responses still work for the cards that have it.</source>
        <translation>Der Administratorschlüssel ist vollständig. Er ist schwach: Seine Teile wiederholen sich, daher schützt er nicht besser als einfaches DES. Seine Antworten funktionieren weiterhin für die Karten, die ihn haben.</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 differ only in the lowest bit of each byte, which DES ignores: this key is no stronger than single DES, whose keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>Die Ziffern %1-%2 und %3-%4 unterscheiden sich nur im niedrigsten Bit jedes Bytes, das DES ignoriert: Dieser Schlüssel ist nicht stärker als einfaches DES, dessen Schlüssel sich alle durchprobieren lassen. Wählen Sie einen Schlüssel, dessen drei 16-stellige Teile sich unterscheiden.</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 are the same: this key is no stronger than single DES, whose keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>Die Ziffern %1-%2 und %3-%4 sind gleich: Dieser Schlüssel ist nicht stärker als einfaches DES, dessen Schlüssel sich alle durchprobieren lassen. Wählen Sie einen Schlüssel, dessen drei 16-stellige Teile sich unterscheiden.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardActionDialog</name>
    <message>
        <source>Card: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Karte: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Choose the new PIN</source>
        <translation>Neue PIN wählen</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardDetailsDialog</name>
    <message>
        <source>Card details: %1</source>
        <translation>Kartendetails: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>Dateisystem:</translation>
    </message>
    <message>
        <source>Initialised</source>
        <translation>Initialisiert</translation>
    </message>
    <message>
        <source>Not initialised</source>
        <translation>Nicht initialisiert</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Zertifikate:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Tries left:</source>
        <translation>Verbleibende Versuche:</translation>
    </message>
    <message>
        <source>None: the card is blocked</source>
        <translation>Keine: Die Karte ist gesperrt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>Uppercase letters:</source>
        <translation>Großbuchstaben:</translation>
    </message>
    <message>
        <source>Lowercase letters:</source>
        <translation>Kleinbuchstaben:</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>Ziffern:</translation>
    </message>
    <message>
        <source>Special characters:</source>
        <translation>Sonderzeichen:</translation>
    </message>
    <message>
        <source>PUK and admin key</source>
        <translation>PUK und Administratorschlüssel</translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation>PUK:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%n try/tries left</source>
        <translation>
            <numerusform>Noch %n Versuch</numerusform>
            <numerusform>Noch %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Administratorschlüssel:</translation>
    </message>
    <message>
        <source>Admin resets left:</source>
        <translation>Verbleibende Admin-Zurücksetzungen:</translation>
    </message>
    <message>
        <source>Wrong responses left:</source>
        <translation>Verbleibende falsche Antworten:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Keys on the card</source>
        <translation>Schlüssel auf der Karte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No keys on this card yet.</source>
        <translation>Noch keine Schlüssel auf dieser Karte.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Default key (well known)</source>
        <translation>Standardschlüssel (allgemein bekannt)</translation>
    </message>
    <message>
        <source>Own key</source>
        <translation>Eigener Schlüssel</translation>
    </message>
    <message>
        <source>Random: the card cannot be managed</source>
        <translation>Zufällig: Die Karte kann nicht verwaltet werden</translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation>Gezählt von:</translation>
    </message>
    <message>
        <source>The TPM: restoring old card files gains no tries</source>
        <translation>Dem TPM: alte Kartendateien zurückzuspielen bringt keine Versuche zurück</translation>
    </message>
    <message>
        <source>The card file (an older card: tpmvscmgr upgrade moves the counters into the TPM)</source>
        <translation>Der Kartendatei (eine ältere Karte: tpmvscmgr upgrade verlegt die Zähler ins TPM)</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Attestierung:</translation>
    </message>
    <message>
        <source>Attestation key (AIK), without a certificate</source>
        <translation>Attestierungsschlüssel (AIK), ohne Zertifikat</translation>
    </message>
    <message>
        <source>Attestation key (AIK), certified by %1</source>
        <translation>Attestierungsschlüssel (AIK), zertifiziert von %1</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>Attestiert durch</translation>
    </message>
    <message>
        <source>The card&apos;s AIK</source>
        <translation>Den AIK der Karte</translation>
    </message>
    <message>
        <source>The card&apos;s AIK, certified by %1</source>
        <translation>Den AIK der Karte, zertifiziert von %1</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardListModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>No file system</source>
        <translation>Kein Dateisystem</translation>
    </message>
    <message>
        <source>The card can be used.</source>
        <translation>Die Karte kann verwendet werden.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Unblock it with the PUK or reset it with the admin key.</source>
        <translation>Zu viele falsche PINs. Entsperren Sie sie mit der PUK oder setzen Sie sie mit dem Administratorschlüssel zurück.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Reset it with the admin key.</source>
        <translation>Zu viele falsche PINs. Setzen Sie sie mit dem Administratorschlüssel zurück.</translation>
    </message>
    <message>
        <source>The card has no file system yet: initialise it with the admin key before keys can be stored.</source>
        <translation>Die Karte hat noch kein Dateisystem: Initialisieren Sie es mit dem Administratorschlüssel, bevor Schlüssel gespeichert werden können.</translation>
    </message>
    <message>
        <source>Random admin key: this card cannot be managed.</source>
        <translation>Zufälliger Administratorschlüssel: Diese Karte kann nicht verwaltet werden.</translation>
    </message>
    <message>
        <source>Admin resets left in the card&apos;s stock of challenges.</source>
        <translation>Verbleibende Zurücksetzungen mit dem Administratorschlüssel im Challenge-Vorrat der Karte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PIN tries left</source>
        <translation>PIN-Versuche übrig</translation>
    </message>
    <message>
        <source>Admin resets left</source>
        <translation>Admin-Zurücksetzungen übrig</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>%1 of %2 tries left, counted by the TPM</source>
        <translation>%1 von %2 Versuchen übrig, vom TPM gezählt</translation>
    </message>
    <message>
        <source>%1 of %2 tries left, counted in the card file (an older card: tpmvscmgr upgrade moves the counters into the TPM)</source>
        <translation>%1 von %2 Versuchen übrig, in der Kartendatei gezählt (eine ältere Karte: tpmvscmgr upgrade verlegt die Zähler ins TPM)</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardPage</name>
    <message>
        <source>Name the card</source>
        <translation>Karte benennen</translation>
    </message>
    <message>
        <source>The name tells your cards apart, in this program and in the programs that use the card.</source>
        <translation>Am Namen unterscheiden Sie Ihre Karten, in diesem Programm und in den Programmen, die die Karte verwenden.</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>Kartenname</translation>
    </message>
    <message>
        <source>for example: Work card</source>
        <translation>zum Beispiel: Arbeitskarte</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>Karten&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Advanced options</source>
        <translation>&amp;Erweiterte Optionen</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Erweiterte Optionen anzeigen</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>Erweiterte Optionen ausblenden</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Create the card&apos;s &amp;file system now</source>
        <translation>&amp;Dateisystem der Karte jetzt erstellen</translation>
    </message>
    <message>
        <source>Create the card&apos;s file system now</source>
        <translation>Dateisystem der Karte jetzt erstellen</translation>
    </message>
    <message>
        <source>Set a &amp;PUK to unblock the card</source>
        <translation>Eine &amp;PUK zum Entsperren der Karte festlegen</translation>
    </message>
    <message>
        <source>Set a PUK to unblock the card</source>
        <translation>Eine PUK zum Entsperren der Karte festlegen</translation>
    </message>
    <message>
        <source>With a PUK you can unblock the card yourself after too many wrong PINs. Without one, only the admin key can.</source>
        <translation>Mit einer PUK können Sie die Karte nach zu vielen falschen PINs selbst entsperren. Ohne PUK geht das nur mit dem Administratorschlüssel.</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>&amp;Default key (well known)</source>
        <translation>&amp;Standardschlüssel (allgemein bekannt)</translation>
    </message>
    <message>
        <source>Admin key: default key</source>
        <translation>Administratorschlüssel: Standardschlüssel</translation>
    </message>
    <message>
        <source>&amp;Enter a key (48 hexadecimal digits)</source>
        <translation>Schlüssel einge&amp;ben (48 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Admin key: enter a key</source>
        <translation>Administratorschlüssel: Schlüssel eingeben</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>Zufä&amp;lliger Schlüssel, nie angezeigt</translation>
    </message>
    <message>
        <source>Admin key: random key, never shown</source>
        <translation>Administratorschlüssel: zufälliger Schlüssel, nie angezeigt</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>PIN-Regeln</translation>
    </message>
    <message>
        <source>Minimum PIN length</source>
        <translation>Minimale PIN-Länge</translation>
    </message>
    <message>
        <source>Maximum PIN length</source>
        <translation>Maximale PIN-Länge</translation>
    </message>
    <message>
        <source>Uppercase letters in the PIN</source>
        <translation>Großbuchstaben in der PIN</translation>
    </message>
    <message>
        <source>Lowercase letters in the PIN</source>
        <translation>Kleinbuchstaben in der PIN</translation>
    </message>
    <message>
        <source>Digits in the PIN</source>
        <translation>Ziffern in der PIN</translation>
    </message>
    <message>
        <source>Symbols and spaces in the PIN</source>
        <translation>Symbole und Leerzeichen in der PIN</translation>
    </message>
    <message>
        <source>Wrong PINs before the card blocks</source>
        <translation>Falsche PINs, bevor die Karte gesperrt wird</translation>
    </message>
    <message>
        <source>M&amp;inimum length:</source>
        <translation>M&amp;indestlänge:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum length:</source>
        <translation>Ma&amp;ximallänge:</translation>
    </message>
    <message>
        <source>&amp;Uppercase (A-Z):</source>
        <translation>&amp;Großbuchstaben (A-Z):</translation>
    </message>
    <message>
        <source>&amp;Lowercase (a-z):</source>
        <translation>&amp;Kleinbuchstaben (a-z):</translation>
    </message>
    <message>
        <source>Di&amp;gits (0-9):</source>
        <translation>Ziffe&amp;rn (0-9):</translation>
    </message>
    <message>
        <source>&amp;Symbols, spaces:</source>
        <translation>S&amp;ymbole, Leerzeichen:</translation>
    </message>
    <message>
        <source>&amp;Wrong PINs before blocking:</source>
        <translation>&amp;Falsche PINs bis zur Sperre:</translation>
    </message>
    <message>
        <source>The card is ready for keys and certificates at once.</source>
        <translation>Die Karte ist sofort bereit für Schlüssel und Zertifikate.</translation>
    </message>
    <message>
        <source>Without a file system the card holds no keys. With a random admin key nobody can ever create one: the card would stay empty.</source>
        <translation>Ohne Dateisystem enthält die Karte keine Schlüssel. Mit einem zufälligen Administratorschlüssel kann niemand je eines erstellen: Die Karte bliebe leer.</translation>
    </message>
    <message>
        <source>The card holds no keys until a management tool creates its file system with the admin key.</source>
        <translation>Die Karte enthält keine Schlüssel, bis ein Verwaltungsprogramm ihr Dateisystem mit dem Administratorschlüssel erstellt.</translation>
    </message>
    <message>
        <source>You type the key on a later page. Keep it safe: your helpdesk needs it to reset a forgotten PIN.</source>
        <translation>Sie geben den Schlüssel auf einer späteren Seite ein. Bewahren Sie ihn sicher auf: Ihr Helpdesk braucht ihn, um eine vergessene PIN zurückzusetzen.</translation>
    </message>
    <message>
        <source>The default key 010203…0708 is public: anyone who can read this card&apos;s files can compute the admin responses and reset your PIN. Fine for trying things out, weak for real use.</source>
        <translation>Der Standardschlüssel 010203…0708 ist öffentlich: Wer die Dateien dieser Karte lesen kann, kann die Administratorantworten berechnen und Ihre PIN zurücksetzen. Zum Ausprobieren in Ordnung, für den echten Einsatz zu schwach.</translation>
    </message>
    <message>
        <source>Nobody will ever know this key, so the card cannot be managed: no PIN reset by a helpdesk, ever. If you forget the PIN (and the PUK), the card and its keys are lost. Enter a key if a helpdesk should be able to reset the PIN.</source>
        <translation>Diesen Schlüssel wird nie jemand kennen, daher kann die Karte nicht verwaltet werden: nie eine PIN-Zurücksetzung durch einen Helpdesk. Wenn Sie die PIN (und die PUK) vergessen, sind die Karte und ihre Schlüssel verloren. Geben Sie einen Schlüssel ein, wenn ein Helpdesk die PIN zurücksetzen können soll.</translation>
    </message>
    <message>
        <source>Give the card an attestation key</source>
        <translation>Der Karte einen Attestierungsschlüssel geben</translation>
    </message>
    <message>
        <source>Give the card an a&amp;ttestation key</source>
        <translation>Der Karte einen A&amp;ttestierungsschlüssel geben</translation>
    </message>
    <message>
        <source>A key of the TPM that can prove to a relying party or a CA that the card&apos;s keys were made in this TPM and cannot leave it.</source>
        <translation>Ein Schlüssel des TPM, der einer vertrauenden Stelle oder einer CA beweisen kann, dass die Schlüssel der Karte in diesem TPM erzeugt wurden und es nicht verlassen können.</translation>
    </message>
    <message>
        <source>Attestation CA address</source>
        <translation>Adresse der Attestierungs-CA</translation>
    </message>
    <message>
        <source>https://ca.example.org (optional)</source>
        <translation>https://ca.example.org (optional)</translation>
    </message>
    <message>
        <source>The attestation CA checks the TPM&apos;s endorsement key certificate and certifies the attestation key. Without an address the key has no certificate.</source>
        <translation>Die Attestierungs-CA prüft das Endorsement-Key-Zertifikat des TPM und zertifiziert den Attestierungsschlüssel. Ohne Adresse hat der Schlüssel kein Zertifikat.</translation>
    </message>
    <message>
        <source>Attestation &amp;CA:</source>
        <translation>Attestierungs-&amp;CA:</translation>
    </message>
    <message>
        <source>The attestation CA&apos;s address must be an http:// or https:// URL.</source>
        <translation>Die Adresse der Attestierungs-CA muss eine http://- oder https://-URL sein.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CertificateDropArea</name>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Drop a certificate file here, choose one, or paste PEM text.</source>
        <translation>Legen Sie hier eine Zertifikatsdatei ab, wählen Sie eine aus oder fügen Sie PEM-Text ein.</translation>
    </message>
    <message>
        <source>Drop the certificate file here (PEM, DER or PKCS#7)</source>
        <translation>Zertifikatsdatei hier ablegen (PEM, DER oder PKCS#7)</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation>Eine Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation>PEM &amp;einfügen</translation>
    </message>
    <message>
        <source>Paste a PEM certificate from the clipboard</source>
        <translation>Ein PEM-Zertifikat aus der Zwischenablage einfügen</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CertificatesDialog</name>
    <message>
        <source>Certificates on the Card</source>
        <translation>Zertifikate auf der Karte</translation>
    </message>
    <message>
        <source>&amp;Certificates:</source>
        <translation>&amp;Zertifikate:</translation>
    </message>
    <message>
        <source>Certificates on the card</source>
        <translation>Zertifikate auf der Karte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Include the c&amp;hain</source>
        <translation>&amp;Kette einschließen</translation>
    </message>
    <message>
        <source>PEM: the issuers&apos; certificates follow the certificate. DER: a PKCS#7 bundle (.p7b).</source>
        <translation>PEM: Die Zertifikate der Aussteller folgen auf das Zertifikat. DER: ein PKCS#7-Bündel (.p7b).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the selected certificate to a file</source>
        <translation>Das ausgewählte Zertifikat in eine Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected certificate from the card</source>
        <translation>Das ausgewählte Zertifikat von der Karte löschen</translation>
    </message>
    <message>
        <source>The certificate is removed from the card; its key stays, so a new certificate can be imported for it later. Enter the PIN to confirm.</source>
        <translation>Das Zertifikat wird von der Karte entfernt; sein Schlüssel bleibt, sodass später ein neues Zertifikat dafür importiert werden kann. Geben Sie zur Bestätigung die PIN ein.</translation>
    </message>
    <message>
        <source>De&amp;lete certificate</source>
        <translation>Zertifikat l&amp;öschen</translation>
    </message>
    <message>
        <source>Delete the certificate now</source>
        <translation>Das Zertifikat jetzt löschen</translation>
    </message>
    <message>
        <source>Reading the certificates…</source>
        <translation>Zertifikate werden gelesen …</translation>
    </message>
    <message>
        <source>This card holds no certificate yet.</source>
        <translation>Diese Karte enthält noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>Export the certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER, or PKCS#7 with the chain (*.der *.cer *.p7b)</source>
        <translation>DER oder PKCS#7 mit Kette (*.der *.cer *.p7b)</translation>
    </message>
    <message>
        <source>Exporting the certificate…</source>
        <translation>Zertifikat wird exportiert …</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Deleting the certificate…</source>
        <translation>Zertifikat wird gelöscht …</translation>
    </message>
    <message>
        <source>The certificate was deleted. Its key is still on the card.</source>
        <translation>Das Zertifikat wurde gelöscht. Sein Schlüssel ist noch auf der Karte.</translation>
    </message>
    <message>
        <source>Include the issuers&apos; certificates in the export</source>
        <translation>Die Zertifikate der Aussteller in den Export aufnehmen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>tpmvsc::ChangePinDialog</name>
    <message>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>C&amp;hange PIN</source>
        <translation>PIN ä&amp;ndern</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>PIN wird geändert …</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>Die PIN von „%1“ wurde geändert.</translation>
    </message>
    <message>
        <source>The card is blocked: no PIN tries are left.</source>
        <translation>Die Karte ist gesperrt: Es sind keine PIN-Versuche mehr übrig.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) left before the card is blocked.</source>
        <translation>
            <numerusform>Noch %n falsche PIN, bevor die Karte gesperrt wird.</numerusform>
            <numerusform>Noch %n falsche PINs, bevor die Karte gesperrt wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::CreateCardWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>Virtuelle Smartcard erstellen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create the card</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>Checking the TPM…</source>
        <translation>TPM wird geprüft …</translation>
    </message>
    <message>
        <source>Creating the card on the TPM…</source>
        <translation>Karte wird im TPM erstellt …</translation>
    </message>
    <message>
        <source>Removing the discarded card…</source>
        <translation>Verworfene Karte wird entfernt …</translation>
    </message>
    <message>
        <source>The card is being created</source>
        <translation>Die Karte wird erstellt</translation>
    </message>
    <message>
        <source>The TPM is creating the card right now. This cannot be stopped halfway, and takes a few seconds more.</source>
        <translation>Das TPM erstellt die Karte gerade. Das lässt sich nicht mittendrin abbrechen und dauert noch einige Sekunden.</translation>
    </message>
    <message>
        <source>Wait, and the wizard goes on when the card is ready. Or close now: the card is removed again as soon as the TPM has finished, so no card is left behind.</source>
        <translation>Warten Sie, dann geht der Assistent weiter, sobald die Karte fertig ist. Oder schließen Sie jetzt: Die Karte wird wieder entfernt, sobald das TPM fertig ist, sodass keine Karte zurückbleibt.</translation>
    </message>
    <message>
        <source>&amp;Wait for the card</source>
        <translation>Auf die Karte &amp;warten</translation>
    </message>
    <message>
        <source>Close and &amp;discard the card</source>
        <translation>Schließen und Karte &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>tpmvsc::DestroyCardDialog</name>
    <message>
        <source>Destroy card</source>
        <translation>Karte vernichten</translation>
    </message>
    <message>
        <source>Destroying the card cannot be undone.</source>
        <translation>Das Vernichten der Karte kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Destroying the card deletes its %n key(s) and their certificates. This cannot be undone: anything encrypted to these keys can no longer be decrypted, and you can no longer sign in with the card.</source>
        <translation>
            <numerusform>Das Vernichten der Karte löscht ihren %n Schlüssel und sein Zertifikat. Das kann nicht rückgängig gemacht werden: Was mit diesem Schlüssel verschlüsselt wurde, lässt sich nicht mehr entschlüsseln, und Sie können sich nicht mehr mit der Karte anmelden.</numerusform>
            <numerusform>Das Vernichten der Karte löscht ihre %n Schlüssel und deren Zertifikate. Das kann nicht rückgängig gemacht werden: Was mit diesen Schlüsseln verschlüsselt wurde, lässt sich nicht mehr entschlüsseln, und Sie können sich nicht mehr mit der Karte anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the card&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen der Karte eingeben</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s name (%1):</source>
        <translation>Geben Sie zur Bestätigung den Namen der Karte ein (%1):</translation>
    </message>
    <message>
        <source>&amp;Destroy card</source>
        <translation>Karte &amp;vernichten</translation>
    </message>
    <message>
        <source>Destroying the card…</source>
        <translation>Karte wird vernichtet …</translation>
    </message>
    <message>
        <source>The card “%1” was destroyed.</source>
        <translation>Die Karte „%1“ wurde vernichtet.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::DonePage</name>
    <message>
        <source>The card is ready</source>
        <translation>Die Karte ist bereit</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>&amp;Instanz-ID:</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the instance ID</source>
        <translation>Instanz-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the instance ID to the clipboard</source>
        <translation>Die Instanz-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Request a certificate…</source>
        <translation>Zertifikat &amp;anfordern …</translation>
    </message>
    <message>
        <source>Request a certificate for the card</source>
        <translation>Ein Zertifikat für die Karte anfordern</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>The virtual smart card &quot;%1&quot; was created in the TPM.</source>
        <translation>Die virtuelle Smartcard „%1“ wurde im TPM erstellt.</translation>
    </message>
    <message>
        <source>The card still has the default PIN %1. Change it (Change PIN in the card list) before you use the card for anything real.</source>
        <translation>Die Karte hat noch die Standard-PIN %1. Ändern Sie sie (PIN ändern in der Kartenliste), bevor Sie die Karte ernsthaft verwenden.</translation>
    </message>
    <message>
        <source>The card has no file system yet: it holds no keys until a management tool initialises it.</source>
        <translation>Die Karte hat noch kein Dateisystem: Sie enthält keine Schlüssel, bis ein Verwaltungsprogramm es initialisiert.</translation>
    </message>
    <message>
        <source>A certificate needs a key on the card, and keys need the card&apos;s file system.</source>
        <translation>Ein Zertifikat braucht einen Schlüssel auf der Karte, und Schlüssel brauchen das Dateisystem der Karte.</translation>
    </message>
    <message>
        <source>Certificate requests are not available in this window. Use tpmvscmgr to generate a key and request a certificate.</source>
        <translation>Zertifikatanforderungen sind in diesem Fenster nicht verfügbar. Erzeugen Sie mit tpmvscmgr einen Schlüssel und fordern Sie ein Zertifikat an.</translation>
    </message>
    <message>
        <source>Make a key on the card and a certificate request for your certificate authority, then import the certificate it issues.</source>
        <translation>Erzeugen Sie einen Schlüssel auf der Karte und eine Zertifikatanforderung für Ihre Zertifizierungsstelle, und importieren Sie dann das ausgestellte Zertifikat.</translation>
    </message>
    <message>
        <source>It lives in this computer&apos;s TPM and is ready to use.</source>
        <translation>Sie befindet sich im TPM dieses Computers und ist einsatzbereit.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::HexInput</name>
    <message>
        <source>The character at position %1 is not a hexadecimal digit (0-9, A-F).</source>
        <translation>Das Zeichen an Position %1 ist keine Hexadezimalziffer (0-9, A-F).</translation>
    </message>
    <message>
        <source>%1 hexadecimal digits: %2 too many.</source>
        <translation>%1 Hexadezimalziffern: %2 zu viele.</translation>
    </message>
    <message>
        <source>%1 of %2 hexadecimal digits.</source>
        <translation>%1 von %2 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>%1 hexadecimal digits: complete.</source>
        <translation>%1 Hexadezimalziffern: vollständig.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::ImportCertificateDialog</name>
    <message>
        <source>Import a Certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Store the certificate your certificate authority issued for a key on this card. The certificate is checked before anything is stored.</source>
        <translation>Speichern Sie das Zertifikat, das Ihre Zertifizierungsstelle für einen Schlüssel auf dieser Karte ausgestellt hat. Das Zertifikat wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>Trusted authorities:</source>
        <translation>Vertrauenswürdige Stellen:</translation>
    </message>
    <message>
        <source>C&amp;hoose CA bundle…</source>
        <translation>CA-Bündel &amp;wählen …</translation>
    </message>
    <message>
        <source>Choose a file of trusted CA certificates</source>
        <translation>Eine Datei mit vertrauenswürdigen CA-Zertifikaten wählen</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s</source>
        <translation>Die des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities</source>
        <translation>Den Zertifizierungsstellen des Systems vertrauen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Store &amp;anyway, despite the warnings above</source>
        <translation>&amp;Trotz der obigen Warnungen speichern</translation>
    </message>
    <message>
        <source>Store anyway, despite the warnings</source>
        <translation>Trotz der Warnungen speichern</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;Store on card</source>
        <translation>Auf der Karte &amp;speichern</translation>
    </message>
    <message>
        <source>Store the certificate on the card</source>
        <translation>Das Zertifikat auf der Karte speichern</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>die vertrauenswürdigen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Trusted authorities: %1</source>
        <translation>Vertrauenswürdige Stellen: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no PEM text. Copy the certificate including its &quot;-----BEGIN CERTIFICATE-----&quot; line.</source>
        <translation>Die Zwischenablage enthält keinen PEM-Text. Kopieren Sie das Zertifikat einschließlich der Zeile „-----BEGIN CERTIFICATE-----“.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Zertifikat wird geprüft …</translation>
    </message>
    <message>
        <source>This certificate cannot be stored on the card.</source>
        <translation>Dieses Zertifikat kann nicht auf der Karte gespeichert werden.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation>von %1
bis %2</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>Erweiterte Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>(none: any use)</source>
        <translation>(keine: jede Verwendung)</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>For the key:</source>
        <translation>Für den Schlüssel:</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (ID %3…)</source>
        <translation>%1 „%2“ (ID %3 …)</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>only the certificate itself</source>
        <translation>nur das Zertifikat selbst</translation>
    </message>
    <message numerus="yes">
        <source>%n issuer certificate(s) from the file</source>
        <translation>
            <numerusform>%n Ausstellerzertifikat aus der Datei</numerusform>
            <numerusform>%n Ausstellerzertifikate aus der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>This key already has a certificate on the card. Storing replaces it.</source>
        <translation>Dieser Schlüssel hat bereits ein Zertifikat auf der Karte. Beim Speichern wird es ersetzt.</translation>
    </message>
    <message>
        <source>Storing the certificate on the card…</source>
        <translation>Zertifikat wird auf der Karte gespeichert …</translation>
    </message>
    <message>
        <source>The certificate is stored on the card with its key. Programs that use the card see it now.</source>
        <translation>Das Zertifikat ist mit seinem Schlüssel auf der Karte gespeichert. Programme, die die Karte verwenden, sehen es jetzt.</translation>
    </message>
    <message>
        <source>The card was not changed.</source>
        <translation>Die Karte wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This certificate cannot be stored on the card: a check above failed.</source>
        <translation>Dieses Zertifikat kann nicht auf der Karte gespeichert werden: Eine Prüfung oben ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Read the warnings above. To store the certificate anyway, tick the box below.</source>
        <translation>Lesen Sie die Warnungen oben. Um das Zertifikat trotzdem zu speichern, setzen Sie unten das Häkchen.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::JobPanel</name>
    <message>
        <source>%1 The window can be closed when this is done.</source>
        <translation>%1 Das Fenster lässt sich schließen, sobald dies erledigt ist.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::KeyPage</name>
    <message>
        <source>Choose the key type</source>
        <translation>Schlüsseltyp wählen</translation>
    </message>
    <message>
        <source>The TPM generates the key; its private part never leaves the TPM.</source>
        <translation>Das TPM erzeugt den Schlüssel; sein privater Teil verlässt das TPM nie.</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>RSA &amp;2048-bit (works everywhere)</source>
        <translation>RSA &amp;2048 Bit (funktioniert überall)</translation>
    </message>
    <message>
        <source>RSA &amp;3072-bit (slower on a TPM)</source>
        <translation>RSA &amp;3072 Bit (langsamer auf einem TPM)</translation>
    </message>
    <message>
        <source>ECC &amp;P-256 (fast, small signatures)</source>
        <translation>ECC &amp;P-256 (schnell, kleine Signaturen)</translation>
    </message>
    <message>
        <source>ECC P-38&amp;4</source>
        <translation>ECC P-38&amp;4</translation>
    </message>
    <message>
        <source>An RSA 3072-bit key is slower on a TPM: generating it can take a minute, and every signature takes longer.</source>
        <translation>Ein RSA-3072-Bit-Schlüssel ist auf einem TPM langsamer: Das Erzeugen kann eine Minute dauern, und jede Signatur dauert länger.</translation>
    </message>
    <message>
        <source>Without a certificate authority</source>
        <translation>Ohne Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Make a &amp;self-signed certificate instead of a request</source>
        <translation>&amp;Selbstsigniertes Zertifikat statt einer Anforderung erstellen</translation>
    </message>
    <message>
        <source>Make a self-signed certificate instead of a request</source>
        <translation>Selbstsigniertes Zertifikat statt einer Anforderung erstellen</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Gültigkeit in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not allow this key type.</source>
        <translation>Die Vorlage „%1“ erlaubt diesen Schlüsseltyp nicht.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; allows: %2.</source>
        <translation>Die Vorlage „%1“ erlaubt: %2.</translation>
    </message>
    <message>
        <source>A self-signed certificate needs a subject: go back and enter one.</source>
        <translation>Ein selbstsigniertes Zertifikat braucht einen Inhaber: Gehen Sie zurück und geben Sie einen ein.</translation>
    </message>
    <message>
        <source>The certificate is signed by its own key and stored on the card. Nobody else vouches for it: use it for tests, or where you trust it by hand.</source>
        <translation>Das Zertifikat wird mit seinem eigenen Schlüssel signiert und auf der Karte gespeichert. Niemand sonst bürgt dafür: Verwenden Sie es zum Testen oder dort, wo Sie ihm manuell vertrauen.</translation>
    </message>
    <message>
        <source>A request is made for your certificate authority; you import the certificate it issues later.</source>
        <translation>Es wird eine Anforderung für Ihre Zertifizierungsstelle erstellt; das ausgestellte Zertifikat importieren Sie später.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::MainWindow</name>
    <message>
        <source>TPM Virtual Smart Cards</source>
        <translation>TPM-virtuelle Smartcards</translation>
    </message>
    <message>
        <source>&amp;Create card…</source>
        <translation>Karte &amp;erstellen …</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;PIN ändern …</translation>
    </message>
    <message>
        <source>&amp;Unblock with PUK…</source>
        <translation>Mit PUK &amp;entsperren …</translation>
    </message>
    <message>
        <source>&amp;Reset PIN with admin key…</source>
        <translation>PIN mit Administratorschlüssel &amp;zurücksetzen …</translation>
    </message>
    <message>
        <source>&amp;Initialise file system…</source>
        <translation>Dateisystem &amp;initialisieren …</translation>
    </message>
    <message>
        <source>&amp;Destroy card…</source>
        <translation>Karte &amp;vernichten …</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Helpdesk: &amp;response calculator…</source>
        <translation>Helpdesk: &amp;Antwortrechner …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Create a new virtual smart card</source>
        <translation>Eine neue virtuelle Smartcard erstellen</translation>
    </message>
    <message>
        <source>Change the selected card&apos;s PIN</source>
        <translation>Die PIN der ausgewählten Karte ändern</translation>
    </message>
    <message>
        <source>Unblock the selected card with its PUK and set a new PIN</source>
        <translation>Die ausgewählte Karte mit ihrer PUK entsperren und eine neue PIN festlegen</translation>
    </message>
    <message>
        <source>Reset the selected card&apos;s PIN through the helpdesk (admin challenge and response)</source>
        <translation>Die PIN der ausgewählten Karte über den Helpdesk zurücksetzen (Challenge und Antwort mit dem Administratorschlüssel)</translation>
    </message>
    <message>
        <source>Initialise the selected card&apos;s file system through the helpdesk</source>
        <translation>Das Dateisystem der ausgewählten Karte über den Helpdesk initialisieren</translation>
    </message>
    <message>
        <source>Destroy the selected card and its keys</source>
        <translation>Die ausgewählte Karte und ihre Schlüssel vernichten</translation>
    </message>
    <message>
        <source>Show everything about the selected card</source>
        <translation>Alles über die ausgewählte Karte anzeigen</translation>
    </message>
    <message>
        <source>Compute an admin response from a challenge and an admin key (for helpdesk staff)</source>
        <translation>Eine Antwort aus Challenge und Administratorschlüssel berechnen (für Helpdesk-Mitarbeiter)</translation>
    </message>
    <message>
        <source>Read the card list again</source>
        <translation>Die Kartenliste neu einlesen</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Admin reset</source>
        <translation>Admin-Reset</translation>
    </message>
    <message>
        <source>Initialise</source>
        <translation>Initialisieren</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Vernichten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Kartenaktionen</translation>
    </message>
    <message>
        <source>Smart cards</source>
        <translation>Smartcards</translation>
    </message>
    <message>
        <source>No smart cards yet</source>
        <translation>Noch keine Smartcards</translation>
    </message>
    <message>
        <source>A virtual smart card keeps your keys in this computer&apos;s TPM, protected by a PIN. Create one to get started.</source>
        <translation>Eine virtuelle Smartcard bewahrt Ihre Schlüssel im TPM dieses Computers auf, geschützt durch eine PIN. Erstellen Sie eine, um zu beginnen.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>TPM: checking…</source>
        <translation>TPM: wird geprüft …</translation>
    </message>
    <message>
        <source>Checking the TPM…</source>
        <translation>TPM wird geprüft …</translation>
    </message>
    <message>
        <source>Built-in software TPM (for testing: keys are not hardware-protected)</source>
        <translation>Eingebautes Software-TPM (zum Testen: Schlüssel sind nicht durch Hardware geschützt)</translation>
    </message>
    <message>
        <source>Software TPM (keys are not hardware-protected)</source>
        <translation>Software-TPM (Schlüssel sind nicht durch Hardware geschützt)</translation>
    </message>
    <message>
        <source>TPM: %1, firmware %2</source>
        <translation>TPM: %1, Firmware %2</translation>
    </message>
    <message>
        <source> — in dictionary-attack lockout</source>
        <translation> — Sperre nach Wörterbuchangriff aktiv</translation>
    </message>
    <message>
        <source>Reached through %1</source>
        <translation>Erreicht über %1</translation>
    </message>
    <message>
        <source>No TPM: %1</source>
        <translation>Kein TPM: %1</translation>
    </message>
    <message>
        <source>The card %1 was created.</source>
        <translation>Die Karte %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>About TPM Virtual Smart Cards</source>
        <translation>Über TPM-virtuelle Smartcards</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPM Virtual Smart Cards&lt;/b&gt;&lt;br&gt;Smart cards whose keys live in this computer&apos;s TPM 2.0.</source>
        <translation>&lt;b&gt;TPM-virtuelle Smartcards&lt;/b&gt;&lt;br&gt;Smartcards, deren Schlüssel im TPM 2.0 dieses Computers liegen.</translation>
    </message>
    <message>
        <source>Request &amp;certificate…</source>
        <translation>&amp;Zertifikat anfordern …</translation>
    </message>
    <message>
        <source>I&amp;mport certificate…</source>
        <translation>Zertifikat i&amp;mportieren …</translation>
    </message>
    <message>
        <source>Cert&amp;ificates…</source>
        <translation>Zert&amp;ifikate …</translation>
    </message>
    <message>
        <source>Make a key on the selected card and a certificate request (or a self-signed certificate)</source>
        <translation>Einen Schlüssel auf der ausgewählten Karte und eine Zertifikatanforderung (oder ein selbstsigniertes Zertifikat) erstellen</translation>
    </message>
    <message>
        <source>Store the certificate your certificate authority issued on the selected card</source>
        <translation>Das von Ihrer Zertifizierungsstelle ausgestellte Zertifikat auf der ausgewählten Karte speichern</translation>
    </message>
    <message>
        <source>List, export or delete the certificates on the selected card</source>
        <translation>Die Zertifikate auf der ausgewählten Karte anzeigen, exportieren oder löschen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfordern</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>The certificate is stored on “%1”.</source>
        <translation>Das Zertifikat ist auf „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The TPM is working</source>
        <translation>Das TPM arbeitet</translation>
    </message>
    <message>
        <source>A card operation is still running. Close the window once it has finished.</source>
        <translation>Ein Kartenvorgang läuft noch. Schließen Sie das Fenster, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>default (TCTI loader)</source>
        <translation>Standard (TCTI-Loader)</translation>
    </message>
</context>
<context>
    <name>tpmvsc::Notice</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>tpmvsc::PinEntry</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>A&amp;ktuelle PIN:</translation>
    </message>
    <message>
        <source>PU&amp;K:</source>
        <translation>PU&amp;K:</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Neue &amp;PIN:</translation>
    </message>
    <message>
        <source>New P&amp;UK:</source>
        <translation>Neue P&amp;UK:</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>Neue PUK</translation>
    </message>
    <message>
        <source>&amp;Confirm PIN:</source>
        <translation>PIN &amp;bestätigen:</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>PUK b&amp;estätigen:</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>PUK bestätigen</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The two PUKs are not the same.</source>
        <translation>Die beiden PUKs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>PIN anze&amp;igen</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>PUK anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show PIN</source>
        <translation>PIN anzeigen</translation>
    </message>
    <message>
        <source>Show PUK</source>
        <translation>PUK anzeigen</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiviert zu sein.</translation>
    </message>
    <message>
        <source>The PIN must have</source>
        <translation>Die PIN muss erfüllen</translation>
    </message>
    <message>
        <source>The PUK must have</source>
        <translation>Die PUK muss erfüllen</translation>
    </message>
    <message>
        <source>Only letters A-Z and a-z, digits, spaces and ASCII symbols</source>
        <translation>Nur Buchstaben A-Z und a-z, Ziffern, Leerzeichen und ASCII-Symbole</translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>Mindestens ein Großbuchstabe (A-Z)</translation>
    </message>
    <message>
        <source>No uppercase letters</source>
        <translation>Keine Großbuchstaben</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>Mindestens ein Kleinbuchstabe (a-z)</translation>
    </message>
    <message>
        <source>No lowercase letters</source>
        <translation>Keine Kleinbuchstaben</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>Mindestens eine Ziffer (0-9)</translation>
    </message>
    <message>
        <source>No digits</source>
        <translation>Keine Ziffern</translation>
    </message>
    <message>
        <source>At least one symbol or space (such as ! # % or -)</source>
        <translation>Mindestens ein Symbol oder Leerzeichen (etwa ! # % oder -)</translation>
    </message>
    <message>
        <source>No symbols or spaces</source>
        <translation>Keine Symbole oder Leerzeichen</translation>
    </message>
    <message>
        <source>%1 characters (%2 to %3)</source>
        <translation>%1 Zeichen (%2 bis %3)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>noch nicht erfüllt</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Länge: %1</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>PIN anzei&amp;gen</translation>
    </message>
    <message>
        <source>Sho&amp;w PUK</source>
        <translation>PUK anzei&amp;gen</translation>
    </message>
</context>
<context>
    <name>tpmvsc::PinPage</name>
    <message>
        <source>Choose the PIN</source>
        <translation>PIN wählen</translation>
    </message>
    <message>
        <source>You type the PIN whenever a program uses the card.</source>
        <translation>Sie geben die PIN ein, wann immer ein Programm die Karte verwendet.</translation>
    </message>
    <message>
        <source>Use the &amp;default PIN (%1) for now</source>
        <translation>Vorerst die &amp;Standard-PIN (%1) verwenden</translation>
    </message>
    <message>
        <source>Use the default PIN for now</source>
        <translation>Vorerst die Standard-PIN verwenden</translation>
    </message>
    <message>
        <source>The default PIN does not meet this card&apos;s PIN rules.</source>
        <translation>Die Standard-PIN erfüllt die PIN-Regeln dieser Karte nicht.</translation>
    </message>
    <message>
        <source>Everyone knows the default PIN: anyone who can use this computer account can use the card. Change it before the card protects anything that matters.</source>
        <translation>Die Standard-PIN kennt jeder: Wer dieses Benutzerkonto verwenden kann, kann auch die Karte verwenden. Ändern Sie sie, bevor die Karte etwas Wichtiges schützt.</translation>
    </message>
    <message>
        <source>The TPM checks the PIN. Wrong PINs in a row before the card blocks: %1.</source>
        <translation>Das TPM prüft die PIN. Falsche PINs in Folge, bevor die Karte gesperrt wird: %1.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::RecoveryPage</name>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>The PUK unblocks the card after too many wrong PINs and sets a new PIN. Keep it somewhere safe, away from this computer.</source>
        <translation>Mit der PUK wird die Karte nach zu vielen falschen PINs entsperrt und eine neue PIN festgelegt. Bewahren Sie sie sicher auf, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <source>Use the d&amp;efault PUK (%1)</source>
        <translation>Die Standard-PUK (%1) &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the default PUK</source>
        <translation>Die Standard-PUK verwenden</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>With the admin key your helpdesk answers the card&apos;s challenge and resets a forgotten PIN, without ever typing the key on this computer again.</source>
        <translation>Mit dem Administratorschlüssel beantwortet Ihr Helpdesk die Challenge der Karte und setzt eine vergessene PIN zurück, ohne den Schlüssel je wieder auf diesem Computer einzugeben.</translation>
    </message>
    <message>
        <source>Choose the PUK and the admin key</source>
        <translation>PUK und Administratorschlüssel wählen</translation>
    </message>
    <message>
        <source>Choose the PUK</source>
        <translation>PUK wählen</translation>
    </message>
    <message>
        <source>Enter the admin key</source>
        <translation>Administratorschlüssel eingeben</translation>
    </message>
    <message>
        <source>These unblock or reset the card when the PIN is forgotten.</source>
        <translation>Damit wird die Karte entsperrt oder zurückgesetzt, wenn die PIN vergessen wurde.</translation>
    </message>
    <message>
        <source>The PUK must not be the same as the PIN: it would unblock the card for whoever guessed the PIN.</source>
        <translation>Die PUK darf nicht mit der PIN übereinstimmen: Sonst könnte jeder, der die PIN errät, die Karte entsperren.</translation>
    </message>
    <message>
        <source>Everyone knows the default PUK: anyone can unblock the card and set a PIN of their choice.</source>
        <translation>Die Standard-PUK kennt jeder: Jeder kann die Karte entsperren und eine beliebige PIN festlegen.</translation>
    </message>
    <message>
        <source>With it, your helpdesk can reset the PIN when it is forgotten.</source>
        <translation>Damit kann Ihr Helpdesk die PIN zurücksetzen, wenn sie vergessen wurde.</translation>
    </message>
    <message>
        <source>This is the well-known default admin key. It is public: anyone who can read this card&apos;s files can compute the admin responses and reset the PIN.</source>
        <translation>Dies ist der allgemein bekannte Standard-Administratorschlüssel. Er ist öffentlich: Wer die Dateien dieser Karte lesen kann, kann die Administratorantworten berechnen und die PIN zurücksetzen.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::RequestCertificateWizard</name>
    <message>
        <source>Request a Certificate</source>
        <translation>Zertifikat anfordern</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Generate the key and the request</source>
        <translation>Schlüssel und Anforderung erzeugen</translation>
    </message>
    <message>
        <source>Reading the certificate templates…</source>
        <translation>Zertifikatvorlagen werden gelesen …</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Karte wird geprüft …</translation>
    </message>
    <message>
        <source>Generating an RSA 3072-bit key in the TPM (this can take a minute)…</source>
        <translation>RSA-3072-Bit-Schlüssel wird im TPM erzeugt (das kann eine Minute dauern) …</translation>
    </message>
    <message>
        <source>Generating the key in the TPM and signing…</source>
        <translation>Schlüssel wird im TPM erzeugt und signiert …</translation>
    </message>
    <message>
        <source>The TPM is working</source>
        <translation>Das TPM arbeitet</translation>
    </message>
    <message>
        <source>The TPM is generating the key and signing the request. This cannot be stopped halfway.</source>
        <translation>Das TPM erzeugt den Schlüssel und signiert die Anforderung. Das lässt sich nicht mittendrin abbrechen.</translation>
    </message>
    <message>
        <source>Please wait: the wizard goes on by itself when the TPM is done. If it fails, nothing is left on the card.</source>
        <translation>Bitte warten Sie: Der Assistent geht von selbst weiter, sobald das TPM fertig ist. Schlägt es fehl, bleibt nichts auf der Karte zurück.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::RequestPinPage</name>
    <message>
        <source>Enter the card&apos;s PIN</source>
        <translation>PIN der Karte eingeben</translation>
    </message>
    <message>
        <source>The TPM is working</source>
        <translation>Das TPM arbeitet</translation>
    </message>
    <message>
        <source>The TPM generates the key and signs the certificate with it.</source>
        <translation>Das TPM erzeugt den Schlüssel und signiert damit das Zertifikat.</translation>
    </message>
    <message>
        <source>The TPM generates the key and signs the request with it.</source>
        <translation>Das TPM erzeugt den Schlüssel und signiert damit die Anforderung.</translation>
    </message>
    <message>
        <source>&amp;Create certificate</source>
        <translation>Zertifikat &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Generate request</source>
        <translation>Anforderung &amp;erzeugen</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>Karte wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>A new %1 key is generated in the TPM. A certificate valid for %n day(s), signed with %2, is stored with it on the card.</source>
        <translation>
            <numerusform>Im TPM wird ein neuer %1-Schlüssel erzeugt. Ein %n Tag gültiges, mit %2 signiertes Zertifikat wird mit ihm auf der Karte gespeichert.</numerusform>
            <numerusform>Im TPM wird ein neuer %1-Schlüssel erzeugt. Ein %n Tage gültiges, mit %2 signiertes Zertifikat wird mit ihm auf der Karte gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new %1 key is generated in the TPM and signs the request with %2.</source>
        <translation>Im TPM wird ein neuer %1-Schlüssel erzeugt, der die Anforderung mit %2 signiert.</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Alternative names: %1</source>
        <translation>Alternative Namen: %1</translation>
    </message>
    <message>
        <source>Nothing was changed on the card.</source>
        <translation>An der Karte wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The TPM is generating an RSA 3072-bit key. This can take a minute; the window stays usable.</source>
        <translation>Das TPM erzeugt einen RSA-3072-Bit-Schlüssel. Das kann eine Minute dauern; das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>The TPM is generating the key and signing. This takes a few seconds; the window stays usable.</source>
        <translation>Das TPM erzeugt den Schlüssel und signiert. Das dauert einige Sekunden; das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>Nothing was added to the card. Check the PIN and try again.</source>
        <translation>Der Karte wurde nichts hinzugefügt. Prüfen Sie die PIN und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::RequestResultPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>The certificate is on the clipboard (PEM).</source>
        <translation>Das Zertifikat ist in der Zwischenablage (PEM).</translation>
    </message>
    <message>
        <source>The request is on the clipboard (PEM).</source>
        <translation>Die Anforderung ist in der Zwischenablage (PEM).</translation>
    </message>
    <message>
        <source>The certificate is on the card</source>
        <translation>Das Zertifikat ist auf der Karte</translation>
    </message>
    <message>
        <source>The certificate request is ready</source>
        <translation>Die Zertifikatanforderung ist fertig</translation>
    </message>
    <message>
        <source>The self-signed certificate is stored on the card with its key.</source>
        <translation>Das selbstsignierte Zertifikat ist mit seinem Schlüssel auf der Karte gespeichert.</translation>
    </message>
    <message>
        <source>Send the request to your certificate authority.</source>
        <translation>Senden Sie die Anforderung an Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Key: %1, &quot;%2&quot;, ID %3</source>
        <translation>Schlüssel: %1, „%2“, ID %3</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The certificate in PEM form</source>
        <translation>Das Zertifikat im PEM-Format</translation>
    </message>
    <message>
        <source>The certificate request in PEM form</source>
        <translation>Die Zertifikatanforderung im PEM-Format</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>Zertifikat spei&amp;chern …</translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation>Anforderung spei&amp;chern …</translation>
    </message>
    <message>
        <source>Save the certificate to a file</source>
        <translation>Das Zertifikat in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save the request to a file</source>
        <translation>Die Anforderung in einer Datei speichern</translation>
    </message>
    <message>
        <source>Copy the certificate to the clipboard</source>
        <translation>Das Zertifikat in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the request to the clipboard</source>
        <translation>Die Anforderung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>When the certificate authority has issued the certificate, store it on the card with &quot;Import certificate…&quot;. The key waits on the card until then.</source>
        <translation>Wenn die Zertifizierungsstelle das Zertifikat ausgestellt hat, speichern Sie es mit „Zertifikat importieren …“ auf der Karte. Der Schlüssel wartet bis dahin auf der Karte.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Zertifikat speichern</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Anforderung speichern</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-Zertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>PEM request (*.pem *.csr)</source>
        <translation>PEM-Anforderung (*.pem *.csr)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER-Zertifikat (*.der *.cer)</translation>
    </message>
    <message>
        <source>DER request (*.der)</source>
        <translation>DER-Anforderung (*.der)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1 (DER).</source>
        <translation>In %1 gespeichert (DER).</translation>
    </message>
    <message>
        <source>Saved to %1 (PEM).</source>
        <translation>In %1 gespeichert (PEM).</translation>
    </message>
    <message>
        <source>The certificate is stored with its key: &quot;Certificates…&quot; lists and exports it.</source>
        <translation>Das Zertifikat ist mit seinem Schlüssel gespeichert: „Zertifikate …“ listet und exportiert es.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::ResponseCalculatorDialog</name>
    <message>
        <source>Helpdesk: response calculator</source>
        <translation>Helpdesk: Antwortrechner</translation>
    </message>
    <message>
        <source>For helpdesk staff. The card holder reads out the challenge that their computer shows; enter it with the card&apos;s admin key and read the response back to them. Use this on your own computer: the admin key must never be typed on the card holder&apos;s computer.</source>
        <translation>Für Helpdesk-Mitarbeiter. Die Karteninhaberin oder der Karteninhaber liest die Challenge vor, die ihr Computer anzeigt; geben Sie sie mit dem Administratorschlüssel der Karte ein und lesen Sie die Antwort vor. Verwenden Sie dies auf Ihrem eigenen Computer: Der Administratorschlüssel darf nie auf dem Computer der Karteninhaber eingegeben werden.</translation>
    </message>
    <message>
        <source>1. Challenge from the card holder</source>
        <translation>1. Challenge der Karteninhaber</translation>
    </message>
    <message>
        <source>Challenge, 16 hexadecimal digits</source>
        <translation>Challenge, 16 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>16 hexadecimal digits</source>
        <translation>16 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>2. The card&apos;s admin key</source>
        <translation>2. Administratorschlüssel der Karte</translation>
    </message>
    <message>
        <source>Use the &amp;default key</source>
        <translation>&amp;Standardschlüssel verwenden</translation>
    </message>
    <message>
        <source>Use the default admin key</source>
        <translation>Standard-Administratorschlüssel verwenden</translation>
    </message>
    <message>
        <source>Fills in the well-known default admin key, for cards created with it.</source>
        <translation>Setzt den allgemein bekannten Standard-Administratorschlüssel ein, für Karten, die damit erstellt wurden.</translation>
    </message>
    <message>
        <source>3. Response to read back</source>
        <translation>3. Antwort zum Vorlesen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Enter the challenge and the admin key</source>
        <translation>Geben Sie die Challenge und den Administratorschlüssel ein</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the response</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::SubjectPage</name>
    <message>
        <source>Who the certificate is for</source>
        <translation>Für wen das Zertifikat ist</translation>
    </message>
    <message>
        <source>Filled in from your login where it is known. Change it to what your certificate authority expects.</source>
        <translation>Soweit bekannt, aus Ihrer Anmeldung ausgefüllt. Ändern Sie es so, wie Ihre Zertifizierungsstelle es erwartet.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>CN=Alice Example,O=Example Corp,C=DE</source>
        <translation>CN=Alice Example,O=Example Corp,C=DE</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Inhaber:</translation>
    </message>
    <message>
        <source>Attributes separated by commas, most specific first: %1.</source>
        <translation>Attribute durch Kommas getrennt, das spezifischste zuerst: %1.</translation>
    </message>
    <message>
        <source>alice@example.com</source>
        <translation>alice@example.com</translation>
    </message>
    <message>
        <source>host.example.com, other.example.com</source>
        <translation>host.example.com, other.example.com</translation>
    </message>
    <message>
        <source>Several names separated by commas or spaces</source>
        <translation>Mehrere Namen durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take this name.</source>
        <translation>Die Vorlage „%1“ akzeptiert diesen Namen nicht.</translation>
    </message>
    <message>
        <source>Enter a subject or at least one alternative name.</source>
        <translation>Geben Sie einen Inhaber oder mindestens einen alternativen Namen ein.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a %2.</source>
        <translation>Die Vorlage „%1“ benötigt: %2.</translation>
    </message>
    <message>
        <source>&amp;UPN</source>
        <translation>&amp;UPN</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;DNS names</source>
        <translation>&amp;DNS-Namen</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>tpmvsc::SummaryPage</name>
    <message>
        <source>Create the card</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>Check your choices, then press Create. The TPM needs a few seconds.</source>
        <translation>Prüfen Sie Ihre Auswahl und klicken Sie dann auf Erstellen. Das TPM braucht einige Sekunden.</translation>
    </message>
    <message>
        <source>Creating the card</source>
        <translation>Karte wird erstellt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>the default PIN %1</source>
        <translation>die Standard-PIN %1</translation>
    </message>
    <message>
        <source>the PIN you chose</source>
        <translation>die von Ihnen gewählte PIN</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>an uppercase letter</source>
        <translation>ein Großbuchstabe</translation>
    </message>
    <message>
        <source>no uppercase letters</source>
        <translation>keine Großbuchstaben</translation>
    </message>
    <message>
        <source>a lowercase letter</source>
        <translation>ein Kleinbuchstabe</translation>
    </message>
    <message>
        <source>no lowercase letters</source>
        <translation>keine Kleinbuchstaben</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>keine Ziffern</translation>
    </message>
    <message>
        <source>a symbol or space</source>
        <translation>ein Symbol oder Leerzeichen</translation>
    </message>
    <message>
        <source>no symbols or spaces</source>
        <translation>keine Symbole oder Leerzeichen</translation>
    </message>
    <message>
        <source>PIN rules:</source>
        <translation>PIN-Regeln:</translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation>PUK:</translation>
    </message>
    <message>
        <source>none: only the admin key can unblock the card</source>
        <translation>keine: Nur der Administratorschlüssel kann die Karte entsperren</translation>
    </message>
    <message>
        <source>the default PUK %1</source>
        <translation>die Standard-PUK %1</translation>
    </message>
    <message>
        <source>the PUK you chose</source>
        <translation>die von Ihnen gewählte PUK</translation>
    </message>
    <message>
        <source>the well-known default key</source>
        <translation>der allgemein bekannte Standardschlüssel</translation>
    </message>
    <message>
        <source>the key you entered</source>
        <translation>der von Ihnen eingegebene Schlüssel</translation>
    </message>
    <message>
        <source>random and never shown: the card cannot be managed</source>
        <translation>zufällig und nie angezeigt: Die Karte kann nicht verwaltet werden</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>Administratorschlüssel:</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>Dateisystem:</translation>
    </message>
    <message>
        <source>created now</source>
        <translation>wird jetzt erstellt</translation>
    </message>
    <message>
        <source>later, by a management tool with the admin key</source>
        <translation>später, durch ein Verwaltungsprogramm mit dem Administratorschlüssel</translation>
    </message>
    <message>
        <source>The default PIN is public: change it before the card protects anything.</source>
        <translation>Die Standard-PIN ist öffentlich: Ändern Sie sie, bevor die Karte etwas schützt.</translation>
    </message>
    <message>
        <source>With a random admin key, a forgotten PIN and PUK mean the card is lost.</source>
        <translation>Mit einem zufälligen Administratorschlüssel ist die Karte verloren, wenn PIN und PUK vergessen werden.</translation>
    </message>
    <message>
        <source>With a random admin key, a forgotten PIN means the card is lost.</source>
        <translation>Mit einem zufälligen Administratorschlüssel ist die Karte verloren, wenn die PIN vergessen wird.</translation>
    </message>
    <message>
        <source>Creating the card on the TPM… The window stays usable; the card appears when the TPM is done.</source>
        <translation>Karte wird im TPM erstellt … Das Fenster bleibt bedienbar; die Karte erscheint, sobald das TPM fertig ist.</translation>
    </message>
    <message>
        <source>No card was created. You can change your choices or try again.</source>
        <translation>Es wurde keine Karte erstellt. Sie können Ihre Auswahl ändern oder es erneut versuchen.</translation>
    </message>
    <message>
        <source>Wrong PINs allowed:</source>
        <translation>Erlaubte falsche PINs:</translation>
    </message>
    <message>
        <source>The default admin key is public: anyone who can read this card&apos;s files can compute the admin responses and reset the PIN. Go back to the card&apos;s name to choose another for real use.</source>
        <translation>Der Standard-Administratorschlüssel ist öffentlich: Wer die Dateien dieser Karte lesen kann, kann die Administratorantworten berechnen und die PIN zurücksetzen. Gehen Sie für den echten Einsatz zurück zu „Karte benennen“ und wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This TPM&apos;s owner hierarchy has a password. The card&apos;s counters are made there, so it is needed once, now.</source>
        <translation>Die Besitzerhierarchie dieses TPM hat ein Kennwort. Die Zähler der Karte werden dort angelegt, deshalb wird es jetzt einmal gebraucht.</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>Attestierung:</translation>
    </message>
    <message>
        <source>an attestation key (AIK), without a certificate</source>
        <translation>ein Attestierungsschlüssel (AIK), ohne Zertifikat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>an attestation key (AIK), certified by the attestation CA at %1</source>
        <translation>ein Attestierungsschlüssel (AIK), zertifiziert von der Attestierungs-CA unter %1</translation>
    </message>
</context>
<context>
    <name>tpmvsc::TemplatePage</name>
    <message>
        <source>Choose the certificate template</source>
        <translation>Zertifikatvorlage wählen</translation>
    </message>
    <message>
        <source>The template decides what the certificate can be used for. Ask your certificate authority which one to use.</source>
        <translation>Die Vorlage legt fest, wofür das Zertifikat verwendet werden kann. Fragen Sie Ihre Zertifizierungsstelle, welche Sie verwenden sollen.</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>Vorlagen werden gelesen …</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Certificate templates</source>
        <translation>Zertifikatvorlagen</translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation>Verwendet für:</translation>
    </message>
    <message>
        <source>Key types:</source>
        <translation>Schlüsseltypen:</translation>
    </message>
    <message>
        <source>Some template files could not be used:</source>
        <translation>Einige Vorlagendateien konnten nicht verwendet werden:</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>Aus der Datei %1</translation>
    </message>
</context>
<context>
    <name>tpmvsc::UnblockDialog</name>
    <message>
        <source>Unblock with PUK</source>
        <translation>Mit PUK entsperren</translation>
    </message>
    <message>
        <source>The card is blocked after too many wrong PINs. Enter the card&apos;s PUK and choose a new PIN.</source>
        <translation>Die Karte ist nach zu vielen falschen PINs gesperrt. Geben Sie die PUK der Karte ein und wählen Sie eine neue PIN.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s PUK and choose a new PIN.</source>
        <translation>Geben Sie die PUK der Karte ein und wählen Sie eine neue PIN.</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unblocking the card…</source>
        <translation>Karte wird entsperrt …</translation>
    </message>
    <message>
        <source>“%1” is unblocked and has a new PIN.</source>
        <translation>„%1“ ist entsperrt und hat eine neue PIN.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PUK(s) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>Noch %n falsche PUK, bevor auch die PUK gesperrt wird.</numerusform>
            <numerusform>Noch %n falsche PUKs, bevor auch die PUK gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is blocked: no PUK tries are left.</source>
        <translation>Die PUK ist gesperrt: Es sind keine PUK-Versuche mehr übrig.</translation>
    </message>
</context>
<context>
    <name>tpmvsc::WelcomePage</name>
    <message>
        <source>Create a virtual smart card</source>
        <translation>Eine virtuelle Smartcard erstellen</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card, but lives in this computer&apos;s TPM (Trusted Platform Module).</source>
        <translation>Eine virtuelle Smartcard funktioniert wie eine Smartcard, befindet sich aber im TPM (Trusted Platform Module) dieses Computers.</translation>
    </message>
    <message>
        <source>Its private keys are made inside the TPM and never leave it. The TPM itself checks your PIN and blocks the card after too many wrong guesses, so copying the card&apos;s files to another computer gives nothing usable.</source>
        <translation>Ihre privaten Schlüssel werden im TPM erzeugt und verlassen es nie. Das TPM selbst prüft Ihre PIN und sperrt die Karte nach zu vielen Fehlversuchen; wer die Dateien der Karte auf einen anderen Computer kopiert, erhält also nichts Brauchbares.</translation>
    </message>
    <message>
        <source>This computer&apos;s TPM</source>
        <translation>Das TPM dieses Computers</translation>
    </message>
    <message>
        <source>Checking the TPM</source>
        <translation>TPM wird geprüft</translation>
    </message>
    <message>
        <source>Checking the TPM…</source>
        <translation>TPM wird geprüft …</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Reached through:</source>
        <translation>Erreicht über:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the TPM again</source>
        <translation>Das TPM erneut prüfen</translation>
    </message>
    <message>
        <source>the built-in software TPM (%1)</source>
        <translation>das eingebaute Software-TPM (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Software TPM: for testing, keys are not hardware-protected.&lt;/b&gt; Cards made here show how tpmvsc works, but their keys are only as safe as the files of the software TPM.</source>
        <translation>&lt;b&gt;Software-TPM: zum Testen, Schlüssel sind nicht durch Hardware geschützt.&lt;/b&gt; Hier erstellte Karten zeigen, wie tpmvsc funktioniert, aber ihre Schlüssel sind nur so sicher wie die Dateien des Software-TPM.</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout authorization is empty: the owner of this computer (anyone with administrator rights) can reset the TPM&apos;s protection against PIN guessing. The card&apos;s own limit on wrong PINs still applies.</source>
        <translation>Die Lockout-Autorisierung des TPM ist leer: Der Besitzer dieses Computers (jeder mit Administratorrechten) kann den Schutz des TPM gegen das Erraten von PINs zurücksetzen. Die eigene Grenze der Karte für falsche PINs gilt weiterhin.</translation>
    </message>
    <message>
        <source>A card can only be created once the TPM answers.</source>
        <translation>Eine Karte kann erst erstellt werden, wenn das TPM antwortet.</translation>
    </message>
    <message>
        <source>The TPM is in dictionary-attack lockout: it counted %1 failed authorizations. It forgives one failure every %2 seconds; until then some card operations are refused. The computer&apos;s owner can also reset the lockout.</source>
        <translation>Das TPM ist gegen Wörterbuchangriffe gesperrt: Es hat %1 fehlgeschlagene Autorisierungen gezählt. Es vergibt alle %2 Sekunden einen Fehlversuch; bis dahin werden manche Kartenoperationen abgelehnt. Der Besitzer des Computers kann die Sperre auch zurücksetzen.</translation>
    </message>
    <message>
        <source>default (TCTI loader)</source>
        <translation>Standard (TCTI-Loader)</translation>
    </message>
</context>
<context>
    <name>tpmvscmgr</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>no file system</source>
        <translation>kein Dateisystem</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PIN tries</source>
        <translation>PIN-Versuche</translation>
    </message>
    <message>
        <source>Admin resets</source>
        <translation>Admin-Zurücksetzungen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>PIN policy</source>
        <translation>PIN-Richtlinie</translation>
    </message>
    <message>
        <source>PIN tries left</source>
        <translation>Verbleibende PIN-Versuche</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Tries counted by</source>
        <translation>Versuche gezählt von</translation>
    </message>
    <message>
        <source>the TPM</source>
        <translation>dem TPM</translation>
    </message>
    <message>
        <source>the card file (older card: `tpmvscmgr upgrade` moves them into the TPM)</source>
        <translation>der Kartendatei (ältere Karte: `tpmvscmgr upgrade` verlegt sie ins TPM)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 tries left</source>
        <translation>noch %1 Versuch(e)</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source> (RANDOM admin key: the PIN cannot be reset)</source>
        <translation> (RANDOM-Administratorschlüssel: Die PIN kann nicht zurückgesetzt werden)</translation>
    </message>
    <message>
        <source> (blocked after too many wrong responses)</source>
        <translation> (gesperrt nach zu vielen falschen Antworten)</translation>
    </message>
    <message>
        <source> (%1 wrong responses allowed)</source>
        <translation> (erlaubte falsche Antworten: %1)</translation>
    </message>
    <message>
        <source>Admin resets left</source>
        <translation>Verbleibende Admin-Zurücksetzungen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>  certificate</source>
        <translation>  Zertifikat</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>none (any purpose)</source>
        <translation>keine (jede Verwendung)</translation>
    </message>
    <message>
        <source>none (any)</source>
        <translation>keine (beliebig)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Verwendung:</translation>
    </message>
    <message>
        <source>EKU:</source>
        <translation>EKU:</translation>
    </message>
    <message>
        <source>SAN:</source>
        <translation>SAN:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>none stored (the certificate alone)</source>
        <translation>keine gespeichert (nur das Zertifikat)</translation>
    </message>
    <message>
        <source>none in the file (the certificate alone)</source>
        <translation>keine in der Datei (nur das Zertifikat)</translation>
    </message>
    <message>
        <source>1 issuer certificate: %1</source>
        <translation>1 Ausstellerzertifikat: %1</translation>
    </message>
    <message>
        <source>%1 issuer certificates: %2</source>
        <translation>%1 Ausstellerzertifikate: %2</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>Certificate for key %1:
</source>
        <translation>Zertifikat für Schlüssel %1:
</translation>
    </message>
    <message>
        <source>  It replaces the key&apos;s current certificate.
</source>
        <translation>  Es ersetzt das aktuelle Zertifikat des Schlüssels.
</translation>
    </message>
    <message>
        <source>Checks:
</source>
        <translation>Prüfungen:
</translation>
    </message>
    <message>
        <source>Checks (usages against template %1):
</source>
        <translation>Prüfungen (Verwendungen mit Vorlage %1 verglichen):
</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>%1 (RSA)</source>
        <translation>%1 (RSA)</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>%1 (first is the default; RSA at least %2 bits)</source>
        <translation>%1 (der erste ist der Standard; RSA mindestens %2 Bit)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Unbekannter Befehl „%1“. Befehle: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: %2 takes no value.</source>
        <translation>Unerwartetes Argument „%1“: %2 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Values follow the option they belong to, e.g. /instance ID.</source>
        <translation>Unerwartetes Argument „%1“. Werte folgen der Option, zu der sie gehören, z. B. /instance ID.</translation>
    </message>
    <message>
        <source>%1 belongs to a command; write the command first, e.g. tpmvscmgr %2 %1 ...</source>
        <translation>%1 gehört zu einem Befehl; schreiben Sie zuerst den Befehl, z. B. tpmvscmgr %2 %1 ...</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Unknown option %1 for %2. Options of %2: %3.</source>
        <translation>Unbekannte Option %1 für %2. Optionen von %2: %3.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 erwartet keinen Wert.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>%1 needs a value (a TCTI configuration such as device:/dev/tpmrm0).</source>
        <translation>%1 benötigt einen Wert (eine TCTI-Konfiguration wie device:/dev/tpmrm0).</translation>
    </message>
    <message>
        <source>%1: there is no &quot;%2&quot; translation. Languages: %3.</source>
        <translation>%1: Es gibt keine Übersetzung „%2“. Sprachen: %3.</translation>
    </message>
    <message>
        <source>%1 needs /%2 %3.</source>
        <translation>%1 benötigt /%2 %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an instance ID: expected ROOT\SMARTCARDREADER\000n as create printed it, or the number n.</source>
        <translation>%1 „%2“ ist keine Instanz-ID: Erwartet wird ROOT\SMARTCARDREADER\000n, wie create sie ausgegeben hat, oder die Zahl n.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1 takes DEFAULT or PROMPT. Secrets are never taken from the command line (others can read it in the process list); use %1 PROMPT to type the %2 or give it on standard input.</source>
        <translation>%1 akzeptiert DEFAULT oder PROMPT. Geheimnisse werden nie von der Befehlszeile übernommen (andere können sie in der Prozessliste lesen); verwenden Sie %1 PROMPT, um die %2 einzutippen oder über die Standardeingabe zu übergeben.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must not contain control characters such as line breaks.</source>
        <translation>%1 darf keine Steuerzeichen wie Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>%1 takes PROMPT only: secrets are never taken from the command line (others can read it in the process list).</source>
        <translation>%1 akzeptiert nur PROMPT: Geheimnisse werden nie von der Befehlszeile übernommen (andere können sie in der Prozessliste lesen).</translation>
    </message>
    <message>
        <source>%1 takes DEFAULT, PROMPT or RANDOM. Secrets are never taken from the command line (others can read it in the process list); use %1 PROMPT to type the admin key or give it on standard input.</source>
        <translation>%1 akzeptiert DEFAULT, PROMPT oder RANDOM. Geheimnisse werden nie von der Befehlszeile übernommen (andere können sie in der Prozessliste lesen); verwenden Sie %1 PROMPT, um den Administratorschlüssel einzutippen oder über die Standardeingabe zu übergeben.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>%1 needs keyword/value pairs, e.g. %1 minlen 4 maxlen 8 digits REQUIRED (keywords: minlen, maxlen, uppercase, lowercase, digits, specialchars).</source>
        <translation>%1 benötigt Paare aus Schlüsselwort und Wert, z. B. %1 minlen 4 maxlen 8 digits REQUIRED (Schlüsselwörter: minlen, maxlen, uppercase, lowercase, digits, specialchars).</translation>
    </message>
    <message>
        <source>%1: %2 is given twice.</source>
        <translation>%1: %2 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1: unknown keyword &quot;%2&quot; (keywords: minlen, maxlen, uppercase, lowercase, digits, specialchars).</source>
        <translation>%1: Unbekanntes Schlüsselwort „%2“ (Schlüsselwörter: minlen, maxlen, uppercase, lowercase, digits, specialchars).</translation>
    </message>
    <message>
        <source>%1: %2 needs a number.</source>
        <translation>%1: %2 benötigt eine Zahl.</translation>
    </message>
    <message>
        <source>%1: %2 needs ALLOWED, DISALLOWED or REQUIRED.</source>
        <translation>%1: %2 benötigt ALLOWED, DISALLOWED oder REQUIRED.</translation>
    </message>
    <message>
        <source>%1: %2 needs a number, not &quot;%3&quot;.</source>
        <translation>%1: %2 benötigt eine Zahl, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1: %2 takes ALLOWED, DISALLOWED or REQUIRED, not &quot;%3&quot;.</source>
        <translation>%1: %2 akzeptiert ALLOWED, DISALLOWED oder REQUIRED, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a card with a RANDOM admin key cannot be reset by an administrator (nobody knows the key), so it has no admin resets.</source>
        <translation>%1: Eine Karte mit einem RANDOM-Administratorschlüssel kann nicht von einem Administrator zurückgesetzt werden (niemand kennt den Schlüssel), daher hat sie keine Admin-Zurücksetzungen.</translation>
    </message>
    <message>
        <source>sign needs exactly one of /in FILE (data to hash) and /digest FILE (a digest already computed).</source>
        <translation>sign benötigt genau eine der Optionen /in FILE (zu hashende Daten) und /digest FILE (ein bereits berechneter Hashwert).</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 takes sha256, sha384 or sha512, not &quot;%2&quot;.</source>
        <translation>%1 akzeptiert sha256, sha384 oder sha512, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 goes with /cert: a public key has no chain.</source>
        <translation>%1 ist nur zusammen mit /cert möglich: Ein öffentlicher Schlüssel hat keine Kette.</translation>
    </message>
    <message>
        <source>%1 needs a template name (tpmvscmgr templates lists them).</source>
        <translation>%1 benötigt einen Vorlagennamen (tpmvscmgr templates listet sie auf).</translation>
    </message>
    <message>
        <source>%1 needs a value such as upn:alice@example.com.</source>
        <translation>%1 benötigt einen Wert wie upn:alice@example.com.</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>request needs /subject &quot;CN=...&quot; or at least one /san.</source>
        <translation>request benötigt /subject &quot;CN=...&quot; oder mindestens einmal /san.</translation>
    </message>
    <message>
        <source>%1 (a new key) and %2 (an existing key) exclude each other.</source>
        <translation>%1 (ein neuer Schlüssel) und %2 (ein vorhandener Schlüssel) schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>%1 takes rsa2048, rsa3072, p256 or p384, not &quot;%2&quot;. For an existing key use /usekey REF.</source>
        <translation>%1 akzeptiert rsa2048, rsa3072, p256 oder p384, nicht „%2“. Für einen vorhandenen Schlüssel verwenden Sie /usekey REF.</translation>
    </message>
    <message>
        <source>%1 needs a key ID or label.</source>
        <translation>%1 benötigt eine Schlüssel-ID oder Bezeichnung.</translation>
    </message>
    <message>
        <source>%1 names a new key; the key of %2 keeps its label.</source>
        <translation>%1 benennt einen neuen Schlüssel; der Schlüssel von %2 behält seine Bezeichnung.</translation>
    </message>
    <message>
        <source>%1 goes with /selfsigned: the CA decides the validity of the certificate it issues.</source>
        <translation>%1 ist nur zusammen mit /selfsigned möglich: Die CA legt die Gültigkeit des Zertifikats fest, das sie ausstellt.</translation>
    </message>
    <message>
        <source>%1 takes an NV index handle such as 0x01355600 (tpmvscmgr cleanup lists them), not &quot;%2&quot;.</source>
        <translation>%1 erwartet ein NV-Index-Handle wie 0x01355600 (tpmvscmgr cleanup listet sie auf), nicht „%2“.</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>%1 takes rsa2048, rsa3072, p256 or p384, not &quot;%2&quot;.</source>
        <translation>%1 akzeptiert rsa2048, rsa3072, p256 oder p384, nicht „%2“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>No command given. Commands: %1. Help: tpmvscmgr /?</source>
        <translation>Kein Befehl angegeben. Befehle: %1. Hilfe: tpmvscmgr /?</translation>
    </message>
    <message>
        <source>--tcti and --simulator exclude each other: choose one TPM.</source>
        <translation>--tcti und --simulator schließen sich gegenseitig aus: Wählen Sie ein TPM.</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Enter new PIN: </source>
        <translation>Neue PIN eingeben: </translation>
    </message>
    <message>
        <source>Confirm new PIN: </source>
        <translation>Neue PIN bestätigen: </translation>
    </message>
    <message>
        <source>new PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Enter PIN: </source>
        <translation>PIN eingeben: </translation>
    </message>
    <message>
        <source>Enter response: </source>
        <translation>Antwort eingeben: </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; certificate files are at most 1 MiB (%3 bytes). A certificate with its chain takes a few kilobytes: this is not a certificate file.</source>
        <translation>%1 ist %2 Bytes groß; Zertifikatsdateien sind höchstens 1 MiB (%3 Bytes) groß. Ein Zertifikat mit seiner Kette belegt wenige Kilobytes: Dies ist keine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>%1 is blocked after too many wrong PINs.</source>
        <translation>%1 ist nach zu vielen falschen PINs gesperrt.</translation>
    </message>
    <message>
        <source>Enter the TPM owner password: </source>
        <translation>TPM-Besitzerkennwort eingeben: </translation>
    </message>
    <message>
        <source>owner password</source>
        <translation>Besitzerkennwort</translation>
    </message>
    <message>
        <source>Challenge: %1</source>
        <translation>Challenge: %1</translation>
    </message>
    <message>
        <source>The default PIN %1 does not meet the PIN policy: %2 Use /PIN PROMPT.</source>
        <translation>Die Standard-PIN %1 erfüllt die PIN-Richtlinie nicht: %2 Verwenden Sie /PIN PROMPT.</translation>
    </message>
    <message>
        <source>Enter new admin key (48 hex digits): </source>
        <translation>Neuen Administratorschlüssel eingeben (48 Hexziffern): </translation>
    </message>
    <message>
        <source>Confirm new admin key: </source>
        <translation>Neuen Administratorschlüssel bestätigen: </translation>
    </message>
    <message>
        <source>new admin key</source>
        <translation>Neuer Administratorschlüssel</translation>
    </message>
    <message>
        <source>Enter new PUK: </source>
        <translation>Neue PUK eingeben: </translation>
    </message>
    <message>
        <source>Confirm new PUK: </source>
        <translation>Neue PUK bestätigen: </translation>
    </message>
    <message>
        <source>new PUK</source>
        <translation>Neue PUK</translation>
    </message>
    <message>
        <source>Creating TPM Smart Card...</source>
        <translation>TPM-Smartcard wird erstellt …</translation>
    </message>
    <message>
        <source>TPM Smart Card created.</source>
        <translation>TPM-Smartcard erstellt.</translation>
    </message>
    <message>
        <source>Smart Card Reader Device Instance ID = %1</source>
        <translation>Instanz-ID des Smartcard-Lesegeräts = %1</translation>
    </message>
    <message>
        <source>The PIN is the default 12345678: change it with `tpmvscmgr changepin /instance %1`.</source>
        <translation>Die PIN ist die Standard-PIN 12345678: Ändern Sie sie mit `tpmvscmgr changepin /instance %1`.</translation>
    </message>
    <message>
        <source>There is no card %1 (it was never created, or was destroyed). `tpmvscmgr list` shows the cards.</source>
        <translation>Es gibt keine Karte %1 (sie wurde nie erstellt oder wurde vernichtet). `tpmvscmgr list` zeigt die Karten an.</translation>
    </message>
    <message>
        <source>Destroying TPM Smart Card %1...</source>
        <translation>TPM-Smartcard %1 wird vernichtet …</translation>
    </message>
    <message>
        <source>TPM Smart Card destroyed.</source>
        <translation>TPM-Smartcard vernichtet.</translation>
    </message>
    <message>
        <source>The TPM already holds the counters of %1: nothing to do.</source>
        <translation>Das TPM enthält die Zähler von %1 bereits: Nichts zu tun.</translation>
    </message>
    <message>
        <source>Enter PUK: </source>
        <translation>PUK eingeben: </translation>
    </message>
    <message>
        <source>Enter the card&apos;s admin key (48 hex digits, or DEFAULT): </source>
        <translation>Administratorschlüssel der Karte eingeben (48 Hexziffern oder DEFAULT): </translation>
    </message>
    <message>
        <source>admin key</source>
        <translation>Administratorschlüssel</translation>
    </message>
    <message>
        <source>%1 now has its PIN and PUK counted by the TPM; old copies of its files no longer open it with a changed PIN.</source>
        <translation>Bei %1 zählt jetzt das TPM die Versuche für PIN und PUK; alte Kopien ihrer Dateien öffnen die Karte nicht mehr mit einer inzwischen geänderten PIN.</translation>
    </message>
    <message>
        <source>It has no admin resets any more: give /AdminKey PROMPT to make new ones.</source>
        <translation>Sie hat keine Admin-Zurücksetzungen mehr: Geben Sie /AdminKey PROMPT an, um neue vorzubereiten.</translation>
    </message>
    <message>
        <source>NV index 0x%1 removed.</source>
        <translation>NV-Index 0x%1 entfernt.</translation>
    </message>
    <message>
        <source>%1: an interrupted creation or destruction was finished (the card is gone).</source>
        <translation>%1: Eine unterbrochene Erstellung oder Vernichtung wurde abgeschlossen (die Karte existiert nicht mehr).</translation>
    </message>
    <message>
        <source>No NV index in tpmvsc&apos;s block is left over.</source>
        <translation>Im Block von tpmvsc ist kein NV-Index übrig geblieben.</translation>
    </message>
    <message>
        <source>NV indices in tpmvsc&apos;s block that none of your cards uses (they may belong to another user&apos;s cards; remove one with /remove HANDLE):</source>
        <translation>NV-Indizes im Block von tpmvsc, die keine Ihrer Karten verwendet (sie können zu Karten eines anderen Benutzers gehören; entfernen Sie einen mit /remove HANDLE):</translation>
    </message>
    <message>
        <source>No TPM virtual smart cards. Create one with `tpmvscmgr create`.</source>
        <translation>Keine virtuellen TPM-Smartcards. Erstellen Sie eine mit `tpmvscmgr create`.</translation>
    </message>
    <message>
        <source>Enter current PIN: </source>
        <translation>Aktuelle PIN eingeben: </translation>
    </message>
    <message>
        <source>current PIN</source>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN geändert.</translation>
    </message>
    <message>
        <source>%1 has no PUK (it was created without /PUK). An administrator can reset the PIN: `tpmvscmgr resetpin /instance %2`.</source>
        <translation>%1 hat keine PUK (die Karte wurde ohne /PUK erstellt). Ein Administrator kann die PIN zurücksetzen: `tpmvscmgr resetpin /instance %2`.</translation>
    </message>
    <message>
        <source>The PUK of %1 is blocked after too many wrong PUKs. An administrator can reset the PIN: `tpmvscmgr resetpin /instance %2`.</source>
        <translation>Die PUK von %1 ist nach zu vielen falschen PUKs gesperrt. Ein Administrator kann die PIN zurücksetzen: `tpmvscmgr resetpin /instance %2`.</translation>
    </message>
    <message>
        <source>Card unblocked; the new PIN is set.</source>
        <translation>Karte entsperrt; die neue PIN ist festgelegt.</translation>
    </message>
    <message>
        <source>PIN reset; the card is unblocked.</source>
        <translation>PIN zurückgesetzt; die Karte ist entsperrt.</translation>
    </message>
    <message>
        <source>Enter admin key (48 hex digits, or DEFAULT): </source>
        <translation>Administratorschlüssel eingeben (48 Hexziffern oder DEFAULT): </translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Response: %1</translation>
    </message>
    <message>
        <source>%1 already has a file system.</source>
        <translation>%1 hat bereits ein Dateisystem.</translation>
    </message>
    <message>
        <source>File system created: the card can hold keys.</source>
        <translation>Dateisystem erstellt: Die Karte kann Schlüssel aufnehmen.</translation>
    </message>
    <message>
        <source>%1 already holds %2 keys, the most a card can hold. Delete one first (`tpmvscmgr delkey`).</source>
        <translation>%1 enthält bereits %2 Schlüssel, das Maximum für eine Karte. Löschen Sie zuerst einen (`tpmvscmgr delkey`).</translation>
    </message>
    <message>
        <source>Generating a %1 key in the TPM...</source>
        <translation>Ein %1-Schlüssel wird im TPM erzeugt …</translation>
    </message>
    <message>
        <source>Key generated: %1</source>
        <translation>Schlüssel erzeugt: %1</translation>
    </message>
    <message>
        <source>%1 holds no keys.</source>
        <translation>%1 enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>Key %1 deleted.</source>
        <translation>Schlüssel %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes, but a %3 digest has %4. /digest takes the raw digest bytes (not hex); /in signs a file&apos;s data.</source>
        <translation>%1 enthält %2 Bytes, aber ein %3-Hashwert hat %4. /digest erwartet die rohen Bytes des Hashwerts (nicht hexadezimal); /in signiert die Daten einer Datei.</translation>
    </message>
    <message>
        <source>/pss applies to RSA keys; key %1 is %2.</source>
        <translation>/pss gilt für RSA-Schlüssel; Schlüssel %1 ist vom Typ %2.</translation>
    </message>
    <message>
        <source>Signature written to %1 (%2 bytes).</source>
        <translation>Signatur in %1 geschrieben (%2 Bytes).</translation>
    </message>
    <message>
        <source>Certificate written to %1.</source>
        <translation>Zertifikat in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Public key written to %1.</source>
        <translation>Öffentlicher Schlüssel in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Generating a %1 key in the TPM and signing the request (template %2)...</source>
        <translation>Ein %1-Schlüssel wird im TPM erzeugt und die Anforderung signiert (Vorlage %2) …</translation>
    </message>
    <message>
        <source>Signing the request with key %1 (template %2)...</source>
        <translation>Die Anforderung wird mit Schlüssel %1 signiert (Vorlage %2) …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The key %3 is on the card; make the request again with /usekey %3.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Der Schlüssel %3 ist auf der Karte; erstellen Sie die Anforderung erneut mit /usekey %3.</translation>
    </message>
    <message>
        <source>Certificate request written to %1 (%2, %3 with %4).</source>
        <translation>Zertifikatanforderung in %1 geschrieben (%2, %3 mit %4).</translation>
    </message>
    <message>
        <source>DER</source>
        <translation>DER</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Self-signed certificate (valid %1 days) stored on the card with the key.</source>
        <translation>Selbstsigniertes Zertifikat (%1 Tage gültig) mit dem Schlüssel auf der Karte gespeichert.</translation>
    </message>
    <message>
        <source>Send it to your CA; import what it issues with `tpmvscmgr import /instance %1 /cert FILE`.</source>
        <translation>Senden Sie die Anforderung an Ihre CA; importieren Sie das ausgestellte Zertifikat mit `tpmvscmgr import /instance %1 /cert FILE`.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Storing despite the warnings (/force).</source>
        <translation>Wird trotz der Warnungen gespeichert (/force).</translation>
    </message>
    <message>
        <source>Certificate stored on %1 with key %2.</source>
        <translation>Zertifikat auf %1 mit Schlüssel %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 holds no certificates. Request one with `tpmvscmgr request`.</source>
        <translation>%1 enthält keine Zertifikate. Fordern Sie eines mit `tpmvscmgr request` an.</translation>
    </message>
    <message>
        <source>Certificate of key %1 deleted; the key stays.</source>
        <translation>Zertifikat von Schlüssel %1 gelöscht; der Schlüssel bleibt erhalten.</translation>
    </message>
    <message>
        <source>Own templates: JSON files in %1 (see tpmvscmgr(1)).</source>
        <translation>Eigene Vorlagen: JSON-Dateien in %1 (siehe tpmvscmgr(1)).</translation>
    </message>
    <message>
        <source>Help: tpmvscmgr %1 /?</source>
        <translation>Hilfe: tpmvscmgr %1 /?</translation>
    </message>
    <message>
        <source>Help: tpmvscmgr /?</source>
        <translation>Hilfe: tpmvscmgr /?</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>Unblock it with `tpmvscmgr unblock` (PUK) or `tpmvscmgr resetpin` (administrator).</source>
        <translation>Entsperren Sie sie mit `tpmvscmgr unblock` (PUK) oder `tpmvscmgr resetpin` (Administrator).</translation>
    </message>
    <message>
        <source>Unblock it with `tpmvscmgr unblock` (PUK).</source>
        <translation>Entsperren Sie sie mit `tpmvscmgr unblock` (PUK).</translation>
    </message>
    <message>
        <source>Unblock it with `tpmvscmgr resetpin` (administrator).</source>
        <translation>Entsperren Sie sie mit `tpmvscmgr resetpin` (Administrator).</translation>
    </message>
    <message>
        <source>It has no PUK and cannot be reset by an administrator: destroy it (`tpmvscmgr destroy`) and create a new one.</source>
        <translation>Sie hat keine PUK und kann nicht von einem Administrator zurückgesetzt werden: Vernichten Sie sie (`tpmvscmgr destroy`) und erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>Give it with /OwnerAuth PROMPT.</source>
        <translation>Geben Sie es mit /OwnerAuth PROMPT an.</translation>
    </message>
    <message>
        <source>`tpmvscmgr cleanup` lists the indices that belong to no card.</source>
        <translation>`tpmvscmgr cleanup` listet die Indizes auf, die zu keiner Karte gehören.</translation>
    </message>
    <message>
        <source>Destroy it again (`tpmvscmgr destroy`), or run `tpmvscmgr cleanup`.</source>
        <translation>Vernichten Sie sie erneut (`tpmvscmgr destroy`) oder führen Sie `tpmvscmgr cleanup` aus.</translation>
    </message>
    <message>
        <source>Initialise it first with `tpmvscmgr initialize`.</source>
        <translation>Initialisieren Sie es zuerst mit `tpmvscmgr initialize`.</translation>
    </message>
    <message>
        <source>`tpmvscmgr keys` lists them.</source>
        <translation>`tpmvscmgr keys` listet die Schlüssel auf.</translation>
    </message>
    <message>
        <source>Delete it first with `tpmvscmgr deletecert` if that is what you want.</source>
        <translation>Löschen Sie es zuerst mit `tpmvscmgr deletecert`, wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>Make a request first with `tpmvscmgr request`.</source>
        <translation>Erstellen Sie zuerst eine Anforderung mit `tpmvscmgr request`.</translation>
    </message>
    <message>
        <source>Or use the built-in software TPM with --simulator.</source>
        <translation>Oder verwenden Sie mit --simulator das eingebaute Software-TPM.</translation>
    </message>
    <message>
        <source>If you are sure it is the right certificate, import it again with /force (--force) to store it anyway.</source>
        <translation>Wenn Sie sicher sind, dass es das richtige Zertifikat ist, importieren Sie es erneut mit /force (--force), um es trotzdem zu speichern.</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>ein interner Fehler</translation>
    </message>
    <message>
        <source>the command line is wrong, nothing was done</source>
        <translation>die Befehlszeile ist falsch, es wurde nichts ausgeführt</translation>
    </message>
    <message>
        <source>a value or file is bad (admin key, response, subject, certificate, input or output file)</source>
        <translation>ein Wert oder eine Datei ist ungültig (Administratorschlüssel, Antwort, Inhaber, Zertifikat, Ein- oder Ausgabedatei)</translation>
    </message>
    <message>
        <source>a PIN or PUK breaks the PIN policy</source>
        <translation>eine PIN oder PUK verletzt die PIN-Richtlinie</translation>
    </message>
    <message>
        <source>wrong PIN, PUK or admin response</source>
        <translation>falsche PIN, PUK oder Administratorantwort</translation>
    </message>
    <message>
        <source>the card, its PUK or its admin reset is blocked</source>
        <translation>die Karte, ihre PUK oder ihre Admin-Zurücksetzung ist gesperrt</translation>
    </message>
    <message>
        <source>no such card, key or challenge</source>
        <translation>Karte, Schlüssel oder Challenge nicht vorhanden</translation>
    </message>
    <message>
        <source>another process is using the card</source>
        <translation>ein anderer Prozess verwendet die Karte</translation>
    </message>
    <message>
        <source>a store file is malformed, truncated or tampered with</source>
        <translation>eine Datei im Kartenspeicher ist fehlerhaft, abgeschnitten oder manipuliert</translation>
    </message>
    <message>
        <source>a store file has loose permissions or another owner</source>
        <translation>eine Datei im Kartenspeicher hat zu weit gefasste Berechtigungen oder einen anderen Besitzer</translation>
    </message>
    <message>
        <source>the store cannot be written</source>
        <translation>in den Kartenspeicher kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no TPM could be reached</source>
        <translation>kein TPM war erreichbar</translation>
    </message>
    <message>
        <source>the TPM is in dictionary attack lockout</source>
        <translation>das TPM ist gegen Wörterbuchangriffe gesperrt</translation>
    </message>
    <message>
        <source>the card belongs to another TPM (or the TPM was cleared)</source>
        <translation>die Karte gehört zu einem anderen TPM (oder das TPM wurde gelöscht)</translation>
    </message>
    <message>
        <source>the TPM failed</source>
        <translation>das TPM hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the TPM lacks a needed feature</source>
        <translation>dem TPM fehlt eine benötigte Funktion</translation>
    </message>
    <message>
        <source>the card is full (30 keys) or has no admin resets left</source>
        <translation>die Karte ist voll (30 Schlüssel) oder hat keine Admin-Zurücksetzungen mehr</translation>
    </message>
    <message>
        <source>the TPM&apos;s owner password is needed (give it with /OwnerAuth PROMPT)</source>
        <translation>das Besitzerkennwort des TPM wird benötigt (mit /OwnerAuth PROMPT angeben)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>create a TPM virtual smart card</source>
        <translation>eine virtuelle TPM-Smartcard erstellen</translation>
    </message>
    <message>
        <source>delete a card and its keys for good</source>
        <translation>eine Karte und ihre Schlüssel endgültig löschen</translation>
    </message>
    <message>
        <source>list the cards</source>
        <translation>die Karten auflisten</translation>
    </message>
    <message>
        <source>show everything about one card</source>
        <translation>alles über eine Karte anzeigen</translation>
    </message>
    <message>
        <source>change the PIN</source>
        <translation>die PIN ändern</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr changepin /instance ID

Secrets, when standard input is not a terminal (one line each):
  current PIN, new PIN.
A wrong current PIN uses up one try; the last try blocks the card.
</source>
        <translation>Aufruf: tpmvscmgr changepin /instance ID

Geheimnisse, wenn die Standardeingabe kein Terminal ist (je eine Zeile):
  aktuelle PIN, neue PIN.
Eine falsche aktuelle PIN verbraucht einen Versuch; der letzte Versuch sperrt
die Karte.
</translation>
    </message>
    <message>
        <source>unblock with the PUK and set a new PIN</source>
        <translation>mit der PUK entsperren und eine neue PIN festlegen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr unblock /instance ID

For cards created with /PUK. Resets the PIN tries.

Secrets, when standard input is not a terminal (one line each):
  PUK, new PIN.
</source>
        <translation>Aufruf: tpmvscmgr unblock /instance ID

Für Karten, die mit /PUK erstellt wurden. Setzt die PIN-Versuche zurück.

Geheimnisse, wenn die Standardeingabe kein Terminal ist (je eine Zeile):
  PUK, neue PIN.
</translation>
    </message>
    <message>
        <source>reset the PIN with an admin response</source>
        <translation>die PIN mit einer Administratorantwort zurücksetzen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr resetpin /instance ID

Prints `Challenge: XXXX XXXX XXXX XXXX` on standard output. Read it to your
helpdesk, who runs `tpmvscmgr response /challenge ...` (or any Windows
response calculator) with the card&apos;s admin key, then type the response (with
or without spaces) and a new PIN. The card is unblocked. Each challenge works
once; `status` shows how many admin resets are left.

Secrets, when standard input is not a terminal (one line each):
  response, new PIN.
</source>
        <translation>Aufruf: tpmvscmgr resetpin /instance ID

Gibt `Challenge: XXXX XXXX XXXX XXXX` auf der Standardausgabe aus. Lesen Sie
die Challenge Ihrem Helpdesk vor; dieser führt mit dem Administratorschlüssel
der Karte `tpmvscmgr response /challenge ...` (oder einen beliebigen
Windows-Antwortrechner) aus. Geben Sie dann die Antwort (mit oder ohne
Leerzeichen) und eine neue PIN ein. Die Karte wird entsperrt. Jede Challenge
funktioniert nur einmal; `status` zeigt, wie viele Admin-Zurücksetzungen noch
übrig sind.

Geheimnisse, wenn die Standardeingabe kein Terminal ist (je eine Zeile):
  Antwort, neue PIN.
</translation>
    </message>
    <message>
        <source>helpdesk: compute the response to a challenge</source>
        <translation>Helpdesk: die Antwort auf eine Challenge berechnen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr response /challenge HEX

Computes the response to a challenge from resetpin or initialize:
3DES of the challenge under the admin key. Prints
`Response: XXXX XXXX XXXX XXXX` (with /quiet only the digits). Needs
no card and no TPM: run it on the helpdesk&apos;s machine.

  /challenge HEX   16 hex digits, spaces allowed (quote them)

Secrets, when standard input is not a terminal (one line):
  admin key (48 hex digits; DEFAULT for the default key).

Example:
  tpmvscmgr response /challenge &quot;0123 4567 89AB CDEF&quot;
</source>
        <translation>Aufruf: tpmvscmgr response /challenge HEX

Berechnet die Antwort auf eine Challenge von resetpin oder initialize:
3DES der Challenge mit dem Administratorschlüssel. Gibt
`Response: XXXX XXXX XXXX XXXX` aus (mit /quiet nur die Ziffern). Braucht
weder Karte noch TPM: Führen Sie es auf dem Computer des Helpdesks aus.

  /challenge HEX   16 Hexziffern, Leerzeichen erlaubt (in Anführungszeichen)

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  Administratorschlüssel (48 Hexziffern; DEFAULT für den Standardschlüssel).

Beispiel:
  tpmvscmgr response /challenge &quot;0123 4567 89AB CDEF&quot;
</translation>
    </message>
    <message>
        <source>create the file system of a card made without /generate</source>
        <translation>das Dateisystem einer ohne /generate erstellten Karte anlegen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr initialize /instance ID

Needs the admin: prints a challenge like resetpin and reads the
response.

Secrets, when standard input is not a terminal (one line):
  response.
</source>
        <translation>Aufruf: tpmvscmgr initialize /instance ID

Braucht den Administrator: Gibt wie resetpin eine Challenge aus und liest die
Antwort.

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  Antwort.
</translation>
    </message>
    <message>
        <source>generate a key on the card</source>
        <translation>einen Schlüssel auf der Karte erzeugen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr keygen /instance ID [/key ALGORITHM] [/label TEXT]

The private key is made by the TPM and never leaves it. Prints the key
ID (40 hex digits; with /quiet nothing else). A card holds up to 30 keys.

  /key ALGORITHM   rsa2048 (default), rsa3072, p256 or p384
  /label TEXT      a name for the key

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>Aufruf: tpmvscmgr keygen /instance ID [/key ALGORITHM] [/label TEXT]

Der private Schlüssel wird vom TPM erzeugt und verlässt es nie. Gibt die
Schlüssel-ID aus (40 Hexziffern; mit /quiet nichts anderes). Eine Karte
enthält bis zu 30 Schlüssel.

  /key ALGORITHM   rsa2048 (Standard), rsa3072, p256 oder p384
  /label TEXT      ein Name für den Schlüssel

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.
</translation>
    </message>
    <message>
        <source>list a card&apos;s keys</source>
        <translation>die Schlüssel einer Karte auflisten</translation>
    </message>
    <message>
        <source>delete a key</source>
        <translation>einen Schlüssel löschen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr delkey /instance ID /key REF

  /key REF   the key&apos;s ID, a unique prefix of it (4 hex digits or more),
             or its label

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>Aufruf: tpmvscmgr delkey /instance ID /key REF

  /key REF   die ID des Schlüssels, ein eindeutiger Anfang davon (4 oder mehr
             Hexziffern) oder seine Bezeichnung

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.
</translation>
    </message>
    <message>
        <source>sign data or a digest with a key</source>
        <translation>Daten oder einen Hashwert mit einem Schlüssel signieren</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr sign /instance ID /key REF {/in FILE | /digest FILE} /out FILE
         [/hash sha256|sha384|sha512] [/pss]

  /in FILE       data to sign: tpmvscmgr hashes it with /hash
  /digest FILE   a digest already computed: raw bytes, exactly the size of
                 /hash (32, 48 or 64 bytes), not hex
  /out FILE      where the signature goes (raw bytes)
  /hash          sha256 (default), sha384 or sha512
  /pss           RSA-PSS (salt as long as the hash) instead of PKCS#1 v1.5
  /key REF       the key&apos;s ID, a unique prefix of it, or its label

ECDSA signatures are DER, as OpenSSL verifies them. Check with:
  tpmvscmgr export /instance 0 /key REF /out key.pem
  openssl dgst -sha256 -verify key.pem -signature sig.bin data.txt

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>Aufruf: tpmvscmgr sign /instance ID /key REF {/in FILE | /digest FILE} /out FILE
          [/hash sha256|sha384|sha512] [/pss]

  /in FILE       zu signierende Daten: tpmvscmgr bildet ihren Hashwert mit /hash
  /digest FILE   ein bereits berechneter Hashwert: rohe Bytes, genau so lang
                 wie /hash (32, 48 oder 64 Bytes), nicht hexadezimal
  /out FILE      wohin die Signatur geschrieben wird (rohe Bytes)
  /hash          sha256 (Standard), sha384 oder sha512
  /pss           RSA-PSS (Salt so lang wie der Hashwert) statt PKCS#1 v1.5
  /key REF       die ID des Schlüssels, ein eindeutiger Anfang davon oder seine
                 Bezeichnung

ECDSA-Signaturen sind DER-kodiert, so wie OpenSSL sie prüft. Prüfen mit:
  tpmvscmgr export /instance 0 /key REF /out key.pem
  openssl dgst -sha256 -verify key.pem -signature sig.bin data.txt

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.
</translation>
    </message>
    <message>
        <source>export a key&apos;s public key or certificate</source>
        <translation>den öffentlichen Schlüssel oder das Zertifikat exportieren</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr export /instance ID /key REF [/cert [/chain]] [/out FILE] [/der]

Writes the key&apos;s public key (SubjectPublicKeyInfo), or with /cert its
certificate, PEM unless /der, to FILE or to standard output. No PIN, no TPM
needed.

  /cert    the certificate stored with the key instead of the public key
  /chain   with /cert: the issuer certificates too, leaf first (PEM: one block
           each; /der: a PKCS#7 bundle, .p7b)
  /der     DER instead of PEM

Example:
  tpmvscmgr export /instance 0 /key logon /cert /out alice.pem
</source>
        <translation>Aufruf: tpmvscmgr export /instance ID /key REF [/cert [/chain]] [/out FILE] [/der]

Schreibt den öffentlichen Schlüssel des Schlüssels (SubjectPublicKeyInfo) oder
mit /cert sein Zertifikat, als PEM außer bei /der, in FILE oder auf die
Standardausgabe. Weder PIN noch TPM nötig.

  /cert    das mit dem Schlüssel gespeicherte Zertifikat statt des öffentlichen
           Schlüssels
  /chain   mit /cert: auch die Ausstellerzertifikate, Endzertifikat zuerst
           (PEM: je ein Block; /der: ein PKCS#7-Bündel, .p7b)
  /der     DER statt PEM

Beispiel:
  tpmvscmgr export /instance 0 /key logon /cert /out alice.pem
</translation>
    </message>
    <message>
        <source>make a certificate request (CSR) with a card key</source>
        <translation>Zertifikatanforderung (CSR) mit einem Kartenschlüssel erstellen</translation>
    </message>
    <message>
        <source>store an issued certificate with its key</source>
        <translation>ein ausgestelltes Zertifikat mit seinem Schlüssel speichern</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr import /instance ID /cert FILE [/key REF] [/cafile FILE]
         [/template NAME] [/force]

Reads the certificate the CA issued: PEM, DER or PKCS#7 (.p7b/.p7c), with its
chain if the file has one (at most 1 MiB). Shows it and the checks, then
stores it (and the chain) with the card key whose public key it carries:
  key        its public key is a key of the card (else it is refused)
  validity   expired or not yet valid: warning
  usages     key usage and EKU against the template: warning when they differ
  chain      trusted by the CA file or the system store; warning when not
Errors refuse the certificate; warnings refuse it unless /force.

  /cert FILE     the certificate file
  /key REF       the certificate must be for this key
  /cafile FILE   trusted CA certificates (PEM) instead of the system store
  /template NAME check usages against this template (default: the first that
                 fits, else smartcardlogon)
  /force         store it despite warnings

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>Aufruf: tpmvscmgr import /instance ID /cert FILE [/key REF] [/cafile FILE]
          [/template NAME] [/force]

Liest das von der CA ausgestellte Zertifikat: PEM, DER oder PKCS#7
(.p7b/.p7c), mit seiner Kette, falls die Datei eine enthält (höchstens 1 MiB).
Zeigt es und die Prüfungen an und speichert es dann (samt Kette) mit dem
Kartenschlüssel, dessen öffentlichen Schlüssel es enthält:
  key        sein öffentlicher Schlüssel ist ein Schlüssel der Karte (sonst
             wird es abgelehnt)
  validity   abgelaufen oder noch nicht gültig: Warnung
  usages     Schlüsselverwendung und EKU gegen die Vorlage: Warnung, wenn sie
             abweichen
  chain      vertrauenswürdig laut CA-Datei oder Zertifikatspeicher des
             Systems; sonst Warnung
Fehler führen zur Ablehnung des Zertifikats; Warnungen ebenfalls, außer mit
/force.

  /cert FILE     die Zertifikatsdatei
  /key REF       das Zertifikat muss für diesen Schlüssel sein
  /cafile FILE   vertrauenswürdige CA-Zertifikate (PEM) statt des
                 Zertifikatspeichers des Systems
  /template NAME Verwendungen gegen diese Vorlage prüfen (Standard: die erste
                 passende, sonst smartcardlogon)
  /force         trotz Warnungen speichern

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.
</translation>
    </message>
    <message>
        <source>list a card&apos;s certificates</source>
        <translation>die Zertifikate einer Karte auflisten</translation>
    </message>
    <message>
        <source>delete a key&apos;s certificate</source>
        <translation>das Zertifikat eines Schlüssels löschen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr deletecert /instance ID /key REF

Removes the certificate and chain stored with the key; the key stays.

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>Aufruf: tpmvscmgr deletecert /instance ID /key REF

Entfernt das Zertifikat und die Kette, die mit dem Schlüssel gespeichert sind;
der Schlüssel bleibt erhalten.

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.
</translation>
    </message>
    <message>
        <source>let the TPM count an older card&apos;s PIN tries</source>
        <translation>die PIN-Versuche einer älteren Karte vom TPM zählen lassen</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr upgrade /instance ID [/AdminKey PROMPT]
                 [/OwnerAuth PROMPT]

A card made by an older tpmvsc keeps its try counters in its file. This
moves them into the TPM (NV indices of the card), so that restoring old
copies of the file gains no guesses and a changed PIN is dead. The keys
stay. The PIN is asked, and the PUK when the card has one. The card&apos;s
old admin resets are dropped (they opened the card without changing
its PIN); give /AdminKey PROMPT to prepare new ones. Copies of the card
file made before the upgrade still hold the old objects: keep none.

  /instance ID        the card
  /AdminKey PROMPT    the card&apos;s admin key (48 hex digits, or DEFAULT)
  /OwnerAuth PROMPT   asks for the TPM owner&apos;s password, when it has one

Secrets, when standard input is not a terminal (one line each, in this
order): PIN, PUK (when the card has one), admin key (with /AdminKey),
owner password (with /OwnerAuth).
</source>
        <translation>Aufruf: tpmvscmgr upgrade /instance ID [/AdminKey PROMPT]
                  [/OwnerAuth PROMPT]

Eine von einem älteren tpmvsc erstellte Karte führt ihre Versuchszähler in
ihrer Datei. Dieser Befehl verlegt sie ins TPM (NV-Indizes der Karte), sodass
das Zurückspielen alter Kopien der Datei keine zusätzlichen Rateversuche
bringt und eine alte, inzwischen geänderte PIN nicht mehr funktioniert. Die
Schlüssel bleiben erhalten. Die PIN wird abgefragt, und die PUK, falls die
Karte eine hat. Die alten Admin-Zurücksetzungen der Karte werden verworfen
(sie öffneten die Karte, ohne ihre PIN zu ändern); geben Sie /AdminKey PROMPT
an, um neue vorzubereiten. Kopien der Kartendatei von vor dem Upgrade
enthalten noch die alten Objekte: Bewahren Sie keine davon auf.

  /instance ID        die Karte
  /AdminKey PROMPT    der Administratorschlüssel der Karte (48 Hexziffern oder
                      DEFAULT)
  /OwnerAuth PROMPT   fragt nach dem TPM-Besitzerkennwort, falls es eines gibt

Geheimnisse, wenn die Standardeingabe kein Terminal ist (je eine Zeile, in
dieser Reihenfolge): PIN, PUK (falls die Karte eine hat), Administratorschlüssel
(bei /AdminKey), Besitzerkennwort (bei /OwnerAuth).
</translation>
    </message>
    <message>
        <source>finish interrupted work, find left-over indices</source>
        <translation>unterbrochene Vorgänge abschließen, übrige Indizes finden</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr cleanup [/remove HANDLE] [/OwnerAuth PROMPT]

Finishes a card creation or destruction that a crash interrupted
(such a card is removed, with its NV indices), then lists the NV
indices in tpmvsc&apos;s handle block (0x01355600-0x013559ff) that none of
your cards uses. Other users&apos; cards use the same block and the TPM
cannot tell whose an index is, so nothing listed is removed unless you
name it:

  /remove HANDLE      removes that index (e.g. /remove 0x01355600)
  /OwnerAuth PROMPT   asks for the TPM owner&apos;s password, when it has one
</source>
        <translation>Aufruf: tpmvscmgr cleanup [/remove HANDLE] [/OwnerAuth PROMPT]

Schließt eine Kartenerstellung oder -vernichtung ab, die ein Absturz
unterbrochen hat (eine solche Karte wird samt ihren NV-Indizes entfernt), und
listet dann die NV-Indizes im Handle-Block von tpmvsc (0x01355600-0x013559ff)
auf, die keine Ihrer Karten verwendet. Karten anderer Benutzer verwenden
denselben Block, und das TPM kann nicht erkennen, wem ein Index gehört; daher
wird nichts Aufgelistetes entfernt, solange Sie es nicht angeben:

  /remove HANDLE      entfernt diesen Index (z. B. /remove 0x01355600)
  /OwnerAuth PROMPT   fragt nach dem TPM-Besitzerkennwort, falls es eines gibt
</translation>
    </message>
    <message>
        <source>list the certificate templates</source>
        <translation>die Zertifikatvorlagen auflisten</translation>
    </message>
    <message>
        <source>Exit status:
</source>
        <translation>Exit-Status:
</translation>
    </message>
    <message>
        <source>tpmvscmgr: TPM virtual smart cards (Linux counterpart of Windows&apos; tpmvscmgr).

Usage: tpmvscmgr [GLOBAL OPTIONS] COMMAND [OPTIONS]
       tpmvscmgr COMMAND /?       help on one command

Commands:
</source>
        <translation>tpmvscmgr: virtuelle TPM-Smartcards (Linux-Gegenstück des Windows-tpmvscmgr).

Aufruf: tpmvscmgr [GLOBAL OPTIONS] COMMAND [OPTIONS]
        tpmvscmgr COMMAND /?       Hilfe zu einem Befehl

Befehle:
</translation>
    </message>
    <message>
        <source>
See also: man tpmvscmgr
</source>
        <translation>
Siehe auch: man tpmvscmgr
</translation>
    </message>
    <message>
        <source>Cannot read the %1 from standard input: %2</source>
        <translation>%1 konnte nicht von der Standardeingabe gelesen werden: %2</translation>
    </message>
    <message>
        <source>End of input before the %1. When standard input is not a terminal, each secret is one line, in the order the command&apos;s help lists.</source>
        <translation>%1 fehlt: Die Eingabe endete vorher. Wenn die Standardeingabe kein Terminal ist, ist jedes Geheimnis eine Zeile, in der Reihenfolge, die die Hilfe des Befehls angibt.</translation>
    </message>
    <message>
        <source>The %1 is too long (more than %2 characters).</source>
        <translation>%1 ist zu lang (mehr als %2 Zeichen).</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>The two entries of the %1 differ.</source>
        <translation>%1: Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Attestation key</source>
        <translation>Attestierungsschlüssel</translation>
    </message>
    <message>
        <source>%1 takes AIK_ONLY or AIK_AND_CERT, not &quot;%2&quot;.</source>
        <translation>%1 erwartet AIK_ONLY oder AIK_AND_CERT, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes hexadecimal digits; &quot;%2&quot; at position %3 is not one.</source>
        <translation>%1 erwartet Hexadezimalziffern; „%2“ an Position %3 ist keine.</translation>
    </message>
    <message>
        <source>%1 needs whole bytes: an even number of hexadecimal digits, not %2.</source>
        <translation>%1 braucht ganze Bytes: eine gerade Anzahl Hexadezimalziffern, nicht %2.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a nonce is at most %3 bytes (%4 hexadecimal digits).</source>
        <translation>%1 ist %2 Byte lang; eine Nonce hat höchstens %3 Byte (%4 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>%1 already has an attestation key; a card has one.</source>
        <translation>%1 hat bereits einen Attestierungsschlüssel; eine Karte hat nur einen.</translation>
    </message>
    <message>
        <source>Creating the attestation key in the TPM...</source>
        <translation>Der Attestierungsschlüssel wird im TPM erzeugt...</translation>
    </message>
    <message>
        <source>%1 has an attestation key: `tpmvscmgr attest` certifies its keys with it.</source>
        <translation>%1 hat einen Attestierungsschlüssel: `tpmvscmgr attest` bestätigt damit ihre Schlüssel.</translation>
    </message>
    <message>
        <source>Evidence for key %1 written to %2.</source>
        <translation>Nachweis für Schlüssel %1 in %2 geschrieben.</translation>
    </message>
    <message>
        <source>give a card an attestation key</source>
        <translation>einer Karte einen Attestierungsschlüssel geben</translation>
    </message>
    <message>
        <source>prove that a card key lives in the TPM</source>
        <translation>beweisen, dass ein Kartenschlüssel im TPM liegt</translation>
    </message>
    <message>
        <source>verifyattestation needs exactly one of /in FILE (an evidence file) and /request FILE (a certificate request that carries the evidence).</source>
        <translation>verifyattestation braucht genau eines von /in DATEI (eine Nachweisdatei) und /request DATEI (eine Zertifikatsanforderung, die den Nachweis enthält).</translation>
    </message>
    <message>
        <source>%1 goes with /in: a request&apos;s statement must be about the request&apos;s own key.</source>
        <translation>%1 gehört zu /in: Die Aussage einer Anforderung muss den eigenen Schlüssel der Anforderung betreffen.</translation>
    </message>
    <message>
        <source>%1 goes with /request: an evidence file names its attestation key.</source>
        <translation>%1 gehört zu /request: Eine Nachweisdatei nennt ihren Attestierungsschlüssel selbst.</translation>
    </message>
    <message>
        <source>not checked (no /roots)</source>
        <translation>nicht geprüft (kein /roots)</translation>
    </message>
    <message>
        <source>(empty subject)</source>
        <translation>(leerer Inhaber)</translation>
    </message>
    <message>
        <source>%1, chains to the root %2</source>
        <translation>%1, führt zur Wurzel %2</translation>
    </message>
    <message>
        <source>the certificate request&apos;s own key</source>
        <translation>der eigene Schlüssel der Zertifikatsanforderung</translation>
    </message>
    <message>
        <source>the one given with /key</source>
        <translation>der mit /key angegebene</translation>
    </message>
    <message>
        <source>not compared (no /key)</source>
        <translation>nicht verglichen (kein /key)</translation>
    </message>
    <message>
        <source>Verified: the TPM holds the key, made inside it and unable to leave it.
</source>
        <translation>Bestätigt: Das TPM hält den Schlüssel, in ihm erzeugt und unfähig, es zu verlassen.
</translation>
    </message>
    <message>
        <source>Certified key:</source>
        <translation>Bestätigter Schlüssel:</translation>
    </message>
    <message>
        <source>Its Name:</source>
        <translation>Sein Name:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>fixedTPM, fixedParent, sensitiveDataOrigin, not restricted</source>
        <translation>fixedTPM, fixedParent, sensitiveDataOrigin, nicht restricted</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>the AIK, %1 (%2)</source>
        <translation>dem AIK, %1 (%2)</translation>
    </message>
    <message>
        <source>Nonce:</source>
        <translation>Nonce:</translation>
    </message>
    <message>
        <source>AIK certificate:</source>
        <translation>AIK-Zertifikat:</translation>
    </message>
    <message>
        <source>Key is:</source>
        <translation>Schlüssel ist:</translation>
    </message>
    <message>
        <source>TPM firmware:</source>
        <translation>TPM-Firmware:</translation>
    </message>
    <message>
        <source>the evidence does not prove what it claims</source>
        <translation>der Nachweis belegt nicht, was er behauptet</translation>
    </message>
    <message>
        <source>check TPM evidence that a key lives in a TPM</source>
        <translation>TPM-Nachweis prüfen, dass ein Schlüssel in einem TPM liegt</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr verifyattestation /in FILE [/roots FILE] [/nonce HEX]
         [/key PEM]
       tpmvscmgr verifyattestation /request CSR [/aik PEM] [/roots FILE]
         [/nonce HEX]

Checks, as a relying party or a CA would, that a TPM certified a key with its
attestation key (AIK): the AIK&apos;s signature over certInfo, TPM_GENERATED and
TPM_ST_ATTEST_CERTIFY, the certified Name equal to the Name of pubArea, the key
fixedTPM, fixedParent and sensitiveDataOrigin and not restricted, the nonce,
and with /roots the AIK&apos;s certificate chain. Any failed check is named and
ends with exit status 13. No TPM and no card are needed.

  /in FILE       an evidence file, as tpmvscmgr attest writes it
  /request CSR   a certificate request (PEM or DER) carrying the evidence; its
                 key must be the certified key
  /aik PEM       the AIK&apos;s public key (with /request; default: the request&apos;s
                 certificate whose key verifies the statement)
  /roots FILE    trusted roots of the AIK&apos;s certificate (PEM or DER)
  /nonce HEX     the nonce the TPM must have signed (default: none)
  /key PEM       the certified key must be this public key (with /in)
</source>
        <translation>Aufruf: tpmvscmgr verifyattestation /in DATEI [/roots DATEI] [/nonce HEX]
         [/key PEM]
       tpmvscmgr verifyattestation /request CSR [/aik PEM] [/roots DATEI]
         [/nonce HEX]

Prüft wie eine vertrauende Partei oder eine CA, dass ein TPM einen Schlüssel mit
seinem Attestierungsschlüssel (AIK) bestätigt hat: die Signatur des AIK über
certInfo, TPM_GENERATED und TPM_ST_ATTEST_CERTIFY, den bestätigten Namen gleich
dem Namen von pubArea, den Schlüssel fixedTPM, fixedParent und
sensitiveDataOrigin und nicht restricted, die Nonce und mit /roots die
Zertifikatskette des AIK. Jede fehlgeschlagene Prüfung wird genannt und endet
mit Exit-Status 13. Weder TPM noch Karte sind nötig.

  /in DATEI      eine Nachweisdatei, wie tpmvscmgr attest sie schreibt
  /request CSR   eine Zertifikatsanforderung (PEM oder DER) mit dem Nachweis;
                 ihr Schlüssel muss der bestätigte Schlüssel sein
  /aik PEM       der öffentliche Schlüssel des AIK (mit /request; sonst das
                 Zertifikat der Anforderung, dessen Schlüssel die Aussage bestätigt)
  /roots DATEI   vertrauenswürdige Wurzeln des AIK-Zertifikats (PEM oder DER)
  /nonce HEX     die Nonce, die das TPM signiert haben muss (sonst: keine)
  /key PEM       der bestätigte Schlüssel muss dieser öffentliche Schlüssel sein
                 (mit /in)
</translation>
    </message>
    <message>
        <source>Verified, if the AIK is a TPM&apos;s: the statement is sound, but without /roots nothing shows that the AIK belongs to a real TPM.
</source>
        <translation>Bestätigt, sofern der AIK zu einem TPM gehört: Die Aussage ist schlüssig, aber ohne /roots zeigt nichts, dass der AIK zu einem echten TPM gehört.
</translation>
    </message>
    <message>
        <source>%1 goes into a request for a CA; a self-signed certificate cannot carry it.</source>
        <translation>%1 gehört in eine Anforderung an eine CA; ein selbstsigniertes Zertifikat kann es nicht tragen.</translation>
    </message>
    <message>
        <source>%1 has no attestation key. Add one with `tpmvscmgr attestation /instance %2 /add AIK_ONLY` first.</source>
        <translation>%1 hat keinen Attestierungsschlüssel. Fügen Sie zuerst einen mit `tpmvscmgr attestation /instance %2 /add AIK_ONLY` hinzu.</translation>
    </message>
    <message>
        <source>It carries the attestation key&apos;s proof that the key lives in the TPM (verify it with tpmvscmgr verifyattestation /request).</source>
        <translation>Sie trägt den Nachweis des Attestierungsschlüssels, dass der Schlüssel im TPM liegt (prüfen mit tpmvscmgr verifyattestation /request).</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr request /instance ID /template NAME /subject DN [/san NAME]...
         [/key ALGORITHM | /usekey REF] [/label TEXT] [/hash HASH] [/pss]
         [/selfsigned [/days N] | /attest] /out FILE [/der]

Generates a key in the TPM (or uses one already on the card) and writes a
PKCS#10 request signed by it. The private key never leaves the TPM. If the
request cannot be made, no key is left on the card. Everything given is
checked before the PIN is asked for.

  /template NAME   what the certificate is for: smartcardlogon, signature,
                   clientauth, smime, or your own (tpmvscmgr templates)
  /subject DN      RFC 4514, most specific first: &quot;CN=Alice,O=Example,C=DE&quot;
                   (CN, O, OU, L, ST, C, DC, emailAddress, ...; UTF-8 welcome;
                   escape , + &quot; \ &lt; &gt; ; with a backslash). May be &quot;&quot; when a
                   /san names the subject
  /san NAME        a subject alternative name: upn:alice@example.com,
                   email:alice@example.com or dns:host.example.com. Repeat
                   /san, or give several separated by commas
  /key ALGORITHM   a new key: rsa2048, rsa3072, p256 or p384 (default: the
                   template&apos;s first choice)
  /usekey REF      sign with this key of the card instead (ID, prefix, label)
  /label TEXT      the new key&apos;s label
  /hash HASH       sha256, sha384 or sha512 (default: the template&apos;s; sha384
                   for P-384)
  /pss             RSA-PSS instead of PKCS#1 v1.5 (RSA keys)
  /selfsigned      also make a self-signed certificate and store it on the
                   card with the key (tests, standalone use)
  /days N          its validity in days (default: the template&apos;s)
  /attest          the card&apos;s attestation key certifies the key, and the
                   request carries that proof (draft-ietf-lamps-csr-attestation)
  /out FILE        where the request goes, PEM unless /der

Prints the key ID (with /quiet nothing else).

Secrets, when standard input is not a terminal (one line):
  PIN.

Example:
  tpmvscmgr request /instance 0 /template smartcardlogon /subject &quot;CN=Alice&quot;
            /san upn:alice@corp.example.com /key rsa2048 /out alice.csr
</source>
        <translation>Aufruf: tpmvscmgr request /instance ID /template NAME /subject DN [/san NAME]...
          [/key ALGORITHM | /usekey REF] [/label TEXT] [/hash HASH] [/pss]
          [/selfsigned [/days N] | /attest] /out FILE [/der]

Erzeugt einen Schlüssel im TPM (oder verwendet einen, der schon auf der Karte
ist) und schreibt eine damit signierte PKCS#10-Anforderung. Der private
Schlüssel verlässt das TPM nie. Kann die Anforderung nicht erstellt werden,
bleibt kein Schlüssel auf der Karte zurück. Alle Angaben werden geprüft, bevor
nach der PIN gefragt wird.

  /template NAME   wofür das Zertifikat ist: smartcardlogon, signature,
                   clientauth, smime oder eine eigene (tpmvscmgr templates)
  /subject DN      RFC 4514, das spezifischste zuerst: &quot;CN=Alice,O=Example,C=DE&quot;
                   (CN, O, OU, L, ST, C, DC, emailAddress, ...; UTF-8 ist
                   willkommen; , + &quot; \ &lt; &gt; ; mit einem Backslash maskieren).
                   Darf &quot;&quot; sein, wenn ein /san den Inhaber benennt
  /san NAME        ein alternativer Name des Inhabers: upn:alice@example.com,
                   email:alice@example.com oder dns:host.example.com. /san
                   wiederholen oder mehrere durch Kommas getrennt angeben
  /key ALGORITHM   ein neuer Schlüssel: rsa2048, rsa3072, p256 oder p384
                   (Standard: die erste Wahl der Vorlage)
  /usekey REF      stattdessen mit diesem Schlüssel der Karte signieren (ID,
                   Anfang der ID, Bezeichnung)
  /label TEXT      die Bezeichnung des neuen Schlüssels
  /hash HASH       sha256, sha384 oder sha512 (Standard: der der Vorlage;
                   sha384 bei P-384)
  /pss             RSA-PSS statt PKCS#1 v1.5 (RSA-Schlüssel)
  /selfsigned      auch ein selbstsigniertes Zertifikat erstellen und mit dem
                   Schlüssel auf der Karte speichern (für Tests, eigenständige
                   Nutzung)
  /days N          seine Gültigkeit in Tagen (Standard: die der Vorlage)
  /attest          der Attestierungsschlüssel der Karte bestätigt den Schlüssel,
                   und die Anforderung trägt diesen Nachweis
                   (draft-ietf-lamps-csr-attestation)
  /out FILE        wohin die Anforderung geschrieben wird, als PEM außer bei
                   /der

Gibt die Schlüssel-ID aus (mit /quiet nichts anderes).

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.

Beispiel:
  tpmvscmgr request /instance 0 /template smartcardlogon /subject &quot;CN=Alice&quot;
            /san upn:alice@corp.example.com /key rsa2048 /out alice.csr
</translation>
    </message>
    <message>
        <source>yes, certified by %1</source>
        <translation>ja, zertifiziert von %1</translation>
    </message>
    <message>
        <source>%1 goes with AIK_AND_CERT: only an attestation key with a certificate comes from an attestation CA.</source>
        <translation>%1 gehört zu AIK_AND_CERT: Nur ein Attestierungsschlüssel mit Zertifikat kommt von einer Attestierungs-CA.</translation>
    </message>
    <message>
        <source>%1 has an attestation key, certified by %2: `tpmvscmgr attest` certifies its keys with it.</source>
        <translation>%1 hat einen Attestierungsschlüssel, zertifiziert von %2: `tpmvscmgr attest` bestätigt damit ihre Schlüssel.</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr attestation /instance ID /add AIK_ONLY
       tpmvscmgr attestation /instance ID /add AIK_AND_CERT
                             /attestationca URL

Gives a card made without /attestation an attestation key (AIK): a
restricted signing key of the TPM (ECC P-256) that signs only what the
TPM itself says, kept with the card and usable with its PIN. A card
has one AIK.

  /add AIK_ONLY       make the attestation key
  /add AIK_AND_CERT   make it and have the attestation CA at
                      /attestationca URL certify it: the CA checks the
                      TPM&apos;s endorsement key certificate, and only this
                      TPM can open its answer (credential activation).
                      A refusal leaves the card without an AIK.

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>Aufruf: tpmvscmgr attestation /instance ID /add AIK_ONLY
        tpmvscmgr attestation /instance ID /add AIK_AND_CERT
                              /attestationca URL

Gibt einer Karte, die ohne /attestation erstellt wurde, einen
Attestierungsschlüssel (AIK): einen eingeschränkten Signaturschlüssel des TPM
(ECC P-256), der nur signiert, was das TPM selbst aussagt, bei der Karte
aufbewahrt und mit ihrer PIN verwendbar. Eine Karte hat einen AIK.

  /add AIK_ONLY       den Attestierungsschlüssel erzeugen
  /add AIK_AND_CERT   ihn erzeugen und von der Attestierungs-CA unter
                      /attestationca URL zertifizieren lassen: Die CA prüft
                      das Endorsement-Key-Zertifikat des TPM, und nur dieses
                      TPM kann ihre Antwort öffnen (Credential-Aktivierung).
                      Eine Ablehnung lässt die Karte ohne AIK.

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr attest /instance ID /key REF [/nonce HEX] /out FILE

The card&apos;s attestation key certifies the key (TPM2_Certify) and the
evidence is written as JSON, named as WebAuthn&apos;s &quot;tpm&quot; attestation
statement: certInfo (the TPM&apos;s TPMS_ATTEST), sig (the AIK&apos;s ECDSA
signature over it), pubArea (the key&apos;s TPM public area), aikPublic (PEM)
and ekCertificate when the TPM has one; x5c holds the AIK&apos;s certificate
and its issuers when an attestation CA certified the AIK.

  /key REF     the key&apos;s ID, a unique prefix of it, or its label
  /nonce HEX   up to 32 bytes a verifier chose, returned in certInfo as
               extraData; without it extraData is empty
  /out FILE    where the evidence goes (written whole or not at all)

The card needs an attestation key: /attestation AIK_ONLY at creation, or
tpmvscmgr attestation /add AIK_ONLY.

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>Aufruf: tpmvscmgr attest /instance ID /key REF [/nonce HEX] /out FILE

Der Attestierungsschlüssel der Karte bestätigt den Schlüssel (TPM2_Certify),
und der Nachweis wird als JSON geschrieben, benannt wie WebAuthns
„tpm“-Attestierungsaussage: certInfo (TPMS_ATTEST des TPM), sig (die
ECDSA-Signatur des AIK darüber), pubArea (der öffentliche TPM-Bereich des
Schlüssels), aikPublic (PEM) und ekCertificate, wenn das TPM eines hat;
x5c enthält das Zertifikat des AIK und seiner Aussteller, wenn eine
Attestierungs-CA den AIK zertifiziert hat.

  /key REF     die ID des Schlüssels, ein eindeutiger Anfang davon oder sein Label
  /nonce HEX   bis zu 32 Byte, die ein Prüfer gewählt hat; sie kommen in
               certInfo als extraData zurück; ohne sie ist extraData leer
  /out FILE    wohin der Nachweis geht (ganz oder gar nicht geschrieben)

Die Karte braucht einen Attestierungsschlüssel: /attestation AIK_ONLY beim
Erstellen oder tpmvscmgr attestation /add AIK_ONLY.

Geheimnisse, wenn die Standardeingabe kein Terminal ist (eine Zeile):
  PIN.
</translation>
    </message>
    <message>
        <source>%1 needs a host name as ssh takes it: HOST, USER@HOST or a Host of the ssh configuration.</source>
        <translation>%1 braucht einen Rechnernamen, wie ssh ihn annimmt: HOST, USER@HOST oder einen Host der ssh-Konfiguration.</translation>
    </message>
    <message>
        <source>%1 does not apply to %2: it reads or writes files on this machine, or needs no card. To run it on the other machine, log in there:
  %3</source>
        <translation>%1 gilt nicht für %2: Der Befehl liest oder schreibt Dateien auf diesem Rechner oder braucht keine Karte. Um ihn auf dem anderen Rechner auszuführen, melden Sie sich dort an:
  %3</translation>
    </message>
    <message>
        <source>%1 takes rsa2048 or rsa3072, not &quot;%2&quot;.</source>
        <translation>%1 akzeptiert rsa2048 oder rsa3072, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes the CA certificate&apos;s SHA-256 fingerprint: 64 hex digits, with or without colons.</source>
        <translation>%1 erwartet den SHA-256-Fingerabdruck des CA-Zertifikats: 64 Hexziffern, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>CA certificate SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck des CA-Zertifikats: %1</translation>
    </message>
    <message>
        <source>Enter the challenge password: </source>
        <translation>Challenge-Kennwort eingeben: </translation>
    </message>
    <message>
        <source>challenge password</source>
        <translation>Challenge-Kennwort</translation>
    </message>
    <message>
        <source>Generating a %1 key in the TPM and enrolling it with the CA (template %2)...</source>
        <translation>Ein %1-Schlüssel wird im TPM erzeugt und bei der CA ein Zertifikat dafür beantragt (Vorlage %2) …</translation>
    </message>
    <message>
        <source>The CA issued this certificate; it is stored on the card with the key:</source>
        <translation>Die CA hat dieses Zertifikat ausgestellt; es ist mit dem Schlüssel auf der Karte gespeichert:</translation>
    </message>
    <message>
        <source>a machine or service on the network cannot be reached (the attestation CA, the host of /machine)</source>
        <translation>ein Rechner oder Dienst im Netzwerk ist nicht erreichbar (die Attestierungs-CA, der Rechner von /machine)</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr create /name NAME /AdminKey {DEFAULT|PROMPT|RANDOM}
         [/PIN {DEFAULT|PROMPT}] [/PUK {DEFAULT|PROMPT}] [/generate]
         [/pinpolicy KEYWORD VALUE ...] [/pintries N] [/adminresets N]
         [/OwnerAuth PROMPT] [/attestation AIK_ONLY]
         [/attestation AIK_AND_CERT /attestationca URL] [/quiet] [/json]
         [/machine HOST]

Creates a card whose keys live in the TPM and prints its instance ID,
ROOT\SMARTCARDREADER\000n (n from 0, +1 per card, never reused).

  /name NAME          required; the card&apos;s name
  /AdminKey DEFAULT   the well-known key 010203040506070801020304050607080102030405060708
  /AdminKey PROMPT    asks for a 48-hex-digit admin key
  /AdminKey RANDOM    a random key nobody learns: the PIN can never be reset
  /PIN DEFAULT        the PIN 12345678 (also when /PIN is omitted)
  /PIN PROMPT         asks for the PIN
  /PUK DEFAULT        the PUK 12345678; /PUK PROMPT asks for it;
                      without /PUK the card has no PUK
  /generate           create the card&apos;s file system now (without it, the card
                      needs `tpmvscmgr initialize` before it holds keys)
  /pinpolicy          pairs up to the next option:
                        minlen N (default 8, at least 4)
                        maxlen N (default 127, at most 127)
                        uppercase|lowercase|digits|specialchars
                          ALLOWED|DISALLOWED|REQUIRED (default ALLOWED)
                      PIN characters are printable ASCII.
  /pintries N         wrong PINs before the card blocks (1-10, default 5); the TPM
                      counts them itself, in an NV index of the card&apos;s
  /OwnerAuth PROMPT   asks for the TPM owner&apos;s password, needed when the owner
                      hierarchy has one (the card&apos;s NV indices are made there)
  /adminresets N      admin PIN resets prepared now, while the admin key is known
                      (0-100, default 10; always 0 with /AdminKey RANDOM)
  /attestation AIK_ONLY  the card gets an attestation key (AIK), a TPM key that
                      certifies the card&apos;s keys (tpmvscmgr attest)
  /attestation AIK_AND_CERT  the same, and the attestation CA at
                      /attestationca URL certifies the AIK after checking the
                      TPM&apos;s endorsement key certificate (credential activation);
                      without the CA&apos;s certificate no card is made
  /json               print the new card&apos;s status as one JSON document
  /machine HOST       create the card on HOST, over ssh (see tpmvscmgr /?)

PINs and PUKs have at least 8 characters. With /quiet only the instance ID is
printed.

Secrets, when standard input is not a terminal (one line each, in this order):
  admin key (if /AdminKey PROMPT), PIN (if /PIN PROMPT), PUK (if /PUK PROMPT).
On a terminal each is asked twice, without echo.

Examples:
  tpmvscmgr create /name TestVSC /pin default /adminkey random /generate
  tpmvscmgr create /name &quot;VirtualSmartCardForCorpAccess&quot; /AdminKey DEFAULT /PIN PROMPT
  tpmvscmgr create /name &quot;VirtualSmartCardForCorpAccess&quot; /AdminKey PROMPT /PIN PROMPT
  tpmvscmgr create /name CorpCard /PIN PROMPT /pinpolicy minlen 4 maxlen 8 /AdminKey DEFAULT /generate
  printf &apos;%s\n&apos; 24681357 | tpmvscmgr create /name Scripted /adminkey default /pin prompt /generate /quiet
</source>
        <translation>Aufruf: tpmvscmgr create /name NAME /AdminKey {DEFAULT|PROMPT|RANDOM}
          [/PIN {DEFAULT|PROMPT}] [/PUK {DEFAULT|PROMPT}] [/generate]
          [/pinpolicy KEYWORD VALUE ...] [/pintries N] [/adminresets N]
          [/OwnerAuth PROMPT] [/attestation AIK_ONLY]
          [/attestation AIK_AND_CERT /attestationca URL] [/quiet] [/json]
          [/machine HOST]

Erstellt eine Karte, deren Schlüssel im TPM liegen, und gibt ihre Instanz-ID
aus: ROOT\SMARTCARDREADER\000n (n ab 0, +1 je Karte, nie wiederverwendet).

  /name NAME          erforderlich; der Name der Karte
  /AdminKey DEFAULT   der allgemein bekannte Schlüssel
                      010203040506070801020304050607080102030405060708
  /AdminKey PROMPT    fragt nach einem Administratorschlüssel aus 48 Hexziffern
  /AdminKey RANDOM    ein zufälliger Schlüssel, den niemand erfährt: Die PIN
                      kann nie zurückgesetzt werden
  /PIN DEFAULT        die PIN 12345678 (auch wenn /PIN fehlt)
  /PIN PROMPT         fragt nach der PIN
  /PUK DEFAULT        die PUK 12345678; /PUK PROMPT fragt nach ihr;
                      ohne /PUK hat die Karte keine PUK
  /generate           das Dateisystem der Karte jetzt erstellen (ohne diese
                      Option braucht die Karte `tpmvscmgr initialize`, bevor
                      sie Schlüssel aufnehmen kann)
  /pinpolicy          Paare bis zur nächsten Option:
                        minlen N (Standard 8, mindestens 4)
                        maxlen N (Standard 127, höchstens 127)
                        uppercase|lowercase|digits|specialchars
                          ALLOWED|DISALLOWED|REQUIRED (Standard ALLOWED)
                      PIN-Zeichen sind druckbare ASCII-Zeichen.
  /pintries N         falsche PINs, bevor die Karte gesperrt wird (1-10,
                      Standard 5); das TPM zählt sie selbst, in einem NV-Index
                      der Karte
  /OwnerAuth PROMPT   fragt nach dem TPM-Besitzerkennwort; nötig, wenn die
                      Besitzerhierarchie eines hat (dort werden die NV-Indizes
                      der Karte angelegt)
  /adminresets N      jetzt vorbereitete Admin-Zurücksetzungen der PIN, solange
                      der Administratorschlüssel bekannt ist (0-100, Standard
                      10; bei /AdminKey RANDOM immer 0)
  /attestation AIK_ONLY  die Karte erhält einen Attestierungsschlüssel (AIK),
                      einen TPM-Schlüssel, der die Schlüssel der Karte
                      bestätigt (tpmvscmgr attest)
  /attestation AIK_AND_CERT  ebenso, und die Attestierungs-CA unter
                      /attestationca URL zertifiziert den AIK, nachdem sie das
                      Endorsement-Key-Zertifikat des TPM geprüft hat
                      (Credential-Aktivierung); ohne das Zertifikat der CA
                      entsteht keine Karte
  /json               den Status der neuen Karte als ein JSON-Dokument ausgeben
  /machine HOST       die Karte über ssh auf HOST erstellen (siehe tpmvscmgr /?)

PINs und PUKs haben mindestens 8 Zeichen. Mit /quiet wird nur die Instanz-ID
ausgegeben.

Geheimnisse, wenn die Standardeingabe kein Terminal ist (je eine Zeile, in
dieser Reihenfolge):
  Administratorschlüssel (bei /AdminKey PROMPT), PIN (bei /PIN PROMPT),
  PUK (bei /PUK PROMPT).
Auf einem Terminal wird jedes zweimal ohne Echo abgefragt.

Beispiele:
  tpmvscmgr create /name TestVSC /pin default /adminkey random /generate
  tpmvscmgr create /name &quot;VirtualSmartCardForCorpAccess&quot; /AdminKey DEFAULT /PIN PROMPT
  tpmvscmgr create /name &quot;VirtualSmartCardForCorpAccess&quot; /AdminKey PROMPT /PIN PROMPT
  tpmvscmgr create /name CorpCard /PIN PROMPT /pinpolicy minlen 4 maxlen 8 /AdminKey DEFAULT /generate
  printf &apos;%s\n&apos; 24681357 | tpmvscmgr create /name Scripted /adminkey default /pin prompt /generate /quiet
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr destroy /instance ID [/OwnerAuth PROMPT] [/quiet]
         [/machine HOST]

Deletes the card: its NV indices in the TPM, then its file. Its keys
and certificates cannot be recovered. Its instance number is never
given to another card.

  /instance ID        ROOT\SMARTCARDREADER\000n as create printed it, or n
  /OwnerAuth PROMPT   asks for the TPM owner&apos;s password, when it has one

No card secret is asked (as on Windows).

Example:
  tpmvscmgr destroy /instance ROOT\SMARTCARDREADER\0000
</source>
        <translation>Aufruf: tpmvscmgr destroy /instance ID [/OwnerAuth PROMPT] [/quiet]
          [/machine HOST]

Löscht die Karte: zuerst ihre NV-Indizes im TPM, dann ihre Datei. Ihre
Schlüssel und Zertifikate lassen sich nicht wiederherstellen. Ihre
Instanznummer wird nie an eine andere Karte vergeben.

  /instance ID        ROOT\SMARTCARDREADER\000n, wie create sie ausgegeben hat,
                      oder n
  /OwnerAuth PROMPT   fragt nach dem TPM-Besitzerkennwort, falls es eines gibt

Es wird kein Geheimnis der Karte abgefragt (wie unter Windows).

Beispiel:
  tpmvscmgr destroy /instance ROOT\SMARTCARDREADER\0000
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr list [/quiet] [/json]

One line per card: instance ID, name, state (ready, blocked, no file
system), PIN tries left, admin resets left, number of keys. With /quiet
only the instance IDs; with /json every card&apos;s status as one JSON
document. Reads the store only; no TPM needed.
</source>
        <translation>Aufruf: tpmvscmgr list [/quiet] [/json]

Eine Zeile je Karte: Instanz-ID, Name, Status (bereit, gesperrt, kein
Dateisystem), verbleibende PIN-Versuche, verbleibende Admin-Zurücksetzungen,
Anzahl der Schlüssel. Mit /quiet nur die Instanz-IDs; mit /json der Status
aller Karten als ein JSON-Dokument. Liest nur den Kartenspeicher; kein TPM
nötig.
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr status /instance ID [/json]

Name, instance, creation time, PIN policy, PIN tries left, PUK, admin
key kind, admin resets left, blocked, file system, attestation key,
keys, certificates; with /json as one JSON document.
Reads the store only; no TPM needed.
</source>
        <translation>Aufruf: tpmvscmgr status /instance ID [/json]

Name, Instanz, Erstellungszeit, PIN-Richtlinie, verbleibende PIN-Versuche,
PUK, Art des Administratorschlüssels, verbleibende Admin-Zurücksetzungen,
gesperrt, Dateisystem, Attestierungsschlüssel, Schlüssel, Zertifikate; mit
/json als ein JSON-Dokument. Liest nur den Kartenspeicher; kein TPM nötig.
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr keys /instance ID [/json]

One line per key: ID, algorithm, creation time, certificate, label.
With /quiet only the IDs; with /json one JSON document. No TPM needed.
</source>
        <translation>Aufruf: tpmvscmgr keys /instance ID [/json]

Eine Zeile je Schlüssel: ID, Algorithmus, Erstellungszeit, Zertifikat,
Bezeichnung. Mit /quiet nur die IDs; mit /json ein JSON-Dokument. Kein TPM
nötig.
</translation>
    </message>
    <message>
        <source>get a certificate for a new card key from a CA (SCEP)</source>
        <translation>ein Zertifikat für einen neuen Kartenschlüssel bei einer CA beantragen (SCEP)</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr enroll /instance ID /url URL /template NAME /subject DN
         [/san NAME]... [/challenge PROMPT] [/key rsa2048|rsa3072] [/label TEXT]
         [/cafingerprint SHA256]

Enrolls with a CA through SCEP (RFC 8894): asks the CA for its capabilities and
certificate and prints the certificate&apos;s SHA-256 fingerprint, then generates an
RSA key in the TPM, sends the request signed by it, and stores the certificate
the CA issues (checked: the key&apos;s, chaining to the CA) with the key and the CA
certificate in one card write. A refused or failed enrollment leaves no key.
A request the CA puts on hold is not waited for yet.

  /url URL           the SCEP service, e.g. http://ca.example.com/scep
  /template NAME     the usages the request asks for (tpmvscmgr templates)
  /subject DN        RFC 4514, as for request
  /san NAME          a subject alternative name, as for request
  /challenge PROMPT  ask for the challenge password the CA gave out
  /key ALGORITHM     rsa2048 or rsa3072 (SCEP needs an RSA key; default: the
                     template&apos;s first RSA choice)
  /label TEXT        the new key&apos;s label
  /cafingerprint SHA256  the CA certificate&apos;s SHA-256 fingerprint (64 hex
                     digits, colons allowed): any other CA is refused before a
                     key is made

Prints the key ID and the certificate (with /quiet the key ID only).

Secrets, when standard input is not a terminal (one line each):
  PIN, then the challenge password (with /challenge PROMPT).

Example:
  tpmvscmgr enroll /instance 0 /url http://ca.example.com/scep
            /template clientauth /subject &quot;CN=Alice&quot; /challenge PROMPT
</source>
        <translation>Aufruf: tpmvscmgr enroll /instance ID /url URL /template NAME /subject DN
          [/san NAME]... [/challenge PROMPT] [/key rsa2048|rsa3072] [/label TEXT]
          [/cafingerprint SHA256]

Beantragt über SCEP (RFC 8894) ein Zertifikat bei einer CA: Fragt die CA nach
ihren Fähigkeiten und ihrem Zertifikat und gibt dessen SHA-256-Fingerabdruck
aus, erzeugt dann einen RSA-Schlüssel im TPM, sendet die damit signierte
Anforderung und speichert das von der CA ausgestellte Zertifikat (geprüft: für
diesen Schlüssel, mit Kette zur CA) mit dem Schlüssel und dem CA-Zertifikat in
einem Schreibvorgang auf der Karte. Wird die Beantragung abgelehnt oder
schlägt sie fehl, bleibt kein Schlüssel zurück. Auf eine Anforderung, die die
CA zurückstellt, wird noch nicht gewartet.

  /url URL           der SCEP-Dienst, z. B. http://ca.example.com/scep
  /template NAME     die Verwendungen, die die Anforderung verlangt (tpmvscmgr
                     templates)
  /subject DN        RFC 4514, wie bei request
  /san NAME          ein alternativer Name des Inhabers, wie bei request
  /challenge PROMPT  nach dem Challenge-Kennwort fragen, das die CA ausgegeben
                     hat
  /key ALGORITHM     rsa2048 oder rsa3072 (SCEP braucht einen RSA-Schlüssel;
                     Standard: die erste RSA-Wahl der Vorlage)
  /label TEXT        die Bezeichnung des neuen Schlüssels
  /cafingerprint SHA256  der SHA-256-Fingerabdruck des CA-Zertifikats (64
                     Hexziffern, Doppelpunkte erlaubt): Jede andere CA wird
                     abgelehnt, bevor ein Schlüssel erzeugt wird

Gibt die Schlüssel-ID und das Zertifikat aus (mit /quiet nur die Schlüssel-ID).

Geheimnisse, wenn die Standardeingabe kein Terminal ist (je eine Zeile):
  PIN, dann das Challenge-Kennwort (bei /challenge PROMPT).

Beispiel:
  tpmvscmgr enroll /instance 0 /url http://ca.example.com/scep
            /template clientauth /subject &quot;CN=Alice&quot; /challenge PROMPT
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr certs /instance ID [/json]

For each certificate: its key, subject, issuer, serial, validity, key
usage, EKU, SAN, SHA-256 fingerprint and stored chain. With /quiet one
line each: key ID and fingerprint; with /json one JSON document. No PIN,
no TPM needed.
</source>
        <translation>Aufruf: tpmvscmgr certs /instance ID [/json]

Für jedes Zertifikat: sein Schlüssel, Inhaber, Aussteller, Seriennummer,
Gültigkeit, Schlüsselverwendung, EKU, SAN, SHA-256-Fingerabdruck und
gespeicherte Kette. Mit /quiet je eine Zeile: Schlüssel-ID und Fingerabdruck;
mit /json ein JSON-Dokument. Weder PIN noch TPM nötig.
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr templates [/json]

The built-in templates and your own (JSON files in
$TPMVSC_HOME/templates, ~/.config/tpmvsc/templates or
/etc/tpmvsc/templates; the first with an id wins): id, name, key
types, key usage, EKU, subject alternative names. With /quiet only the
ids; with /json one JSON document. A template file that cannot be used
is reported (exit status 3).
</source>
        <translation>Aufruf: tpmvscmgr templates [/json]

Die eingebauten Vorlagen und Ihre eigenen (JSON-Dateien in
$TPMVSC_HOME/templates, ~/.config/tpmvsc/templates oder
/etc/tpmvsc/templates; bei gleicher id gilt die zuerst gefundene): id, Name,
Schlüsseltypen, Schlüsselverwendung, EKU, alternative Namen des Inhabers. Mit
/quiet nur die ids; mit /json ein JSON-Dokument. Eine Vorlagendatei, die nicht
verwendet werden kann, wird gemeldet (Exit-Status 3).
</translation>
    </message>
    <message>
        <source>
Options are written /name VALUE (Windows) or --name VALUE, --name=VALUE (GNU);
names and keywords are case-insensitive.

Global options:
  --tcti CONF   the TPM to use (TCTI configuration, e.g. device:/dev/tpmrm0,
                swtpm:port=2321); default: $TPMVSC_TCTI, else the system TPM
  --simulator   a private software TPM kept in the store (no hardware needed;
                keys are NOT hardware-protected)
  /quiet, -q    print only what a script needs
  /machine HOST run the command on HOST over ssh (create, destroy, list,
                status and the other commands without local files): ssh
                runs HOST&apos;s tpmvscmgr with the same arguments, quoted for its
                shell; ssh is $TPMVSC_SSH or ssh, with your ssh configuration.
                Secrets go through ssh&apos;s standard input, never its arguments:
                piped, as they are; on a terminal, HOST&apos;s tpmvscmgr asks them
                (ssh -t). The exit status is HOST&apos;s; 14 when HOST cannot be
                reached or has no tpmvscmgr.
  --lang CODE   the language of messages: de, en or ja (default: the
                system&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)
  /?, -h, --help, --version

Secrets (PIN, PUK, admin key, response) are never taken from the command
line. On a terminal they are typed without echo; otherwise each is one line
of standard input, in the order each command&apos;s help lists.

/json (list, status, keys, certs, templates, create) prints one JSON
document instead of the text, its keys and values the same in every
language (schema: doc/json.md); on an error stdout stays empty.

</source>
        <translation>
Optionen werden als /name VALUE (Windows) oder --name VALUE, --name=VALUE (GNU)
geschrieben; bei Namen und Schlüsselwörtern wird Groß- und Kleinschreibung
nicht unterschieden.

Globale Optionen:
  --tcti CONF   das zu verwendende TPM (TCTI-Konfiguration, z. B.
                device:/dev/tpmrm0, swtpm:port=2321); Standard: $TPMVSC_TCTI,
                sonst das TPM des Systems
  --simulator   ein privates Software-TPM im Kartenspeicher (keine Hardware
                nötig; Schlüssel sind NICHT durch Hardware geschützt)
  /quiet, -q    nur ausgeben, was ein Skript braucht
  /machine HOST den Befehl über ssh auf HOST ausführen (create, destroy, list,
                status und die anderen Befehle ohne lokale Dateien): ssh
                führt tpmvscmgr auf HOST mit denselben Argumenten aus, für
                die dortige Shell maskiert; ssh ist $TPMVSC_SSH oder ssh,
                mit Ihrer ssh-Konfiguration. Geheimnisse gehen über die
                Standardeingabe von ssh, nie über seine Argumente: aus einer
                Pipe unverändert; auf einem Terminal fragt tpmvscmgr auf HOST
                sie ab (ssh -t). Der Exit-Status ist der von HOST; 14, wenn
                HOST nicht erreichbar ist oder kein tpmvscmgr hat.
  --lang CODE   die Sprache der Meldungen: de, en oder ja (Standard: die des
                Systems, aus LANGUAGE, LC_ALL, LC_MESSAGES oder LANG)
  /?, -h, --help, --version

Geheimnisse (PIN, PUK, Administratorschlüssel, Antwort) werden nie von der
Befehlszeile übernommen. Auf einem Terminal werden sie ohne Echo eingegeben;
sonst ist jedes eine Zeile der Standardeingabe, in der Reihenfolge, die die
Hilfe des jeweiligen Befehls angibt.

/json (list, status, keys, certs, templates, create) gibt statt des Textes ein
JSON-Dokument aus, dessen Feldnamen und Werte in jeder Sprache gleich sind
(Schema: doc/json.md); bei einem Fehler bleibt die Standardausgabe leer.

</translation>
    </message>
    <message>
        <source>
Global options: --tcti CONF, --simulator, /quiet, --lang CODE, /machine HOST. Exit codes: tpmvscmgr /?
</source>
        <translation>
Globale Optionen: --tcti CONF, --simulator, /quiet, --lang CODE, /machine HOST. Exit-Codes: tpmvscmgr /?
</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): install the OpenSSH client, or name the ssh command in TPMVSC_SSH.</source>
        <translation>%1 konnte nicht gestartet werden (%2): Installieren Sie den OpenSSH-Client oder geben Sie den ssh-Befehl in TPMVSC_SSH an.</translation>
    </message>
    <message>
        <source>ssh to %1 ended abnormally; the command may or may not have run there.</source>
        <translation>ssh zu %1 wurde abnormal beendet; der Befehl wurde dort möglicherweise ausgeführt, möglicherweise nicht.</translation>
    </message>
    <message>
        <source>%1 could not be reached over ssh (ssh said why above).</source>
        <translation>%1 war über ssh nicht erreichbar (ssh hat oben den Grund genannt).</translation>
    </message>
    <message>
        <source>tpmvscmgr could not be run on %1 (its shell said why above): install tpmvsc there, or put tpmvscmgr on the PATH its ssh sessions get.</source>
        <translation>tpmvscmgr konnte auf %1 nicht ausgeführt werden (die Shell dort hat oben den Grund genannt): Installieren Sie tpmvsc dort oder legen Sie tpmvscmgr in den PATH, den die ssh-Sitzungen dort erhalten.</translation>
    </message>
</context>
</TS>

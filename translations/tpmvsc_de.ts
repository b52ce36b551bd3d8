<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Löschen Sie Karten, die Sie nicht mehr verwenden, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>Destroy it again (Destroy card…).</source>
        <translation>Löschen Sie sie erneut (Karte löschen …).</translation>
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
    <message>
        <source>Reading the card…</source>
        <translation>Karte wird gelesen …</translation>
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
        <source>Storing the certificate on the card… The dialog can be closed when this is done.</source>
        <translation>Zertifikat wird auf der Karte gespeichert … Der Dialog kann geschlossen werden, sobald das erledigt ist.</translation>
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
        <source>Reading the cards…</source>
        <translation>Karten werden gelesen …</translation>
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
</context>
</TS>

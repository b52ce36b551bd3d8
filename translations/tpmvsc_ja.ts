<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AdminResponse</name>
    <message>
        <source>The admin key has a character that is not hexadecimal at position %1.</source>
        <translation>管理者キーの %1 文字目に 16 進数字ではない文字があります。</translation>
    </message>
    <message>
        <source>The admin key must be %1 hexadecimal digits (%2 bytes); you gave %3.</source>
        <translation>管理者キーは 16 進数字 %1 桁 (%2 バイト) である必要があります。入力されたのは %3 桁です。</translation>
    </message>
    <message>
        <source>The %1 has a character that is not hexadecimal at position %2: %3.</source>
        <translation>%1 の %2 文字目に 16 進数字ではない文字があります: %3。</translation>
    </message>
    <message>
        <source>The %1 must be %2 hexadecimal digits (%3 bytes); you gave %4.</source>
        <translation>%1 は 16 進数字 %2 桁 (%3 バイト) である必要があります。入力されたのは %4 桁です。</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 of the admin key differ only in the lowest bit of each byte, which DES ignores, so this 3DES key is no stronger than single DES, whose 56-bit keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>管理者キーの %1-%2 桁目と %3-%4 桁目は各バイトの最下位ビットしか違いません。DES はこのビットを無視するため、この 3DES キーはシングル DES と同じ強度しかなく、その 56 ビットのキーはすべて試すことができます。16 桁の 3 つの部分がそれぞれ異なるキーを選んでください。</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 of the admin key are the same, so this 3DES key is no stronger than single DES, whose 56-bit keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>管理者キーの %1-%2 桁目と %3-%4 桁目が同じです。このため、この 3DES キーはシングル DES と同じ強度しかなく、その 56 ビットのキーはすべて試すことができます。16 桁の 3 つの部分がそれぞれ異なるキーを選んでください。</translation>
    </message>
    <message>
        <source>The admin key must be %1 bytes; it has %2.</source>
        <translation>管理者キーは %1 バイトである必要がありますが、%2 バイトです。</translation>
    </message>
    <message>
        <source>The challenge must be %1 bytes; it has %2.</source>
        <translation>チャレンジは %1 バイトである必要がありますが、%2 バイトです。</translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not provide 3DES (DES-EDE3), which admin responses need.</source>
        <translation>このシステムの OpenSSL は、管理者レスポンスに必要な 3DES (DES-EDE3) を提供していません。</translation>
    </message>
    <message>
        <source>OpenSSL failed to compute the admin response.</source>
        <translation>OpenSSL で管理者レスポンスを計算できませんでした。</translation>
    </message>
</context>
<context>
    <name>AikCertificateProfile</name>
    <message>
        <source>The attestation CA&apos;s certificate is not a DER X.509 certificate.</source>
        <translation>構成証明 CA の証明書は DER 形式の X.509 証明書ではありません。</translation>
    </message>
    <message>
        <source>The AIK certificate is not a DER X.509 certificate.</source>
        <translation>AIK 証明書は DER 形式の X.509 証明書ではありません。</translation>
    </message>
    <message>
        <source>The AIK certificate is for another key than the card&apos;s AIK.</source>
        <translation>AIK 証明書はカードの AIK とは別の鍵のものです。</translation>
    </message>
    <message>
        <source>The AIK certificate does not carry the extended key usage tcg-kp-AIKCertificate (2.23.133.8.3).</source>
        <translation>AIK 証明書に拡張キー使用法 tcg-kp-AIKCertificate (2.23.133.8.3) がありません。</translation>
    </message>
    <message>
        <source>The AIK certificate is a CA certificate; an AIK certificate must not be.</source>
        <translation>AIK 証明書が CA 証明書になっています。AIK 証明書は CA 証明書であってはなりません。</translation>
    </message>
    <message>
        <source>The AIK certificate&apos;s signature does not verify with the attestation CA&apos;s key.</source>
        <translation>AIK 証明書の署名を構成証明 CA の鍵で検証できません。</translation>
    </message>
    <message>
        <source>The AIK&apos;s public key is not usable.</source>
        <translation>AIK の公開鍵を使用できません。</translation>
    </message>
</context>
<context>
    <name>AikCertificationWire</name>
    <message>
        <source>The request has no member &quot;%1&quot;.</source>
        <translation>要求にメンバー &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>The answer has no member &quot;%1&quot;.</source>
        <translation>応答にメンバー &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>The request&apos;s member &quot;%1&quot; is malformed.</source>
        <translation>要求のメンバー &quot;%1&quot; の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The answer&apos;s member &quot;%1&quot; is malformed.</source>
        <translation>応答のメンバー &quot;%1&quot; の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes.</source>
        <translation>要求が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The answer is larger than %1 bytes.</source>
        <translation>応答が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>要求が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The answer&apos;s member &quot;chain&quot; has more than %1 certificates.</source>
        <translation>応答のメンバー &quot;chain&quot; に %1 個を超える証明書があります。</translation>
    </message>
</context>
<context>
    <name>AikEnrollment</name>
    <message>
        <source>This TPM has no endorsement key certificate, so no attestation CA can tell that it is a genuine TPM. Give the card an attestation key without a certificate (AIK_ONLY) instead.</source>
        <translation>この TPM には保証鍵 (EK) 証明書がないため、どの構成証明 CA も本物の TPM であると確認できません。代わりに証明書なしの構成証明鍵 (AIK_ONLY) をカードに付けてください。</translation>
    </message>
</context>
<context>
    <name>AttestationBundle</name>
    <message>
        <source>The TPM statement in the attestation is malformed.</source>
        <translation>構成証明内の TPM ステートメントの形式が正しくありません。</translation>
    </message>
    <message>
        <source>An attestation needs at least one statement.</source>
        <translation>構成証明には少なくとも 1 つのステートメントが必要です。</translation>
    </message>
    <message>
        <source>The attestation is not a DER sequence.</source>
        <translation>構成証明が DER シーケンスではありません。</translation>
    </message>
    <message>
        <source>The attestation is malformed.</source>
        <translation>構成証明の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The attestation has more than %1 statements.</source>
        <translation>構成証明のステートメントが %1 個を超えています。</translation>
    </message>
    <message>
        <source>A statement of the attestation is malformed.</source>
        <translation>構成証明のステートメントの形式が正しくありません。</translation>
    </message>
    <message>
        <source>The attestation holds no statement.</source>
        <translation>構成証明にステートメントがありません。</translation>
    </message>
    <message>
        <source>The attestation has more than %1 certificates.</source>
        <translation>構成証明の証明書が %1 個を超えています。</translation>
    </message>
    <message>
        <source>A certificate of the attestation is malformed.</source>
        <translation>構成証明の証明書の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The attestation&apos;s certificate list is empty.</source>
        <translation>構成証明の証明書リストが空です。</translation>
    </message>
    <message>
        <source>The certificate request is not DER PKCS#10.</source>
        <translation>証明書要求が DER 形式の PKCS#10 ではありません。</translation>
    </message>
    <message>
        <source>The request carries the attestation attribute twice.</source>
        <translation>要求に構成証明属性が 2 つ含まれています。</translation>
    </message>
    <message>
        <source>The request&apos;s attestation attribute must have one value.</source>
        <translation>要求の構成証明属性には値が 1 つだけ必要です。</translation>
    </message>
    <message>
        <source>The request&apos;s attestation attribute is not a sequence.</source>
        <translation>要求の構成証明属性がシーケンスではありません。</translation>
    </message>
</context>
<context>
    <name>AttestationCa</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The request&apos;s member &quot;%1&quot; is not a TPMT_PUBLIC: %2</source>
        <translation>要求のメンバー &quot;%1&quot; は TPMT_PUBLIC ではありません: %2</translation>
    </message>
    <message>
        <source>The AIK is not fixedTPM: it could leave its TPM.</source>
        <translation>AIK が fixedTPM ではありません。TPM の外に出る可能性があります。</translation>
    </message>
    <message>
        <source>The AIK is not fixedParent: it could be moved under another parent.</source>
        <translation>AIK が fixedParent ではありません。別の親の下へ移される可能性があります。</translation>
    </message>
    <message>
        <source>The AIK lacks sensitiveDataOrigin: the TPM did not make its private key.</source>
        <translation>AIK に sensitiveDataOrigin がありません。秘密鍵を TPM が生成していません。</translation>
    </message>
    <message>
        <source>The AIK is not restricted: it would sign anything, not only what the TPM itself attests.</source>
        <translation>AIK が制限付き (restricted) ではありません。TPM 自身が証明する内容に限らず何にでも署名してしまいます。</translation>
    </message>
    <message>
        <source>The AIK is not a signing key.</source>
        <translation>AIK が署名鍵ではありません。</translation>
    </message>
    <message>
        <source>The AIK is a decryption key; an attestation key only signs.</source>
        <translation>AIK が復号鍵になっています。構成証明鍵は署名だけを行います。</translation>
    </message>
    <message>
        <source>The AIK certificates&apos; validity must be at least one day.</source>
        <translation>AIK 証明書の有効期間は 1 日以上にしてください。</translation>
    </message>
    <message>
        <source>The CA key is not an unencrypted PEM private key.</source>
        <translation>CA 鍵が暗号化されていない PEM 形式の秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>The CA certificate file holds no certificate.</source>
        <translation>CA 証明書ファイルに証明書がありません。</translation>
    </message>
    <message>
        <source>The CA key is not the key of the first certificate of the CA certificate file.</source>
        <translation>CA 鍵が CA 証明書ファイルの最初の証明書の鍵ではありません。</translation>
    </message>
    <message>
        <source>The attestation CA failed to issue the certificate.</source>
        <translation>構成証明 CA は証明書を発行できませんでした。</translation>
    </message>
    <message>
        <source>The EK public area is not the key of the EK certificate.</source>
        <translation>EK の公開領域が EK 証明書の鍵ではありません。</translation>
    </message>
</context>
<context>
    <name>AttestationCaClient</name>
    <message>
        <source>The attestation CA&apos;s address %1 is not an http:// or https:// URL.</source>
        <translation>構成証明 CA のアドレス %1 は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>The attestation CA at %1 could not be reached: %2.</source>
        <translation>%1 の構成証明 CA に接続できませんでした: %2。</translation>
    </message>
    <message>
        <source>The attestation CA at %1 answered something that is not an attestation CA&apos;s answer (HTTP status %2).</source>
        <translation>%1 の構成証明 CA が構成証明 CA の応答ではないものを返しました (HTTP ステータス %2)。</translation>
    </message>
    <message>
        <source>The attestation CA at %1 refused: &quot;%2&quot;</source>
        <translation>%1 の構成証明 CA が拒否しました: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The attestation CA at %1 answered something that is not an attestation CA&apos;s answer: %2</source>
        <translation>%1 の構成証明 CA が構成証明 CA の応答ではないものを返しました: %2</translation>
    </message>
</context>
<context>
    <name>AttestationEvidence</name>
    <message>
        <source>The evidence has no field &quot;%1&quot;.</source>
        <translation>証拠にフィールド「%1」がありません。</translation>
    </message>
    <message>
        <source>The evidence&apos;s field &quot;%1&quot; is malformed.</source>
        <translation>証拠のフィールド「%1」の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The evidence is larger than %1 bytes.</source>
        <translation>証拠が %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The evidence is not a JSON object.</source>
        <translation>証拠が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The evidence is not TPM evidence (&quot;fmt&quot; must be &quot;tpm&quot;).</source>
        <translation>証拠が TPM の証拠ではありません (「fmt」は「tpm」である必要があります)。</translation>
    </message>
    <message>
        <source>The evidence is not for a TPM 2.0 (&quot;ver&quot; must be &quot;2.0&quot;).</source>
        <translation>証拠が TPM 2.0 用ではありません (「ver」は「2.0」である必要があります)。</translation>
    </message>
    <message>
        <source>The evidence&apos;s algorithm must be %1 (ES256) or %2 (RS256).</source>
        <translation>証拠のアルゴリズムは %1 (ES256) または %2 (RS256) である必要があります。</translation>
    </message>
    <message>
        <source>The evidence has more than %1 certificates.</source>
        <translation>証拠の証明書が %1 個を超えています。</translation>
    </message>
</context>
<context>
    <name>AttestationKey</name>
    <message>
        <source>The TPM certified the key with a signature other than ECDSA.</source>
        <translation>TPM が ECDSA 以外の署名で鍵を証明しました。</translation>
    </message>
</context>
<context>
    <name>CardEdit</name>
    <message>
        <source>The card %1 was being created or destroyed when that was interrupted.</source>
        <translation>カード %1 は、作成中または破棄中に処理が中断されました。</translation>
    </message>
</context>
<context>
    <name>CardGuard</name>
    <message>
        <source>That challenge has been used already. Ask for a new challenge.</source>
        <translation>このチャレンジはすでに使用済みです。新しいチャレンジを要求してください。</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>This card was made on another TPM (or this TPM has been cleared since): its keys cannot be used here.</source>
        <translation>このカードは別の TPM で作成されたものです (または、その後この TPM がクリアされました)。このカードの鍵はここでは使用できません。</translation>
    </message>
    <message>
        <source>The card needs a name.</source>
        <translation>カードには名前が必要です。</translation>
    </message>
    <message>
        <source>The card name is too long (at most %1 characters).</source>
        <translation>カード名が長すぎます (%1 文字以内)。</translation>
    </message>
    <message>
        <source>The card name must not contain control characters.</source>
        <translation>カード名に制御文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The card is blocked after too many wrong PINs.</source>
        <translation>PIN の誤りが多すぎたため、カードはブロックされています。</translation>
    </message>
    <message>
        <source>This card has no PUK (it was created without one).</source>
        <translation>このカードには PUK がありません (PUK なしで作成されました)。</translation>
    </message>
    <message>
        <source>The PUK is blocked after too many wrong tries.</source>
        <translation>誤りが多すぎたため、PUK はブロックされています。</translation>
    </message>
    <message>
        <source>The card already has a key with ID %1.</source>
        <translation>このカードにはすでに ID %1 の鍵があります。</translation>
    </message>
    <message>
        <source>The card has no such key.</source>
        <translation>カードにそのような鍵はありません。</translation>
    </message>
    <message>
        <source>PIN tries must be between 1 and %1.</source>
        <translation>PIN の試行回数は 1～%1 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The admin key must be 24 bytes (48 hexadecimal digits).</source>
        <translation>管理者キーは 24 バイト (16 進数字 48 桁) である必要があります。</translation>
    </message>
    <message>
        <source>Admin resets must be between 0 and %1.</source>
        <translation>管理者リセットの回数は 0～%1 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The TPM already holds this card&apos;s counters: there is nothing to upgrade.</source>
        <translation>このカードのカウンターはすでに TPM にあります。アップグレードするものはありません。</translation>
    </message>
    <message>
        <source>This card has a PUK: give it too, so that the TPM checks it from now on.</source>
        <translation>このカードには PUK があります。今後 TPM が PUK を確認するように、PUK も指定してください。</translation>
    </message>
    <message>
        <source>0x%1 is not an index tpmvsc left behind: it is not in tpmvsc&apos;s handle block, does not exist, or belongs to one of your cards.</source>
        <translation>0x%1 は tpmvsc が残したインデックスではありません。tpmvsc のハンドル ブロックに含まれていないか、存在しないか、あなたのいずれかのカードのものです。</translation>
    </message>
    <message>
        <source>Wrong PIN. The card is now blocked.</source>
        <translation>PIN が正しくありません。カードはブロックされました。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the card is blocked.</source>
        <translation>
            <numerusform>PIN が正しくありません。あと %n 回間違えるとカードがブロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PUK. The PUK is now blocked.</source>
        <translation>PUK が正しくありません。PUK はブロックされました。</translation>
    </message>
    <message>
        <source>Wrong PUK. %1 tries left before the PUK is blocked.</source>
        <translation>PUK が正しくありません。あと %1 回間違えると PUK がブロックされます。</translation>
    </message>
    <message>
        <source>This card has no PUK.</source>
        <translation>このカードには PUK がありません。</translation>
    </message>
    <message>
        <source>This card was created with a random admin key: it cannot be managed by an administrator.</source>
        <translation>このカードはランダムな管理者キーで作成されたため、管理者が管理することはできません。</translation>
    </message>
    <message>
        <source>Admin reset is blocked on this card after too many wrong responses.</source>
        <translation>レスポンスの誤りが多すぎたため、このカードの管理者リセットはブロックされています。</translation>
    </message>
    <message>
        <source>This card has no admin resets left.</source>
        <translation>このカードには管理者リセットが残っていません。</translation>
    </message>
    <message>
        <source>The challenge %1 is not one this card can answer (already used?). Ask for a new challenge.</source>
        <translation>チャレンジ %1 はこのカードが応答できるものではありません (使用済みの可能性があります)。新しいチャレンジを要求してください。</translation>
    </message>
    <message>
        <source>Wrong response. Admin reset is now blocked on this card.</source>
        <translation>レスポンスが正しくありません。このカードの管理者リセットはブロックされました。</translation>
    </message>
    <message>
        <source>Wrong response; the challenge is used up. %1 wrong responses left before admin reset is blocked.</source>
        <translation>レスポンスが正しくありません。このチャレンジは使用済みになりました。あと %1 回レスポンスを間違えると管理者リセットがブロックされます。</translation>
    </message>
    <message>
        <source>This card already has a file system.</source>
        <translation>このカードにはすでにファイルシステムがあります。</translation>
    </message>
    <message>
        <source>The card this session was opened on no longer exists (it was destroyed, and its number may now belong to another card).</source>
        <translation>このセッションを開いたカードはもう存在しません (破棄されており、その番号は現在別のカードのものになっている可能性があります)。</translation>
    </message>
    <message>
        <source>The key label is too long (at most %1 characters).</source>
        <translation>鍵のラベルが長すぎます (%1 文字以内)。</translation>
    </message>
    <message>
        <source>A key ID is at most %1 bytes.</source>
        <translation>鍵 ID は %1 バイト以内です。</translation>
    </message>
    <message>
        <source>This card has no file system yet (it was created without one).</source>
        <translation>このカードにはまだファイルシステムがありません (ファイルシステムなしで作成されました)。</translation>
    </message>
    <message>
        <source>The card already holds %1 keys, the most it can.</source>
        <translation>このカードにはすでに上限の %1 個の鍵があります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several keys; give more digits of the key ID.</source>
        <translation>「%1」は複数の鍵に一致します。鍵 ID の桁をもっと多く指定してください。</translation>
    </message>
    <message>
        <source>The card %1 has no key &quot;%2&quot; (give its label or ID).</source>
        <translation>カード %1 に鍵「%2」はありません (ラベルまたは ID を指定してください)。</translation>
    </message>
    <message>
        <source>There is no certificate to store.</source>
        <translation>保存する証明書がありません。</translation>
    </message>
    <message>
        <source>Key %1 has no certificate.</source>
        <translation>鍵 %1 には証明書がありません。</translation>
    </message>
    <message>
        <source>The certificate is %1 bytes; a card keeps certificates of at most %2 bytes.</source>
        <translation>証明書は %1 バイトですが、カードに保存できる証明書は %2 バイトまでです。</translation>
    </message>
    <message>
        <source>The certificate is not one whole DER X.509 certificate.</source>
        <translation>この証明書は、完全な 1 つの DER 形式 X.509 証明書ではありません。</translation>
    </message>
    <message>
        <source>The certificate&apos;s public key is not the public key of card key %1: it was issued for another key, and is not stored.</source>
        <translation>証明書の公開鍵はカードの鍵 %1 の公開鍵ではありません。この証明書は別の鍵に対して発行されたものであり、保存されません。</translation>
    </message>
    <message>
        <source>The chain holds %1 issuer certificates; a card keeps at most %2.</source>
        <translation>チェーンには発行者証明書が %1 件ありますが、カードに保存できるのは %2 件までです。</translation>
    </message>
    <message>
        <source>Issuer certificate %1 of the chain is not one whole DER X.509 certificate of at most %2 bytes.</source>
        <translation>チェーンの発行者証明書 %1 は、%2 バイト以内の完全な 1 つの DER 形式 X.509 証明書ではありません。</translation>
    </message>
    <message>
        <source>This card already has an attestation key.</source>
        <translation>このカードには既に構成証明鍵があります。</translation>
    </message>
    <message>
        <source>A nonce is at most %1 bytes; this one is %2.</source>
        <translation>ノンスは最大 %1 バイトです。このノンスは %2 バイトです。</translation>
    </message>
    <message>
        <source>This card has no attestation key.</source>
        <translation>このカードには構成証明鍵がありません。</translation>
    </message>
</context>
<context>
    <name>CardSession</name>
    <message>
        <source>An input block for the %1 key must be %2 bytes; this one is %3.</source>
        <translation>%1 鍵の入力ブロックは %2 バイトである必要がありますが、このブロックは %3 バイトです。</translation>
    </message>
    <message>
        <source>The input block is not smaller than the key&apos;s modulus.</source>
        <translation>入力ブロックが鍵のモジュラスより小さくありません。</translation>
    </message>
    <message>
        <source>The card this session was opened on no longer exists (it was destroyed, and its number may now belong to another card).</source>
        <translation>このセッションを開いたカードはもう存在しません (破棄されており、その番号は現在別のカードのものになっている可能性があります)。</translation>
    </message>
    <message>
        <source>The card has no key with ID %1.</source>
        <translation>カードに ID %1 の鍵はありません。</translation>
    </message>
    <message>
        <source>The %1 key is not an RSA key.</source>
        <translation>%1 鍵は RSA 鍵ではありません。</translation>
    </message>
    <message>
        <source>This card was made on another TPM (or this TPM has been cleared since): its keys cannot be used here.</source>
        <translation>このカードは別の TPM で作成されたものです (または、その後この TPM がクリアされました)。このカードの鍵はここでは使用できません。</translation>
    </message>
    <message>
        <source>The TPM has no room for another key: other programs are holding all of its object slots. Close them or try again later.</source>
        <translation>TPM に別の鍵を読み込む空きがありません。ほかのプログラムが TPM のオブジェクト スロットをすべて使用しています。それらのプログラムを閉じるか、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>A %1 digest is %2 bytes; this one is %3.</source>
        <translation>%1 ダイジェストは %2 バイトですが、このダイジェストは %3 バイトです。</translation>
    </message>
    <message>
        <source>The %1 key cannot make this kind of signature.</source>
        <translation>%1 鍵ではこの種類の署名はできません。</translation>
    </message>
</context>
<context>
    <name>CardStore</name>
    <message>
        <source>Could not create the folder %1: %2.</source>
        <translation>フォルダー %1 を作成できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not set the mode of the folder %1: %2.</source>
        <translation>フォルダー %1 のモードを設定できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not examine the folder %1: %2.</source>
        <translation>フォルダー %1 を調べられませんでした: %2。</translation>
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
        <translation>フォルダー %1 をフラッシュのために開けませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not flush the folder %1 to disk: %2.</source>
        <translation>フォルダー %1 をディスクにフラッシュできませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not create a temporary file in %1: %2.</source>
        <translation>%1 に一時ファイルを作成できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not set the mode of a temporary file in %1: %2.</source>
        <translation>%1 の一時ファイルのモードを設定できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation>%1 をディスクにフラッシュできませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not replace %1: %2.</source>
        <translation>%1 を置き換えられませんでした: %2。</translation>
    </message>
    <message>
        <source>%1 should be a folder of the card store, but it is not a folder. Move it away.</source>
        <translation>%1 はカードストアのフォルダーであるはずですが、フォルダーではありません。別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The folder %1 belongs to %2, not to you (%3), so its cards cannot be trusted; tpmvsc refuses to use it. Fix: move it away, or if it really is yours, sudo chown -R %4 %1.</source>
        <translation>フォルダー %1 の所有者はあなた (%3) ではなく %2 です。そのため、その中のカードは信頼できず、tpmvsc はこのフォルダーの使用を拒否します。対処: 別の場所に移動するか、本当にあなたのものであれば sudo chown -R %4 %1 を実行してください。</translation>
    </message>
    <message>
        <source>The folder %1 has mode %2: other users may enter it. The card store must be private to you (mode 0700); tpmvsc refuses to use it. Fix: chmod 700 %1.</source>
        <translation>フォルダー %1 のモードは %2 で、ほかのユーザーが中に入れます。カードストアはあなた専用 (モード 0700) である必要があるため、tpmvsc はこのフォルダーの使用を拒否します。対処: chmod 700 %1 を実行してください。</translation>
    </message>
    <message>
        <source>The folder %1 vanished right after it was created.</source>
        <translation>フォルダー %1 は作成直後に消えました。</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (not part of this format version; the file was edited or damaged).</source>
        <translation>不明なフィールド &quot;%1&quot; です (このフォーマット バージョンにはありません。ファイルが編集されたか破損しています)。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing.</source>
        <translation>フィールド &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string.</source>
        <translation>フィールド &quot;%1&quot; は文字列である必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false.</source>
        <translation>フィールド &quot;%1&quot; は true または false である必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a whole number.</source>
        <translation>フィールド &quot;%1&quot; は整数である必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, outside the range %3..%4.</source>
        <translation>フィールド &quot;%1&quot; は %2 で、範囲 %3..%4 の外にあります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an object.</source>
        <translation>フィールド &quot;%1&quot; はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list.</source>
        <translation>フィールド &quot;%1&quot; はリストである必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not lowercase hexadecimal with an even number of digits.</source>
        <translation>フィールド &quot;%1&quot; は、偶数桁の小文字の 16 進数ではありません。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is &quot;%2&quot;, not a UTC date of the form 2024-01-31T12:00:00.000Z.</source>
        <translation>フィールド &quot;%1&quot; は &quot;%2&quot; で、2024-01-31T12:00:00.000Z 形式の UTC 日時ではありません。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is &quot;%2&quot;; expected one of %3.</source>
        <translation>フィールド &quot;%1&quot; は &quot;%2&quot; です。%3 のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be 8 bytes.</source>
        <translation>フィールド &quot;%1&quot; は 8 バイトである必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty.</source>
        <translation>フィールド &quot;%1&quot; が空です。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>フィールド &quot;%1&quot; が %2 文字を超えています。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a control character.</source>
        <translation>フィールド &quot;%1&quot; に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2 bytes, not %3.</source>
        <translation>フィールド &quot;%1&quot; は %3 バイトではなく %2 バイトである必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2 to %3 bytes, not %4.</source>
        <translation>フィールド &quot;%1&quot; は %4 バイトではなく %2～%3 バイトである必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a valid date.</source>
        <translation>フィールド &quot;%1&quot; は有効な日時ではありません。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds %2 bytes, more than the %3 bytes a certificate may have.</source>
        <translation>フィールド &quot;%1&quot; は %2 バイトあり、証明書の上限 %3 バイトを超えています。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not one whole DER certificate (truncated, padded or not a certificate).</source>
        <translation>フィールド &quot;%1&quot; は完全な 1 つの DER 証明書ではありません (途中で切れている、余分なデータがある、または証明書ではありません)。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be empty when the key has no certificate.</source>
        <translation>鍵に証明書がない場合、フィールド &quot;%1&quot; は空である必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is incoherent: %2</source>
        <translation>フィールド &quot;%1&quot; の内容に矛盾があります: %2</translation>
    </message>
    <message>
        <source>field &quot;guard&quot; names an index without its Name.</source>
        <translation>フィールド &quot;guard&quot; が、Name のないインデックスを指しています。</translation>
    </message>
    <message>
        <source>field &quot;pukSealedSecret&quot; must be null when &quot;guard&quot; holds the PUK.</source>
        <translation>&quot;guard&quot; が PUK を保持している場合、フィールド &quot;pukSealedSecret&quot; は null である必要があります。</translation>
    </message>
    <message>
        <source>field &quot;adminNext&quot; is beyond the stock of challenges.</source>
        <translation>フィールド &quot;adminNext&quot; がチャレンジの在庫の範囲を超えています。</translation>
    </message>
    <message>
        <source>field &quot;state&quot; must be &quot;ready&quot; for a card without a guard.</source>
        <translation>ガードのないカードでは、フィールド &quot;state&quot; は &quot;ready&quot; である必要があります。</translation>
    </message>
    <message>
        <source>field &quot;adminChallenges&quot; must be empty when &quot;adminKeyMode&quot; is &quot;random&quot;.</source>
        <translation>&quot;adminKeyMode&quot; が &quot;random&quot; の場合、フィールド &quot;adminChallenges&quot; は空である必要があります。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; repeats an earlier challenge.</source>
        <translation>フィールド &quot;%1&quot; は以前のチャレンジを繰り返しています。</translation>
    </message>
    <message>
        <source>field &quot;keys&quot; holds %1 keys; a card holds at most %2.</source>
        <translation>フィールド &quot;keys&quot; には鍵が %1 個ありますが、カードに保存できる鍵は %2 個までです。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; repeats the id of an earlier key.</source>
        <translation>フィールド &quot;%1&quot; は以前の鍵の id を繰り返しています。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2 of %3); it is truncated or damaged.</source>
        <translation>ファイルが有効な JSON ではありません (%3 バイト中 %2 バイト目: %1)。途中で切れているか破損しています。</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation>ファイルに JSON オブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not &quot;%1&quot;; this is not a tpmvsc file of that kind.</source>
        <translation>フィールド &quot;format&quot; が &quot;%1&quot; ではありません。この種類の tpmvsc ファイルではありません。</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is missing or not a whole number.</source>
        <translation>フィールド &quot;version&quot; がないか、整数ではありません。</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is %1: the file was written by a newer tpmvsc (this one reads version %2). Update tpmvsc to use it.</source>
        <translation>フィールド &quot;version&quot; は %1 です。このファイルは新しいバージョンの tpmvsc で書き込まれました (この tpmvsc が読み取れるのはバージョン %2 です)。このファイルを使うには tpmvsc を更新してください。</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is %1, an unsupported format version (this tpmvsc reads version %2).</source>
        <translation>フィールド &quot;version&quot; は %1 で、サポートされていないフォーマット バージョンです (この tpmvsc が読み取れるのはバージョン %2 です)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot save card %1: %2</source>
        <translation>カード %1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot save card %1: with its certificates the card file would be %2 bytes, more than the %3 bytes a card can hold. Delete certificates or keys first.</source>
        <translation>カード %1 を保存できません: 証明書を含めるとカードファイルは %2 バイトになり、カードに保存できる上限の %3 バイトを超えます。先に証明書または鍵を削除してください。</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes, more than the %3 bytes a tpmvsc file can hold; it is damaged.</source>
        <translation>%1: ファイルは %2 バイトあり、tpmvsc ファイルの上限の %3 バイトを超えています。ファイルは破損しています。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; tpmvsc reads only regular files of its own folder, so a link could make it read a file planted elsewhere. Fix: replace the link by the file it points to (mode 0600), or remove it.</source>
        <translation>%1 はシンボリック リンクです。tpmvsc は自身のフォルダー内の通常ファイルしか読み取りません。リンクがあると、別の場所に仕掛けられたファイルを読み取らされるおそれがあるためです。対処: リンクをリンク先のファイル (モード 0600) で置き換えるか、リンクを削除してください。</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 を開けませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not examine %1: %2.</source>
        <translation>%1 を調べられませんでした: %2。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; tpmvsc refuses to read it. Fix: remove it.</source>
        <translation>%1 は通常ファイルではないため、tpmvsc は読み取りを拒否します。対処: 削除してください。</translation>
    </message>
    <message>
        <source>%1 belongs to %2, not to you (%3); another user could have planted it, so tpmvsc refuses to read it. Fix: remove it, or if it really is yours, sudo chown %4 %1.</source>
        <translation>%1 の所有者はあなた (%3) ではなく %2 です。ほかのユーザーが仕掛けた可能性があるため、tpmvsc は読み取りを拒否します。対処: 削除するか、本当にあなたのものであれば sudo chown %4 %1 を実行してください。</translation>
    </message>
    <message>
        <source>%1 has mode %2; tpmvsc files must be readable and writable by you alone (mode 0600), so it refuses to read it. Fix: chmod 600 %1.</source>
        <translation>%1 のモードは %2 です。tpmvsc のファイルはあなただけが読み書きできる (モード 0600) 必要があるため、読み取りを拒否します。対処: chmod 600 %1 を実行してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 を読み取れませんでした: %2。</translation>
    </message>
    <message>
        <source>%1: the file is more than the %2 bytes a tpmvsc file can hold; it is damaged.</source>
        <translation>%1: ファイルが tpmvsc ファイルの上限の %2 バイトを超えています。ファイルは破損しています。</translation>
    </message>
    <message>
        <source>Could not list the folder %1: %2.</source>
        <translation>フォルダー %1 の一覧を取得できませんでした: %2。</translation>
    </message>
    <message>
        <source>The lock file %1 is a symbolic link; tpmvsc refuses to use it. Fix: remove it.</source>
        <translation>ロック ファイル %1 はシンボリック リンクのため、tpmvsc は使用を拒否します。対処: 削除してください。</translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2.</source>
        <translation>ロック ファイル %1 を開けませんでした: %2。</translation>
    </message>
    <message>
        <source>The lock file %1 is not a regular file of yours; tpmvsc refuses to use it. Fix: remove it.</source>
        <translation>ロック ファイル %1 はあなたが所有する通常ファイルではないため、tpmvsc は使用を拒否します。対処: 削除してください。</translation>
    </message>
    <message>
        <source>Could not lock %1: %2.</source>
        <translation>%1 をロックできませんでした: %2。</translation>
    </message>
    <message>
        <source>The card store %1 is in use by another program.</source>
        <translation>カードストア %1 は別のプログラムが使用中です。</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>カード %1 はありません。</translation>
    </message>
    <message>
        <source>%1: field &quot;instance&quot; is %2 but the file name says %3; the file was copied or renamed.</source>
        <translation>%1: フィールド &quot;instance&quot; は %2 ですが、ファイル名は %3 です。ファイルがコピーされたか、名前が変更されています。</translation>
    </message>
    <message>
        <source>Cannot save a card that has no instance number (%1); create() gives it one.</source>
        <translation>インスタンス番号のないカード (%1) は保存できません。インスタンス番号は create() で割り当てられます。</translation>
    </message>
    <message>
        <source>The card store %1 has used up its card numbers.</source>
        <translation>カードストア %1 のカード番号を使い切りました。</translation>
    </message>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 を削除できませんでした: %2。</translation>
    </message>
    <message>
        <source>The card %1 is in use by another program.</source>
        <translation>カード %1 は別のプログラムが使用中です。</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds %2 certificates; at most %3 are kept.</source>
        <translation>フィールド &quot;%1&quot; に %2 個の証明書があります。保存できるのは最大 %3 個です。</translation>
    </message>
    <message>
        <source>field &quot;aik.authority&quot; must name the CA exactly when the attestation key has certificates.</source>
        <translation>フィールド &quot;aik.authority&quot; は、構成証明鍵に証明書がある場合に限り CA を示す必要があります。</translation>
    </message>
</context>
<context>
    <name>CertificateBuilding</name>
    <message>
        <source>The card key&apos;s public half is not a valid SubjectPublicKeyInfo.</source>
        <translation>カードの鍵の公開部分が有効な SubjectPublicKeyInfo ではありません。</translation>
    </message>
    <message>
        <source>The key is %1; a card key is RSA 2048, RSA 3072, ECDSA P-256 or ECDSA P-384.</source>
        <translation>鍵は %1 です。カードの鍵は RSA 2048、RSA 3072、ECDSA P-256、ECDSA P-384 のいずれかです。</translation>
    </message>
    <message>
        <source>The certificate needs a subject (such as CN=Alice) or at least one subject alternative name.</source>
        <translation>証明書にはサブジェクト (CN=Alice など) か、少なくとも 1 つのサブジェクト代替名が必要です。</translation>
    </message>
</context>
<context>
    <name>CertificateImport</name>
    <message>
        <source>The file holds more than %1 certificates; a certificate with its chain has a handful. This is not a certificate file for a card.</source>
        <translation>ファイルに %1 件を超える証明書が含まれています。証明書とそのチェーンなら数件のはずです。これはカード用の証明書ファイルではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is truncated: %n byte(s) are not even the start of a DER structure.</source>
        <translation>
            <numerusform>%1 は途中で切れています。%n バイトしかなく、DER 構造の先頭部分にも足りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not start like a certificate (high tag number).</source>
        <translation>%1 の先頭が証明書の形式ではありません (高タグ番号形式)。</translation>
    </message>
    <message>
        <source>%1 announces a length of more than 4 GiB; it is damaged or not a certificate.</source>
        <translation>%1 は 4 GiB を超える長さを示しています。破損しているか、証明書ではありません。</translation>
    </message>
    <message>
        <source>%1 is truncated inside its first length field.</source>
        <translation>%1 は最初の長さフィールドの途中で切れています。</translation>
    </message>
    <message>
        <source>%1 is truncated: its DER structure announces %2 bytes, but only %3 are there. Was the file cut off while copying or downloading?</source>
        <translation>%1 は途中で切れています。DER 構造は %2 バイトを示していますが、%3 バイトしかありません。コピーやダウンロードの途中でファイルが途切れませんでしたか?</translation>
    </message>
    <message>
        <source>plain data</source>
        <translation>プレーン データ</translation>
    </message>
    <message>
        <source>enveloped (encrypted) data</source>
        <translation>エンベロープ (暗号化) データ</translation>
    </message>
    <message>
        <source>signed and enveloped data</source>
        <translation>署名およびエンベロープ データ</translation>
    </message>
    <message>
        <source>digested data</source>
        <translation>ダイジェスト データ</translation>
    </message>
    <message>
        <source>encrypted data</source>
        <translation>暗号化データ</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>種類 %1</translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 message holding %2, not a certificate bundle (.p7b/.p7c files are PKCS#7 signed data).</source>
        <translation>%1 は %2 を含む PKCS#7 メッセージで、証明書バンドルではありません (.p7b/.p7c ファイルは PKCS#7 署名データです)。</translation>
    </message>
    <message>
        <source>%1 is a PKCS#7 bundle without any certificate in it (it may hold only revocation lists). Ask the CA for the certificate itself.</source>
        <translation>%1 は証明書を含まない PKCS#7 バンドルです (失効リストだけを含んでいる可能性があります)。証明書そのものを CA に要求してください。</translation>
    </message>
    <message>
        <source>a certificate request (CSR), not a certificate: send it to your CA and import what the CA sends back</source>
        <translation>証明書ではなく証明書要求 (CSR) です。これを CA に送り、CA から返されたものをインポートしてください</translation>
    </message>
    <message>
        <source>a PKCS#12 file (.p12/.pfx) with a private key in it; a private key does not belong here: the card&apos;s keys are made in the TPM and never leave it. Import only the certificate</source>
        <translation>秘密鍵を含む PKCS#12 ファイル (.p12/.pfx) です。秘密鍵はここに置くものではありません。カードの鍵は TPM 内で作成され、TPM の外に出ることはありません。証明書だけをインポートしてください</translation>
    </message>
    <message>
        <source>a private key; a private key does not belong here: the card&apos;s keys are made in the TPM and never leave it. Import only the certificate</source>
        <translation>秘密鍵です。秘密鍵はここに置くものではありません。カードの鍵は TPM 内で作成され、TPM の外に出ることはありません。証明書だけをインポートしてください</translation>
    </message>
    <message>
        <source>a bare public key, not a certificate</source>
        <translation>証明書ではなく、公開鍵だけです</translation>
    </message>
    <message>
        <source>a certificate revocation list (CRL), not a certificate</source>
        <translation>証明書ではなく、証明書失効リスト (CRL) です</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 は %2。</translation>
    </message>
    <message>
        <source>%1 is not a valid certificate or PKCS#7 bundle: its DER structure is damaged.</source>
        <translation>%1 は有効な証明書でも PKCS#7 バンドルでもありません。DER 構造が破損しています。</translation>
    </message>
    <message>
        <source>%1 is not a valid certificate or PKCS#7 bundle: its DER structure is damaged (OpenSSL: %2).</source>
        <translation>%1 は有効な証明書でも PKCS#7 バンドルでもありません。DER 構造が破損しています (OpenSSL: %2)。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 does not start like a DER certificate (byte 0x%2 instead of a SEQUENCE, 0x30).</source>
        <translation>%1 の先頭が DER 証明書の形式ではありません (SEQUENCE を示す 0x30 ではなく、バイト 0x%2 です)。</translation>
    </message>
    <message>
        <source>%1 (the data after byte %2)</source>
        <translation>%1 (%2 バイト目以降のデータ)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n byte(s) of other data after the certificate (at byte %2); it is damaged or not a certificate file.</source>
        <translation>
            <numerusform>%1 には、証明書の後 (%2 バイト目) に %n バイトの別のデータがあります。破損しているか、証明書ファイルではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 uses an indefinite length and is not a valid PKCS#7 bundle (truncated or damaged).</source>
        <translation>%1 は不定長形式を使用しており、有効な PKCS#7 バンドルではありません (途中で切れているか破損しています)。</translation>
    </message>
    <message>
        <source>not a certificate</source>
        <translation>証明書ではありません</translation>
    </message>
    <message>
        <source>PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3) has no END line before the next BEGIN at line %4; the file is truncated or two files were pasted into each other.</source>
        <translation>PEM ブロック %1 (%3 行目の「-----BEGIN %2-----」) には、%4 行目の次の BEGIN より前に END 行がありません。ファイルが途中で切れているか、2 つのファイルが混ざって貼り付けられています。</translation>
    </message>
    <message>
        <source>The file holds a private key (&quot;-----BEGIN %1-----&quot; at line %2). A private key does not belong here: the card&apos;s keys are made in the TPM and never leave it. Import only the certificate, and keep that key file away from others.</source>
        <translation>ファイルに秘密鍵が含まれています (%2 行目の「-----BEGIN %1-----」)。秘密鍵はここに置くものではありません。カードの鍵は TPM 内で作成され、TPM の外に出ることはありません。証明書だけをインポートし、その鍵ファイルはほかの人の手が届かない場所に保管してください。</translation>
    </message>
    <message>
        <source>PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3) is %4.</source>
        <translation>PEM ブロック %1 (%3 行目の「-----BEGIN %2-----」) は %4。</translation>
    </message>
    <message>
        <source>Line %1 ends a PEM block (&quot;-----END %2-----&quot;) that never began; the start of the file is missing.</source>
        <translation>%1 行目は、始まっていない PEM ブロックを終了しています (「-----END %2-----」)。ファイルの先頭部分が欠けています。</translation>
    </message>
    <message>
        <source>PEM block %1 begins as &quot;%2&quot; at line %3 but ends as &quot;%4&quot; at line %5.</source>
        <translation>PEM ブロック %1 は %3 行目で「%2」として始まっていますが、%5 行目で「%4」として終わっています。</translation>
    </message>
    <message>
        <source>PEM block %1 has a header line (line %2); certificates have none. The block is damaged or is not a certificate.</source>
        <translation>PEM ブロック %1 にヘッダー行があります (%2 行目)。証明書にヘッダー行はありません。ブロックが破損しているか、証明書ではありません。</translation>
    </message>
    <message>
        <source>The file is truncated: PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3) has no END line.</source>
        <translation>ファイルが途中で切れています。PEM ブロック %1 (%3 行目の「-----BEGIN %2-----」) に END 行がありません。</translation>
    </message>
    <message>
        <source>The file has PEM markers but no complete block.</source>
        <translation>ファイルに PEM マーカーはありますが、完全なブロックがありません。</translation>
    </message>
    <message>
        <source>PEM block %1 (&quot;-----BEGIN %2-----&quot; at line %3)</source>
        <translation>PEM ブロック %1 (%3 行目の「-----BEGIN %2-----」)</translation>
    </message>
    <message>
        <source>%1 is damaged: its content is not valid base64.</source>
        <translation>%1 は破損しています。内容が有効な base64 ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a valid certificate.</source>
        <translation>%1 は有効な証明書ではありません。</translation>
    </message>
    <message>
        <source>%1 holds more than one certificate.</source>
        <translation>%1 には複数の証明書が含まれています。</translation>
    </message>
    <message>
        <source>it is a ZIP archive: extract the certificate first</source>
        <translation>ZIP アーカイブです。先に証明書を展開してください</translation>
    </message>
    <message>
        <source>it is gzip-compressed: decompress it first</source>
        <translation>gzip で圧縮されています。先に解凍してください</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>PDF 文書です</translation>
    </message>
    <message>
        <source>it is a program</source>
        <translation>プログラムです</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is %1 bytes; certificate files are at most 1 MiB (%2 bytes). A certificate with its chain takes a few kilobytes: this is not a certificate file.</source>
        <translation>ファイルは %1 バイトですが、証明書ファイルは最大 1 MiB (%2 バイト) です。証明書とそのチェーンは数キロバイト程度なので、これは証明書ファイルではありません。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The file holds only blank space, no certificate.</source>
        <translation>ファイルには空白しかなく、証明書がありません。</translation>
    </message>
    <message>
        <source>The file is text without a certificate in it: a PEM certificate starts with the line &quot;-----BEGIN CERTIFICATE-----&quot;.</source>
        <translation>ファイルは証明書を含まないテキストです。PEM 証明書は「-----BEGIN CERTIFICATE-----」の行で始まります。</translation>
    </message>
    <message>
        <source>The file&apos;s base64 text</source>
        <translation>ファイルの base64 テキスト</translation>
    </message>
    <message>
        <source>The file is neither a PEM text nor a DER certificate: it starts with the bytes %1.</source>
        <translation>ファイルは PEM テキストでも DER 証明書でもありません。先頭のバイトは %1 です。</translation>
    </message>
    <message>
        <source>The file is neither a PEM text nor a DER certificate: it starts with the bytes %1 (%2).</source>
        <translation>ファイルは PEM テキストでも DER 証明書でもありません。先頭のバイトは %1 です (%2)。</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The data is not a DER certificate</source>
        <translation>データは DER 証明書ではありません</translation>
    </message>
    <message>
        <source>The certificate has a malformed or duplicated extension</source>
        <translation>証明書に不正な形式の拡張または重複した拡張があります</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates are malformed</source>
        <translation>証明書の有効期間の日付の形式が正しくありません</translation>
    </message>
    <message>
        <source>unsupported key (%1)</source>
        <translation>サポートされていない鍵 (%1)</translation>
    </message>
    <message>
        <source>unsupported key</source>
        <translation>サポートされていない鍵</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>The key is %1; a card key is RSA 2048, RSA 3072, ECDSA P-256 or ECDSA P-384.</source>
        <translation>鍵は %1 です。カードの鍵は RSA 2048、RSA 3072、ECDSA P-256、ECDSA P-384 のいずれかです。</translation>
    </message>
    <message>
        <source>RSA-PSS is a padding for RSA keys; this key is %1.</source>
        <translation>RSA-PSS は RSA 鍵用のパディングですが、この鍵は %1 です。</translation>
    </message>
    <message>
        <source>The challenge password cannot go into the request</source>
        <translation>チャレンジパスワードを証明書要求に含めることができません</translation>
    </message>
</context>
<context>
    <name>CertificateTemplate</name>
    <message>
        <source>TLS server authentication</source>
        <translation>TLS サーバー認証</translation>
    </message>
    <message>
        <source>TLS client authentication</source>
        <translation>TLS クライアント認証</translation>
    </message>
    <message>
        <source>Code signing</source>
        <translation>コード署名</translation>
    </message>
    <message>
        <source>E-mail protection</source>
        <translation>電子メールの保護</translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation>タイム スタンプ</translation>
    </message>
    <message>
        <source>OCSP signing</source>
        <translation>OCSP 署名</translation>
    </message>
    <message>
        <source>Smart card logon</source>
        <translation>スマートカード ログオン</translation>
    </message>
    <message>
        <source>Kerberos client authentication (PKINIT)</source>
        <translation>Kerberos クライアント認証 (PKINIT)</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>すべての用途</translation>
    </message>
    <message>
        <source>Document signing</source>
        <translation>文書署名</translation>
    </message>
    <message>
        <source>Encrypting file system</source>
        <translation>暗号化ファイルシステム</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>unknown member &quot;%1&quot; (the members are: %2)</source>
        <translation>不明なメンバー &quot;%1&quot; です (メンバー: %2)</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be 1 to 32 lower-case letters, digits or &apos;-&apos; (it is typed on the command line), not &quot;%1&quot;</source>
        <translation>&quot;id&quot; には英小文字、数字、&apos;-&apos; からなる 1～32 文字を指定してください (コマンドラインで入力するため)。&quot;%1&quot; は使えません</translation>
    </message>
    <message>
        <source>&quot;extendedKeyUsage&quot;: &quot;%1&quot; is neither a known name (clientAuth, serverAuth, emailProtection, smartcardLogon, codeSigning, ...) nor a dotted OID</source>
        <translation>&quot;extendedKeyUsage&quot;: &quot;%1&quot; は既知の名前 (clientAuth、serverAuth、emailProtection、smartcardLogon、codeSigning など) でも、ドット区切りの OID でもありません</translation>
    </message>
    <message>
        <source>&quot;extendedKeyUsage&quot;: &quot;%1&quot; is listed twice</source>
        <translation>&quot;extendedKeyUsage&quot;: &quot;%1&quot; が 2 回指定されています</translation>
    </message>
    <message>
        <source>&quot;keyAlgorithms&quot;: &quot;%1&quot; is not a card key type (rsa2048, rsa3072, p256, p384)</source>
        <translation>&quot;keyAlgorithms&quot;: &quot;%1&quot; はカードの鍵の種類 (rsa2048、rsa3072、p256、p384) ではありません</translation>
    </message>
    <message>
        <source>&quot;keyAlgorithms&quot;: &quot;%1&quot; is listed twice</source>
        <translation>&quot;keyAlgorithms&quot;: &quot;%1&quot; が 2 回指定されています</translation>
    </message>
    <message>
        <source>&quot;digest&quot;: &quot;%1&quot; is not sha256, sha384 or sha512</source>
        <translation>&quot;digest&quot;: &quot;%1&quot; は sha256、sha384、sha512 のいずれでもありません</translation>
    </message>
    <message>
        <source>no key type in &quot;keyAlgorithms&quot; meets the minimum sizes</source>
        <translation>&quot;keyAlgorithms&quot; に最小サイズを満たす鍵の種類がありません</translation>
    </message>
    <message>
        <source>Certificate template %1: %2.</source>
        <translation>証明書テンプレート %1: %2。</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is missing</source>
        <translation>メンバー &quot;%1&quot; がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; が空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 256 characters</source>
        <translation>&quot;%1&quot; が 256 文字を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; は文字列の配列である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; は整数である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be between %2 and %3, not %4</source>
        <translation>&quot;%1&quot; は %2～%3 である必要があります (%4 ではありません)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a key usage (digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, ...)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; はキー使用法 (digitalSignature、nonRepudiation、keyEncipherment、dataEncipherment、keyAgreement など) ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is for CA certificates; a card certificate is not a CA</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; は CA 証明書用です。カードの証明書は CA ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is listed twice</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; が 2 回指定されています</translation>
    </message>
    <message>
        <source>&quot;subjectAltNames&quot; must be an object such as {&quot;upn&quot;: &quot;optional&quot;}</source>
        <translation>&quot;subjectAltNames&quot; は {&quot;upn&quot;: &quot;optional&quot;} のようなオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>&quot;subjectAltNames&quot;: unknown kind &quot;%1&quot; (upn, email, dns)</source>
        <translation>&quot;subjectAltNames&quot;: 不明な種類 &quot;%1&quot; です (upn、email、dns)</translation>
    </message>
    <message>
        <source>&quot;subjectAltNames&quot;: &quot;%1&quot; must be &quot;required&quot;, &quot;optional&quot; or &quot;not-allowed&quot;</source>
        <translation>&quot;subjectAltNames&quot;: &quot;%1&quot; は &quot;required&quot;、&quot;optional&quot;、&quot;not-allowed&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>a user principal name (UPN)</source>
        <translation>ユーザー プリンシパル名 (UPN)</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>電子メール アドレス</translation>
    </message>
    <message>
        <source>a DNS name</source>
        <translation>DNS 名</translation>
    </message>
    <message>
        <source>Certificate template %1: not valid JSON at byte %2: %3.</source>
        <translation>証明書テンプレート %1: %2 バイト目が有効な JSON ではありません: %3。</translation>
    </message>
    <message>
        <source>Certificate template %1: the file must hold one JSON object {...}.</source>
        <translation>証明書テンプレート %1: ファイルには JSON オブジェクト {...} を 1 つ含める必要があります。</translation>
    </message>
    <message>
        <source>Certificate template %1: cannot be read: %2.</source>
        <translation>証明書テンプレート %1: 読み取れません: %2。</translation>
    </message>
    <message>
        <source>Certificate template %1: the file is larger than %2 KiB.</source>
        <translation>証明書テンプレート %1: ファイルが %2 KiB を超えています。</translation>
    </message>
    <message>
        <source>Certificate template %1: another file in the same folder already defines &quot;%2&quot;; this one is ignored.</source>
        <translation>証明書テンプレート %1: 同じフォルダー内の別のファイルがすでに「%2」を定義しているため、このファイルは無視されます。</translation>
    </message>
    <message>
        <source>There is no certificate template &quot;%1&quot;. Templates: %2.</source>
        <translation>証明書テンプレート「%1」はありません。テンプレート: %2。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take %2 keys; it takes %3.</source>
        <translation>テンプレート「%1」では %2 鍵は使えません。使えるのは %3 です。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs %2 keys of at least %3 bits; an %4 key is too small.</source>
        <translation>テンプレート「%1」には %3 ビット以上の %2 鍵が必要です。%4 鍵では小さすぎます。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take %2 (%3); it takes no alternative names.</source>
        <translation>テンプレート「%1」では %2 (%3) は使えません。このテンプレートでは代替名は使えません。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take %2 (%3); it takes: %4.</source>
        <translation>テンプレート「%1」では %2 (%3) は使えません。使えるのは次のものです: %4。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs %2 as subject alternative name (%3).</source>
        <translation>テンプレート「%1」にはサブジェクト代替名として %2 が必要です (%3)。</translation>
    </message>
</context>
<context>
    <name>CredentialSeal</name>
    <message>
        <source>The credential is %1 bytes long, not %2.</source>
        <translation>クレデンシャルの長さが %2 バイトではなく %1 バイトです。</translation>
    </message>
    <message>
        <source>The sealed certificate is too short to hold an IV, a certificate and a tag.</source>
        <translation>封印された証明書が短すぎて、IV、証明書、タグを含められません。</translation>
    </message>
    <message>
        <source>The sealed certificate does not open with the credential the TPM recovered: it was sealed for another credential or another AIK, or altered on the way.</source>
        <translation>封印された証明書を TPM が取り出したクレデンシャルで開けません。別のクレデンシャルまたは別の AIK 向けに封印されたか、途中で改ざんされています。</translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>Subject: at character %1: %2.</source>
        <translation>サブジェクト: %1 文字目: %2。</translation>
    </message>
    <message>
        <source>nothing follows the last &apos;,&apos;</source>
        <translation>最後の &apos;,&apos; の後に何もありません</translation>
    </message>
    <message>
        <source>empty RDN between two commas</source>
        <translation>2 つのカンマの間の RDN が空です</translation>
    </message>
    <message>
        <source>&apos;;&apos; does not separate RDNs in RFC 4514: use &apos;,&apos; (or write \; for a semicolon in a value)</source>
        <translation>&apos;;&apos; は RFC 4514 では RDN の区切りではありません。&apos;,&apos; を使用してください (値の中のセミコロンは \; と書きます)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;+&apos; but found %1</source>
        <translation>&apos;,&apos; または &apos;+&apos; が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <source>%1=%2 appears twice in the same RDN</source>
        <translation>%1=%2 が同じ RDN 内に 2 回あります</translation>
    </message>
    <message>
        <source>nothing follows &apos;+&apos;</source>
        <translation>&apos;+&apos; の後に何もありません</translation>
    </message>
    <message>
        <source>an attribute name is missing</source>
        <translation>属性名がありません</translation>
    </message>
    <message>
        <source>an attribute name is missing before &apos;=&apos;</source>
        <translation>&apos;=&apos; の前に属性名がありません</translation>
    </message>
    <message>
        <source>empty RDN (two commas, or a comma first)</source>
        <translation>RDN が空です (カンマが 2 つ続いているか、先頭がカンマです)</translation>
    </message>
    <message>
        <source>expected an attribute name (CN, O, OU, ...) but found %1</source>
        <translation>属性名 (CN、O、OU など) が必要ですが、%1 がありました</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に &apos;=&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid dotted object identifier</source>
        <translation>&apos;%1&apos; は有効なドット区切りのオブジェクト識別子ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known attribute (known: %2; or a dotted OID)</source>
        <translation>&apos;%1&apos; は既知の属性ではありません (既知の属性: %2。またはドット区切りの OID)</translation>
    </message>
    <message>
        <source>values in #hex (BER) form are not accepted: type the text itself (write \# for a value that starts with &apos;#&apos;)</source>
        <translation>#hex (BER) 形式の値は使用できません。テキストそのものを入力してください (&apos;#&apos; で始まる値は \# と書きます)</translation>
    </message>
    <message>
        <source>quoted values are not RFC 4514: remove the quotes and escape &apos;,&apos; &apos;+&apos; &apos;&quot;&apos; &apos;\&apos; &apos;;&apos; &apos;&lt;&apos; &apos;&gt;&apos; with a backslash</source>
        <translation>引用符で囲んだ値は RFC 4514 の形式ではありません。引用符を外し、&apos;,&apos; &apos;+&apos; &apos;&quot;&apos; &apos;\&apos; &apos;;&apos; &apos;&lt;&apos; &apos;&gt;&apos; はバックスラッシュでエスケープしてください</translation>
    </message>
    <message>
        <source>the escaped bytes are not valid UTF-8</source>
        <translation>エスケープされたバイトが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>&apos;\&apos; at the end: escape what?</source>
        <translation>末尾に &apos;\&apos; があります: エスケープする文字がありません</translation>
    </message>
    <message>
        <source>&apos;\%1&apos; must be followed by a second hex digit (\XX) or be a special character</source>
        <translation>&apos;\%1&apos; の後には 2 桁目の 16 進数字 (\XX) が必要です。そうでない場合は特殊文字である必要があります</translation>
    </message>
    <message>
        <source>&apos;\%1&apos; is not an escape: escape only &quot; + , ; &lt; &gt; \ space # = or a hex pair \XX</source>
        <translation>&apos;\%1&apos; はエスケープではありません。エスケープできるのは &quot; + , ; &lt; &gt; \ スペース # = と 16 進数字のペア \XX だけです</translation>
    </message>
    <message>
        <source>%1 must be escaped as \%2 inside a value</source>
        <translation>値の中の %1 は \%2 とエスケープする必要があります</translation>
    </message>
    <message>
        <source>control character %1 in the value of %2</source>
        <translation>%2 の値に制御文字 %1 があります</translation>
    </message>
    <message>
        <source>broken UTF-16 surrogate pair</source>
        <translation>UTF-16 サロゲート ペアが壊れています</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 に値がありません</translation>
    </message>
    <message>
        <source>C (country) must be two capital letters as in ISO 3166, for example C=DE, not &apos;%1&apos;</source>
        <translation>C (国) は ISO 3166 の 2 文字の英大文字である必要があります (例: C=JP)。&apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>the value of %1 has %2 characters; at most %3 are allowed</source>
        <translation>%1 の値は %2 文字ですが、使用できるのは %3 文字までです</translation>
    </message>
    <message>
        <source>the value of %1 contains a NUL character</source>
        <translation>%1 の値に NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>%1 takes ASCII characters only, not %2 (write internationalised domains in their xn-- form)</source>
        <translation>%1 には ASCII 文字しか使えません。%2 は使えません (国際化ドメイン名は xn-- 形式で入力してください)</translation>
    </message>
    <message>
        <source>%1 takes only letters, digits, space and &apos;()+,-./:=? (PrintableString), not %2</source>
        <translation>%1 には英字、数字、スペース、&apos;()+,-./:=? しか使えません (PrintableString)。%2 は使えません</translation>
    </message>
    <message>
        <source>DC takes one domain label (letters, digits, &apos;-&apos;; no dots: write DC=example,DC=com), not &apos;%1&apos;</source>
        <translation>DC にはドメイン ラベルを 1 つだけ指定します (英字、数字、&apos;-&apos;。ドットは不可: DC=example,DC=com のように書きます)。&apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address (name@domain)</source>
        <translation>&apos;%1&apos; は電子メール アドレス (name@domain) ではありません</translation>
    </message>
    <message>
        <source>The subject attribute %1 cannot be encoded</source>
        <translation>サブジェクト属性 %1 をエンコードできません</translation>
    </message>
    <message>
        <source>Subject: it has %1 characters; at most %2 are accepted.</source>
        <translation>サブジェクト: %1 文字ありますが、受け付けられるのは %2 文字までです。</translation>
    </message>
    <message>
        <source>Subject: written out with full attribute names it has %1 characters; at most %2 are accepted.</source>
        <translation>サブジェクト: 完全な属性名で書き出すと %1 文字になりますが、受け付けられるのは %2 文字までです。</translation>
    </message>
    <message>
        <source>The distinguished name is not valid DER</source>
        <translation>識別名が有効な DER ではありません</translation>
    </message>
</context>
<context>
    <name>Endorsement</name>
    <message>
        <source>The TPM&apos;s endorsement hierarchy has a password, so tpmvsc cannot use the endorsement key. Ask the machine&apos;s administrator to provision the endorsement key at 0x81010001 (tpm2_createek -c 0x81010001) or to clear the endorsement password.</source>
        <translation>TPM の保証階層にパスワードが設定されているため、tpmvsc は保証鍵を使用できません。このマシンの管理者に、保証鍵を 0x81010001 に用意する (tpm2_createek -c 0x81010001) か、保証階層のパスワードを解除するよう依頼してください。</translation>
    </message>
    <message>
        <source>The attestation CA&apos;s challenge is malformed.</source>
        <translation>構成証明 CA のチャレンジの形式が正しくありません。</translation>
    </message>
    <message>
        <source>The TPM&apos;s endorsement hierarchy has a password, so the endorsement key cannot decrypt the attestation CA&apos;s challenge. Ask the machine&apos;s administrator to clear the endorsement password.</source>
        <translation>TPM の保証階層にパスワードが設定されているため、保証鍵で構成証明 CA のチャレンジを復号できません。このマシンの管理者に保証階層のパスワードを解除するよう依頼してください。</translation>
    </message>
    <message>
        <source>The attestation CA&apos;s challenge was not made for this TPM&apos;s endorsement key and this attestation key.</source>
        <translation>構成証明 CA のチャレンジは、この TPM の保証鍵とこの構成証明鍵に向けて作成されたものではありません。</translation>
    </message>
</context>
<context>
    <name>EndorsementRoots</name>
    <message>
        <source>This holds no PEM or DER certificate.</source>
        <translation>PEM または DER 形式の証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The folder of endorsement roots %1 cannot be read.</source>
        <translation>保証ルートのフォルダー %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The endorsement root %1 cannot be read: %2.</source>
        <translation>保証ルート %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The endorsement root %1 holds no PEM or DER certificate.</source>
        <translation>保証ルート %1 に PEM または DER 形式の証明書がありません。</translation>
    </message>
    <message>
        <source>The folder %1 holds no endorsement root (files *.pem, *.crt, *.cer or *.der).</source>
        <translation>フォルダー %1 に保証ルート (*.pem、*.crt、*.cer、*.der ファイル) がありません。</translation>
    </message>
    <message>
        <source>The EK certificate is not a DER X.509 certificate.</source>
        <translation>EK 証明書は DER 形式の X.509 証明書ではありません。</translation>
    </message>
    <message>
        <source>The EK certificate does not chain to a trusted endorsement root (%1).</source>
        <translation>EK 証明書が信頼された保証ルートにつながりません (%1)。</translation>
    </message>
</context>
<context>
    <name>EnrollService</name>
    <message>
        <source>The key label is too long (at most %1 characters).</source>
        <translation>鍵のラベルが長すぎます (%1 文字以内)。</translation>
    </message>
    <message>
        <source>The key label must not contain control characters.</source>
        <translation>鍵のラベルに制御文字を含めることはできません。</translation>
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
        <translation>証明書は保存されていません:
%1</translation>
    </message>
    <message>
        <source>The certificate is not stored because of these warnings:
%1</source>
        <translation>次の警告のため、証明書は保存されていません:
%1</translation>
    </message>
    <message>
        <source>Choose a certificate template: %1.</source>
        <translation>証明書テンプレートを選んでください: %1。</translation>
    </message>
    <message>
        <source>The request names nobody: give a subject (such as CN=Alice) or at least one subject alternative name.</source>
        <translation>証明書要求に対象者の名前がありません。サブジェクト (CN=Alice など) か、少なくとも 1 つのサブジェクト代替名を指定してください。</translation>
    </message>
    <message>
        <source>A self-signed certificate needs a subject (its issuer is its subject).</source>
        <translation>自己署名証明書にはサブジェクトが必要です (発行者がサブジェクトと同じになるため)。</translation>
    </message>
    <message>
        <source>The card %1 has no key %2.</source>
        <translation>カード %1 に鍵 %2 はありません。</translation>
    </message>
    <message>
        <source>Key %1 is a %2 key; choose either an existing key or a key type for a new one.</source>
        <translation>鍵 %1 は %2 鍵です。既存の鍵か新しい鍵の種類か、どちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>Key %1 already has a certificate; a self-signed one would replace it.</source>
        <translation>鍵 %1 にはすでに証明書があります。自己署名証明書を作成すると置き換えられます。</translation>
    </message>
    <message>
        <source>%1 has no file system yet (it was created without one).</source>
        <translation>%1 にはまだファイルシステムがありません (ファイルシステムなしで作成されました)。</translation>
    </message>
    <message>
        <source>%1 already holds %2 keys, the most a card can hold. Delete one first, or request for an existing key.</source>
        <translation>%1 にはすでにカードの上限である %2 個の鍵があります。先にいずれかを削除するか、既存の鍵に対して証明書を要求してください。</translation>
    </message>
    <message>
        <source>RSA-PSS applies to RSA keys; this request uses a %1 key.</source>
        <translation>RSA-PSS は RSA 鍵に適用されるものですが、この証明書要求では %1 鍵を使用しています。</translation>
    </message>
    <message>
        <source>The validity must be from 1 to %1 days.</source>
        <translation>有効期間は 1～%1 日の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A validity applies to self-signed certificates only; the CA decides the validity of the certificate it issues.</source>
        <translation>有効期間を指定できるのは自己署名証明書だけです。CA が発行する証明書の有効期間は CA が決めます。</translation>
    </message>
    <message>
        <source>%1 is blocked after too many wrong PINs.</source>
        <translation>PIN の誤りが多すぎたため、%1 はブロックされています。</translation>
    </message>
    <message>
        <source>%1 holds no keys, so no certificate can belong to it.</source>
        <translation>%1 には鍵がないため、証明書を対応付けることはできません。</translation>
    </message>
    <message>
        <source>Attestation goes into a certificate request; a self-signed certificate cannot carry it.</source>
        <translation>構成証明は証明書要求に含めるものです。自己署名証明書には含められません。</translation>
    </message>
    <message>
        <source>The card %1 has no attestation key to prove the key with.</source>
        <translation>カード %1 には鍵を証明する構成証明キーがありません。</translation>
    </message>
    <message>
        <source>Enrollment needs a subject (such as CN=Alice): the key signs its own certificate for the CA with it.</source>
        <translation>証明書の申請にはサブジェクト (CN=Alice など) が必要です。鍵はこのサブジェクトで、CA に示す自身の証明書に署名します。</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate has the SHA-256 fingerprint %1, not the %2 it was expected to have: no key was made.</source>
        <translation>CA の証明書の SHA-256 フィンガープリントは %1 で、想定された %2 ではありません。鍵は作成されませんでした。</translation>
    </message>
</context>
<context>
    <name>EnrollText</name>
    <message>
        <source>Smartcard Logon</source>
        <translation>スマートカード ログオン</translation>
    </message>
    <message>
        <source>Signature and Smartcard Logon</source>
        <translation>署名とスマートカード ログオン</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>クライアント認証</translation>
    </message>
    <message>
        <source>E-mail protection (S/MIME)</source>
        <translation>電子メールの保護 (S/MIME)</translation>
    </message>
    <message>
        <source>RSA 2048-bit</source>
        <translation>RSA 2048 ビット</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA 3072 ビット</translation>
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
        <translation>ユーザー プリンシパル名 (UPN)</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>電子メール アドレス</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS 名</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Signs in to Windows domains and Linux (PAM, SSSD) with the card.</source>
        <translation>カードで Windows ドメインと Linux (PAM、SSSD) にサインインします。</translation>
    </message>
    <message>
        <source>Signs documents (non-repudiation) and signs in with the card.</source>
        <translation>文書に署名し (否認防止)、カードでサインインします。</translation>
    </message>
    <message>
        <source>Authenticates to TLS servers: VPN, Wi-Fi (EAP-TLS), web sites.</source>
        <translation>TLS サーバー (VPN、Wi-Fi (EAP-TLS)、Web サイト) に対して認証します。</translation>
    </message>
    <message>
        <source>Signs e-mail and, with RSA keys, receives encrypted e-mail.</source>
        <translation>電子メールに署名し、RSA 鍵では暗号化された電子メールを受信します。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A value is not in the expected form.</source>
        <translation>値の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The PIN or PUK does not meet the card&apos;s rules.</source>
        <translation>PIN または PUK がカードのルールを満たしていません。</translation>
    </message>
    <message>
        <source>Wrong PIN, PUK or response.</source>
        <translation>PIN、PUK またはレスポンスが正しくありません。</translation>
    </message>
    <message>
        <source>The card is blocked.</source>
        <translation>カードはブロックされています。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>Another program is using the card.</source>
        <translation>別のプログラムがカードを使用しています。</translation>
    </message>
    <message>
        <source>A card file is damaged.</source>
        <translation>カードのファイルが破損しています。</translation>
    </message>
    <message>
        <source>A card file is not protected well enough.</source>
        <translation>カードのファイルが十分に保護されていません。</translation>
    </message>
    <message>
        <source>The card files could not be written or read.</source>
        <translation>カードのファイルを読み書きできませんでした。</translation>
    </message>
    <message>
        <source>The TPM cannot be reached.</source>
        <translation>TPM に接続できません。</translation>
    </message>
    <message>
        <source>The TPM is locked after too many wrong attempts.</source>
        <translation>誤った試行が多すぎたため、TPM がロックされています。</translation>
    </message>
    <message>
        <source>The card belongs to another TPM.</source>
        <translation>このカードは別の TPM のものです。</translation>
    </message>
    <message>
        <source>The TPM reported an error.</source>
        <translation>TPM がエラーを報告しました。</translation>
    </message>
    <message>
        <source>This TPM or system does not support it.</source>
        <translation>この TPM またはシステムはこれに対応していません。</translation>
    </message>
    <message>
        <source>The card has reached a limit.</source>
        <translation>カードが上限に達しました。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner password is needed.</source>
        <translation>TPM の所有者パスワードが必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) left before the card is blocked.</source>
        <translation>
            <numerusform>あと %n 回 PIN を間違えるとカードがブロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is blocked after too many wrong PINs.</source>
        <translation>PIN の誤りが多すぎたため、カードはブロックされています。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PUK(s) left before the PUK is blocked.</source>
        <translation>
            <numerusform>あと %n 回 PUK を間違えると PUK がブロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is blocked after too many wrong tries.</source>
        <translation>誤りが多すぎたため、PUK はブロックされています。</translation>
    </message>
    <message numerus="yes">
        <source>The challenge is used up. %n wrong response(s) left before admin reset is blocked on this card.</source>
        <translation>
            <numerusform>このチャレンジは使用済みです。あと %n 回レスポンスを間違えると、このカードの管理者リセットがブロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Admin reset is blocked on this card after too many wrong responses.</source>
        <translation>レスポンスの誤りが多すぎたため、このカードの管理者リセットはブロックされています。</translation>
    </message>
    <message>
        <source>The TPM&apos;s owner has set a password, and creating or removing a card needs it: it was missing or wrong.</source>
        <translation>TPM の所有者がパスワードを設定しており、カードの作成と削除にはそれが必要です。入力されていないか、正しくありません。</translation>
    </message>
    <message>
        <source>Unblock it with its PUK (Unblock with PUK…) or have the PIN reset with the admin key (Reset PIN with admin key…).</source>
        <translation>PUK でブロックを解除するか（PUK でブロック解除…）、管理者キーで PIN をリセットしてもらってください（管理者キーで PIN をリセット…）。</translation>
    </message>
    <message>
        <source>Unblock it with its PUK (Unblock with PUK…).</source>
        <translation>PUK でブロックを解除してください（PUK でブロック解除…）。</translation>
    </message>
    <message>
        <source>Have the PIN reset with the admin key (Reset PIN with admin key…).</source>
        <translation>管理者キーで PIN をリセットしてもらってください（管理者キーで PIN をリセット…）。</translation>
    </message>
    <message>
        <source>It has no PUK and no admin resets left: destroy it and create a new card.</source>
        <translation>PUK も管理者リセットも残っていません。カードを削除して新しいカードを作成してください。</translation>
    </message>
    <message>
        <source>Type it in the TPM owner password field, or ask the computer&apos;s administrator.</source>
        <translation>TPM 所有者パスワードの欄に入力するか、コンピューターの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Destroy the cards you no longer use to make room.</source>
        <translation>使わなくなったカードを破棄して空きを作ってください。</translation>
    </message>
    <message>
        <source>Destroy it again (Destroy card…).</source>
        <translation>もう一度破棄してください（カードを破棄…）。</translation>
    </message>
    <message>
        <source>Initialise it first (Initialise file system…).</source>
        <translation>先に初期化してください（ファイルシステムを初期化…）。</translation>
    </message>
    <message>
        <source>The card&apos;s details list its keys (Details…).</source>
        <translation>カードの詳細にキーの一覧があります（詳細…）。</translation>
    </message>
    <message>
        <source>Delete it first (Certificates…) if that is what you want.</source>
        <translation>そうしたい場合は、先に削除してください（証明書…）。</translation>
    </message>
    <message>
        <source>Request a certificate first (Request certificate…).</source>
        <translation>先に証明書を要求してください（証明書を要求…）。</translation>
    </message>
    <message>
        <source>To try tpmvsc without a TPM, start it with its built-in software TPM (tpmvsc --simulator).</source>
        <translation>TPM なしで tpmvsc を試すには、内蔵のソフトウェア TPM で起動してください (tpmvsc --simulator)。</translation>
    </message>
    <message>
        <source>If you are sure it is the right certificate, tick &quot;Store anyway&quot;.</source>
        <translation>正しい証明書であることが確かな場合は、「警告を承知で保存」をオンにしてください。</translation>
    </message>
    <message>
        <source>The evidence does not prove what it claims.</source>
        <translation>この証拠は、主張する内容を証明していません。</translation>
    </message>
    <message>
        <source>A service on the network cannot be reached.</source>
        <translation>ネットワーク上のサービスに接続できません。</translation>
    </message>
</context>
<context>
    <name>EvidenceVerification</name>
    <message>
        <source>The AIK&apos;s public key is not a valid SubjectPublicKeyInfo.</source>
        <translation>AIK の公開鍵が有効な SubjectPublicKeyInfo ではありません。</translation>
    </message>
    <message>
        <source>The evidence names the algorithm %1, which an AIK of type %2 cannot use.</source>
        <translation>証拠はアルゴリズム %1 を示していますが、種類 %2 の AIK はそれを使えません。</translation>
    </message>
    <message>
        <source>certInfo is not a TPMS_ATTEST: %1</source>
        <translation>certInfo が TPMS_ATTEST ではありません: %1</translation>
    </message>
    <message>
        <source>pubArea is not a TPMT_PUBLIC: %1</source>
        <translation>pubArea が TPMT_PUBLIC ではありません: %1</translation>
    </message>
    <message>
        <source>certInfo was not made by a TPM: its magic is 0x%1, not TPM_GENERATED (0xff544347).</source>
        <translation>certInfo は TPM が作ったものではありません: マジックが 0x%1 で、TPM_GENERATED (0xff544347) ではありません。</translation>
    </message>
    <message>
        <source>certInfo is not the result of TPM2_Certify: its type is 0x%1, not TPM_ST_ATTEST_CERTIFY (0x8017).</source>
        <translation>certInfo は TPM2_Certify の結果ではありません: 種類が 0x%1 で、TPM_ST_ATTEST_CERTIFY (0x8017) ではありません。</translation>
    </message>
    <message>
        <source>The certified key is not fixedTPM: it can be duplicated to another TPM.</source>
        <translation>証明された鍵は fixedTPM ではありません: 別の TPM へ複製できます。</translation>
    </message>
    <message>
        <source>The certified key is not fixedParent: it can be moved under another parent.</source>
        <translation>証明された鍵は fixedParent ではありません: 別の親の下へ移せます。</translation>
    </message>
    <message>
        <source>The certified key lacks sensitiveDataOrigin: the TPM did not make its private key from its own random (the key was imported or derived), so the private key can exist outside the TPM.</source>
        <translation>証明された鍵には sensitiveDataOrigin がありません: TPM は秘密鍵を自身の乱数から作っていません (鍵はインポートまたは導出されたもの) ので、秘密鍵が TPM の外に存在し得ます。</translation>
    </message>
    <message>
        <source>The certified key is restricted: it is a TPM&apos;s own key (an attestation or storage key), not a key for users.</source>
        <translation>証明された鍵は制限付き (restricted) です: TPM 自身の鍵 (構成証明鍵またはストレージ鍵) であり、利用者向けの鍵ではありません。</translation>
    </message>
    <message>
        <source>The evidence carries the nonce %1, but none was expected.</source>
        <translation>証拠にはナンス %1 が含まれていますが、ナンスは想定されていませんでした。</translation>
    </message>
    <message>
        <source>The evidence carries no nonce, but %1 was expected: it may be a replay.</source>
        <translation>証拠にナンスがありませんが、%1 が想定されていました: 再送 (リプレイ) の可能性があります。</translation>
    </message>
    <message>
        <source>The evidence&apos;s nonce is %1, not the expected %2: it may be a replay.</source>
        <translation>証拠のナンスは %1 で、想定された %2 ではありません: 再送 (リプレイ) の可能性があります。</translation>
    </message>
    <message>
        <source>A certificate of the AIK&apos;s chain is not DER X.509.</source>
        <translation>AIK のチェーンの証明書が DER 形式の X.509 ではありません。</translation>
    </message>
    <message>
        <source>The evidence has no certificate for the AIK, so the given roots cannot vouch for it.</source>
        <translation>証拠に AIK の証明書がないため、指定されたルートはそれを保証できません。</translation>
    </message>
    <message>
        <source>The AIK&apos;s certificate is for another key than the AIK that signed.</source>
        <translation>AIK の証明書は、署名した AIK とは別の鍵のものです。</translation>
    </message>
    <message>
        <source>A root certificate is not usable.</source>
        <translation>ルート証明書が使えません。</translation>
    </message>
    <message>
        <source>The AIK&apos;s certificate does not chain to the given roots (%1).</source>
        <translation>AIK の証明書は指定されたルートにつながりません (%1)。</translation>
    </message>
    <message>
        <source>The signature over certInfo does not verify with the AIK&apos;s key.</source>
        <translation>certInfo に対する署名が AIK の鍵で検証できません。</translation>
    </message>
    <message>
        <source>The TPM certified the key named %1, but pubArea&apos;s Name is %2.</source>
        <translation>TPM は名前 %1 の鍵を証明しましたが、pubArea の名前は %2 です。</translation>
    </message>
    <message>
        <source>pubArea holds no usable public key: %1</source>
        <translation>pubArea に使える公開鍵がありません: %1</translation>
    </message>
    <message>
        <source>The certified key is not the certificate request&apos;s key: the statement is about another key.</source>
        <translation>証明された鍵は証明書要求の鍵ではありません: この文は別の鍵についてのものです。</translation>
    </message>
    <message>
        <source>The certified key is not the expected public key.</source>
        <translation>証明された鍵は想定された公開鍵ではありません。</translation>
    </message>
    <message>
        <source>The evidence&apos;s field &quot;aikPublic&quot; is not a PEM public key.</source>
        <translation>証拠のフィールド「aikPublic」が PEM 形式の公開鍵ではありません。</translation>
    </message>
    <message>
        <source>This is not a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>これは PEM 形式の公開鍵 (-----BEGIN PUBLIC KEY-----) ではありません。</translation>
    </message>
</context>
<context>
    <name>ImportAnalysis</name>
    <message>
        <source>(empty subject, serial %1)</source>
        <translation>(サブジェクトが空、シリアル番号 %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it begins on %1, and the clock of this computer says %2.</source>
        <translation>証明書はまだ有効ではありません。有効期間の開始は %1 ですが、このコンピューターの時計は %2 です。</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (it was valid from %2). Ask the CA for a new one.</source>
        <translation>証明書の有効期限は %1 に切れました (有効期間の開始は %2)。新しい証明書を CA に要求してください。</translation>
    </message>
    <message numerus="yes">
        <source>Valid from %1 to %2 (%n days left).</source>
        <translation>
            <numerusform>有効期間: %1 から %2 まで (残り %n 日)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is a CA certificate (basicConstraints CA:TRUE); a certificate for a card key should not be one.</source>
        <translation>証明書は CA 証明書です (basicConstraints CA:TRUE)。カードの鍵の証明書は CA 証明書であるべきではありません。</translation>
    </message>
    <message>
        <source>The certificate does not restrict the key usage.</source>
        <translation>証明書はキー使用法を制限していません。</translation>
    </message>
    <message>
        <source>Key usage: %1.</source>
        <translation>キー使用法: %1。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage (%1) lacks %2, which the template &quot;%3&quot; asks for.</source>
        <translation>証明書のキー使用法 (%1) には、テンプレート「%3」が求める %2 がありません。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage (%1) lacks %2: the card could not sign with it.</source>
        <translation>証明書のキー使用法 (%1) には %2 がありません。カードはこの証明書で署名できません。</translation>
    </message>
    <message>
        <source>The certificate does not restrict its purposes (no extended key usage).</source>
        <translation>証明書は用途を制限していません (拡張キー使用法なし)。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purposes: %1.</source>
        <translation>用途: %1。</translation>
    </message>
    <message>
        <source>The certificate lacks the purposes %1 that the template &quot;%2&quot; asks for (it has: %3); it may not work for that use.</source>
        <translation>証明書には、テンプレート「%2」が求める用途 %1 がありません (証明書の用途: %3)。その用途では機能しない可能性があります。</translation>
    </message>
    <message>
        <source>The certificate lacks the purpose %1 that the template &quot;%2&quot; asks for (it has: %3); it may not work for that use.</source>
        <translation>証明書には、テンプレート「%2」が求める用途 %1 がありません (証明書の用途: %3)。その用途では機能しない可能性があります。</translation>
    </message>
    <message>
        <source>The certificate has no %1 among its alternative names, which the template &quot;%2&quot; needs.</source>
        <translation>証明書の代替名に、テンプレート「%2」が必要とする %1 がありません。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>this computer&apos;s trusted CA certificates</source>
        <translation>このコンピューターの信頼済み CA 証明書</translation>
    </message>
    <message>
        <source>the CA bundle %1</source>
        <translation>CA バンドル %1</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>CA バンドル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no readable PEM certificates</source>
        <translation>CA バンドル %1 に読み取り可能な PEM 証明書がありません</translation>
    </message>
    <message>
        <source>The certificate chains up to %1, trusted by %2.</source>
        <translation>証明書のチェーンは %1 までつながっており、%2 によって信頼されています。</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no CA vouches for it, and it is not among %1.</source>
        <translation>証明書は自己署名です。どの CA も保証しておらず、%1 にも含まれていません。</translation>
    </message>
    <message>
        <source>The chain ends at the root CA %1, which is not among %2.</source>
        <translation>チェーンはルート CA %1 で終わっていますが、このルート CA は %2 に含まれていません。</translation>
    </message>
    <message>
        <source>The issuer %1 is unknown: the file does not contain its certificate, and it is not among %2.</source>
        <translation>発行者 %1 が不明です。ファイルにその証明書が含まれておらず、%2 にも含まれていません。</translation>
    </message>
    <message>
        <source>The CA certificate %1 has expired.</source>
        <translation>CA 証明書 %1 の有効期限が切れています。</translation>
    </message>
    <message>
        <source>The CA certificate %1 is not valid yet.</source>
        <translation>CA 証明書 %1 はまだ有効ではありません。</translation>
    </message>
    <message>
        <source>The signature on %1 does not verify: the chain is damaged or forged.</source>
        <translation>%1 の署名を検証できません。チェーンが破損しているか、偽造されています。</translation>
    </message>
    <message>
        <source>%1 issues certificates but is not allowed to (it is no CA certificate).</source>
        <translation>%1 は証明書を発行していますが、その権限がありません (CA 証明書ではありません)。</translation>
    </message>
    <message>
        <source>The chain does not verify at %1 (depth %2): %3.</source>
        <translation>チェーンの検証が %1 (深さ %2) で失敗しました: %3。</translation>
    </message>
    <message>
        <source>%1 Programs that check the chain will not trust this certificate.</source>
        <translation>%1 チェーンを確認するプログラムは、この証明書を信頼しません。</translation>
    </message>
    <message>
        <source>There is no certificate to import.</source>
        <translation>インポートする証明書がありません。</translation>
    </message>
    <message>
        <source>The card holds no key, so no certificate can belong to it. Make a certificate request first: it creates the key.</source>
        <translation>カードに鍵がないため、証明書を対応付けることはできません。先に証明書要求を作成してください。証明書要求を作成すると鍵が作られます。</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 in the file: %3</source>
        <translation>ファイル内の %2 件中 %1 件目の証明書: %3</translation>
    </message>
    <message>
        <source>This certificate is for another key: its public key (%1) matches no key on this card. Import the certificate the CA issued for a request made from this card.</source>
        <translation>この証明書は別の鍵のものです。公開鍵 (%1) がこのカードのどの鍵とも一致しません。このカードから作成した証明書要求に対して CA が発行した証明書をインポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>These certificates are for other keys: none of the %n public keys in the file matches a key on this card. Import the certificate the CA issued for a request made from this card.</source>
        <translation>
            <numerusform>これらの証明書は別の鍵のものです。ファイル内の %n 個の公開鍵のいずれも、このカードの鍵と一致しません。このカードから作成した証明書要求に対して CA が発行した証明書をインポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n certificates for keys on this card (%1 and %2, ...); import them one file at a time.</source>
        <translation>
            <numerusform>ファイルには、このカードの鍵に対する証明書が %n 件含まれています (%1、%2 など)。1 ファイルに 1 件ずつにしてインポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is %1 bytes; a card stores certificates of at most %2 KiB.</source>
        <translation>証明書は %1 バイトですが、カードに保存できる証明書は %2 KiB までです。</translation>
    </message>
    <message>
        <source>The certificate&apos;s chain has more than %1 issuers; a card stores at most %1.</source>
        <translation>証明書のチェーンには %1 件を超える発行者があります。カードに保存できるのは %1 件までです。</translation>
    </message>
    <message>
        <source>The issuer certificate %1 is %2 bytes; a card stores certificates of at most %3 KiB.</source>
        <translation>発行者証明書 %1 は %2 バイトですが、カードに保存できる証明書は %3 KiB までです。</translation>
    </message>
    <message>
        <source>The certificate belongs to the card key with id %1 (%2).</source>
        <translation>証明書は、id %1 のカードの鍵 (%2) のものです。</translation>
    </message>
    <message>
        <source>The certificate belongs to the card key &quot;%1&quot; (id %2) (%3).</source>
        <translation>証明書は、カードの鍵「%1」(id %2) (%3) のものです。</translation>
    </message>
    <message numerus="yes">
        <source>The file also holds %n certificates that are not part of this certificate&apos;s chain (%1); they are not stored.</source>
        <translation>
            <numerusform>ファイルには、この証明書のチェーンに含まれない証明書がほかに %n 件あります (%1)。それらは保存されません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file also holds %n certificate that is not part of this certificate&apos;s chain (%1); it is not stored.</source>
        <translation>
            <numerusform>ファイルには、この証明書のチェーンに含まれない証明書がほかに %n 件あります (%1)。それは保存されません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeCredential</name>
    <message>
        <source>The seed cannot be encrypted to the EK</source>
        <translation>シードを EK 向けに暗号化できません</translation>
    </message>
    <message>
        <source>The EK is not a restricted decryption key (a storage key), so it cannot receive a credential.</source>
        <translation>EK が制限付き復号鍵 (ストレージ鍵) ではないため、クレデンシャルを受け取れません。</translation>
    </message>
    <message>
        <source>The EK is not fixedTPM and fixedParent: it could be a key that left its TPM.</source>
        <translation>EK が fixedTPM かつ fixedParent ではありません。TPM の外に出た鍵である可能性があります。</translation>
    </message>
    <message>
        <source>The EK&apos;s symmetric algorithm is not AES-128 or AES-256 in CFB mode.</source>
        <translation>EK の対称アルゴリズムが CFB モードの AES-128 または AES-256 ではありません。</translation>
    </message>
    <message>
        <source>The EK&apos;s curve is not NIST P-256 or P-384.</source>
        <translation>EK の曲線が NIST P-256 または P-384 ではありません。</translation>
    </message>
    <message>
        <source>A credential for this EK is 1 to %1 bytes long, not %2.</source>
        <translation>この EK 向けのクレデンシャルは 1～%1 バイトです (%2 バイトではありません)。</translation>
    </message>
</context>
<context>
    <name>OpenSslSupport</name>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 (OpenSSL: %2).</source>
        <translation>%1 (OpenSSL: %2)。</translation>
    </message>
</context>
<context>
    <name>OwnerPasswordField</name>
    <message>
        <source>TPM owner password</source>
        <translation>TPM 所有者パスワード</translation>
    </message>
    <message>
        <source>TPM o&amp;wner password:</source>
        <translation>TPM 所有者パスワード(&amp;W):</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message numerus="yes">
        <source>The PIN is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>PIN が短すぎます。%n 文字以上必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>PIN が長すぎます。%n 文字以下にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN has a character that cannot be used: only printable ASCII characters (unaccented letters, digits, punctuation and space) are allowed.</source>
        <translation>PIN に使用できない文字が含まれています。使用できるのは印字可能な ASCII 文字 (アクセントのない英字、数字、句読点、スペース) だけです。</translation>
    </message>
    <message>
        <source>The PIN needs at least one uppercase letter (A-Z).</source>
        <translation>PIN には英大文字 (A-Z) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PIN must not contain uppercase letters.</source>
        <translation>PIN に英大文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The PIN needs at least one lowercase letter (a-z).</source>
        <translation>PIN には英小文字 (a-z) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PIN must not contain lowercase letters.</source>
        <translation>PIN に英小文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The PIN needs at least one digit (0-9).</source>
        <translation>PIN には数字 (0-9) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PIN must not contain digits.</source>
        <translation>PIN に数字を含めることはできません。</translation>
    </message>
    <message>
        <source>The PIN needs at least one special character (punctuation, symbol or space).</source>
        <translation>PIN には特殊文字 (句読点、記号、スペース) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PIN must not contain special characters (punctuation, symbols or spaces).</source>
        <translation>PIN に特殊文字 (句読点、記号、スペース) を含めることはできません。</translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>PUK が短すぎます。%n 文字以上必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PUK is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>PUK が長すぎます。%n 文字以下にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK has a character that cannot be used: only printable ASCII characters (unaccented letters, digits, punctuation and space) are allowed.</source>
        <translation>PUK に使用できない文字が含まれています。使用できるのは印字可能な ASCII 文字 (アクセントのない英字、数字、句読点、スペース) だけです。</translation>
    </message>
    <message>
        <source>The PUK needs at least one uppercase letter (A-Z).</source>
        <translation>PUK には英大文字 (A-Z) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PUK must not contain uppercase letters.</source>
        <translation>PUK に英大文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The PUK needs at least one lowercase letter (a-z).</source>
        <translation>PUK には英小文字 (a-z) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PUK must not contain lowercase letters.</source>
        <translation>PUK に英小文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The PUK needs at least one digit (0-9).</source>
        <translation>PUK には数字 (0-9) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PUK must not contain digits.</source>
        <translation>PUK に数字を含めることはできません。</translation>
    </message>
    <message>
        <source>The PUK needs at least one special character (punctuation, symbol or space).</source>
        <translation>PUK には特殊文字 (句読点、記号、スペース) を 1 文字以上含める必要があります。</translation>
    </message>
    <message>
        <source>The PUK must not contain special characters (punctuation, symbols or spaces).</source>
        <translation>PUK に特殊文字 (句読点、記号、スペース) を含めることはできません。</translation>
    </message>
    <message>
        <source>The minimum PIN length cannot be less than %1 (it is %2).</source>
        <translation>PIN の最小長を %1 未満にすることはできません (指定値: %2)。</translation>
    </message>
    <message>
        <source>The maximum PIN length cannot be more than %1 (it is %2).</source>
        <translation>PIN の最大長を %1 より大きくすることはできません (指定値: %2)。</translation>
    </message>
    <message>
        <source>The minimum PIN length (%1) is greater than the maximum (%2).</source>
        <translation>PIN の最小長 (%1) が最大長 (%2) より大きくなっています。</translation>
    </message>
    <message>
        <source>Every kind of character is disallowed (uppercase letters, lowercase letters, digits and special characters), so no PIN can meet the policy.</source>
        <translation>すべての種類の文字 (英大文字、英小文字、数字、特殊文字) が使用不可になっているため、ポリシーを満たす PIN はありません。</translation>
    </message>
    <message>
        <source>The policy requires %1 kinds of characters, but the maximum PIN length is only %2.</source>
        <translation>ポリシーでは %1 種類の文字が必須ですが、PIN の最大長は %2 しかありません。</translation>
    </message>
</context>
<context>
    <name>PublicKeyDescription</name>
    <message>
        <source>The public key is not a valid SubjectPublicKeyInfo.</source>
        <translation>公開鍵が有効な SubjectPublicKeyInfo ではありません。</translation>
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
        <translation>明示的なパラメーター</translation>
    </message>
    <message>
        <source>unknown algorithm</source>
        <translation>不明なアルゴリズム</translation>
    </message>
</context>
<context>
    <name>RequestAttestation</name>
    <message>
        <source>The certificate request is not DER PKCS#10.</source>
        <translation>証明書要求が DER 形式の PKCS#10 ではありません。</translation>
    </message>
    <message>
        <source>The certificate request&apos;s own signature does not verify.</source>
        <translation>証明書要求自身の署名が検証できません。</translation>
    </message>
    <message>
        <source>The statement&apos;s signature is not a TPMT_SIGNATURE: %1</source>
        <translation>文の署名が TPMT_SIGNATURE ではありません: %1</translation>
    </message>
    <message>
        <source>The statement is signed with hash 0x%1; only SHA-256 is accepted.</source>
        <translation>文はハッシュ 0x%1 で署名されています。受け付けるのは SHA-256 だけです。</translation>
    </message>
    <message>
        <source>A certificate in the attestation is not DER X.509.</source>
        <translation>構成証明の証明書が DER 形式の X.509 ではありません。</translation>
    </message>
    <message>
        <source>This is not a PEM certificate request (-----BEGIN CERTIFICATE REQUEST-----).</source>
        <translation>これは PEM 形式の証明書要求 (-----BEGIN CERTIFICATE REQUEST-----) ではありません。</translation>
    </message>
    <message>
        <source>The certificate request carries no attestation.</source>
        <translation>証明書要求に構成証明が含まれていません。</translation>
    </message>
    <message>
        <source>The certificate request carries %1 TPM statements; one is expected.</source>
        <translation>証明書要求には TPM の文が %1 件含まれています。1 件であるべきです。</translation>
    </message>
    <message>
        <source>The TPM statement leaves out the certified key&apos;s public area.</source>
        <translation>TPM の文に、証明された鍵の公開領域がありません。</translation>
    </message>
    <message>
        <source>No certificate in the attestation holds the key that signed the TPM statement: the attestation key must be given.</source>
        <translation>構成証明のどの証明書も TPM の文に署名した鍵を持っていません: 構成証明鍵を指定してください。</translation>
    </message>
</context>
<context>
    <name>ScepCaps</name>
    <message>
        <source>The CA&apos;s certificate (GetCACert) is not usable: %1</source>
        <translation>CA の証明書 (GetCACert) を使用できません: %1</translation>
    </message>
    <message>
        <source>The CA sent %1 certificates (GetCACert) and none of them is a CA&apos;s.</source>
        <translation>CA は %1 件の証明書を送信しました (GetCACert) が、どれも CA の証明書ではありません。</translation>
    </message>
    <message>
        <source>The CA issued something that is not a certificate.</source>
        <translation>CA が発行したものは証明書ではありません。</translation>
    </message>
    <message>
        <source>The CA issued a certificate for another key.</source>
        <translation>CA は別の鍵に対する証明書を発行しました。</translation>
    </message>
    <message>
        <source>The certificate the CA issued does not chain to the CA&apos;s certificate (%1).</source>
        <translation>CA が発行した証明書が CA の証明書につながりません (%1)。</translation>
    </message>
</context>
<context>
    <name>ScepClient</name>
    <message>
        <source>The SCEP address %1 is not an http:// or https:// URL without a query.</source>
        <translation>SCEP のアドレス %1 は、クエリを含まない http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 could not be reached (%2): %3.</source>
        <translation>%1 の SCEP CA に接続できませんでした (%2): %3。</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 failed (%2, HTTP status %3).</source>
        <translation>%1 の SCEP CA でエラーが発生しました (%2、HTTP ステータス %3)。</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 refused %2 (HTTP status %3).</source>
        <translation>%1 の SCEP CA が %2 を拒否しました (HTTP ステータス %3)。</translation>
    </message>
    <message>
        <source>The SCEP CA at %1 answered %2 with more than %3 bytes.</source>
        <translation>%1 の SCEP CA が %2 に対して %3 バイトを超える応答を返しました。</translation>
    </message>
    <message>
        <source>SCEP needs an RSA key: the CA encrypts its answer to the key, and a %1 key cannot decrypt.</source>
        <translation>SCEP には RSA 鍵が必要です。CA は応答をその鍵に向けて暗号化しますが、%1 鍵では復号できません。</translation>
    </message>
    <message>
        <source>The SCEP CA answered without a certificate for the key.</source>
        <translation>SCEP CA の応答に、この鍵に対する証明書がありませんでした。</translation>
    </message>
</context>
<context>
    <name>ScepMessage</name>
    <message>
        <source>The CA&apos;s SCEP answer is not usable: %1</source>
        <translation>CA の SCEP 応答を使用できません: %1</translation>
    </message>
    <message>
        <source>The %1 is not an X.509 certificate</source>
        <translation>%1が X.509 証明書ではありません</translation>
    </message>
    <message>
        <source>CA&apos;s encryption certificate</source>
        <translation>CA の暗号化証明書</translation>
    </message>
    <message>
        <source>The CA&apos;s encryption certificate has no RSA key</source>
        <translation>CA の暗号化証明書に RSA 鍵がありません</translation>
    </message>
    <message>
        <source>the attribute %1 appears twice</source>
        <translation>属性 %1 が 2 回現れます</translation>
    </message>
    <message>
        <source>the attribute %1 is not what RFC 8894 says it is</source>
        <translation>属性 %1 が RFC 8894 の規定どおりではありません</translation>
    </message>
    <message>
        <source>the attribute %1 is empty or too long</source>
        <translation>属性 %1 が空であるか、長すぎます</translation>
    </message>
    <message>
        <source>the attribute %1 holds &quot;%2&quot;, not a number</source>
        <translation>属性 %1 の値 &quot;%2&quot; が数値ではありません</translation>
    </message>
    <message>
        <source>it must have exactly one signer</source>
        <translation>署名者はちょうど 1 つでなければなりません</translation>
    </message>
    <message>
        <source>request&apos;s own certificate</source>
        <translation>証明書要求自身の証明書</translation>
    </message>
    <message>
        <source>SCEP needs an RSA key: the CA encrypts its answer to it</source>
        <translation>SCEP には RSA 鍵が必要です。CA は応答をその鍵に向けて暗号化します</translation>
    </message>
    <message>
        <source>it is not a PKCS#7 message</source>
        <translation>PKCS#7 メッセージではありません</translation>
    </message>
    <message>
        <source>it is not a PKCS#7 SignedData</source>
        <translation>PKCS#7 SignedData ではありません</translation>
    </message>
    <message>
        <source>it has no signed attributes</source>
        <translation>署名付き属性がありません</translation>
    </message>
    <message>
        <source>it has no messageType</source>
        <translation>messageType がありません</translation>
    </message>
    <message>
        <source>its messageType %1 is not one SCEP defines</source>
        <translation>messageType %1 は SCEP で定義されていません</translation>
    </message>
    <message>
        <source>it has no pkiStatus</source>
        <translation>pkiStatus がありません</translation>
    </message>
    <message>
        <source>its pkiStatus %1 is not one SCEP defines</source>
        <translation>pkiStatus %1 は SCEP で定義されていません</translation>
    </message>
    <message>
        <source>its failInfo %1 is not one SCEP defines</source>
        <translation>failInfo %1 は SCEP で定義されていません</translation>
    </message>
    <message>
        <source>its content is not data</source>
        <translation>内容が data 型ではありません</translation>
    </message>
    <message>
        <source>it reports success but carries no certificate</source>
        <translation>成功を示していますが、証明書が含まれていません</translation>
    </message>
    <message>
        <source>CA&apos;s certificate</source>
        <translation>CA の証明書</translation>
    </message>
    <message>
        <source>The CA&apos;s SCEP answer is not signed by the CA</source>
        <translation>CA の SCEP 応答が CA によって署名されていません</translation>
    </message>
    <message>
        <source>it is not a CertRep (messageType %1)</source>
        <translation>CertRep ではありません (messageType %1)</translation>
    </message>
    <message>
        <source>it answers another transaction</source>
        <translation>別のトランザクションに対する応答です</translation>
    </message>
    <message>
        <source>it does not answer this request&apos;s nonce</source>
        <translation>この証明書要求のナンスに対する応答ではありません</translation>
    </message>
    <message>
        <source>its content is not a PKCS#7 EnvelopedData</source>
        <translation>内容が PKCS#7 EnvelopedData ではありません</translation>
    </message>
    <message>
        <source>its EnvelopedData must have exactly one recipient</source>
        <translation>EnvelopedData の受信者はちょうど 1 つでなければなりません</translation>
    </message>
    <message>
        <source>its content key is not encrypted with RSA</source>
        <translation>コンテンツ鍵が RSA で暗号化されていません</translation>
    </message>
    <message>
        <source>its EnvelopedData has no encrypted content</source>
        <translation>EnvelopedData に暗号化された内容がありません</translation>
    </message>
    <message>
        <source>its content is encrypted with single DES, which OpenSSL offers only through its legacy provider, and that is not installed</source>
        <translation>内容がシングル DES で暗号化されています。OpenSSL はこれをレガシー プロバイダーでしか提供しておらず、そのプロバイダーがインストールされていません</translation>
    </message>
    <message>
        <source>its content is encrypted with %1, which is not AES, DES3 or DES in CBC mode</source>
        <translation>内容が %1 で暗号化されています。これは CBC モードの AES、DES3、DES ではありません</translation>
    </message>
    <message>
        <source>its content cipher has no usable IV</source>
        <translation>内容の暗号に使用可能な IV がありません</translation>
    </message>
    <message>
        <source>its content key has the wrong length</source>
        <translation>コンテンツ鍵の長さが正しくありません</translation>
    </message>
    <message>
        <source>its content does not decrypt with the key</source>
        <translation>内容をこの鍵で復号できません</translation>
    </message>
    <message>
        <source>its content is not a PKCS#7 with certificates</source>
        <translation>内容が証明書を含む PKCS#7 ではありません</translation>
    </message>
    <message>
        <source>The CA put the request on hold; polling is not supported yet, so no key was kept.</source>
        <translation>CA は証明書要求を保留にしました。ポーリングにはまだ対応していないため、鍵は残していません。</translation>
    </message>
    <message>
        <source>The CA refused the request (%1).</source>
        <translation>CA が証明書要求を拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The CA refused the request without saying why.</source>
        <translation>CA が理由を示さずに証明書要求を拒否しました。</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>A self-signed certificate needs a subject (such as CN=Alice): it is also the issuer.</source>
        <translation>自己署名証明書にはサブジェクト (CN=Alice など) が必要です。サブジェクトは発行者にもなります。</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity needs a start and an end.</source>
        <translation>証明書の有効期間には開始日時と終了日時が必要です。</translation>
    </message>
    <message>
        <source>The certificate would end (%1) before it begins (%2).</source>
        <translation>証明書の終了日時 (%1) が開始日時 (%2) より前になります。</translation>
    </message>
    <message>
        <source>Certificate dates must lie between 1950 and 9999.</source>
        <translation>証明書の日付は 1950 年から 9999 年の間である必要があります。</translation>
    </message>
</context>
<context>
    <name>SubjectAltName</name>
    <message>
        <source>Subject alternative name &quot;%1&quot;: %2.</source>
        <translation>サブジェクト代替名「%1」: %2。</translation>
    </message>
    <message>
        <source>the domain is missing</source>
        <translation>ドメインがありません</translation>
    </message>
    <message>
        <source>the domain ends with a dot</source>
        <translation>ドメインがドットで終わっています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid internationalised domain</source>
        <translation>&apos;%1&apos; は有効な国際化ドメイン名ではありません</translation>
    </message>
    <message>
        <source>the domain has %1 characters; at most %2 are allowed</source>
        <translation>ドメインは %1 文字ですが、使用できるのは %2 文字までです</translation>
    </message>
    <message>
        <source>the domain has an empty label (two dots in a row, or a leading dot)</source>
        <translation>ドメインに空のラベルがあります (ドットが 2 つ続いているか、先頭がドットです)</translation>
    </message>
    <message>
        <source>the label &apos;%1&apos; is longer than %2 characters</source>
        <translation>ラベル &apos;%1&apos; が %2 文字を超えています</translation>
    </message>
    <message>
        <source>the label &apos;%1&apos; may hold only letters, digits and &apos;-&apos; (not first or last)</source>
        <translation>ラベル &apos;%1&apos; に使えるのは英字、数字、&apos;-&apos; だけです (&apos;-&apos; は先頭と末尾には使えません)</translation>
    </message>
    <message>
        <source>a UPN has at most %1 characters</source>
        <translation>UPN は %1 文字以内です</translation>
    </message>
    <message>
        <source>a UPN is user@realm (for example alice@example.com); the &apos;@&apos; and realm are missing</source>
        <translation>UPN は user@realm の形式です (例: alice@example.com)。&apos;@&apos; とレルムがありません</translation>
    </message>
    <message>
        <source>the user part before &apos;@&apos; is empty</source>
        <translation>&apos;@&apos; の前のユーザー部分が空です</translation>
    </message>
    <message>
        <source>the user part may not contain spaces, control characters or a second &apos;@&apos;</source>
        <translation>ユーザー部分にスペース、制御文字、2 つ目の &apos;@&apos; を含めることはできません</translation>
    </message>
    <message>
        <source>the realm after &apos;@&apos;: %1</source>
        <translation>&apos;@&apos; の後のレルム: %1</translation>
    </message>
    <message>
        <source>an e-mail address is name@domain; the &apos;@&apos; is missing</source>
        <translation>電子メール アドレスは name@domain の形式です。&apos;@&apos; がありません</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; is empty</source>
        <translation>&apos;@&apos; の前の名前が空です</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; has more than %1 characters</source>
        <translation>&apos;@&apos; の前の名前が %1 文字を超えています</translation>
    </message>
    <message>
        <source>certificates carry e-mail addresses in ASCII only (rfc822Name); %1 is not ASCII</source>
        <translation>証明書に含める電子メール アドレスは ASCII のみです (rfc822Name)。%1 は ASCII ではありません</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; contains &apos;%1&apos;</source>
        <translation>&apos;@&apos; の前の名前に &apos;%1&apos; が含まれています</translation>
    </message>
    <message>
        <source>the name before &apos;@&apos; has a misplaced dot</source>
        <translation>&apos;@&apos; の前の名前のドットの位置が正しくありません</translation>
    </message>
    <message>
        <source>the domain after &apos;@&apos;: %1</source>
        <translation>&apos;@&apos; の後のドメイン: %1</translation>
    </message>
    <message>
        <source>an e-mail address has at most %1 characters</source>
        <translation>電子メール アドレスは %1 文字以内です</translation>
    </message>
    <message>
        <source>user principal name (UPN)</source>
        <translation>ユーザー プリンシパル名 (UPN)</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>電子メール アドレス</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS 名</translation>
    </message>
    <message>
        <source>write the kind first: upn:user@realm, email:name@domain or dns:host.domain</source>
        <translation>先に種類を書いてください: upn:user@realm、email:name@domain、dns:host.domain</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of name this program requests (upn, email, dns)</source>
        <translation>&apos;%1&apos; は、このプログラムが要求できる名前の種類ではありません (upn、email、dns)</translation>
    </message>
    <message>
        <source>the value after &apos;:&apos; is empty</source>
        <translation>&apos;:&apos; の後の値が空です</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>不明な種類</translation>
    </message>
    <message>
        <source>the same name is given twice</source>
        <translation>同じ名前が 2 回指定されています</translation>
    </message>
</context>
<context>
    <name>Tpm</name>
    <message>
        <source>No TPM could be reached (tried the access broker, /dev/tpmrm0 and /dev/tpm0). Check that the TPM is enabled and that you may use it (group tss).</source>
        <translation>TPM に接続できませんでした (アクセス ブローカー、/dev/tpmrm0、/dev/tpm0 を試しました)。TPM が有効になっていること、および TPM を使用する権限 (tss グループ) があることを確認してください。</translation>
    </message>
    <message>
        <source>The TPM at &quot;%1&quot; could not be reached.</source>
        <translation>「%1」の TPM に接続できませんでした。</translation>
    </message>
</context>
<context>
    <name>TpmError</name>
    <message>
        <source>The TPM stopped responding; nothing was changed.</source>
        <translation>TPM が応答しなくなりました。何も変更されていません。</translation>
    </message>
    <message>
        <source>The TPM refused the authorization.</source>
        <translation>TPM が認証を拒否しました。</translation>
    </message>
    <message>
        <source>The TPM is in dictionary-attack lockout after too many wrong attempts; wait for it to forgive failures, or have the machine&apos;s owner reset it.</source>
        <translation>誤った試行が多すぎたため、TPM は辞書攻撃対策のロックアウト状態です。失敗が解除されるまで待つか、コンピューターの所有者にリセットしてもらってください。</translation>
    </message>
    <message>
        <source>The TPM cannot open the card&apos;s objects: they were made by another TPM, the TPM was cleared, or the card file was altered.</source>
        <translation>TPM がカードのオブジェクトを開けません。別の TPM で作成されたか、TPM がクリアされたか、カードファイルが改変されています。</translation>
    </message>
    <message>
        <source>The TPM has no room for another object or session; another program may be holding TPM resources.</source>
        <translation>TPM に別のオブジェクトまたはセッションを置く空きがありません。別のプログラムが TPM のリソースを保持している可能性があります。</translation>
    </message>
    <message>
        <source>This TPM does not support the requested algorithm.</source>
        <translation>この TPM は要求されたアルゴリズムに対応していません。</translation>
    </message>
    <message>
        <source>The TPM is not ready (not started or in failure mode).</source>
        <translation>TPM の準備ができていません (起動していないか、障害モードです)。</translation>
    </message>
    <message>
        <source>The TPM reported an error.</source>
        <translation>TPM がエラーを報告しました。</translation>
    </message>
</context>
<context>
    <name>TpmNv</name>
    <message>
        <source>The TPM&apos;s owner hierarchy is protected by a password, and it is needed to create or remove a card&apos;s TPM counters: it was not given, or not that.</source>
        <translation>TPM の所有者階層はパスワードで保護されており、カードの TPM カウンターの作成と削除にはそのパスワードが必要です。パスワードが指定されていないか、正しくありません。</translation>
    </message>
    <message>
        <source>Every NV handle tpmvsc may use on this TPM is taken: remove cards, or indices that belong to no card.</source>
        <translation>この TPM で tpmvsc が使用できる NV ハンドルはすべて使用中です。カードか、どのカードにも属さないインデックスを削除してください。</translation>
    </message>
    <message>
        <source>The TPM has no NV memory left for this card&apos;s counters. Remove cards you no longer use, or indices that belong to no card.</source>
        <translation>TPM には、このカードのカウンター用の NV メモリが残っていません。使わなくなったカードか、どのカードにも属さないインデックスを削除してください。</translation>
    </message>
    <message>
        <source>This TPM cannot hold a PIN counter (NV index of type PIN_FAIL, TPM 2.0 revision 1.16 or later): tpmvsc cannot protect a card&apos;s PIN on it.</source>
        <translation>この TPM は PIN カウンター (PIN_FAIL 型の NV インデックス、TPM 2.0 リビジョン 1.16 以降) を保持できません。この TPM では、tpmvsc はカードの PIN を保護できません。</translation>
    </message>
    <message>
        <source>The card&apos;s counter in the TPM (NV index 0x%1) is gone or has been replaced: the card cannot be used any more. Destroy it.</source>
        <translation>TPM 内のカードのカウンター (NV インデックス 0x%1) が存在しないか、置き換えられています。このカードはもう使用できません。カードを破棄してください。</translation>
    </message>
</context>
<context>
    <name>TpmObjects</name>
    <message>
        <source>A TPM object in the card file is malformed.</source>
        <translation>カードファイル内の TPM オブジェクトの形式が正しくありません。</translation>
    </message>
    <message>
        <source>A public key in the card file is malformed.</source>
        <translation>カードファイル内の公開鍵の形式が正しくありません。</translation>
    </message>
    <message>
        <source>The TPM&apos;s storage hierarchy is protected by an owner password, so tpmvsc cannot create its storage key. Ask the machine&apos;s administrator to clear the owner authorization (tpm2_changeauth -c owner).</source>
        <translation>TPM のストレージ階層が所有者パスワードで保護されているため、tpmvsc はストレージ鍵を作成できません。このマシンの管理者に、所有者認証の解除を依頼してください (tpm2_changeauth -c owner)。</translation>
    </message>
    <message>
        <source>The TPM returned an ECDSA signature whose parts are longer than the key&apos;s curve allows.</source>
        <translation>TPM が返した ECDSA 署名に、鍵の曲線で許される長さを超える部分があります。</translation>
    </message>
    <message>
        <source>The data could not be decrypted: it was not encrypted to this key, or it is damaged.</source>
        <translation>データを復号できませんでした。この鍵に対して暗号化されたデータではないか、データが破損しています。</translation>
    </message>
</context>
<context>
    <name>TpmRandom</name>
    <message>
        <source>The TPM returned no random bytes.</source>
        <translation>TPM が乱数バイトを返しませんでした。</translation>
    </message>
</context>
<context>
    <name>TpmStructures</name>
    <message>
        <source>The %1 of the %2 is %3 bytes long; at most %4 are allowed.</source>
        <translation>%2 の %1 は %3 バイトです。最大 %4 バイトまでです。</translation>
    </message>
    <message>
        <source>The %1 has %2 bytes after its end.</source>
        <translation>%1 の終わりの後に %2 バイトあります。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 0x%3 is not one this reader knows.</source>
        <translation>%1 の %2 0x%3 はこの読み取り処理が知らない値です。</translation>
    </message>
    <message>
        <source>The %1 ends too early.</source>
        <translation>%1 が途中で終わっています。</translation>
    </message>
    <message>
        <source>A coordinate of the ECC key is longer than its curve.</source>
        <translation>ECC 鍵の座標が曲線より長くなっています。</translation>
    </message>
    <message>
        <source>The key&apos;s name algorithm is not one this reader knows.</source>
        <translation>鍵の名前アルゴリズムはこの読み取り処理が知らないものです。</translation>
    </message>
    <message>
        <source>The RSA key has no modulus.</source>
        <translation>RSA 鍵にモジュラスがありません。</translation>
    </message>
    <message>
        <source>The ECC key&apos;s curve 0x%1 is not one this reader knows.</source>
        <translation>ECC 鍵の曲線 0x%1 はこの読み取り処理が知らないものです。</translation>
    </message>
    <message>
        <source>The key in the TPMT_PUBLIC is not a valid key</source>
        <translation>TPMT_PUBLIC 内の鍵が有効な鍵ではありません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Virtual smart cards in this computer&apos;s TPM.</source>
        <translation>このコンピューターの TPM にある仮想スマートカード。</translation>
    </message>
    <message>
        <source>Use the built-in software TPM (for testing: keys are not hardware-protected).</source>
        <translation>内蔵のソフトウェア TPM を使用します (テスト用: 鍵はハードウェアで保護されません)。</translation>
    </message>
    <message>
        <source>Reach the TPM through this TCTI configuration (for example device:/dev/tpmrm0).</source>
        <translation>この TCTI 設定で TPM に接続します (例: device:/dev/tpmrm0)。</translation>
    </message>
    <message>
        <source>Show the program in this language (en, de, ja) instead of the system&apos;s.</source>
        <translation>システムの言語ではなく、指定した言語 (en、de、ja) で表示します。</translation>
    </message>
    <message>
        <source>Open the card creation wizard directly.</source>
        <translation>カード作成ウィザードを直接開きます。</translation>
    </message>
    <message>
        <source>No translation for &quot;%1&quot;; available: %2.</source>
        <translation>「%1」の翻訳はありません。利用可能: %2。</translation>
    </message>
</context>
<context>
    <name>tpmvsc</name>
    <message>
        <source>The random number generator failed.</source>
        <translation>乱数生成器でエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::AdminChallengeDialog</name>
    <message>
        <source>Reset PIN with admin key</source>
        <translation>管理者キーで PIN をリセット</translation>
    </message>
    <message>
        <source>Initialise file system</source>
        <translation>ファイルシステムの初期化</translation>
    </message>
    <message>
        <source>Call your helpdesk and read out the challenge below. The helpdesk computes a response from it with the card&apos;s admin key; type that response here and choose a new PIN.</source>
        <translation>ヘルプデスクに連絡し、下のチャレンジを読み上げてください。ヘルプデスクはカードの管理者キーを使ってレスポンスを計算します。そのレスポンスをここに入力し、新しい PIN を設定してください。</translation>
    </message>
    <message>
        <source>The card has no file system yet; keys can be stored only after it is initialised, which needs the admin key. Call your helpdesk and read out the challenge below, then type the response they give you.</source>
        <translation>このカードにはまだファイルシステムがありません。鍵を保存するにはファイルシステムの初期化が必要で、それには管理者キーが必要です。ヘルプデスクに連絡して下のチャレンジを読み上げ、伝えられたレスポンスを入力してください。</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the challenge</source>
        <translation>チャレンジをコピー</translation>
    </message>
    <message>
        <source>That challenge is used up. Read this new challenge to the helpdesk: it needs a new response.</source>
        <translation>そのチャレンジは使用済みです。この新しいチャレンジをヘルプデスクに読み上げてください。新しいレスポンスが必要です。</translation>
    </message>
    <message>
        <source>Response from the helpdesk, 16 hexadecimal digits</source>
        <translation>ヘルプデスクからのレスポンス (16 進数字 16 桁)</translation>
    </message>
    <message>
        <source>16 hexadecimal digits</source>
        <translation>16 進数字 16 桁</translation>
    </message>
    <message>
        <source>&amp;Response from the helpdesk:</source>
        <translation>ヘルプデスクからのレスポンス(&amp;R):</translation>
    </message>
    <message>
        <source>R&amp;eset PIN</source>
        <translation>PIN をリセット(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Initialise</source>
        <translation>初期化(&amp;I)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Reading the challenge…</source>
        <translation>チャレンジを読み取っています…</translation>
    </message>
    <message>
        <source>Reading the card&apos;s challenge…</source>
        <translation>カードのチャレンジを読み取っています…</translation>
    </message>
    <message>
        <source>No challenge available</source>
        <translation>利用できるチャレンジがありません</translation>
    </message>
    <message numerus="yes">
        <source>%n admin reset(s) left on this card.</source>
        <translation>
            <numerusform>このカードで管理者キーによるリセットはあと %n 回できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting the PIN…</source>
        <translation>PIN をリセットしています…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was reset.</source>
        <translation>「%1」の PIN をリセットしました。</translation>
    </message>
    <message>
        <source>Initialising the file system…</source>
        <translation>ファイルシステムを初期化しています…</translation>
    </message>
    <message>
        <source>The file system of “%1” is initialised.</source>
        <translation>「%1」のファイルシステムを初期化しました。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::AdminKeyEntry</name>
    <message>
        <source>&amp;Admin key:</source>
        <translation>管理者キー(&amp;A):</translation>
    </message>
    <message>
        <source>Admin key, 48 hexadecimal digits</source>
        <translation>管理者キー (16 進数字 48 桁)</translation>
    </message>
    <message>
        <source>48 hexadecimal digits</source>
        <translation>16 進数字 48 桁</translation>
    </message>
    <message>
        <source>Con&amp;firm admin key:</source>
        <translation>管理者キーの確認(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm admin key</source>
        <translation>管理者キーの確認</translation>
    </message>
    <message>
        <source>Show admin &amp;key</source>
        <translation>管理者キーを表示(&amp;K)</translation>
    </message>
    <message>
        <source>Show admin key</source>
        <translation>管理者キーを表示</translation>
    </message>
    <message>
        <source>Character %1 is not a hexadecimal digit (0-9, A-F).</source>
        <translation>%1 文字目が 16 進数字 (0-9、A-F) ではありません。</translation>
    </message>
    <message>
        <source>%1 of %2 hexadecimal digits.</source>
        <translation>16 進数字 %2 桁中 %1 桁。</translation>
    </message>
    <message>
        <source>48 hexadecimal digits. Now type the key again to confirm it.</source>
        <translation>16 進数字 48 桁。確認のため、もう一度キーを入力してください。</translation>
    </message>
    <message>
        <source>The two admin keys are not the same.</source>
        <translation>2 つの管理者キーが一致しません。</translation>
    </message>
    <message>
        <source>The admin key is complete and confirmed.</source>
        <translation>管理者キーの入力と確認が完了しました。</translation>
    </message>
    <message>
        <source>The admin key is complete.</source>
        <translation>管理者キーの入力が完了しました。</translation>
    </message>
    <message>
        <source>The admin key is complete. It is weak: its parts repeat, so it protects no better than single DES. Its responses still work for the cards that have it.</source>
        <translation>管理者キーの入力が完了しました。このキーは弱いキーです。部分が繰り返されているため、シングル DES 以上の保護になりません。このキーを持つカードのレスポンスは引き続き計算できます。</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 differ only in the lowest bit of each byte, which DES ignores: this key is no stronger than single DES, whose keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>%1-%2 桁目と %3-%4 桁目は、DES が無視する各バイトの最下位ビットしか違いません。このキーはシングル DES と同じ強度しかなく、そのキーはすべて試すことができます。16 桁の 3 つの部分がそれぞれ異なるキーを選んでください。</translation>
    </message>
    <message>
        <source>Digits %1-%2 and %3-%4 are the same: this key is no stronger than single DES, whose keys can all be tried. Choose a key whose three 16-digit parts differ.</source>
        <translation>%1-%2 桁目と %3-%4 桁目が同じです。このキーはシングル DES と同じ強度しかなく、そのキーはすべて試すことができます。16 桁の 3 つの部分がそれぞれ異なるキーを選んでください。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardActionDialog</name>
    <message>
        <source>Card: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>カード: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Choose the new PIN</source>
        <translation>新しい PIN の設定</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardDetailsDialog</name>
    <message>
        <source>Card details: %1</source>
        <translation>カードの詳細: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>インスタンス:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>ファイルシステム:</translation>
    </message>
    <message>
        <source>Initialised</source>
        <translation>初期化済み</translation>
    </message>
    <message>
        <source>Not initialised</source>
        <translation>未初期化</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>鍵:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>証明書:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Tries left:</source>
        <translation>残り試行回数:</translation>
    </message>
    <message>
        <source>None: the card is blocked</source>
        <translation>なし: カードはブロックされています</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1～%2 文字</translation>
    </message>
    <message>
        <source>Uppercase letters:</source>
        <translation>英大文字:</translation>
    </message>
    <message>
        <source>Lowercase letters:</source>
        <translation>英小文字:</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>数字:</translation>
    </message>
    <message>
        <source>Special characters:</source>
        <translation>記号:</translation>
    </message>
    <message>
        <source>PUK and admin key</source>
        <translation>PUK と管理者キー</translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation>PUK:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n try/tries left</source>
        <translation>
            <numerusform>残り %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>管理者キー:</translation>
    </message>
    <message>
        <source>Admin resets left:</source>
        <translation>管理者リセット残り:</translation>
    </message>
    <message>
        <source>Wrong responses left:</source>
        <translation>誤ったレスポンスの残り許容回数:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Keys on the card</source>
        <translation>カード上の鍵</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>鍵 ID</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No keys on this card yet.</source>
        <translation>このカードにはまだ鍵がありません。</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>使用可</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Default key (well known)</source>
        <translation>既定のキー (広く知られています)</translation>
    </message>
    <message>
        <source>Own key</source>
        <translation>独自のキー</translation>
    </message>
    <message>
        <source>Random: the card cannot be managed</source>
        <translation>ランダム: このカードは管理できません</translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation>カウント元:</translation>
    </message>
    <message>
        <source>The TPM: restoring old card files gains no tries</source>
        <translation>TPM (古いカードファイルを戻しても試行回数は増えません)</translation>
    </message>
    <message>
        <source>The card file (an older card: tpmvscmgr upgrade moves the counters into the TPM)</source>
        <translation>カードファイル (古いカード: tpmvscmgr upgrade でカウンターを TPM に移せます)</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>構成証明:</translation>
    </message>
    <message>
        <source>Attestation key (AIK), without a certificate</source>
        <translation>構成証明キー (AIK)、証明書なし</translation>
    </message>
    <message>
        <source>Attestation key (AIK), certified by %1</source>
        <translation>構成証明キー (AIK)、%1 が証明</translation>
    </message>
    <message>
        <source>Attested by</source>
        <translation>構成証明</translation>
    </message>
    <message>
        <source>The card&apos;s AIK</source>
        <translation>カードの AIK</translation>
    </message>
    <message>
        <source>The card&apos;s AIK, certified by %1</source>
        <translation>カードの AIK (%1 が証明)</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardListModel</name>
    <message>
        <source>Ready</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>No file system</source>
        <translation>ファイルシステムなし</translation>
    </message>
    <message>
        <source>The card can be used.</source>
        <translation>カードを使用できます。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Unblock it with the PUK or reset it with the admin key.</source>
        <translation>PIN の誤入力が多すぎます。PUK でブロックを解除するか、管理者キーでリセットしてください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Reset it with the admin key.</source>
        <translation>PIN の誤入力が多すぎます。管理者キーでリセットしてください。</translation>
    </message>
    <message>
        <source>The card has no file system yet: initialise it with the admin key before keys can be stored.</source>
        <translation>このカードにはまだファイルシステムがありません。鍵を保存する前に、管理者キーで初期化してください。</translation>
    </message>
    <message>
        <source>Random admin key: this card cannot be managed.</source>
        <translation>ランダムな管理者キー: このカードは管理できません。</translation>
    </message>
    <message>
        <source>Admin resets left in the card&apos;s stock of challenges.</source>
        <translation>カードに残っている、管理者キーによるリセット用チャレンジの数です。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PIN tries left</source>
        <translation>PIN 残り回数</translation>
    </message>
    <message>
        <source>Admin resets left</source>
        <translation>管理者リセット残り</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>%1 of %2 tries left, counted by the TPM</source>
        <translation>残り %1/%2 回 (TPM がカウント)</translation>
    </message>
    <message>
        <source>%1 of %2 tries left, counted in the card file (an older card: tpmvscmgr upgrade moves the counters into the TPM)</source>
        <translation>残り %1/%2 回 (カードファイルでカウント。古いカード: tpmvscmgr upgrade でカウンターを TPM に移せます)</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CardPage</name>
    <message>
        <source>Name the card</source>
        <translation>カードの名前</translation>
    </message>
    <message>
        <source>The name tells your cards apart, in this program and in the programs that use the card.</source>
        <translation>名前は、このプログラムやカードを使うプログラムでカードを見分けるためのものです。</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>カード名</translation>
    </message>
    <message>
        <source>for example: Work card</source>
        <translation>例: 仕事用カード</translation>
    </message>
    <message>
        <source>Card na&amp;me:</source>
        <translation>カード名(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Advanced options</source>
        <translation>詳細オプション(&amp;A)</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>詳細オプションを表示</translation>
    </message>
    <message>
        <source>Hide advanced options</source>
        <translation>詳細オプションを隠す</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>使用可</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Create the card&apos;s &amp;file system now</source>
        <translation>カードのファイルシステムを今すぐ作成(&amp;F)</translation>
    </message>
    <message>
        <source>Create the card&apos;s file system now</source>
        <translation>カードのファイルシステムを今すぐ作成</translation>
    </message>
    <message>
        <source>Set a &amp;PUK to unblock the card</source>
        <translation>カードのブロック解除用に PUK を設定(&amp;P)</translation>
    </message>
    <message>
        <source>Set a PUK to unblock the card</source>
        <translation>カードのブロック解除用に PUK を設定</translation>
    </message>
    <message>
        <source>With a PUK you can unblock the card yourself after too many wrong PINs. Without one, only the admin key can.</source>
        <translation>PUK があれば、PIN の誤入力が多すぎてブロックされたカードを自分で解除できます。PUK がない場合は管理者キーでしか解除できません。</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>&amp;Default key (well known)</source>
        <translation>既定のキー (広く知られています)(&amp;D)</translation>
    </message>
    <message>
        <source>Admin key: default key</source>
        <translation>管理者キー: 既定のキー</translation>
    </message>
    <message>
        <source>&amp;Enter a key (48 hexadecimal digits)</source>
        <translation>キーを入力 (16 進数字 48 桁)(&amp;E)</translation>
    </message>
    <message>
        <source>Admin key: enter a key</source>
        <translation>管理者キー: キーを入力</translation>
    </message>
    <message>
        <source>&amp;Random key, never shown</source>
        <translation>ランダムなキー (表示されません)(&amp;R)</translation>
    </message>
    <message>
        <source>Admin key: random key, never shown</source>
        <translation>管理者キー: ランダムなキー (表示されません)</translation>
    </message>
    <message>
        <source>PIN rules</source>
        <translation>PIN のルール</translation>
    </message>
    <message>
        <source>Minimum PIN length</source>
        <translation>PIN の最小長</translation>
    </message>
    <message>
        <source>Maximum PIN length</source>
        <translation>PIN の最大長</translation>
    </message>
    <message>
        <source>Uppercase letters in the PIN</source>
        <translation>PIN の英大文字</translation>
    </message>
    <message>
        <source>Lowercase letters in the PIN</source>
        <translation>PIN の英小文字</translation>
    </message>
    <message>
        <source>Digits in the PIN</source>
        <translation>PIN の数字</translation>
    </message>
    <message>
        <source>Symbols and spaces in the PIN</source>
        <translation>PIN の記号とスペース</translation>
    </message>
    <message>
        <source>Wrong PINs before the card blocks</source>
        <translation>カードがブロックされるまでの PIN 誤入力回数</translation>
    </message>
    <message>
        <source>M&amp;inimum length:</source>
        <translation>最小長(&amp;I):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum length:</source>
        <translation>最大長(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Uppercase (A-Z):</source>
        <translation>英大文字 (A-Z)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Lowercase (a-z):</source>
        <translation>英小文字 (a-z)(&amp;L):</translation>
    </message>
    <message>
        <source>Di&amp;gits (0-9):</source>
        <translation>数字 (0-9)(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Symbols, spaces:</source>
        <translation>記号・スペース(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Wrong PINs before blocking:</source>
        <translation>ブロックまでの誤入力回数(&amp;W):</translation>
    </message>
    <message>
        <source>The card is ready for keys and certificates at once.</source>
        <translation>カードはすぐに鍵と証明書を保存できます。</translation>
    </message>
    <message>
        <source>Without a file system the card holds no keys. With a random admin key nobody can ever create one: the card would stay empty.</source>
        <translation>ファイルシステムがないカードには鍵を保存できません。ランダムな管理者キーでは誰もファイルシステムを作成できないため、カードは空のままになります。</translation>
    </message>
    <message>
        <source>The card holds no keys until a management tool creates its file system with the admin key.</source>
        <translation>管理ツールが管理者キーでファイルシステムを作成するまで、カードに鍵は保存できません。</translation>
    </message>
    <message>
        <source>You type the key on a later page. Keep it safe: your helpdesk needs it to reset a forgotten PIN.</source>
        <translation>キーは後のページで入力します。安全に保管してください。忘れた PIN をリセットするときにヘルプデスクが必要とします。</translation>
    </message>
    <message>
        <source>The default key 010203…0708 is public: anyone who can read this card&apos;s files can compute the admin responses and reset your PIN. Fine for trying things out, weak for real use.</source>
        <translation>既定のキー 010203…0708 は公開されています。このカードのファイルを読める人なら誰でも管理者レスポンスを計算し、PIN をリセットできます。試用には問題ありませんが、実際の利用には安全ではありません。</translation>
    </message>
    <message>
        <source>Nobody will ever know this key, so the card cannot be managed: no PIN reset by a helpdesk, ever. If you forget the PIN (and the PUK), the card and its keys are lost. Enter a key if a helpdesk should be able to reset the PIN.</source>
        <translation>このキーは誰にも知られないため、カードは管理できません。ヘルプデスクによる PIN のリセットは一切できません。PIN (と PUK) を忘れると、カードとその鍵は失われます。ヘルプデスクが PIN をリセットできるようにするには、キーを入力してください。</translation>
    </message>
    <message>
        <source>Give the card an attestation key</source>
        <translation>カードに構成証明キーを付ける</translation>
    </message>
    <message>
        <source>Give the card an a&amp;ttestation key</source>
        <translation>カードに構成証明キーを付ける(&amp;T)</translation>
    </message>
    <message>
        <source>A key of the TPM that can prove to a relying party or a CA that the card&apos;s keys were made in this TPM and cannot leave it.</source>
        <translation>カードの鍵がこの TPM 内で作成され、外に出られないことを、依拠当事者や CA に証明できる TPM の鍵です。</translation>
    </message>
    <message>
        <source>Attestation CA address</source>
        <translation>構成証明 CA のアドレス</translation>
    </message>
    <message>
        <source>https://ca.example.org (optional)</source>
        <translation>https://ca.example.org (省略可)</translation>
    </message>
    <message>
        <source>The attestation CA checks the TPM&apos;s endorsement key certificate and certifies the attestation key. Without an address the key has no certificate.</source>
        <translation>構成証明 CA は TPM の保証鍵証明書を確認し、構成証明キーを証明します。アドレスを指定しない場合、鍵に証明書は付きません。</translation>
    </message>
    <message>
        <source>Attestation &amp;CA:</source>
        <translation>構成証明 CA(&amp;C):</translation>
    </message>
    <message>
        <source>The attestation CA&apos;s address must be an http:// or https:// URL.</source>
        <translation>構成証明 CA のアドレスは http:// または https:// の URL にしてください。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CertificateDropArea</name>
    <message>
        <source>Certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>Drop a certificate file here, choose one, or paste PEM text.</source>
        <translation>証明書ファイルをここにドロップするか、ファイルを選ぶか、PEM テキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>Drop the certificate file here (PEM, DER or PKCS#7)</source>
        <translation>証明書ファイルをここにドロップ (PEM、DER、PKCS#7)</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation>証明書ファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Paste PEM</source>
        <translation>PEM を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste a PEM certificate from the clipboard</source>
        <translation>クリップボードから PEM 証明書を貼り付け</translation>
    </message>
</context>
<context>
    <name>tpmvsc::CertificatesDialog</name>
    <message>
        <source>Certificates on the Card</source>
        <translation>カード上の証明書</translation>
    </message>
    <message>
        <source>&amp;Certificates:</source>
        <translation>証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Certificates on the card</source>
        <translation>カード上の証明書</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Include the c&amp;hain</source>
        <translation>チェーンを含める(&amp;H)</translation>
    </message>
    <message>
        <source>PEM: the issuers&apos; certificates follow the certificate. DER: a PKCS#7 bundle (.p7b).</source>
        <translation>PEM: 証明書の後に発行者の証明書が続きます。DER: PKCS#7 バンドル (.p7b) になります。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected certificate to a file</source>
        <translation>選択した証明書をファイルにエクスポート</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected certificate from the card</source>
        <translation>選択した証明書をカードから削除</translation>
    </message>
    <message>
        <source>The certificate is removed from the card; its key stays, so a new certificate can be imported for it later. Enter the PIN to confirm.</source>
        <translation>証明書をカードから削除します。鍵は残るため、後で新しい証明書をインポートできます。確認のため PIN を入力してください。</translation>
    </message>
    <message>
        <source>De&amp;lete certificate</source>
        <translation>証明書を削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the certificate now</source>
        <translation>証明書を今すぐ削除</translation>
    </message>
    <message>
        <source>Reading the certificates…</source>
        <translation>証明書を読み取っています…</translation>
    </message>
    <message>
        <source>This card holds no certificate yet.</source>
        <translation>このカードにはまだ証明書がありません。</translation>
    </message>
    <message>
        <source>Export the certificate</source>
        <translation>証明書のエクスポート</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>DER, or PKCS#7 with the chain (*.der *.cer *.p7b)</source>
        <translation>DER、またはチェーン付き PKCS#7 (*.der *.cer *.p7b)</translation>
    </message>
    <message>
        <source>Exporting the certificate…</source>
        <translation>証明書をエクスポートしています…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Deleting the certificate…</source>
        <translation>証明書を削除しています…</translation>
    </message>
    <message>
        <source>The certificate was deleted. Its key is still on the card.</source>
        <translation>証明書を削除しました。鍵はカードに残っています。</translation>
    </message>
    <message>
        <source>Include the issuers&apos; certificates in the export</source>
        <translation>発行者の証明書もエクスポートに含める</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>tpmvsc::ChangePinDialog</name>
    <message>
        <source>Change PIN</source>
        <translation>PIN の変更</translation>
    </message>
    <message>
        <source>C&amp;hange PIN</source>
        <translation>PIN を変更(&amp;H)</translation>
    </message>
    <message>
        <source>Changing the PIN…</source>
        <translation>PIN を変更しています…</translation>
    </message>
    <message>
        <source>The PIN of “%1” was changed.</source>
        <translation>「%1」の PIN を変更しました。</translation>
    </message>
    <message>
        <source>The card is blocked: no PIN tries are left.</source>
        <translation>カードはブロックされています: PIN の残り試行回数はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) left before the card is blocked.</source>
        <translation>
            <numerusform>あと %n 回 PIN を間違えるとカードがブロックされます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpmvsc::CreateCardWizard</name>
    <message>
        <source>Create a Virtual Smart Card</source>
        <translation>仮想スマートカードの作成</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create the card</source>
        <translation>カードを作成</translation>
    </message>
    <message>
        <source>Checking the TPM…</source>
        <translation>TPM を確認しています…</translation>
    </message>
    <message>
        <source>Creating the card on the TPM…</source>
        <translation>TPM 上にカードを作成しています…</translation>
    </message>
    <message>
        <source>Removing the discarded card…</source>
        <translation>破棄したカードを削除しています…</translation>
    </message>
    <message>
        <source>The card is being created</source>
        <translation>カードを作成中です</translation>
    </message>
    <message>
        <source>The TPM is creating the card right now. This cannot be stopped halfway, and takes a few seconds more.</source>
        <translation>TPM が現在カードを作成しています。途中で止めることはできません。あと数秒かかります。</translation>
    </message>
    <message>
        <source>Wait, and the wizard goes on when the card is ready. Or close now: the card is removed again as soon as the TPM has finished, so no card is left behind.</source>
        <translation>待つと、カードの準備ができた時点でウィザードが続行します。今閉じることもできます。その場合、TPM の処理が終わり次第カードは削除され、カードは残りません。</translation>
    </message>
    <message>
        <source>&amp;Wait for the card</source>
        <translation>カードを待つ(&amp;W)</translation>
    </message>
    <message>
        <source>Close and &amp;discard the card</source>
        <translation>閉じてカードを破棄(&amp;D)</translation>
    </message>
</context>
<context>
    <name>tpmvsc::DestroyCardDialog</name>
    <message>
        <source>Destroy card</source>
        <translation>カードの破棄</translation>
    </message>
    <message>
        <source>Destroying the card cannot be undone.</source>
        <translation>カードの破棄は元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <source>Destroying the card deletes its %n key(s) and their certificates. This cannot be undone: anything encrypted to these keys can no longer be decrypted, and you can no longer sign in with the card.</source>
        <translation>
            <numerusform>カードを破棄すると、%n 個の鍵とその証明書が削除されます。元に戻すことはできません。これらの鍵で暗号化されたデータは復号できなくなり、このカードでサインインすることもできなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the card&apos;s name to confirm</source>
        <translation>確認のためカード名を入力</translation>
    </message>
    <message>
        <source>To confirm, type the card&apos;s name (%1):</source>
        <translation>確認のため、カード名 (%1) を入力してください:</translation>
    </message>
    <message>
        <source>&amp;Destroy card</source>
        <translation>カードを破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Destroying the card…</source>
        <translation>カードを破棄しています…</translation>
    </message>
    <message>
        <source>The card “%1” was destroyed.</source>
        <translation>カード「%1」を破棄しました。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::DonePage</name>
    <message>
        <source>The card is ready</source>
        <translation>カードの準備ができました</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>インスタンス ID(&amp;I):</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the instance ID</source>
        <translation>インスタンス ID をコピー</translation>
    </message>
    <message>
        <source>Copy the instance ID to the clipboard</source>
        <translation>インスタンス ID をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>&amp;Request a certificate…</source>
        <translation>証明書を要求(&amp;R)…</translation>
    </message>
    <message>
        <source>Request a certificate for the card</source>
        <translation>カードの証明書を要求</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>The virtual smart card &quot;%1&quot; was created in the TPM.</source>
        <translation>仮想スマートカード「%1」を TPM に作成しました。</translation>
    </message>
    <message>
        <source>The card still has the default PIN %1. Change it (Change PIN in the card list) before you use the card for anything real.</source>
        <translation>カードの PIN はまだ既定の %1 です。実際に使う前に変更してください (カード一覧の「PIN 変更」)。</translation>
    </message>
    <message>
        <source>The card has no file system yet: it holds no keys until a management tool initialises it.</source>
        <translation>カードにはまだファイルシステムがありません。管理ツールが初期化するまで鍵は保存できません。</translation>
    </message>
    <message>
        <source>A certificate needs a key on the card, and keys need the card&apos;s file system.</source>
        <translation>証明書にはカード上の鍵が必要で、鍵にはカードのファイルシステムが必要です。</translation>
    </message>
    <message>
        <source>Certificate requests are not available in this window. Use tpmvscmgr to generate a key and request a certificate.</source>
        <translation>このウィンドウでは証明書を要求できません。tpmvscmgr で鍵を生成し、証明書を要求してください。</translation>
    </message>
    <message>
        <source>Make a key on the card and a certificate request for your certificate authority, then import the certificate it issues.</source>
        <translation>カード上に鍵と認証局向けの証明書要求を作成し、発行された証明書をインポートします。</translation>
    </message>
    <message>
        <source>It lives in this computer&apos;s TPM and is ready to use.</source>
        <translation>このコンピューターの TPM にあり、すぐに使えます。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::HexInput</name>
    <message>
        <source>The character at position %1 is not a hexadecimal digit (0-9, A-F).</source>
        <translation>%1 文字目が 16 進数字 (0-9、A-F) ではありません。</translation>
    </message>
    <message>
        <source>%1 hexadecimal digits: %2 too many.</source>
        <translation>16 進数字 %1 桁: %2 桁多すぎます。</translation>
    </message>
    <message>
        <source>%1 of %2 hexadecimal digits.</source>
        <translation>16 進数字 %2 桁中 %1 桁。</translation>
    </message>
    <message>
        <source>%1 hexadecimal digits: complete.</source>
        <translation>16 進数字 %1 桁: 入力完了。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::ImportCertificateDialog</name>
    <message>
        <source>Import a Certificate</source>
        <translation>証明書のインポート</translation>
    </message>
    <message>
        <source>Store the certificate your certificate authority issued for a key on this card. The certificate is checked before anything is stored.</source>
        <translation>認証局がこのカードの鍵に対して発行した証明書を保存します。保存する前に証明書を確認します。</translation>
    </message>
    <message>
        <source>Trusted authorities:</source>
        <translation>信頼する認証局:</translation>
    </message>
    <message>
        <source>C&amp;hoose CA bundle…</source>
        <translation>CA バンドルを選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a file of trusted CA certificates</source>
        <translation>信頼する CA 証明書のファイルを選択</translation>
    </message>
    <message>
        <source>Use the s&amp;ystem&apos;s</source>
        <translation>システムの認証局を使用(&amp;Y)</translation>
    </message>
    <message>
        <source>Trust the system&apos;s certificate authorities</source>
        <translation>システムの認証局を信頼</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Store &amp;anyway, despite the warnings above</source>
        <translation>上記の警告を承知で保存(&amp;A)</translation>
    </message>
    <message>
        <source>Store anyway, despite the warnings</source>
        <translation>警告を承知で保存</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>&amp;Store on card</source>
        <translation>カードに保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the certificate on the card</source>
        <translation>証明書をカードに保存</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>ドロップされたテキスト</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>証明書の選択</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der *.p7b *.p7c)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the trusted CA certificates</source>
        <translation>信頼する CA 証明書の選択</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 証明書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>the system&apos;s trusted certificates</source>
        <translation>システムの信頼済み証明書</translation>
    </message>
    <message>
        <source>Trusted authorities: %1</source>
        <translation>信頼する認証局: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no PEM text. Copy the certificate including its &quot;-----BEGIN CERTIFICATE-----&quot; line.</source>
        <translation>クリップボードに PEM テキストがありません。「-----BEGIN CERTIFICATE-----」の行を含めて証明書をコピーしてください。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>証明書を確認しています…</translation>
    </message>
    <message>
        <source>This certificate cannot be stored on the card.</source>
        <translation>この証明書はカードに保存できません。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>from %1
until %2</source>
        <translation>%1 から
%2 まで</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>拡張キー使用法:</translation>
    </message>
    <message>
        <source>(none: any use)</source>
        <translation>(なし: すべての用途)</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>サブジェクト代替名:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>For the key:</source>
        <translation>対象の鍵:</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (ID %3…)</source>
        <translation>%1「%2」(ID %3…)</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>チェーン:</translation>
    </message>
    <message>
        <source>only the certificate itself</source>
        <translation>証明書のみ</translation>
    </message>
    <message numerus="yes">
        <source>%n issuer certificate(s) from the file</source>
        <translation>
            <numerusform>ファイル内の発行者証明書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>This key already has a certificate on the card. Storing replaces it.</source>
        <translation>この鍵にはすでにカード上の証明書があります。保存すると置き換えられます。</translation>
    </message>
    <message>
        <source>Storing the certificate on the card…</source>
        <translation>証明書をカードに保存しています…</translation>
    </message>
    <message>
        <source>The certificate is stored on the card with its key. Programs that use the card see it now.</source>
        <translation>証明書を鍵とともにカードに保存しました。カードを使うプログラムから利用できます。</translation>
    </message>
    <message>
        <source>The card was not changed.</source>
        <translation>カードは変更されていません。</translation>
    </message>
    <message>
        <source>This certificate cannot be stored on the card: a check above failed.</source>
        <translation>この証明書はカードに保存できません: 上の確認のいずれかが失敗しました。</translation>
    </message>
    <message>
        <source>Read the warnings above. To store the certificate anyway, tick the box below.</source>
        <translation>上の警告をお読みください。それでも証明書を保存する場合は、下のチェックボックスをオンにしてください。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::JobPanel</name>
    <message>
        <source>%1 The window can be closed when this is done.</source>
        <translation>%1 完了すると、ウィンドウを閉じられます。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::KeyPage</name>
    <message>
        <source>Choose the key type</source>
        <translation>鍵の種類の選択</translation>
    </message>
    <message>
        <source>The TPM generates the key; its private part never leaves the TPM.</source>
        <translation>鍵は TPM が生成し、秘密鍵が TPM の外に出ることはありません。</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>鍵の種類</translation>
    </message>
    <message>
        <source>RSA &amp;2048-bit (works everywhere)</source>
        <translation>RSA 2048 ビット (どこでも使えます)(&amp;2)</translation>
    </message>
    <message>
        <source>RSA &amp;3072-bit (slower on a TPM)</source>
        <translation>RSA 3072 ビット (TPM では低速)(&amp;3)</translation>
    </message>
    <message>
        <source>ECC &amp;P-256 (fast, small signatures)</source>
        <translation>ECC P-256 (高速、署名が小さい)(&amp;P)</translation>
    </message>
    <message>
        <source>ECC P-38&amp;4</source>
        <translation>ECC P-384(&amp;4)</translation>
    </message>
    <message>
        <source>An RSA 3072-bit key is slower on a TPM: generating it can take a minute, and every signature takes longer.</source>
        <translation>RSA 3072 ビットの鍵は TPM では低速です。生成に 1 分ほどかかることがあり、署名にも時間がかかります。</translation>
    </message>
    <message>
        <source>Without a certificate authority</source>
        <translation>認証局を使わない場合</translation>
    </message>
    <message>
        <source>Make a &amp;self-signed certificate instead of a request</source>
        <translation>証明書要求の代わりに自己署名証明書を作成(&amp;S)</translation>
    </message>
    <message>
        <source>Make a self-signed certificate instead of a request</source>
        <translation>証明書要求の代わりに自己署名証明書を作成</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有効期間(&amp;V):</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>有効期間 (日数)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not allow this key type.</source>
        <translation>テンプレート「%1」ではこの鍵の種類は使えません。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; allows: %2.</source>
        <translation>テンプレート「%1」で使える種類: %2。</translation>
    </message>
    <message>
        <source>A self-signed certificate needs a subject: go back and enter one.</source>
        <translation>自己署名証明書にはサブジェクトが必要です。前に戻って入力してください。</translation>
    </message>
    <message>
        <source>The certificate is signed by its own key and stored on the card. Nobody else vouches for it: use it for tests, or where you trust it by hand.</source>
        <translation>証明書は自身の鍵で署名され、カードに保存されます。第三者による保証はないため、テスト用や、手動で信頼を設定する場合に使ってください。</translation>
    </message>
    <message>
        <source>A request is made for your certificate authority; you import the certificate it issues later.</source>
        <translation>認証局向けの証明書要求を作成します。発行された証明書は後でインポートします。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::MainWindow</name>
    <message>
        <source>TPM Virtual Smart Cards</source>
        <translation>TPM 仮想スマートカード</translation>
    </message>
    <message>
        <source>&amp;Create card…</source>
        <translation>カードを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>PIN を変更(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unblock with PUK…</source>
        <translation>PUK でブロック解除(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Reset PIN with admin key…</source>
        <translation>管理者キーで PIN をリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Initialise file system…</source>
        <translation>ファイルシステムを初期化(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Destroy card…</source>
        <translation>カードを破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>詳細(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Helpdesk: &amp;response calculator…</source>
        <translation>ヘルプデスク: レスポンス計算機(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <source>Create a new virtual smart card</source>
        <translation>新しい仮想スマートカードを作成します</translation>
    </message>
    <message>
        <source>Change the selected card&apos;s PIN</source>
        <translation>選択したカードの PIN を変更します</translation>
    </message>
    <message>
        <source>Unblock the selected card with its PUK and set a new PIN</source>
        <translation>選択したカードのブロックを PUK で解除し、新しい PIN を設定します</translation>
    </message>
    <message>
        <source>Reset the selected card&apos;s PIN through the helpdesk (admin challenge and response)</source>
        <translation>ヘルプデスク経由で選択したカードの PIN をリセットします (管理者チャレンジ/レスポンス)</translation>
    </message>
    <message>
        <source>Initialise the selected card&apos;s file system through the helpdesk</source>
        <translation>ヘルプデスク経由で選択したカードのファイルシステムを初期化します</translation>
    </message>
    <message>
        <source>Destroy the selected card and its keys</source>
        <translation>選択したカードとその鍵を破棄します</translation>
    </message>
    <message>
        <source>Show everything about the selected card</source>
        <translation>選択したカードのすべての情報を表示します</translation>
    </message>
    <message>
        <source>Compute an admin response from a challenge and an admin key (for helpdesk staff)</source>
        <translation>チャレンジと管理者キーからレスポンスを計算します (ヘルプデスク担当者向け)</translation>
    </message>
    <message>
        <source>Read the card list again</source>
        <translation>カード一覧を再読み込みします</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN 変更</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>ブロック解除</translation>
    </message>
    <message>
        <source>Admin reset</source>
        <translation>管理者リセット</translation>
    </message>
    <message>
        <source>Initialise</source>
        <translation>初期化</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>カード作成</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>計算機</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>カード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>カードの操作</translation>
    </message>
    <message>
        <source>Smart cards</source>
        <translation>スマートカード</translation>
    </message>
    <message>
        <source>No smart cards yet</source>
        <translation>スマートカードはまだありません</translation>
    </message>
    <message>
        <source>A virtual smart card keeps your keys in this computer&apos;s TPM, protected by a PIN. Create one to get started.</source>
        <translation>仮想スマートカードは、鍵をこのコンピューターの TPM に PIN で保護して保管します。まずはカードを作成してください。</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>TPM: checking…</source>
        <translation>TPM: 確認中…</translation>
    </message>
    <message>
        <source>Checking the TPM…</source>
        <translation>TPM を確認しています…</translation>
    </message>
    <message>
        <source>Built-in software TPM (for testing: keys are not hardware-protected)</source>
        <translation>内蔵ソフトウェア TPM (テスト用: 鍵はハードウェアで保護されません)</translation>
    </message>
    <message>
        <source>Software TPM (keys are not hardware-protected)</source>
        <translation>ソフトウェア TPM (鍵はハードウェアで保護されません)</translation>
    </message>
    <message>
        <source>TPM: %1, firmware %2</source>
        <translation>TPM: %1、ファームウェア %2</translation>
    </message>
    <message>
        <source> — in dictionary-attack lockout</source>
        <translation> — 辞書攻撃対策のロックアウト中</translation>
    </message>
    <message>
        <source>Reached through %1</source>
        <translation>接続方法: %1</translation>
    </message>
    <message>
        <source>No TPM: %1</source>
        <translation>TPM なし: %1</translation>
    </message>
    <message>
        <source>The card %1 was created.</source>
        <translation>カード %1 を作成しました。</translation>
    </message>
    <message>
        <source>About TPM Virtual Smart Cards</source>
        <translation>TPM 仮想スマートカードについて</translation>
    </message>
    <message>
        <source>&lt;b&gt;TPM Virtual Smart Cards&lt;/b&gt;&lt;br&gt;Smart cards whose keys live in this computer&apos;s TPM 2.0.</source>
        <translation>&lt;b&gt;TPM 仮想スマートカード&lt;/b&gt;&lt;br&gt;鍵をこのコンピューターの TPM 2.0 に保管するスマートカード。</translation>
    </message>
    <message>
        <source>Request &amp;certificate…</source>
        <translation>証明書を要求(&amp;C)…</translation>
    </message>
    <message>
        <source>I&amp;mport certificate…</source>
        <translation>証明書をインポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Cert&amp;ificates…</source>
        <translation>証明書の一覧(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a key on the selected card and a certificate request (or a self-signed certificate)</source>
        <translation>選択したカードに鍵と証明書要求 (または自己署名証明書) を作成します</translation>
    </message>
    <message>
        <source>Store the certificate your certificate authority issued on the selected card</source>
        <translation>認証局が発行した証明書を選択したカードに保存します</translation>
    </message>
    <message>
        <source>List, export or delete the certificates on the selected card</source>
        <translation>選択したカードの証明書を一覧表示、エクスポート、削除します</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>証明書要求</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>The certificate is stored on “%1”.</source>
        <translation>証明書を「%1」に保存しました。</translation>
    </message>
    <message>
        <source>The TPM is working</source>
        <translation>TPM が処理中です</translation>
    </message>
    <message>
        <source>A card operation is still running. Close the window once it has finished.</source>
        <translation>カードの操作がまだ実行中です。終わってからウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>default (TCTI loader)</source>
        <translation>既定 (TCTI ローダー)</translation>
    </message>
</context>
<context>
    <name>tpmvsc::Notice</name>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
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
        <translation>現在の PIN(&amp;U):</translation>
    </message>
    <message>
        <source>PU&amp;K:</source>
        <translation>PUK(&amp;K):</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>新しい PIN(&amp;P):</translation>
    </message>
    <message>
        <source>New P&amp;UK:</source>
        <translation>新しい PUK(&amp;U):</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>現在の PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい PIN</translation>
    </message>
    <message>
        <source>New PUK</source>
        <translation>新しい PUK</translation>
    </message>
    <message>
        <source>&amp;Confirm PIN:</source>
        <translation>PIN の確認(&amp;C):</translation>
    </message>
    <message>
        <source>C&amp;onfirm PUK:</source>
        <translation>PUK の確認(&amp;O):</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN の確認</translation>
    </message>
    <message>
        <source>Confirm PUK</source>
        <translation>PUK の確認</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>2 つの PIN が一致しません。</translation>
    </message>
    <message>
        <source>The two PUKs are not the same.</source>
        <translation>2 つの PUK が一致しません。</translation>
    </message>
    <message>
        <source>&amp;Show PIN</source>
        <translation>PIN を表示(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;how PUK</source>
        <translation>PUK を表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show PIN</source>
        <translation>PIN を表示</translation>
    </message>
    <message>
        <source>Show PUK</source>
        <translation>PUK を表示</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock がオンになっているようです。</translation>
    </message>
    <message>
        <source>The PIN must have</source>
        <translation>PIN の条件</translation>
    </message>
    <message>
        <source>The PUK must have</source>
        <translation>PUK の条件</translation>
    </message>
    <message>
        <source>Only letters A-Z and a-z, digits, spaces and ASCII symbols</source>
        <translation>使用できるのは英字 A-Z と a-z、数字、スペース、ASCII 記号のみ</translation>
    </message>
    <message>
        <source>At least one uppercase letter (A-Z)</source>
        <translation>英大文字 (A-Z) を 1 文字以上</translation>
    </message>
    <message>
        <source>No uppercase letters</source>
        <translation>英大文字は使用不可</translation>
    </message>
    <message>
        <source>At least one lowercase letter (a-z)</source>
        <translation>英小文字 (a-z) を 1 文字以上</translation>
    </message>
    <message>
        <source>No lowercase letters</source>
        <translation>英小文字は使用不可</translation>
    </message>
    <message>
        <source>At least one digit (0-9)</source>
        <translation>数字 (0-9) を 1 文字以上</translation>
    </message>
    <message>
        <source>No digits</source>
        <translation>数字は使用不可</translation>
    </message>
    <message>
        <source>At least one symbol or space (such as ! # % or -)</source>
        <translation>記号またはスペース (! # % - など) を 1 文字以上</translation>
    </message>
    <message>
        <source>No symbols or spaces</source>
        <translation>記号とスペースは使用不可</translation>
    </message>
    <message>
        <source>%1 characters (%2 to %3)</source>
        <translation>%1 文字 (%2～%3 文字)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not met yet</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>違反</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1 文字以上</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>%1 文字以下</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>長さ: %1</translation>
    </message>
    <message>
        <source>Sho&amp;w PIN</source>
        <translation>PIN を表示(&amp;W)</translation>
    </message>
    <message>
        <source>Sho&amp;w PUK</source>
        <translation>PUK を表示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>tpmvsc::PinPage</name>
    <message>
        <source>Choose the PIN</source>
        <translation>PIN の設定</translation>
    </message>
    <message>
        <source>You type the PIN whenever a program uses the card.</source>
        <translation>プログラムがカードを使うたびに PIN を入力します。</translation>
    </message>
    <message>
        <source>Use the &amp;default PIN (%1) for now</source>
        <translation>ひとまず既定の PIN (%1) を使用(&amp;D)</translation>
    </message>
    <message>
        <source>Use the default PIN for now</source>
        <translation>ひとまず既定の PIN を使用</translation>
    </message>
    <message>
        <source>The default PIN does not meet this card&apos;s PIN rules.</source>
        <translation>既定の PIN はこのカードの PIN ルールを満たしていません。</translation>
    </message>
    <message>
        <source>Everyone knows the default PIN: anyone who can use this computer account can use the card. Change it before the card protects anything that matters.</source>
        <translation>既定の PIN は誰でも知っています。このコンピューターのアカウントを使える人なら誰でもカードを使えてしまいます。カードで大切なものを保護する前に変更してください。</translation>
    </message>
    <message>
        <source>The TPM checks the PIN. Wrong PINs in a row before the card blocks: %1.</source>
        <translation>PIN は TPM が確認します。カードがブロックされるまでの連続誤入力回数: %1。</translation>
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
        <translation>PUK は、PIN の誤入力が多すぎてブロックされたカードを解除し、新しい PIN を設定するためのものです。このコンピューターから離れた安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>Use the d&amp;efault PUK (%1)</source>
        <translation>既定の PUK (%1) を使用(&amp;E)</translation>
    </message>
    <message>
        <source>Use the default PUK</source>
        <translation>既定の PUK を使用</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>With the admin key your helpdesk answers the card&apos;s challenge and resets a forgotten PIN, without ever typing the key on this computer again.</source>
        <translation>管理者キーを使って、ヘルプデスクはカードのチャレンジに応答し、忘れた PIN をリセットできます。このコンピューターでキーを再び入力する必要はありません。</translation>
    </message>
    <message>
        <source>Choose the PUK and the admin key</source>
        <translation>PUK と管理者キーの設定</translation>
    </message>
    <message>
        <source>Choose the PUK</source>
        <translation>PUK の設定</translation>
    </message>
    <message>
        <source>Enter the admin key</source>
        <translation>管理者キーの入力</translation>
    </message>
    <message>
        <source>These unblock or reset the card when the PIN is forgotten.</source>
        <translation>PIN を忘れたときに、これらでカードのブロックを解除またはリセットします。</translation>
    </message>
    <message>
        <source>The PUK must not be the same as the PIN: it would unblock the card for whoever guessed the PIN.</source>
        <translation>PUK を PIN と同じにしてはいけません。PIN を推測した人がカードのブロックを解除できてしまいます。</translation>
    </message>
    <message>
        <source>Everyone knows the default PUK: anyone can unblock the card and set a PIN of their choice.</source>
        <translation>既定の PUK は誰でも知っています。誰でもカードのブロックを解除し、好きな PIN を設定できてしまいます。</translation>
    </message>
    <message>
        <source>With it, your helpdesk can reset the PIN when it is forgotten.</source>
        <translation>これにより、PIN を忘れたときにヘルプデスクがリセットできます。</translation>
    </message>
    <message>
        <source>This is the well-known default admin key. It is public: anyone who can read this card&apos;s files can compute the admin responses and reset the PIN.</source>
        <translation>これは広く知られている既定の管理者キーです。公開されているため、このカードのファイルを読める人なら誰でも管理者レスポンスを計算し、PIN をリセットできます。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::RequestCertificateWizard</name>
    <message>
        <source>Request a Certificate</source>
        <translation>証明書の要求</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate the key and the request</source>
        <translation>鍵と証明書要求を生成</translation>
    </message>
    <message>
        <source>Reading the certificate templates…</source>
        <translation>証明書テンプレートを読み取っています…</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message>
        <source>Generating an RSA 3072-bit key in the TPM (this can take a minute)…</source>
        <translation>TPM で RSA 3072 ビットの鍵を生成しています (1 分ほどかかることがあります)…</translation>
    </message>
    <message>
        <source>Generating the key in the TPM and signing…</source>
        <translation>TPM で鍵を生成して署名しています…</translation>
    </message>
    <message>
        <source>The TPM is working</source>
        <translation>TPM が処理中です</translation>
    </message>
    <message>
        <source>The TPM is generating the key and signing the request. This cannot be stopped halfway.</source>
        <translation>TPM が鍵を生成し、証明書要求に署名しています。途中で止めることはできません。</translation>
    </message>
    <message>
        <source>Please wait: the wizard goes on by itself when the TPM is done. If it fails, nothing is left on the card.</source>
        <translation>お待ちください。TPM の処理が終わるとウィザードは自動的に続行します。失敗した場合、カードには何も残りません。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::RequestPinPage</name>
    <message>
        <source>Enter the card&apos;s PIN</source>
        <translation>カードの PIN の入力</translation>
    </message>
    <message>
        <source>The TPM is working</source>
        <translation>TPM が処理中です</translation>
    </message>
    <message>
        <source>The TPM generates the key and signs the certificate with it.</source>
        <translation>TPM が鍵を生成し、その鍵で証明書に署名します。</translation>
    </message>
    <message>
        <source>The TPM generates the key and signs the request with it.</source>
        <translation>TPM が鍵を生成し、その鍵で証明書要求に署名します。</translation>
    </message>
    <message>
        <source>&amp;Create certificate</source>
        <translation>証明書を作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Generate request</source>
        <translation>証明書要求を生成(&amp;G)</translation>
    </message>
    <message>
        <source>Checking the card…</source>
        <translation>カードを確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>A new %1 key is generated in the TPM. A certificate valid for %n day(s), signed with %2, is stored with it on the card.</source>
        <translation>
            <numerusform>TPM で新しい %1 鍵を生成します。%2 で署名された有効期間 %n 日の証明書を、鍵とともにカードに保存します。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new %1 key is generated in the TPM and signs the request with %2.</source>
        <translation>TPM で新しい %1 鍵を生成し、%2 で証明書要求に署名します。</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>テンプレート: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>Alternative names: %1</source>
        <translation>サブジェクト代替名: %1</translation>
    </message>
    <message>
        <source>Nothing was changed on the card.</source>
        <translation>カードは何も変更されていません。</translation>
    </message>
    <message>
        <source>The TPM is generating an RSA 3072-bit key. This can take a minute; the window stays usable.</source>
        <translation>TPM が RSA 3072 ビットの鍵を生成しています。1 分ほどかかることがあります。ウィンドウはそのまま使えます。</translation>
    </message>
    <message>
        <source>The TPM is generating the key and signing. This takes a few seconds; the window stays usable.</source>
        <translation>TPM が鍵を生成して署名しています。数秒かかります。ウィンドウはそのまま使えます。</translation>
    </message>
    <message>
        <source>Nothing was added to the card. Check the PIN and try again.</source>
        <translation>カードには何も追加されていません。PIN を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::RequestResultPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>The certificate is on the clipboard (PEM).</source>
        <translation>証明書をクリップボードにコピーしました (PEM)。</translation>
    </message>
    <message>
        <source>The request is on the clipboard (PEM).</source>
        <translation>証明書要求をクリップボードにコピーしました (PEM)。</translation>
    </message>
    <message>
        <source>The certificate is on the card</source>
        <translation>証明書をカードに保存しました</translation>
    </message>
    <message>
        <source>The certificate request is ready</source>
        <translation>証明書要求の準備ができました</translation>
    </message>
    <message>
        <source>The self-signed certificate is stored on the card with its key.</source>
        <translation>自己署名証明書を鍵とともにカードに保存しました。</translation>
    </message>
    <message>
        <source>Send the request to your certificate authority.</source>
        <translation>証明書要求を認証局に送ってください。</translation>
    </message>
    <message>
        <source>Key: %1, &quot;%2&quot;, ID %3</source>
        <translation>鍵: %1、「%2」、ID %3</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>The certificate in PEM form</source>
        <translation>PEM 形式の証明書</translation>
    </message>
    <message>
        <source>The certificate request in PEM form</source>
        <translation>PEM 形式の証明書要求</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>証明書を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save request…</source>
        <translation>証明書要求を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the certificate to a file</source>
        <translation>証明書をファイルに保存</translation>
    </message>
    <message>
        <source>Save the request to a file</source>
        <translation>証明書要求をファイルに保存</translation>
    </message>
    <message>
        <source>Copy the certificate to the clipboard</source>
        <translation>証明書をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Copy the request to the clipboard</source>
        <translation>証明書要求をクリップボードにコピー</translation>
    </message>
    <message>
        <source>When the certificate authority has issued the certificate, store it on the card with &quot;Import certificate…&quot;. The key waits on the card until then.</source>
        <translation>認証局から証明書が発行されたら、「証明書のインポート…」でカードに保存してください。それまで鍵はカード上で待機します。</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>証明書の保存</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>証明書要求の保存</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM 証明書 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>PEM request (*.pem *.csr)</source>
        <translation>PEM 証明書要求 (*.pem *.csr)</translation>
    </message>
    <message>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER 証明書 (*.der *.cer)</translation>
    </message>
    <message>
        <source>DER request (*.der)</source>
        <translation>DER 証明書要求 (*.der)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved to %1 (DER).</source>
        <translation>%1 に保存しました (DER)。</translation>
    </message>
    <message>
        <source>Saved to %1 (PEM).</source>
        <translation>%1 に保存しました (PEM)。</translation>
    </message>
    <message>
        <source>The certificate is stored with its key: &quot;Certificates…&quot; lists and exports it.</source>
        <translation>証明書は鍵とともに保存されました。「証明書の一覧…」で一覧表示とエクスポートができます。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::ResponseCalculatorDialog</name>
    <message>
        <source>Helpdesk: response calculator</source>
        <translation>ヘルプデスク: レスポンス計算機</translation>
    </message>
    <message>
        <source>For helpdesk staff. The card holder reads out the challenge that their computer shows; enter it with the card&apos;s admin key and read the response back to them. Use this on your own computer: the admin key must never be typed on the card holder&apos;s computer.</source>
        <translation>ヘルプデスク担当者向けです。カードの利用者が自分のコンピューターに表示されたチャレンジを読み上げます。それをカードの管理者キーとともに入力し、得られたレスポンスを利用者に伝えてください。この画面は必ずご自身のコンピューターで使ってください。管理者キーを利用者のコンピューターで入力してはいけません。</translation>
    </message>
    <message>
        <source>1. Challenge from the card holder</source>
        <translation>1. 利用者から伝えられたチャレンジ</translation>
    </message>
    <message>
        <source>Challenge, 16 hexadecimal digits</source>
        <translation>チャレンジ (16 進数字 16 桁)</translation>
    </message>
    <message>
        <source>16 hexadecimal digits</source>
        <translation>16 進数字 16 桁</translation>
    </message>
    <message>
        <source>2. The card&apos;s admin key</source>
        <translation>2. カードの管理者キー</translation>
    </message>
    <message>
        <source>Use the &amp;default key</source>
        <translation>既定のキーを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Use the default admin key</source>
        <translation>既定の管理者キーを使用</translation>
    </message>
    <message>
        <source>Fills in the well-known default admin key, for cards created with it.</source>
        <translation>広く知られている既定の管理者キーを入力します。このキーで作成したカード用です。</translation>
    </message>
    <message>
        <source>3. Response to read back</source>
        <translation>3. 利用者に伝えるレスポンス</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>Enter the challenge and the admin key</source>
        <translation>チャレンジと管理者キーを入力してください</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the response</source>
        <translation>レスポンスをコピー</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::SubjectPage</name>
    <message>
        <source>Who the certificate is for</source>
        <translation>証明書の対象者</translation>
    </message>
    <message>
        <source>Filled in from your login where it is known. Change it to what your certificate authority expects.</source>
        <translation>分かる範囲でログイン情報から入力しています。認証局が求める内容に合わせて変更してください。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>CN=Alice Example,O=Example Corp,C=DE</source>
        <translation>CN=Alice Example,O=Example Corp,C=JP</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>サブジェクト(&amp;S):</translation>
    </message>
    <message>
        <source>Attributes separated by commas, most specific first: %1.</source>
        <translation>属性をカンマで区切り、最も具体的なものから順に入力します: %1。</translation>
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
        <translation>複数の名前はカンマまたはスペースで区切ります</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not take this name.</source>
        <translation>テンプレート「%1」ではこの名前は使えません。</translation>
    </message>
    <message>
        <source>Enter a subject or at least one alternative name.</source>
        <translation>サブジェクトか、少なくとも 1 つの代替名を入力してください。</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a %2.</source>
        <translation>テンプレート「%1」には %2 が必要です。</translation>
    </message>
    <message>
        <source>&amp;UPN</source>
        <translation>UPN(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>電子メール(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;DNS names</source>
        <translation>DNS 名(&amp;D)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (必須):</translation>
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
        <translation>カードの作成</translation>
    </message>
    <message>
        <source>Check your choices, then press Create. The TPM needs a few seconds.</source>
        <translation>設定を確認してから「作成」を押してください。TPM の処理には数秒かかります。</translation>
    </message>
    <message>
        <source>Creating the card</source>
        <translation>カードを作成中</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>the default PIN %1</source>
        <translation>既定の PIN %1</translation>
    </message>
    <message>
        <source>the PIN you chose</source>
        <translation>設定した PIN</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1～%2 文字</translation>
    </message>
    <message>
        <source>an uppercase letter</source>
        <translation>英大文字を含む</translation>
    </message>
    <message>
        <source>no uppercase letters</source>
        <translation>英大文字なし</translation>
    </message>
    <message>
        <source>a lowercase letter</source>
        <translation>英小文字を含む</translation>
    </message>
    <message>
        <source>no lowercase letters</source>
        <translation>英小文字なし</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>数字を含む</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>数字なし</translation>
    </message>
    <message>
        <source>a symbol or space</source>
        <translation>記号またはスペースを含む</translation>
    </message>
    <message>
        <source>no symbols or spaces</source>
        <translation>記号・スペースなし</translation>
    </message>
    <message>
        <source>PIN rules:</source>
        <translation>PIN のルール:</translation>
    </message>
    <message>
        <source>PUK:</source>
        <translation>PUK:</translation>
    </message>
    <message>
        <source>none: only the admin key can unblock the card</source>
        <translation>なし: カードのブロックを解除できるのは管理者キーだけです</translation>
    </message>
    <message>
        <source>the default PUK %1</source>
        <translation>既定の PUK %1</translation>
    </message>
    <message>
        <source>the PUK you chose</source>
        <translation>設定した PUK</translation>
    </message>
    <message>
        <source>the well-known default key</source>
        <translation>広く知られている既定のキー</translation>
    </message>
    <message>
        <source>the key you entered</source>
        <translation>入力したキー</translation>
    </message>
    <message>
        <source>random and never shown: the card cannot be managed</source>
        <translation>ランダム (表示されません): カードは管理できません</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>管理者キー:</translation>
    </message>
    <message>
        <source>File system:</source>
        <translation>ファイルシステム:</translation>
    </message>
    <message>
        <source>created now</source>
        <translation>今すぐ作成</translation>
    </message>
    <message>
        <source>later, by a management tool with the admin key</source>
        <translation>後で、管理ツールが管理者キーで作成</translation>
    </message>
    <message>
        <source>The default PIN is public: change it before the card protects anything.</source>
        <translation>既定の PIN は公開されています。カードで何かを保護する前に変更してください。</translation>
    </message>
    <message>
        <source>With a random admin key, a forgotten PIN and PUK mean the card is lost.</source>
        <translation>ランダムな管理者キーの場合、PIN と PUK を忘れるとカードは失われます。</translation>
    </message>
    <message>
        <source>With a random admin key, a forgotten PIN means the card is lost.</source>
        <translation>ランダムな管理者キーの場合、PIN を忘れるとカードは失われます。</translation>
    </message>
    <message>
        <source>Creating the card on the TPM… The window stays usable; the card appears when the TPM is done.</source>
        <translation>TPM 上にカードを作成しています… ウィンドウはそのまま使えます。TPM の処理が終わるとカードが表示されます。</translation>
    </message>
    <message>
        <source>No card was created. You can change your choices or try again.</source>
        <translation>カードは作成されませんでした。設定を変更するか、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Wrong PINs allowed:</source>
        <translation>許容する PIN 誤入力回数:</translation>
    </message>
    <message>
        <source>The default admin key is public: anyone who can read this card&apos;s files can compute the admin responses and reset the PIN. Go back to the card&apos;s name to choose another for real use.</source>
        <translation>既定の管理者キーは公開されています。このカードのファイルを読める人なら誰でも管理者レスポンスを計算し、PIN をリセットできます。実際に使う場合は「カードの名前」のページに戻って別のキーを選んでください。</translation>
    </message>
    <message>
        <source>This TPM&apos;s owner hierarchy has a password. The card&apos;s counters are made there, so it is needed once, now.</source>
        <translation>この TPM の所有者階層にはパスワードがあります。カードのカウンターはそこに作られるため、今回だけ必要です。</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>構成証明:</translation>
    </message>
    <message>
        <source>an attestation key (AIK), without a certificate</source>
        <translation>構成証明キー (AIK)、証明書なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>an attestation key (AIK), certified by the attestation CA at %1</source>
        <translation>構成証明キー (AIK)、%1 の構成証明 CA が証明</translation>
    </message>
</context>
<context>
    <name>tpmvsc::TemplatePage</name>
    <message>
        <source>Choose the certificate template</source>
        <translation>証明書テンプレートの選択</translation>
    </message>
    <message>
        <source>The template decides what the certificate can be used for. Ask your certificate authority which one to use.</source>
        <translation>テンプレートによって証明書の用途が決まります。どれを使うかは認証局に確認してください。</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>テンプレートを読み取っています…</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>Certificate templates</source>
        <translation>証明書テンプレート</translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation>用途:</translation>
    </message>
    <message>
        <source>Key types:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>Some template files could not be used:</source>
        <translation>一部のテンプレート ファイルを使用できませんでした:</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>ファイル %1 から</translation>
    </message>
</context>
<context>
    <name>tpmvsc::UnblockDialog</name>
    <message>
        <source>Unblock with PUK</source>
        <translation>PUK でブロック解除</translation>
    </message>
    <message>
        <source>The card is blocked after too many wrong PINs. Enter the card&apos;s PUK and choose a new PIN.</source>
        <translation>PIN の誤入力が多すぎたため、カードはブロックされています。カードの PUK を入力し、新しい PIN を設定してください。</translation>
    </message>
    <message>
        <source>Enter the card&apos;s PUK and choose a new PIN.</source>
        <translation>カードの PUK を入力し、新しい PIN を設定してください。</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>ブロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Unblocking the card…</source>
        <translation>カードのブロックを解除しています…</translation>
    </message>
    <message>
        <source>“%1” is unblocked and has a new PIN.</source>
        <translation>「%1」のブロックを解除し、新しい PIN を設定しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PUK(s) left before the PUK is blocked too.</source>
        <translation>
            <numerusform>あと %n 回 PUK を間違えると PUK もブロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PUK is blocked: no PUK tries are left.</source>
        <translation>PUK はブロックされています: PUK の残り試行回数はありません。</translation>
    </message>
</context>
<context>
    <name>tpmvsc::WelcomePage</name>
    <message>
        <source>Create a virtual smart card</source>
        <translation>仮想スマートカードの作成</translation>
    </message>
    <message>
        <source>A virtual smart card works like a smart card, but lives in this computer&apos;s TPM (Trusted Platform Module).</source>
        <translation>仮想スマートカードは通常のスマートカードと同じように使えますが、このコンピューターの TPM (トラステッド プラットフォーム モジュール) の中にあります。</translation>
    </message>
    <message>
        <source>Its private keys are made inside the TPM and never leave it. The TPM itself checks your PIN and blocks the card after too many wrong guesses, so copying the card&apos;s files to another computer gives nothing usable.</source>
        <translation>秘密鍵は TPM の中で生成され、外に出ることはありません。PIN は TPM 自身が確認し、誤りが多すぎるとカードをブロックします。そのため、カードのファイルを別のコンピューターにコピーしても使い物になりません。</translation>
    </message>
    <message>
        <source>This computer&apos;s TPM</source>
        <translation>このコンピューターの TPM</translation>
    </message>
    <message>
        <source>Checking the TPM</source>
        <translation>TPM の確認</translation>
    </message>
    <message>
        <source>Checking the TPM…</source>
        <translation>TPM を確認しています…</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>製造元:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>ファームウェア:</translation>
    </message>
    <message>
        <source>Reached through:</source>
        <translation>接続方法:</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>再確認(&amp;C)</translation>
    </message>
    <message>
        <source>Check the TPM again</source>
        <translation>TPM を再確認</translation>
    </message>
    <message>
        <source>the built-in software TPM (%1)</source>
        <translation>内蔵ソフトウェア TPM (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Software TPM: for testing, keys are not hardware-protected.&lt;/b&gt; Cards made here show how tpmvsc works, but their keys are only as safe as the files of the software TPM.</source>
        <translation>&lt;b&gt;ソフトウェア TPM: テスト用です。鍵はハードウェアで保護されません。&lt;/b&gt;ここで作成したカードで tpmvsc の動作を確認できますが、鍵の安全性はソフトウェア TPM のファイルの安全性と同程度です。</translation>
    </message>
    <message>
        <source>The TPM&apos;s lockout authorization is empty: the owner of this computer (anyone with administrator rights) can reset the TPM&apos;s protection against PIN guessing. The card&apos;s own limit on wrong PINs still applies.</source>
        <translation>TPM のロックアウト認証が空です。このコンピューターの所有者 (管理者権限を持つ人) は、PIN の推測に対する TPM の保護をリセットできます。カード自体の PIN 誤入力回数の上限は引き続き有効です。</translation>
    </message>
    <message>
        <source>A card can only be created once the TPM answers.</source>
        <translation>TPM が応答するまでカードは作成できません。</translation>
    </message>
    <message>
        <source>The TPM is in dictionary-attack lockout: it counted %1 failed authorizations. It forgives one failure every %2 seconds; until then some card operations are refused. The computer&apos;s owner can also reset the lockout.</source>
        <translation>TPM は辞書攻撃対策のロックアウト状態です (認証失敗 %1 回)。%2 秒ごとに失敗 1 回分が解除され、それまでは一部のカード操作が拒否されます。コンピューターの所有者がロックアウトをリセットすることもできます。</translation>
    </message>
    <message>
        <source>default (TCTI loader)</source>
        <translation>既定 (TCTI ローダー)</translation>
    </message>
</context>
<context>
    <name>tpmvscmgr</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>no file system</source>
        <translation>ファイルシステムなし</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PIN tries</source>
        <translation>PIN 試行回数</translation>
    </message>
    <message>
        <source>Admin resets</source>
        <translation>管理者リセット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>鍵 ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>PIN policy</source>
        <translation>PIN ポリシー</translation>
    </message>
    <message>
        <source>PIN tries left</source>
        <translation>PIN 残り試行回数</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Tries counted by</source>
        <translation>試行回数のカウント元</translation>
    </message>
    <message>
        <source>the TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>the card file (older card: `tpmvscmgr upgrade` moves them into the TPM)</source>
        <translation>カードファイル (古いカード: `tpmvscmgr upgrade` でカウンターを TPM に移せます)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 tries left</source>
        <translation>残り %1 回</translation>
    </message>
    <message>
        <source>PUK</source>
        <translation>PUK</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source> (RANDOM admin key: the PIN cannot be reset)</source>
        <translation> (RANDOM 管理者キー: PIN はリセットできません)</translation>
    </message>
    <message>
        <source> (blocked after too many wrong responses)</source>
        <translation> (レスポンスの誤りが多すぎたためブロック中)</translation>
    </message>
    <message>
        <source> (%1 wrong responses allowed)</source>
        <translation> (あと %1 回までレスポンスの誤りを許容)</translation>
    </message>
    <message>
        <source>Admin resets left</source>
        <translation>管理者リセット残り</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <source>File system</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>  certificate</source>
        <translation>  証明書</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>none (any purpose)</source>
        <translation>なし (すべての用途)</translation>
    </message>
    <message>
        <source>none (any)</source>
        <translation>なし (すべて)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1～%2 (%3)</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公開鍵:</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>キー使用法:</translation>
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
        <translation>なし (証明書のみを保存)</translation>
    </message>
    <message>
        <source>none in the file (the certificate alone)</source>
        <translation>ファイル内になし (証明書のみ)</translation>
    </message>
    <message>
        <source>1 issuer certificate: %1</source>
        <translation>発行者証明書 1 件: %1</translation>
    </message>
    <message>
        <source>%1 issuer certificates: %2</source>
        <translation>発行者証明書 %1 件: %2</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>有効期間前</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>鍵:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>チェーン:</translation>
    </message>
    <message>
        <source>Certificate for key %1:
</source>
        <translation>鍵 %1 の証明書:
</translation>
    </message>
    <message>
        <source>  It replaces the key&apos;s current certificate.
</source>
        <translation>  この鍵の現在の証明書を置き換えます。
</translation>
    </message>
    <message>
        <source>Checks:
</source>
        <translation>確認結果:
</translation>
    </message>
    <message>
        <source>Checks (usages against template %1):
</source>
        <translation>確認結果 (テンプレート %1 に対する用途の照合):
</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (必須)</translation>
    </message>
    <message>
        <source>%1 (RSA)</source>
        <translation>%1 (RSA)</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>用途:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>%1 (first is the default; RSA at least %2 bits)</source>
        <translation>%1 (先頭が既定。RSA は %2 ビット以上)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>不明なコマンド「%1」です。コマンド: %2。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: %2 takes no value.</source>
        <translation>予期しない引数「%1」です: %2 は値を取りません。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Values follow the option they belong to, e.g. /instance ID.</source>
        <translation>予期しない引数「%1」です。値は対応するオプションの後に書きます (例: /instance ID)。</translation>
    </message>
    <message>
        <source>%1 belongs to a command; write the command first, e.g. tpmvscmgr %2 %1 ...</source>
        <translation>%1 はコマンドのオプションです。先にコマンドを書いてください (例: tpmvscmgr %2 %1 ...)。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>不明なオプション %1 です。</translation>
    </message>
    <message>
        <source>Unknown option %1 for %2. Options of %2: %3.</source>
        <translation>%1 は %2 のオプションではありません。%2 のオプション: %3。</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 は値を取りません。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <source>%1 needs a value (a TCTI configuration such as device:/dev/tpmrm0).</source>
        <translation>%1 には値 (device:/dev/tpmrm0 などの TCTI 設定) が必要です。</translation>
    </message>
    <message>
        <source>%1: there is no &quot;%2&quot; translation. Languages: %3.</source>
        <translation>%1: 「%2」の翻訳はありません。言語: %3。</translation>
    </message>
    <message>
        <source>%1 needs /%2 %3.</source>
        <translation>%1 には /%2 %3 が必要です。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an instance ID: expected ROOT\SMARTCARDREADER\000n as create printed it, or the number n.</source>
        <translation>%1「%2」はインスタンス ID ではありません。create が表示した ROOT\SMARTCARDREADER\000n の形式か、数値 n を指定してください。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 には %2～%3 の整数を指定してください。</translation>
    </message>
    <message>
        <source>%1 takes DEFAULT or PROMPT. Secrets are never taken from the command line (others can read it in the process list); use %1 PROMPT to type the %2 or give it on standard input.</source>
        <translation>%1 には DEFAULT または PROMPT を指定します。秘密情報はコマンドラインからは受け取りません (ほかのユーザーがプロセス一覧で読み取れるため)。%1 PROMPT で %2 を入力するか、標準入力から渡してください。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 は空にできません。</translation>
    </message>
    <message>
        <source>%1 must not contain control characters such as line breaks.</source>
        <translation>%1 には改行などの制御文字を含めることはできません。</translation>
    </message>
    <message>
        <source>%1 takes PROMPT only: secrets are never taken from the command line (others can read it in the process list).</source>
        <translation>%1 に指定できるのは PROMPT のみです。秘密情報はコマンドラインからは受け取りません (ほかのユーザーがプロセス一覧で読み取れるため)。</translation>
    </message>
    <message>
        <source>%1 takes DEFAULT, PROMPT or RANDOM. Secrets are never taken from the command line (others can read it in the process list); use %1 PROMPT to type the admin key or give it on standard input.</source>
        <translation>%1 には DEFAULT、PROMPT、RANDOM のいずれかを指定します。秘密情報はコマンドラインからは受け取りません (ほかのユーザーがプロセス一覧で読み取れるため)。%1 PROMPT で管理者キーを入力するか、標準入力から渡してください。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>%1 needs keyword/value pairs, e.g. %1 minlen 4 maxlen 8 digits REQUIRED (keywords: minlen, maxlen, uppercase, lowercase, digits, specialchars).</source>
        <translation>%1 にはキーワードと値の組を指定します。例: %1 minlen 4 maxlen 8 digits REQUIRED (キーワード: minlen、maxlen、uppercase、lowercase、digits、specialchars)。</translation>
    </message>
    <message>
        <source>%1: %2 is given twice.</source>
        <translation>%1: %2 が 2 回指定されています。</translation>
    </message>
    <message>
        <source>%1: unknown keyword &quot;%2&quot; (keywords: minlen, maxlen, uppercase, lowercase, digits, specialchars).</source>
        <translation>%1: 不明なキーワード「%2」です (キーワード: minlen、maxlen、uppercase、lowercase、digits、specialchars)。</translation>
    </message>
    <message>
        <source>%1: %2 needs a number.</source>
        <translation>%1: %2 には数値が必要です。</translation>
    </message>
    <message>
        <source>%1: %2 needs ALLOWED, DISALLOWED or REQUIRED.</source>
        <translation>%1: %2 には ALLOWED、DISALLOWED、REQUIRED のいずれかが必要です。</translation>
    </message>
    <message>
        <source>%1: %2 needs a number, not &quot;%3&quot;.</source>
        <translation>%1: %2 には「%3」ではなく数値が必要です。</translation>
    </message>
    <message>
        <source>%1: %2 takes ALLOWED, DISALLOWED or REQUIRED, not &quot;%3&quot;.</source>
        <translation>%1: %2 には「%3」ではなく ALLOWED、DISALLOWED、REQUIRED のいずれかを指定します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a card with a RANDOM admin key cannot be reset by an administrator (nobody knows the key), so it has no admin resets.</source>
        <translation>%1: RANDOM 管理者キーのカードは管理者がリセットできない (誰もキーを知らない) ため、管理者リセットはありません。</translation>
    </message>
    <message>
        <source>sign needs exactly one of /in FILE (data to hash) and /digest FILE (a digest already computed).</source>
        <translation>sign には /in FILE (ハッシュするデータ) と /digest FILE (計算済みのダイジェスト) のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>%1 takes sha256, sha384 or sha512, not &quot;%2&quot;.</source>
        <translation>%1 には「%2」ではなく sha256、sha384、sha512 のいずれかを指定します。</translation>
    </message>
    <message>
        <source>%1 goes with /cert: a public key has no chain.</source>
        <translation>%1 は /cert と一緒に使います。公開鍵にはチェーンがありません。</translation>
    </message>
    <message>
        <source>%1 needs a template name (tpmvscmgr templates lists them).</source>
        <translation>%1 にはテンプレート名が必要です (tpmvscmgr templates で一覧表示できます)。</translation>
    </message>
    <message>
        <source>%1 needs a value such as upn:alice@example.com.</source>
        <translation>%1 には upn:alice@example.com のような値が必要です。</translation>
    </message>
    <message>
        <source>%1 must not contain control characters.</source>
        <translation>%1 には制御文字を含めることはできません。</translation>
    </message>
    <message>
        <source>request needs /subject &quot;CN=...&quot; or at least one /san.</source>
        <translation>request には /subject &quot;CN=...&quot; か、少なくとも 1 つの /san が必要です。</translation>
    </message>
    <message>
        <source>%1 (a new key) and %2 (an existing key) exclude each other.</source>
        <translation>%1 (新しい鍵) と %2 (既存の鍵) は同時に指定できません。</translation>
    </message>
    <message>
        <source>%1 takes rsa2048, rsa3072, p256 or p384, not &quot;%2&quot;. For an existing key use /usekey REF.</source>
        <translation>%1 には「%2」ではなく rsa2048、rsa3072、p256、p384 のいずれかを指定します。既存の鍵を使うには /usekey REF を指定してください。</translation>
    </message>
    <message>
        <source>%1 needs a key ID or label.</source>
        <translation>%1 には鍵 ID またはラベルが必要です。</translation>
    </message>
    <message>
        <source>%1 names a new key; the key of %2 keeps its label.</source>
        <translation>%1 は新しい鍵の名前です。%2 の鍵のラベルは変わりません。</translation>
    </message>
    <message>
        <source>%1 goes with /selfsigned: the CA decides the validity of the certificate it issues.</source>
        <translation>%1 は /selfsigned と一緒に使います。CA が発行する証明書の有効期間は、その CA が決めます。</translation>
    </message>
    <message>
        <source>%1 takes an NV index handle such as 0x01355600 (tpmvscmgr cleanup lists them), not &quot;%2&quot;.</source>
        <translation>%1 には「%2」ではなく、0x01355600 のような NV インデックスのハンドルを指定します (tpmvscmgr cleanup で一覧表示できます)。</translation>
    </message>
    <message>
        <source>challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <source>%1 takes rsa2048, rsa3072, p256 or p384, not &quot;%2&quot;.</source>
        <translation>%1 には「%2」ではなく rsa2048、rsa3072、p256、p384 のいずれかを指定します。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>No command given. Commands: %1. Help: tpmvscmgr /?</source>
        <translation>コマンドが指定されていません。コマンド: %1。ヘルプ: tpmvscmgr /?</translation>
    </message>
    <message>
        <source>--tcti and --simulator exclude each other: choose one TPM.</source>
        <translation>--tcti と --simulator は同時に指定できません。TPM を 1 つ選んでください。</translation>
    </message>
    <message>
        <source>response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>Enter new PIN: </source>
        <translation>新しい PIN を入力してください: </translation>
    </message>
    <message>
        <source>Confirm new PIN: </source>
        <translation>新しい PIN をもう一度入力してください: </translation>
    </message>
    <message>
        <source>new PIN</source>
        <translation>新しい PIN</translation>
    </message>
    <message>
        <source>Enter PIN: </source>
        <translation>PIN を入力してください: </translation>
    </message>
    <message>
        <source>Enter response: </source>
        <translation>レスポンスを入力してください: </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; certificate files are at most 1 MiB (%3 bytes). A certificate with its chain takes a few kilobytes: this is not a certificate file.</source>
        <translation>%1 は %2 バイトです。証明書ファイルは最大 1 MiB (%3 バイト) です。チェーン付きの証明書でも数 KB 程度なので、これは証明書ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is blocked after too many wrong PINs.</source>
        <translation>PIN の誤りが多すぎたため、%1 はブロックされています。</translation>
    </message>
    <message>
        <source>Enter the TPM owner password: </source>
        <translation>TPM 所有者パスワードを入力してください: </translation>
    </message>
    <message>
        <source>owner password</source>
        <translation>所有者パスワード</translation>
    </message>
    <message>
        <source>Challenge: %1</source>
        <translation>Challenge: %1</translation>
    </message>
    <message>
        <source>The default PIN %1 does not meet the PIN policy: %2 Use /PIN PROMPT.</source>
        <translation>既定の PIN %1 は PIN ポリシーを満たしていません: %2 /PIN PROMPT を使用してください。</translation>
    </message>
    <message>
        <source>Enter new admin key (48 hex digits): </source>
        <translation>新しい管理者キーを入力してください (16 進数字 48 桁): </translation>
    </message>
    <message>
        <source>Confirm new admin key: </source>
        <translation>新しい管理者キーをもう一度入力してください: </translation>
    </message>
    <message>
        <source>new admin key</source>
        <translation>新しい管理者キー</translation>
    </message>
    <message>
        <source>Enter new PUK: </source>
        <translation>新しい PUK を入力してください: </translation>
    </message>
    <message>
        <source>Confirm new PUK: </source>
        <translation>新しい PUK をもう一度入力してください: </translation>
    </message>
    <message>
        <source>new PUK</source>
        <translation>新しい PUK</translation>
    </message>
    <message>
        <source>Creating TPM Smart Card...</source>
        <translation>TPM スマートカードを作成しています...</translation>
    </message>
    <message>
        <source>TPM Smart Card created.</source>
        <translation>TPM スマートカードを作成しました。</translation>
    </message>
    <message>
        <source>Smart Card Reader Device Instance ID = %1</source>
        <translation>スマートカード リーダー デバイスのインスタンス ID = %1</translation>
    </message>
    <message>
        <source>The PIN is the default 12345678: change it with `tpmvscmgr changepin /instance %1`.</source>
        <translation>PIN は既定の 12345678 です。`tpmvscmgr changepin /instance %1` で変更してください。</translation>
    </message>
    <message>
        <source>There is no card %1 (it was never created, or was destroyed). `tpmvscmgr list` shows the cards.</source>
        <translation>カード %1 はありません (作成されていないか、破棄されています)。カードの一覧は `tpmvscmgr list` で表示できます。</translation>
    </message>
    <message>
        <source>Destroying TPM Smart Card %1...</source>
        <translation>TPM スマートカード %1 を破棄しています...</translation>
    </message>
    <message>
        <source>TPM Smart Card destroyed.</source>
        <translation>TPM スマートカードを破棄しました。</translation>
    </message>
    <message>
        <source>The TPM already holds the counters of %1: nothing to do.</source>
        <translation>TPM はすでに %1 のカウンターを保持しています。何もする必要はありません。</translation>
    </message>
    <message>
        <source>Enter PUK: </source>
        <translation>PUK を入力してください: </translation>
    </message>
    <message>
        <source>Enter the card&apos;s admin key (48 hex digits, or DEFAULT): </source>
        <translation>カードの管理者キーを入力してください (16 進数字 48 桁、または DEFAULT): </translation>
    </message>
    <message>
        <source>admin key</source>
        <translation>管理者キー</translation>
    </message>
    <message>
        <source>%1 now has its PIN and PUK counted by the TPM; old copies of its files no longer open it with a changed PIN.</source>
        <translation>%1 の PIN と PUK は TPM でカウントされるようになりました。カードのファイルの古いコピーを使っても、変更前の PIN ではカードを開けません。</translation>
    </message>
    <message>
        <source>It has no admin resets any more: give /AdminKey PROMPT to make new ones.</source>
        <translation>管理者リセットはなくなりました。新しく用意するには /AdminKey PROMPT を指定してください。</translation>
    </message>
    <message>
        <source>NV index 0x%1 removed.</source>
        <translation>NV インデックス 0x%1 を削除しました。</translation>
    </message>
    <message>
        <source>%1: an interrupted creation or destruction was finished (the card is gone).</source>
        <translation>%1: 中断されていた作成または破棄を完了しました (カードは削除されました)。</translation>
    </message>
    <message>
        <source>No NV index in tpmvsc&apos;s block is left over.</source>
        <translation>tpmvsc のブロックに残っている NV インデックスはありません。</translation>
    </message>
    <message>
        <source>NV indices in tpmvsc&apos;s block that none of your cards uses (they may belong to another user&apos;s cards; remove one with /remove HANDLE):</source>
        <translation>tpmvsc のブロックにある NV インデックスのうち、あなたのどのカードも使用していないもの (ほかのユーザーのカードのものである可能性があります。削除するには /remove HANDLE を指定します):</translation>
    </message>
    <message>
        <source>No TPM virtual smart cards. Create one with `tpmvscmgr create`.</source>
        <translation>TPM 仮想スマートカードはありません。`tpmvscmgr create` で作成してください。</translation>
    </message>
    <message>
        <source>Enter current PIN: </source>
        <translation>現在の PIN を入力してください: </translation>
    </message>
    <message>
        <source>current PIN</source>
        <translation>現在の PIN</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN を変更しました。</translation>
    </message>
    <message>
        <source>%1 has no PUK (it was created without /PUK). An administrator can reset the PIN: `tpmvscmgr resetpin /instance %2`.</source>
        <translation>%1 には PUK がありません (/PUK なしで作成されました)。管理者は PIN をリセットできます: `tpmvscmgr resetpin /instance %2`。</translation>
    </message>
    <message>
        <source>The PUK of %1 is blocked after too many wrong PUKs. An administrator can reset the PIN: `tpmvscmgr resetpin /instance %2`.</source>
        <translation>PUK の誤りが多すぎたため、%1 の PUK はブロックされています。管理者は PIN をリセットできます: `tpmvscmgr resetpin /instance %2`。</translation>
    </message>
    <message>
        <source>Card unblocked; the new PIN is set.</source>
        <translation>カードのブロックを解除し、新しい PIN を設定しました。</translation>
    </message>
    <message>
        <source>PIN reset; the card is unblocked.</source>
        <translation>PIN をリセットしました。カードのブロックは解除されています。</translation>
    </message>
    <message>
        <source>Enter admin key (48 hex digits, or DEFAULT): </source>
        <translation>管理者キーを入力してください (16 進数字 48 桁、または DEFAULT): </translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Response: %1</translation>
    </message>
    <message>
        <source>%1 already has a file system.</source>
        <translation>%1 にはすでにファイルシステムがあります。</translation>
    </message>
    <message>
        <source>File system created: the card can hold keys.</source>
        <translation>ファイルシステムを作成しました。カードに鍵を保存できます。</translation>
    </message>
    <message>
        <source>%1 already holds %2 keys, the most a card can hold. Delete one first (`tpmvscmgr delkey`).</source>
        <translation>%1 にはすでに、1 枚のカードに保存できる上限の %2 個の鍵があります。先に 1 つ削除してください (`tpmvscmgr delkey`)。</translation>
    </message>
    <message>
        <source>Generating a %1 key in the TPM...</source>
        <translation>TPM で %1 鍵を生成しています...</translation>
    </message>
    <message>
        <source>Key generated: %1</source>
        <translation>鍵を生成しました: %1</translation>
    </message>
    <message>
        <source>%1 holds no keys.</source>
        <translation>%1 には鍵がありません。</translation>
    </message>
    <message>
        <source>Key %1 deleted.</source>
        <translation>鍵 %1 を削除しました。</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes, but a %3 digest has %4. /digest takes the raw digest bytes (not hex); /in signs a file&apos;s data.</source>
        <translation>%1 は %2 バイトですが、%3 のダイジェストは %4 バイトです。/digest にはダイジェストの生のバイト列 (16 進数ではなく) を指定します。ファイルのデータに署名するには /in を使います。</translation>
    </message>
    <message>
        <source>/pss applies to RSA keys; key %1 is %2.</source>
        <translation>/pss は RSA 鍵にのみ使えます。鍵 %1 は %2 です。</translation>
    </message>
    <message>
        <source>Signature written to %1 (%2 bytes).</source>
        <translation>署名を %1 に書き込みました (%2 バイト)。</translation>
    </message>
    <message>
        <source>Certificate written to %1.</source>
        <translation>証明書を %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Public key written to %1.</source>
        <translation>公開鍵を %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Generating a %1 key in the TPM and signing the request (template %2)...</source>
        <translation>TPM で %1 鍵を生成し、証明書要求に署名しています (テンプレート %2)...</translation>
    </message>
    <message>
        <source>Signing the request with key %1 (template %2)...</source>
        <translation>鍵 %1 で証明書要求に署名しています (テンプレート %2)...</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The key %3 is on the card; make the request again with /usekey %3.</source>
        <translation>%1 に書き込めません: %2。鍵 %3 はカード上にあります。/usekey %3 を指定して、証明書要求をもう一度作成してください。</translation>
    </message>
    <message>
        <source>Certificate request written to %1 (%2, %3 with %4).</source>
        <translation>証明書要求を %1 に書き込みました (%2、%3 署名、ハッシュ %4)。</translation>
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
        <translation>自己署名証明書 (有効期間 %1 日) を鍵とともにカードに保存しました。</translation>
    </message>
    <message>
        <source>Send it to your CA; import what it issues with `tpmvscmgr import /instance %1 /cert FILE`.</source>
        <translation>これを CA に送り、発行された証明書を `tpmvscmgr import /instance %1 /cert FILE` でインポートしてください。</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>CA ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Storing despite the warnings (/force).</source>
        <translation>警告を無視して保存します (/force)。</translation>
    </message>
    <message>
        <source>Certificate stored on %1 with key %2.</source>
        <translation>証明書を鍵 %2 とともに %1 に保存しました。</translation>
    </message>
    <message>
        <source>%1 holds no certificates. Request one with `tpmvscmgr request`.</source>
        <translation>%1 には証明書がありません。`tpmvscmgr request` で要求してください。</translation>
    </message>
    <message>
        <source>Certificate of key %1 deleted; the key stays.</source>
        <translation>鍵 %1 の証明書を削除しました。鍵は残っています。</translation>
    </message>
    <message>
        <source>Own templates: JSON files in %1 (see tpmvscmgr(1)).</source>
        <translation>独自のテンプレート: %1 内の JSON ファイル (tpmvscmgr(1) を参照)。</translation>
    </message>
    <message>
        <source>Help: tpmvscmgr %1 /?</source>
        <translation>ヘルプ: tpmvscmgr %1 /?</translation>
    </message>
    <message>
        <source>Help: tpmvscmgr /?</source>
        <translation>ヘルプ: tpmvscmgr /?</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部エラー: %1</translation>
    </message>
    <message>
        <source>Unblock it with `tpmvscmgr unblock` (PUK) or `tpmvscmgr resetpin` (administrator).</source>
        <translation>`tpmvscmgr unblock` (PUK) または `tpmvscmgr resetpin` (管理者) でブロックを解除してください。</translation>
    </message>
    <message>
        <source>Unblock it with `tpmvscmgr unblock` (PUK).</source>
        <translation>`tpmvscmgr unblock` (PUK) でブロックを解除してください。</translation>
    </message>
    <message>
        <source>Unblock it with `tpmvscmgr resetpin` (administrator).</source>
        <translation>`tpmvscmgr resetpin` (管理者) でブロックを解除してください。</translation>
    </message>
    <message>
        <source>It has no PUK and cannot be reset by an administrator: destroy it (`tpmvscmgr destroy`) and create a new one.</source>
        <translation>PUK がなく、管理者によるリセットもできません。カードを破棄して (`tpmvscmgr destroy`)、新しいカードを作成してください。</translation>
    </message>
    <message>
        <source>Give it with /OwnerAuth PROMPT.</source>
        <translation>/OwnerAuth PROMPT で指定してください。</translation>
    </message>
    <message>
        <source>`tpmvscmgr cleanup` lists the indices that belong to no card.</source>
        <translation>どのカードにも属さないインデックスは `tpmvscmgr cleanup` で一覧表示できます。</translation>
    </message>
    <message>
        <source>Destroy it again (`tpmvscmgr destroy`), or run `tpmvscmgr cleanup`.</source>
        <translation>もう一度破棄するか (`tpmvscmgr destroy`)、`tpmvscmgr cleanup` を実行してください。</translation>
    </message>
    <message>
        <source>Initialise it first with `tpmvscmgr initialize`.</source>
        <translation>先に `tpmvscmgr initialize` で初期化してください。</translation>
    </message>
    <message>
        <source>`tpmvscmgr keys` lists them.</source>
        <translation>`tpmvscmgr keys` で一覧表示できます。</translation>
    </message>
    <message>
        <source>Delete it first with `tpmvscmgr deletecert` if that is what you want.</source>
        <translation>そうしたい場合は、先に `tpmvscmgr deletecert` で削除してください。</translation>
    </message>
    <message>
        <source>Make a request first with `tpmvscmgr request`.</source>
        <translation>先に `tpmvscmgr request` で証明書要求を作成してください。</translation>
    </message>
    <message>
        <source>Or use the built-in software TPM with --simulator.</source>
        <translation>または、--simulator で内蔵のソフトウェア TPM を使用してください。</translation>
    </message>
    <message>
        <source>If you are sure it is the right certificate, import it again with /force (--force) to store it anyway.</source>
        <translation>正しい証明書であることが確かな場合は、/force (--force) を付けてもう一度インポートすると、警告があっても保存されます。</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <source>the command line is wrong, nothing was done</source>
        <translation>コマンドラインが正しくない (何も実行されていない)</translation>
    </message>
    <message>
        <source>a value or file is bad (admin key, response, subject, certificate, input or output file)</source>
        <translation>値またはファイルが不正 (管理者キー、レスポンス、サブジェクト、証明書、入力ファイル、出力ファイル)</translation>
    </message>
    <message>
        <source>a PIN or PUK breaks the PIN policy</source>
        <translation>PIN または PUK が PIN ポリシーに違反</translation>
    </message>
    <message>
        <source>wrong PIN, PUK or admin response</source>
        <translation>PIN、PUK または管理者レスポンスが正しくない</translation>
    </message>
    <message>
        <source>the card, its PUK or its admin reset is blocked</source>
        <translation>カード、その PUK、または管理者リセットがブロックされている</translation>
    </message>
    <message>
        <source>no such card, key or challenge</source>
        <translation>該当するカード、鍵またはチャレンジがない</translation>
    </message>
    <message>
        <source>another process is using the card</source>
        <translation>別のプロセスがカードを使用中</translation>
    </message>
    <message>
        <source>a store file is malformed, truncated or tampered with</source>
        <translation>ストアのファイルの形式が不正、途中で切れている、または改ざんされている</translation>
    </message>
    <message>
        <source>a store file has loose permissions or another owner</source>
        <translation>ストアのファイルのアクセス許可が緩い、または所有者が異なる</translation>
    </message>
    <message>
        <source>the store cannot be written</source>
        <translation>ストアに書き込めない</translation>
    </message>
    <message>
        <source>no TPM could be reached</source>
        <translation>TPM に接続できない</translation>
    </message>
    <message>
        <source>the TPM is in dictionary attack lockout</source>
        <translation>TPM が辞書攻撃対策のロックアウト中</translation>
    </message>
    <message>
        <source>the card belongs to another TPM (or the TPM was cleared)</source>
        <translation>カードが別の TPM のもの (または TPM がクリアされた)</translation>
    </message>
    <message>
        <source>the TPM failed</source>
        <translation>TPM でエラーが発生</translation>
    </message>
    <message>
        <source>the TPM lacks a needed feature</source>
        <translation>TPM に必要な機能がない</translation>
    </message>
    <message>
        <source>the card is full (30 keys) or has no admin resets left</source>
        <translation>カードがいっぱい (鍵 30 個)、または管理者リセットが残っていない</translation>
    </message>
    <message>
        <source>the TPM&apos;s owner password is needed (give it with /OwnerAuth PROMPT)</source>
        <translation>TPM の所有者パスワードが必要 (/OwnerAuth PROMPT で指定)</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>create a TPM virtual smart card</source>
        <translation>TPM 仮想スマートカードを作成</translation>
    </message>
    <message>
        <source>delete a card and its keys for good</source>
        <translation>カードとその鍵を完全に削除</translation>
    </message>
    <message>
        <source>list the cards</source>
        <translation>カードを一覧表示</translation>
    </message>
    <message>
        <source>show everything about one card</source>
        <translation>1 枚のカードのすべての情報を表示</translation>
    </message>
    <message>
        <source>change the PIN</source>
        <translation>PIN を変更</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr changepin /instance ID

Secrets, when standard input is not a terminal (one line each):
  current PIN, new PIN.
A wrong current PIN uses up one try; the last try blocks the card.
</source>
        <translation>使用法: tpmvscmgr changepin /instance ID

標準入力が端末でない場合の秘密情報 (1 行に 1 つずつ):
  現在の PIN、新しい PIN。
現在の PIN を間違えると試行回数を 1 回消費し、最後の 1 回でカードは
ブロックされます。
</translation>
    </message>
    <message>
        <source>unblock with the PUK and set a new PIN</source>
        <translation>PUK でブロックを解除し、新しい PIN を設定</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr unblock /instance ID

For cards created with /PUK. Resets the PIN tries.

Secrets, when standard input is not a terminal (one line each):
  PUK, new PIN.
</source>
        <translation>使用法: tpmvscmgr unblock /instance ID

/PUK を指定して作成したカード用です。PIN の試行回数をリセットします。

標準入力が端末でない場合の秘密情報 (1 行に 1 つずつ):
  PUK、新しい PIN。
</translation>
    </message>
    <message>
        <source>reset the PIN with an admin response</source>
        <translation>管理者レスポンスで PIN をリセット</translation>
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
        <translation>使用法: tpmvscmgr resetpin /instance ID

標準出力に `Challenge: XXXX XXXX XXXX XXXX` を表示します。これをヘルプ
デスクに読み上げてください。ヘルプデスクはカードの管理者キーを使って
`tpmvscmgr response /challenge ...` (または Windows のレスポンス計算ツール)
を実行します。その後、レスポンス (スペースの有無は問いません) と新しい PIN
を入力すると、カードのブロックが解除されます。各チャレンジは 1 回だけ有効
です。管理者リセットの残り回数は `status` で確認できます。

標準入力が端末でない場合の秘密情報 (1 行に 1 つずつ):
  レスポンス、新しい PIN。
</translation>
    </message>
    <message>
        <source>helpdesk: compute the response to a challenge</source>
        <translation>ヘルプデスク: チャレンジに対するレスポンスを計算</translation>
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
        <translation>使用法: tpmvscmgr response /challenge HEX

resetpin または initialize のチャレンジに対するレスポンスを計算します:
管理者キーによるチャレンジの 3DES 暗号化です。
`Response: XXXX XXXX XXXX XXXX` を表示します (/quiet では数字のみ)。
カードも TPM も不要です。ヘルプデスクのマシンで実行してください。

  /challenge HEX   16 進数字 16 桁。スペース可 (その場合は引用符で囲む)

標準入力が端末でない場合の秘密情報 (1 行):
  管理者キー (16 進数字 48 桁。既定のキーの場合は DEFAULT)。

例:
  tpmvscmgr response /challenge &quot;0123 4567 89AB CDEF&quot;
</translation>
    </message>
    <message>
        <source>create the file system of a card made without /generate</source>
        <translation>/generate なしで作成したカードのファイルシステムを作成</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr initialize /instance ID

Needs the admin: prints a challenge like resetpin and reads the
response.

Secrets, when standard input is not a terminal (one line):
  response.
</source>
        <translation>使用法: tpmvscmgr initialize /instance ID

管理者が必要です: resetpin と同様にチャレンジを表示し、レスポンスを
読み取ります。

標準入力が端末でない場合の秘密情報 (1 行):
  レスポンス。
</translation>
    </message>
    <message>
        <source>generate a key on the card</source>
        <translation>カード上に鍵を生成</translation>
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
        <translation>使用法: tpmvscmgr keygen /instance ID [/key ALGORITHM] [/label TEXT]

秘密鍵は TPM が生成し、TPM の外に出ることはありません。鍵 ID (16 進数字
40 桁。/quiet ではこれだけ) を表示します。1 枚のカードに鍵は最大 30 個です。

  /key ALGORITHM   rsa2048 (既定)、rsa3072、p256、p384
  /label TEXT      鍵の名前

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。
</translation>
    </message>
    <message>
        <source>list a card&apos;s keys</source>
        <translation>カードの鍵を一覧表示</translation>
    </message>
    <message>
        <source>delete a key</source>
        <translation>鍵を削除</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr delkey /instance ID /key REF

  /key REF   the key&apos;s ID, a unique prefix of it (4 hex digits or more),
             or its label

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>使用法: tpmvscmgr delkey /instance ID /key REF

  /key REF   鍵の ID、その一意な先頭部分 (16 進数字 4 桁以上)、
             または鍵のラベル

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。
</translation>
    </message>
    <message>
        <source>sign data or a digest with a key</source>
        <translation>鍵でデータまたはダイジェストに署名</translation>
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
        <translation>使用法: tpmvscmgr sign /instance ID /key REF {/in FILE | /digest FILE} /out FILE
         [/hash sha256|sha384|sha512] [/pss]

  /in FILE       署名するデータ: tpmvscmgr が /hash でハッシュします
  /digest FILE   計算済みのダイジェスト: 生のバイト列で、サイズは /hash の
                 ハッシュ長と同じ (32、48、64 バイト)。16 進数は不可
  /out FILE      署名の出力先 (生のバイト列)
  /hash          sha256 (既定)、sha384、sha512
  /pss           PKCS#1 v1.5 の代わりに RSA-PSS (ソルト長はハッシュ長と同じ)
  /key REF       鍵の ID、その一意な先頭部分、または鍵のラベル

ECDSA 署名は、OpenSSL が検証できる DER 形式です。次のように確認できます:
  tpmvscmgr export /instance 0 /key REF /out key.pem
  openssl dgst -sha256 -verify key.pem -signature sig.bin data.txt

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。
</translation>
    </message>
    <message>
        <source>export a key&apos;s public key or certificate</source>
        <translation>鍵の公開鍵または証明書をエクスポート</translation>
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
        <translation>使用法: tpmvscmgr export /instance ID /key REF [/cert [/chain]] [/out FILE] [/der]

鍵の公開鍵 (SubjectPublicKeyInfo)、または /cert を指定した場合はその証明書
を、FILE または標準出力に書き出します。/der を指定しない限り PEM 形式です。
PIN も TPM も不要です。

  /cert    公開鍵の代わりに、鍵とともに保存されている証明書
  /chain   /cert と一緒に指定: 発行者の証明書も含め、リーフから順に出力
           (PEM: 証明書ごとに 1 ブロック。/der: PKCS#7 バンドル、.p7b)
  /der     PEM の代わりに DER

例:
  tpmvscmgr export /instance 0 /key logon /cert /out alice.pem
</translation>
    </message>
    <message>
        <source>make a certificate request (CSR) with a card key</source>
        <translation>カードの鍵で証明書要求 (CSR) を作成</translation>
    </message>
    <message>
        <source>store an issued certificate with its key</source>
        <translation>発行された証明書を鍵とともに保存</translation>
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
        <translation>使用法: tpmvscmgr import /instance ID /cert FILE [/key REF] [/cafile FILE]
         [/template NAME] [/force]

CA が発行した証明書を読み取ります: PEM、DER、PKCS#7 (.p7b/.p7c) 形式で、
ファイルにチェーンがあればチェーンも読み取ります (最大 1 MiB)。証明書と
確認結果を表示してから、証明書が持つ公開鍵に対応するカードの鍵とともに、
証明書 (とチェーン) を保存します:
  key        公開鍵がカードの鍵のものであること (そうでなければ拒否)
  validity   期限切れ、または有効期間前: 警告
  usages     キー使用法と EKU をテンプレートと照合: 異なる場合は警告
  chain      CA ファイルまたはシステムの証明書ストアで信頼されること:
             信頼されない場合は警告
エラーがあると証明書は拒否されます。警告があると、/force を指定しない限り
拒否されます。

  /cert FILE     証明書ファイル
  /key REF       証明書はこの鍵のものでなければならない
  /cafile FILE   システムの証明書ストアの代わりに使う、信頼する CA 証明書 (PEM)
  /template NAME 用途をこのテンプレートと照合 (既定: 最初に合致するもの、
                 なければ smartcardlogon)
  /force         警告があっても保存

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。
</translation>
    </message>
    <message>
        <source>list a card&apos;s certificates</source>
        <translation>カードの証明書を一覧表示</translation>
    </message>
    <message>
        <source>delete a key&apos;s certificate</source>
        <translation>鍵の証明書を削除</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr deletecert /instance ID /key REF

Removes the certificate and chain stored with the key; the key stays.

Secrets, when standard input is not a terminal (one line):
  PIN.
</source>
        <translation>使用法: tpmvscmgr deletecert /instance ID /key REF

鍵とともに保存されている証明書とチェーンを削除します。鍵は残ります。

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。
</translation>
    </message>
    <message>
        <source>let the TPM count an older card&apos;s PIN tries</source>
        <translation>古いカードの PIN 試行回数を TPM でカウントするよう移行</translation>
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
        <translation>使用法: tpmvscmgr upgrade /instance ID [/AdminKey PROMPT]
                 [/OwnerAuth PROMPT]

古い tpmvsc で作成したカードは、試行回数のカウンターをカードのファイルに
保持しています。このコマンドはカウンターを TPM (カードの NV インデックス)
に移します。これにより、ファイルの古いコピーを戻しても推測できる回数は
増えず、変更前の PIN は使えなくなります。鍵はそのまま残ります。PIN と、
カードに PUK がある場合は PUK を尋ねます。カードの古い管理者リセットは
破棄されます (PIN を変更せずにカードを開けられたため)。新しく用意するには
/AdminKey PROMPT を指定してください。アップグレード前に作成したカード
ファイルのコピーには古いオブジェクトが残っています。コピーは一切残さないで
ください。

  /instance ID        カード
  /AdminKey PROMPT    カードの管理者キー (16 進数字 48 桁、または DEFAULT)
  /OwnerAuth PROMPT   TPM 所有者のパスワードがある場合に、その入力を求めます

標準入力が端末でない場合の秘密情報 (1 行に 1 つずつ、この順序で):
PIN、PUK (カードに PUK がある場合)、管理者キー (/AdminKey 指定時)、
所有者パスワード (/OwnerAuth 指定時)。
</translation>
    </message>
    <message>
        <source>finish interrupted work, find left-over indices</source>
        <translation>中断された処理を完了し、残ったインデックスを探す</translation>
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
        <translation>使用法: tpmvscmgr cleanup [/remove HANDLE] [/OwnerAuth PROMPT]

クラッシュで中断されたカードの作成または破棄を完了し (そのようなカードは
NV インデックスとともに削除されます)、tpmvsc のハンドル ブロック
(0x01355600-0x013559ff) にある NV インデックスのうち、あなたのどのカードも
使用していないものを一覧表示します。ほかのユーザーのカードも同じブロックを
使用し、TPM にはインデックスの持ち主を判別できないため、一覧表示された
ものは、指定しない限り削除されません:

  /remove HANDLE      そのインデックスを削除します (例: /remove 0x01355600)
  /OwnerAuth PROMPT   TPM 所有者のパスワードがある場合に、その入力を求めます
</translation>
    </message>
    <message>
        <source>list the certificate templates</source>
        <translation>証明書テンプレートを一覧表示</translation>
    </message>
    <message>
        <source>Exit status:
</source>
        <translation>終了ステータス:
</translation>
    </message>
    <message>
        <source>tpmvscmgr: TPM virtual smart cards (Linux counterpart of Windows&apos; tpmvscmgr).

Usage: tpmvscmgr [GLOBAL OPTIONS] COMMAND [OPTIONS]
       tpmvscmgr COMMAND /?       help on one command

Commands:
</source>
        <translation>tpmvscmgr: TPM 仮想スマートカード (Windows の tpmvscmgr に相当する Linux 版)。

使用法: tpmvscmgr [GLOBAL OPTIONS] COMMAND [OPTIONS]
       tpmvscmgr COMMAND /?       1 つのコマンドのヘルプ

コマンド:
</translation>
    </message>
    <message>
        <source>
See also: man tpmvscmgr
</source>
        <translation>
関連項目: man tpmvscmgr
</translation>
    </message>
    <message>
        <source>Cannot read the %1 from standard input: %2</source>
        <translation>標準入力から %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>End of input before the %1. When standard input is not a terminal, each secret is one line, in the order the command&apos;s help lists.</source>
        <translation>%1 を読み取る前に入力が終了しました。標準入力が端末でない場合、秘密情報は 1 行に 1 つずつ、コマンドのヘルプに記載された順序で指定します。</translation>
    </message>
    <message>
        <source>The %1 is too long (more than %2 characters).</source>
        <translation>%1 が長すぎます (%2 文字を超えています)。</translation>
    </message>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 が空です。</translation>
    </message>
    <message>
        <source>The two entries of the %1 differ.</source>
        <translation>2 回入力した %1 が一致しません。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>もう一度お試しください。</translation>
    </message>
    <message>
        <source>Attestation key</source>
        <translation>構成証明鍵</translation>
    </message>
    <message>
        <source>%1 takes AIK_ONLY or AIK_AND_CERT, not &quot;%2&quot;.</source>
        <translation>%1 には AIK_ONLY または AIK_AND_CERT を指定します。「%2」は指定できません。</translation>
    </message>
    <message>
        <source>%1 takes hexadecimal digits; &quot;%2&quot; at position %3 is not one.</source>
        <translation>%1 には 16 進数字を指定します。位置 %3 の「%2」は 16 進数字ではありません。</translation>
    </message>
    <message>
        <source>%1 needs whole bytes: an even number of hexadecimal digits, not %2.</source>
        <translation>%1 にはバイト単位の値が必要です: 16 進数字は偶数個で、%2 個ではありません。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a nonce is at most %3 bytes (%4 hexadecimal digits).</source>
        <translation>%1 は %2 バイトです。ノンスは最大 %3 バイト (16 進数字 %4 桁) です。</translation>
    </message>
    <message>
        <source>%1 already has an attestation key; a card has one.</source>
        <translation>%1 には既に構成証明鍵があります。構成証明鍵はカードごとに 1 つです。</translation>
    </message>
    <message>
        <source>Creating the attestation key in the TPM...</source>
        <translation>TPM 内に構成証明鍵を作成しています...</translation>
    </message>
    <message>
        <source>%1 has an attestation key: `tpmvscmgr attest` certifies its keys with it.</source>
        <translation>%1 に構成証明鍵ができました: `tpmvscmgr attest` はこの鍵でカードの鍵を証明します。</translation>
    </message>
    <message>
        <source>Evidence for key %1 written to %2.</source>
        <translation>鍵 %1 の証拠を %2 に書き込みました。</translation>
    </message>
    <message>
        <source>give a card an attestation key</source>
        <translation>カードに構成証明鍵を追加する</translation>
    </message>
    <message>
        <source>prove that a card key lives in the TPM</source>
        <translation>カードの鍵が TPM 内にあることを証明する</translation>
    </message>
    <message>
        <source>verifyattestation needs exactly one of /in FILE (an evidence file) and /request FILE (a certificate request that carries the evidence).</source>
        <translation>verifyattestation には /in ファイル (証拠ファイル) と /request ファイル (証拠を含む証明書要求) のどちらか一方だけが必要です。</translation>
    </message>
    <message>
        <source>%1 goes with /in: a request&apos;s statement must be about the request&apos;s own key.</source>
        <translation>%1 は /in と一緒に使います: 要求の文は要求自身の鍵についてのものでなければなりません。</translation>
    </message>
    <message>
        <source>%1 goes with /request: an evidence file names its attestation key.</source>
        <translation>%1 は /request と一緒に使います: 証拠ファイルは自身の構成証明鍵を示しています。</translation>
    </message>
    <message>
        <source>not checked (no /roots)</source>
        <translation>未確認 (/roots なし)</translation>
    </message>
    <message>
        <source>(empty subject)</source>
        <translation>(空のサブジェクト)</translation>
    </message>
    <message>
        <source>%1, chains to the root %2</source>
        <translation>%1、ルート %2 につながります</translation>
    </message>
    <message>
        <source>the certificate request&apos;s own key</source>
        <translation>証明書要求自身の鍵</translation>
    </message>
    <message>
        <source>the one given with /key</source>
        <translation>/key で指定した鍵</translation>
    </message>
    <message>
        <source>not compared (no /key)</source>
        <translation>未比較 (/key なし)</translation>
    </message>
    <message>
        <source>Verified: the TPM holds the key, made inside it and unable to leave it.
</source>
        <translation>検証済み: TPM がこの鍵を保持しています。鍵は TPM 内で作られ、外に出ることはできません。
</translation>
    </message>
    <message>
        <source>Certified key:</source>
        <translation>証明された鍵:</translation>
    </message>
    <message>
        <source>Its Name:</source>
        <translation>その名前:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性:</translation>
    </message>
    <message>
        <source>fixedTPM, fixedParent, sensitiveDataOrigin, not restricted</source>
        <translation>fixedTPM、fixedParent、sensitiveDataOrigin、restricted ではない</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <source>the AIK, %1 (%2)</source>
        <translation>AIK、%1 (%2)</translation>
    </message>
    <message>
        <source>Nonce:</source>
        <translation>ナンス:</translation>
    </message>
    <message>
        <source>AIK certificate:</source>
        <translation>AIK 証明書:</translation>
    </message>
    <message>
        <source>Key is:</source>
        <translation>鍵:</translation>
    </message>
    <message>
        <source>TPM firmware:</source>
        <translation>TPM ファームウェア:</translation>
    </message>
    <message>
        <source>the evidence does not prove what it claims</source>
        <translation>証拠が主張する内容を証明していません</translation>
    </message>
    <message>
        <source>check TPM evidence that a key lives in a TPM</source>
        <translation>鍵が TPM 内にあることを示す TPM の証拠を検証する</translation>
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
        <translation>使用法: tpmvscmgr verifyattestation /in ファイル [/roots ファイル] [/nonce HEX]
         [/key PEM]
       tpmvscmgr verifyattestation /request CSR [/aik PEM] [/roots ファイル]
         [/nonce HEX]

TPM が構成証明鍵 (AIK) で鍵を証明したことを、依拠当事者や CA と同じように
確認します: certInfo に対する AIK の署名、TPM_GENERATED と
TPM_ST_ATTEST_CERTIFY、証明された名前と pubArea の名前の一致、鍵が
fixedTPM、fixedParent、sensitiveDataOrigin を持ち restricted でないこと、
ナンス、そして /roots があれば AIK の証明書チェーン。失敗した確認は名前を
挙げて示され、終了ステータス 13 で終わります。TPM もカードも不要です。

  /in ファイル     tpmvscmgr attest が書く証拠ファイル
  /request CSR     証拠を含む証明書要求 (PEM または DER)。その鍵が
                   証明された鍵でなければなりません
  /aik PEM         AIK の公開鍵 (/request と共に。既定: 要求の証明書のうち
                   鍵が文を検証できるもの)
  /roots ファイル  AIK 証明書の信頼するルート (PEM または DER)
  /nonce HEX       TPM が署名したはずのナンス (既定: なし)
  /key PEM         証明された鍵がこの公開鍵でなければなりません (/in と共に)
</translation>
    </message>
    <message>
        <source>Verified, if the AIK is a TPM&apos;s: the statement is sound, but without /roots nothing shows that the AIK belongs to a real TPM.
</source>
        <translation>AIK が TPM のものであれば検証済み: ステートメントは正しいですが、/roots がないため AIK が実際の TPM のものであることは確認されていません。
</translation>
    </message>
    <message>
        <source>%1 goes into a request for a CA; a self-signed certificate cannot carry it.</source>
        <translation>%1 は CA への要求に含めるものです。自己署名証明書には含められません。</translation>
    </message>
    <message>
        <source>%1 has no attestation key. Add one with `tpmvscmgr attestation /instance %2 /add AIK_ONLY` first.</source>
        <translation>%1 には構成証明キーがありません。先に `tpmvscmgr attestation /instance %2 /add AIK_ONLY` で追加してください。</translation>
    </message>
    <message>
        <source>It carries the attestation key&apos;s proof that the key lives in the TPM (verify it with tpmvscmgr verifyattestation /request).</source>
        <translation>要求には、鍵が TPM 内にあることの構成証明キーによる証明が含まれます (tpmvscmgr verifyattestation /request で検証できます)。</translation>
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
        <translation>使用法: tpmvscmgr request /instance ID /template NAME /subject DN [/san NAME]...
         [/key ALGORITHM | /usekey REF] [/label TEXT] [/hash HASH] [/pss]
         [/selfsigned [/days N] | /attest] /out FILE [/der]

TPM で鍵を生成し (またはカード上の既存の鍵を使い)、その鍵で署名した
PKCS#10 証明書要求を書き出します。秘密鍵が TPM の外に出ることはありません。
証明書要求を作成できなかった場合、カードに鍵は残りません。指定した内容は
すべて、PIN を尋ねる前に確認されます。

  /template NAME   証明書の用途: smartcardlogon、signature、clientauth、
                   smime、または独自のテンプレート (tpmvscmgr templates)
  /subject DN      RFC 4514、具体的なものから順に: &quot;CN=Alice,O=Example,C=DE&quot;
                   (CN、O、OU、L、ST、C、DC、emailAddress など。UTF-8 可。
                   , + &quot; \ &lt; &gt; ; はバックスラッシュでエスケープ)。/san が
                   サブジェクトを示す場合は &quot;&quot; でもかまいません
  /san NAME        サブジェクト代替名: upn:alice@example.com、
                   email:alice@example.com、dns:host.example.com。/san を
                   繰り返すか、カンマで区切って複数指定します
  /key ALGORITHM   新しい鍵: rsa2048、rsa3072、p256、p384 (既定: テンプレート
                   の第一候補)
  /usekey REF      代わりにカード上のこの鍵で署名 (ID、先頭部分、ラベル)
  /label TEXT      新しい鍵のラベル
  /hash HASH       sha256、sha384、sha512 (既定: テンプレートの指定。P-384
                   では sha384)
  /pss             PKCS#1 v1.5 の代わりに RSA-PSS (RSA 鍵)
  /selfsigned      自己署名証明書も作成し、鍵とともにカードに保存します
                   (テスト用、単独での利用)
  /days N          その有効期間の日数 (既定: テンプレートの指定)
  /attest          カードの構成証明キーが鍵を証明し、その証明を要求に
                   含めます (draft-ietf-lamps-csr-attestation)
  /out FILE        証明書要求の出力先。/der を指定しない限り PEM 形式

鍵 ID を表示します (/quiet ではこれだけ)。

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。

例:
  tpmvscmgr request /instance 0 /template smartcardlogon /subject &quot;CN=Alice&quot;
            /san upn:alice@corp.example.com /key rsa2048 /out alice.csr
</translation>
    </message>
    <message>
        <source>yes, certified by %1</source>
        <translation>あり (%1 が証明)</translation>
    </message>
    <message>
        <source>%1 goes with AIK_AND_CERT: only an attestation key with a certificate comes from an attestation CA.</source>
        <translation>%1 は AIK_AND_CERT と一緒に指定します: 構成証明 CA から得られるのは証明書付きの構成証明鍵だけです。</translation>
    </message>
    <message>
        <source>%1 has an attestation key, certified by %2: `tpmvscmgr attest` certifies its keys with it.</source>
        <translation>%1 に %2 が証明した構成証明鍵があります: `tpmvscmgr attest` でカードの鍵を証明できます。</translation>
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
        <translation>使用法: tpmvscmgr attestation /instance ID /add AIK_ONLY
        tpmvscmgr attestation /instance ID /add AIK_AND_CERT
                              /attestationca URL

/attestation なしで作成したカードに構成証明鍵 (AIK) を追加します。AIK は
TPM の制限付き署名鍵 (ECC P-256) で、TPM 自身が述べる内容だけに署名します。
カードと共に保存され、カードの PIN で使用します。AIK はカードごとに 1 つ
です。

  /add AIK_ONLY       構成証明鍵を作成します
  /add AIK_AND_CERT   構成証明鍵を作成し、/attestationca URL の構成証明 CA に
                      証明させます。CA は TPM の保証鍵証明書を確認し、その
                      応答はこの TPM だけが開けます (クレデンシャルの
                      アクティベーション)。拒否された場合、カードに AIK は
                      付きません。

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。
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
        <translation>使用法: tpmvscmgr attest /instance ID /key REF [/nonce HEX] /out FILE

カードの構成証明鍵で鍵を証明し (TPM2_Certify)、証拠を WebAuthn の &quot;tpm&quot;
構成証明ステートメントと同じ名前の JSON として書き込みます: certInfo (TPM の
TPMS_ATTEST)、sig (それに対する AIK の ECDSA 署名)、pubArea (鍵の TPM 公開
領域)、aikPublic (PEM)、および TPM が持っていれば ekCertificate。構成証明
CA が AIK を証明している場合、x5c に AIK の証明書とその発行者の証明書が
入ります。

  /key REF     鍵の ID、その一意な先頭部分、またはラベル
  /nonce HEX   検証者が選んだ最大 32 バイト。certInfo の extraData として
               返されます。指定しない場合 extraData は空です
  /out FILE    証拠の書き込み先 (すべて書き込むか、何も書き込みません)

カードには構成証明鍵が必要です: 作成時の /attestation AIK_ONLY、または
tpmvscmgr attestation /add AIK_ONLY。

標準入力が端末でない場合の秘密情報 (1 行):
  PIN。
</translation>
    </message>
    <message>
        <source>%1 needs a host name as ssh takes it: HOST, USER@HOST or a Host of the ssh configuration.</source>
        <translation>%1 には、ssh が受け付ける形式のホスト名が必要です: HOST、USER@HOST、または ssh 設定の Host。</translation>
    </message>
    <message>
        <source>%1 does not apply to %2: it reads or writes files on this machine, or needs no card. To run it on the other machine, log in there:
  %3</source>
        <translation>%1 は %2 には使用できません。このコマンドはこのマシン上のファイルを読み書きするか、カードを必要としません。別のマシンで実行するには、そのマシンにログインしてください:
  %3</translation>
    </message>
    <message>
        <source>%1 takes rsa2048 or rsa3072, not &quot;%2&quot;.</source>
        <translation>%1 には rsa2048 または rsa3072 を指定します。&quot;%2&quot; は指定できません。</translation>
    </message>
    <message>
        <source>%1 takes the CA certificate&apos;s SHA-256 fingerprint: 64 hex digits, with or without colons.</source>
        <translation>%1 には CA 証明書の SHA-256 フィンガープリントを指定します: 16 進数字 64 桁 (コロンの有無は問いません)。</translation>
    </message>
    <message>
        <source>CA certificate SHA-256 fingerprint: %1</source>
        <translation>CA 証明書の SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>Enter the challenge password: </source>
        <translation>チャレンジパスワードを入力してください: </translation>
    </message>
    <message>
        <source>challenge password</source>
        <translation>チャレンジパスワード</translation>
    </message>
    <message>
        <source>Generating a %1 key in the TPM and enrolling it with the CA (template %2)...</source>
        <translation>TPM で %1 鍵を生成し、CA に証明書を申請しています (テンプレート %2)...</translation>
    </message>
    <message>
        <source>The CA issued this certificate; it is stored on the card with the key:</source>
        <translation>CA がこの証明書を発行しました。証明書は鍵とともにカードに保存されています:</translation>
    </message>
    <message>
        <source>a machine or service on the network cannot be reached (the attestation CA, the host of /machine)</source>
        <translation>ネットワーク上のマシンまたはサービスに接続できません (構成証明 CA、/machine のホスト)</translation>
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
        <translation>使用法: tpmvscmgr create /name NAME /AdminKey {DEFAULT|PROMPT|RANDOM}
         [/PIN {DEFAULT|PROMPT}] [/PUK {DEFAULT|PROMPT}] [/generate]
         [/pinpolicy KEYWORD VALUE ...] [/pintries N] [/adminresets N]
         [/OwnerAuth PROMPT] [/attestation AIK_ONLY]
         [/attestation AIK_AND_CERT /attestationca URL] [/quiet] [/json]
         [/machine HOST]

鍵を TPM 内に保持するカードを作成し、そのインスタンス ID
ROOT\SMARTCARDREADER\000n を表示します (n は 0 から始まり、カードごとに
1 ずつ増え、再利用されません)。

  /name NAME          必須。カードの名前
  /AdminKey DEFAULT   公知の既定キー 010203040506070801020304050607080102030405060708
  /AdminKey PROMPT    16 進数字 48 桁の管理者キーの入力を求めます
  /AdminKey RANDOM    誰も知らないランダムなキー: PIN は一切リセットできません
  /PIN DEFAULT        PIN 12345678 (/PIN を省略した場合も同じ)
  /PIN PROMPT         PIN の入力を求めます
  /PUK DEFAULT        PUK 12345678。/PUK PROMPT では入力を求めます。
                      /PUK を指定しないと、カードに PUK はありません
  /generate           カードのファイルシステムを今すぐ作成します (指定しない
                      場合、鍵を保存する前に `tpmvscmgr initialize` が必要)
  /pinpolicy          次のオプションまでのキーワードと値の組:
                        minlen N (既定 8、最小 4)
                        maxlen N (既定 127、最大 127)
                        uppercase|lowercase|digits|specialchars
                          ALLOWED|DISALLOWED|REQUIRED (既定 ALLOWED)
                      PIN の文字は印字可能な ASCII 文字です。
  /pintries N         カードがブロックされるまでの PIN 誤入力回数 (1-10、既定
                      5)。TPM 自身がカードの NV インデックスでカウントします
  /OwnerAuth PROMPT   TPM 所有者のパスワードの入力を求めます。所有者階層に
                      パスワードがある場合に必要です (カードの NV
                      インデックスはそこに作成されます)
  /adminresets N      管理者キーが分かっている今のうちに用意する、管理者による
                      PIN リセットの回数 (0-100、既定 10。/AdminKey RANDOM
                      では常に 0)
  /attestation AIK_ONLY  カードに構成証明鍵 (AIK) を作成します。カードの鍵を
                      証明する TPM の鍵です (tpmvscmgr attest)
  /attestation AIK_AND_CERT  上記に加え、/attestationca URL の構成証明 CA が
                      TPM の保証鍵証明書を確認してから AIK を証明します
                      (クレデンシャルのアクティベーション)。CA の証明書が
                      得られない場合、カードは作成されません
  /json               新しいカードの状態を 1 つの JSON ドキュメントで表示
  /machine HOST       ssh 経由で HOST 上にカードを作成 (tpmvscmgr /? を参照)

PIN と PUK は 8 文字以上です。/quiet を指定すると、インスタンス ID だけを
表示します。

標準入力が端末でない場合の秘密情報 (1 行に 1 つずつ、この順序で):
  管理者キー (/AdminKey PROMPT の場合)、PIN (/PIN PROMPT の場合)、
  PUK (/PUK PROMPT の場合)。
端末では、それぞれエコーなしで 2 回入力を求めます。

例:
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
        <translation>使用法: tpmvscmgr destroy /instance ID [/OwnerAuth PROMPT] [/quiet]
         [/machine HOST]

カードを削除します。TPM 内の NV インデックスを削除してから、カードの
ファイルを削除します。鍵と証明書は復元できません。インスタンス番号が
ほかのカードに割り当てられることはありません。

  /instance ID        create が表示した ROOT\SMARTCARDREADER\000n、または n
  /OwnerAuth PROMPT   TPM 所有者のパスワードがある場合に、その入力を求めます

カードの秘密情報は尋ねません (Windows と同じ)。

例:
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
        <translation>使用法: tpmvscmgr list [/quiet] [/json]

カードごとに 1 行: インスタンス ID、名前、状態 (使用可能、ブロック中、
ファイルシステムなし)、PIN の残り試行回数、管理者リセットの残り回数、鍵の数。
/quiet ではインスタンス ID のみ、/json では全カードの状態を 1 つの JSON
ドキュメントで表示。ストアを読み取るだけで、TPM は不要です。
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr status /instance ID [/json]

Name, instance, creation time, PIN policy, PIN tries left, PUK, admin
key kind, admin resets left, blocked, file system, attestation key,
keys, certificates; with /json as one JSON document.
Reads the store only; no TPM needed.
</source>
        <translation>使用法: tpmvscmgr status /instance ID [/json]

名前、インスタンス、作成日時、PIN ポリシー、PIN の残り試行回数、PUK、
管理者キーの種類、管理者リセットの残り回数、ブロック状態、ファイルシステム、
構成証明キー、鍵、証明書。/json では 1 つの JSON ドキュメントで表示。
ストアを読み取るだけで、TPM は不要です。
</translation>
    </message>
    <message>
        <source>Usage: tpmvscmgr keys /instance ID [/json]

One line per key: ID, algorithm, creation time, certificate, label.
With /quiet only the IDs; with /json one JSON document. No TPM needed.
</source>
        <translation>使用法: tpmvscmgr keys /instance ID [/json]

鍵ごとに 1 行: ID、アルゴリズム、作成日時、証明書、ラベル。
/quiet では ID のみ、/json では 1 つの JSON ドキュメント。TPM は不要です。
</translation>
    </message>
    <message>
        <source>get a certificate for a new card key from a CA (SCEP)</source>
        <translation>CA からカードの新しい鍵の証明書を取得 (SCEP)</translation>
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
        <translation>使用法: tpmvscmgr enroll /instance ID /url URL /template NAME /subject DN
         [/san NAME]... [/challenge PROMPT] [/key rsa2048|rsa3072] [/label TEXT]
         [/cafingerprint SHA256]

SCEP (RFC 8894) で CA に証明書を申請します。CA にその機能と証明書を問い
合わせて証明書の SHA-256 フィンガープリントを表示してから、TPM で RSA 鍵を
生成し、その鍵で署名した証明書要求を送信します。CA が発行した証明書 (この
鍵のものであり、CA につながることを確認) は、鍵および CA 証明書とともに
1 回の書き込みでカードに保存します。申請が拒否されたり失敗したりした場合、
鍵は残りません。CA が保留にした証明書要求を待つ機能はまだありません。

  /url URL           SCEP サービス。例: http://ca.example.com/scep
  /template NAME     証明書要求で求める用途 (tpmvscmgr templates)
  /subject DN        RFC 4514。request と同じ
  /san NAME          サブジェクト代替名。request と同じ
  /challenge PROMPT  CA から配布されたチャレンジパスワードの入力を求めます
  /key ALGORITHM     rsa2048 または rsa3072 (SCEP には RSA 鍵が必要。既定:
                     テンプレートの RSA の第一候補)
  /label TEXT        新しい鍵のラベル
  /cafingerprint SHA256  CA 証明書の SHA-256 フィンガープリント (16 進数字
                     64 桁、コロン可): それ以外の CA は鍵の作成前に拒否します

鍵 ID と証明書を表示します (/quiet では鍵 ID のみ)。

標準入力が端末でない場合の秘密情報 (1 行に 1 つずつ):
  PIN、次にチャレンジパスワード (/challenge PROMPT の場合)。

例:
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
        <translation>使用法: tpmvscmgr certs /instance ID [/json]

証明書ごとに: 鍵、サブジェクト、発行者、シリアル番号、有効期間、キー使用法、
EKU、SAN、SHA-256 フィンガープリント、保存されたチェーン。/quiet では
1 件につき 1 行: 鍵 ID とフィンガープリント。/json では 1 つの JSON
ドキュメント。PIN も TPM も不要です。
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
        <translation>使用法: tpmvscmgr templates [/json]

組み込みのテンプレートと独自のテンプレート ($TPMVSC_HOME/templates、
~/.config/tpmvsc/templates、/etc/tpmvsc/templates 内の JSON ファイル。
同じ id では最初に見つかったものが優先) を表示します: id、名前、鍵の種類、
キー使用法、EKU、サブジェクト代替名。/quiet では id のみ、/json では 1 つの
JSON ドキュメント。使用できないテンプレート ファイルは報告されます
(終了ステータス 3)。
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
オプションは /name VALUE (Windows 形式)、または --name VALUE、--name=VALUE
(GNU 形式) で指定します。名前とキーワードの大文字と小文字は区別しません。

グローバル オプション:
  --tcti CONF   使用する TPM (TCTI 設定。例: device:/dev/tpmrm0、
                swtpm:port=2321)。既定: $TPMVSC_TCTI、なければシステムの TPM
  --simulator   ストアに保持する専用のソフトウェア TPM (ハードウェア不要。
                鍵はハードウェアで保護されません)
  /quiet, -q    スクリプトに必要な情報だけを表示
  /machine HOST ssh 経由で HOST 上でコマンドを実行 (create、destroy、list、
                status など、ローカル ファイルを使わないコマンド): ssh が
                HOST の tpmvscmgr を同じ引数で実行します (引数は HOST の
                シェル向けにクォート)。ssh は $TPMVSC_SSH または ssh で、
                ユーザーの ssh 設定を使います。秘密情報は ssh の引数ではなく
                標準入力で渡します: パイプではそのまま渡し、端末では HOST の
                tpmvscmgr が入力を求めます (ssh -t)。終了ステータスは HOST
                のものです。HOST に接続できないか、HOST に tpmvscmgr が
                ない場合は 14 です。
  --lang CODE   メッセージの言語: de、en、ja (既定: システムの言語。
                LANGUAGE、LC_ALL、LC_MESSAGES、LANG から判断)
  /?, -h, --help, --version

秘密情報 (PIN、PUK、管理者キー、レスポンス) はコマンドラインからは受け取り
ません。端末ではエコーなしで入力します。それ以外の場合は、各コマンドの
ヘルプに記載された順序で、標準入力から 1 行に 1 つずつ読み取ります。

/json (list、status、keys、certs、templates、create) は、テキストの代わりに
1 つの JSON ドキュメントを表示します。そのキーと値はどの言語でも同じです
(スキーマ: doc/json.md)。エラー時、標準出力には何も出力しません。

</translation>
    </message>
    <message>
        <source>
Global options: --tcti CONF, --simulator, /quiet, --lang CODE, /machine HOST. Exit codes: tpmvscmgr /?
</source>
        <translation>
グローバル オプション: --tcti CONF, --simulator, /quiet, --lang CODE, /machine HOST。
終了コード: tpmvscmgr /?
</translation>
    </message>
    <message>
        <source>%1 could not be started (%2): install the OpenSSH client, or name the ssh command in TPMVSC_SSH.</source>
        <translation>%1 を起動できませんでした (%2)。OpenSSH クライアントをインストールするか、TPMVSC_SSH に ssh コマンドを指定してください。</translation>
    </message>
    <message>
        <source>ssh to %1 ended abnormally; the command may or may not have run there.</source>
        <translation>%1 への ssh が異常終了しました。コマンドがそこで実行されたかどうかは分かりません。</translation>
    </message>
    <message>
        <source>%1 could not be reached over ssh (ssh said why above).</source>
        <translation>ssh で %1 に接続できませんでした (理由は上記の ssh の出力を参照)。</translation>
    </message>
    <message>
        <source>tpmvscmgr could not be run on %1 (its shell said why above): install tpmvsc there, or put tpmvscmgr on the PATH its ssh sessions get.</source>
        <translation>%1 で tpmvscmgr を実行できませんでした (理由は上記のシェルの出力を参照)。そのマシンに tpmvsc をインストールするか、ssh セッションの PATH に tpmvscmgr を含めてください。</translation>
    </message>
</context>
</TS>

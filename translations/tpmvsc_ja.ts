<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <translation>使わなくなったカードを削除して空きを作ってください。</translation>
    </message>
    <message>
        <source>Destroy it again (Destroy card…).</source>
        <translation>もう一度削除してください（カードを削除…）。</translation>
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
    <message>
        <source>Reading the card…</source>
        <translation>カードを読み取っています…</translation>
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
        <source>Storing the certificate on the card… The dialog can be closed when this is done.</source>
        <translation>証明書をカードに保存しています… 完了したらダイアログを閉じられます。</translation>
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
        <source>Reading the cards…</source>
        <translation>カードを読み取っています…</translation>
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
</context>
</TS>

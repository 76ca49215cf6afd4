// The catalog: plandb serve. The pages and the API's errors are always Japanese (`.text(.ja)`);
// the lines `plandb serve` prints follow the process's language.
extension Message {
    public static func serveMissing(_ path: String) -> Message {
        Message("server.missing",
            en: "plandb serve runs plandb-serve, which is not beside this plandb (looked for \(path))",
            ja: "plandb serve は plandb-serve を起動しますが、この plandb と同じフォルダにありません（探した場所: \(path)）。")
    }
    public static let serveMissingAdvice = Message("server.missing.advice",
        en: "build it with `swift build --product plandb-serve` (or `swift build`), then run `plandb serve` again",
        ja: "`swift build --product plandb-serve`（または `swift build`）でビルドしてから、もう一度 `plandb serve` を実行してください。")
    public static func serveListening(_ url: String, _ path: String, _ plan: String) -> Message {
        Message("server.listening",
            en: "plandb serve: \(plan) in \(path), on \(url) (Ctrl-C stops it)",
            ja: "plandb serve: \(path) の \(plan) を \(url) で公開しています（Ctrl-C で停止）。")
    }
    public static let serveNoAccounts = Message("server.no_accounts",
        en: "no account can sign in yet: add one with `plandb user add NAME --dept DEPT`",
        ja: "サインインできるアカウントがまだありません。`plandb user add NAME --dept DEPT` で追加してください。")

    public static let notSignedIn = Message("server.not_signed_in",
        en: "sign in first (the session is missing, has expired or has ended)",
        ja: "サインインしてください（セッションがないか、期限切れか、終了しています）。")
    public static let csrfRefused = Message("server.csrf_refused",
        en: "the request has no valid CSRF token; nothing was changed",
        ja: "CSRF トークンがないか、正しくありません。何も変更していません。")
    public static let csrfAdvice = Message("server.csrf_refused.advice",
        en: "send the csrf_token from the sign-in answer in the X-CSRF-Token header (a page: reload it and send the form again)",
        ja: "サインイン時に受け取った csrf_token を X-CSRF-Token ヘッダーで送ってください（画面の場合は、読み込み直してから送信し直してください）。")
    public static let bodyNotJSON = Message("server.body_not_json",
        en: "the body must be one JSON object",
        ja: "本文は JSON のオブジェクト一つにしてください。")
    public static let bodyNotJSONType = Message("server.body_not_json_type",
        en: "send the body as JSON, with the header `Content-Type: application/json`",
        ja: "本文は JSON にして、ヘッダー `Content-Type: application/json` を付けて送ってください。")
    public static let bodyIncomplete = Message("server.body_incomplete",
        en: "the request's body did not arrive whole; nothing was changed",
        ja: "リクエストの本文が最後まで届きませんでした。何も変更していません。")
    public static let writeBusy = Message("server.write_busy",
        en: "the database is busy with other writes; nothing was changed",
        ja: "データベースがほかの書き込みで混み合っています。何も変更していません。")
    public static let writeBusyAdvice = Message("server.write_busy.advice",
        en: "send it again in a moment (an `entry import` or `backup` on the command line may be holding the file)",
        ja: "少し待ってから送り直してください（コマンドラインの `entry import` や `backup` がファイルを使用中の可能性があります）。")
    public static let signInCrossSite = Message("server.sign_in_cross_site",
        en: "this sign-in did not come from plandb's own sign-in page; nobody was signed in",
        ja: "このサインインは plandb のサインイン画面から送られていません。サインインしていません。")
    public static let signInCrossSiteAdvice = Message("server.sign_in_cross_site.advice",
        en: "open the sign-in page of plandb itself (reload it) and sign in there",
        ja: "plandb のサインイン画面を開き直して、そこからサインインしてください。")
    public static let signInAddressLimited = Message("server.sign_in_address_limited",
        en: "too many failed sign-ins from this computer: sign-in is refused from it for a while",
        ja: "この端末からのサインインの失敗が多すぎるため、しばらくの間サインインを受け付けません。")
    public static let signInBusy = Message("server.sign_in_busy",
        en: "the server is checking too many sign-ins at once; nobody was signed in",
        ja: "サインインの確認が混み合っています。サインインしていません。")
    public static let signInBusyAdvice = Message("server.sign_in_busy.advice",
        en: "sign in again in a few seconds",
        ja: "数秒待ってから、もう一度サインインしてください。")
    public static let formMalformed = Message("server.form_malformed",
        en: "the form could not be read exactly (text that is not UTF-8, or a broken %-escape); nothing was saved",
        ja: "フォームの内容を正しく読み取れませんでした（UTF-8 でない文字か、壊れた % エスケープ）。何も保存していません。")
    public static let formMalformedAdvice = Message("server.form_malformed.advice",
        en: "reload the page and send the form again from it",
        ja: "画面を読み込み直してから、もう一度送信してください。")
    public static func bodyTooLarge(_ limit: Int) -> Message {
        Message("server.body_too_large",
            en: "the body is larger than \(limit) bytes",
            ja: "本文が大きすぎます（上限 \(limit) バイト）。")
    }
    public static func unknownFields(_ names: String) -> Message {
        Message("server.unknown_fields",
            en: "unknown field(s): \(names)",
            ja: "使えない項目があります: \(names)")
    }
    public static func missingField(_ name: String) -> Message {
        Message("server.missing_field",
            en: "`\(name)` is required",
            ja: "`\(name)` を指定してください。")
    }
    public static func fieldNotText(_ name: String) -> Message {
        Message("server.field_not_text",
            en: "`\(name)` must be a string",
            ja: "`\(name)` は文字列にしてください。")
    }
    public static func fieldNotInteger(_ name: String) -> Message {
        Message("server.field_not_integer",
            en: "`\(name)` must be an integer",
            ja: "`\(name)` は整数にしてください。")
    }
    public static func fieldNotBoolean(_ name: String) -> Message {
        Message("server.field_not_boolean",
            en: "`\(name)` must be true or false",
            ja: "`\(name)` は true か false にしてください。")
    }
    public static func fieldTooLong(_ name: String, _ limit: Int) -> Message {
        Message("server.field_too_long",
            en: "`\(name)` is longer than \(limit) characters",
            ja: "`\(name)` が長すぎます（上限 \(limit) 文字）。")
    }
    public static let badKind = Message("server.bad_kind",
        en: "`kind` must be indicator, initiative or policy",
        ja: "`kind` は indicator、initiative、policy のいずれかにしてください。")
    public static let badStage = Message("server.bad_stage",
        en: "`stage` must be 一次 or 二次",
        ja: "`stage` は 一次 か 二次 にしてください。")
    public static let projectStaffNotObject = Message("server.project_staff_not_object",
        en: "`staff` must be an object of staff kind and person-years: {\"正職員\": \"1.10\"}",
        ja: "`staff` は職員区分と人工のオブジェクトにしてください（{\"正職員\": \"1.10\"} など）。")
    public static func projectStaffNotText(_ kind: String) -> Message {
        Message("server.project_staff_not_text",
            en: "the person-years of `\(kind)` in `staff` must be a string such as \"1.10\"",
            ja: "`staff` の `\(kind)` の人工は \"1.10\" のような文字列にしてください。")
    }
    public static let yearMissing = Message("server.year_missing",
        en: "give the fiscal year as ?year=2024",
        ja: "年度を ?year=2024 のように指定してください。")
    public static let notFound = Message("server.not_found",
        en: "there is no such page",
        ja: "そのページはありません。")
    public static let internalError = Message("server.internal_error",
        en: "the server failed; nothing was changed. The log says why",
        ja: "サーバーで問題が起きました。何も変更していません。詳しくはサーバーのログを確認してください。")
}

// The rule for free text (FreeText), at every way in: the command line, the server, an entry workbook.
extension Message {
    static func textControlCharacter(_ field: String, _ codePoint: String) -> Message {
        Message("text.control_character",
            en: "`\(field)` holds a control character (\(codePoint)); nothing was recorded",
            ja: "`\(field)` に制御文字（\(codePoint)）が含まれています。記録していません。")
    }
    static let textControlCharacterAdvice = Message("text.control_character.advice",
        en: "type the text again without it (tabs and line breaks are fine); text pasted from another program may carry such characters",
        ja: "その文字を除いて入力し直してください（タブと改行は使えます）。ほかのソフトから貼り付けた文章に含まれていることがあります。")
}

// History in the browser (History.rows(code:seenBy:)).
extension Message {
    static func historyNotResponsible(_ code: String, _ dept: String) -> Message {
        Message("server.history_not_responsible",
            en: "\(dept) does not record \(code): only its own items' history (and the coordinator every item's) can be read",
            ja: "\(code) は \(dept) が記録する項目ではありません。自課の項目の履歴だけを見られます（取りまとめ課はすべて）。")
    }
    static let historyNotResponsibleAdvice = Message("server.history_not_responsible.advice",
        en: "ask the department that records it, or the coordinator",
        ja: "その項目を記録する課か、取りまとめ課に問い合わせてください。")
}

// The pages' notices and headings.
extension Message {
    public static let pageSubmitted = Message("server.page.submitted",
        en: "Submitted. Entries are closed until the coordinator returns the year.",
        ja: "提出しました。取りまとめ課が差し戻すまで入力はできません。")
    public static let pageReturned = Message("server.page.returned",
        en: "Returned the year to the department.",
        ja: "差し戻しました。")
    public static let pageRefused = Message("server.page.refused",
        en: "This cannot be done",
        ja: "この操作はできません")
    public static let pageCoordinatorOnly = Message("server.page.coordinator_only",
        en: "only the coordinating department sees this page",
        ja: "このページは取りまとめ課だけが見られます。")
    public static let pageNotFrozen = Message("server.page.not_frozen",
        en: "the year has no frozen report yet",
        ja: "この年度の報告書はまだ確定していません。")
    public static let pageNotFrozenAdvice = Message("server.page.not_frozen.advice",
        en: "the coordinator freezes the year with `plandb snapshot create`",
        ja: "取りまとめ課が `plandb snapshot create` で年度を確定すると表示されます。")
}

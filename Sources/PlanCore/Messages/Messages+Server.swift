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

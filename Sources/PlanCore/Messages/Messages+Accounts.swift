// The catalog: accounts for plandb serve (plandb user …) and signing in.
extension Message {
    static func accountBadName(_ name: String) -> Message {
        Message("accounts.bad_name",
            en: "`\(name)` cannot be an account name",
            ja: "`\(name)` はアカウント名に使えません。")
    }
    static let accountBadNameAdvice = Message("accounts.bad_name.advice",
        en: "use 1 to 64 ASCII letters, digits, `.`, `_`, `@` or `-` (a staff number will do)",
        ja: "半角の英数字と `.` `_` `@` `-` で 1～64 文字にしてください（職員番号など）。")

    static func accountExists(_ name: String) -> Message {
        Message("accounts.exists",
            en: "an account named \(name) already exists; nothing was changed",
            ja: "アカウント \(name) はすでにあります。何も変更していません。")
    }
    static func accountExistsAdvice(_ name: String) -> Message {
        Message("accounts.exists.advice",
            en: "`plandb user password \(name)` changes its password; `plandb user list` shows every account",
            ja: "パスワードを変えるには `plandb user password \(name)`、一覧は `plandb user list` です。")
    }

    static func accountUnknown(_ name: String) -> Message {
        Message("accounts.unknown",
            en: "no account named \(name)",
            ja: "アカウント \(name) はありません。")
    }
    static let accountUnknownAdvice = Message("accounts.unknown.advice",
        en: "`plandb user list` shows every account",
        ja: "`plandb user list` でアカウントの一覧を確認してください。")

    static func accountGroupDept(_ dept: String) -> Message {
        Message("accounts.group_dept",
            en: "\(dept) is a group of departments; an account belongs to one department",
            ja: "\(dept) は課のまとまりです。アカウントは一つの課に属します。")
    }
    static func accountUnknownDept(_ dept: String) -> Message {
        Message("accounts.unknown_dept",
            en: "no department named \(dept); nothing was changed",
            ja: "\(dept) という課はありません。何も変更していません。")
    }
    static let accountGroupDeptAdvice = Message("accounts.group_dept.advice",
        en: "give one department with --dept (`plandb dept list` shows them)",
        ja: "--dept に一つの課を指定してください（`plandb dept list` で一覧できます）。")

    static let passwordMissing = Message("accounts.password_missing",
        en: "no password was given on standard input; nothing was changed",
        ja: "標準入力からパスワードを受け取れませんでした。何も変更していません。")
    static func passwordLength(_ minimum: Int, _ maximum: Int) -> Message {
        Message("accounts.password_length",
            en: "the password must be \(minimum) to \(maximum) bytes long; nothing was changed",
            ja: "パスワードは \(minimum)～\(maximum) バイトにしてください。何も変更していません。")
    }
    static let passwordControlCharacter = Message("accounts.password_control",
        en: "the password holds a control character (such as NUL, tab or escape); nothing was changed",
        ja: "パスワードに制御文字（NUL、タブ、エスケープなど）が含まれています。何も変更していません。")
    static let passwordAdvice = Message("accounts.password.advice",
        en: "type the password on the first line of standard input (it is never shown or logged), e.g. `plandb user add NAME --dept DEPT < password.txt`",
        ja: "パスワードを標準入力の1行目に入力してください（表示も記録もされません）。例: `plandb user add NAME --dept DEPT < password.txt`")

    public static func accountAdded(_ name: String, _ dept: String) -> Message {
        Message("accounts.added",
            en: "added the account \(name) for \(dept); it can sign in to `plandb serve`",
            ja: "\(dept) のアカウント \(name) を追加しました。`plandb serve` にサインインできます。")
    }
    public static func accountPasswordChanged(_ name: String) -> Message {
        Message("accounts.password_changed",
            en: "changed the password of \(name); its sessions have ended and its lock is cleared",
            ja: "\(name) のパスワードを変更しました。そのセッションは終了し、ロックも解除しました。")
    }
    public static func accountDisabled(_ name: String) -> Message {
        Message("accounts.disabled",
            en: "disabled \(name): it cannot sign in, and its sessions have ended",
            ja: "\(name) を無効にしました。サインインできず、そのセッションも終了しました。")
    }
    public static func accountEnabled(_ name: String) -> Message {
        Message("accounts.enabled",
            en: "enabled \(name): it can sign in again, and its lock is cleared",
            ja: "\(name) を有効にしました。再びサインインでき、ロックも解除しました。")
    }

    static let accountStateEnabled = Message("accounts.state.enabled", en: "enabled", ja: "有効")
    static let accountStateDisabled = Message("accounts.state.disabled", en: "disabled", ja: "無効")
    static let accountStateLocked = Message("accounts.state.locked", en: "locked", ja: "ロック中")

    public static let signInRefused = Message("accounts.sign_in_refused",
        en: "the account name or the password is wrong",
        ja: "アカウント名またはパスワードが違います。")
    public static let signInLocked = Message("accounts.sign_in_locked",
        en: "too many failed sign-ins: the account is locked for a while",
        ja: "サインインの失敗が続いたため、しばらくの間ロックしています。")
    public static let signInLockedAdvice = Message("accounts.sign_in_locked.advice",
        en: "try again later, or ask the administrator to run `plandb user password NAME`",
        ja: "時間をおいてもう一度試すか、管理者に `plandb user password NAME` の実行を依頼してください。")
}

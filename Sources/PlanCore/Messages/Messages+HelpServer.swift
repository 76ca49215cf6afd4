// The catalog: help of `plandb serve`, `plandb user …`, `plandb submit` and `plandb return`.
extension Message {
    public static let helpServeAbstract = Message("help.serve.abstract",
        en: "Serve the database to browsers and programs: each account records for its own department.",
        ja: "データベースをブラウザとプログラムに公開します。各アカウントは自分の課の分だけを入力できます。")
    public static let helpServeHost = Message("help.serve.host",
        en: "The address to listen on (127.0.0.1: this machine only).",
        ja: "待ち受けるアドレス（127.0.0.1 はこのマシンからだけ）。")
    public static let helpServePort = Message("help.serve.port",
        en: "The port to listen on.",
        ja: "待ち受けるポート。")
    public static let helpServeProxy = Message("help.serve.proxy",
        en: "The town's TLS proxy serves HTTPS in front of this server: the session cookie becomes Secure.",
        ja: "前段の TLS プロキシが HTTPS を提供します。セッション Cookie に Secure を付けます。")

    public static let helpUserAbstract = Message("help.user.abstract",
        en: "The accounts that sign in to `plandb serve`, each belonging to one department.",
        ja: "`plandb serve` にサインインするアカウント。各アカウントは一つの課に属します。")
    public static let helpUserAdd = Message("help.user.add",
        en: "Add an account for a department; the password is the first line of standard input.",
        ja: "課のアカウントを追加します。パスワードは標準入力の1行目です。")
    public static let helpUserList = Message("help.user.list",
        en: "Every account: its department, state and who added it.",
        ja: "全アカウントの課、状態、追加した人を表示します。")
    public static let helpUserPassword = Message("help.user.password",
        en: "Set a new password (first line of standard input); the account's sessions end.",
        ja: "新しいパスワードを設定します（標準入力の1行目）。そのアカウントのセッションは終了します。")
    public static let helpUserDisable = Message("help.user.disable",
        en: "Stop an account from signing in; its sessions end.",
        ja: "アカウントを無効にします。サインインできなくなり、セッションも終了します。")
    public static let helpUserEnable = Message("help.user.enable",
        en: "Let a disabled or locked account sign in again.",
        ja: "無効またはロック中のアカウントを再びサインインできるようにします。")
    public static let helpUserName = Message("help.user.name",
        en: "The account name: ASCII letters, digits, . _ @ - (a staff number will do).",
        ja: "アカウント名: 半角英数字と . _ @ -（職員番号など）。")
    public static let helpUserDept = Message("help.user.dept",
        en: "The department it records for (a unique part of its name will do).",
        ja: "入力する課（名前の一部でも、一つに決まれば構いません）。")

    public static let helpSubmitAbstract = Message("help.submit.abstract",
        en: "Submit (提出) a department's year: its entries for the year are refused until the coordinator returns it.",
        ja: "課の年度を提出します。取りまとめ課が差し戻すまで、その年度の入力はできません。")
    public static let helpSubmitYear = Message("help.submit.year",
        en: "The fiscal year: 2023, 令和5 or R5.",
        ja: "年度: 2023、令和5、R5 のいずれか。")
    public static let helpReturnAbstract = Message("help.return.abstract",
        en: "Return (差し戻し) a submitted year to a department with a reason (coordinator only).",
        ja: "提出された年度を理由を付けて課に差し戻します（取りまとめ課のみ）。")
    public static let helpReturnTarget = Message("help.return.target",
        en: "The department whose year goes back to it.",
        ja: "差し戻す先の課。")
    public static let helpReturnReason = Message("help.return.reason",
        en: "What to correct: the department reads it.",
        ja: "直してほしい点。課に表示されます。")
    public static let helpReturnAs = Message("help.return.as",
        en: "The coordinating department.",
        ja: "取りまとめ課。")
}

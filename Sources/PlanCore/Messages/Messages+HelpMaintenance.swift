// The catalog: `--help` of init, check and backup.
extension Message {
    // MARK: init

    public static let helpInitAbstract = Message("help.init.abstract",
        en: "Create or migrate the database and import the plan (idempotent).",
        ja: "データベースを作成またはマイグレーションし、計画を取り込みます（何度実行しても同じ結果です）。")
    public static let helpInitDiscussion = Message("help.init.discussion",
        en: "Without --seeds the plan compiled into plandb (香取市 大綱6) is imported.",
        ja: "--seeds を省略すると、plandb に組み込まれた計画（香取市 大綱6）を取り込みます。")
    public static let helpInitSeeds = Message("help.init.seeds",
        en: "Import the plan from this seed folder instead of the embedded one.",
        ja: "組み込みの計画の代わりに、このシードフォルダから計画を取り込みます。")

    // MARK: check

    public static let helpCheckAbstract = Message("help.check.abstract",
        en: "Check integrity, foreign keys, migrations, the schema, snapshot hashes and year locks; exits 1 on any problem.",
        ja: "整合性、外部キー、マイグレーション、スキーマ、スナップショットのハッシュ、年度のロックを確認します。問題があれば終了コード 1 で終わります。")

    // MARK: backup

    public static let helpBackupAbstract = Message("help.backup.abstract",
        en: "Copy the live database to FILE with SQLite's online backup (safe while others write).",
        ja: "SQLite のオンラインバックアップで、使用中のデータベースを FILE にコピーします（他の人が書き込んでいても安全です）。")
    public static let helpBackupFile = Message("help.backup.file",
        en: "Where to write the copy: a new file, or a folder to put a dated copy in.",
        ja: "コピーの書き込み先：新しいファイル、または日付入りのコピーを置くフォルダ。")
    public static let helpBackupReplace = Message("help.backup.replace",
        en: "Replace FILE when it is an older plandb backup (never any other file).",
        ja: "FILE が以前の plandb のバックアップなら置き換えます（それ以外のファイルは置き換えません）。")
}

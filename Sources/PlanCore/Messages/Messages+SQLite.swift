// The catalog: what a SQLite failure that reaches the user means for them.
extension Message {
    static func sqliteReadOnly(_ detail: String) -> Message {
        Message("sqlite.read_only",
            en: "the database file cannot be written (\(detail)); nothing was changed",
            ja: "データベースファイルに書き込めません（\(detail)）。何も変更していません。")
    }
    static let sqliteReadOnlyAdvice = Message("sqlite.read_only.advice",
        en: "check the permissions of the file and its folder (and that the file is not marked immutable), or work on a writable copy",
        ja: "ファイルとフォルダの権限（変更禁止の属性が付いていないかも）を確認するか、書き込めるコピーで作業してください。")

    static func sqliteFull(_ detail: String) -> Message {
        Message("sqlite.full",
            en: "the disk is full (\(detail)); nothing was changed",
            ja: "ディスクがいっぱいです（\(detail)）。何も変更していません。")
    }
    static let sqliteFullAdvice = Message("sqlite.full.advice",
        en: "free some space and run the command again",
        ja: "空き容量を確保してから、もう一度実行してください。")

    static func sqliteIO(_ detail: String) -> Message {
        Message("sqlite.io",
            en: "the database file could not be read or written (\(detail)); nothing was changed",
            ja: "データベースファイルを読み書きできませんでした（\(detail)）。何も変更していません。")
    }
    static let sqliteIOAdvice = Message("sqlite.io.advice",
        en: "check the disk, then run `plandb check`",
        ja: "ディスクを確認してから `plandb check` を実行してください。")

    static func sqliteBusy(_ detail: String) -> Message {
        Message("sqlite.busy",
            en: "the database stayed locked by another command (\(detail)); nothing was changed",
            ja: "別のコマンドがデータベースを使用中のままでした（\(detail)）。何も変更していません。")
    }
    static let sqliteBusyAdvice = Message("sqlite.busy.advice",
        en: "run the command again when the other one has finished",
        ja: "もう一方のコマンドが終わってから、もう一度実行してください。")

    static func sqliteCorrupt(_ detail: String) -> Message {
        Message("sqlite.corrupt",
            en: "the database file is damaged (\(detail))",
            ja: "データベースファイルが壊れています（\(detail)）。")
    }
    static let sqliteCorruptAdvice = Message("sqlite.corrupt.advice",
        en: "run `plandb check`, and restore a copy made with `plandb backup`",
        ja: "`plandb check` を実行し、`plandb backup` で作成したコピーから復元してください。")

    static func sqliteOther(_ detail: String) -> Message {
        Message("sqlite.other",
            en: "\(detail); nothing was changed",
            ja: "\(detail)。何も変更していません。")
    }
    static let sqliteOtherAdvice = Message("sqlite.other.advice",
        en: "run `plandb check` to see whether the database is sound",
        ja: "`plandb check` でデータベースに異常がないか確認してください。")
}

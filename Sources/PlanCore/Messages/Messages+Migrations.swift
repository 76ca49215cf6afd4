// The catalog: schema migrations.
extension Message {
    static func migrationFileName(_ file: String) -> Message {
        Message("migration.file_name",
            en: "migration file \(file) is not named NNNN_name.sql",
            ja: "マイグレーションファイル \(file) の名前が NNNN_name.sql の形ではありません。")
    }
    static let migrationFileNameAdvice = Message("migration.file_name.advice",
        en: "rename it like 0003_evaluation_records.sql (four digits, lower-case words)",
        ja: "0003_evaluation_records.sql のように（4桁の数字と小文字の英単語で）名前を付け直してください。")

    static func migrationVersionClash(_ first: String, _ second: String, version: Int) -> Message {
        Message("migration.version_clash",
            en: "migrations \(first) and \(second) share version \(version)",
            ja: "マイグレーション \(first) と \(second) が同じ番号 \(version) を使っています。")
    }
    static let migrationVersionClashAdvice = Message("migration.version_clash.advice",
        en: "give the newer file the next free number",
        ja: "新しいほうのファイルに、空いている次の番号を付けてください。")

    static func migrationNewerDatabase(_ migration: String, version: String) -> Message {
        Message("migration.newer_database",
            en: "the database was made by a newer plandb: it records migration \(migration), which this plandb (\(version)) does not know; nothing was changed",
            ja: "このデータベースは新しい版の plandb で作られています。この plandb（\(version)）が知らないマイグレーション \(migration) が記録されています。何も変更していません。")
    }
    static let migrationNewerDatabaseAdvice = Message("migration.newer_database.advice",
        en: "use the newer plandb that migrated this file, or restore a backup made before it",
        ja: "このファイルを更新した新しい plandb を使うか、その前に作ったバックアップから復元してください。")

    static func migrationModified(_ file: String) -> Message {
        Message("migration.modified",
            en: "migration \(file) was changed after it was applied to this database (its SHA-256 differs from the one recorded)",
            ja: "マイグレーション \(file) が、このデータベースに適用された後に書き換えられています（SHA-256 が記録と一致しません）。")
    }
    static func migrationModifiedAdvice(_ file: String) -> Message {
        Message("migration.modified.advice",
            en: "restore Migrations/\(file) as shipped and put the change in a new migration file",
            ja: "Migrations/\(file) を配布時の内容に戻し、変更は新しいマイグレーションファイルに書いてください。")
    }

    static func migrationFailed(_ file: String, _ detail: String) -> Message {
        Message("migration.failed",
            en: "migration \(file) failed: \(detail); nothing was changed",
            ja: "マイグレーション \(file) に失敗しました（\(detail)）。何も変更していません。")
    }
    static let migrationFailedAdvice = Message("migration.failed.advice",
        en: "fix the migration file; the database is as it was before",
        ja: "マイグレーションファイルを直してください。データベースは元のままです。")

    static func migrationBrokenReferences(_ file: String, count: Int, table: String) -> Message {
        Message("migration.broken_references",
            en: "migration \(file) leaves \(count) broken reference(s), first in table \(table); nothing was changed",
            ja: "マイグレーション \(file) を適用すると参照切れが \(count) 件残ります（最初は表 \(table)）。何も変更していません。")
    }
    static let migrationBrokenReferencesAdvice = Message("migration.broken_references.advice",
        en: "fix the migration so every foreign key points at an existing row",
        ja: "すべての外部キーが存在する行を指すように、マイグレーションを直してください。")
}

// The catalog: opening the database file, the files a command writes (`--out`, `backup`),
// folders of plan files, and what `init`, `check` and `backup` report.
extension Message {
    // MARK: Paths that are not files

    static func storeFolderNotFile(_ path: String) -> Message {
        Message("store.not_a_file.folder", en: "\(path) is a folder, not a file", ja: "\(path) はフォルダです。ファイルではありません。")
    }
    static let storeFolderNotFileAdvice = Message("store.not_a_file.folder.advice",
        en: "give the path of a file",
        ja: "ファイルのパスを指定してください。")
    static func storeNotRegularFile(_ path: String) -> Message {
        Message("store.not_a_file.other",
            en: "\(path) is not a regular file (a device, FIFO or socket)",
            ja: "\(path) は通常のファイルではありません（デバイス、FIFO、ソケットのいずれか）。")
    }
    static let storeNotRegularFileAdvice = Message("store.not_a_file.other.advice",
        en: "give the path of an ordinary file",
        ja: "通常のファイルのパスを指定してください。")

    // MARK: Opening the database

    static func storeNoDatabase(_ path: String) -> Message {
        Message("store.open.missing", en: "no plan database at \(path)", ja: "\(path) に計画のデータベースがありません。")
    }
    static let storeNoDatabaseAdvice = Message("store.open.missing.advice",
        en: "run `plandb init` to create it here, or point --db (or PLANDB_DB) at an existing file",
        ja: "`plandb init` でここに作成するか、--db（または PLANDB_DB）で既存のファイルを指定してください。")
    static func storeNotSQLite(_ path: String, _ detail: String) -> Message {
        Message("store.open.not_sqlite",
            en: "\(path) is not a SQLite database, or it is damaged (\(detail))",
            ja: "\(path) は SQLite のデータベースではないか、壊れています（\(detail)）。")
    }
    static let storeNotSQLiteAdvice = Message("store.open.not_sqlite.advice",
        en: "check the --db path; to recover, restore a copy made with `plandb backup`",
        ja: "--db のパスを確認してください。復旧するには `plandb backup` で作ったコピーを戻してください。")
    static func storeCannotOpen(_ path: String, _ detail: String, code: Int32) -> Message {
        Message("store.open.failed",
            en: "cannot open \(path): \(detail) (SQLite code \(code))",
            ja: "\(path) を開けません：\(detail)（SQLite コード \(code)）。")
    }
    static let storeCannotOpenAdvice = Message("store.open.failed.advice",
        en: "check that the folder exists and that you may write there",
        ja: "フォルダがあり、そこに書き込めることを確認してください。")
    static func storeForeignDatabase(_ path: String) -> Message {
        Message("store.open.foreign",
            en: "\(path) is a SQLite database, but not one made by plandb; nothing was changed",
            ja: "\(path) は SQLite のデータベースですが、plandb が作ったものではありません。何も変更していません。")
    }
    static let storeForeignDatabaseAdvice = Message("store.open.foreign.advice",
        en: "point --db at a plandb file, or run `plandb init --db NEW.db` to make one",
        ja: "--db で plandb のファイルを指定するか、`plandb init --db NEW.db` で新しく作成してください。")
    static func storePendingMigrations(_ path: String, count: Int) -> Message {
        Message("store.open.pending",
            en: "\(path) needs \(count) migration(s) before this command can use it",
            ja: "このコマンドで \(path) を使うには、先に \(count) 件のマイグレーションが必要です。")
    }
    static let storePendingMigrationsAdvice = Message("store.open.pending.advice",
        en: "run `plandb migrate up` (or `plandb init`), then try again",
        ja: "`plandb migrate up`（または `plandb init`）を実行してから、もう一度実行してください。")

    // MARK: Files a command writes

    static let outputEmptyName = Message("output.empty_name", en: "the output file name is empty", ja: "出力ファイルの名前が空です。")
    static let outputEmptyNameAdvice = Message("output.empty_name.advice", en: "give a file name", ja: "ファイル名を指定してください。")
    static func outputNoFolder(_ folder: String, _ path: String) -> Message {
        Message("output.no_folder", en: "no folder \(folder) for \(path)", ja: "\(path) を置くフォルダ \(folder) がありません。")
    }
    static let outputNoFolderAdvice = Message("output.no_folder.advice",
        en: "create the folder first, or give another path",
        ja: "先にフォルダを作成するか、別のパスを指定してください。")
    static func outputIsDatabase(_ path: String, _ database: String) -> Message {
        Message("output.is_database",
            en: "\(path) is the database \(database) itself; nothing was written",
            ja: "\(path) はデータベース \(database) そのものです。何も書き込んでいません。")
    }
    static func outputIsDatabaseSideFile(_ path: String, _ suffix: String, _ database: String) -> Message {
        Message("output.is_database_side_file",
            en: "\(path) is the \(suffix) file of the database \(database) itself; nothing was written",
            ja: "\(path) はデータベース \(database) の \(suffix) ファイルそのものです。何も書き込んでいません。")
    }
    static let outputAnotherName = Message("output.another_name.advice", en: "give another file name", ja: "別のファイル名を指定してください。")
    static func outputWouldReplaceDatabase(_ path: String) -> Message {
        Message("output.replace.database",
            en: "\(path) is a SQLite database; plandb does not write over it",
            ja: "\(path) は SQLite のデータベースです。plandb は上書きしません。")
    }
    static func outputBackupOverNonDatabase(_ path: String) -> Message {
        Message("output.replace.not_database",
            en: "\(path) exists and is not a SQLite database; plandb never replaces it",
            ja: "\(path) はすでにあり、SQLite のデータベースではありません。plandb は置き換えません。")
    }
    static func outputBackupOverForeign(_ path: String) -> Message {
        Message("output.replace.foreign",
            en: "\(path) is a SQLite database that plandb did not make; plandb never replaces it",
            ja: "\(path) は plandb が作ったものではない SQLite のデータベースです。plandb は置き換えません。")
    }
    static let outputBackupNewNameAdvice = Message("output.replace.new_name.advice",
        en: "give a new file name, or a folder to put a dated backup in",
        ja: "新しいファイル名か、日付入りのバックアップを置くフォルダを指定してください。")
    static func outputBackupUnconfirmed(_ path: String) -> Message {
        Message("output.replace.unconfirmed",
            en: "\(path) already holds a plandb database; nothing was written",
            ja: "\(path) にはすでに plandb のデータベースがあります。何も書き込んでいません。")
    }
    static let outputBackupUnconfirmedAdvice = Message("output.replace.unconfirmed.advice",
        en: "add --replace to replace it with this backup, or give a folder to put a dated backup in",
        ja: "このバックアップで置き換えるには --replace を付けてください。または、日付入りのバックアップを置くフォルダを指定してください。")
    static func outputCannotWrite(_ path: String, _ reason: String) -> Message {
        Message("output.cannot_write", en: "cannot write \(path): \(reason)", ja: "\(path) に書き込めません：\(reason)。")
    }
    static let outputCannotWriteAdvice = Message("output.cannot_write.advice",
        en: "check that the folder is writable and has free space",
        ja: "フォルダに書き込めること、空き容量があることを確認してください。")

    // MARK: backup

    static func backupFailed(_ target: String, _ detail: String) -> Message {
        Message("backup.failed",
            en: "backup to \(target) failed: \(detail); nothing was written",
            ja: "\(target) へのバックアップに失敗しました：\(detail)。何も書き込んでいません。")
    }
    static func backupNoFolder(_ destination: String) -> Message {
        Message("backup.no_folder",
            en: "no folder at \(destination); nothing was written",
            ja: "\(destination) というフォルダがありません。何も書き込んでいません。")
    }
    static let backupNoFolderAdvice = Message("backup.no_folder.advice",
        en: "create it first (mkdir), or give a file name without the trailing /",
        ja: "先にフォルダを作成する（mkdir）か、末尾に / を付けずにファイル名を指定してください。")
    public static func backupWritten(_ database: String, to target: String, bytes: Int64) -> Message {
        Message("backup.written",
            en: "backed up \(database) to \(target) (\(bytes) bytes)",
            ja: "\(database) を \(target) にバックアップしました（\(bytes) バイト）。")
    }

    // MARK: Folders of plan files

    static func filesNoFolder(_ folder: String) -> Message {
        Message("files.no_folder", en: "no folder at \(folder)", ja: "\(folder) というフォルダがありません。")
    }
    static let filesNoFolderAdvice = Message("files.no_folder.advice",
        en: "give the path of a folder that holds the files",
        ja: "ファイルが入っているフォルダのパスを指定してください。")
    static func filesUnreadable(_ path: String) -> Message {
        Message("files.unreadable", en: "\(path) cannot be read", ja: "\(path) を読み込めません。")
    }
    static let filesUnreadableAdvice = Message("files.unreadable.advice",
        en: "check that it is a file and that you may read it",
        ja: "ファイルであること、読み込む権限があることを確認してください。")
    static func filesNotUTF8(_ path: String) -> Message {
        Message("files.not_utf8", en: "\(path) is not UTF-8 text", ja: "\(path) は UTF-8 のテキストではありません。")
    }
    static let filesNotUTF8Advice = Message("files.not_utf8.advice", en: "save it as UTF-8", ja: "UTF-8 で保存し直してください。")

    // MARK: init

    public static func initCreated(_ path: String) -> Message {
        Message("init.created", en: "created \(path)", ja: "\(path) を作成しました。")
    }
    public static func initHolds(_ path: String, plan: String, counts: SeedCounts) -> Message {
        let listed = seedCounts(counts)
        return Message("init.holds", en: "\(path) holds \(plan): \(listed.en)", ja: "\(path) の内容：\(plan)（\(listed.ja)）")
    }
    public static func initUpToDate(_ path: String) -> Message {
        Message("init.up_to_date", en: "\(path) is up to date: nothing to do", ja: "\(path) は最新です。何もすることはありません。")
    }
    /// What to try next, with the loaded plan's own first policy and coordinator.
    public static func initNext(policy: String, coordinator: String) -> Message {
        Message("init.next",
            en: "\nnext:\n  plandb show                 the plan as a tree\n  plandb show \(policy)             one policy as the document prints it\n  plandb dept show \(coordinator)      what a department must report each year",
            ja: "\n次に：\n  plandb show                 計画の一覧\n  plandb show \(policy)             施策を1つ、計画書の形で\n  plandb dept show \(coordinator)      課が毎年度報告するもの")
    }
    /// `init` without --seeds on a file that already holds plans: the embedded plan is not imported.
    public static func initKeepsPlans(_ path: String, plans: [String]) -> Message {
        let listed = planList(plans)
        return Message("init.keeps_plans",
            en: "\(path) already holds \(listed.en): the embedded plan was not imported beside it; to load or revise a plan, use `plandb seed import DIR|FILE.xlsx`",
            ja: "\(path) にはすでに \(listed.ja) が入っているため、組み込みの計画は取り込んでいません。計画の読み込みや改訂は `plandb seed import DIR|FILE.xlsx` で行ってください。")
    }

    // MARK: check

    public static let checkHeadingCheck = Message("check.heading.check", en: "check", ja: "確認")
    public static let checkHeadingStatus = Message("check.heading.status", en: "status", ja: "結果")
    public static let checkHeadingDetail = Message("check.heading.detail", en: "detail", ja: "内容")
    /// A check's name and result as a person reads them; csv/json keep the stable English keys.
    public static func checkName(_ key: String) -> Message? {
        switch key {
        case "integrity": return Message("check.name.integrity", en: "integrity", ja: "整合性")
        case "foreign keys": return Message("check.name.foreign_keys", en: "foreign keys", ja: "外部キー")
        case "migration": return Message("check.name.migration", en: "migration", ja: "マイグレーション")
        case "schema": return Message("check.name.schema", en: "schema", ja: "スキーマ")
        case "snapshot": return Message("check.name.snapshot", en: "snapshot", ja: "スナップショット")
        case "year locks": return Message("check.name.year_locks", en: "year locks", ja: "年度の確定")
        case "costs": return Message("check.name.costs", en: "costs", ja: "費用の集計")
        case "ok": return Message("check.status.ok", en: "ok", ja: "正常")
        case "problem": return Message("check.status.problem", en: "problem", ja: "問題あり")
        default: return nil
        }
    }
    public static func checkProblems(_ count: Int, _ path: String) -> Message {
        Message("check.problems",
            en: "\(count) problem(s) found in \(path)",
            ja: "\(path) に \(count) 件の問題が見つかりました。")
    }
    public static let checkProblemsAdvice = Message("check.problems.advice",
        en: "restore a backup (`plandb backup` makes one) or ask the maintainers",
        ja: "バックアップ（`plandb backup` で作成できます）を戻すか、保守担当者に相談してください。")

    // MARK: check findings (the `check` column keeps its English key in every language)

    static func checkSQLiteFailed(_ detail: String, code: Int32) -> Message {
        Message("check.integrity.failed", en: "\(detail) (SQLite code \(code))", ja: "\(detail)（SQLite コード \(code)）")
    }
    static func checkStopped(_ detail: String, code: Int32) -> Message {
        Message("check.integrity.stopped",
            en: "the remaining checks stopped: \(detail) (SQLite code \(code))",
            ja: "残りの確認を中止しました：\(detail)（SQLite コード \(code)）")
    }
    static let checkIntegrityOK = Message("check.integrity.ok", en: "PRAGMA integrity_check: ok", ja: "PRAGMA integrity_check：問題はありません（ok）。")
    static func checkIntegrityProblems(_ lines: String) -> Message {
        Message("check.integrity.problems", en: "PRAGMA integrity_check: \(lines)", ja: "PRAGMA integrity_check が報告した問題：\(lines)")
    }
    static let checkForeignKeysOK = Message("check.foreign_keys.ok", en: "every reference resolves", ja: "すべての参照先があります。")
    static func checkForeignKeyMissing(_ table: String, row: String, parent: String) -> Message {
        Message("check.foreign_keys.missing",
            en: "\(table) row \(row) points at a missing \(parent) row",
            ja: "\(table) の行 \(row) が、存在しない \(parent) の行を参照しています。")
    }
    static func checkMigrationOK(_ label: String) -> Message {
        Message("check.migration.ok", en: "\(label): checksum matches", ja: "\(label)：チェックサムが一致します。")
    }
    static func checkMigrationPending(_ label: String) -> Message {
        Message("check.migration.pending",
            en: "\(label): not applied; run `plandb migrate up`",
            ja: "\(label)：未適用です。`plandb migrate up` を実行してください。")
    }
    static func checkMigrationModified(_ label: String) -> Message {
        Message("check.migration.modified",
            en: "\(label): file changed after it was applied",
            ja: "\(label)：適用した後にファイルが変更されています。")
    }
    static func checkMigrationUnknown(_ label: String) -> Message {
        Message("check.migration.unknown",
            en: "\(label): applied by a newer plandb",
            ja: "\(label)：新しい版の plandb が適用したものです。")
    }
    static func checkSchemaMissing(_ object: String) -> Message {
        Message("check.schema.missing",
            en: "\(object): missing (the migrations create it)",
            ja: "\(object)：ありません（マイグレーションが作成するものです）。")
    }
    static func checkSchemaChanged(_ object: String) -> Message {
        Message("check.schema.changed",
            en: "\(object): changed (its SQL differs from what the migrations create)",
            ja: "\(object)：変更されています（SQL がマイグレーションの作成するものと違います）。")
    }
    static func checkSchemaExtra(_ object: String) -> Message {
        Message("check.schema.extra",
            en: "\(object): extra (no migration creates it)",
            ja: "\(object)：余分です（どのマイグレーションも作成しません）。")
    }
    static func checkSchemaOK(tables: Int, views: Int, triggers: Int, indexes: Int) -> Message {
        Message("check.schema.ok",
            en: "\(tables) tables, \(views) views, \(triggers) triggers, \(indexes) indexes as the migrations create them",
            ja: "テーブル \(tables)、ビュー \(views)、トリガー \(triggers)、インデックス \(indexes)：マイグレーションが作成するとおりです。")
    }
    static func checkSnapshotOK(_ year: String, version: Int) -> Message {
        Message("check.snapshot.ok",
            en: "\(year) version \(version): SHA-256 matches",
            ja: "\(year) 版 \(version)：SHA-256 が一致します。")
    }
    static func checkSnapshotChanged(_ year: String, version: Int, actual: String, recorded: String) -> Message {
        Message("check.snapshot.changed",
            en: "\(year) version \(version): content changed since it was frozen (SHA-256 \(actual)…, recorded \(recorded)…)",
            ja: "\(year) 版 \(version)：確定した後に内容が変わっています（SHA-256 \(actual)…、記録は \(recorded)…）。")
    }
    static func checkSnapshotInfinite(_ year: String, version: Int, indicator: String) -> Message {
        Message("check.snapshot.infinite",
            en: "\(year) version \(version): \(indicator) holds an infinite number, which no snapshot can store",
            ja: "\(year) 版 \(version)：\(indicator) に無限大の数値があります。スナップショットには保存できない値です。")
    }
    static func checkYearLocksOK(_ frozen: Int) -> Message {
        Message("check.year_locks.ok",
            en: "\(frozen) frozen year(s), each locked by its snapshot",
            ja: "確定した年度 \(frozen) 件。いずれもスナップショットでロックされています。")
    }
    static func checkYearLockMissing(_ year: String, version: Int) -> Message {
        Message("check.year_locks.missing",
            en: "\(year): frozen by snapshot version \(version) and never reopened, but its year_locks row is missing",
            ja: "\(year)：スナップショット版 \(version) で確定し、再開されていませんが、year_locks の行がありません。")
    }
    static func checkCostsOK(_ rows: Int) -> Message {
        Message("check.costs.ok",
            en: "the cost of \(rows) project-year(s) agrees with the budget, 人工 and rate records",
            ja: "事業と年度 \(rows) 件の費用が、予算・人工・単価の記録と一致しています。")
    }
    static func checkCostsDiffer(_ project: String, year: String) -> Message {
        Message("check.costs.differ",
            en: "project \(project), \(year): the kept cost differs from its budget, 人工 and rate records (project_year_costs was changed by hand)",
            ja: "事業 \(project)・\(year)：保持している費用が予算・人工・単価の記録と一致しません（project_year_costs が直接変更されています）。")
    }
    static func checkYearLockStray(_ year: String) -> Message {
        Message("check.year_locks.stray",
            en: "\(year): locked by a year_locks row, but no snapshot freezes it (none was made, or it was reopened)",
            ja: "\(year)：year_locks の行でロックされていますが、確定しているスナップショットがありません（作成されていないか、再開されています）。")
    }
}

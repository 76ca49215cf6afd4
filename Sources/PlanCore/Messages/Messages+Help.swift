// The catalog: `--help` of the root command and of show, dept, sql, query, history, seed and
// migrate, and the options several commands share (`help.option.*`). swift-argument-parser's
// own words (USAGE:, OPTIONS:, its errors) are its own and stay English.
extension Message {
    // MARK: plandb

    public static let helpRootAbstract = Message("help.root.abstract",
        en: "Keep a municipal comprehensive plan (総合計画) in one SQLite file and run its yearly evaluation (行政評価).",
        ja: "市町村の総合計画を1つの SQLite ファイルに収め、毎年度の行政評価を進めます。")
    public static let helpRootDiscussion = Message("help.root.discussion",
        en: "The database is ./plan.db unless --db PATH or the PLANDB_DB environment variable names another.\nStart with `plandb init`, then `plandb show`.\nMessages are in Japanese when PLANDB_LANG=ja or the locale (LC_ALL, LC_MESSAGES, LANG) is Japanese; PLANDB_LANG=en chooses English.",
        ja: "データベースは ./plan.db です。--db PATH か環境変数 PLANDB_DB で別のファイルを指定できます。\nまず `plandb init`、次に `plandb show` を実行してください。\nPLANDB_LANG=ja か日本語のロケール（LC_ALL、LC_MESSAGES、LANG）で日本語、PLANDB_LANG=en で英語の表示になります。")

    // MARK: Shared options

    public static let helpOptionDatabase = Message("help.option.db",
        en: "The plan database file (default: $PLANDB_DB, else ./plan.db).",
        ja: "計画のデータベースファイル（既定：$PLANDB_DB、なければ ./plan.db）。")
    public static let helpOptionPlan = Message("help.option.plan",
        en: "The plan to work on (default: $PLANDB_PLAN, else the plan whose period holds the year given, else the current fiscal year's, else the only plan).",
        ja: "対象の計画（既定：$PLANDB_PLAN、なければ指定の年度を期間に含む計画、なければ今年度の計画、なければ唯一の計画）。")
    public static let helpOptionFormat = Message("help.option.format",
        en: "Output format: table, csv, tsv, json, ndjson or markdown.",
        ja: "出力形式：table、csv、tsv、json、ndjson、markdown のいずれか。")
    public static let helpOptionBOM = Message("help.option.bom",
        en: "Start csv/tsv output with a UTF-8 byte order mark and neutralise formula cells (for Excel).",
        ja: "csv/tsv の先頭に UTF-8 の BOM を付け、数式になるセルを無効にします（Excel 用）。")
    public static let helpOptionParameter = Message("help.option.param",
        en: "A parameter: -p NAME VALUE (or --param NAME=VALUE); the SQL uses :NAME.",
        ja: "パラメータ：-p NAME VALUE（または --param NAME=VALUE）。SQL では :NAME で使います。")
    public static let helpOptionTimeout = Message("help.option.timeout",
        en: "Stop a query that runs longer than this many seconds.",
        ja: "この秒数を超えて実行されたクエリを止めます。")
    public static let helpOptionQueries = Message("help.option.queries",
        en: "A folder of your own NAME.sql queries (default: $PLANDB_QUERIES).",
        ja: "自分で作った NAME.sql クエリのフォルダ（既定：$PLANDB_QUERIES）。")
    public static let helpOptionYear = Message("help.option.year",
        en: "Only this fiscal year.",
        ja: "この年度だけ。")
    public static let helpArgumentItem = Message("help.argument.item",
        en: "A code or part of a name; without it, the whole plan.",
        ja: "コードか名前の一部。省略すると計画全体。")
    public static let helpArgumentQueryName = Message("help.argument.query_name",
        en: "The query's name.",
        ja: "クエリの名前。")

    // MARK: show

    public static let helpShowAbstract = Message("help.show.abstract",
        en: "Show the plan as a tree, or one item with everything about it.",
        ja: "計画を一覧で、または1つの項目をその全内容とともに表示します。")
    public static let helpShowDiscussion = Message("help.show.discussion",
        en: "ITEM is a code (6-7, 6-7-1, 6-7-1-1, 6-7-1-1-1, 6-7-I2) or a unique part of a name (ふるさと納税).",
        ja: "ITEM はコード（6-7、6-7-1、6-7-1-1、6-7-1-1-1、6-7-I2）か、1つに決まる名前の一部（ふるさと納税）です。")

    // MARK: dept

    public static let helpDeptAbstract = Message("help.dept.abstract",
        en: "Departments and what each must report.",
        ja: "課と、それぞれが報告するもの。")
    public static let helpDeptListAbstract = Message("help.dept.list.abstract",
        en: "Every department: policies it leads, indicators it surveys, initiatives it evaluates.",
        ja: "すべての課：主担当の施策、調べる指標、評価する主な取組。")
    public static let helpDeptShowAbstract = Message("help.dept.show.abstract",
        en: "What one department must report each fiscal year.",
        ja: "1つの課が毎年度報告するもの。")
    public static let helpDeptArgument = Message("help.dept.show.argument",
        en: "The department, or a unique part of its name (総務).",
        ja: "課の名前か、1つに決まる名前の一部（総務）。")

    // MARK: history

    public static let helpHistoryAbstract = Message("help.history.abstract",
        en: "The trail of changes: who changed what, when, from what to what.",
        ja: "変更の履歴：いつ、どの課が、何を、何から何に変えたか。")
    public static let helpHistoryArgument = Message("help.history.argument",
        en: "A code or part of a name; a policy or measure code includes everything below it.",
        ja: "コードか名前の一部。施策や小施策のコードなら、その下の項目もすべて含みます。")

    // MARK: sql and query

    public static let helpSqlAbstract = Message("help.sql.abstract",
        en: "Run one read-only SQL statement against the reporting views (v_*) or any table.",
        ja: "読み出し専用の SQL 文を1つ、集計用のビュー（v_*）や任意の表に対して実行します。")
    public static let helpSqlDiscussion = Message("help.sql.discussion",
        en: "The database cannot be changed through this command. Examples:\n  plandb sql \"SELECT indicator_code, name FROM v_indicators WHERE is_kpi = 1\"\n  plandb sql -p year 2023 \"SELECT * FROM v_indicator_results WHERE fiscal_year = :year\"\n  echo \"SELECT count(*) FROM v_initiatives\" | plandb sql -",
        ja: "このコマンドではデータベースを変更できません。例：\n  plandb sql \"SELECT indicator_code, name FROM v_indicators WHERE is_kpi = 1\"\n  plandb sql -p year 2023 \"SELECT * FROM v_indicator_results WHERE fiscal_year = :year\"\n  echo \"SELECT count(*) FROM v_initiatives\" | plandb sql -")
    public static let helpSqlArgument = Message("help.sql.argument",
        en: "The SQL, or - to read it from standard input.",
        ja: "SQL 文。- なら標準入力から読みます。")
    public static let helpQueryAbstract = Message("help.query.abstract",
        en: "The library of named queries for the evaluation cycle.",
        ja: "評価の作業で使う、名前付きクエリの一覧。")
    public static let helpQueryListAbstract = Message("help.query.list.abstract",
        en: "List the named queries.",
        ja: "名前付きクエリを一覧します。")
    public static let helpQueryShowAbstract = Message("help.query.show.abstract",
        en: "Print a query's header and SQL.",
        ja: "クエリの説明と SQL を表示します。")
    public static let helpQueryRunAbstract = Message("help.query.run.abstract",
        en: "Run a named query (read-only).",
        ja: "名前付きクエリを実行します（読み出し専用）。")

    // MARK: seed

    public static let helpSeedAbstract = Message("help.seed.abstract",
        en: "Validate or import a plan written as seed YAML files.",
        ja: "シード（YAML ファイル）で書いた計画を検査し、取り込みます。")
    public static let helpSeedCheckAbstract = Message("help.seed.check.abstract",
        en: "Validate a seed folder without writing anything.",
        ja: "シードのフォルダを検査します。何も書き込みません。")
    public static let helpSeedCheckArgument = Message("help.seed.check.argument",
        en: "The seed folder (plan.yaml, vocabularies.yaml, sdgs.yaml, policies/).",
        ja: "シードのフォルダ（plan.yaml、vocabularies.yaml、sdgs.yaml、policies/）。")
    public static let helpSeedImportAbstract = Message("help.seed.import.abstract",
        en: "Import a seed folder in one transaction: add, update and remove by stable code.",
        ja: "シードのフォルダを1つのトランザクションで取り込みます。コードごとに追加・更新・削除します。")
    public static let helpSeedImportArgument = Message("help.seed.import.argument",
        en: "The seed folder.",
        ja: "シードのフォルダ。")
    public static let helpPlanAbstract = Message("help.plan.abstract",
        en: "The plans in the file, and the plan workbook (施策体系ワークブック) both ways.",
        ja: "ファイルにある計画の一覧と、施策体系ワークブックの書き出し。")
    public static let helpPlanListAbstract = Message("help.plan.list.abstract",
        en: "List the plans in the file: code, name, period, coordinator and size.",
        ja: "ファイルにある計画を一覧します（コード、名称、期間、取りまとめ課、項目数）。")
    public static let helpSeedAllowDelete = Message("help.seed.import.allow_delete",
        en: "Delete the items of the plan that the seeds no longer hold (never one with evaluations or in a frozen snapshot).",
        ja: "シードにない計画の項目を削除します（評価の記録がある項目や確定済みの項目は削除しません）。")
    public static let helpSeedDryRun = Message("help.seed.import.dry_run",
        en: "Show what would change, and change nothing.",
        ja: "何が変わるかを表示するだけで、何も変更しません。")

    // MARK: migrate

    public static let helpMigrateAbstract = Message("help.migrate.abstract",
        en: "Show or apply schema migrations.",
        ja: "スキーマのマイグレーションを表示・適用します。")
    public static let helpMigrateStatusAbstract = Message("help.migrate.status.abstract",
        en: "List applied, pending and modified migrations.",
        ja: "適用済み・未適用・変更ありのマイグレーションを一覧します。")
    public static let helpMigrateUpAbstract = Message("help.migrate.up.abstract",
        en: "Apply every pending migration, each in its own transaction.",
        ja: "未適用のマイグレーションを、1つずつ別のトランザクションで適用します。")
}

// The catalog: ad hoc SQL (`plandb sql`) and the library of named queries (`plandb query`).
extension Message {
    // MARK: Query files

    static func queryNoTitle(_ origin: String) -> Message {
        Message("query.no_title",
            en: "query \(origin) has no `-- title:` line in its header",
            ja: "クエリ \(origin) の先頭に `-- title:` の行がありません。")
    }
    static let queryNoTitleAdvice = Message("query.no_title.advice",
        en: "start the file with `-- title: …`",
        ja: "ファイルの1行目を `-- title: …` にしてください。")

    static func queryBadParameterLine(_ place: String, line: String) -> Message {
        Message("query.bad_param_line",
            en: "\(place): `-- param: \(line)` should read `-- param: NAME integer|real|text DEFAULT|required MEANING`",
            ja: "\(place)：`-- param: \(line)` は `-- param: NAME integer|real|text DEFAULT|required MEANING` の形で書いてください。")
    }
    static let queryBadParameterLineAdvice = Message("query.bad_param_line.advice",
        en: "fix the query's header",
        ja: "クエリの先頭のコメントを直してください。")

    // MARK: Parameters

    static func queryNotWholeNumber(_ parameter: String, value: String) -> Message {
        Message("query.param.not_integer",
            en: "parameter \(parameter) must be a whole number, not `\(value)`",
            ja: "パラメータ \(parameter) は整数で指定してください（`\(value)` ではなく）。")
    }
    static func queryNotWholeNumberAdvice(_ parameter: String) -> Message {
        Message("query.param.not_integer.advice",
            en: "e.g. -p \(parameter) 2023",
            ja: "例：-p \(parameter) 2023")
    }
    static func queryNotNumber(_ parameter: String, value: String) -> Message {
        Message("query.param.not_number",
            en: "parameter \(parameter) must be a number, not `\(value)`",
            ja: "パラメータ \(parameter) は数値で指定してください（`\(value)` ではなく）。")
    }
    static func queryNotNumberAdvice(_ parameter: String) -> Message {
        Message("query.param.not_number.advice",
            en: "e.g. -p \(parameter) 95.10",
            ja: "例：-p \(parameter) 95.10")
    }
    static func queryUnknownParameter(_ query: String, parameter: String) -> Message {
        Message("query.param.unknown",
            en: "query \(query) has no parameter \(parameter)",
            ja: "クエリ \(query) にパラメータ \(parameter) はありません。")
    }
    static let queryTakesNoParameters = Message("query.param.unknown.advice_none",
        en: "it takes no parameters",
        ja: "このクエリはパラメータを取りません。")
    static func queryParametersAre(_ names: String) -> Message {
        Message("query.param.unknown.advice",
            en: "its parameters: \(names)",
            ja: "このクエリのパラメータ：\(names)")
    }
    static func queryMissingParameter(_ query: String, parameter: String, meaning: String) -> Message {
        Message("query.param.missing",
            en: "query \(query) needs parameter \(parameter) (\(meaning))",
            ja: "クエリ \(query) にはパラメータ \(parameter)（\(meaning)）が必要です。")
    }
    static func queryMissingParameterAdvice(_ parameter: String) -> Message {
        Message("query.param.missing.advice",
            en: "add -p \(parameter) VALUE",
            ja: "-p \(parameter) VALUE を付けてください。")
    }

    // MARK: The library

    static func queryLeftOut(_ error: PlanError) -> Message {
        let advice = (en: error.advice?.en ?? "", ja: error.advice?.ja ?? "")
        return Message("query.left_out",
            en: "\(error.message.en), so it was left out; \(advice.en)",
            ja: "\(error.message.ja)このファイルは読み込んでいません。\(advice.ja)")
    }
    static func queryUnknown(_ name: String) -> Message {
        Message("query.unknown",
            en: "no query named \(name)",
            ja: "\(name) という名前のクエリはありません。")
    }
    static let queryUnknownAdvice = Message("query.unknown.advice",
        en: "`plandb query list` shows them",
        ja: "`plandb query list` で一覧できます。")
    static func queryUnknownNear(_ names: [String]) -> Message {
        let listed = (en: names.joined(separator: " or "), ja: names.joined(separator: "、"))
        return Message("query.unknown.advice_near",
            en: "did you mean \(listed.en)?",
            ja: "\(listed.ja) のことですか。")
    }

    // MARK: Read-only SQL

    static let sqlWriteAdvice = Message("sql.refused.advice",
        en: "`plandb sql` only reads; to change data use `plandb record …`, `plandb entry import` or `plandb seed import`",
        ja: "`plandb sql` は読み出し専用です。データを変えるには `plandb record …`、`plandb entry import` か `plandb seed import` を使ってください。")
    static func sqlRefusedChange(_ detail: String) -> Message {
        Message("sql.refused.change",
            en: "refused: this command is read-only, and the SQL asks to change something (\(detail))",
            ja: "実行しませんでした。このコマンドは読み出し専用ですが、SQL が変更を求めています（\(detail)）。")
    }
    static let sqlRefusedWrite = Message("sql.refused.write",
        en: "refused: this command is read-only, and the SQL would write",
        ja: "実行しませんでした。このコマンドは読み出し専用ですが、この SQL は書き込みます。")
    static func sqlRefusedFeature(_ detail: String) -> Message {
        Message("sql.refused.feature",
            en: "refused: this command is read-only, and the SQL asks for something it does not allow (\(detail))",
            ja: "実行しませんでした。このコマンドは読み出し専用で、SQL が求める機能は使えません（\(detail)）。")
    }
    static func sqlDoesNotRun(_ detail: String) -> Message {
        Message("sql.invalid",
            en: "the SQL does not run: \(detail)",
            ja: "SQL を実行できません（\(detail)）。")
    }
    static let sqlDoesNotRunAdvice = Message("sql.invalid.advice",
        en: "check the SQL; `plandb sql \"SELECT name FROM sqlite_schema WHERE type = 'view'\"` lists the views",
        ja: "SQL を確かめてください。ビューの一覧は `plandb sql \"SELECT name FROM sqlite_schema WHERE type = 'view'\"` で出せます。")
    static let sqlUnnamedParameter = Message("sql.param.unnamed",
        en: "`?` parameters have no name",
        ja: "`?` のパラメータには名前がありません。")
    static let sqlUnnamedParameterAdvice = Message("sql.param.unnamed.advice",
        en: "write :name in the SQL and give -p name VALUE",
        ja: "SQL に :name と書き、-p name VALUE で値を指定してください。")
    static func sqlMissingParameters(_ names: [String]) -> Message {
        let listed = names.map { ":" + $0 }.joined(separator: ", ")
        if names.count == 1 {
            return Message("sql.param.missing_one",
                en: "the SQL uses parameter \(listed) but no value was given",
                ja: "SQL がパラメータ \(listed) を使っていますが、値が指定されていません。")
        }
        return Message("sql.param.missing",
            en: "the SQL uses parameters \(listed) but no value was given",
            ja: "SQL がパラメータ \(listed) を使っていますが、値が指定されていません。")
    }
    static func sqlMissingParametersAdvice(_ names: [String]) -> Message {
        let options = names.map { "-p \($0) VALUE" }.joined(separator: " ")
        return Message("sql.param.missing.advice",
            en: "\(options)",
            ja: "\(options) を付けてください。")
    }
    static func sqlValueTooBig(megabytes: Int, detail: String) -> Message {
        Message("sql.too_big",
            en: "the query built a value larger than \(megabytes) MB and was stopped (\(detail))",
            ja: "クエリが \(megabytes) MB を超える値を作ったため、止めました（\(detail)）。")
    }
    static func sqlOutOfMemory(megabytes: Int, detail: String) -> Message {
        Message("sql.out_of_memory",
            en: "the query needed more than \(megabytes) MB of memory and was stopped (\(detail))",
            ja: "クエリが \(megabytes) MB を超えるメモリを必要としたため、止めました（\(detail)）。")
    }
    static let sqlAskForLessAdvice = Message("sql.too_big.advice",
        en: "ask for less: fewer rows (a WHERE or LIMIT), shorter values (substr), or no group_concat over a whole table",
        ja: "求める量を減らしてください。行を減らす（WHERE や LIMIT）、値を短くする（substr）、表全体に group_concat を使わない、などです。")
    static func sqlFailed(_ detail: String) -> Message {
        Message("sql.failed",
            en: "the query failed: \(detail)",
            ja: "クエリが失敗しました（\(detail)）。")
    }
    static let sqlFailedAdvice = Message("sql.failed.advice",
        en: "check the SQL",
        ja: "SQL を確かめてください。")
    static func sqlTimedOut(_ seconds: String) -> Message {
        Message("sql.timed_out",
            en: "the query ran longer than \(seconds) s and was stopped",
            ja: "クエリが \(seconds) 秒を超えたため、止めました。")
    }
    static let sqlTimedOutAdvice = Message("sql.timed_out.advice",
        en: "narrow it (a WHERE on fiscal_year or a code), or allow more time with --timeout SECONDS",
        ja: "条件を絞る（fiscal_year やコードで WHERE）か、--timeout SECONDS で時間を延ばしてください。")
    public static let sqlNoStatement = Message("sql.empty",
        en: "no SQL given",
        ja: "SQL が指定されていません。")
    public static let sqlNoStatementAdvice = Message("sql.empty.advice",
        en: "write the statement after `plandb sql`, or - to read it from standard input",
        ja: "`plandb sql` の後に SQL 文を書くか、- を書いて標準入力から読ませてください。")

    // MARK: Options checked before a query runs

    public static let sqlTimeoutNotPositive = Message("sql.timeout.not_positive",
        en: "--timeout must be more than 0 seconds",
        ja: "--timeout は 0 秒より大きくしてください。")
    public static let sqlTimeoutTooLong = Message("sql.timeout.too_long",
        en: "--timeout must be at most 86400 seconds (a day)",
        ja: "--timeout は 86400 秒（1日）以下にしてください。")
    public static let sqlParameterNeedsValue = Message("sql.param.needs_value",
        en: "-p needs a name and a value: -p year 2023",
        ja: "-p には名前と値が必要です（例：-p year 2023）。")

    /// The headings of `query list` (csv/json keep name, title, parameters).
    public static let queryListHeadings = [
        Message("query.heading.name", en: "name", ja: "名前"),
        Message("query.heading.title", en: "title", ja: "題名"),
        Message("query.heading.parameters", en: "parameters", ja: "パラメータ"),
    ]
}

// The catalog: freezing, reopening, listing, comparing and exporting snapshots (`plandb snapshot`).
// The report itself (html, markdown, csv, xlsx) is Japanese in both languages and writes its own
// Japanese words; csv/json of `list`, `show` and `diff` keep their column keys.
extension Message {
    // MARK: Who may freeze or reopen

    static func snapshotActionFreeze(_ year: String) -> Message {
        Message("snapshot.action.freeze", en: "freeze \(year)", ja: "\(year)を確定")
    }
    static func snapshotActionReopen(_ year: String) -> Message {
        Message("snapshot.action.reopen", en: "reopen \(year)", ja: "\(year)の確定を解除")
    }
    static func snapshotNotCoordinator(_ dept: String, _ action: Message, coordinator: String) -> Message {
        Message("snapshot.not_coordinator",
            en: "\(dept) cannot \(action.en): only the coordinating department, \(coordinator), may; nothing was changed",
            ja: "\(dept)は\(action.ja)できません。これができるのは取りまとめ課の\(coordinator)だけです。何も変更していません。")
    }
    static func snapshotNotCoordinatorAdvice(_ coordinator: String) -> Message {
        Message("snapshot.not_coordinator.advice",
            en: "run it with --as \(coordinator)",
            ja: "`--as \(coordinator)` を付けて実行してください。")
    }

    // MARK: Freezing

    static func snapshotAlreadyFrozen(_ year: String, version: Int) -> Message {
        Message("snapshot.already_frozen",
            en: "\(year) is already frozen as version \(version)",
            ja: "\(year)は第\(version)版として確定済みです。")
    }
    static func snapshotAlreadyFrozenAdvice(_ year: Int, coordinator: String) -> Message {
        Message("snapshot.already_frozen.advice",
            en: "to change it, `plandb snapshot reopen \(year) --reason TEXT --as \(coordinator)`, record the corrections, then create again",
            ja: "変えるには `plandb snapshot reopen \(year) --reason TEXT --as \(coordinator)` で確定を解除し、訂正を記録してから、もう一度確定してください。")
    }

    /// `2023（令和5）年度 is incomplete: 3 entries are missing (財政課 2、税務課 1)`.
    static func snapshotIncomplete(_ year: String, missing: Int, byDept: [(dept: String, count: Int)]) -> Message {
        let list = (en: byDept.map { "\($0.dept) \($0.count)" }.joined(separator: "、"),
                    ja: byDept.map { "\($0.dept) \($0.count) 件" }.joined(separator: "、"))
        if missing == 1 {
            return Message("snapshot.incomplete_one",
                en: "\(year) is incomplete: \(missing) entry is missing (\(list.en)); no snapshot was made",
                ja: "\(year)は未入力が \(missing) 件あります（\(list.ja)）。スナップショットは作成していません。")
        }
        return Message("snapshot.incomplete",
            en: "\(year) is incomplete: \(missing) entries are missing (\(list.en)); no snapshot was made",
            ja: "\(year)は未入力が \(missing) 件あります（\(list.ja)）。スナップショットは作成していません。")
    }
    static func snapshotIncompleteAdvice(_ year: Int) -> Message {
        Message("snapshot.incomplete.advice",
            en: "`plandb status --year \(year)` lists them; chase them, or freeze anyway with --allow-incomplete",
            ja: "`plandb status --year \(year)` で未入力の項目を一覧できます。入力を依頼するか、`--allow-incomplete` を付けて未入力のまま確定してください。")
    }

    // MARK: Reopening

    static let snapshotReasonRequired = Message("snapshot.reason_required",
        en: "a reason is required to reopen a year",
        ja: "年度の確定を解除するには理由が必要です。")
    static let snapshotReasonRequiredAdvice = Message("snapshot.reason_required.advice",
        en: "say why with --reason TEXT",
        ja: "`--reason TEXT` で理由を書いてください。")
    static func snapshotNotFrozen(_ year: String) -> Message {
        Message("snapshot.not_frozen", en: "\(year) is not frozen", ja: "\(year)は確定されていません。")
    }
    static let snapshotNotFrozenAdvice = Message("snapshot.not_frozen.advice",
        en: "`plandb snapshot list` shows the frozen years",
        ja: "`plandb snapshot list` で確定済みの年度を一覧できます。")

    // MARK: Finding a snapshot

    static func snapshotNone(_ year: String) -> Message {
        Message("snapshot.none", en: "\(year) has no snapshot", ja: "\(year)のスナップショットはありません。")
    }
    static func snapshotNoneAdvice(_ year: Int, coordinator: String) -> Message {
        Message("snapshot.none.advice",
            en: "the coordinator makes one with `plandb snapshot create --year \(year) --as \(coordinator)`",
            ja: "取りまとめ課が `plandb snapshot create --year \(year) --as \(coordinator)` で作成します。")
    }
    static func snapshotNoVersion(_ year: String, version: Int) -> Message {
        Message("snapshot.no_version", en: "\(year) has no version \(version)", ja: "\(year)に第\(version)版はありません。")
    }
    static func snapshotVersionsAdvice(_ versions: [Int]) -> Message {
        let list = (en: versions.map(String.init).joined(separator: ", "), ja: versions.map(String.init).joined(separator: "、"))
        return Message("snapshot.no_version.advice", en: "its versions: \(list.en)", ja: "この年度の版：\(list.ja)")
    }
    static func snapshotNoID(_ id: Int64) -> Message {
        Message("snapshot.no_id", en: "no snapshot \(id)", ja: "スナップショット \(id) はありません。")
    }
    static let snapshotListAdvice = Message("snapshot.list.advice",
        en: "`plandb snapshot list` shows them",
        ja: "`plandb snapshot list` で一覧できます。")
    static func snapshotNotAReference(_ text: String) -> Message {
        Message("snapshot.reference.invalid",
            en: "`\(text)` is not a snapshot",
            ja: "`\(text)` はスナップショットの指定として読めません。")
    }
    static let snapshotNotAReferenceAdvice = Message("snapshot.reference.invalid.advice",
        en: "write YEAR or YEAR:VERSION, e.g. 2023 or 2023:2",
        ja: "YEAR か YEAR:VERSION の形で書いてください（例：2023、2023:2）。")

    // MARK: Exporting


    // MARK: What the commands print

    public static func snapshotMissingWarning(_ missing: Int) -> Message {
        Message("snapshot.created.missing",
            en: "\(missing) entries were missing; the snapshot records that",
            ja: "未入力が \(missing) 件ありました。スナップショットにはその件数も記録しています。")
    }
    public static func snapshotFroze(_ info: SnapshotInfo) -> Message {
        let (year, version, sha) = (FiscalYear.label(info.fiscalYear), info.version, info.sha256)
        return Message("snapshot.created",
            en: "froze \(year) as version \(version) (SHA-256 \(sha)); the year is now locked",
            ja: "\(year)を第\(version)版として確定しました（SHA-256 \(sha)）。この年度はロックされ、記録できなくなりました。")
    }
    public static func snapshotNext(_ year: Int) -> Message {
        Message("snapshot.created.next",
            en: "next: `plandb snapshot export \(year) --format html --out report.html`",
            ja: "次は `plandb snapshot export \(year) --format html --out report.html` で評価結果報告書を書き出せます。")
    }
    public static func snapshotReopened(_ year: Int, version: Int, dept: String) -> Message {
        let (label, next) = (FiscalYear.label(year), version + 1)
        return Message("snapshot.reopened",
            en: "reopened \(label) (version \(version) stays readable); record the corrections, then `plandb snapshot create --year \(year) --as \(dept)` makes version \(next)",
            ja: "\(label)の確定を解除しました（第\(version)版はそのまま読めます）。訂正を記録してから `plandb snapshot create --year \(year) --as \(dept)` を実行すると、第\(next)版ができます。")
    }
    public static func snapshotWrote(_ path: String, format: String, _ info: SnapshotInfo) -> Message {
        let (year, version) = (FiscalYear.label(info.fiscalYear), info.version)
        return Message("snapshot.wrote",
            en: "wrote \(path) (\(format), \(year) version \(version))",
            ja: "\(path) を書き出しました（\(format)、\(year) 第\(version)版）。")
    }
    /// The line above `snapshot show`'s table.
    public static func snapshotShowHeader(_ info: SnapshotInfo) -> Message {
        let (year, version, at, sha) = (FiscalYear.label(info.fiscalYear), info.version, info.createdAt, info.sha256)
        return Message("snapshot.show.header",
            en: "\(year) version \(version), \(at), SHA-256 \(sha)",
            ja: "\(year) 第\(version)版、\(at) 作成、SHA-256 \(sha)")
    }

    // MARK: Table headings (csv/json keep the column keys)

    /// `snapshot list` (fiscal_year, version, created_at, created_by, missing, sha256, note).
    public static let snapshotListHeadings = [
        Message("snapshot.heading.plan", en: "plan", ja: "計画"),
        Message("snapshot.heading.fiscal_year", en: "fiscal year", ja: "年度"),
        Message("snapshot.heading.version", en: "version", ja: "版"),
        Message("snapshot.heading.created_at", en: "created at", ja: "作成日時"),
        Message("snapshot.heading.created_by", en: "created by", ja: "作成した課"),
        Message("snapshot.heading.missing", en: "missing", ja: "未入力"),
        Message("snapshot.heading.sha256", en: "SHA-256 hash", ja: "SHA-256 ハッシュ値"),
        Message("snapshot.heading.note", en: "note", ja: "備考"),
    ]

    /// `snapshot show` (its csv keeps 区分, コード, 名称, 実績・評価, 目標・方向性, 達成, 進捗率, 担当).
    public static let snapshotShowHeadings = [
        Message("snapshot.heading.kind", en: "kind", ja: "区分"),
        Message("snapshot.heading.code", en: "code", ja: "コード"),
        Message("snapshot.heading.name", en: "name", ja: "名称"),
        Message("snapshot.heading.actual_grade", en: "actual / grade", ja: "実績・評価"),
        Message("snapshot.heading.target_direction", en: "target / direction", ja: "目標・方向性"),
        Message("snapshot.heading.achieved", en: "achieved", ja: "達成"),
        Message("snapshot.heading.progress", en: "progress %", ja: "進捗率"),
        Message("snapshot.heading.dept", en: "department", ja: "担当"),
    ]

    /// `snapshot diff` (kind, code, field, then `2023 v1` and `2023 v2`).
    static let snapshotDiffKindHeading = Message("snapshot.heading.diff.kind", en: "kind", ja: "区分")
    static let snapshotDiffCodeHeading = Message("snapshot.heading.diff.code", en: "code", ja: "コード")
    static let snapshotDiffFieldHeading = Message("snapshot.heading.diff.field", en: "field", ja: "項目")
    static func snapshotDiffSideHeading(_ year: Int, version: Int) -> Message {
        Message("snapshot.heading.diff.side", en: "\(year) v\(version)", ja: "\(year)年度 第\(version)版")
    }

    /// The kind of a changed item in `snapshot diff`, for people (csv/json keep policy, indicator, initiative).
    static func snapshotDiffKind(_ kind: String) -> Message {
        switch kind {
        case "policy": return Message("snapshot.diff.kind.policy", en: "policy", ja: "施策")
        case "indicator": return Message("snapshot.diff.kind.indicator", en: "indicator", ja: "指標")
        default: return Message("snapshot.diff.kind.initiative", en: "initiative", ja: "主な取組")
        }
    }

    // MARK: Open data

    static func openDataNoMunicipalityCode(_ plan: String) -> Message {
        Message("opendata.no_municipality_code",
            en: "plan \(plan) has no 全国地方公共団体コード, which every open-data file starts with",
            ja: "計画 \(plan) に全国地方公共団体コードがありません。オープンデータの各ファイルの先頭の項目です。")
    }
    static let openDataNoMunicipalityCodeAdvice = Message("opendata.no_municipality_code.advice",
        en: "give the 6-digit code (with its check digit) as 団体コード in the plan workbook's 計画 sheet (seeds: municipality_code), import the plan, then freeze the year again (reopen it first)",
        ja: "計画ブックの「計画」シートの団体コード（シードでは municipality_code）に検査数字を含む 6 桁のコードを書いて計画を取り込み、年度を開き直してから確定し直してください。")
    static let openDataNeedsFolder = Message("opendata.needs_folder",
        en: "open data is a folder of files and cannot be written to standard output",
        ja: "オープンデータは複数のファイルからなるため、標準出力には書けません。")
    static func openDataNeedsFolderAdvice(_ year: Int) -> Message {
        Message("opendata.needs_folder.advice",
            en: "name a folder: plandb snapshot export \(year) --format opendata --out opendata-\(year)",
            ja: "フォルダを指定してください：plandb snapshot export \(year) --format opendata --out opendata-\(year)")
    }
    static let openDataYearOnly = Message("opendata.year_only",
        en: "open data is published for one frozen year, not for a period",
        ja: "オープンデータは確定した年度ごとに公開します。期間の報告書には使えません。")
    static let openDataYearOnlyAdvice = Message("opendata.year_only.advice",
        en: "use plandb snapshot export YEAR --format opendata --out FOLDER",
        ja: "plandb snapshot export 年度 --format opendata --out フォルダ を使ってください。")
    public static func openDataWritten(_ folder: String, files: Int, _ info: SnapshotInfo) -> Message {
        let year = FiscalYear.label(info.fiscalYear)
        return Message("opendata.written",
            en: "wrote \(files) files of open data into \(folder) (\(year) version \(info.version))",
            ja: "\(folder) にオープンデータ \(files) ファイルを書きました（\(year) 第\(info.version)版）。")
    }
}

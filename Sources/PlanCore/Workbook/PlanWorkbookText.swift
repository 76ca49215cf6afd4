/// The plan workbook's own text (施策体系ワークブック): its sheet names, column headers, the
/// words its cells take and the instructions sheet. These are the file format (DESIGN.md, "The
/// plan workbook"): the reader finds sheets and columns by these names, so they are Japanese
/// always, whatever the user's language. Messages about the workbook are in the catalog
/// (Messages+PlanWorkbook.swift).
enum PlanWorkbookText {
    // MARK: Sheets

    static let instructionSheet = "説明"
    static let planSheet = "計画"
    static let departmentSheet = "課"
    static let vocabularySheet = "評価区分"
    static let outlineSheet = "大綱"
    static let policySheet = "施策"
    static let measureSheet = "小施策"
    static let challengeSheet = "現状と課題"
    static let directionSheet = "取組方針"
    static let initiativeSheet = "主な取組"
    static let actionSheet = "取組内容"
    static let indicatorSheet = "指標"
    static let targetSheet = "目標値"
    static let relatedPlanSheet = "関連計画"
    static let sdgSheet = "SDGs"

    // MARK: The 計画 sheet's items (column 項目)

    static let itemPlanCode = "計画コード"
    static let itemPlanName = "計画名"
    static let itemMunicipality = "団体名"
    static let itemMunicipalityCode = "団体コード"
    static let itemStartYear = "開始年度"
    static let itemEndYear = "終了年度"
    static let itemBaselineYear = "現状値の基準年度"
    static let itemCoordinator = "取りまとめ課"
    static let itemBudgetDept = "予算担当課"
    static let itemVisionLabel = "目指す姿の見出し"

    // MARK: Words the cells take

    static let mark = "○"
    /// Also accepted for a flag: what people type for "yes".
    static let markAlternatives = ["○", "〇", "◯", "o", "O", "1", "TRUE", "true", "はい", "有", "あり", "●", "◎"]
    static let group = "グループ"
    static let outside = "計画外"
    static let kindGrade = "評価"
    static let kindNextDirection = "今後の方向性"
    static let kindPhase = "段階"
    static let relatedSeparators: [Character] = ["、", ",", "，", "\n"]
    static let bullet = "・"
    static let separator = "・"
    /// Names for a message: 「計画」・「課」.
    static func quoted(_ names: [String]) -> String { names.map { "「\($0)」" }.joined(separator: separator) }

    // MARK: Layout

    /// Every sheet the reader knows, in the workbook's order (after 説明).
    static let sheets: [PlanSheet] = [
        PlanSheet(.plan, planSheet, [
            PlanColumn(.item, "項目", 20, required: true),
            PlanColumn(.value, "値", 44, required: false),
        ]),
        PlanSheet(.departments, departmentSheet, [
            PlanColumn(.deptName, "課名", 24, required: true),
            PlanColumn(.deptKind, "種別", 12, required: false, optionalHeader: true),
        ]),
        PlanSheet(.vocabulary, vocabularySheet, [
            PlanColumn(.vocabKind, "種類", 16, required: true),
            PlanColumn(.vocabValue, "値", 12, required: true),
            PlanColumn(.vocabMeaning, "意味", 60, required: false, optionalHeader: true, wrap: true),
        ]),
        PlanSheet(.outlines, outlineSheet, [
            PlanColumn(.outlineCode, "大綱コード", 12, required: true),
            PlanColumn(.section, "節", 10, required: false, optionalHeader: true),
            PlanColumn(.outlineTitle, "名称", 40, required: true),
        ]),
        PlanSheet(.policies, policySheet, [
            PlanColumn(.policyCode, "施策コード", 12, required: true),
            PlanColumn(.outlineCode, "大綱コード", 12, required: false, optionalHeader: true),
            PlanColumn(.policyTitle, "施策名", 24, required: true),
            PlanColumn(.leadDept, "主担当課", 16, required: true),
            PlanColumn(.relatedDepts, "関係課", 24, required: false, optionalHeader: true),
            PlanColumn(.vision, "目指す姿", 60, required: true, wrap: true),
        ]),
        PlanSheet(.measures, measureSheet, [
            PlanColumn(.measureCode, "小施策コード", 14, required: true),
            PlanColumn(.policyCode, "施策コード", 12, required: true),
            PlanColumn(.measureTitle, "名称", 30, required: true),
        ]),
        PlanSheet(.challenges, challengeSheet, [
            PlanColumn(.measureCode, "小施策コード", 14, required: true),
            PlanColumn(.challengeNo, "番号", 8, required: true),
            PlanColumn(.challengeText, "本文", 80, required: true, wrap: true),
        ]),
        PlanSheet(.directions, directionSheet, [
            PlanColumn(.directionCode, "取組方針コード", 16, required: true),
            PlanColumn(.measureCode, "小施策コード", 14, required: true),
            PlanColumn(.directionTitle, "名称", 30, required: true, wrap: true),
            PlanColumn(.directionText, "本文", 60, required: true, wrap: true),
            PlanColumn(.priority, "重点", 8, required: false, optionalHeader: true),
        ]),
        PlanSheet(.initiatives, initiativeSheet, [
            PlanColumn(.initiativeCode, "主な取組コード", 16, required: true),
            PlanColumn(.directionCode, "取組方針コード", 16, required: true),
            PlanColumn(.initiativeTitle, "名称", 44, required: true, wrap: true),
            PlanColumn(.reprintOf, "再掲元", 16, required: false, optionalHeader: true),
            PlanColumn(.oldCode, "旧コード", 16, required: false, optionalHeader: true),
        ]),
        PlanSheet(.actions, actionSheet, [
            PlanColumn(.initiativeCode, "主な取組コード", 16, required: true),
            PlanColumn(.phase, "段階", 10, required: true),
            PlanColumn(.actionText, "内容", 60, required: true, wrap: true),
        ]),
        PlanSheet(.indicators, indicatorSheet, [
            PlanColumn(.indicatorCode, "指標コード", 10, required: true),
            PlanColumn(.policyCode, "施策コード", 9, required: true),
            PlanColumn(.measureCode, "小施策コード", 10, required: true),
            PlanColumn(.indicatorName, "指標名", 20, required: true, wrap: true),
            PlanColumn(.description, "説明", 30, required: true, wrap: true),
            PlanColumn(.unit, "単位", 6, required: true),
            PlanColumn(.sourceDept, "調査課", 12, required: true),
            PlanColumn(.kpi, "KPI", 5, required: false, optionalHeader: true),
            PlanColumn(.direction, "方向", 6, required: true),
            PlanColumn(.baselineText, "現状値", 10, required: true),
            PlanColumn(.baselineValue, "現状値の数値", 9, required: false),
            PlanColumn(.baselineYear, "現状値の年度", 9, required: false),
            PlanColumn(.note, "備考", 8, required: false, optionalHeader: true),
            PlanColumn(.baselineNote, "現状値の注記", 9, required: false, optionalHeader: true),
        ]),
        PlanSheet(.targets, targetSheet, [
            PlanColumn(.indicatorCode, "指標コード", 12, required: true),
            PlanColumn(.targetYear, "年度", 8, required: true),
            PlanColumn(.targetText, "目標値", 14, required: true),
            PlanColumn(.targetValue, "目標値の数値", 12, required: false),
            PlanColumn(.targetNote, "注記", 12, required: false, optionalHeader: true),
        ]),
        PlanSheet(.relatedPlans, relatedPlanSheet, [
            PlanColumn(.policyCode, "施策コード", 12, required: true),
            PlanColumn(.relatedName, "計画名", 44, required: true, wrap: true),
            PlanColumn(.period, "期間", 36, required: false, optionalHeader: true),
        ]),
        PlanSheet(.sdgs, sdgSheet, [
            PlanColumn(.goalNo, "ゴール", 8, required: true),
            PlanColumn(.goalLabel, "名称", 16, required: true),
            PlanColumn(.goalTitle, "説明", 80, required: true, wrap: true),
        ], optional: true),
    ]

    static func sheet(_ id: PlanSheet.ID) -> PlanSheet { sheets.first { $0.id == id }! }

    // MARK: The instructions sheet (説明)

    static let title = "施策体系ワークブック（総合計画の体系を plandb に読み込むためのファイル）"
    static let introduction = [
        "このファイルに総合計画（基本計画）の体系を記入し、plandb に読み込みます。記入後は .xlsx 形式のまま保存してください。",
        "確認：plandb seed check 施策体系.xlsx　（誤りがあれば、シート名とセル番地（例：指標!F12）つきですべて表示されます）",
        "読み込み：plandb init --seeds 施策体系.xlsx　（すでに読み込んだ計画の改訂は plandb seed import 施策体系.xlsx --dry-run で確認してから）",
    ]
    static let rulesTitle = "記入のきまり"
    static let rules = [
        "1. 各シートの見出し行（青い行）は変えないでください。見出しより上の行は自由に使えます。列の順序は自由で、列を追加してもかまいません。",
        "2. 1行が1項目です。行の順序が計画書の掲載順になります（小施策・取組方針・主な取組の番号は行の順に数えます）。空行は読み飛ばします。",
        "3. コード（6-1、6-1-1-2 など）・年度・数値はすべて文字列のセルです。全角で入力しても半角として読みます（２－１ → 2-1）。",
        "4. コードは一度付けたら変えません。行を挿入・削除しても他の項目のコードは変わりません。番号を付け直すときは、主な取組の「旧コード」に元のコードを書くと評価が引き継がれます。",
        "5. 課名は「課」シートに書いた名前だけが使えます（主担当課・調査課・取りまとめ課は一覧から選べます）。関係課は「、」で区切って並べます。全課等のような課の集まりは種別を「グループ」にします。",
        "6. 重点・KPI は該当するとき「○」、しないときは空欄にします。指標の方向は 増加・減少・維持・以内 から選びます。",
        "7. 再掲の主な取組は、再掲元に初出の主な取組コードを書きます。初出がこのファイルにない（別の大綱など）ときは「計画外」と書きます。",
        "8. 現状値・目標値は計画書の表記どおり（例：95.10%、30％以内、－）に書き、数値の列には数字だけ（例：95.10）を書きます。－ のときは数値を空欄にします。",
        "9. 評価区分シートには、この計画の評価（A〜D、S〜D など）、今後の方向性、取組内容の段階を書きます。",
    ]
    static let sheetsTitle = "シートの一覧"
    static let sheetsHeader = ["シート", "1行に書くもの"]
    static let sheetDescriptions: [(String, String)] = [
        (planSheet, "計画の基本情報（項目と値）。計画コードは半角の英小文字・数字・ハイフン（例：katori-2-kouki）。団体コードは全国地方公共団体コード6桁。"),
        (departmentSheet, "計画に出てくる課（主担当課・関係課・調査課・取りまとめ課）"),
        (vocabularySheet, "評価・今後の方向性・段階の値とその意味"),
        (outlineSheet, "大綱（大綱コードは数字）"),
        (policySheet, "施策（施策コードは 大綱-番号、例：6-1）"),
        (measureSheet, "小施策（例：6-1-2）"),
        (challengeSheet, "小施策ごとの現状と課題（番号つき）"),
        (directionSheet, "取組方針 ①② …（例：6-1-1-2 は小施策 6-1-1 の ②）"),
        (initiativeSheet, "主な取組（例：6-1-1-2-1）"),
        (actionSheet, "主な取組の内容。箇条書きの1項目を1行に、段階ごとに書きます。"),
        (indicatorSheet, "業績評価指標（例：6-7-I2）と現状値"),
        (targetSheet, "指標の年度ごとの目標値（計画期間内の年度）"),
        (relatedPlanSheet, "施策に関連する個別計画"),
        (sdgSheet, "SDGs の17のゴール（任意のシート）"),
    ]
    static let exampleNote = "各シートの1行目は記入例です。書き換えるか削除してから使ってください。"

    static let pageHeader = "&L施策体系ワークブック　&A"
    static func documentTitle(_ plan: String) -> String { "施策体系ワークブック \(plan)" }

    // Drop-down list errors.
    static let listErrorTitle = "一覧から選んでください"
    static func listErrorMessage(_ items: [String]) -> String { "次のいずれかを選んでください：" + items.joined(separator: "・") }
    static let deptListErrorMessage = "「課」シートに書いた課名を選んでください。"

    // MARK: The template's example plan: one row per sheet, itself a valid plan.

    static let example = SeedPlan(
        code: "sample-kihon", name: "第1次総合計画 基本計画", municipality: "〇〇市", municipalityCode: nil,
        startYear: 2028, endYear: 2032, defaultBaselineYear: 2027, coordinator: "企画課", budgetDept: "財政課",
        departments: [
            SeedDepartment(name: "企画課", kind: "department"), SeedDepartment(name: "財政課", kind: "department"),
            SeedDepartment(name: "全課等", kind: "group"),
        ],
        outlines: [SeedOutline(code: "1", section: "1節", title: "市民とともに進めるまちづくり")],
        grades: [
            SeedTerm(name: "A", meaning: "順調"), SeedTerm(name: "B", meaning: "おおむね順調"),
            SeedTerm(name: "C", meaning: "やや遅れている"), SeedTerm(name: "D", meaning: "遅れている"),
        ],
        nextDirections: [
            SeedTerm(name: "拡充", meaning: "取組を拡大・充実させる"), SeedTerm(name: "継続", meaning: "現状の取組を続ける"),
            SeedTerm(name: "改善", meaning: "手法や内容を見直して続ける"), SeedTerm(name: "廃止", meaning: "取組をやめる"),
        ],
        phases: ["体制", "計画", "実行", "見直し"],
        sdgGoals: [SeedSDGGoal(no: 11, label: "まちづくり", title: "包摂的で安全かつ強靱(レジリエント)で持続可能な都市及び人間居住を実現する")],
        policies: [
            SeedPolicy(
                code: "1-1", outlineCode: "1", title: "市民協働", leadDept: "企画課", relatedDepts: ["全課等"],
                vision: "市民と行政が役割を分担し、ともに地域の課題を解決しています。",
                measures: [
                    SeedMeasure(
                        no: 1, code: "1-1-1", title: "市民協働の推進",
                        challenges: [SeedChallenge(no: 1, text: "地域活動の担い手が減っており、新たな担い手の育成が必要です。")],
                        directions: [
                            SeedDirection(
                                no: 1, code: "1-1-1-1", title: "地域活動の担い手の育成", text: "地域活動に参加するきっかけをつくり、担い手を育てます。",
                                isPriority: true,
                                initiatives: [
                                    SeedInitiative(
                                        position: 1, code: "1-1-1-1-1", oldCode: nil, title: "地域活動入門講座の開催", isReprint: false, reprintOf: nil,
                                        actions: [SeedAction(phase: "計画", seq: 1, text: "講座の内容と開催方法の検討")])
                                ])
                        ])
                ],
                indicators: [
                    SeedIndicator(
                        no: 1, code: "1-1-I1", measureCode: "1-1-1", name: "地域活動入門講座の参加者数",
                        description: "各年度における地域活動入門講座の参加者の延べ人数", sourceDept: "企画課", isKPI: true, unit: "人",
                        direction: "increase", note: nil,
                        baseline: SeedCell(year: 2027, text: "120人", value: "120", note: nil),
                        targets: [SeedCell(year: 2032, text: "200人", value: "200", note: nil)])
                ],
                relatedPlans: [SeedRelatedPlan(name: "〇〇市市民協働推進指針", period: "2028（令和10）年度～2032（令和14）年度")])
        ])
}

/// One sheet of the plan workbook: its name and columns, found by header.
struct PlanSheet {
    enum ID: CaseIterable { case plan, departments, vocabulary, outlines, policies, measures, challenges, directions, initiatives, actions, indicators, targets, relatedPlans, sdgs }

    let id: ID
    let name: String
    let columns: [PlanColumn]
    /// A sheet that may be left out (SDGs).
    let optional: Bool

    init(_ id: ID, _ name: String, _ columns: [PlanColumn], optional: Bool = false) {
        self.id = id
        self.name = name
        self.columns = columns
        self.optional = optional
    }

    func column(_ id: PlanColumn.ID) -> PlanColumn? { columns.first { $0.id == id } }
}

/// One column: its header, width when written, and whether every row must fill it.
struct PlanColumn {
    enum ID: Hashable {
        case item, value, deptName, deptKind, vocabKind, vocabValue, vocabMeaning, outlineCode, section, outlineTitle
        case policyCode, policyTitle, leadDept, relatedDepts, vision, measureCode, measureTitle, challengeNo, challengeText
        case directionCode, directionTitle, directionText, priority, initiativeCode, initiativeTitle, reprintOf, oldCode
        case phase, actionText, indicatorCode, indicatorName, description, unit, sourceDept, kpi, direction
        case baselineText, baselineValue, baselineYear, baselineNote, note, targetYear, targetText, targetValue, targetNote
        case relatedName, period, goalNo, goalLabel, goalTitle
    }

    let id: ID
    let header: String
    let width: Double
    /// Every row must fill it.
    let required: Bool
    /// The header may be missing (the column is then blank in every row).
    let optionalHeader: Bool
    let wrap: Bool

    init(_ id: ID, _ header: String, _ width: Double, required: Bool, optionalHeader: Bool = false, wrap: Bool = false) {
        self.id = id
        self.header = header
        self.width = width
        self.required = required
        self.optionalHeader = optionalHeader
        self.wrap = wrap
    }
}

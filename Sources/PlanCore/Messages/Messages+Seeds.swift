// The catalog: seed folders (`plandb seed check`, `seed import`, `init --seeds`): the problems
// found in the YAML, each said at its file:line:column, and what an import did.
extension Message {
    // MARK: What a YAML node was meant to be, as a noun inside the messages below

    static let seedPartPolicyFile = Message("seed.part.policy_file", en: "a policy file", ja: "施策ファイル")
    static let seedPartRelatedPlan = Message("seed.part.related_plan", en: "a related plan", ja: "関連する個別計画の項目")
    static let seedPartMeasure = Message("seed.part.measure", en: "a measure", ja: "小施策の項目")
    static let seedPartChallenge = Message("seed.part.challenge", en: "a challenge", ja: "現状と課題の項目")
    static let seedPartDirection = Message("seed.part.direction", en: "a direction", ja: "取組方針の項目")
    static let seedPartInitiative = Message("seed.part.initiative", en: "an initiative", ja: "主な取組の項目")
    static let seedPartIndicator = Message("seed.part.indicator", en: "an indicator", ja: "指標の項目")
    static let seedPartOutline = Message("seed.part.outline", en: "an outline", ja: "大綱の項目")
    static let seedPartDepartment = Message("seed.part.department", en: "a department", ja: "課の項目")
    static let seedPartGoal = Message("seed.part.goal", en: "a goal", ja: "SDGs の目標の項目")
    static let seedPartPlanHeader = Message("seed.part.plan_header",
        en: "the plan's code, name, municipality, years and coordinator",
        ja: "計画のコード・名称・自治体・期間・取りまとめ課")
    static let seedPartBaseline = Message("seed.part.baseline", en: "baseline", ja: "現状値")
    static let seedPartTarget = Message("seed.part.target", en: "target", ja: "目標値")

    static func seedPartFile(_ file: String) -> Message {
        Message("seed.part.file", en: "\(file)", ja: "\(file) の内容")
    }
    static func seedPartKey(_ key: String) -> Message {
        Message("seed.part.key", en: "`\(key)`", ja: "`\(key)` の値")
    }
    static func seedPartEntry(_ key: String) -> Message {
        Message("seed.part.entry", en: "an entry of \(key)", ja: "\(key) の項目")
    }
    static func seedPartCell(_ what: Message) -> Message {
        Message("seed.part.cell", en: "a \(what.en) cell", ja: "\(what.ja)のセル")
    }

    // MARK: The shape of the YAML

    static func seedNotMapping(_ what: Message) -> Message {
        Message("seed.yaml.not_mapping",
            en: "\(what.en) must be a mapping of `key: value` lines",
            ja: "\(what.ja)は `key: value` の行で書いてください。")
    }
    static func seedKeyTwice(_ key: String) -> Message {
        Message("seed.yaml.key_twice",
            en: "key `\(key)` appears twice; keep one",
            ja: "キー `\(key)` が2回出てきます。1つにしてください。")
    }
    static func seedMissing(_ key: String, example: String) -> Message {
        Message("seed.yaml.missing",
            en: "missing `\(key)`; write e.g. `\(key): \(example)`",
            ja: "`\(key)` がありません。`\(key): \(example)` のように書いてください。")
    }
    static func seedNotText(_ key: String, example: String) -> Message {
        Message("seed.yaml.not_text",
            en: "`\(key)` must be text; write e.g. `\(key): \(example)`",
            ja: "`\(key)` は文字列にしてください。`\(key): \(example)` のように書きます。")
    }
    static func seedEmpty(_ key: String, example: String) -> Message {
        Message("seed.yaml.empty",
            en: "`\(key)` is empty; write e.g. `\(key): \(example)`",
            ja: "`\(key)` が空です。`\(key): \(example)` のように書いてください。")
    }
    static func seedNotWholeNumber(_ key: String, value: String, example: String) -> Message {
        Message("seed.yaml.not_whole_number",
            en: "`\(key)` must be a whole number, not `\(value)`; write e.g. `\(key): \(example)`",
            ja: "`\(key)` は整数にしてください（`\(value)` ではなく）。`\(key): \(example)` のように書きます。")
    }
    static func seedMissingBool(_ key: String) -> Message {
        Message("seed.yaml.missing_bool",
            en: "missing `\(key)`; write `\(key): true` or `\(key): false`",
            ja: "`\(key)` がありません。`\(key): true` か `\(key): false` と書いてください。")
    }
    static func seedNotBool(_ key: String, value: String) -> Message {
        Message("seed.yaml.not_bool",
            en: "`\(key)` must be true or false, not `\(value)`",
            ja: "`\(key)` は true か false にしてください（`\(value)` ではなく）。")
    }
    static func seedMissingList(_ key: String) -> Message {
        Message("seed.yaml.missing_list",
            en: "missing `\(key)`: a list of items (`- …`)",
            ja: "`\(key)` がありません。項目のリスト（`- …`）を書いてください。")
    }
    static func seedNotList(_ key: String) -> Message {
        Message("seed.yaml.not_list",
            en: "`\(key)` must be a list (lines starting with `- `)",
            ja: "`\(key)` はリスト（`- ` で始まる行）にしてください。")
    }
    static func seedListItemNotText(_ key: String, example: String) -> Message {
        Message("seed.yaml.list_item_not_text",
            en: "each item of `\(key)` must be text, e.g. `- \(example)`",
            ja: "`\(key)` の各項目は文字列にしてください（例：`- \(example)`）。")
    }
    static func seedMissingObject(_ key: String, what: Message) -> Message {
        Message("seed.yaml.missing_object",
            en: "missing `\(key)` (\(what.en))",
            ja: "`\(key)`（\(what.ja)）がありません。")
    }
    static func seedUnknownKey(_ key: String, allowed: String) -> Message {
        Message("seed.yaml.unknown_key",
            en: "unknown key `\(key)`; the keys here are: \(allowed)",
            ja: "キー `\(key)` は使えません。ここで使えるキー：\(allowed)")
    }

    // MARK: Files

    static func seedFileMissing(_ path: String) -> Message {
        Message("seed.file.missing",
            en: "file missing: every seed folder has \(path)",
            ja: "ファイルがありません。シードのフォルダには必ず \(path) が必要です。")
    }
    static let seedFileEmpty = Message("seed.file.empty",
        en: "the file is empty; see Seeds/README.md for what it holds",
        ja: "ファイルが空です。書く内容は Seeds/README.md を見てください。")
    static func seedYAMLInvalid(_ problem: String) -> Message {
        Message("seed.file.invalid_yaml",
            en: "not valid YAML: \(problem); check indentation and quote text that starts with a special character",
            ja: "YAML として読めません（\(problem)）。字下げを確かめ、記号で始まる文字列は引用符で囲んでください。")
    }
    static func seedYAMLUnreadable(_ detail: String) -> Message {
        Message("seed.file.unreadable_yaml",
            en: "not valid YAML: \(detail)",
            ja: "YAML として読めません（\(detail)）。")
    }
    static let seedNoPolicyFiles = Message("seed.file.no_policies",
        en: "no policy files: add policies/6-1.yaml and so on",
        ja: "施策ファイルがありません。policies/6-1.yaml などを追加してください。")

    // MARK: plan.yaml, vocabularies.yaml, sdgs.yaml

    static func seedPlanCode(_ code: String) -> Message {
        Message("seed.plan.code",
            en: "plan code `\(code)` must be lower-case ASCII letters, digits and hyphens, e.g. `katori-2-kouki`",
            ja: "計画コード `\(code)` は半角の英小文字・数字・ハイフンで書いてください（例：`katori-2-kouki`）。")
    }
    static func seedEndBeforeStart(end: Int, start: Int) -> Message {
        Message("seed.plan.end_before_start",
            en: "end_year \(end) is before start_year \(start)",
            ja: "end_year \(end) が start_year \(start) より前です。")
    }
    static func seedOutlineCode(_ code: String) -> Message {
        Message("seed.outline.code",
            en: "outline code `\(code)` must be digits, e.g. `code: \"6\"`",
            ja: "大綱のコード `\(code)` は数字で書いてください（例：`code: \"6\"`）。")
    }
    static func seedOutlineTwice(_ code: String) -> Message {
        Message("seed.outline.twice",
            en: "outline \(code) is listed twice",
            ja: "大綱 \(code) が2回書かれています。")
    }
    static func seedDepartmentKind(_ kind: String) -> Message {
        Message("seed.dept.kind",
            en: "kind must be `department` or `group` (a collective such as 全課等), not `\(kind)`",
            ja: "kind は `department` か `group`（全課等のようなまとまり）にしてください（`\(kind)` ではなく）。")
    }
    static func seedDepartmentTwice(_ name: String, first: String) -> Message {
        Message("seed.dept.twice",
            en: "department \(name) is listed twice (first at \(first))",
            ja: "課 \(name) が2回書かれています（1回目は \(first)）。")
    }
    static func seedCodeTwice(_ code: String, first: String) -> Message {
        Message("seed.code.twice",
            en: "code \(code) is already used at \(first); every item keeps a code of its own",
            ja: "コード \(code) は \(first) でも使われています。項目ごとに別のコードにしてください。")
    }
    static func seedCodeMalformed(_ code: String) -> Message {
        Message("seed.code.malformed",
            en: "code `\(code)` may hold only half-width letters, digits and hyphens, e.g. `1-2-1-1-1`",
            ja: "コード `\(code)` には半角の英数字とハイフンだけを使ってください（例：`1-2-1-1-1`）。")
    }
    static func seedOldCodeInUse(_ old: String, initiative: String, holder: String) -> Message {
        Message("seed.code.old_in_use",
            en: "旧コード \(old) of \(initiative) is the code of another initiative (\(holder)); a 旧コード names a code no initiative has any more",
            ja: "\(initiative) の旧コード \(old) は、ほかの主な取組（\(holder)）のコードです。旧コードには、今はどの取組も使っていないコードを書いてください。")
    }
    static func seedOldCodeTwice(_ old: String, first: String, second: String) -> Message {
        Message("seed.code.old_twice",
            en: "旧コード \(old) is claimed by both \(first) and \(second); the evaluations of one initiative can follow only one",
            ja: "旧コード \(old) が \(first) と \(second) の両方に書かれています。1つの取組の評価は1つの取組にしか引き継げません。")
    }
    static func seedMunicipalityCode(_ code: String, expected: String?) -> Message {
        if let expected {
            return Message("seed.plan.municipality_code_digit",
                en: "団体コード \(code): the check digit does not match; the six-digit code is \(expected)",
                ja: "団体コード \(code) の検査数字が合いません。6桁のコードは \(expected) です。")
        }
        return Message("seed.plan.municipality_code",
            en: "団体コード \(code) must be the six-digit 全国地方公共団体コード with its check digit, e.g. 122360",
            ja: "団体コード \(code) は、検査数字を含む6桁の全国地方公共団体コードで書いてください（例：122360）。")
    }
    static let seedRoleCoordinator = Message("seed.role.coordinator", en: "coordinator", ja: "取りまとめ課")
    static let seedRoleBudget = Message("seed.role.budget", en: "budget_dept", ja: "予算担当課")
    static let seedRoleLead = Message("seed.role.lead", en: "lead_dept", ja: "主担当課")
    static let seedRoleRelated = Message("seed.role.related", en: "related_depts", ja: "関係課")
    static let seedRoleSource = Message("seed.role.source", en: "source_dept", ja: "調査課")
    static func seedTermTwice(_ name: String, list: String) -> Message {
        Message("seed.vocabulary.twice",
            en: "\(name) is listed twice in \(list)",
            ja: "\(name) が \(list) に2回書かれています。")
    }
    static let seedPhasesList = Message("seed.vocabulary.phases",
        en: "phases must list the phases of the initiatives' 内容 once each, in order, e.g. [体制, 計画, 実行, 見直し]",
        ja: "phases には主な取組の内容の段階を、順に1つずつ書いてください（例：[体制, 計画, 実行, 見直し]）。")
    static func seedGoalRange(_ no: Int) -> Message {
        Message("seed.sdg.range",
            en: "goal numbers run from 1 to 17, not \(no)",
            ja: "目標の番号は 1 から 17 までです（\(no) ではなく）。")
    }
    static func seedGoalTwice(_ no: Int) -> Message {
        Message("seed.sdg.twice",
            en: "goal \(no) is listed twice",
            ja: "目標 \(no) が2回書かれています。")
    }

    // MARK: Policy files

    static func seedPolicyCode(_ code: String) -> Message {
        Message("seed.policy.code",
            en: "policy code `\(code)` must be outline-number as printed, e.g. `code: \"6-1\"`",
            ja: "施策コード `\(code)` は計画書のとおり「大綱-番号」で書いてください（例：`code: \"6-1\"`）。")
    }
    static func seedPolicyOutline(_ code: String, outline: String) -> Message {
        Message("seed.policy.outline",
            en: "policy \(code) belongs to outline \(outline), which plan.yaml does not list under `outlines`",
            ja: "施策 \(code) は大綱 \(outline) に属しますが、plan.yaml の `outlines` にその大綱がありません。")
    }
    static func seedPolicyFileName(_ code: String, file: String) -> Message {
        Message("seed.policy.file_name",
            en: "policy \(code) is in \(file); name the file policies/\(code).yaml",
            ja: "施策 \(code) が \(file) に書かれています。ファイル名を policies/\(code).yaml にしてください。")
    }
    static func seedDepartmentUnknown(role: Message, name: String) -> Message {
        Message("seed.dept.unknown",
            en: "\(role.en): unknown department \(name); add it to the departments (`departments` in plan.yaml, or the 課 sheet)",
            ja: "\(role.ja)：\(name) という課はありません。課の一覧（plan.yaml の `departments` か、課シート）に追加してください。")
    }
    static func seedDepartmentUnknownNear(role: Message, name: String, near: [String]) -> Message {
        let names = (en: near.joined(separator: " or "), ja: near.joined(separator: "、"))
        return Message("seed.dept.unknown_near",
            en: "\(role.en): unknown department \(name); did you mean \(names.en)?",
            ja: "\(role.ja)：\(name) という課はありません。\(names.ja) のことですか。")
    }
    static func seedDepartmentIsGroup(role: Message, name: String) -> Message {
        Message("seed.dept.group",
            en: "\(role.en): \(name) is a group, not a department that can report; name one department",
            ja: "\(role.ja)：\(name) は課のまとまりで、報告できる課ではありません。課を1つ指定してください。")
    }
    static func seedChallengeTwice(_ no: Int, measure: String) -> Message {
        Message("seed.challenge.twice",
            en: "challenge \(no) of measure \(measure) is listed twice",
            ja: "小施策 \(measure) の現状と課題 \(no) が2回書かれています。")
    }
    static let seedReprintInTitle = Message("seed.reprint.in_title",
        en: "write the title without （再掲） and set `reprint: true`",
        ja: "タイトルには（再掲）を付けず、`reprint: true` を書いてください。")
    static func seedReprintOfOriginal(_ code: String) -> Message {
        Message("seed.reprint.of_original",
            en: "`reprint_of` is only for a reprint （再掲）; set `reprint: true`, or remove `reprint_of` from \(code)",
            ja: "`reprint_of` は再掲の取組にだけ書きます。\(code) に `reprint: true` を書くか、`reprint_of` を消してください。")
    }
    static func seedReprintOfMissing(_ code: String, outside: String) -> Message {
        Message("seed.reprint.of_missing",
            en: "\(code) is a reprint （再掲）: say what it reprints with `reprint_of: CODE` (the original in this plan) or `reprint_of: \(outside)` (printed outside these seeds)",
            ja: "\(code) は再掲です。何の再掲かを `reprint_of: CODE`（この計画の初出の取組）か `reprint_of: \(outside)`（このシードの外に初出）で書いてください。")
    }
    static func seedReprintUnknown(_ original: String, outside: String) -> Message {
        Message("seed.reprint.unknown",
            en: "reprint_of: \(original) is not an initiative of this plan; name the original's code as `plandb show` prints it (e.g. `reprint_of: 1-2-1-1-1`), or write `reprint_of: \(outside)` when the original is printed outside these seeds",
            ja: "reprint_of：\(original) はこの計画の主な取組ではありません。初出の取組のコードを `plandb show` の表示どおりに書くか（例：`reprint_of: 1-2-1-1-1`）、初出がこのシードの外にあるときは `reprint_of: \(outside)` と書いてください。")
    }
    static func seedReprintOfReprint(_ original: String, first: String) -> Message {
        Message("seed.reprint.of_reprint",
            en: "reprint_of: \(original) is itself a reprint （再掲）, which is never evaluated; name its original instead: `reprint_of: \(first)`",
            ja: "reprint_of：\(original) もまた再掲で、評価されません。代わりに初出を書いてください：`reprint_of: \(first)`")
    }
    static func seedReprintOfReprintNoOrigin(_ original: String) -> Message {
        Message("seed.reprint.of_reprint_no_origin",
            en: "reprint_of: \(original) is itself a reprint （再掲）, which is never evaluated; name the initiative printed first, without （再掲）",
            ja: "reprint_of：\(original) もまた再掲で、評価されません。（再掲）の付かない初出の取組を書いてください。")
    }
    static func seedPhaseUnknown(_ name: String, initiative: String, phases: String) -> Message {
        Message("seed.phase.unknown",
            en: "unknown phase `\(name)` in \(initiative); phases are \(phases)",
            ja: "\(initiative) の段階 `\(name)` は使えません。段階は \(phases) です。")
    }
    static func seedPhaseOrder(_ name: String, initiative: String, phases: String) -> Message {
        Message("seed.phase.order",
            en: "phase \(name) is out of order in \(initiative); keep \(phases)",
            ja: "\(initiative) の段階 \(name) の順番が違います。\(phases)の順にしてください。")
    }
    static func seedBulletMark(_ text: String) -> Message {
        Message("seed.phase.bullet",
            en: "drop the bullet mark ・ at the start of `\(text)`",
            ja: "`\(text)` の先頭の「・」を消してください。")
    }
    static func seedIndicatorMeasure(_ code: String, measure: String, policy: String) -> Message {
        Message("seed.indicator.measure",
            en: "indicator \(code) names measure \(measure), which policy \(policy) does not have",
            ja: "指標 \(code) の小施策 \(measure) は、施策 \(policy) にありません。")
    }
    static func seedIndicatorDirection(_ allowed: String, value: String) -> Message {
        Message("seed.indicator.direction",
            en: "direction must be one of \(allowed), not `\(value)`",
            ja: "direction は \(allowed) のどれかにしてください（`\(value)` ではなく）。")
    }
    static let seedBaselineMissing = Message("seed.indicator.baseline_missing",
        en: "missing `baseline`; write e.g. `baseline: {year: 2022, text: 23団体, value: \"23\"}`",
        ja: "`baseline` がありません。`baseline: {year: 2022, text: 23団体, value: \"23\"}` のように書いてください。")
    static func seedTargetOutside(_ year: Int, indicator: String, start: Int, end: Int) -> Message {
        Message("seed.indicator.target_outside",
            en: "target year \(year) of \(indicator) is outside the plan's period \(start)–\(end)",
            ja: "\(indicator) の目標年度 \(year) が計画期間 \(start)–\(end) の外です。")
    }
    static func seedTargetTwice(_ year: Int, indicator: String) -> Message {
        Message("seed.indicator.target_twice",
            en: "target year \(year) of \(indicator) is listed twice",
            ja: "\(indicator) の目標年度 \(year) が2回書かれています。")
    }
    static func seedTargetsFall(_ indicator: String, targets: String) -> Message {
        Message("seed.indicator.targets_fall",
            en: "\(indicator) is `increase`, but its printed targets fall (\(targets)); use `decrease`, or check the targets",
            ja: "\(indicator) は `increase` ですが、計画書の目標値が下がっています（\(targets)）。`decrease` にするか、目標値を確かめてください。")
    }
    static func seedTargetsRise(_ indicator: String, targets: String) -> Message {
        Message("seed.indicator.targets_rise",
            en: "\(indicator) is `decrease`, but its printed targets rise (\(targets)); use `increase`, or check the targets",
            ja: "\(indicator) は `decrease` ですが、計画書の目標値が上がっています（\(targets)）。`increase` にするか、目標値を確かめてください。")
    }
    static func seedTargetsChange(_ indicator: String, targets: String) -> Message {
        Message("seed.indicator.targets_change",
            en: "\(indicator) is `maintain`, but its printed targets change (\(targets)); use `increase` or `decrease`",
            ja: "\(indicator) は `maintain` ですが、計画書の目標値が変わっています（\(targets)）。`increase` か `decrease` にしてください。")
    }
    static func seedTargetNotCeiling(_ indicator: String, year: Int, text: String) -> Message {
        Message("seed.indicator.target_not_ceiling",
            en: "\(indicator) is `at_most`, but its \(year) target `\(text)` is not printed as a ceiling (以内/以下/未満); use another direction",
            ja: "\(indicator) は `at_most` ですが、\(year) の目標値 `\(text)` が上限（以内／以下／未満）として書かれていません。別の direction にしてください。")
    }
    static func seedCellNotPlain(_ what: Message, value: String, indicator: String) -> Message {
        Message("seed.cell.not_plain",
            en: "\(what.en) value `\(value)` of \(indicator) is not a plain decimal number; write the printed digits without commas or unit, e.g. `value: \"375284\"`",
            ja: "\(indicator) の\(what.ja)の value `\(value)` が単純な数値ではありません。計画書の数字を、桁区切りのカンマや単位を付けずに書いてください（例：`value: \"375284\"`）。")
    }
    static func seedCellNotInText(_ what: Message, value: String, indicator: String, text: String) -> Message {
        Message("seed.cell.not_in_text",
            en: "\(what.en) value \(value) of \(indicator) does not appear in its printed text `\(text)`; copy the digits exactly as printed",
            ja: "\(indicator) の\(what.ja)の value \(value) が、計画書の表記 `\(text)` の中にありません。計画書の数字をそのまま写してください。")
    }
    static func seedCellNoValue(_ what: Message, text: String, indicator: String) -> Message {
        Message("seed.cell.no_value",
            en: "\(what.en) `\(text)` of \(indicator) has no `value`; add the printed number as `value: \"…\"` (only a cell printed －/ー has none)",
            ja: "\(indicator) の\(what.ja) `\(text)` に `value` がありません。計画書の数値を `value: \"…\"` として加えてください（value がないのは －／ー と書かれたセルだけです）。")
    }

    // MARK: The whole check and the import

    /// Every problem, one `file:line:column: message` line each, in the message's language.
    static func seedProblems(_ issues: [SeedIssue]) -> Message {
        let listed = (en: issues.map { $0.text(.en) }.joined(separator: "\n"), ja: issues.map { $0.text(.ja) }.joined(separator: "\n"))
        return Message("seed.problems",
            en: "the seeds have \(issues.count) problem(s); nothing was imported\n\(listed.en)",
            ja: "シードに問題が \(issues.count) 件あります。何も取り込んでいません。\n\(listed.ja)")
    }
    static let seedProblemsAdvice = Message("seed.problems.advice",
        en: "fix each place listed (file:line:column) and run `plandb seed check DIR` again",
        ja: "一覧の各箇所（ファイル:行:桁）を直してから、もう一度 `plandb seed check DIR` を実行してください。")

    /// `items`: one line each (seedEvaluatedIndicator …), indented under the message.
    static func seedRemovesEvaluated(_ items: [Message]) -> Message {
        let listed = (en: items.map { "  " + $0.en }.joined(separator: "\n"), ja: items.map { "  " + $0.ja }.joined(separator: "\n"))
        return Message("seed.import.removes_evaluated",
            en: "the seeds remove items that have evaluation records; nothing was imported:\n\(listed.en)",
            ja: "シードから、評価の記録がある項目が消えています。何も取り込んでいません。\n\(listed.ja)")
    }
    static let seedRemovesEvaluatedAdvice = Message("seed.import.removes_evaluated.advice",
        en: "keep those items in the seeds (their records stay attached); if one was renumbered, write its old code in 旧コード (old_code)",
        ja: "それらの項目をシードに残してください（記録はそのまま残ります）。番号を変えた項目は、旧コード（old_code）に元のコードを書いてください。")
    static func seedEvaluatedIndicator(_ code: String, name: String, count: Int) -> Message {
        Message("seed.import.evaluated_indicator",
            en: "indicator \(code) (\(name)) has \(count) recorded actual(s)",
            ja: "指標 \(code)（\(name)）には実績値が \(count) 件記録されています")
    }
    static func seedEvaluatedInitiative(_ code: String, name: String, count: Int) -> Message {
        Message("seed.import.evaluated_initiative",
            en: "initiative \(code) (\(name)) has \(count) initiative evaluation(s)",
            ja: "主な取組 \(code)（\(name)）には取組評価が \(count) 件あります")
    }
    static func seedEvaluatedPolicy(_ code: String, name: String, count: Int) -> Message {
        Message("seed.import.evaluated_policy",
            en: "policy \(code) (\(name)) has \(count) policy evaluation(s)",
            ja: "施策 \(code)（\(name)）には施策評価が \(count) 件あります")
    }

    static func seedFrozenItem(_ code: String, name: String, count: Int) -> Message {
        Message("seed.import.frozen_item",
            en: "\(code) (\(name)) is in \(count) frozen snapshot(s)",
            ja: "\(code)（\(name)）は確定済みのスナップショット \(count) 件に含まれています")
    }
    static func seedWouldDelete(_ plan: String, _ items: [String]) -> Message {
        let listed = items.map { "  " + $0 }.joined(separator: "\n")
        return Message("seed.import.would_delete",
            en: "importing would delete \(items.count) item(s) of plan \(plan) that the seeds no longer hold; nothing was imported:\n\(listed)",
            ja: "取り込むと、シードにない計画 \(plan) の項目 \(items.count) 件が削除されます。何も取り込んでいません。\n\(listed)")
    }
    static let seedWouldDeleteAdvice = Message("seed.import.would_delete.advice",
        en: "if they are really gone from the plan, import again with --allow-delete; if they were renumbered, write the old code in 旧コード (old_code); if the seeds hold only part of the plan, add the rest (export it with `plandb plan export`)",
        ja: "本当に計画からなくなった項目なら --allow-delete を付けてもう一度取り込んでください。番号が変わっただけなら旧コード（old_code）に元のコードを書いてください。シードが計画の一部だけなら残りを加えてください（`plandb plan export` で書き出せます）。")

    static func seedDepartmentNotSeeded(_ name: String) -> Message {
        Message("seed.import.dept_not_seeded",
            en: "department \(name) is not in the seeds' plan.yaml",
            ja: "課 \(name) がシードの plan.yaml にありません。")
    }
    static let seedDepartmentNotSeededAdvice = Message("seed.import.dept_not_seeded.advice",
        en: "add it under `departments`",
        ja: "`departments` に追加してください。")

    static let seedUsedGrade = Message("seed.import.used_grade",
        en: "a grade that evaluations still use",
        ja: "評価で使われている評価区分")
    static let seedUsedNextDirection = Message("seed.import.used_next_direction",
        en: "a 今後の方向性 that evaluations still use",
        ja: "評価で使われている今後の方向性")
    static func seedRemovesVocabulary(_ what: Message) -> Message {
        Message("seed.import.removes_vocabulary",
            en: "the seeds remove \(what.en); nothing was imported",
            ja: "シードから\(what.ja)が消えています。何も取り込んでいません。")
    }
    static let seedRemovesVocabularyAdvice = Message("seed.import.removes_vocabulary.advice",
        en: "keep it in vocabularies.yaml",
        ja: "vocabularies.yaml に残してください。")

    static func seedCounts(_ c: SeedCounts) -> Message {
        Message("seed.counts",
            en: "\(c.policies) policies, \(c.measures) measures, \(c.challenges) challenges, \(c.directions) directions (\(c.priorities) 重点), \(c.initiatives) initiatives (\(c.reprints) 再掲), \(c.actions) actions, \(c.indicators) indicators (\(c.kpis) KPI), \(c.relatedPlans) related plans",
            ja: "施策 \(c.policies)、小施策 \(c.measures)、現状と課題 \(c.challenges)、取組方針 \(c.directions)（重点 \(c.priorities)）、主な取組 \(c.initiatives)（再掲 \(c.reprints)）、取組内容 \(c.actions)、指標 \(c.indicators)（KPI \(c.kpis)）、関連する個別計画 \(c.relatedPlans)")
    }
    public static func seedCheckPassed(_ dir: String, plan: String, counts: SeedCounts) -> Message {
        let listed = seedCounts(counts)
        return Message("seed.check.ok",
            en: "\(dir): ok — plan \(plan), \(listed.en)",
            ja: "\(dir)：問題はありません。計画 \(plan)：\(listed.ja)")
    }
    public static func seedImported(_ report: SeedImportReport) -> Message {
        let (plan, added, changed, removed) = (report.planCode, report.count(.added), report.count(.changed), report.count(.removed))
        if report.dryRun {
            return Message("seed.import.dry_run",
                en: "would import plan \(plan): \(added) added, \(changed) changed, \(removed) removed (dry run: nothing was written)",
                ja: "計画 \(plan) を取り込むと、追加 \(added)、変更 \(changed)、削除 \(removed) となります（試行のため何も書き込んでいません）。")
        }
        return Message("seed.import.done",
            en: "imported plan \(plan): \(added) added, \(changed) changed, \(removed) removed",
            ja: "計画 \(plan) を取り込みました。追加 \(added)、変更 \(changed)、削除 \(removed)。")
    }

    /// What happened to an item, for people (csv/json keep added, changed, removed).
    public static func seedChangeAction(_ action: SeedChange.Action) -> Message {
        switch action {
        case .added: return Message("seed.change.added", en: "added", ja: "追加")
        case .changed: return Message("seed.change.changed", en: "changed", ja: "変更")
        case .removed: return Message("seed.change.removed", en: "removed", ja: "削除")
        }
    }
    /// The kind of a changed item, for people (csv/json keep department, policy, indicator …).
    public static func seedChangeKind(_ kind: String) -> Message? {
        switch kind {
        case "department": return Message("seed.kind.department", en: "department", ja: "課")
        case "plan": return Message("seed.kind.plan", en: "plan", ja: "計画")
        case "outline": return Message("seed.kind.outline", en: "outline", ja: "大綱")
        case "grade": return Message("seed.kind.grade", en: "grade", ja: "評価区分")
        case "next_direction": return Message("seed.kind.next_direction", en: "next_direction", ja: "今後の方向性")
        case "sdg_goal": return Message("seed.kind.sdg_goal", en: "sdg_goal", ja: "SDGs の目標")
        case "policy": return Message("seed.kind.policy", en: "policy", ja: "施策")
        case "measure": return Message("seed.kind.measure", en: "measure", ja: "小施策")
        case "direction": return Message("seed.kind.direction", en: "direction", ja: "取組方針")
        case "initiative": return Message("seed.kind.initiative", en: "initiative", ja: "主な取組")
        case "indicator": return Message("seed.kind.indicator", en: "indicator", ja: "指標")
        default: return nil
        }
    }

    /// The headings of the change list `seed import` prints (csv/json keep change, kind, code, detail).
    public static let seedChangeHeadings = [
        Message("seed.heading.change", en: "change", ja: "変更"),
        Message("seed.heading.kind", en: "kind", ja: "種類"),
        Message("seed.heading.code", en: "code", ja: "コード"),
        Message("seed.heading.detail", en: "detail", ja: "内容"),
    ]
}

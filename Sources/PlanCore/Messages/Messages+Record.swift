// The catalog: recording actuals and evaluations (`plandb record`), and the checks on a value.
extension Message {
    // MARK: Who may record

    static func recordWhatActual(_ code: String, _ name: String) -> Message {
        Message("record.what.actual", en: "the actual of \(code) \(name)", ja: "\(code) \(name) の実績値")
    }
    static func recordWhatInitiative(_ code: String, _ name: String) -> Message {
        Message("record.what.initiative", en: "the evaluation of \(code) \(name)", ja: "\(code) \(name) の評価")
    }
    static func recordWhatFirstReview(_ code: String, _ name: String) -> Message {
        Message("record.what.first_review", en: "the 一次評価 of \(code) \(name)", ja: "\(code) \(name) の一次評価")
    }
    static func recordWhatSecondReview(_ code: String, _ name: String) -> Message {
        Message("record.what.second_review", en: "the 二次評価 of \(code) \(name)", ja: "\(code) \(name) の二次評価")
    }

    static func recordBecauseSurveyed(_ dept: String) -> Message {
        Message("record.because.surveyed",
            en: "it is surveyed by \(dept) (「\(dept)調べ」)",
            ja: "この指標は\(dept)が調べる（「\(dept)調べ」）ため")
    }
    static func recordBecausePolicyLed(_ policy: String, _ dept: String) -> Message {
        Message("record.because.policy_led",
            en: "policy \(policy) is led by \(dept) (主担当課)",
            ja: "施策 \(policy) の主担当課が\(dept)であるため")
    }
    static func recordBecauseLeads(_ dept: String) -> Message {
        Message("record.because.leads",
            en: "\(dept) leads the policy (主担当課)",
            ja: "この施策の主担当課が\(dept)であるため")
    }
    static func recordBecauseCoordinates(_ dept: String) -> Message {
        Message("record.because.coordinates",
            en: "\(dept) coordinates the evaluation",
            ja: "評価を取りまとめるのが\(dept)であるため")
    }

    static func recordNotResponsible(_ dept: String, _ what: Message, responsible: String, because reason: Message) -> Message {
        Message("record.not_responsible",
            en: "\(dept) cannot record \(what.en): \(reason.en), so only \(responsible) may; nothing was recorded",
            ja: "\(dept)は \(what.ja)を記録できません。\(reason.ja)、記録できるのは\(responsible)だけです。何も記録していません。")
    }
    static func recordNotResponsibleAdvice(_ responsible: String) -> Message {
        Message("record.not_responsible.advice",
            en: "run it with --as \(responsible), or ask \(responsible) to enter it",
            ja: "`--as \(responsible)` を付けて実行するか、\(responsible)に入力を依頼してください。")
    }

    // MARK: The year

    static func recordYearOutsidePlan(_ year: String, start: String, end: String) -> Message {
        Message("record.year.outside_plan",
            en: "\(year) is outside the plan's period (\(start)～\(end))",
            ja: "\(year)は計画期間（\(start)～\(end)）の外です。")
    }
    static func recordYearOutsidePlanAdvice(_ first: Int, _ last: Int) -> Message {
        Message("record.year.outside_plan.advice",
            en: "give a year from \(first) to \(last)",
            ja: "\(first) から \(last) までの年度を指定してください。")
    }

    static func recordYearLocked(_ year: String) -> Message {
        Message("record.year.locked",
            en: "\(year) is locked by its evaluation snapshot; nothing was recorded",
            ja: "\(year)は評価のスナップショットで確定済み（ロック中）です。何も記録していません。")
    }
    static func recordYearLockedAdvice(_ year: Int, coordinator: String) -> Message {
        Message("record.year.locked.advice",
            en: "the coordinator (\(coordinator)) can unlock it with `plandb snapshot reopen \(year) --reason TEXT --as \(coordinator)`",
            ja: "取りまとめ課（\(coordinator)）が `plandb snapshot reopen \(year) --reason TEXT --as \(coordinator)` でロックを解除できます。")
    }

    // MARK: Departments and items

    static func recordNoDepartment(_ name: String) -> Message {
        Message("record.dept.unknown", en: "no department named \(name)", ja: "\(name) という課はありません。")
    }
    static let recordNoDepartmentAdvice = Message("record.dept.unknown.advice",
        en: "`plandb dept list` shows them",
        ja: "`plandb dept list` で課を一覧できます。")

    static func recordGroupCannotRecord(_ name: String) -> Message {
        Message("record.dept.group",
            en: "\(name) is a group of departments and cannot record",
            ja: "\(name)は課のまとまり（グループ）なので記録できません。")
    }
    static let recordGroupCannotRecordAdvice = Message("record.dept.group.advice",
        en: "give one department with --as",
        ja: "`--as` には課を一つ指定してください。")

    static func recordNoIndicator(_ code: String) -> Message {
        Message("record.indicator.unknown", en: "no indicator \(code)", ja: "指標 \(code) はありません。")
    }
    static let recordNoIndicatorAdvice = Message("record.indicator.unknown.advice",
        en: "`plandb show` lists the indicators",
        ja: "`plandb show` で指標を一覧できます。")

    static func recordNoInitiative(_ code: String) -> Message {
        Message("record.initiative.unknown", en: "no initiative \(code)", ja: "主な取組 \(code) はありません。")
    }
    static let recordNoInitiativeAdvice = Message("record.initiative.unknown.advice",
        en: "`plandb show POLICY` lists a policy's initiatives",
        ja: "`plandb show POLICY`（施策のコード）で、その施策の主な取組を一覧できます。")

    static func recordNoPolicy(_ code: String) -> Message {
        Message("record.policy.unknown", en: "no policy \(code)", ja: "施策 \(code) はありません。")
    }
    static let recordNoPolicyAdvice = Message("record.policy.unknown.advice",
        en: "`plandb show` lists the policies",
        ja: "`plandb show` で施策を一覧できます。")

    /// A problem with the value given for an indicator, named by the indicator.
    static func recordIndicatorValue(_ code: String, _ name: String, _ problem: Message) -> Message {
        Message("record.indicator.value", en: "\(code) \(name): \(problem.en)", ja: "\(code) \(name)：\(problem.ja)")
    }

    // MARK: Reprints

    static func recordReprintOutside(_ code: String, _ name: String) -> Message {
        Message("record.reprint.outside_plan",
            en: "\(code) \(name) is a reprint （再掲） of an initiative printed outside this plan; it is evaluated where it is first printed, outside this plan, so nothing was recorded",
            ja: "\(code) \(name) は、この計画の外で初めて掲載された主な取組の再掲（再掲）です。評価は初出の箇所で行うため、何も記録していません。")
    }
    static let recordReprintOutsideAdvice = Message("record.reprint.outside_plan.advice",
        en: "record its evaluation in the plan that first prints it; here it needs no entry",
        ja: "評価は初めて掲載した計画で記録してください。ここでの入力は不要です。")

    static func recordReprintOf(_ code: String, _ name: String, original: String, dept: String) -> Message {
        Message("record.reprint.of",
            en: "\(code) \(name) is a reprint （再掲） of \(original), which \(dept) evaluates where it is first printed; nothing was recorded",
            ja: "\(code) \(name) は \(original) の再掲（再掲）です。評価は初出の \(original) で\(dept)が行うため、何も記録していません。")
    }
    static func recordReprintOfAdvice(original: String, dept: String) -> Message {
        Message("record.reprint.of.advice",
            en: "record the evaluation on \(original) with --as \(dept); the reprint shows it",
            ja: "評価は \(original) に `--as \(dept)` で記録してください。再掲にはその評価が表示されます。")
    }

    // MARK: Vocabularies

    static func recordNotAGrade(_ input: String) -> Message {
        Message("record.grade.unknown", en: "`\(input)` is not a grade", ja: "`\(input)` は評価の区分にありません。")
    }
    static func recordUseOneOf(_ choices: String) -> Message {
        Message("record.choices.advice", en: "use one of \(choices)", ja: "\(choices) のいずれかを指定してください。")
    }
    static func recordNotANextDirection(_ input: String) -> Message {
        Message("record.next.unknown", en: "`\(input)` is not a 今後の方向性", ja: "`\(input)` は今後の方向性の区分にありません。")
    }
    public static func recordStageInvalid(_ stage: String) -> Message {
        Message("record.stage.invalid",
            en: "--stage must be 一次 or 二次, not \(stage)",
            ja: "--stage には 一次 か 二次 を指定してください（\(stage) は指定できません）。")
    }

    // MARK: Values

    static let valueEmpty = Message("value.empty", en: "the value is empty", ja: "値が空です。")

    static func valueExample(unit: String) -> Message {
        unit.isEmpty
            ? Message("value.example.advice",
                en: "write it like 95.10 or 1,000,000",
                ja: "95.10 や 1,000,000 のように書いてください。")
            : Message("value.example_unit.advice",
                en: "write it like 95.10 or 1,000,000 (the unit \(unit) may follow)",
                ja: "95.10 や 1,000,000 のように書いてください（後ろに単位 \(unit) を付けても構いません）。")
    }

    static func valueNotANumber(_ input: String, unit: String) -> Message {
        unit.isEmpty
            ? Message("value.not_number", en: "`\(input)` is not a number", ja: "`\(input)` は数値として読めません。")
            : Message("value.not_number_unit", en: "`\(input)` is not a number in \(unit)", ja: "`\(input)` は単位 \(unit) の数値として読めません。")
    }

    static func valueNegative(_ value: String, unit: String) -> Message {
        Message("value.negative",
            en: "`\(value)` is negative, and a value in \(unit) cannot be",
            ja: "`\(value)` は負の値ですが、単位 \(unit) の値は負になりません。")
    }
    static let valueNegativeAdvice = Message("value.negative.advice",
        en: "give a value of 0 or more",
        ja: "0 以上の値を指定してください。")

    static func valueOverHundredPercent(_ value: String) -> Message {
        Message("value.typo.over_100",
            en: "`\(value)` is over 100 %, but every value the plan prints for it is 100 or less; it looks like a typo",
            ja: "`\(value)` は 100% を超えていますが、計画に載っている数値はすべて 100 以下です。入力の誤りと思われます。")
    }
    static func valueHundredTimes(_ value: String, largest: String) -> Message {
        Message("value.typo.hundred_times",
            en: "`\(value)` is a hundred times or more the plan's \(largest); it looks like a typo",
            ja: "`\(value)` は計画の数値 \(largest) の 100 倍以上です。入力の誤りと思われます。")
    }
    static func valueHundredth(_ value: String, smallest: String) -> Message {
        Message("value.typo.hundredth",
            en: "`\(value)` is a hundredth or less of the plan's \(smallest); it looks like a typo",
            ja: "`\(value)` は計画の数値 \(smallest) の 100 分の 1 以下です。入力の誤りと思われます。")
    }
    static let valueTypoAdvice = Message("value.typo.advice",
        en: "check the value; if it is right, give --confirm to record it",
        ja: "値を確かめてください。正しければ `--confirm` を付けて記録してください。")

    // MARK: What a record changed

    /// A field of a record by the option that sets it (`note`), and its name on the sheet (備考).
    static func recordField(_ field: String) -> Message {
        switch field {
        case "value": return Message("record.field.value", en: "value", ja: "実績値")
        case "note": return Message("record.field.note", en: "note", ja: "備考")
        case "grade": return Message("record.field.grade", en: "grade", ja: "評価")
        case "next": return Message("record.field.next", en: "next", ja: "今後の方向性")
        case "result": return Message("record.field.result", en: "result", ja: "実績")
        case "challenge": return Message("record.field.challenge", en: "challenge", ja: "課題")
        case let staff where staff.hasPrefix("staff "):
            let kind = staff.dropFirst("staff ".count)
            return Message("record.field.staff", en: "person-years (\(kind))", ja: "人工（\(kind)）")
        default: return Message("record.field.comment", en: "comment", ja: "コメント")
        }
    }

    static func recordQuoted(_ text: String?) -> Message {
        guard let text else { return Message("record.change.none", en: "(none)", ja: "（なし）") }
        return Message("record.change.quoted", en: "\"\(text)\"", ja: "「\(text)」")
    }

    /// The main field changed (an actual's value, an evaluation's grade): `550 → 545`, the same
    /// in both languages.
    static func recordMainChange(_ old: String?, _ new: String?) -> Message {
        let (from, to) = (old ?? "—", new ?? "—")
        let arrow = (en: "\(from) → \(to)", ja: "\(from) → \(to)")
        return Message("record.change.main", en: "\(arrow.en)", ja: "\(arrow.ja)")
    }

    /// One changed text field: `note: "a" → "b"`.
    static func recordTextChange(_ field: Message, _ old: Message, _ new: Message) -> Message {
        Message("record.change.text", en: "\(field.en): \(old.en) → \(new.en)", ja: "\(field.ja)：\(old.ja) → \(new.ja)")
    }

    /// The changes of one record, in the order given.
    static func recordChanges(_ parts: [Message]) -> Message {
        let list = (en: parts.map(\.en).joined(separator: ", "), ja: parts.map(\.ja).joined(separator: "、"))
        return Message("record.change.list", en: "\(list.en)", ja: "\(list.ja)")
    }

    // MARK: What `plandb record` says

    public static func recordUnchanged(_ outcome: RecordOutcome) -> Message {
        let (code, name, year, current) = (outcome.code, outcome.name, FiscalYear.label(outcome.fiscalYear), outcome.current)
        return Message("record.done.unchanged",
            en: "unchanged: \(code) \(name) \(year) is already \(current)",
            ja: "変更なし：\(code) \(name) \(year) はすでに \(current) です。")
    }
    public static func recordFirst(_ outcome: RecordOutcome, dept: String) -> Message {
        let (code, name, year, current) = (outcome.code, outcome.name, FiscalYear.label(outcome.fiscalYear), outcome.current)
        return Message("record.done.first",
            en: "recorded \(code) \(name) \(year): \(current) (by \(dept))",
            ja: "\(code) \(name) \(year) を記録しました：\(current)（\(dept)）")
    }
    public static func recordChanged(_ outcome: RecordOutcome, dept: String) -> Message {
        let (code, name, year, changes) = (outcome.code, outcome.name, FiscalYear.label(outcome.fiscalYear), outcome.changeSummary)
        return Message("record.done.changed",
            en: "recorded \(code) \(name) \(year): \(changes.en) (by \(dept); the earlier value stays in `plandb history \(code)`)",
            ja: "\(code) \(name) \(year) を記録しました：\(changes.ja)（\(dept)。前の値は `plandb history \(code)` に残っています）")
    }
}

import PlanCore

/// One entry from the API or a page's form, checked for shape; PlanCore's Recorder checks the rest.
struct WebEntry: Sendable {
    let kind: ReportItem.Kind
    let code: String
    let year: Int
    let value: String?
    let note: String?
    let grade: String?
    let next: String?
    let result: String?
    let challenge: String?
    let comment: String?
    let stage: Recorder.Stage
    /// Records a value that looks like a typo (a hundredth of the plan's, say): the clerk checked it.
    let confirmed: Bool

    init(kind: ReportItem.Kind, code: String, year: Int, value: String? = nil, note: String? = nil, grade: String? = nil,
         next: String? = nil, result: String? = nil, challenge: String? = nil, comment: String? = nil, stage: Recorder.Stage = .first,
         confirmed: Bool = false) {
        self.kind = kind
        self.code = code
        self.year = year
        self.value = value
        self.note = note
        self.grade = grade
        self.next = next
        self.result = result
        self.challenge = challenge
        self.comment = comment
        self.stage = stage
        self.confirmed = confirmed
    }

    init(kind: ReportItem.Kind, body: JSONObject) throws {
        let stageText = try body.text("stage")
        guard let stage = stageText.map(Recorder.Stage.init(rawValue:)) ?? .first else { throw APIError(.badRequest, .badStage) }
        self.init(
            kind: kind, code: try body.requiredText("code"), year: try body.requiredInteger("year"),
            value: kind == .indicator ? try body.requiredValue("value") : nil, note: try body.text("note"),
            grade: kind == .indicator ? nil : try body.requiredText("grade"), next: try body.text("next"),
            result: try body.text("result"), challenge: try body.text("challenge"), comment: try body.text("comment"), stage: stage,
            confirmed: try body.bool("confirm"))
    }

    /// Records the entry for `dept`, as `user`, by the command line's rules.
    func record(in store: PlanDatabase, plan: PlanRef, dept: String, user: String) throws -> RecordOutcome {
        let lookupKind: PlanItem.Kind = kind == .indicator ? .indicator : kind == .initiative ? .initiative : .policy
        let code = try PlanLookup(store, plan: plan).find(self.code, kinds: [lookupKind]).code
        let recorder = Recorder(store, plan: plan, source: "web", actor: user)
        switch kind {
        case .indicator:
            return try recorder.recordIndicator(code, year: year, value: value ?? "", as: dept, note: note, confirmed: confirmed)
        case .initiative:
            return try recorder.recordInitiative(code, year: year, grade: grade ?? "", next: next, result: result, challenge: challenge, as: dept)
        case .policy:
            return try recorder.recordPolicy(code, year: year, grade: grade ?? "", comment: comment, stage: stage, as: dept)
        }
    }
}

extension WebEntry {
    /// The form field a refusal of an item's entry is about, so that the page ties the error to
    /// it: a grade or direction not in the list, a text by its name, else the value (an
    /// indicator's) or the grade.
    static func field(of error: PlanError, kind: ReportItem.Kind) -> String {
        switch error.message.key {
        case "record.not_a_grade": return "grade"
        case "record.not_a_next_direction": return "next"
        default:
            return textField(of: error, among: ["challenge", "result", "comment", "note"]) ?? (kind == .indicator ? "value" : "grade")
        }
    }

    /// The text field of `names` a refusal is about (`PlanError.field`), nil when it is about no
    /// text or about one the form does not have.
    static func textField(of error: PlanError, among names: [String]) -> String? {
        error.field.flatMap { names.contains($0) ? $0 : nil }
    }
}

import Foundation
import PlanCore

/// One project's year from the API or the page's form: its 人工 per staff kind and its
/// 事務事業評価, checked for shape here; PlanCore's ProjectRecorder checks the rest (the
/// department, the lock, the submission, the rates, the vocabularies).
struct ProjectEntry: Sendable {
    let code: String
    let year: Int
    let staff: [ProjectRecorder.StaffEntry]
    let grade: String?
    let next: String?
    let result: String?
    let challenge: String?

    /// Where a refusal belongs on the form: the 人工, the grade, the 方向性, a text, or the whole entry.
    enum Field: String {
        case staff, grade, next, result, challenge
    }

    /// The field a refusal is about, from its message's key; nil when it is about the entry as a whole.
    static func field(of error: PlanError) -> Field? {
        switch error.message.key {
        case "project.staff_invalid", "project.no_rate": return .staff
        case "record.not_a_grade", "project.grade_needed": return .grade
        case "record.not_a_next_direction": return .next
        default: return WebEntry.textField(of: error, among: ["challenge", "result"]).flatMap(Field.init(rawValue:))
        }
    }

    /// The page's form: a `staff:KIND` field per rated kind (blank ones are not recorded), a
    /// grade (blank: none chosen), and the texts. A form sends every field; when no grade is
    /// chosen and every text is blank, the evaluation is left as it is.
    init(code: String, year: Int, form fields: [String: String]) {
        let staff = fields.keys.filter { $0.hasPrefix("staff:") }.sorted().compactMap { name -> ProjectRecorder.StaffEntry? in
            let value = fields[name]?.trimmingCharacters(in: .whitespaces) ?? ""
            return value.isEmpty ? nil : ProjectRecorder.StaffEntry(kind: String(name.dropFirst("staff:".count)), personYears: value)
        }
        let grade = fields["grade"].flatMap { $0.isEmpty ? nil : $0 }
        let texts = [fields["next"], fields["result"], fields["challenge"]]
        let evaluation = grade != nil || texts.contains { !($0 ?? "").isEmpty }
        self.init(
            code: code, year: year, staff: staff, grade: grade, next: evaluation ? fields["next"] : nil,
            result: evaluation ? fields["result"] : nil, challenge: evaluation ? fields["challenge"] : nil)
    }

    init(code: String, year: Int, staff: [ProjectRecorder.StaffEntry], grade: String?, next: String?, result: String?, challenge: String?) {
        self.code = code
        self.year = year
        self.staff = staff
        self.grade = grade
        self.next = next
        self.result = result
        self.challenge = challenge
    }

    static let apiFields: Set<String> = ["staff", "grade", "next_direction", "result", "challenge"]

    /// The API's body: `{"staff": {"正職員": "1.10"}, "grade", "next_direction", "result", "challenge"}`;
    /// a field left out (or null) keeps what is recorded, an empty text clears it.
    init(code: String, year: Int, body: JSONObject) throws {
        var staff: [ProjectRecorder.StaffEntry] = []
        switch body.fields["staff"] {
        case nil, .null?: break
        case .object(let members)?:
            for (kind, value) in members {
                switch value {
                case .string(let text): staff.append(.init(kind: kind, personYears: text))
                case .integer(let number): staff.append(.init(kind: kind, personYears: String(number)))
                case .number(let number): staff.append(.init(kind: kind, personYears: String(number)))
                default: throw APIError(.badRequest, .projectStaffNotText(kind))
                }
            }
        default: throw APIError(.badRequest, .projectStaffNotObject)
        }
        self.init(
            code: code, year: year, staff: staff, grade: try body.text("grade"), next: try body.text("next_direction"),
            result: try body.text("result"), challenge: try body.text("challenge"))
    }

    /// Records the entry for `dept`, as `user`, by the command line's rules.
    func record(in store: PlanDatabase, plan: PlanRef, dept: String, user: String) throws -> RecordOutcome {
        try ProjectRecorder(store, plan: plan, source: "web", actor: user)
            .record(code, year: year, staff: staff, grade: grade, next: next, result: result, challenge: challenge, as: dept)
    }
}

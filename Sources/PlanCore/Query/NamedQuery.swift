import Foundation
import SQLiteDB

/// One file of the query library: plain SQL with a header of `-- key: value` comments, so it
/// can be read, diffed and run by hand in the sqlite3 shell (`.param set :year 2023`).
///
///     -- title: 指標の達成状況
///     -- description: 年度ごとの実績値と達成・進捗
///     -- param: year integer required 評価する年度
///     -- param: policy text NULL 施策コード（省略すると全施策）
public struct NamedQuery: Sendable, Equatable {
    public struct Parameter: Sendable, Equatable {
        public enum Kind: String, Sendable { case integer, real, text }
        public let name: String
        public let kind: Kind
        /// nil when the parameter is required; `.null` for a NULL default.
        public let defaultValue: Value?
        public let meaning: String
    }

    public let name: String
    public let title: String
    public let description: String
    public let parameters: [Parameter]
    public let sql: String
    /// Where it came from: "embedded" or the file's path.
    public let origin: String

    /// Parses a query file; errors name the file and line.
    public static func parse(name: String, text: String, origin: String) throws -> NamedQuery {
        var title = ""
        var description: [String] = []
        var parameters: [Parameter] = []
        for (offset, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("--") else { break }
            let body = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces)
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = body[..<colon].trimmingCharacters(in: .whitespaces)
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "title": title = value
            case "description": description.append(value)
            case "param": parameters.append(try parameter(value, file: "\(origin):\(offset + 1)"))
            default: continue
            }
        }
        guard !title.isEmpty else {
            throw PlanError(.queryNoTitle(origin), advice: .queryNoTitleAdvice)
        }
        return NamedQuery(name: name, title: title, description: description.joined(separator: " "), parameters: parameters, sql: text, origin: origin)
    }

    static func parameter(_ text: String, file: String) throws -> Parameter {
        let parts = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 3, let kind = Parameter.Kind(rawValue: parts[1]) else {
            throw PlanError(.queryBadParameterLine(file, line: text), advice: .queryBadParameterLineAdvice)
        }
        let defaultValue: Value?
        switch parts[2] {
        case "required": defaultValue = nil
        case "NULL": defaultValue = .null
        default: defaultValue = try convert(parts[2], to: kind, parameter: parts[0])
        }
        return Parameter(name: parts[0], kind: kind, defaultValue: defaultValue, meaning: parts.count > 3 ? parts[3] : "")
    }

    /// Checks a command-line value against the declared type.
    static func convert(_ text: String, to kind: Parameter.Kind, parameter: String) throws -> Value {
        let normalized = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .integer:
            if let value = Int64(normalized) { return .integer(value) }
            if let year = try? FiscalYear.parse(normalized) { return .integer(Int64(year)) }
            throw PlanError(.queryNotWholeNumber(parameter, value: text), advice: .queryNotWholeNumberAdvice(parameter))
        case .real:
            guard let value = Double(normalized.replacingOccurrences(of: ",", with: "")) else {
                throw PlanError(.queryNotNumber(parameter, value: text), advice: .queryNotNumberAdvice(parameter))
            }
            return .real(value)
        case .text:
            return .text(text)
        }
    }

    /// The values to bind: given ones checked against their types, defaults for the rest.
    /// The bindings, with `plan` filled in when the query takes it and it was not given: the plan
    /// --plan names (`planCode`), else the one the `year` parameter belongs to, else the current
    /// fiscal year's, else the only plan (DESIGN.md, "Several plans in one file").
    public func bindings(_ given: [String: String], database path: String, planCode: String?) throws -> [String: Value] {
        var given = given
        if parameters.contains(where: { $0.name == "plan" }), given["plan"] == nil {
            let store = try PlanDatabase.open(path: path, access: .read)
            try store.requireCurrentSchema(try Migrator.embedded())
            // A year that does not parse is reported below, as the parameter's own error.
            let year = given["year"].flatMap { try? FiscalYear.parse($0) }
            given["plan"] = try PlanRef.choose(store, code: planCode, year: year).code
        }
        return try bindings(given)
    }

    public func bindings(_ given: [String: String]) throws -> [String: Value] {
        if let unknown = given.keys.sorted().first(where: { key in !parameters.contains { $0.name == key } }) {
            throw PlanError(
                .queryUnknownParameter(name, parameter: unknown),
                advice: parameters.isEmpty ? .queryTakesNoParameters : .queryParametersAre(parameters.map(\.name).joined(separator: ", ")))
        }
        var values: [String: Value] = [:]
        for parameter in parameters {
            if let text = given[parameter.name] {
                values[parameter.name] = try Self.convert(text, to: parameter.kind, parameter: parameter.name)
            } else if let fallback = parameter.defaultValue {
                values[parameter.name] = fallback
            } else {
                throw PlanError(.queryMissingParameter(name, parameter: parameter.name, meaning: parameter.meaning), advice: .queryMissingParameterAdvice(parameter.name))
            }
        }
        return values
    }
}

/// The shipped queries plus a user's folder (`--queries DIR` or $PLANDB_QUERIES); a user's
/// query with a shipped name replaces it. A user's file that cannot be read or parsed is left
/// out with a warning, so that one bad file does not stop every other query.
public struct QueryLibrary: Sendable {
    public let queries: [NamedQuery]
    /// One warning per user file left out, naming it and saying why, for the CLI to show.
    public let warnings: [Message]

    public static func load(userFolder: String?) throws -> QueryLibrary {
        var warnings: [Message] = []
        func skip(_ error: PlanError) { warnings.append(.queryLeftOut(error)) }
        var byName: [String: NamedQuery] = [:]
        for file in EmbeddedPlanFiles.files(in: "Queries") where file.path.hasSuffix(".sql") {
            let name = (file.name as NSString).deletingPathExtension
            byName[name] = try NamedQuery.parse(name: name, text: file.text, origin: "Queries/\(file.path)")
        }
        if let userFolder {
            for file in try PlanFile.read(folder: userFolder, extensions: ["sql"], unreadable: skip) {
                let name = (file.name as NSString).deletingPathExtension
                do {
                    byName[name] = try NamedQuery.parse(name: name, text: file.text, origin: "\(userFolder)/\(file.path)")
                } catch let error as PlanError {
                    skip(error)
                }
            }
        }
        return QueryLibrary(queries: byName.values.sorted { $0.name < $1.name }, warnings: warnings)
    }

    public func query(_ name: String) throws -> NamedQuery {
        if let query = queries.first(where: { $0.name == name }) { return query }
        let near = queries.filter { $0.name.contains(name) || name.contains($0.name) }.map(\.name)
        throw PlanError(.queryUnknown(name), advice: near.isEmpty ? .queryUnknownAdvice : .queryUnknownNear(near))
    }
}

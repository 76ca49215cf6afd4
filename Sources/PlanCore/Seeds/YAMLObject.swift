import Foundation
import Yams

/// A YAML node being read field by field. Each read records the key as known; `finish()`
/// reports every key that was not read (a typo such as `lead_dep:` is an error, not a silent
/// default). Problems go to the shared collector with the node's line and column.
struct YAMLObject {
    let node: Node
    let file: String
    let issues: SeedIssues
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []
    private var known: Set<String> = []

    init?(_ node: Node, file: String, issues: SeedIssues, what: Message) {
        self.node = node
        self.file = file
        self.issues = issues
        guard case .mapping(let mapping) = node else {
            issues.add(file, node.mark?.line ?? 0, node.mark?.column ?? 0, .seedNotMapping(what))
            return nil
        }
        var seen: Set<String> = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            if seen.contains(name) {
                issues.add(file, key.mark?.line ?? 0, key.mark?.column ?? 0, .seedKeyTwice(name))
            }
            seen.insert(name)
            pairs.append((name, key, value))
        }
    }

    var line: Int { node.mark?.line ?? 0 }
    var column: Int { node.mark?.column ?? 0 }

    func report(_ node: Node?, _ message: Message) {
        let mark = node?.mark ?? self.node.mark
        issues.add(file, mark?.line ?? 0, mark?.column ?? 0, message)
    }

    mutating func value(_ key: String) -> Node? {
        known.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// A required non-empty string.
    mutating func string(_ key: String, example: String) -> String? {
        guard let node = value(key) else {
            report(nil, .seedMissing(key, example: example))
            return nil
        }
        return scalarString(node, key: key, example: example)
    }

    mutating func optionalString(_ key: String, example: String) -> String? {
        guard let node = value(key) else { return nil }
        if case .scalar(let scalar) = node, scalar.style == .plain, scalar.string == "null" || scalar.string == "~" || scalar.string.isEmpty {
            return nil
        }
        return scalarString(node, key: key, example: example)
    }

    private func scalarString(_ node: Node, key: String, example: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(node, .seedNotText(key, example: example))
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            report(node, .seedEmpty(key, example: example))
            return nil
        }
        return text
    }

    /// A required code: a string or a number (`code: 6-1` and `code: "6-1"` alike), with
    /// full-width digits and hyphens folded to half-width (`６－１` is `6-1`).
    mutating func code(_ key: String, example: String) -> String? {
        string(key, example: example).map(SeedCode.halfWidth)
    }

    mutating func optionalCode(_ key: String, example: String) -> String? {
        optionalString(key, example: example).map(SeedCode.halfWidth)
    }

    /// Where this object is, and where each of `fields` is, for checks made after reading.
    func origin(fields: [String]) -> SeedOrigin {
        var origin = SeedOrigin(file: file, line: line, column: column)
        for pair in pairs where fields.contains(pair.key) {
            origin.fields[pair.key] = SeedOrigin(file: file, line: pair.value.mark?.line ?? line, column: pair.value.mark?.column ?? column)
        }
        return origin
    }

    /// A required whole number.
    mutating func int(_ key: String, example: String) -> Int? {
        guard let node = value(key) else {
            report(nil, .seedMissing(key, example: example))
            return nil
        }
        guard case .scalar(let scalar) = node, scalar.style == .plain, let number = Int(scalar.string) else {
            report(node, .seedNotWholeNumber(key, value: node.string ?? "…", example: example))
            return nil
        }
        return number
    }

    /// A required true/false.
    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key) else {
            report(nil, .seedMissingBool(key))
            return nil
        }
        guard case .scalar(let scalar) = node, scalar.style == .plain, ["true", "false"].contains(scalar.string) else {
            report(node, .seedNotBool(key, value: node.string ?? "…"))
            return nil
        }
        return scalar.string == "true"
    }

    mutating func optionalBool(_ key: String, default fallback: Bool) -> Bool? {
        value(key) == nil ? fallback : bool(key)
    }

    /// A list of nodes; a missing key is an empty list unless `required`.
    mutating func list(_ key: String, required: Bool = false) -> [Node] {
        guard let node = value(key) else {
            if required { report(nil, .seedMissingList(key)) }
            return []
        }
        guard case .sequence(let sequence) = node else {
            if case .scalar(let scalar) = node, scalar.style == .plain, scalar.string.isEmpty || scalar.string == "null" { return [] }
            report(node, .seedNotList(key))
            return []
        }
        return Array(sequence)
    }

    /// A list of non-empty strings.
    mutating func strings(_ key: String, example: String) -> [String] {
        list(key).compactMap { item in
            guard case .scalar(let scalar) = item, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                report(item, .seedListItemNotText(key, example: example))
                return nil
            }
            return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    mutating func object(_ key: String, what: Message) -> YAMLObject? {
        guard let node = value(key) else {
            report(nil, .seedMissingObject(key, what: what))
            return nil
        }
        return YAMLObject(node, file: file, issues: issues, what: .seedPartKey(key))
    }

    /// Reports keys nobody asked for.
    func finish(allowed: String) {
        for pair in pairs where !known.contains(pair.key) {
            report(pair.keyNode, .seedUnknownKey(pair.key, allowed: allowed))
        }
    }

    func finish() {
        finish(allowed: known.sorted().joined(separator: ", "))
    }
}

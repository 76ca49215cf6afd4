import Foundation

/// One result row, copied out of the statement so it stays valid after the next step.
public struct Row: Sendable, Equatable {
    public let columns: [String]
    public let values: [Value]

    public init(columns: [String], values: [Value]) {
        self.columns = columns
        self.values = values
    }

    public subscript(index: Int) -> Value { values[index] }

    /// The value of the first column with this name, or `.null` when there is none.
    public subscript(name: String) -> Value {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }

    public func int64(_ name: String) -> Int64? { self[name].int64 }
    public func int(_ name: String) -> Int? { self[name].int }
    public func double(_ name: String) -> Double? { self[name].double }
    public func string(_ name: String) -> String? { self[name].string }
    public func bool(_ name: String) -> Bool? { self[name].bool }
    public func data(_ name: String) -> Data? { self[name].data }
}

import CSQLite
import Foundation

/// One SQLite value, built by a single switch on the column's storage class.
public enum Value: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    public var int64: Int64? {
        switch self {
        case .integer(let v): return v
        case .real(let v): return Int64(exactly: v)
        default: return nil
        }
    }

    public var int: Int? { int64.flatMap { Int(exactly: $0) } }

    public var double: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        default: return nil
        }
    }

    public var string: String? {
        if case .text(let v) = self { return v }
        return nil
    }

    public var data: Data? {
        if case .blob(let v) = self { return v }
        return nil
    }

    public var bool: Bool? { int64.map { $0 != 0 } }
}

extension Value: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
}

/// Anything that can be bound to a statement parameter.
public protocol ValueConvertible {
    var sqliteValue: Value { get }
}

extension Value: ValueConvertible { public var sqliteValue: Value { self } }
extension Int64: ValueConvertible { public var sqliteValue: Value { .integer(self) } }
extension Int: ValueConvertible { public var sqliteValue: Value { .integer(Int64(self)) } }
extension Int32: ValueConvertible { public var sqliteValue: Value { .integer(Int64(self)) } }
extension Double: ValueConvertible { public var sqliteValue: Value { .real(self) } }
extension String: ValueConvertible { public var sqliteValue: Value { .text(self) } }
extension Substring: ValueConvertible { public var sqliteValue: Value { .text(String(self)) } }
extension Data: ValueConvertible { public var sqliteValue: Value { .blob(self) } }
extension Bool: ValueConvertible { public var sqliteValue: Value { .integer(self ? 1 : 0) } }
extension Optional: ValueConvertible where Wrapped: ValueConvertible {
    public var sqliteValue: Value { self?.sqliteValue ?? .null }
}

import Foundation
import Hummingbird
import NIOCore
import PlanCore

/// A request's JSON object, read strictly: a body over the limit, anything but one object,
/// a field the route does not know and a value of the wrong type are refused with 400 (413 for
/// the size), before any rule is checked.
struct JSONObject {
    let fields: [String: JSON]

    /// Text fields longer than this are refused: no entry needs more.
    static let textLimit = EntryText.limit

    static func read(_ request: Request, limit: Int, allowed: Set<String>) async throws -> JSONObject {
        guard isJSON(request.headers[.contentType]) else { throw APIError(.unsupportedMediaType, .bodyNotJSONType) }
        let buffer = try await collect(request, limit: limit)
        guard let decoded = try? JSONReader.parse(Array(buffer.readableBytesView)), case .object(let members) = decoded else {
            throw APIError(.badRequest, .bodyNotJSON)
        }
        let object = JSONObject(fields: Dictionary(members, uniquingKeysWith: { first, _ in first }))  // JSONReader refuses duplicates
        let unknown = object.fields.keys.filter { !allowed.contains($0) }.sorted()
        if !unknown.isEmpty { throw APIError(.badRequest, .unknownFields(unknown.joined(separator: ", "))) }
        return object
    }

    /// `application/json`, with or without parameters (`; charset=utf-8`). Anything else is
    /// refused before the body is read: a page of another site can send `text/plain` or a form
    /// to any address without asking, but not `application/json`.
    static func isJSON(_ contentType: String?) -> Bool {
        mediaType(contentType) == "application/json"
    }

    /// A content type's media type, lowercased, without its parameters: `text/csv` of
    /// `Text/CSV; charset=utf-8`.
    static func mediaType(_ contentType: String?) -> String? {
        contentType.map { $0.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// The whole body, refused with 413 past `limit` bytes (the answer closes the connection:
    /// ConnectionGuard reads and drops what is left of the body, then closes).
    static func collect(_ request: Request, limit: Int) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, .bodyTooLarge(limit))
        } catch let error as APIError {
            throw error
        } catch {
            throw ClientGone(reason: String(describing: error))
        }
    }

    /// A text field; null and absence are nil.
    func text(_ name: String) throws -> String? {
        switch fields[name] {
        case nil, .null?: return nil
        case .string(let value)?:
            guard value.count <= Self.textLimit else { throw APIError(.badRequest, .fieldTooLong(name, Self.textLimit)) }
            return value
        default: throw APIError(.badRequest, .fieldNotText(name))
        }
    }

    /// A true/false field; absence and null are false.
    func bool(_ name: String) throws -> Bool {
        switch fields[name] {
        case nil, .null?: return false
        case .bool(let value)?: return value
        default: throw APIError(.badRequest, .fieldNotBoolean(name))
        }
    }

    func requiredText(_ name: String) throws -> String {
        guard let value = try text(name) else { throw APIError(.badRequest, .missingField(name)) }
        return value
    }

    func requiredInteger(_ name: String) throws -> Int {
        switch fields[name] {
        case nil, .null?: throw APIError(.badRequest, .missingField(name))
        case .integer(let value)?: return value
        default: throw APIError(.badRequest, .fieldNotInteger(name))
        }
    }

    /// A value typed as text ("95.10", which keeps its zeros) or as a JSON number.
    func requiredValue(_ name: String) throws -> String {
        switch fields[name] {
        case .integer(let value)?: return String(value)
        case .number(let value)?: return String(value)
        default: return try requiredText(name)
        }
    }
}

import CSQLite

/// What an authorizer is asked: one action SQLite is about to compile into a statement.
public struct AuthorizerRequest: Sendable {
    /// SQLITE_INSERT, SQLITE_PRAGMA, SQLITE_ATTACH, … (see sqlite3_set_authorizer).
    public let action: Int32
    /// Action-specific arguments: for a pragma, its name and value; for a table, its name.
    public let first: String?
    public let second: String?
    public let database: String?
    public let trigger: String?
}

public enum AuthorizerDecision: Sendable {
    case allow
    /// Refuse the whole statement with SQLITE_AUTH.
    case deny
    /// Treat the column as NULL (reads only).
    case ignore

    var code: Int32 {
        switch self {
        case .allow: return SQLITE_OK
        case .deny: return SQLITE_DENY
        case .ignore: return SQLITE_IGNORE
        }
    }
}

/// Holds the Swift closures that SQLite's C callbacks reach through their user-data pointer.
struct HookBoxes {
    var authorizer: AuthorizerBox?
    var progress: ProgressBox?
}

final class AuthorizerBox {
    let body: (AuthorizerRequest) -> AuthorizerDecision
    init(_ body: @escaping (AuthorizerRequest) -> AuthorizerDecision) { self.body = body }
}

final class ProgressBox {
    let body: () -> Bool
    init(_ body: @escaping () -> Bool) { self.body = body }
}

extension Database {
    /// Installs an authorizer consulted while each statement is prepared; `nil` removes it.
    public func setAuthorizer(_ body: ((AuthorizerRequest) -> AuthorizerDecision)?) {
        guard let body else {
            sqlite3_set_authorizer(handle, nil, nil)
            hooks.authorizer = nil
            return
        }
        let box = AuthorizerBox(body)
        hooks.authorizer = box
        sqlite3_set_authorizer(handle, { userData, action, first, second, database, trigger in
            guard let userData else { return SQLITE_DENY }
            let box = Unmanaged<AuthorizerBox>.fromOpaque(userData).takeUnretainedValue()
            let request = AuthorizerRequest(
                action: action,
                first: first.map { String(cString: $0) },
                second: second.map { String(cString: $0) },
                database: database.map { String(cString: $0) },
                trigger: trigger.map { String(cString: $0) })
            return box.body(request).code
        }, Unmanaged.passUnretained(box).toOpaque())
    }

    /// Calls `body` every `instructions` virtual-machine steps; when it returns true the running
    /// statement stops with SQLITE_INTERRUPT. `nil` removes the handler.
    public func setProgressHandler(every instructions: Int32, _ body: (() -> Bool)?) {
        guard let body else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            hooks.progress = nil
            return
        }
        let box = ProgressBox(body)
        hooks.progress = box
        sqlite3_progress_handler(handle, instructions, { userData in
            guard let userData else { return 1 }
            return Unmanaged<ProgressBox>.fromOpaque(userData).takeUnretainedValue().body() ? 1 : 0
        }, Unmanaged.passUnretained(box).toOpaque())
    }
}

import HummingbirdBcrypt

/// Passwords are kept only as bcrypt hashes: salted, and slow on purpose.
public enum PasswordHash {
    /// 2^12 rounds: about a quarter of a second per check on a modest server.
    public static let defaultCost: UInt8 = 12
    public static let minimumLength = 8
    /// bcrypt reads at most 72 bytes; a longer password would be cut without a word.
    public static let maximumLength = 72

    /// The first line of `input` as a password, checked for length.
    public static func password(fromFirstLineOf input: String?) throws -> String {
        // "\r\n" is one Character in Swift: isNewline stops at it as at "\n".
        guard let password = input.map({ String($0.prefix(while: { !$0.isNewline })) }), !password.isEmpty else { throw PlanError(.passwordMissing, advice: .passwordAdvice) }
        try check(password)
        return password
    }

    /// Refuses a password bcrypt would not read whole: outside 8 to 72 bytes, or holding a
    /// control character (bcrypt reads a C string, so `"\0abc"` would be the empty password and
    /// `"secret\0x"` would be `"secret"`).
    public static func check(_ password: String) throws {
        guard (minimumLength...maximumLength).contains(password.utf8.count) else {
            throw PlanError(.passwordLength(minimumLength, maximumLength), advice: .passwordAdvice)
        }
        guard !hasControlCharacter(password) else { throw PlanError(.passwordControlCharacter, advice: .passwordAdvice) }
    }

    /// True when `password` could be the password of an account: what `check` accepts. A sign-in
    /// with any other password fails without being hashed.
    public static func isAcceptable(_ password: String) -> Bool {
        (try? check(password)) != nil
    }

    static func hasControlCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Checks `password` against `hash`; with no hash (an unknown account) it checks against a
    /// hash of the same cost anyway and fails, so that an unknown name takes as long as a wrong
    /// password and the answer's timing does not tell which accounts exist.
    /// A password `check` refuses never matches (bcrypt would read only part of it).
    public static func verify(_ password: String, hash: String?) -> Bool {
        guard isAcceptable(password) else { return false }
        guard let hash else {
            _ = Bcrypt.verify(password, hash: unknownAccountHash)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    static let unknownAccountHash = Bcrypt.hash("no account has this password", cost: defaultCost)
}

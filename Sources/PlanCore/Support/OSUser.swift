import Foundation

/// The person behind a command-line write: the operating-system user running plandb.
public enum OSUser {
    /// The effective user's login name; $USER when the system has no entry for the uid
    /// (a container's arbitrary uid); the uid itself as a last resort.
    public static var name: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name, let text = String(validatingCString: name), !text.isEmpty {
            return text
        }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return "uid \(geteuid())"
    }
}

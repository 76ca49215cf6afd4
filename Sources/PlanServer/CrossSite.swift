import HTTPTypes
import Hummingbird

/// Whether a request was sent by a page of this server or by a program, and not by a page of
/// another site: browsers say where a request comes from in `Sec-Fetch-Site` and `Origin`,
/// which a page cannot forge; programs send neither. Signing in is checked this way, so that
/// another site cannot sign a clerk's browser in to an account of its choosing.
enum CrossSite {
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!

    static func isCrossSite(_ request: Request) -> Bool {
        if let site = request.headers[fetchSite]?.lowercased(), site != "same-origin", site != "none" {
            return true
        }
        guard let origin = request.headers[.origin] else { return false }
        // "null" is a sandboxed or privacy-sensitive context: never this server's own page.
        guard let host = request.head.authority, let authority = Self.authority(ofOrigin: origin) else { return true }
        return !Self.sameHost(authority, host)
    }

    /// `https://a.example:8443` → `a.example:8443`; nil for `null` or anything that is not an origin.
    static func authority(ofOrigin origin: String) -> String? {
        guard let range = origin.range(of: "://") else { return nil }
        let scheme = origin[..<range.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let authority = origin[range.upperBound...]
        guard !authority.isEmpty, !authority.contains("/") else { return nil }
        return String(authority)
    }

    /// The same host, and the same port when both say one (a proxy's `Host` may leave out
    /// the port its own clients used).
    static func sameHost(_ a: String, _ b: String) -> Bool {
        func split(_ text: String) -> (String, String?) {
            if let colon = text.lastIndex(of: ":"), !text[colon...].contains("]") {
                return (text[..<colon].lowercased(), String(text[text.index(after: colon)...]))
            }
            return (text.lowercased(), nil)
        }
        let (hostA, portA) = split(a), (hostB, portB) = split(b)
        guard hostA == hostB else { return false }
        if let portA, let portB { return portA == portB }
        return true
    }
}

/// An error a user can act on: what went wrong, and what to do next. The CLI prints it as
/// `error: <message>` followed by the advice, and exits non-zero.
public struct PlanError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String
    public let advice: String?

    public init(_ message: String, advice: String? = nil) {
        self.message = message
        self.advice = advice
    }

    public var description: String {
        advice.map { "\(message)\n\($0)" } ?? message
    }
}

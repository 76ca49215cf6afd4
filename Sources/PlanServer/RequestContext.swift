import HTTPTypes
import Hummingbird
import NIOCore

/// The context of every request: Hummingbird's, plus the address of the client's connection
/// (failed sign-ins are limited per address).
struct PlanRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's address as the sign-in limits count it. Behind the TLS proxy every
    /// connection comes from the proxy, so the proxy's `X-Real-IP` names the client (README: the
    /// nginx configuration sets it); without a proxy that header is the client's own word and
    /// is ignored.
    func clientAddress(_ request: Request, behindProxy: Bool) -> String {
        if behindProxy, let forwarded = request.headers[HTTPField.Name("X-Real-IP")!], !forwarded.isEmpty {
            return forwarded
        }
        return remoteAddress?.ipAddress ?? "local"
    }
}

import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Deadlines and closing for one connection, between the HTTP decoder and Hummingbird:
/// - a request's body must arrive within `bodyTimeout` of its headers, or the connection is
///   closed (Hummingbird's idle timeout closes a connection whose headers do not complete:
///   the decoder passes nothing on until they do);
/// - an answer marked `Connection: close` (413, a body too large) closes the connection once it
///   is sent; the rest of that request's body is read and thrown away for at most `linger`, so
///   that a client that sends its whole body before reading (Python's urllib) gets the answer
///   instead of an error while sending.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let bodyTimeout: TimeAmount
    let linger: TimeAmount
    private var bodyDeadline: Scheduled<Void>?
    private var requestComplete = true
    private var closeAfterResponse = false
    private var discarding = false

    init(bodyTimeout: TimeAmount, linger: TimeAmount = .seconds(5)) {
        self.bodyTimeout = bodyTimeout
        self.linger = linger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if discarding {
            if case .end = part { context.close(promise: nil) }
            return
        }
        switch part {
        case .head:
            requestComplete = false
            bodyDeadline?.cancel()
            bodyDeadline = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: bodyTimeout) {
                context.close(promise: nil)
            }
        case .end:
            requestComplete = true
            bodyDeadline?.cancel()
            bodyDeadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let part = unwrapOutboundIn(data)
        switch part {
        case .head(let head):
            if head.headerFields[.connection]?.lowercased() == "close" { closeAfterResponse = true }
            context.write(data, promise: promise)
        case .end where closeAfterResponse:
            bodyDeadline?.cancel()
            bodyDeadline = nil
            // Close only once the answer is out: closing the output first would drop it.
            let written = context.eventLoop.makePromise(of: Void.self)
            if let promise { written.futureResult.cascade(to: promise) }
            context.writeAndFlush(data, promise: written)
            discarding = !requestComplete
            let complete = requestComplete, linger = self.linger
            written.futureResult.assumeIsolatedUnsafeUnchecked().whenComplete { _ in
                if complete {
                    context.close(promise: nil)
                } else {
                    context.close(mode: .output, promise: nil)
                    context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: linger) { context.close(promise: nil) }
                }
            }
        default:
            context.write(data, promise: promise)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        bodyDeadline?.cancel()
        bodyDeadline = nil
        context.fireChannelInactive()
    }
}

@available(*, unavailable)
extension ConnectionGuard: Sendable {}

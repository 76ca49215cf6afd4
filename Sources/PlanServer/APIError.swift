import Foundation
import HTTPTypes
import Hummingbird
import Logging
import PlanCore
import SQLiteDB

/// An answer that refuses the request: its status and a Japanese message, sent as
/// `{"error": "…", "advice": "…"}`.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: Message
    let advice: Message?
    /// More members after `error` and `advice`: an upload's refused cells, a freeze's missing entries.
    var details: [(String, JSON)] = []

    init(_ status: HTTPResponse.Status, _ message: Message, advice: Message? = nil) {
        self.status = status
        self.message = message
        self.advice = advice
    }

    /// What a refusal from PlanCore means for the status code: the department may not do it
    /// (403), the year's state forbids it (409), or the input does not parse (422).
    init(_ error: PlanError) {
        switch error.kind {
        case .forbidden: self.init(.forbidden, error.message, advice: error.advice)
        case .conflict: self.init(.conflict, error.message, advice: error.advice)
        case .invalid: self.init(.unprocessableContent, error.message, advice: error.advice)
        }
    }

    var body: JSON {
        var members: [(String, JSON)] = [("error", .string(message.text(.ja)))]
        if let advice { members.append(("advice", .string(advice.text(.ja)))) }
        return .object(members + details)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONAnswer.response(status, body)
    }

    /// Any error a route throws, as the answer the client gets. Unexpected failures are logged
    /// (without the request's body or headers) and answered 500 without details; a client that
    /// hung up is no failure of the server and is logged only at debug level.
    static func from(_ error: any Error, logger: Logger) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as PlanError: return APIError(error)
        case let error as SQLiteError:
            logger.error("SQLite failure: \(error.description)")
            let plan = PlanError(sqlite: error)
            return APIError(.serviceUnavailable, plan.message, advice: plan.advice)
        case is PlanStore.QueueTimeout:
            logger.notice("a write waited past its deadline for its turn")
            return APIError(.serviceUnavailable, .writeBusy, advice: .writeBusyAdvice)
        case let error as ClientGone:
            logger.debug("the client closed the connection before its request was complete: \(error.reason)")
            return APIError(.badRequest, .bodyIncomplete)
        case let error as HTTPResponseError:
            return APIError(error.status, error.status == .notFound ? .notFound : error.status == .methodNotAllowed ? .notFound : .internalError)
        default:
            logger.error("unexpected failure: \(String(describing: error))")
            return APIError(.internalServerError, .internalError)
        }
    }
}

/// JSON answers.
enum JSONAnswer {
    static func response(_ status: HTTPResponse.Status, _ body: JSON, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        fields[.cacheControl] = "no-store"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body.text)))
    }
}

/// Turns every error of the API's routes into a JSON answer.
struct APIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = APIError.from(error, logger: context.logger)
            return JSONAnswer.response(answer.status, answer.body)
        }
    }
}

/// The request's body stopped coming: the client hung up, or took longer than the body's
/// deadline and the connection was closed.
struct ClientGone: Error {
    let reason: String
}

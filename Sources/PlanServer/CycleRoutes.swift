import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PlanCore

/// The API routes of DESIGN.md "The whole cycle in the browser": the 評価シート down and up, the
/// freeze, the reopening and the reports. Each reads its input and calls YearCycle, as the
/// pages' part of the cycle (CyclePages) does.
extension APIRoutes {
    var cycle: YearCycle { YearCycle(store: store, options: options) }

    func addCycle(to api: RouterGroup<PlanRequestContext>) {
        api.get("workbook") { request, _ in try await workbook(request) }
        api.post("workbook") { request, _ in try await upload(request) }
        api.post("snapshots") { request, _ in try await freeze(request) }
        api.post("reopenings") { request, _ in try await reopen(request) }
        api.get("reports/:year") { request, context in try await report(request, context: context) }
        api.get("period-report") { request, _ in try await periodReport(request) }
    }

    func workbook(_ request: Request) async throws -> Response {
        let (session, year) = try await sessionAndYear(request)
        return try cycle.workbook(dept: session.dept, year: year, plan: planCode(request)).response
    }

    /// The media types an upload may be sent as: the workbook's, CSV's, or any file's.
    static let uploadTypes: Set<String> = [YearCycle.xlsxType, "text/csv", "application/octet-stream"]

    /// `POST /api/v1/workbook?year=Y[&dry_run=1]`: the body is the filled-in sheet.
    func upload(_ request: Request) async throws -> Response {
        let (_, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        do {
            return try await upload(request, session: session)
        } catch let error as PlanError {
            // Every 422 of an upload carries `cells`, empty when the refusal is not about cells.
            throw YearCycle.refusal(error)
        }
    }

    func upload(_ request: Request, session: Session) async throws -> Response {
        let (_, year) = try await sessionAndYear(request)
        guard let mediaType = JSONObject.mediaType(request.headers[.contentType]), Self.uploadTypes.contains(mediaType) else {
            throw APIError(.unsupportedMediaType, .uploadNotSpreadsheetType)
        }
        let dryRun: Bool
        switch request.uri.queryParameters["dry_run"].map(String.init) {
        case nil, "0", "false": dryRun = false
        case "1", "true": dryRun = true
        default: throw APIError(.badRequest, .fieldNotBoolean("dry_run"))
        }
        let data = try await YearCycle.collectUpload(request, limit: options.uploadLimit)
        let name = Message.uploadedSheet.text(.ja) + (mediaType == "text/csv" ? ".csv" : ".xlsx")
        let report = try await cycle.importSheet(data, name: name, session: session, year: year, plan: planCode(request), dryRun: dryRun)
        return JSONAnswer.response(.ok, .object([
            ("changed", .integer(report.changed)), ("unchanged", .integer(report.unchanged)), ("blank", .integer(report.skipped)),
            ("dry_run", .bool(report.dryRun)), ("samples", .array(report.samples.map(APIRoutes.json))),
        ]))
    }

    func freeze(_ request: Request) async throws -> Response {
        let (_, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        let body = try await JSONObject.read(request, limit: options.bodyLimit, allowed: ["year", "note", "allow_incomplete"])
        let year = try body.requiredInteger("year")
        let info: SnapshotInfo
        do {
            info = try await cycle.freeze(
                session: session, year: year, plan: planCode(request), note: try body.text("note"), allowIncomplete: try body.bool("allow_incomplete"))
        } catch let error as PlanError where error.kind == .conflict {
            // A refused freeze (409) lists each department's missing entries.
            var answer = APIError(error)
            answer.details = [("missing", .array(try cycle.missing(year: year, plan: planCode(request)).map { dept, count in
                .object([("dept", .string(dept)), ("missing", .integer(count))])
            }))]
            throw answer
        }
        return JSONAnswer.response(.ok, .object([
            ("year", .integer(info.fiscalYear)), ("version", .integer(info.version)), ("sha256", .string(info.sha256)),
            ("missing", .integer(info.missing)), ("created_at", .string(info.createdAt)),
        ]))
    }

    func reopen(_ request: Request) async throws -> Response {
        let (_, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        let body = try await JSONObject.read(request, limit: options.bodyLimit, allowed: ["year", "reason"])
        let year = try body.requiredInteger("year"), reason = try body.requiredText("reason")
        let version = try await cycle.reopen(session: session, year: year, plan: planCode(request), reason: reason)
        return JSONAnswer.response(.ok, .object([("year", .integer(year)), ("version", .integer(version)), ("reopened", .bool(true))]))
    }

    func report(_ request: Request, context: PlanRequestContext) async throws -> Response {
        _ = try await auth.session(request)
        let year = try FiscalYear.parse(try PageRoutes.pathParameter(context, "year"))
        let format = try YearCycle.format(request, allowed: YearCycle.yearFormats)
        return try cycle.report(year: year, plan: planCode(request), format: format).response
    }

    func periodReport(_ request: Request) async throws -> Response {
        _ = try await auth.session(request)
        guard let fromText = request.uri.queryParameters["from"].map(String.init), let toText = request.uri.queryParameters["to"].map(String.init),
              !fromText.isEmpty, !toText.isEmpty else {
            throw APIError(.badRequest, .periodYearsMissing)
        }
        let from = try FiscalYear.parse(fromText), to = try FiscalYear.parse(toText)
        let format = try YearCycle.format(request, allowed: YearCycle.periodFormats)
        return try cycle.periodReport(from: from, to: to, plan: planCode(request), format: format).response
    }
}

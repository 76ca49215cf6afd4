import Foundation
import HTTPTypes
import Hummingbird
import PlanCore

/// The pages' part of the whole cycle: the 評価シート's download, check and record on the
/// department's page; the freeze, the reopening and the reports on the coordinator's dashboard.
/// Forms without JavaScript: the upload is a multipart form with the session's CSRF token, its
/// findings a page of their own, and the file checked is kept (UploadHold) until 記録する.
extension PageRoutes {
    var cycle: YearCycle { YearCycle(store: store, options: options) }

    func addCycle(to pages: RouterGroup<PlanRequestContext>) {
        pages.get("years/:year/workbook") { request, context in
            let (_, session) = try await auth.session(request)
            return try cycle.workbook(dept: session.dept, year: try year(context), plan: planCode(request)).response
        }
        pages.post("years/:year/workbook/check") { request, context in try await checkWorkbook(request, year: try year(context)) }
        pages.post("years/:year/workbook/record") { request, context in try await recordWorkbook(request, year: try year(context)) }
        pages.post("years/:year/snapshots") { request, context in try await freeze(request, year: try year(context)) }
        pages.post("years/:year/reopenings") { request, context in try await reopen(request, year: try year(context)) }
        pages.get("years/:year/downloads/report") { request, context in
            _ = try await auth.session(request)
            let format = try YearCycle.format(request, allowed: YearCycle.yearFormats)
            return try cycle.report(year: try year(context), plan: planCode(request), format: format).response
        }
        pages.get("years/:year/downloads/period") { request, context in
            _ = try await auth.session(request)
            let fiscalYear = try year(context)
            let format = try YearCycle.format(request, allowed: YearCycle.periodFormats)
            let start = try store.plan(year: fiscalYear, code: planCode(request)).startYear
            return try cycle.periodReport(from: start, to: fiscalYear, plan: planCode(request), format: format).response
        }
    }

    // MARK: The 評価シート

    /// What the department page adds for the workbook: the upload limit, and the notice after a record.
    func workbookValues(_ request: Request) -> [String: Any] {
        let query = request.uri.queryParameters
        var values: [String: Any] = ["uploadLimit": "\(options.uploadLimit / (1024 * 1024)) MB"]
        if query["workbook"] == "recorded", let changed = query["changed"].flatMap({ Int($0) }), let unchanged = query["unchanged"].flatMap({ Int($0) }),
           let blank = query["blank"].flatMap({ Int($0) }) {
            values["notice"] = Message.workbookRecorded(changed: changed, unchanged: unchanged, blank: blank).text(.ja)
        }
        return values
    }

    /// The uploaded form: its fields, with the CSRF token checked; 413 past the upload limit.
    func uploadForm(_ request: Request) async throws -> (Session, MultipartForm) {
        let (_, session) = try await auth.session(request)
        guard let boundary = MultipartForm.boundary(request.headers[.contentType]) else {
            throw APIError(.unsupportedMediaType, .uploadFormMalformed)
        }
        // The form's other fields and the part headers come on top of the file.
        let body = try await YearCycle.collectUpload(request, limit: options.uploadLimit + options.bodyLimit)
        guard let form = MultipartForm.parse(body, boundary: boundary) else { throw APIError(.badRequest, .uploadFormMalformed) }
        try auth.requireCSRF(form.text("csrf_token"), session)
        return (session, form)
    }

    /// A refused upload as the page says it: the reader's advice is written for the command line,
    /// and where it names a command (`--as 企画政策課`, `plandb entry template …`) the page gives
    /// its own instead.
    static func pageText(_ error: PlanError) -> String {
        guard let advice = error.advice?.text(.ja), advice.contains("`plandb ") || advice.contains("`--") else { return error.text(.ja) }
        return error.message.text(.ja) + "\n" + Message.pageUploadRefusedAdvice.text(.ja)
    }

    /// Checks the uploaded sheet (a dry run) and shows its findings cell by cell; when every
    /// cell can be recorded, keeps the file and offers 記録する.
    func checkWorkbook(_ request: Request, year: Int) async throws -> Response {
        let (session, form) = try await uploadForm(request)
        var values = workbookValues(request).merging(["year": year, "yearLabel": FiscalYear.label(year), "dept": session.dept]) { _, page in page }
        guard let file = form.file("file"), !file.data.isEmpty || !(file.fileName ?? "").isEmpty else {
            values["uploadError"] = Message.uploadNoFile.text(.ja)
            return render("workbookCheck", values, status: .unprocessableContent, session: session, year: year, planCode: planCode(request))
        }
        if file.data.count > options.uploadLimit {
            throw APIError(.contentTooLarge, .uploadTooLarge(options.uploadLimit), advice: .uploadTooLargeAdvice)
        }
        let name = YearCycle.safeName(file.fileName ?? "")
        values["fileName"] = name
        do {
            let report = try await cycle.importSheet(file.data, name: name, session: session, year: year, plan: planCode(request), dryRun: true)
            values["checked"] = Message.workbookChecked(changed: report.changed, unchanged: report.unchanged, blank: report.skipped).text(.ja)
            values["changes"] = report.samples.map { ["code": $0.code, "name": $0.name, "previous": $0.previous ?? "", "current": $0.current] }
            values["hasChanges"] = !report.samples.isEmpty
            values["token"] = await hold.keep(user: session.user, year: year, plan: planCode(request), name: name, data: file.data)
            return render("workbookCheck", values, session: session, year: year, planCode: planCode(request))
        } catch let error as PlanError {
            let findings = YearCycle.findings(error)
            values["refused"] = true
            values["error"] = findings.isEmpty ? Self.pageText(error) : Message.pageWorkbookRefused(findings.count).text(.ja)
            values["findings"] = findings.map { ["cell": $0.cell, "code": $0.code ?? "", "error": $0.error] }
            values["hasFindings"] = !findings.isEmpty
            return render("workbookCheck", values, status: APIError(error).status, session: session, year: year, planCode: planCode(request))
        }
    }

    /// Records the file checked before, as the account; back to the department page with the counts.
    func recordWorkbook(_ request: Request, year: Int) async throws -> Response {
        let (session, fields) = try await form(request)
        guard let held = await hold.take(user: session.user, token: fields["upload"] ?? "", year: year) else {
            throw APIError(.conflict, .uploadHoldGone, advice: .uploadHoldGoneAdvice)
        }
        do {
            let report = try await cycle.importSheet(held.data, name: held.name, session: session, year: year, plan: held.plan, dryRun: false)
            let plan = held.plan.map { "&plan=\(Self.percentEncoded($0))" } ?? ""
            return Self.redirect("/years/\(year)?workbook=recorded&changed=\(report.changed)&unchanged=\(report.unchanged)&blank=\(report.skipped)\(plan)#workbook")
        } catch let error as PlanError {
            // What the check accepted can still be refused now (the year was submitted or frozen meanwhile).
            return try await departmentPage(request, year: year, alert: Self.pageText(error), status: APIError(error).status)
        }
    }

    // MARK: The coordinator

    /// What the dashboard adds: the missing entries before a freeze (from the dashboard's
    /// `progress`), the frozen version and the downloads.
    func cycleValues(_ request: Request, year: Int, locked: Bool, progress: [DeptProgress]) throws -> [String: Any] {
        let missing = progress.filter { $0.missing > 0 }
        var values: [String: Any] = [
            "missingDepts": missing.map { ["dept": $0.dept, "missing": $0.missing] as [String: Any] },
            "hasMissing": !missing.isEmpty, "missingTotal": missing.reduce(0) { $0 + $1.missing },
            "yearFormats": YearCycle.yearFormats.map { ["format": $0.rawValue, "label": Self.formatLabel($0)] },
            "periodFormats": YearCycle.periodFormats.map { ["format": $0.rawValue, "label": Self.formatLabel($0)] },
            "periodStart": FiscalYear.label(try store.plan(year: year, code: planCode(request)).startYear),
        ]
        if locked, let info = try? store.read(year: year, plan: planCode(request), { store, plan in try Snapshots(store, plan: plan).find(year: year) }) {
            values["version"] = info.version
            values["sha256"] = info.sha256
        }
        switch request.uri.queryParameters["done"] {
        case "frozen": values["notice"] = Message.snapshotFrozenPage(FiscalYear.label(year), version: (values["version"] as? Int) ?? 0).text(.ja)
        case "reopened": values["notice"] = Message.snapshotReopenedPage(FiscalYear.label(year)).text(.ja)
        default: break
        }
        return values
    }

    static func formatLabel(_ format: SnapshotExportFormat) -> String {
        switch format {
        case .html: return "HTML"
        case .xlsx: return "Excel（.xlsx）"
        case .csv: return "CSV"
        case .json: return "JSON"
        case .opendata: return Message.pageOpenDataLabel.text(.ja)
        case .markdown: return "Markdown"
        }
    }

    func freeze(_ request: Request, year: Int) async throws -> Response {
        let (session, fields) = try await form(request)
        try requireCoordinator(session, year: year, request: request)
        let note = (fields["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            _ = try await cycle.freeze(session: session, year: year, plan: planCode(request), note: note.isEmpty ? nil : note, allowIncomplete: fields["allow_incomplete"] == "1")
            return Self.redirect("/years/\(year)/dashboard?done=frozen")
        } catch let error as PlanError {
            // The command line's advice for an incomplete year names its flag; the page has a box for it.
            let advice = error.message.key.hasPrefix("snapshot.incomplete") ? Message.pageFreezeIncompleteAdvice : error.advice
            return try await dashboard(request, year: year, alert: error.message.text(.ja) + (advice.map { "\n" + $0.text(.ja) } ?? ""), status: APIError(error).status)
        }
    }

    func reopen(_ request: Request, year: Int) async throws -> Response {
        let (session, fields) = try await form(request)
        try requireCoordinator(session, year: year, request: request)
        do {
            _ = try await cycle.reopen(session: session, year: year, plan: planCode(request), reason: fields["reason"] ?? "")
            return Self.redirect("/years/\(year)/dashboard?done=reopened")
        } catch let error as PlanError {
            return try await dashboard(request, year: year, alert: error.text(.ja), status: APIError(error).status)
        }
    }
}

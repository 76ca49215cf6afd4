import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import PlanCore
import SQLiteDB

/// The pages: sign in, a department's year, submit, the coordinator's dashboard and return,
/// the frozen report, and each item's history. Server-rendered, Japanese, no JavaScript. Each
/// write is a form with the session's CSRF token, checked and recorded by the same PlanCore
/// calls as the API.
struct PageRoutes: Sendable {
    let store: PlanStore
    let auth: Authenticator
    let options: ServerOptions
    let library: MustacheLibrary
    /// The 評価シート checked and not yet recorded, one per account (CyclePages).
    let hold = UploadHold()

    func add(to router: Router<PlanRequestContext>) {
        let pages = router.group().add(middleware: PageErrorMiddleware(library: library, plan: store.plan.name))
        pages.get("/") { request, _ in
            let signedIn = (try? await auth.session(request)) != nil
            return Self.redirect(signedIn ? "/years/\(defaultYear())" : "/signin")
        }
        pages.get("signin") { request, _ in signInPage(request) }
        pages.post("signin") { request, context in try await signIn(request, context: context) }
        pages.post("signout") { request, _ in try await signOut(request) }
        pages.get("years/:year") { request, context in try await departmentPage(request, year: try year(context)) }
        pages.post("years/:year/entries") { request, context in try await entry(request, year: try year(context)) }
        pages.post("years/:year/projects") { request, context in try await projectEntry(request, year: try year(context)) }
        pages.post("years/:year/submit") { request, context in try await submit(request, year: try year(context)) }
        pages.get("years/:year/dashboard") { request, context in try await dashboard(request, year: try year(context)) }
        pages.post("years/:year/returns") { request, context in try await returnYear(request, year: try year(context)) }
        pages.get("years/:year/report") { request, context in try await report(request, year: try year(context)) }
        pages.get("items/:code/history") { request, context in try await history(request, code: try Self.pathParameter(context, "code")) }
        pages.get("projects/:code/history") { request, context in try await projectHistory(request, code: try Self.pathParameter(context, "code")) }
        addCycle(to: pages)
    }

    // MARK: Rendering

    func render(
        _ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok, session: Session? = nil, year: Int? = nil,
        planCode: String? = nil
    ) -> Response {
        var values = values
        let plan = (year.flatMap { try? store.plan(year: $0, code: planCode) }) ?? store.plan
        // Forms post back to the plan the page shows, where a year belongs to two.
        values["planQuery"] = planCode.map { "?plan=\($0)" } ?? ""
        // The plan the page shows, unless the page names what it shows itself (the choice of a plan).
        if values["plan"] == nil { values["plan"] = plan.name }
        if let session {
            values["user"] = [
                "name": session.user, "dept": session.dept, "csrf": session.csrfToken, "year": year ?? defaultYear(),
                "coordinator": session.dept == plan.coordinator,
            ] as [String: Any]
        }
        return Self.html(library.render(values, withTemplate: template) ?? "", status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// The year a department reports now: the fiscal year that closed last (April to March),
    /// in whichever plan it belongs to (in May 2028, the old plan's 2027), else within the
    /// current plan's period.
    func defaultYear() -> Int {
        let closed = PlanClock.current.fiscalYear - 1
        if (try? store.plan(year: closed)) != nil { return closed }
        return min(max(closed, store.plan.startYear), store.plan.endYear)
    }

    func year(_ context: PlanRequestContext) throws -> Int {
        try FiscalYear.parse(try Self.pathParameter(context, "year"))
    }

    /// A path parameter as the person wrote it: the browser sends `/years/令和7` as
    /// `/years/%E4%BB%A4%E5%92%8C7`.
    static func pathParameter(_ context: PlanRequestContext, _ name: String) throws -> String {
        guard let decoded = try context.parameters.require(name).removingPercentEncoding else { throw APIError(.notFound, .notFound) }
        return decoded
    }

    /// Letters, digits and `-._~` as they are, everything else %-escaped (UTF-8).
    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The session of a page request, and its form's fields with the CSRF token checked.
    func form(_ request: Request) async throws -> (Session, [String: String]) {
        let (_, session) = try await auth.session(request)
        let fields = try await FormBody.read(request, limit: options.bodyLimit)
        try auth.requireCSRF(fields["csrf_token"], session)
        return (session, fields)
    }

    // MARK: Signing in and out

    /// The sign-in form, with a token of its own that its cookie carries too (see signIn).
    func signInPage(_ request: Request, error: String? = nil, entered: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        let token = request.cookies[auth.signInCookieName]?.value ?? SessionStore.randomToken()
        var response = render("signin", Mustached.compact(["error": error, "entered": entered, "signin_token": token]), status: status)
        response.setCookie(auth.signInCookie(token))
        return response
    }

    /// Signs in from the form. Refused from another site's page: the browser says so
    /// (Sec-Fetch-Site, Origin), and such a page can neither read the form's token nor make the
    /// browser send the form's cookie (SameSite=Strict), so the two never match.
    func signIn(_ request: Request, context: PlanRequestContext) async throws -> Response {
        try auth.requireSameSite(request)
        let fields = try await FormBody.read(request, limit: options.bodyLimit)
        guard let cookie = request.cookies[auth.signInCookieName]?.value, let given = fields["signin_token"],
              Authenticator.constantTimeEqual(given, cookie) else {
            throw APIError(.forbidden, .signInCrossSite, advice: .signInCrossSiteAdvice)
        }
        let user = fields["user"] ?? ""
        let address = context.clientAddress(request, behindProxy: options.behindTLSProxy)
        switch try await auth.signIn(user: user, password: fields["password"] ?? "", address: address, previous: auth.token(request)) {
        case .signedIn(let token, _):
            var response = Self.redirect("/years/\(defaultYear())")
            response.setCookie(auth.cookie(token))
            return response
        case .refused:
            return signInPage(request, error: Message.signInRefused.text(.ja), entered: user, status: .unauthorized)
        case .locked:
            return signInPage(request, error: PlanError(.signInLocked, advice: .signInLockedAdvice).text(.ja), entered: user, status: .tooManyRequests)
        case .addressLimited:
            return signInPage(request, error: PlanError(.signInAddressLimited, advice: .signInLockedAdvice).text(.ja), entered: user, status: .tooManyRequests)
        case .busy:
            return signInPage(request, error: PlanError(.signInBusy, advice: .signInBusyAdvice).text(.ja), entered: user, status: .serviceUnavailable)
        }
    }

    func signOut(_ request: Request) async throws -> Response {
        let (token, session) = try await auth.session(request)
        let fields = try await FormBody.read(request, limit: options.bodyLimit)
        try auth.requireCSRF(fields["csrf_token"], session)
        await auth.signOut(token)
        var response = Self.redirect("/signin")
        response.setCookie(auth.endedCookie())
        return response
    }

    // MARK: The department's year

    /// What the page shows beside one item after a failed save: the values sent and the error.
    struct Attempt {
        let code: String
        let fields: [String: String]
        let error: String
        /// A project's form (its code is a 事業コード, not an item's), and the field the error is
        /// about (the form's field name; nil for a project's error about the whole form).
        var isProject = false
        var field: String? = nil
    }

    func departmentPage(_ request: Request, year: Int, attempt: Attempt? = nil, alert: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let (_, session) = try await auth.session(request)
        let query = request.uri.queryParameters
        if let choice = try choosePlan(request, year: year, session: session, path: "/years/\(year)") { return choice }
        let view = try store.read(year: year, plan: planCode(request)) { store, plan in try DepartmentView.load(store, plan: plan, dept: session.dept, year: year) }
        var values = view.values(
            attempt: attempt, saved: query["saved"].map(String.init), savedProject: query["project_saved"].map(String.init), csrf: session.csrfToken)
        if query["done"] == "submitted" { values["notice"] = Message.pageSubmitted.text(.ja) }
        values.merge(workbookValues(request)) { _, workbook in workbook }
        if let alert {
            values["alert"] = alert
            values["errorSummary"] = nil
        }
        return render("department", values, status: status, session: session, year: year, planCode: planCode(request))
    }

    func entry(_ request: Request, year: Int) async throws -> Response {
        let (session, fields) = try await form(request)
        guard let kind = fields["kind"].flatMap(ReportItem.Kind.init(rawValue:)), let code = fields["code"], !code.isEmpty else {
            throw APIError(.badRequest, .badKind)
        }
        guard let stage = Recorder.Stage(rawValue: fields["stage"] ?? "一次") else { throw APIError(.badRequest, .badStage) }
        // A form sends every field: an empty one clears the text, as `--note ""` does.
        let entry = WebEntry(
            kind: kind, code: code, year: year, value: fields["value"] ?? "", note: fields["note"], grade: fields["grade"] ?? "",
            next: fields["next"], result: fields["result"], challenge: fields["challenge"], comment: fields["comment"], stage: stage,
            confirmed: fields["confirm"] == "1")
        return try await save(request, year: year, saved: { "/years/\(year)?saved=\($0)#item-\($0)" }, attempt: { error in
            Attempt(code: code, fields: fields, error: error.text(.ja), field: WebEntry.field(of: error, kind: kind))
        }) { store, plan in
            try entry.record(in: store, plan: plan, dept: session.dept, user: session.user)
        }
    }

    /// Records one form's entry: back to the page at the saved row, or the page again with the
    /// values sent and the error beside the row (on top too, when it is not about a value).
    func save(
        _ request: Request, year: Int, saved location: (String) -> String, attempt: (PlanError) -> Attempt,
        _ record: @Sendable (PlanDatabase, PlanRef) throws -> RecordOutcome
    ) async throws -> Response {
        do {
            let outcome = try await store.write(deadline: options.writeDeadline, year: year, plan: planCode(request), record)
            // The row's own code (the form may name it by a part of its name), percent-encoded:
            // a Location header carries ASCII only.
            return Self.redirect(location(Self.percentEncoded(outcome.code)))
        } catch let error as PlanError {
            let refusal = APIError(error)
            return try await departmentPage(
                request, year: year, attempt: attempt(error), alert: refusal.status == .unprocessableContent ? nil : error.text(.ja), status: refusal.status)
        }
    }

    /// Records a project's year from its form: 人工 per rated kind and the 事務事業評価.
    func projectEntry(_ request: Request, year: Int) async throws -> Response {
        let (session, fields) = try await form(request)
        guard let code = fields["code"], !code.isEmpty else { throw APIError(.badRequest, .missingField("code")) }
        let entry = ProjectEntry(code: code, year: year, form: fields)
        return try await save(request, year: year, saved: { "/years/\(year)?project_saved=\($0)#project-\($0)" }, attempt: { error in
            Attempt(code: code, fields: fields, error: error.text(.ja), isProject: true, field: ProjectEntry.field(of: error)?.rawValue)
        }) { store, plan in
            try entry.record(in: store, plan: plan, dept: session.dept, user: session.user)
        }
    }

    func submit(_ request: Request, year: Int) async throws -> Response {
        let (session, _) = try await form(request)
        do {
            _ = try await store.write(deadline: options.writeDeadline, year: year, plan: planCode(request)) { store, plan in try Submissions(store, plan: plan).submit(year: year, dept: session.dept, actor: session.user) }
            return Self.redirect("/years/\(year)?done=submitted")
        } catch let error as PlanError {
            return try await departmentPage(request, year: year, alert: error.text(.ja), status: APIError(error).status)
        }
    }

    // MARK: The coordinator

    /// Only the coordinator of the plan the year belongs to.
    func requireCoordinator(_ session: Session, year: Int, request: Request) throws {
        guard session.dept == (try store.plan(year: year, code: planCode(request))).coordinator else { throw APIError(.forbidden, .pageCoordinatorOnly) }
    }

    /// Where `year` belongs to two plans and the page names none, the page that lets the clerk
    /// choose one; nil when the year (or `?plan=`) already chooses.
    func choosePlan(_ request: Request, year: Int, session: Session, path: String) throws -> Response? {
        guard planCode(request) == nil else { return nil }
        let plans = try store.read { store in try PlanRef.all(store) }.filter { ($0.startYear...$0.endYear).contains(year) }
        guard plans.count > 1 else { return nil }
        var municipalities: [String] = []
        for plan in plans where !municipalities.contains(plan.municipality) { municipalities.append(plan.municipality) }
        let values: [String: Any] = [
            // The header names the town, not one of the plans the clerk is asked to choose between.
            "plan": municipalities.joined(separator: "、"),
            "yearLabel": FiscalYear.label(year),
            "plans": plans.map { ["path": path, "code": $0.code, "name": $0.name, "start": $0.startYear, "end": $0.endYear] as [String: Any] },
        ]
        return render("choosePlan", values, session: session, year: year, planCode: plans[0].code)
    }

    func dashboard(_ request: Request, year: Int, alert: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let (_, session) = try await auth.session(request)
        if let choice = try choosePlan(request, year: year, session: session, path: "/years/\(year)/dashboard") { return choice }
        try requireCoordinator(session, year: year, request: request)
        let (progress, locked) = try store.read(year: year, plan: planCode(request)) { store, plan in
            (try Completion(store, plan: plan).progress(year: year, seenBy: session.dept), try Submissions(store, plan: plan).isLocked(year: year))
        }
        let rows: [[String: Any]] = progress.map {
            Mustached.compact([
                "dept": $0.dept, "required": $0.required, "entered": $0.entered, "missing": $0.missing, "state": $0.submission.state.rawValue,
                "at": JapanTime.display($0.submission.at ?? ""), "actor": $0.submission.actor ?? "", "reason": $0.submission.reason,
                "submitted": $0.submission.state == .submitted, "year": year, "csrf": session.csrfToken,
            ])
        }
        var values = Mustached.compact([
            "year": year, "yearLabel": FiscalYear.label(year), "rows": rows, "report": locked, "alert": alert,
            "notice": request.uri.queryParameters["done"] == "returned" ? Message.pageReturned.text(.ja) : nil,
        ])
        values.merge(try cycleValues(request, year: year, locked: locked, progress: progress)) { page, _ in page }
        return render("dashboard", values, status: status, session: session, year: year, planCode: planCode(request))
    }

    func returnYear(_ request: Request, year: Int) async throws -> Response {
        let (session, fields) = try await form(request)
        try requireCoordinator(session, year: year, request: request)
        let dept = fields["dept"] ?? "", reason = fields["reason"] ?? ""
        do {
            _ = try await store.write(deadline: options.writeDeadline, year: year, plan: planCode(request)) { store, plan in
                try Submissions(store, plan: plan).returnYear(year, to: dept, reason: reason, by: session.dept, actor: session.user)
            }
            return Self.redirect("/years/\(year)/dashboard?done=returned")
        } catch let error as PlanError {
            return try await dashboard(request, year: year, alert: error.text(.ja), status: APIError(error).status)
        }
    }

    func report(_ request: Request, year: Int) async throws -> Response {
        _ = try await auth.session(request)
        let html = try store.read(year: year, plan: planCode(request)) { store, plan -> String? in
            guard try Submissions(store, plan: plan).isLocked(year: year) else { return nil }
            return try SnapshotExport(store, plan: plan, snapshot: try Snapshots(store, plan: plan).find(year: year)).text(.html)
        }
        guard let html else { throw APIError(.notFound, .pageNotFrozen, advice: .pageNotFrozenAdvice) }
        return Self.html(html)
    }

    // MARK: History

    func history(_ request: Request, code: String) async throws -> Response {
        try await history(request) { store, plan in
            let item = try PlanLookup(store, plan: plan).find(code, kinds: [.indicator, .initiative, .policy])
            return (item.code, item.name)
        }
    }

    /// A 事務事業's history: its 人工, evaluations and budget figures.
    func projectHistory(_ request: Request, code: String) async throws -> Response {
        try await history(request) { store, plan in
            let project = try Projects(store, plan: plan).find(code)
            return (code, project["name"].map(CellTextBridge.text) ?? "")
        }
    }

    /// The history page of what `find` names (its code and name), as the department may read it.
    func history(_ request: Request, find: (PlanDatabase, PlanRef) throws -> (code: String, name: String)) async throws -> Response {
        let (_, session) = try await auth.session(request)
        // The item of the plan of `?year=` (the department page links with its year), or `?plan=`.
        let year = request.uri.queryParameters["year"].flatMap { try? FiscalYear.parse(String($0)) }
        let (item, rows) = try store.read(year: year, plan: planCode(request)) { store, plan in
            let item = try find(store, plan)
            return (item, try History(store, plan: plan).rows(code: item.code, seenBy: session.dept))
        }
        let index = Dictionary(uniqueKeysWithValues: rows.columns.enumerated().map { ($1, $0) })
        func cell(_ row: [Value], _ name: String) -> String { index[name].map { CellTextBridge.text(row[$0]) } ?? "" }
        let values: [String: Any] = [
            "code": item.code, "name": item.name,
            "rows": rows.rows.map { row in
                ["at": JapanTime.display(cell(row, "at")), "year": cell(row, "fiscal_year"), "dept": cell(row, "dept"), "actor": cell(row, "actor"),
                 "field": Message.historyField(cell(row, "field"))?.text(.ja) ?? cell(row, "field"), "old": cell(row, "old_value"), "new": cell(row, "new_value")]
            },
        ]
        return render("history", values, session: session)
    }
}

/// A page's refusal as a Japanese page with its status; no session sends the browser to sign in.
struct PageErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let library: MustacheLibrary
    let plan: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let answer = APIError.from(error, logger: context.logger)
            if answer.status == .unauthorized { return PageRoutes.redirect("/signin") }
            return Self.page(answer, library: library, plan: plan)
        }
    }

    /// A refusal as a Japanese page with its status.
    static func page(_ answer: APIError, library: MustacheLibrary, plan: String) -> Response {
        let values = Mustached.compact([
            "plan": plan, "heading": Message.pageRefused.text(.ja), "message": answer.message.text(.ja), "advice": answer.advice?.text(.ja),
        ])
        return PageRoutes.html(library.render(values, withTemplate: "problem") ?? "", status: answer.status)
    }
}

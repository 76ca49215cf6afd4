import Foundation
import HTTPTypes
import Hummingbird
import PlanCore

/// The JSON API of DESIGN.md ("plandb serve (contract)"). Each route reads its input, calls
/// PlanCore and writes the answer; the rules are PlanCore's, the same as the command line's.
struct APIRoutes: Sendable {
    let store: PlanStore
    let auth: Authenticator
    let options: ServerOptions

    func add(to router: Router<PlanRequestContext>) {
        let api = router.group("api/v1").add(middleware: APIErrorMiddleware())
        api.post("session") { request, context in try await signIn(request, context: context) }
        api.delete("session") { request, _ in try await signOut(request) }
        api.get("items") { request, _ in try await items(request) }
        api.post("entries") { request, _ in try await entry(request) }
        api.get("status") { request, _ in try await status(request) }
        api.post("submissions") { request, _ in try await submit(request) }
        api.post("returns") { request, _ in try await returnYear(request) }
        api.get("projects") { request, _ in try await projects(request) }
        api.put("projects/:code/years/:year") { request, context in try await project(request, context: context) }
        addCycle(to: api)
    }

    func signIn(_ request: Request, context: PlanRequestContext) async throws -> Response {
        try auth.requireSameSite(request)
        let body = try await JSONObject.read(request, limit: options.bodyLimit, allowed: ["user", "password"])
        let user = try body.requiredText("user"), password = try body.requiredText("password")
        let address = context.clientAddress(request, behindProxy: options.behindTLSProxy)
        switch try await auth.signIn(user: user, password: password, address: address, previous: auth.token(request)) {
        case .signedIn(let token, let session):
            var response = JSONAnswer.response(.ok, .object([
                ("user", .string(session.user)), ("dept", .string(session.dept)), ("csrf_token", .string(session.csrfToken)),
            ]))
            response.setCookie(auth.cookie(token))
            return response
        case .refused:
            throw APIError(.unauthorized, .signInRefused)
        case .locked:
            throw APIError(.tooManyRequests, .signInLocked, advice: .signInLockedAdvice)
        case .addressLimited:
            throw APIError(.tooManyRequests, .signInAddressLimited, advice: .signInLockedAdvice)
        case .busy:
            throw APIError(.serviceUnavailable, .signInBusy, advice: .signInBusyAdvice)
        }
    }

    func signOut(_ request: Request) async throws -> Response {
        let (token, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        await auth.signOut(token)
        var response = Response(status: .noContent)
        response.setCookie(auth.endedCookie())
        return response
    }

    /// The signed-in session and the year of `?year=`.
    func sessionAndYear(_ request: Request) async throws -> (Session, Int) {
        let (_, session) = try await auth.session(request)
        guard let text = request.uri.queryParameters["year"].map(String.init), !text.isEmpty else {
            throw APIError(.badRequest, .yearMissing)
        }
        return (session, try FiscalYear.parse(text))
    }

    func items(_ request: Request) async throws -> Response {
        let (session, year) = try await sessionAndYear(request)
        let items = try store.read(year: year, plan: planCode(request)) { store, plan in try DepartmentYear(store, plan: plan).items(dept: session.dept, year: year) }
        return JSONAnswer.response(.ok, .array(items.map(Self.json)))
    }

    static func json(_ item: ReportItem) -> JSON {
        var members: [(String, JSON)] = [("kind", .string(item.kind.rawValue)), ("code", .string(item.code)), ("name", .string(item.name))]
        if let stage = item.stage { members.append(("stage", .string(stage.rawValue))) }
        members += [
            ("unit", .optional(item.unit)), ("baseline", .optional(item.baseline)), ("target", .optional(item.target)),
            ("last_year", .optional(item.lastYear)),
            ("current", item.current.map { fields in
                .object(fields.map { ($0.name, JSON.optional($0.value)) } + [("recorded_at", .optional(item.recordedAt))])
            } ?? .null),
        ]
        return .object(members)
    }

    static let entryFields: [ReportItem.Kind: Set<String>] = [
        .indicator: ["kind", "code", "year", "value", "note", "confirm"],
        .initiative: ["kind", "code", "year", "grade", "next", "result", "challenge"],
        .policy: ["kind", "code", "year", "grade", "comment", "stage"],
    ]

    func entry(_ request: Request) async throws -> Response {
        let (_, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        let all = Self.entryFields.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        let body = try await JSONObject.read(request, limit: options.bodyLimit, allowed: all)
        guard let kind = ReportItem.Kind(rawValue: try body.requiredText("kind")), let allowed = Self.entryFields[kind] else {
            throw APIError(.badRequest, .badKind)
        }
        let unknown = body.fields.keys.filter { !allowed.contains($0) }.sorted()
        if !unknown.isEmpty { throw APIError(.badRequest, .unknownFields(unknown.joined(separator: ", "))) }
        let entry = try WebEntry(kind: kind, body: body)
        let outcome = try await store.write(deadline: options.writeDeadline, year: entry.year, plan: planCode(request)) { store, plan in
            try entry.record(in: store, plan: plan, dept: session.dept, user: session.user)
        }
        return JSONAnswer.response(.ok, Self.json(outcome))
    }

    static func json(_ outcome: RecordOutcome) -> JSON {
        .object([
            ("result", .string(outcome.result.rawValue)), ("code", .string(outcome.code)), ("name", .string(outcome.name)),
            ("year", .integer(outcome.fiscalYear)), ("previous", .optional(outcome.previous)), ("current", .string(outcome.current)),
        ])
    }

    /// The year's projects of the signed-in department (the coordinator's: every department's),
    /// with what is recorded and their cost.
    func projects(_ request: Request) async throws -> Response {
        let (session, year) = try await sessionAndYear(request)
        let projects = try store.read(year: year, plan: planCode(request)) { store, plan in
            try Projects(store, plan: plan).entries(year: year, dept: session.dept == plan.coordinator ? nil : session.dept)
        }
        return JSONAnswer.response(.ok, .array(projects.map(Self.json)))
    }

    static func json(_ project: ProjectYear) -> JSON {
        func number(_ value: Int64?) -> JSON { value.map { .integer(Int($0)) } ?? .null }
        return .object([
            ("code", .string(project.code)), ("name", .string(project.name)), ("dept", .string(project.dept)),
            ("start_year", project.startYear.map(JSON.integer) ?? .null), ("end_year", project.endYear.map(JSON.integer) ?? .null),
            ("staff", .object(project.staff.map { ($0.kind, JSON.string($0.personYears)) })),
            ("grade", .optional(project.grade)), ("next_direction", .optional(project.nextDirection)), ("result", .optional(project.result)),
            ("challenge", .optional(project.challenge)), ("recorded_at", .optional(project.recordedAt)),
            ("cost", .object([
                ("budget", number(project.budget)), ("settled", number(project.settled)), ("personnel_cost", number(project.personnelCost)),
                ("full_cost", number(project.fullCost)), ("general_revenue", number(project.generalRevenue)), ("basis", .optional(project.basis)),
            ])),
        ])
    }

    /// Records one project's year: `PUT /api/v1/projects/{code}/years/{year}`.
    func project(_ request: Request, context: PlanRequestContext) async throws -> Response {
        let (_, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        let code = try PageRoutes.pathParameter(context, "code")
        let year = try FiscalYear.parse(try PageRoutes.pathParameter(context, "year"))
        let body = try await JSONObject.read(request, limit: options.bodyLimit, allowed: ProjectEntry.apiFields)
        let entry = try ProjectEntry(code: code, year: year, body: body)
        let outcome = try await store.write(deadline: options.writeDeadline, year: year, plan: planCode(request)) { store, plan in
            try entry.record(in: store, plan: plan, dept: session.dept, user: session.user)
        }
        return JSONAnswer.response(.ok, Self.json(outcome))
    }

    func status(_ request: Request) async throws -> Response {
        let (session, year) = try await sessionAndYear(request)
        let progress = try store.read(year: year, plan: planCode(request)) { store, plan in try Completion(store, plan: plan).progress(year: year, seenBy: session.dept) }
        return JSONAnswer.response(.ok, .array(progress.map(Self.json)))
    }

    static func json(_ progress: DeptProgress) -> JSON {
        .object([
            ("dept", .string(progress.dept)), ("required", .integer(progress.required)), ("entered", .integer(progress.entered)),
            ("missing", .integer(progress.missing)), ("state", .string(progress.submission.state.rawValue)),
            ("at", .optional(progress.submission.at)), ("actor", .optional(progress.submission.actor)),
            ("reason", .optional(progress.submission.reason)),
        ])
    }

    func submit(_ request: Request) async throws -> Response {
        let (_, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        let body = try await JSONObject.read(request, limit: options.bodyLimit, allowed: ["year"])
        let year = try body.requiredInteger("year")
        let message = try await store.write(deadline: options.writeDeadline, year: year, plan: planCode(request)) { store, plan in
            try Submissions(store, plan: plan).submit(year: year, dept: session.dept, actor: session.user)
        }
        return try submissionAnswer(dept: session.dept, year: year, plan: planCode(request), message: message)
    }

    func returnYear(_ request: Request) async throws -> Response {
        let (_, session) = try await auth.session(request)
        try auth.requireCSRF(request.headers[Authenticator.csrfHeader], session)
        let body = try await JSONObject.read(request, limit: options.bodyLimit, allowed: ["dept", "year", "reason"])
        let dept = try body.requiredText("dept"), year = try body.requiredInteger("year"), reason = try body.requiredText("reason")
        let message = try await store.write(deadline: options.writeDeadline, year: year, plan: planCode(request)) { store, plan in
            try Submissions(store, plan: plan).returnYear(year, to: dept, reason: reason, by: session.dept, actor: session.user)
        }
        return try submissionAnswer(dept: dept, year: year, plan: planCode(request), message: message)
    }

    /// The department's state after a submit or return, and the sentence that says so.
    func submissionAnswer(dept: String, year: Int, plan code: String?, message: Message) throws -> Response {
        let state = try store.read(year: year, plan: code) { store, plan in try Submissions(store, plan: plan).state(of: dept, year: year) }
        return JSONAnswer.response(.ok, .object([
            ("dept", .string(state.dept)), ("year", .integer(year)), ("state", .string(state.state.rawValue)),
            ("at", .optional(state.at)), ("actor", .optional(state.actor)), ("reason", .optional(state.reason)),
            ("message", .string(message.text(.ja))),
        ]))
    }
}

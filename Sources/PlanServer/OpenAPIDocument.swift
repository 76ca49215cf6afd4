/// GET /openapi.json: the API of DESIGN.md as an OpenAPI 3 document, written by hand so that
/// it says exactly what the routes do, status by status.
enum OpenAPIDocument {
    static func ref(_ name: String) -> JSON { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    static func answer(_ description: String, _ schema: JSON? = nil) -> JSON {
        guard let schema else { return .object([("description", .string(description))]) }
        return .object([
            ("description", .string(description)),
            ("content", .object([("application/json", .object([("schema", schema)]))])),
        ])
    }

    static let error = answer("{\"error\": \"…\", \"advice\": \"…\"} in Japanese", ref("Error"))
    static let csrf: JSON = .object([
        ("name", .string("X-CSRF-Token")), ("in", .string("header")), ("required", .bool(true)),
        ("schema", .object([("type", .string("string"))])),
        ("description", .string("the csrf_token of the sign-in answer")),
    ])
    static let plan: JSON = .object([
        ("name", .string("plan")), ("in", .string("query")), ("required", .bool(false)),
        ("schema", .object([("type", .string("string"))])),
        ("description", .string("the plan's code, where the year belongs to two plans; the year chooses the plan otherwise")),
    ])
    static let year: JSON = .object([
        ("name", .string("year")), ("in", .string("query")), ("required", .bool(true)),
        ("schema", .object([("type", .string("string"))])), ("description", .string("fiscal year: 2024, 令和6 or R6")),
        ("example", .string("2024")),
    ])

    static func pathParameter(_ name: String, _ description: String) -> JSON {
        .object([
            ("name", .string(name)), ("in", .string("path")), ("required", .bool(true)),
            ("schema", .object([("type", .string("string"))])), ("description", .string(description)),
        ])
    }

    /// A body for each kind of request, as README shows them: what a client (and schemathesis)
    /// can start from.
    static let examples: [String: JSON] = [
        "SignIn": .object([("user", .string("sato")), ("password", .string("correct horse"))]),
        "Entry": .object([("kind", .string("indicator")), ("code", .string("6-7-I2")), ("year", .integer(2024)), ("value", .string("512,345"))]),
        "Submission": .object([("year", .integer(2024))]),
        "Return": .object([("dept", .string("企画政策課")), ("year", .integer(2024)), ("reason", .string("実績値再確認"))]),
        "Freeze": .object([("year", .integer(2024)), ("note", .string("速報値")), ("allow_incomplete", .bool(false))]),
        "Reopening": .object([("year", .integer(2024)), ("reason", .string("実績値訂正"))]),
    ]

    /// A file's body, as a media type's content.
    static let binary: JSON = .object([("schema", .object([("type", .string("string")), ("format", .string("binary"))]))])

    /// A file answer: its media types, each a binary (or text) body.
    static func file(_ description: String, _ types: [String]) -> JSON {
        .object([
            ("description", .string(description)),
            ("content", .object(types.map { ($0, binary) })),
        ])
    }

    static func query(_ name: String, _ description: String, required: Bool, values: [String]? = nil) -> JSON {
        var schema: [(String, JSON)] = [("type", .string("string"))]
        if let values { schema.append(("enum", .array(values.map(JSON.string)))) }
        return .object([
            ("name", .string(name)), ("in", .string("query")), ("required", .bool(required)), ("schema", .object(schema)),
            ("description", .string(description)),
        ])
    }

    /// The whole cycle in the browser (DESIGN.md): the 評価シート, the freeze, the reopening, the reports.
    static let cyclePaths: [(String, JSON)] = [
        ("/api/v1/workbook", .object([
            ("get", operation("the signed-in department's entry workbook (.xlsx) for the year, as `entry template` writes it", parameters: [year, plan], [
                ("200", file("the workbook", [YearCycle.xlsxType])),
                ("400", answer("no year", ref("Error"))), ("401", common[1].1),
                ("409", answer("the year is locked", ref("Error"))),
                ("422", answer("a year that does not parse or is outside every plan, " + planChoice, ref("Error"))), unreadable,
            ])),
            ("post", .object([
                ("summary", .string("check (dry_run=1) or record a filled-in entry workbook (.xlsx) or CSV for the signed-in department, as its account; all or nothing")),
                ("parameters", .array([year, query("dry_run", "1: check every cell and record nothing", required: false, values: ["0", "1"]), csrf, plan])),
                ("requestBody", .object([("required", .bool(true)), ("content", .object([
                    (YearCycle.xlsxType, binary),
                    ("text/csv", .object([("schema", .object([("type", .string("string"))]))])),
                    ("application/octet-stream", binary),
                ]))])),
                ("responses", .object([
                    ("200", answer("checked or recorded: how many entries change, stay and are blank", ref("SheetImport"))),
                    ("400", answer("no year, or dry_run neither 0 nor 1", ref("Error"))), ("401", common[1].1),
                    ("403", answer("no valid CSRF token, or the workbook is another department's", ref("Error"))),
                    ("409", answer("the year is locked or already submitted", ref("Error"))),
                    ("413", answer("the file is over the upload limit; the connection closes", ref("Error"))),
                    ("415", answer("not sent as .xlsx, text/csv or application/octet-stream", ref("Error"))),
                    ("422", answer("the file or some of its cells cannot be recorded (each named in cells); nothing was recorded", ref("SheetRefusal"))),
                    busy,
                ])),
            ])),
        ])),
        ("/api/v1/snapshots", .object([("post", operation("freeze the year (coordinator only)", parameters: [csrf, plan], body: "Freeze", write + [
            ("200", answer("frozen", ref("Snapshot"))),
            ("409", answer("entries are missing (each department's count in missing) or the year is already frozen", ref("FreezeRefusal"))),
            ("422", answer("a year outside every plan, " + planChoice, ref("Error"))),
        ]))])),
        ("/api/v1/reopenings", .object([("post", operation("reopen a frozen year with a reason (coordinator only)", parameters: [csrf, plan], body: "Reopening", write + [
            ("200", answer("reopened", ref("Reopened"))), ("409", answer("the year is not frozen", ref("Error"))),
            ("422", answer("no reason, a year outside every plan, " + planChoice, ref("Error"))),
        ]))])),
        ("/api/v1/reports/{year}", .object([("get", operation("the frozen year's report (its latest version); opendata is a zip of the open data files",
            parameters: [pathParameter("year", "fiscal year: 2024, 令和6 or R6"),
                         query("format", "html (default), xlsx, csv, json or opendata", required: false, values: YearCycle.yearFormats.map(\.rawValue)), plan], [
            ("200", file("the report", YearCycle.yearFormats.map(YearCycle.contentType))), ("401", common[1].1),
            ("404", answer("the year has no snapshot", ref("Error"))),
            ("422", answer("a year that does not parse or is outside every plan, an unknown format, " + planChoice, ref("Error"))), unreadable,
        ]))])),
        ("/api/v1/period-report", .object([("get", operation("the period report (`plandb report`): each year from its latest snapshot, or live and marked 未確定",
            parameters: [query("from", "the first fiscal year", required: true), query("to", "the last fiscal year", required: true),
                         query("format", "html (default), xlsx, csv or json", required: false, values: YearCycle.periodFormats.map(\.rawValue)), plan], [
            ("200", file("the report", YearCycle.periodFormats.map(YearCycle.contentType))), ("400", answer("no from or to", ref("Error"))), ("401", common[1].1),
            ("422", answer("a year that does not parse, a period outside the plan, an unknown format, " + planChoice, ref("Error"))), unreadable,
        ]))])),
    ]

    static func body(_ schema: String) -> JSON {
        var media: [(String, JSON)] = [("schema", ref(schema))]
        if let example = examples[schema] { media.append(("example", example)) }
        return .object([("required", .bool(true)), ("content", .object([("application/json", .object(media))]))])
    }

    static func operation(_ summary: String, parameters: [JSON] = [], body: String? = nil, _ answers: [(String, JSON)]) -> JSON {
        var members: [(String, JSON)] = [("summary", .string(summary))]
        if !parameters.isEmpty { members.append(("parameters", .array(parameters))) }
        if let body { members.append(("requestBody", Self.body(body))) }
        members.append(("responses", .object(answers)))
        return .object(members)
    }

    /// A property's schema: `"string"`, or `"string?"` for a string or null.
    static func property(_ type: String) -> JSON {
        guard type.hasSuffix("?") else { return .object([("type", .string(type))]) }
        return .object([("type", .string(String(type.dropLast()))), ("nullable", .bool(true))])
    }

    static func object(_ properties: [(String, String)], required: [String], additional: Bool = false) -> JSON {
        .object([
            ("type", .string("object")),
            ("properties", .object(properties.map { ($0.0, property($0.1)) })),
            ("required", .array(required.map(JSON.string))),
            ("additionalProperties", .bool(additional)),
        ])
    }

    static let common: [(String, JSON)] = [("400", answer("malformed JSON (strict: no trailing comma or duplicate key), an unknown field, a wrong type or a missing field", ref("Error"))),
                                          ("401", answer("not signed in", ref("Error"))), ("413", answer("the body is over the size limit; the connection closes", ref("Error"))),
                                          ("415", answer("the body is not sent as Content-Type: application/json", ref("Error")))]
    static let busy: (String, JSON) = ("503", answer("the database stayed busy past the request's deadline (another write, or a command-line import or backup)", ref("Error")))
    static let unreadable: (String, JSON) = ("503", answer("the database could not be read just now (a disk failure, or a file changed under the server): try again", ref("Error")))
    static let planChoice = "an unknown ?plan=, or a year two plans share without ?plan="
    static let write: [(String, JSON)] = [common[0], common[1], common[2],
                                          ("403", answer("no valid CSRF token, or the department is not responsible (the message names who is)", ref("Error"))),
                                          common[3], busy]

    static let document: JSON = .object([
        ("openapi", .string("3.0.3")),
        ("info", .object([("title", .string("plandb serve")), ("version", .string("1")),
                          ("description", .string("Each account records for its own department. Sign in, keep the session cookie, send csrf_token as X-CSRF-Token on every write."))])),
        ("paths", .object([
            ("/healthz", .object([("get", operation("the server is up", [("200", answer("ok"))]))])),
            ("/api/v1/session", .object([
                ("post", operation("sign in", body: "SignIn", [
                    ("200", answer("signed in; the session cookie is set (HttpOnly, SameSite=Strict)", ref("Session"))),
                    ("400", common[0].1), ("401", answer("unknown account or wrong password (one answer for both)", ref("Error"))),
                    ("403", answer("sent by a page of another site (Origin or Sec-Fetch-Site)", ref("Error"))),
                    ("413", common[2].1), ("415", common[3].1),
                    ("429", answer("too many failures: the name, or the client's address, is locked for a while", ref("Error"))),
                    ("503", answer("too many password checks at once: try again in a few seconds", ref("Error"))),
                ])),
                ("delete", operation("sign out", parameters: [csrf], [("204", answer("the session is gone")), ("401", common[1].1), ("403", write[3].1)])),
            ])),
            ("/api/v1/items", .object([("get", operation("what the signed-in department must report", parameters: [year, plan], [
                ("200", answer("the items", .object([("type", .string("array")), ("items", ref("Item"))]))),
                ("400", answer("no year", ref("Error"))), ("401", common[1].1),
                ("422", answer("a year that does not parse or is outside every plan, " + planChoice, ref("Error"))), unreadable,
            ]))])),
            ("/api/v1/entries", .object([("post", operation("record one entry", parameters: [csrf, plan], body: "Entry", write + [
                ("200", answer("recorded or unchanged", ref("Outcome"))),
                ("409", answer("the year is locked or already submitted", ref("Error"))),
                ("422", answer("a value, grade, next direction, code or year that does not parse, a text over 4,000 characters or holding a control character, " + planChoice, ref("Error"))),
            ]))])),
            ("/api/v1/status", .object([("get", operation("required, entered, missing and state per department (the coordinator sees all)", parameters: [year, plan], [
                ("200", answer("the departments", .object([("type", .string("array")), ("items", ref("Status"))]))),
                ("400", answer("no year", ref("Error"))), ("401", common[1].1),
                ("422", answer("a year that does not parse or is outside every plan, " + planChoice, ref("Error"))), unreadable,
            ]))])),
            ("/api/v1/submissions", .object([("post", operation("submit the signed-in department's year", parameters: [csrf, plan], body: "Submission", write + [
                ("200", answer("submitted", ref("SubmissionState"))), ("409", answer("already submitted, or the year is locked", ref("Error"))),
                ("422", answer("a year outside every plan, " + planChoice, ref("Error"))),
            ]))])),
            ("/api/v1/returns", .object([("post", operation("return a department's submitted year (coordinator only)", parameters: [csrf, plan], body: "Return", write + [
                ("200", answer("returned", ref("SubmissionState"))), ("409", answer("not submitted, or the year is locked", ref("Error"))),
                ("422", answer("no reason, an unknown department, a year outside every plan, " + planChoice, ref("Error"))),
            ]))])),
            ("/api/v1/projects", .object([("get", operation("the year's 事務事業 of the signed-in department (the coordinator sees all), with their 人工, evaluation and cost", parameters: [year, plan], [
                ("200", answer("the projects", .object([("type", .string("array")), ("items", ref("Project"))]))),
                ("400", answer("no year", ref("Error"))), ("401", common[1].1), ("422", answer("a year that does not parse or is outside the plan", ref("Error"))),
            ]))])),
            ("/api/v1/projects/{code}/years/{year}", .object([("put", operation(
                "record one project's year: 人工 per staff kind rated for the year, and its 事務事業評価 (a field left out keeps what is recorded, an empty text clears it)",
                parameters: [pathParameter("code", "the project's code, as the finance system writes it (leading zeros kept)"), pathParameter("year", "fiscal year: 2024, 令和6 or R6"), csrf, plan],
                body: "ProjectEntry", write + [
                    ("200", answer("recorded or unchanged", ref("Outcome"))),
                    ("409", answer("the year is locked or already submitted", ref("Error"))),
                    ("422", answer("an unknown project, a year outside the plan or the project's years, a staff kind without a rate for the year, person-years that do not parse, a grade or next direction not in the plan's vocabulary, no grade for a first evaluation, or nothing to record", ref("Error"))),
                ]))])),
            ("/openapi.json", .object([("get", operation("this document", [("200", answer("OpenAPI 3"))]))])),
        ] + cyclePaths)),
        ("components", .object([("schemas", .object([
            ("Error", object([("error", "string"), ("advice", "string")], required: ["error"])),
            ("SignIn", object([("user", "string"), ("password", "string")], required: ["user", "password"])),
            ("Session", object([("user", "string"), ("dept", "string"), ("csrf_token", "string")], required: ["user", "dept", "csrf_token"])),
            ("Item", object([("kind", "string"), ("code", "string"), ("name", "string"), ("stage", "string"), ("unit", "string?"), ("baseline", "string?"),
                             ("target", "string?"), ("last_year", "string?"), ("current", "object?")], required: ["kind", "code", "name", "current"], additional: true)),
            ("Entry", object([("kind", "string"), ("code", "string"), ("year", "integer"), ("value", "string"), ("note", "string"), ("grade", "string"),
                              ("next", "string"), ("result", "string"), ("challenge", "string"), ("comment", "string"), ("stage", "string"),
                              ("confirm", "boolean")],
                             required: ["kind", "code", "year"])),
            ("Outcome", object([("result", "string"), ("code", "string"), ("name", "string"), ("year", "integer"), ("previous", "string?"), ("current", "string")],
                               required: ["result", "code"], additional: true)),
            ("Project", .object([
                ("type", .string("object")),
                ("properties", .object([
                    ("code", .object([("type", .string("string"))])), ("name", .object([("type", .string("string"))])),
                    ("dept", .object([("type", .string("string"))])), ("start_year", .object([("type", .string("integer"))])),
                    ("end_year", .object([("type", .string("integer"))])),
                    ("staff", .object([("type", .string("object")), ("additionalProperties", .object([("type", .string("string"))])),
                                       ("description", .string("person-years per staff kind, two decimals: {\"正職員\": \"1.10\"}"))])),
                    ("grade", .object([("type", .string("string"))])), ("next_direction", .object([("type", .string("string"))])),
                    ("result", .object([("type", .string("string"))])), ("challenge", .object([("type", .string("string"))])),
                    ("recorded_at", .object([("type", .string("string"))])),
                    ("cost", .object([("type", .string("object")), ("description", .string(
                        "千円: budget, settled, personnel_cost, full_cost, general_revenue (integers or null) and basis (settled or budget)"))])),
                ])),
                ("required", .array(["code", "name", "dept", "staff", "cost"].map(JSON.string))),
                ("additionalProperties", .bool(false)),
            ])),
            ("ProjectEntry", .object([
                ("type", .string("object")),
                ("properties", .object([
                    ("staff", .object([("type", .string("object")), ("additionalProperties", .object([("type", .string("string"))])),
                                       ("description", .string("person-years per staff kind rated for the year: {\"正職員\": \"1.10\"}"))])),
                    ("grade", .object([("type", .string("string"))])), ("next_direction", .object([("type", .string("string"))])),
                    ("result", .object([("type", .string("string"))])), ("challenge", .object([("type", .string("string"))])),
                ])),
                ("additionalProperties", .bool(false)),
            ])),
            ("Status", object([("dept", "string"), ("required", "integer"), ("entered", "integer"), ("missing", "integer"), ("state", "string"),
                               ("at", "string?"), ("actor", "string?"), ("reason", "string?")], required: ["dept", "required", "entered", "missing", "state"])),
            ("Submission", object([("year", "integer")], required: ["year"])),
            ("SheetImport", object([("changed", "integer"), ("unchanged", "integer"), ("blank", "integer"), ("dry_run", "boolean"), ("samples", "array")],
                                   required: ["changed", "unchanged", "blank", "dry_run"])),
            ("SheetRefusal", .object([
                ("type", .string("object")),
                ("properties", .object([
                    ("error", property("string")), ("advice", property("string")),
                    ("cells", .object([("type", .string("array")), ("items", object([("cell", "string"), ("code", "string?"), ("error", "string")], required: ["cell", "error"]))])),
                ])),
                ("required", .array(["error", "cells"].map(JSON.string))), ("additionalProperties", .bool(false)),
            ])),
            ("Freeze", object([("year", "integer"), ("note", "string"), ("allow_incomplete", "boolean")], required: ["year"])),
            ("Snapshot", object([("year", "integer"), ("version", "integer"), ("sha256", "string"), ("missing", "integer"), ("created_at", "string")],
                                required: ["year", "version", "sha256"])),
            ("FreezeRefusal", .object([
                ("type", .string("object")),
                ("properties", .object([
                    ("error", property("string")), ("advice", property("string")),
                    ("missing", .object([("type", .string("array")), ("items", object([("dept", "string"), ("missing", "integer")], required: ["dept", "missing"]))])),
                ])),
                ("required", .array(["error"].map(JSON.string))), ("additionalProperties", .bool(false)),
            ])),
            ("Reopening", object([("year", "integer"), ("reason", "string")], required: ["year", "reason"])),
            ("Reopened", object([("year", "integer"), ("version", "integer"), ("reopened", "boolean")], required: ["year", "version"])),
            ("Return", object([("dept", "string"), ("year", "integer"), ("reason", "string")], required: ["dept", "year", "reason"])),
            ("SubmissionState", object([("dept", "string"), ("year", "integer"), ("state", "string"), ("at", "string?"), ("actor", "string?"),
                                        ("reason", "string?"), ("message", "string")], required: ["dept", "year", "state"])),
        ]))])),
    ])
}

import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PlanCore

/// The year's work that the API and the pages share (DESIGN.md "The whole cycle in the
/// browser"): the 評価シート down and up, the freeze, the reopening and the reports. Each is one
/// PlanCore call, by the command line's rules, with the account as the actor.
struct YearCycle: Sendable {
    let store: PlanStore
    let options: ServerOptions

    /// A file to download.
    struct Download {
        let data: Data
        let contentType: String
        let fileName: String

        var response: Response {
            Response(
                status: .ok,
                headers: [
                    .contentType: contentType, .cacheControl: "no-store",
                    .contentDisposition: "attachment; filename=\"\(Self.asciiName(fileName))\"; filename*=UTF-8''\(PageRoutes.percentEncoded(fileName))",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }

        /// The name for a browser that ignores `filename*`: its ASCII letters, the rest as `_`.
        static func asciiName(_ name: String) -> String {
            String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        }
    }

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    static func contentType(_ format: SnapshotExportFormat) -> String {
        switch format {
        case .html: return "text/html; charset=utf-8"
        case .markdown: return "text/markdown; charset=utf-8"
        case .csv: return "text/csv; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        case .xlsx: return xlsxType
        case .opendata: return "application/zip"
        }
    }

    static func fileExtension(_ format: SnapshotExportFormat) -> String {
        switch format {
        case .markdown: return "md"
        case .opendata: return "zip"
        default: return format.rawValue
        }
    }

    // MARK: The 評価シート

    /// `dept`'s 評価シート for `year`, as `entry template --format xlsx` writes it.
    func workbook(dept: String, year: Int, plan code: String?) throws -> Download {
        let data = try store.read(year: year, plan: code) { store, plan in try EntryWorkbook(store, plan: plan).data(dept: dept, year: year).data }
        return Download(data: data, contentType: Self.xlsxType, fileName: Message.downloadEntrySheet(dept, year).text(.ja) + ".xlsx")
    }

    /// Checks (`dryRun`) or records a filled-in sheet, workbook or CSV, for the session's
    /// department and as its account, by `entry import`'s reader and rules: all or nothing.
    func importSheet(_ data: Data, name: String, session: Session, year: Int, plan code: String?, dryRun: Bool) async throws -> EntryImportReport {
        let name = Self.safeName(name)
        return try await store.write(deadline: options.writeDeadline, year: year, plan: code) { store, plan in
            try MemoryFile.holding(data, named: name) { path in
                try EntryImport(store, plan: plan).run(file: path, name: name, dept: session.dept, dryRun: dryRun, actor: session.user, year: year)
            }
        }
    }

    /// An upload's bytes (the API's body, the page's form), refused with 413 past `limit`.
    static func collectUpload(_ request: Request, limit: Int) async throws -> Data {
        do {
            return Data(try await JSONObject.collect(request, limit: limit).readableBytesView)
        } catch let error as APIError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, .uploadTooLarge(limit), advice: .uploadTooLargeAdvice)
        }
    }

    /// A file name from a browser, as a name within one folder: its last part, without control
    /// characters, at most 100 characters.
    static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init)).trimmingCharacters(in: .whitespaces)
        let short = String(clean.prefix(100))
        return short.isEmpty || short == "." || short == ".." ? Message.uploadedSheet.text(.ja) : short
    }

    /// A refusal of an upload as the API answers it: with the refused cells when it is about
    /// the file's rows (`cells` is always there on 422, empty when the file as a whole is refused).
    static func refusal(_ error: PlanError) -> APIError {
        var answer = APIError(error)
        if answer.status == .unprocessableContent {
            answer.details = [("cells", .array(findings(error).map { finding in
                .object([("cell", .string(finding.cell)), ("code", .optional(finding.code)), ("error", .string(finding.error))])
            }))]
        }
        return answer
    }

    /// Each refused cell, named as the clerk finds it (`指標!G5`, or `5 行目` in a CSV).
    static func findings(_ error: PlanError) -> [(cell: String, code: String?, error: String)] {
        error.cells.map { ($0.cell ?? Message.entryRowLabel($0.line).text(.ja), $0.code, $0.error.text(.ja)) }
    }

    // MARK: The coordinator

    /// Freezes `year` as the coordinator's account.
    func freeze(session: Session, year: Int, plan code: String?, note: String?, allowIncomplete: Bool) async throws -> SnapshotInfo {
        try await store.write(deadline: options.writeDeadline, year: year, plan: code) { store, plan in
            try Snapshots(store, plan: plan, actor: session.user).create(year: year, as: session.dept, note: note, allowIncomplete: allowIncomplete)
        }
    }

    /// Each department with entries still missing for `year`, and how many: what the freeze counts.
    func missing(year: Int, plan code: String?) throws -> [(dept: String, count: Int)] {
        try store.read(year: year, plan: code) { store, plan in try Completion(store, plan: plan).missing(year: year).byDept }
    }

    /// Reopens a frozen year, with the reason, as the coordinator's account.
    func reopen(session: Session, year: Int, plan code: String?, reason: String) async throws -> Int {
        try await store.write(deadline: options.writeDeadline, year: year, plan: code) { store, plan in
            try Snapshots(store, plan: plan, actor: session.user).reopen(year: year, reason: reason, as: session.dept)
        }
    }

    // MARK: The reports

    static let yearFormats: [SnapshotExportFormat] = [.html, .xlsx, .csv, .json, .opendata]
    static let periodFormats: [SnapshotExportFormat] = [.html, .xlsx, .csv, .json]

    static func format(_ request: Request, allowed: [SnapshotExportFormat]) throws -> SnapshotExportFormat {
        let text = request.uri.queryParameters["format"].map(String.init) ?? "html"
        guard let format = SnapshotExportFormat(rawValue: text), allowed.contains(format) else {
            throw APIError(.unprocessableContent, .reportFormatUnknown)
        }
        return format
    }

    /// The frozen year's report (its latest version) in `format`; 404 while the year has none.
    func report(year: Int, plan code: String?, format: SnapshotExportFormat) throws -> Download {
        try store.read(year: year, plan: code) { store, plan in
            let info: SnapshotInfo
            do {
                info = try Snapshots(store, plan: plan).find(year: year)
            } catch let error as PlanError {
                throw APIError(.notFound, error.message, advice: error.advice)
            }
            let data: Data
            switch format {
            case .opendata:
                let openData = try SnapshotOpenData(store, plan: plan, snapshot: info)
                return Download(data: try openData.zip(), contentType: Self.contentType(format),
                                fileName: Message.downloadOpenData(openData.municipalityCode, year).text(.ja) + ".zip")
            case .xlsx: data = try SnapshotExport(store, plan: plan, snapshot: info).workbookData()
            default: data = Data(try SnapshotExport(store, plan: plan, snapshot: info).text(format).utf8)
            }
            return Download(data: data, contentType: Self.contentType(format), fileName: Message.downloadReport(year).text(.ja) + "." + Self.fileExtension(format))
        }
    }

    /// The period report from `from` to `to` (`plandb report`).
    func periodReport(from: Int, to: Int, plan code: String?, format: SnapshotExportFormat) throws -> Download {
        try store.read(year: to, plan: code) { store, plan in
            let report = try PeriodReport.build(store, plan: plan, from: from, to: to)
            let data = format == .xlsx ? try report.workbookData() : Data(try report.export(format, language: .ja).utf8)
            return Download(data: data, contentType: Self.contentType(format), fileName: Message.downloadPeriodReport(from, to).text(.ja) + "." + Self.fileExtension(format))
        }
    }
}

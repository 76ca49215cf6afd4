import Foundation
import PlanCore
import Testing

@Suite struct QueryLibraryTests {
    /// Each shipped query's header declares exactly the parameters its SQL uses.
    @Test func headersMatchTheParametersUsed() throws {
        let library = try QueryLibrary.load(userFolder: nil)
        #expect(library.queries.count >= 10)
        for query in library.queries {
            let body = query.sql.components(separatedBy: "\n").filter { !$0.hasPrefix("--") }.joined(separator: "\n")
            let used = Set(body.matches(of: /:([a-z_]+)/).map { String($0.1) })
            let declared = Set(query.parameters.map(\.name))
            #expect(used == declared, "\(query.name): uses \(used.sorted()), declares \(declared.sorted())")
            #expect(!query.title.isEmpty && !query.description.isEmpty, "\(query.name) needs a title and a description")
        }
    }

    @Test func malformedHeadersAreErrors() {
        #expect(throws: PlanError("query x.sql has no `-- title:` line in its header", advice: "start the file with `-- title: …`")) {
            try NamedQuery.parse(name: "x", text: "SELECT 1", origin: "x.sql")
        }
        #expect(throws: PlanError("x.sql:2: `-- param: year int 2023` should read `-- param: NAME integer|real|text DEFAULT|required MEANING`", advice: "fix the query's header")) {
            try NamedQuery.parse(name: "x", text: "-- title: t\n-- param: year int 2023\nSELECT :year", origin: "x.sql")
        }
    }
}

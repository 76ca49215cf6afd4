import Foundation
import SQLiteDB
import TestSupport
import Testing

/// Ad hoc SQL within bounds of time and memory, output that a terminal cannot be made to obey,
/// and argument mistakes explained with the right command's usage (on SqlCommandTests' plan).
extension SqlCommandTests {
    static let timeoutMessage = "error: the query ran longer than 1 s and was stopped\nnarrow it (a WHERE on fiscal_year or a code), or allow more time with --timeout SECONDS\n"

    @Test func aFunctionThatLoopsInsideSQLiteStopsAtTheTimeout() throws {
        // printf loops inside one call, where SQLite's progress handler is never reached.
        let started = Date()
        let result = try plandb(["sql", "--timeout", "1", "SELECT printf('%.*c', 2e9, 'a')"])
        #expect(result.status == 1)
        #expect(result.stderr == Self.timeoutMessage)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aValueOverTheLengthLimitFailsAtOnce() throws {
        let started = Date()
        let result = try plandb(["sql", "SELECT zeroblob(100000000)"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: the query built a value larger than 64 MB and was stopped (string or blob too big)\nask for less: fewer rows (a WHERE or LIMIT), shorter values (substr), or no group_concat over a whole table\n")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func aFourMegabyteBlobPrintsExactlyAndFast() throws {
        let started = Date()
        let result = try plandb(["sql", "--format", "csv", "SELECT zeroblob(4000000) AS b, x'00ff10ab' AS small"])
        #expect(Date().timeIntervalSince(started) < 3)  // 13.6 s before; most of what is left is starting the process
        #expect(result.stdout == "b,small\r\nx'" + String(repeating: "00", count: 4_000_000) + "',x'00ff10ab'\r\n")
    }

    /// Peak resident memory of `plandb ARGUMENTS`, in kB, measured by /usr/bin/time.
    func peakMemory(_ arguments: [String]) throws -> (kilobytes: Int, result: CommandResult) {
        let result = try runProcess(URL(fileURLWithPath: "/usr/bin/time"), ["-f", "peak %M"] + [PlanDBBinary.url.path] + arguments, in: folder.url)
        let last = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        return (Int(last.dropFirst("peak ".count)) ?? -1, result)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func aLargeTableStreamsWithTheFirstRowsWidths() throws {
        func rows(_ count: Int) -> [String] {
            ["sql", "--timeout", "120", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT \(count)) SELECT x, CASE WHEN x > 1000 THEN 'wider value' ELSE 'a' END AS v FROM c"]
        }
        let small = try peakMemory(rows(2_000))
        let large = try peakMemory(rows(100_000))
        #expect(large.result.status == 0)
        // Buffered, 100,000 rows took about 26 MB more than 2,000 (2,000,000 took 520 MB).
        #expect(large.kilobytes - small.kilobytes < 8_000, "\(small.kilobytes) kB → \(large.kilobytes) kB")
        let lines = large.result.stdout.split(separator: "\n")
        #expect(lines.count == 100_002)
        #expect(lines[0] == "x     v")
        #expect(lines[1] == "----  -")
        #expect(lines[1001] == "1000  a")
        #expect(lines[1002] == "1001  wider value")
        #expect(lines[100_001] == "100000  wider value")
        #expect(large.result.stderr.hasPrefix("note: the columns were sized from the first 1000 rows; 99000 later rows did not fit and stand out of line (--format csv or tsv prints every value whole)\n"))
    }

    @Test func unusedSQLiteFeaturesAreOff() throws {
        let tokenizer = try plandb(["sql", "SELECT fts3_tokenizer('simple')"])
        #expect(tokenizer.status == 1)
        #expect(tokenizer.stderr == "error: refused: this command is read-only, and the SQL asks for something it does not allow (not authorized to use function: fts3_tokenizer)\n`plandb sql` only reads; to change data use `plandb record …`, `plandb entry import` or `plandb seed import`\n")
        // With double-quoted string literals on, a misspelt column silently became the text "titel".
        let misspelt = try plandb(["sql", "SELECT \"titel\" FROM v_policies"])
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.hasPrefix("error: the SQL does not run: no such column: titel\n"))
    }

    @Test func everyAllowedPragmaRuns() throws {
        let pragmas = [
            "table_info(v_policies)", "table_xinfo(v_policies)", "table_list", "index_list(policies)", "index_info(sqlite_autoindex_policies_1)",
            "index_xinfo(sqlite_autoindex_policies_1)", "foreign_key_list(policies)", "foreign_key_check", "integrity_check", "quick_check",
            "collation_list", "function_list", "pragma_list", "compile_options", "database_list", "module_list",
            "user_version", "schema_version", "data_version", "freelist_count", "page_count", "page_size", "encoding",
            "foreign_keys", "application_id", "auto_vacuum", "cache_size", "query_only",
        ]
        for pragma in pragmas {
            let result = try plandb(["sql", "--format", "csv", "PRAGMA \(pragma)"])
            #expect(result.status == 0, "PRAGMA \(pragma): \(result.stderr)")
        }
        // SQLite counts journal_mode as a write even without an argument; the README says so.
        let journal = try plandb(["sql", "PRAGMA journal_mode"])
        #expect(journal.stderr.hasPrefix("error: refused: this command is read-only, and the SQL asks to change something (not authorized)\n"))
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../README.md"), encoding: .utf8)
        #expect(readme.contains("`PRAGMA journal_mode` is refused"))
    }

    /// Issue 24: a control character is refused where it comes in (PlanCore's FreeText), so it
    /// never reaches `sql --format csv` or the history; what is shown is escaped (OutputFormatTests).
    @Test func controlCharactersAreRefusedAndShownNotObeyed() throws {
        let recorded = try plandb(["record", "initiative", "6-1-1-1-1", "--year", "2023", "--as", "市民協働課", "--grade", "A", "--result", "ok\u{1B}[2J\u{07}\u{202E}x\u{85}"])
        #expect(recorded.status != 0)
        #expect(recorded.stderr.hasPrefix("error: `result` holds a control character (U+001B); nothing was recorded\n"), "\(recorded.stderr)")
        #expect(!recorded.stderr.contains("\u{1B}"))
        let history = try plandb(["history", "6-1-1-1-1", "--format", "csv"])
        #expect(!history.stdout.contains("ok"))
        // A value quoted in an error message is shown the same way.
        let refused = try plandb(["record", "policy", "6-7", "--year", "20\u{1B}[2J23", "--grade", "B", "--as", "財政課"])
        #expect(refused.stderr.hasPrefix("error: `20\\x1b[2J23` is not a fiscal year\n"))
    }

    @Test func argumentMistakesShowTheSubcommandsUsage() throws {
        let cases: [([String], String, String)] = [
            (["sql", "--timeout", "0", "x"], "error: --timeout must be more than 0 seconds\n", "Usage: plandb sql "),
            (["sql", "--timeout", "inf", "x"], "error: --timeout must be at most 86400 seconds (a day)\n", "Usage: plandb sql "),
            (["sql", "--timeout", "nan", "x"], "error: --timeout must be more than 0 seconds\n", "Usage: plandb sql "),
            (["sql", "--param", "=x", "SELECT 1"], "error: -p needs a name and a value: -p year 2023\n", "Usage: plandb sql "),
            (["query", "run", "plan_size", "--timeout", "0"], "error: --timeout must be more than 0 seconds\n", "Usage: plandb query run "),
            (["record", "policy", "6-7", "--year", "2023", "--grade", "B", "--stage", "三次", "--as", "財政課"], "error: --stage must be 一次 or 二次, not 三次\n", "Usage: plandb record policy "),
        ]
        for (arguments, message, usage) in cases {
            let result = try plandb(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix(message + usage), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aByteOrderMarkInsideAnEntryFileIsNamed() throws {
        let csv = "\u{FEFF}年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考\n\u{FEFF}2023,実績値,6-6-I1,定員管理職員数,人,,,540,,,,,\n"
        try folder.write(csv, to: "joined.csv")
        let result = try plandb(["entry", "import", "joined.csv", "--as", "総務課"])
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: joined.csv: 1 row(s) cannot be imported, so nothing was imported:
              row 2（6-6-I1）: the row contains a byte order mark (U+FEFF), the invisible mark that starts a saved file, so two files were joined into one here — save the sheet again as one file
            correct those rows and import the file again

            """)
    }

    @Test func anUnreadableQueryFileIsLeftOutWithAWarning() throws {
        let queries = folder.url.appending(path: "queries")
        try FileManager.default.createDirectory(at: queries, withIntermediateDirectories: true)
        try Data([0x2D, 0x2D, 0x20, 0xFF, 0xFE, 0x0A]).write(to: queries.appending(path: "latin1.sql"))
        try Data("-- no header\nSELECT 1\n".utf8).write(to: queries.appending(path: "headless.sql"))
        try Data("-- title: one\nSELECT 1 AS one\n".utf8).write(to: queries.appending(path: "one.sql"))
        let result = try plandb(["query", "run", "one", "--queries", "queries", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "one\r\n1\r\n")
        #expect(result.stderr == """
            warning: queries/latin1.sql is not UTF-8 text, so it was left out; save it as UTF-8
            warning: query queries/headless.sql has no `-- title:` line in its header, so it was left out; start the file with `-- title: …`

            """)
    }
}

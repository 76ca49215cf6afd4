import Foundation
import SQLiteDB
import TestSupport
import Testing

/// Issue #10: no command destroys a file it was not asked to write, whatever the path looks
/// like, and a refused or read-only command leaves the database's bytes as they were.
@Suite struct FileSafetyCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let result = try PlanDBBinary.run(["init"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
    }

    func plandb(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url)
    }

    func japanese(_ arguments: String...) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": "ja"])
    }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: folder.path(name))) }

    func names(_ subfolder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path(subfolder)).sorted()
    }

    /// A copy of the database in rollback-journal mode (not WAL), as `backup` writes it.
    func journalModeCopy(_ name: String) throws {
        #expect(try plandb("backup", name).status == 0)
    }

    @Test func backupIntoAFolderPutsADatedCopyInsideAndKeepsEverythingElse() throws {
        try folder.write("x\n", to: "victim/report.docx")
        try FileManager.default.createDirectory(atPath: folder.path("victim/sub"), withIntermediateDirectories: true)
        let first = try plandb("backup", "victim")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.wholeMatch(of: /backed up plan\.db to victim\/plan-backup-\d{4}-\d\d-\d\dT\d{6}\.db \(\d+ bytes\)\n/) != nil, "\(first.stdout)")
        let second = try japanese("backup", "victim/")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.wholeMatch(of: /plan\.db を victim\/plan-backup-\d{4}-\d\d-\d\dT\d{6}(-2)?\.db にバックアップしました（\d+ バイト）。\n/) != nil, "\(second.stdout)")
        let inside = try names("victim")
        #expect(inside.count == 4, "\(inside)")
        #expect(inside.filter { $0.hasPrefix("plan-backup-") && $0.hasSuffix(".db") }.count == 2)
        #expect(try bytes("victim/report.docx") == Data("x\n".utf8))
        #expect(try names("victim/sub") == [])
        #expect(try dump(folder.path("victim/" + inside[0])) == (try dump(folder.path("plan.db"))))
    }

    @Test func backupIntoAMissingFolderIsRefusedAndDeletesNothing() throws {
        let before = try names()
        let result = try plandb("backup", "v2/")
        #expect(result.status == 1)
        #expect(result.stderr == "error: no folder at v2/; nothing was written\ncreate it first (mkdir), or give a file name without the trailing /\n")
        #expect(try japanese("backup", "v2/").stderr == "error: v2/ というフォルダがありません。何も書き込んでいません。\n先にフォルダを作成する（mkdir）か、末尾に / を付けずにファイル名を指定してください。\n")
        #expect(try names() == before)
    }

    @Test func backupNeverReplacesAFileThatIsNotAPlandbDatabase() throws {
        try folder.write("x\n", to: "report.docx")
        for extra in [[], ["--replace"]] {
            let result = try PlanDBBinary.run(["backup", "report.docx"] + extra, in: folder.url)
            #expect(result.status == 1)
            #expect(result.stderr == "error: report.docx exists and is not a SQLite database; plandb never replaces it\ngive a new file name, or a folder to put a dated backup in\n")
            let japanese = try PlanDBBinary.run(["backup", "report.docx"] + extra, in: folder.url, environment: ["PLANDB_LANG": "ja"])
            #expect(japanese.stderr == "error: report.docx はすでにあり、SQLite のデータベースではありません。plandb は置き換えません。\n新しいファイル名か、日付入りのバックアップを置くフォルダを指定してください。\n")
        }
        #expect(try bytes("report.docx") == Data("x\n".utf8))

        try Database(path: folder.path("other.db")).execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY); PRAGMA journal_mode = DELETE")
        let otherBefore = try bytes("other.db")
        let foreign = try plandb("backup", "other.db", "--replace")
        #expect(foreign.status == 1)
        #expect(foreign.stderr == "error: other.db is a SQLite database that plandb did not make; plandb never replaces it\ngive a new file name, or a folder to put a dated backup in\n")
        #expect(try japanese("backup", "other.db", "--replace").stderr == "error: other.db は plandb が作ったものではない SQLite のデータベースです。plandb は置き換えません。\n新しいファイル名か、日付入りのバックアップを置くフォルダを指定してください。\n")
        #expect(try bytes("other.db") == otherBefore)
    }

    /// Decided: an older plandb backup is replaced only with --replace; without it, refused.
    @Test func anOlderBackupIsReplacedOnlyWithReplace() throws {
        try journalModeCopy("nightly.db")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: folder.path("nightly.db"))
        let again = try plandb("backup", "nightly.db")
        #expect(again.status == 1)
        #expect(again.stderr == "error: nightly.db already holds a plandb database; nothing was written\nadd --replace to replace it with this backup, or give a folder to put a dated backup in\n")
        #expect(try japanese("backup", "nightly.db").stderr == "error: nightly.db にはすでに plandb のデータベースがあります。何も書き込んでいません。\nこのバックアップで置き換えるには --replace を付けてください。または、日付入りのバックアップを置くフォルダを指定してください。\n")
        let replaced = try plandb("backup", "nightly.db", "--replace")
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("nightly.db"))[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try names() == ["nightly.db", "plan.db"])
    }

    @Test func noOutputEverWritesOverTheDatabase() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.db"), withDestinationPath: "plan.db")
        try FileManager.default.linkItem(atPath: folder.path("plan.db"), toPath: folder.path("hard.db"))
        let before = try bytes("plan.db")
        let parent = "../" + folder.url.lastPathComponent + "/plan.db"
        let spellings = ["plan.db", "./plan.db", parent, "link.db", "hard.db", "plan.db-wal", "plan.db-shm", "plan.db-journal"]
        for spelling in spellings {
            for arguments in [
                ["entry", "template", "--year", "2024", "--as", "総務課", "--out", spelling],
                ["backup", spelling], ["backup", spelling, "--replace"],
            ] {
                let result = try PlanDBBinary.run(arguments, in: folder.url)
                #expect(result.status == 1, "\(arguments)")
                let which = spelling.hasPrefix("plan.db-") ? "the " + spelling.dropFirst("plan.db".count) + " file of " : ""
                #expect(result.stderr == "error: \(spelling) is \(which)the database plan.db itself; nothing was written\ngive another file name\n", "\(arguments)")
                let japanese = try PlanDBBinary.run(arguments, in: folder.url, environment: ["PLANDB_LANG": "ja"])
                let part = spelling.hasPrefix("plan.db-") ? "データベース plan.db の " + spelling.dropFirst("plan.db".count) + " ファイル" : "データベース plan.db "
                #expect(japanese.stderr == "error: \(spelling) は\(part)そのものです。何も書き込んでいません。\n別のファイル名を指定してください。\n", "\(arguments)")
            }
        }
        #expect(try bytes("plan.db") == before)
        #expect(try names() == ["hard.db", "link.db", "plan.db"])
        #expect(try plandb("check").status == 0)
    }

    @Test func outKeepsTheReplacedFilesPermissionsAndNeverWritesOverADatabase() throws {
        try folder.write("old\n", to: "sheet.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.path("sheet.csv"))
        let result = try plandb("entry", "template", "--year", "2024", "--as", "総務課", "--out", "sheet.csv")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: folder.path("sheet.csv"))[.posixPermissions] as? Int == 0o600)
        #expect(try bytes("sheet.csv").starts(with: [0xEF, 0xBB, 0xBF]))

        try journalModeCopy("copy.db")
        let copy = try bytes("copy.db")
        let overCopy = try plandb("entry", "template", "--year", "2024", "--as", "総務課", "--out", "copy.db")
        #expect(overCopy.status == 1)
        #expect(overCopy.stderr == "error: copy.db is a SQLite database; plandb does not write over it\ngive another file name\n")
        let overCopyJa = try japanese("entry", "template", "--year", "2024", "--as", "総務課", "--out", "copy.db")
        #expect(overCopyJa.stderr == "error: copy.db は SQLite のデータベースです。plandb は上書きしません。\n別のファイル名を指定してください。\n")
        #expect(try bytes("copy.db") == copy)
        #expect(try names() == ["copy.db", "plan.db", "sheet.csv"])
    }

    /// `file:` names are file names: SQLite must not read them as URIs naming plan.db.
    @Test func uriShapedNamesAreFileNames() throws {
        let before = try bytes("plan.db")
        for name in ["file:plan.db", "file:plan.db?a="] {
            let result = try plandb("backup", name)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try dump(folder.path(name)) == (try dump(folder.path("plan.db"))))
        }
        #expect(try bytes("plan.db") == before)
        let created = try plandb("--db", "file:new.db?mode=memory", "init")
        #expect(created.status == 0, "\(created.stderr)")
        // (plan.db-wal and -shm come from this test's own read of plan.db above.)
        let listed = try names().filter { !$0.hasPrefix("plan.db-") }
        #expect(listed == ["file:new.db?mode=memory", "file:plan.db", "file:plan.db?a=", "plan.db"], "\(listed)")
    }

    /// Refused means untouched: deciding what the file is happens on a read-only connection.
    @Test func refusedDatabasesKeepEveryByte() throws {
        try Database(path: folder.path("foreign.db")).execute("CREATE TABLE t(x); PRAGMA journal_mode = DELETE")
        try journalModeCopy("newer.db")
        try Database(path: folder.path("newer.db")).execute(
            "INSERT INTO schema_migrations VALUES (99, 'future', 'x', '2030-01-01'); PRAGMA journal_mode = DELETE")
        let foreignBytes = try bytes("foreign.db")
        let newerBytes = try bytes("newer.db")
        for arguments in [["init"], ["migrate", "up"], ["show"], ["check"]] {
            _ = try PlanDBBinary.run(["--db", "foreign.db"] + arguments, in: folder.url)
            _ = try PlanDBBinary.run(["--db", "newer.db"] + arguments, in: folder.url)
        }
        let refused = try plandb("--db", "foreign.db", "init")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: foreign.db is a SQLite database, but not one made by plandb; nothing was changed\n"))
        let newerRefused = try plandb("--db", "newer.db", "init")
        #expect(newerRefused.status == 1)
        #expect(newerRefused.stderr.hasPrefix("error: the database was made by a newer plandb"))
        #expect(try bytes("foreign.db") == foreignBytes)
        #expect(try bytes("newer.db") == newerBytes)
        #expect(try names() == ["foreign.db", "newer.db", "plan.db"])
    }

    /// Reading leaves no -wal, -shm or -journal beside the database, in WAL mode (plan.db) or
    /// not (a backup), and changes no byte of it.
    @Test func readOnlyCommandsLeaveNoFilesBesideTheDatabase() throws {
        try journalModeCopy("copy.db")
        let before = try bytes("copy.db")
        let live = try bytes("plan.db")
        for database in ["copy.db", "plan.db"] { for command in [
            ["show"], ["show", "6-7"], ["status", "--year", "2023"], ["check"], ["sql", "SELECT count(*) FROM policies"],
            ["query", "list"], ["snapshot", "list"], ["history"], ["dept", "list"], ["migrate", "status"],
            ["entry", "template", "--year", "2023", "--as", "総務課"],
        ] {
            let result = try PlanDBBinary.run(["--db", database] + command, in: folder.url)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        } }
        #expect(try bytes("copy.db") == before)
        #expect(try bytes("plan.db") == live)
        #expect(try names() == ["copy.db", "plan.db"])
    }

    /// A WAL database in a folder where no -shm can be made (chattr +i: root ignores permission
    /// bits) is read all the same. Skipped where chattr is missing or not allowed.
    @Test func readOnlyCommandsWorkOnReadOnlyMedia() throws {
        let chattr = URL(fileURLWithPath: "/usr/bin/chattr")
        guard FileManager.default.isExecutableFile(atPath: chattr.path),
            try runProcess(chattr, ["+i", folder.url.path]).status == 0
        else { return }
        defer { _ = try? runProcess(chattr, ["-i", folder.url.path]) }
        for command in [["show"], ["status", "--year", "2023"], ["check"], ["sql", "SELECT count(*) FROM policies"], ["history"], ["snapshot", "list"]] {
            let result = try PlanDBBinary.run(command, in: folder.url)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        #expect(try names() == ["plan.db"])
    }

    @Test func dbMustNameARegularFile() throws {
        try FileManager.default.createDirectory(atPath: folder.path("folder.db"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.path("pipe.db"), 0o600) == 0)
        let cases = [
            ("folder.db", "error: folder.db is a folder, not a file\ngive the path of a file\n",
             "error: folder.db はフォルダです。ファイルではありません。\nファイルのパスを指定してください。\n"),
            ("pipe.db", "error: pipe.db is not a regular file (a device, FIFO or socket)\ngive the path of an ordinary file\n",
             "error: pipe.db は通常のファイルではありません（デバイス、FIFO、ソケットのいずれか）。\n通常のファイルのパスを指定してください。\n"),
            ("/dev/null", "error: /dev/null is not a regular file (a device, FIFO or socket)\ngive the path of an ordinary file\n",
             "error: /dev/null は通常のファイルではありません（デバイス、FIFO、ソケットのいずれか）。\n通常のファイルのパスを指定してください。\n"),
        ]
        for (path, english, japanese) in cases {
            for command in [["init"], ["show"], ["check"]] {
                let result = try PlanDBBinary.run(["--db", path] + command, in: folder.url)
                #expect(result.status == 1)
                #expect(result.stderr == english, "\(path) \(command)")
                let inJapanese = try PlanDBBinary.run(["--db", path] + command, in: folder.url, environment: ["PLANDB_LANG": "ja"])
                #expect(inJapanese.stderr == japanese, "\(path) \(command)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(try names() == ["folder.db", "pipe.db", "plan.db"])
    }
}

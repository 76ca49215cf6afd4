import Foundation
import TestSupport
import Testing

/// `plandb user …`, `plandb submit`, `plandb return` and `plandb serve` as a clerk types them.
@Suite struct AccountCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        _ = try embeddedPlanDatabase(in: folder)
    }

    func plandb(_ arguments: String..., input: String? = nil) throws -> CommandResult {
        try PlanDBBinary.run(arguments, in: folder.url, input: input.map { Data($0.utf8) })
    }

    @Test func userCommandsFromAddToEnable() throws {
        let added = try plandb("user", "add", "sato", "--dept", "企画", input: "correct horse\nignored\n")
        #expect(added.status == 0 && added.stdout == "added the account sato for 企画政策課; it can sign in to `plandb serve`\n")
        let japanese = try PlanDBBinary.run(["user", "add", "tanaka", "--dept", "総務課"], in: folder.url, input: Data("battery staple\n".utf8), environment: ["PLANDB_LANG": "ja"])
        #expect(japanese.stdout == "総務課 のアカウント tanaka を追加しました。`plandb serve` にサインインできます。\n")
        let list = try plandb("user", "list", "--format", "csv")
        #expect(list.stdout.hasPrefix("name,dept,state,locked_until,created_at,created_by\r\nsato,企画政策課,enabled,,"))
        // Who added it: the operating-system user.
        #expect(list.stdout.contains(",\(NSUserName())\r\n") && !list.stdout.contains("correct horse"))

        let twice = try plandb("user", "add", "SATO", "--dept", "財政課", input: "correct horse\n")
        #expect(twice.status == 1 && twice.stderr.hasPrefix("error: an account named SATO already exists; nothing was changed\n"))
        let short = try plandb("user", "add", "suzuki", "--dept", "財政課", input: "short\n")
        #expect(short.status == 1 && short.stderr.hasPrefix("error: the password must be 8 to 72 bytes long; nothing was changed\n"))
        let none = try plandb("user", "add", "suzuki", "--dept", "財政課")
        #expect(none.status == 1 && none.stderr.hasPrefix("error: no password was given on standard input; nothing was changed\n"))

        #expect(try plandb("user", "password", "sato", input: "new password\n").stdout == "changed the password of sato; its sessions have ended and its lock is cleared\n")
        #expect(try plandb("user", "disable", "sato").stdout == "disabled sato: it cannot sign in, and its sessions have ended\n")
        #expect(try plandb("user", "list", "--format", "csv").stdout.contains("\r\nsato,企画政策課,disabled,,"))
        #expect(try plandb("user", "enable", "sato").stdout == "enabled sato: it can sign in again, and its lock is cleared\n")
        let unknown = try plandb("user", "disable", "nobody")
        #expect(unknown.status == 1 && unknown.stderr == "error: no account named nobody\n`plandb user list` shows every account\n")
    }

    @Test func submitAndReturnFromTheCommandLine() throws {
        let submitted = try plandb("submit", "--year", "2024", "--as", "税務")
        #expect(submitted.status == 0)
        #expect(submitted.stdout == "税務課 submitted 2024（令和6）年度 with 0 of 1 items entered; its entries for the year are refused until 総務課 returns it\n")
        #expect(try plandb("status", "--year", "2024", "--format", "csv").stdout.contains("\r\n税務課,1,0,1,提出済,20"))
        let notCoordinator = try plandb("return", "税務課", "--year", "2024", "--reason", "x", "--as", "財政課")
        #expect(notCoordinator.status == 1 && notCoordinator.stderr == "error: 財政課 cannot return a submission: only the coordinator 総務課 may; nothing was changed\nask 総務課 to return it\n")
        let returned = try plandb("return", "税務課", "--year", "2024", "--reason", "値を確認", "--as", "総務課")
        #expect(returned.stdout == "returned 2024（令和6）年度 to 税務課 (reason: 値を確認); 税務課 can enter again and submit\n")
        let state = try plandb("status", "--year", "2024", "--as", "税務課")
        #expect(state.stdout.contains("\n2024（令和6）年度 was returned to 税務課 at 20") && state.stdout.hasSuffix("(差し戻し): 値を確認\n"))
        let history = try plandb("sql", "--format", "csv", "SELECT action, dept, by_dept, reason FROM v_submission_history ORDER BY event_id")
        #expect(history.stdout == "action,dept,by_dept,reason\r\n提出,税務課,税務課,\r\n差し戻し,税務課,総務課,値を確認\r\n")
    }

    @Test func serveSaysHowToBuildTheServerWhenItIsMissing() throws {
        // The test bundle's folder holds plandb-serve only after `swift build`; either way the
        // command checks the database first.
        let missing = try PlanDBBinary.run(["serve", "--db", "nowhere.db"], in: folder.url)
        #expect(missing.status == 1 && missing.stderr.hasPrefix("error: no plan database at nowhere.db"))
    }
}

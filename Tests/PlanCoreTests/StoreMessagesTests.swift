import Foundation
@testable import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// What the store says, in English and in Japanese: files it will not write or read, and the
/// findings of `plandb check` (whose `check` names stay the same in both languages).
@Suite struct StoreMessagesTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        folder = try TemporaryFolder()
        path = try embeddedPlanDatabase(in: folder)
    }

    func findings() throws -> [CheckFinding] {
        try Maintenance.check(try PlanDatabase.open(path: path, access: .read), migrator: try Migrator.embedded())
    }

    @Test func outputFilesThatCannotBeWritten() {
        let empty = planError { _ = try OutputFile("", database: path) }
        #expect(empty?.text(.en) == "the output file name is empty\ngive a file name")
        #expect(empty?.text(.ja) == "出力ファイルの名前が空です。\nファイル名を指定してください。")
        let noFolder = planError { _ = try OutputFile(folder.path("missing/out.csv"), database: path) }
        let missing = folder.path("missing")
        #expect(noFolder?.text(.en) == "no folder \(FileStatus.canonicalPath(missing)) for \(folder.path("missing/out.csv"))\ncreate the folder first, or give another path")
        #expect(noFolder?.text(.ja) == "\(folder.path("missing/out.csv")) を置くフォルダ \(FileStatus.canonicalPath(missing)) がありません。\n先にフォルダを作成するか、別のパスを指定してください。")
    }

    @Test func foldersOfPlanFilesThatCannotBeRead() throws {
        let none = planError { _ = try PlanFile.read(folder: folder.path("none"), extensions: ["yaml"]) }
        #expect(none?.text(.en) == "no folder at \(folder.path("none"))\ngive the path of a folder that holds the files")
        #expect(none?.text(.ja) == "\(folder.path("none")) というフォルダがありません。\nファイルが入っているフォルダのパスを指定してください。")
        try FileManager.default.createDirectory(at: folder.url.appending(path: "files"), withIntermediateDirectories: true)
        try Data([0x82, 0xA0]).write(to: folder.url.appending(path: "files/plan.yaml"))
        let notText = planError { _ = try PlanFile.read(folder: folder.path("files"), extensions: ["yaml"]) }
        #expect(notText?.text(.en) == "\(folder.path("files"))/plan.yaml is not UTF-8 text\nsave it as UTF-8")
        #expect(notText?.text(.ja) == "\(folder.path("files"))/plan.yaml は UTF-8 のテキストではありません。\nUTF-8 で保存し直してください。")
    }

    @Test func checkFindingsSpeakBothLanguages() throws {
        let fresh = try findings()
        #expect(fresh.map(\.status).allSatisfy { $0 == .ok })
        #expect(fresh.first.map { [$0.check, $0.message.text(.en), $0.message.text(.ja)] } == ["integrity", "PRAGMA integrity_check: ok", "PRAGMA integrity_check：問題はありません（ok）。"])
        let schema = try #require(fresh.first { $0.check == "schema" })
        #expect(schema.message.text(.en).hasSuffix(" indexes as the migrations create them"))
        #expect(schema.message.text(.ja).hasPrefix("テーブル "))
        #expect(schema.message.text(.ja).hasSuffix("：マイグレーションが作成するとおりです。"))

        let db = try Database(path: path)
        try db.execute("""
            PRAGMA foreign_keys = OFF;
            CREATE TABLE mine (x);
            DROP TRIGGER IF EXISTS snapshot_indicators_immutable_update;
            INSERT INTO year_locks (plan_id, fiscal_year, locked_at, locked_by) SELECT plan_id, 2024, '2026-01-01', (SELECT min(dept_id) FROM departments) FROM plans;
            """)
        let problems = try findings().filter { $0.status == .problem }
        let texts = problems.map { "\($0.check) | \($0.message.text(.en)) | \($0.message.text(.ja))" }
        #expect(texts.contains("schema | table mine: extra (no migration creates it) | table mine：余分です（どのマイグレーションも作成しません）。"), "\(texts)")
        #expect(texts.contains("schema | trigger snapshot_indicators_immutable_update: missing (the migrations create it) | trigger snapshot_indicators_immutable_update：ありません（マイグレーションが作成するものです）。"), "\(texts)")
        #expect(texts.contains("year locks | 2024（令和6）年度: locked by a year_locks row, but no snapshot freezes it (none was made, or it was reopened) | 2024（令和6）年度：year_locks の行でロックされていますが、確定しているスナップショットがありません（作成されていないか、再開されています）。"), "\(texts)")
    }
}

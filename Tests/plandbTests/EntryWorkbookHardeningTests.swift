import Foundation
import SQLiteDB
import TestSupport
import Testing
import ZIPFoundation

/// Issue 23: nothing a clerk's spreadsheet does to the 評価シート is silently lost or changed.
/// Each hostile workbook is built here from the one `entry template` writes.
extension EntryWorkbookTests {
    /// `cell` put at the end of row `row` of `sheet` (a row that exists).
    static func appending(_ cell: String, toRow row: Int, of text: String) -> String {
        let pattern = try! NSRegularExpression(pattern: "<row r=\"\(row)\"[^>]*>.*?</row>")
        let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))!
        let range = Range(match.range, in: text)!
        var rowText = String(text[range])
        rowText.removeLast("</row>".count)
        return text.replacingCharacters(in: range, with: rowText + cell + "</row>")
    }

    /// The index of a new cell style with `numFmtId` (and `formatCode` when it is a custom one).
    static func addStyle(_ parts: inout WorkbookParts, numFmtId: Int, formatCode: String? = nil) -> Int {
        var styles = parts["xl/styles.xml"]!
        if let formatCode {
            let code = formatCode.replacingOccurrences(of: "\"", with: "&quot;")
            if styles.contains("<numFmts") {
                styles = styles.replacingOccurrences(of: "</numFmts>", with: "<numFmt numFmtId=\"\(numFmtId)\" formatCode=\"\(code)\"/></numFmts>")
            } else {
                styles = styles.replacingOccurrences(of: "<fonts", with: "<numFmts count=\"1\"><numFmt numFmtId=\"\(numFmtId)\" formatCode=\"\(code)\"/></numFmts><fonts")
            }
        }
        let cellXfs = styles.range(of: "<cellXfs")!.lowerBound
        let end = styles.range(of: "</cellXfs>")!.lowerBound
        let count = styles[cellXfs..<end].components(separatedBy: "<xf ").count - 1
        styles.replaceSubrange(end..<end, with: "<xf numFmtId=\"\(numFmtId)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>")
        parts["xl/styles.xml"] = styles
        return count
    }

    @Test func renamedOrMissingSheetIsRefusedByName() throws {
        let original = try workbook()
        var parts = original
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"]?.replacingOccurrences(of: "name=\"取組\"", with: "name=\"取組（財政課）\"")
        let renamed = try importingInBothLanguages(parts)
        #expect(renamed.en == "error: filled.xlsx has the sheet 「取組（財政課）」, which plandb did not write, so its rows would not be read (plandb reads 「指標」・「取組」・「施策評価」・「事業」)\ngive the sheet its name back, or copy what you entered on it into the sheet plandb wrote, then delete it\n")
        #expect(renamed.ja == "error: filled.xlsx には plandb が作っていないシート「取組（財政課）」があり、その行は読み込まれません（plandb が読むのは 「指標」・「取組」・「施策評価」・「事業」 です）。\nシート名を元に戻すか、そのシートに記入した内容を plandb が作ったシートに写してから、そのシートを削除してください。\n")
        // A sheet taken out of the workbook (its entry in workbook.xml gone).
        parts = original
        let workbookXML = parts["xl/workbook.xml"]!
        let sheetElement = try NSRegularExpression(pattern: "<sheet name=\"取組\"[^>]*/>")
        parts["xl/workbook.xml"] = sheetElement.stringByReplacingMatches(in: workbookXML, range: NSRange(workbookXML.startIndex..., in: workbookXML), withTemplate: "")
        let missing = try importingInBothLanguages(parts)
        #expect(missing.en == "error: filled.xlsx has no sheet 「取組」, which it was made with\ngive the sheet its name back, or make the workbook again with `plandb entry template`\n")
        #expect(missing.ja == "error: filled.xlsx には、作成時にあったシート「取組」がありません。\nシート名を元に戻すか、`plandb entry template` でブックを作り直してください。\n")
    }

    @Test func duplicatedHeaderIsRefusedNamingBothCells() throws {
        var parts = try workbook()
        parts[Self.indicators] = Self.appending(Self.text("I1", "備考"), toRow: 1, of: parts[Self.indicators]!)
        parts[Self.indicators] = Self.appending(Self.text("I2", "別の備考"), toRow: 2, of: parts[Self.indicators]!)
        let refused = try importingInBothLanguages(parts)
        #expect(refused.en == "error: filled.xlsx: two columns are headed 「備考」 (指標!H1 and 指標!I1), so which one to read is unclear\ndelete or rename one of the two columns, keeping the one you filled in\n")
        #expect(refused.ja == "error: filled.xlsx：見出しが「備考」の列が 2 つあり（指標!H1 と 指標!I1）、どちらを読むか決められません。\n記入した方を残し、もう一方の列を削除するか見出しを変えてください。\n")
    }

    @Test func percentagesTypedInASpreadsheetAreTheirPercentage() throws {
        var parts = try workbook()
        let percent = Self.addStyle(&parts, numFmtId: 9)
        let literal = Self.addStyle(&parts, numFmtId: 170, formatCode: "0.00\"%\"")
        // 25% typed: the spreadsheet stores 0.25 with the format 0%.
        parts.replaceCell("G2", in: Self.indicators, with: "<c r=\"G2\" s=\"\(percent)\"><v>0.25</v></c>")
        // 95.20 in a cell whose format only prints a % sign.
        parts.replaceCell("G3", in: Self.indicators, with: "<c r=\"G3\" s=\"\(literal)\"><v>95.2</v></c>")
        let imported = try importing(parts)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try db.rows("SELECT indicator_code, value_text FROM v_indicator_results WHERE fiscal_year = 2023 ORDER BY 1").map(\.values) == [
            [.text("6-3-I1"), .text("25")], [.text("6-7-I3"), .text("95.20")],
        ])
    }

    @Test func escapedTextsRoundTripAndUntouchedStaysUnchanged() throws {
        _ = try plandb("record", "initiative", "6-7-1-1-1", "--year", "2023", "--grade", "A", "--result", "一行目\r\n二行目 _x0041_", "--as", "財政課")
        var parts = try workbook()
        // The writer escapes the underscore of a literal escape; the CR never reached the database.
        #expect(parts["xl/sharedStrings.xml"]?.contains("一行目\n二行目 _x005F_x0041_") == true)
        let untouched = try importing(parts)
        #expect(untouched.stdout == "imported filled.xlsx (Excel workbook): 0 changed, 1 unchanged, 32 left blank\n", "\(untouched.stderr)")
        // As LibreOffice writes a CR and a literal escape.
        parts.replaceCell("F2", in: Self.initiatives, with: Self.text("F2", "課題_x000D_\n続き _x005F_x0042_"))
        let filled = try importing(parts)
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(try db.scalar("SELECT challenge_text FROM v_initiative_evaluations WHERE initiative_code = '6-7-1-1-1'").string == "課題\n続き _x0042_")
        #expect(try db.scalar("SELECT result_text FROM v_initiative_evaluations WHERE initiative_code = '6-7-1-1-1'").string == "一行目\n二行目 _x0041_")
    }

    @Test func dateInANumberCellAndFormulaWithoutValueAreRefusedByCell() throws {
        _ = try plandb("record", "indicator", "6-7-I3", "--year", "2023", "--value", "95.10", "--note", "見込み", "--as", "財政課")
        var parts = try workbook()
        let date = Self.addStyle(&parts, numFmtId: 14)
        parts.replaceCell("G2", in: Self.indicators, with: "<c r=\"G2\" s=\"\(date)\"><v>45017</v></c>")
        parts.replaceCell("H3", in: Self.indicators, with: "<c r=\"H3\" t=\"str\"><f>A1&amp;\"x\"</f></c>")
        let before = try dump(folder.path("plan.db"))
        let refused = try importingInBothLanguages(parts)
        #expect(refused.en.hasPrefix("error: filled.xlsx: 2 row(s) cannot be imported, so nothing was imported:\n"))
        #expect(refused.en.contains("  指標!G2（6-3-I1）: the cell holds a date (serial number 45017), not a number — type the actual as a number in a cell shown as a number\n"))
        #expect(refused.en.contains("  指標!H3（6-7-I3）: the cell holds a formula saved without its value — type the value itself, or open the file in Excel or LibreOffice and save it so that the formula is calculated\n"))
        #expect(refused.ja.contains("  指標!G2（6-3-I1）：セルに数値ではなく日付（シリアル値 45017）が入っています実績値は数値の表示形式のセルに数値で入力してください。\n"))
        #expect(try dump(folder.path("plan.db")) == before)
    }

    @Test func mergedCellsReadAsTheirTopLeftValue() throws {
        var parts = try workbook()
        parts.fillNumber("G2", in: Self.indicators, "30")
        parts.replaceCell("G3", in: Self.indicators, with: "<c r=\"G3\"/>")
        parts[Self.indicators] = parts[Self.indicators]?.replacingOccurrences(
            of: "</sheetData>", with: "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"G2:G3\"/></mergeCells>")
        let imported = try importing(parts, "--dry-run", "--confirm")
        #expect(imported.stdout.hasSuffix("would import filled.xlsx (Excel workbook): 2 changed, 0 unchanged, 31 left blank (dry run: nothing was written)\n"), "\(imported.stdout)\(imported.stderr)")
    }

    @Test func aDamagedByteIsCaughtByTheChecksum() throws {
        _ = try plandb("record", "indicator", "6-7-I3", "--year", "2023", "--value", "95.10", "--as", "財政課")
        let parts = try workbook()
        try parts.write(to: folder.path("filled.xlsx"), stored: [Self.indicators])
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path("filled.xlsx"))))
        let needle = Array("<v>95.".utf8)
        let at = try #require((0...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) })
        bytes[at + 3] = UInt8(ascii: "3")
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path("filled.xlsx")))
        let refused = try plandb("entry", "import", "filled.xlsx", "--as", "財政課")
        #expect(refused.stderr == "error: filled.xlsx is not a readable .xlsx workbook: the part \(Self.indicators) is damaged (its checksum does not match)\nsave it again from Excel or LibreOffice as .xlsx\n")
        let japanese = try japanese("entry", "import", "filled.xlsx", "--as", "財政課")
        #expect(japanese.stderr == "error: filled.xlsx は読み込める .xlsx ブックではありません：パーツ \(Self.indicators) が壊れています（チェックサムが一致しません）。\nExcel か LibreOffice で .xlsx として保存し直してください。\n")
    }

    /// Found by the byte-flip fuzz (Benchmarks/faults.sh): one flipped byte in the zip's
    /// directory hid xl/styles.xml, and without the cells' number formats a 95.10 shown to two
    /// places was recorded as 95.1. A part the workbook's relations name must be there.
    @Test func aStylesPartTheWorkbookNamesMustBeThere() throws {
        _ = try plandb("record", "indicator", "6-7-I3", "--year", "2023", "--value", "95.10", "--as", "財政課")
        var parts = try workbook()
        parts["xl/styles.xml"] = nil
        let refused = try importingInBothLanguages(parts)
        #expect(refused.en == "error: filled.xlsx is not a readable .xlsx workbook: the part xl/styles.xml is missing\nsave it again from Excel or LibreOffice as .xlsx\n")
        #expect(refused.ja == "error: filled.xlsx は読み込める .xlsx ブックではありません：パーツ xl/styles.xml がありません。\nExcel か LibreOffice で .xlsx として保存し直してください。\n")
        // The same for the shared strings.
        parts = try workbook()
        parts["xl/sharedStrings.xml"] = nil
        #expect(try importing(parts).stderr == "error: filled.xlsx is not a readable .xlsx workbook: the part xl/sharedStrings.xml is missing\nsave it again from Excel or LibreOffice as .xlsx\n")
    }

    @Test func invalidUTF8AndHugePartsAndManyEntries() throws {
        let original = try workbook()
        var parts = original
        // Invalid UTF-8 in an element name: FoundationXML would trap.
        let index = parts.parts.firstIndex { $0.name == Self.indicators }!
        var data = parts.parts[index].data
        data.replaceSubrange(data.range(of: Data("<sheetData>".utf8))!, with: Data("<sheetData><c\u{1}".utf8) + Data([0xFF, 0xFE]) + Data("/>".utf8))
        parts.parts[index].data = data
        let invalid = try importingInBothLanguages(parts)
        #expect(invalid.en == "error: filled.xlsx is not a readable .xlsx workbook: the part \(Self.indicators) is not UTF-8 text\nsave it again from Excel or LibreOffice as .xlsx\n")
        #expect(invalid.ja == "error: filled.xlsx は読み込める .xlsx ブックではありません：パーツ \(Self.indicators) が UTF-8 のテキストではありません。\nExcel か LibreOffice で .xlsx として保存し直してください。\n")
        // A 12 MB part (libxml2 refuses a buffer over 10 MB given at once) reads as it should:
        // made of small nodes, as a sheet of many rows is.
        parts = original
        let padding = String(repeating: "<!--" + String(repeating: "x", count: 93) + "-->", count: 12 << 20 / 100)
        parts[Self.indicators] = parts[Self.indicators]?.replacingOccurrences(of: "</sheetData>", with: "</sheetData>" + padding)
        let huge = try importing(parts)
        #expect(huge.stdout == "imported filled.xlsx (Excel workbook): 0 changed, 0 unchanged, 33 left blank\n", "\(huge.stderr)")
        // A zip of 10,001 entries is refused before its directory is read entry by entry.
        parts = original
        for number in 0...10_000 { parts.parts.append(("x/\(number)", Data())) }
        let many = try importingInBothLanguages(parts)
        #expect(many.en == "error: filled.xlsx is not a readable .xlsx workbook: its zip holds 10015 files, more than the 10000 a workbook may have\nsave it again from Excel or LibreOffice as .xlsx\n")
    }

    @Test func otherFilesAreNamedForWhatTheyAre() throws {
        let original = try workbook()
        func refusal(_ file: String) throws -> (en: String, ja: String) {
            let english = try plandb("entry", "import", file, "--as", "財政課")
            let japanese = try japanese("entry", "import", file, "--as", "財政課")
            #expect(english.status == 1)
            return (english.stderr, japanese.stderr)
        }
        // An Excel 97–2003 file and a password-protected .xlsx: both OLE2 compound files.
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        try Data(ole + Array("Workbook".utf8)).write(to: folder.url.appending(path: "old.xls"))
        let xls = try refusal("old.xls")
        #expect(xls.en == "error: old.xls is an old Excel 97–2003 workbook (.xls), not an .xlsx workbook\nopen it in Excel or LibreOffice and save it as \"Excel workbook (.xlsx)\", then import that file\n")
        #expect(xls.ja == "error: old.xls は古い Excel 97–2003 形式のブック（.xls）で、.xlsx ブックではありません。\nExcel か LibreOffice で開き、「Excel ブック（.xlsx）」として保存してから、そのファイルを取り込んでください。\n")
        let name = "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        try Data(ole + name).write(to: folder.url.appending(path: "locked.xlsx"))
        let locked = try refusal("locked.xlsx")
        #expect(locked.en == "error: locked.xlsx is a password-protected (encrypted) Excel workbook, which plandb cannot read\nopen it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, empty) and save it as .xlsx\n")
        // An OpenDocument spreadsheet.
        var ods = WorkbookParts(parts: [("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", Data("<x/>".utf8))])
        try ods.write(to: folder.path("sheet.ods"))
        let odsRefusal = try refusal("sheet.ods")
        #expect(odsRefusal.en == "error: sheet.ods is an OpenDocument spreadsheet (.ods), not an .xlsx workbook\nopen it in Excel or LibreOffice and save it as \"Excel workbook (.xlsx)\", then import that file\n")
        ods.parts.removeAll()
        // An encrypted zip: general purpose bit 0 set in the central directory.
        try original.write(to: folder.path("encrypted.xlsx"))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path("encrypted.xlsx"))))
        for offset in 0..<(bytes.count - 4) where bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) { bytes[offset + 8] |= 1 }
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path("encrypted.xlsx")))
        let encrypted = try refusal("encrypted.xlsx")
        #expect(encrypted.en == "error: encrypted.xlsx is an encrypted zip, not a workbook plandb can read\nunpack it with its password and import the .xlsx file inside it\n")
        #expect(encrypted.ja == "error: encrypted.xlsx は暗号化された zip で、plandb が読めるブックではありません。\nパスワードを使って展開し、中の .xlsx ファイルを取り込んでください。\n")
        // A CSV saved with semicolons.
        _ = try folder.write("年度;区分;コード;名称;単位;現状値;目標値;実績値;評価;今後の方向性;実績・コメント;課題;備考\r\n2023;実績値;6-7-I3;x;%;;;95.1;;;;;\r\n", to: "semi.csv")
        let semicolon = try refusal("semi.csv")
        #expect(semicolon.en == "error: semi.csv is a CSV separated by semicolons (;), not by commas\nsave it again with commas as the field separator (LibreOffice: Save As > Text CSV > Edit filter settings > Field delimiter ,), or fill in the workbook: `plandb entry template --year Y --as DEPT --out FILE.xlsx`\n")
        #expect(semicolon.ja == "error: semi.csv はセミコロン（;）区切りの CSV で、カンマ区切りではありません。\n区切り文字をカンマにして保存し直すか（LibreOffice：名前を付けて保存 ＞ テキスト CSV ＞ フィルター設定を編集 ＞ 区切り文字 ,）、ブック（`plandb entry template --year Y --as DEPT --out FILE.xlsx`）に記入してください。\n")
    }

    /// The workbook is read and checked before the write transaction: a refused workbook is
    /// refused at once while another connection holds the write lock, not after the busy timeout.
    @Test func aWorkbookIsCheckedBeforeTheWriteLockIsTaken() throws {
        var parts = try workbook()
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"]?.replacingOccurrences(of: "name=\"取組\"", with: "name=\"取組 (2)\"")
        try parts.write(to: folder.path("filled.xlsx"))
        let writer = try Database(path: folder.path("plan.db"))
        try writer.execute("BEGIN IMMEDIATE")
        defer { try? writer.execute("ROLLBACK") }
        let started = Date()
        let refused = try plandb("entry", "import", "filled.xlsx", "--as", "財政課", "--dry-run")
        #expect(refused.stderr.hasPrefix("error: filled.xlsx has the sheet 「取組 (2)」, which plandb did not write"), "\(refused.stderr)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// One limit and one normalisation for texts at every way in.
    @Test func textsHaveOneLimitAndOneNormalisation() throws {
        let long = String(repeating: "字", count: 4001)
        let record = try plandb("record", "initiative", "6-7-1-1-1", "--year", "2023", "--grade", "A", "--result", long, "--as", "財政課")
        #expect(record.stderr == "error: the result has 4001 characters, more than the 4000 a text may have\nshorten it to 4000 characters or fewer\n")
        let header = "年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考"
        _ = try folder.write("\(header)\r\n2023,実績値,6-7-I3,x,%,,,95.1,,,,,\(long)\r\n", to: "long.csv")
        let csv = try plandb("entry", "import", "long.csv", "--as", "財政課")
        #expect(csv.stderr.contains("row 2（6-7-I3）: the note has 4001 characters, more than the 4000 a text may have — shorten it to 4000 characters or fewer"), "\(csv.stderr)")
        var parts = try workbook()
        parts.replaceCell("C2", in: Self.initiatives, with: Self.text("C2", "A"))
        parts.replaceCell("E2", in: Self.initiatives, with: Self.text("E2", long))
        let sheet = try importing(parts)
        #expect(sheet.stderr.contains("取組!E2（6-7-1-1-1）: the result has 4001 characters"), "\(sheet.stderr)")
        // Surrounding spaces, a CRLF and a leading tab are stored as import reads them back, so
        // the untouched workbook is no change.
        _ = try plandb("record", "initiative", "6-7-1-1-1", "--year", "2023", "--grade", "A", "--result", "  前後に空白\r\n二行目 ", "--challenge", "\t先頭タブ", "--as", "財政課")
        #expect(try db.row("SELECT result_text, challenge_text FROM v_initiative_evaluations WHERE initiative_code = '6-7-1-1-1'")?.values == ["前後に空白\n二行目", "先頭タブ"])
        let untouched = try importing(try workbook())
        #expect(untouched.stdout == "imported filled.xlsx (Excel workbook): 0 changed, 1 unchanged, 32 left blank\n", "\(untouched.stderr)")
    }
}

extension EntryWorkbookTests {
    @Test func aDuplicateItemNamesBothCells() throws {
        var parts = try workbook()
        parts.fillNumber("G2", in: Self.indicators, "1")
        parts[Self.indicators] = parts[Self.indicators]?.replacingOccurrences(
            of: "</sheetData>", with: "<row r=\"5\">\(Self.text("A5", "6-3-I1"))<c r=\"G5\"><v>3</v></c></row></sheetData>")
        let refused = try importingInBothLanguages(parts)
        #expect(refused.en.contains("  指標!A5（6-3-I1）: 6-3-I1 2023（令和5）年度 is already given in 指標!A2 — keep one row per item and year\n"), "\(refused.en)")
        #expect(refused.ja.contains("  指標!A5（6-3-I1）：6-3-I1 2023（令和5）年度 は 指標!A2 ですでに指定されています。項目と年度ごとに 1 行だけにしてください。\n"), "\(refused.ja)")
    }

    @Test func anUntouchedWorkbookForASubmittedYearGetsOneMessage() throws {
        _ = try plandb("record", "indicator", "6-7-I3", "--year", "2023", "--value", "95.10", "--as", "財政課")
        _ = try plandb("record", "policy", "6-7", "--year", "2023", "--grade", "B", "--as", "財政課")
        let parts = try workbook()
        let submitted = try plandb("submit", "--year", "2023", "--as", "財政課")
        #expect(submitted.status == 0, "\(submitted.stderr)")
        let refused = try importing(parts)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: 財政課 submitted 2023（令和5）年度 (at "), "\(refused.stderr)")
        #expect(refused.stderr.components(separatedBy: "\n").count == 3, "\(refused.stderr)")
    }
}

extension EntryWorkbookTests {
    @Test func everyBadCellOfARowIsNamed() throws {
        var parts = try workbook()
        parts.replaceCell("C2", in: Self.initiatives, with: Self.text("C2", "Ｂ評価"))
        parts.replaceCell("D2", in: Self.initiatives, with: Self.text("D2", "やめる"))
        let refused = try importing(parts)
        #expect(refused.stderr.hasPrefix("error: filled.xlsx: 1 row(s) cannot be imported, so nothing was imported:\n"), "\(refused.stderr)")
        #expect(refused.stderr.contains("  取組!C2（6-7-1-1-1）: `Ｂ評価` is not a grade"))
        #expect(refused.stderr.contains("  取組!D2（6-7-1-1-1）: `やめる` is not a 今後の方向性"))
    }
}

import Foundation
import PlanCore
import SQLiteDB
import Testing

@Suite struct OutputFormatTests {
    let columns = ["code", "name", "value", "unit"]
    let rows: [[Value]] = [
        [.text("6-1-I1"), .text("住民自治（まちづくり）協議会数"), .integer(23), .text("団体")],
        [.text("6-7-I2"), .text("ふるさと納税受入額"), .real(375284.5), .text("千円")],
        [.text("6-6-I1"), .text("Staff (定員管理), \"quoted\""), .null, .text("%")],
    ]

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("香取市") == 6)
        #expect(DisplayWidth.of("７３．０％") == 10)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
        #expect(DisplayWidth.of("が") == 2)
        #expect(DisplayWidth.of("か\u{3099}") == 2)  // combining voiced mark adds nothing
    }

    @Test func tableLinesHaveEqualDisplayWidth() {
        let text = RowWriter.render(format: .table, columns: columns, rows: rows)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        let widths = Set(lines.map(DisplayWidth.of))
        #expect(widths.count == 1, "widths: \(lines.map(DisplayWidth.of))")
        #expect(lines[0] == "code    name                            value     unit")
        #expect(lines[2] == "6-1-I1  住民自治（まちづくり）協議会数        23  団体")
        #expect(lines[3] == "6-7-I2  ふるさと納税受入額              375284.5  千円")
    }

    @Test func csvQuotesPerRFC4180WithCRLF() {
        let text = RowWriter.render(format: .csv, columns: columns, rows: rows, options: OutputOptions(byteOrderMark: true))
        #expect(text == "\u{FEFF}code,name,value,unit\r\n6-1-I1,住民自治（まちづくり）協議会数,23,団体\r\n6-7-I2,ふるさと納税受入額,375284.5,千円\r\n6-6-I1,\"Staff (定員管理), \"\"quoted\"\"\",,%\r\n")
    }

    @Test func csvCanNeutralizeFormulaCells() {
        let text = RowWriter.render(
            format: .csv, columns: ["a", "b"], rows: [[.text("=HYPERLINK(\"x\")"), .integer(-5)], [.text("@SUM(A1)"), .text("-1+1")]],
            options: OutputOptions(neutralizeFormulas: true))
        #expect(text == "a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",-5\r\n'@SUM(A1),'-1+1\r\n")
    }

    @Test func tsvEscapesTabsAndNewlines() {
        let text = RowWriter.render(format: .tsv, columns: ["a"], rows: [[.text("一\t二\n三\\")]])
        #expect(text == "a\n一\\t二\\n三\\\\\n")
        // Each of the four alone, and a carriage return; a value with none is written as it is.
        let each = RowWriter.render(format: .tsv, columns: ["a"], rows: [[.text("\\")], [.text("x\ty")], [.text("改\r行")], [.text("そのまま 95.10")]])
        #expect(each == "a\n\\\\\nx\\ty\n改\\r行\nそのまま 95.10\n")
    }

    @Test func jsonIsAnArrayOfObjectsWithNumbers() {
        let text = RowWriter.render(format: .json, columns: columns, rows: Array(rows.prefix(2)))
        #expect(text == """
            [
              {"code": "6-1-I1", "name": "住民自治（まちづくり）協議会数", "value": 23, "unit": "団体"},
              {"code": "6-7-I2", "name": "ふるさと納税受入額", "value": 375284.5, "unit": "千円"}
            ]

            """)
        #expect(RowWriter.render(format: .json, columns: columns, rows: []) == "[]\n")
    }

    @Test func ndjsonIsOneObjectPerLine() {
        let text = RowWriter.render(format: .ndjson, columns: ["a", "b"], rows: [[.text("\"引用\""), .null], [.real(95.1), .integer(-1)]])
        #expect(text == "{\"a\": \"\\\"引用\\\"\", \"b\": null}\n{\"a\": 95.1, \"b\": -1}\n")
    }

    @Test func markdownEscapesPipes() {
        let text = RowWriter.render(format: .markdown, columns: ["a", "b"], rows: [[.text("x|y"), .text("一\n二")]])
        #expect(text == "| a | b |\n| --- | --- |\n| x\\|y | 一<br>二 |\n")
        // A typed ⏎ becomes a line break too; other characters starting with the same byte (…) and
        // plain cells are written as they are.
        let more = RowWriter.render(format: .markdown, columns: ["a"], rows: [[.text("改⏎行")], [.text("続く…")], [.text("95.10")]])
        #expect(more == "| a |\n| --- |\n| 改<br>行 |\n| 続く… |\n| 95.10 |\n")
    }
}

@Suite struct StreamingOutputTests {
    @Test func blobsPrintAsHexAtMemorySpeed() {
        let blob = Data((0..<4_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let started = Date()
        let text = RowWriter.render(format: .csv, columns: ["b"], rows: [[.blob(blob)]])
        #expect(Date().timeIntervalSince(started) < 1)
        let expected = "b\r\nx'" + blob.prefix(3).map { String(format: "%02x", $0) }.joined()
        #expect(text.hasPrefix(expected))
        #expect(text.utf8.count == 3 + 2 + 8_000_000 + 1 + 2)
        #expect(RowWriter.render(format: .table, columns: ["b"], rows: [[.blob(Data([0x00, 0xFF, 0x1A]))]]) == "b        \n---------\nx'00ff1a'\n")
    }

    @Test func tableAndMarkdownWriteRowsAsTheyCome() {
        var written: [String] = []
        let table = RowWriter(format: .table, columns: ["n", "text"]) { written.append($0) }
        for n in 1...RowWriter.sizingRows { table.add([.integer(Int64(n)), .text("ab")]) }
        #expect(written.count == 1 + RowWriter.sizingRows)  // the header, then the sampled rows
        table.add([.integer(1001), .text("wider")])
        #expect(written.last == "1001  wider\n")
        table.add([.integer(1002), .text("ok")])
        #expect(written.last == "1002  ok  \n")
        table.finish()
        #expect(written[0] == "n     text\n----  ----\n")
        #expect(table.notice?.text(.en) == "note: the columns were sized from the first 1000 rows; 1 later row did not fit and stands out of line (--format csv or tsv prints every value whole)")
        #expect(table.notice?.text(.ja) == "注意：列の幅は最初の 1000 行で決めました。その後の 1 行が収まらず、列からはみ出しています（--format csv か tsv ならすべての値をそのまま出力します）。")

        written = []
        let markdown = RowWriter(format: .markdown, columns: ["a"]) { written.append($0) }
        #expect(written == ["| a |\n| --- |\n"])
        markdown.add([.text("x|y")])
        #expect(written.last == "| x\\|y |\n")
    }

    @Test func controlCharactersShowInTablesAndStayInCSV() {
        let hostile: [[Value]] = [[.text("ok\u{1B}[2J\u{07}"), .text("\u{202E}cod.exe\u{2028}\u{9B}\u{FEFF}")]]
        #expect(RowWriter.render(format: .table, columns: ["a", "b"], rows: hostile) == """
            a              b                            
            -------------  -----------------------------
            ok\\x1b[2J\\x07  \\u202ecod.exe\\u2028\\x9b\\ufeff

            """)
        #expect(RowWriter.render(format: .markdown, columns: ["a"], rows: [[.text("\u{1B}]0;title\u{07}")]]) == "| a |\n| --- |\n| \\x1b]0;title\\x07 |\n")
        #expect(RowWriter.render(format: .csv, columns: ["a"], rows: [[.text("ok\u{1B}[2J")]]) == "a\r\nok\u{1B}[2J\r\n")
        #expect(TerminalText.visible("line\n\ttab\r\u{0}") == "line\n\ttab\\x0d\\x00")
        #expect(TerminalText.visible("香取市 plain") == "香取市 plain")
        #expect(TerminalText.visible("a\u{AD}b\u{200B}c\u{2060}d") == "a\\xadb\\u200bc\\u2060d")
    }
}

@Suite struct HeadingTests {
    @Test func tablesAndMarkdownShowTheHeadingsWhileMachineFormatsKeepTheKeys() {
        let rows: [[Value]] = [[.text("総務課"), .integer(3)]]
        func render(_ format: OutputFormat) -> String {
            var output = ""
            let writer = RowWriter(format: format, columns: ["dept", "missing"], headings: ["課", "未入力"]) { output += $0 }
            rows.forEach(writer.add)
            writer.finish()
            return output
        }
        #expect(render(.table) == "課      未入力\n------  ------\n総務課       3\n")
        #expect(render(.markdown) == "| 課 | 未入力 |\n| --- | --- |\n| 総務課 | 3 |\n")
        #expect(render(.csv) == "dept,missing\r\n総務課,3\r\n")
        #expect(render(.json) == "[\n  {\"dept\": \"総務課\", \"missing\": 3}\n]\n")
    }
}

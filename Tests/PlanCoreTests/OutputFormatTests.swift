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
    }
}

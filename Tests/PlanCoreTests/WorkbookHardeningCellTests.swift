import Foundation
@testable import PlanCore
import TestSupport
import Testing

/// Issue 23: how cells of a clerk's spreadsheet are read, and how texts are written, so that
/// nothing is silently changed on the way.
@Suite struct WorkbookHardeningCellTests {
    /// A percentage typed in a spreadsheet is stored as a fraction with a percent format and is
    /// read as the percentage shown; a `%` that is only printed (quoted or escaped) multiplies nothing.
    @Test(arguments: [
        (0.25, "0%", "25"), (0.255, "0.0%", "25.5"), (0.2, "0.00%", "20.00"), (95.2, "0.00\"%\"", "95.20"), (95.2, "0.00\\%", "95.20"),
        (12, "[$-411]0\"％\"", "12"), (0.5, "#,##0%;[Red]-#,##0%", "50"),
    ] as [(Double, String, String)])
    func percentagesAreReadAsTheyShow(value: Double, format: String, text: String) {
        #expect(EntryWorkbookReader.numberText(value, format: format) == text)
    }

    /// A part that declares a DTD or an entity, wherever and however often, is told before any
    /// XML parser reads it; a `<!` of a comment or CDATA, or a `<` at the very end, is no declaration.
    @Test func declarationsAreFoundAnywhereInAPart() {
        for declared in ["<!DOCTYPE x>", "<a/><!ENTITY e \"x\">", "<!doctype x>", "<x><!entity y>", "<<!DOCTYPE", "<!-- --><!ENTITY"] {
            #expect(XLSXReader.declaresDTD(Data(declared.utf8)), "\(declared)")
        }
        for plain in ["", "<", "<!", "<a>DOCTYPE ENTITY</a>", "<!-- DOCTYPE -->", "<![CDATA[<!DOCTY]]>", "<! DOCTYPE", "<!Doctype x>"] {
            #expect(!XLSXReader.declaresDTD(Data(plain.utf8)), "\(plain)")
        }
    }

    @Test func dateFormatsAreToldFromNumberFormats() {
        for date in ["mm-dd-yy", "yyyy/m/d", "[$-411]ggge\"年\"m\"月\"d\"日\"", "h:mm", "[h]:mm:ss", "m/d/yy h:mm", "yyyy\"年\"m\"月\"d\"日\";@"] {
            #expect(EntryWorkbookReader.isDateFormat(date), "\(date)")
        }
        for number in ["General", "0", "#,##0.00", "0.00%", "0.00E+00", "0\"日\"", "#,##0\"千円\"", "[Red]-#,##0", "@", "0.0\"days\""] {
            #expect(!EntryWorkbookReader.isDateFormat(number), "\(number)")
        }
    }

    /// ST_Xstring: `_x000D_` is a CR, `_x005F_` escapes the underscore of a literal escape.
    @Test func escapesAreDecodedAndEncodedAsTheFormatSays() {
        #expect(OOXMLEscape.decode("一行目_x000D_\n二行目") == "一行目\r\n二行目")
        #expect(OOXMLEscape.decode("_x005F_x0041_") == "_x0041_")
        #expect(OOXMLEscape.decode("_x0041_ and _x00e9_") == "A and é")
        #expect(OOXMLEscape.decode("_xD83D__xDE00_") == "😀")
        #expect(OOXMLEscape.decode("_x12G4_ _x12") == "_x12G4_ _x12")
        for text in ["_x0041_", "a\r\nb", "\u{1}", "plain_text", "_x005F_", "😀_x0041_😀", "改行\rのみ"] {
            #expect(OOXMLEscape.decode(OOXMLEscape.encode(text)) == text, "\(text)")
        }
        #expect(OOXMLEscape.encode("_x0041_") == "_x005F_x0041_")
        #expect(OOXMLEscape.encode("a\rb") == "a_x000D_b")
    }

    /// A stored text over a cell's 32,767 characters is cut with an ellipsis rather than failing the workbook.
    @Test func cellTextsFitACell() {
        #expect(XLSXSheet.cellText("短い") == "短い")
        let long = XLSXSheet.cellText(String(repeating: "あ", count: 40_000))
        #expect(long.unicodeScalars.count == XLSXSheet.cellTextLimit)
        #expect(long.hasSuffix("…"))
    }

    /// One rule for an entered text, whichever way it comes in.
    @Test func textsAreNormalisedOneWay() throws {
        #expect(EntryText.normalize("  実績\r\n二行目\r\n") == "実績\n二行目")
        #expect(EntryText.normalize("\t先頭タブ") == "先頭タブ")
        #expect(EntryText.normalize("\r先頭CR") == "先頭CR")
        #expect(EntryText.normalize("　全角空白　") == "全角空白")
        #expect(try EntryText.checked(String(repeating: "x", count: EntryText.limit), field: "note").count == EntryText.limit)
        let error = planError { _ = try EntryText.checked(String(repeating: "字", count: EntryText.limit + 1), field: "result") }
        #expect(error?.text(.en) == "the result has 4001 characters, more than the 4000 a text may have\nshorten it to 4000 characters or fewer")
        #expect(error?.text(.ja) == "実績が 4001 文字あり、上限の 4000 文字を超えています。\n4000 文字以内に短くしてください。")
    }
}

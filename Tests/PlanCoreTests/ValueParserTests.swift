@testable import PlanCore
import Testing

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("95.10", "%", "95.10", 95.1), ("９５．１０", "%", "95.10", 95.1), ("95.10%", "%", "95.10", 95.1), ("９５．１０％", "%", "95.10", 95.1),
        ("1,000,000", "千円", "1000000", 1_000_000), ("375,284千円", "千円", "375284", 375_284), (" 73.0 ", "%", "73.0", 73),
        ("-0", "人", "0", 0), ("−5", "人", "-5", -5), ("'-5", "人", "-5", -5), ("12,345.5", "件", "12345.5", 12345.5), ("0.5", "%", "0.5", 0.5),
    ])
    func acceptsWhatAClerkTypes(input: String, unit: String, text: String, value: Double) throws {
        #expect(try ValueParser.parse(input, unit: unit) == TypedNumber(text: text, value: value))
    }

    @Test(arguments: ["", "abc", "95,1", "1,00,000", "1.2.3", "95.10千円", "1e5", "--5", "5-", "=1+1", ".5", "5.", ",100", "NaN"])
    func refusesAnythingElse(input: String) {
        #expect(throws: PlanError.self, "\(input) was accepted") { try ValueParser.parse(input, unit: "%") }
    }

    /// NFKC would read a superscript, a circled or a fraction digit as a digit (9.5¹ → 9.51,
    /// ③⑤ → 35): only full-width digits, separators, sign, point and the unit are folded.
    @Test(arguments: [("9.5¹", "%"), ("545²", "人"), ("③⑤", "件"), ("½", "%"), ("1０⁰", "%"), ("５\u{FE52}５", "%"), ("95.10㌫", "%"), ("٣", "件")])
    func refusesCharactersThatOnlyLookLikeDigits(input: String, unit: String) {
        #expect(throws: PlanError(.valueNotANumber(input, unit: unit), advice: .valueExample(unit: unit))) { try ValueParser.parse(input, unit: unit) }
    }

    @Test func fullWidthUnitsSignsAndSpacesStillFold() throws {
        #expect(try ValueParser.parse("\u{3000}１２，３４５．５０件", unit: "件") == TypedNumber(text: "12345.50", value: 12345.5))
        #expect(try ValueParser.parse("－５人", unit: "人") == TypedNumber(text: "-5", value: -5))
    }
}

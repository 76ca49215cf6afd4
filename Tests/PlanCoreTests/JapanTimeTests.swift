@testable import PlanCore
import Testing

/// Stored instants (UTC) as people in Japan read them (issue 27).
@Suite struct JapanTimeTests {
    @Test func aUTCEveningIsTheNextDayInJapan() {
        #expect(JapanTime.display("2026-03-31T16:30:00.000Z") == "2026年4月1日 01:30")
        #expect(JapanTime.display("2026-11-29T11:06:12.188Z") == "2026年11月29日 20:06")
        #expect(JapanTime.display("2026-12-31T15:00:00Z") == "2027年1月1日 00:00")
    }

    /// The day a report says a year was frozen: Japan's day, not the UTC date the text begins with.
    @Test func theDayIsJapansDay() {
        #expect(JapanTime.day("2027-05-31T15:00:00.000Z") == "2027年6月1日")
        #expect(JapanTime.day("2027-05-31T14:59:59.999Z") == "2027年5月31日")
        #expect(JapanTime.day("") == "")
    }

    @Test func anythingElseIsShownAsItIs() {
        #expect(JapanTime.display("") == "")
        #expect(JapanTime.display("2026-11-29") == "2026-11-29")
        #expect(JapanTime.display("昨日") == "昨日")
    }
}

@testable import PlanCore
import Testing

/// The targets column is split over its bytes for speed; wherever a grapheme cluster could join
/// a separator to its neighbour, the split must fall back to, or agree with, the Character split.
@Suite struct TargetSplitTests {
    @Test func theByteSplitIsTheCharacterSplit() {
        let texts = [
            "", "\n", "2023:111件:111.0\n2025:131件:131.0", "2027:30％以内:30\n\n2025:－:", "2025:a:b:c", "x:1", "2023::",
            "2023:\u{301}x:1", "2023:ｶ\u{FF9E}:1", "2023:1:2\r\n2024:3:4", "2023\u{0600}:1:2", "2023:👍\u{1F3FB}:1", "2023:\u{200D}:1",
        ]
        for text in texts {
            let fast = SnapshotDocument.parseTargets(text).map { "\($0.year)|\($0.text)|\(String(describing: $0.value))" }
            let slow = SnapshotDocument.parseTargetCharacters(text).map { "\($0.year)|\($0.text)|\(String(describing: $0.value))" }
            #expect(fast == slow, "\(text.debugDescription)")
        }
    }
}

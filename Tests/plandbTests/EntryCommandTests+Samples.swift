import Foundation
import TestSupport
import Testing

/// The changes an import lists: the first ones in file order, whether they come from memory (no
/// actual yet in the sheet's years) or from comparing the staged rows with the recorded ones.
extension EntryCommandTests {
    static let sampleSheetHeader = "年度,区分,コード,名称,単位,現状値,目標値,実績値,評価,今後の方向性,実績・コメント,課題,備考\n"

    @Test func theFirstChangesAreListedInFileOrderOnAFirstSheetAndOnALaterOne() throws {
        // Not sorted by code or year: the file's order is what the list follows.
        try folder.write(Self.sampleSheetHeader + """
            2024,実績値,6-6-I2,x,,,,９５．１０,,,,,
            2023,実績値,6-6-I1,x,,,,550,,,,,初回
            2024,実績値,6-6-I1,x,,,,５４５,,,,,
            """, to: "first.csv")
        let first = try plandb("entry", "import", "first.csv", "--as", "総務課")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == """
            recorded 6-6-I2 \(try indicatorName("6-6-I2")) 2024（令和6）年度: 95.10
            recorded 6-6-I1 \(try indicatorName("6-6-I1")) 2023（令和5）年度: 550
            recorded 6-6-I1 \(try indicatorName("6-6-I1")) 2024（令和6）年度: 545
            imported first.csv (UTF-8): 3 changed, 0 unchanged, 0 left blank

            """)
        try folder.write(Self.sampleSheetHeader + """
            2024,実績値,6-6-I2,x,,,,95.1,,,,,
            2024,実績値,6-6-I1,x,,,,544,,,,,
            2023,実績値,6-6-I1,x,,,,550,,,,,改め
            """, to: "second.csv")
        let second = try plandb("entry", "import", "second.csv", "--as", "総務課")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == """
            recorded 6-6-I1 \(try indicatorName("6-6-I1")) 2024（令和6）年度: 545 → 544
            recorded 6-6-I1 \(try indicatorName("6-6-I1")) 2023（令和5）年度: note: "初回" → "改め"
            imported second.csv (UTF-8): 2 changed, 1 unchanged, 0 left blank

            """)
    }
}

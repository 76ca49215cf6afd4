import SQLiteDB

/// A snapshot read back for showing, comparing and publishing: policies in the document's
/// order, each with its indicators and initiatives, all from the frozen rows.
public struct SnapshotDocument: Sendable {
    public struct Indicator: Sendable {
        public let code, policyCode, name, unit, sourceDept, direction, baselineText, targetBasis: String
        public let isKPI: Bool
        public let baselineValue: Double?
        public let baselineYear: Int
        /// Every printed target: (year, text, value).
        public let targets: [(year: Int, text: String, value: Double?)]
        public let targetText: String?
        public let targetValue: Double?
        public let valueText: String?
        public let value: Double?
        public let achieved: Bool?
        public let progress: Double?

        /// 達成 or 未達成 as every report prints it; nil without an actual or a year target.
        public var achievedLabel: String? { achieved.map { $0 ? "達成" : "未達成" } }
    }

    public struct Initiative: Sendable {
        public let code, policyCode, directionCode, directionTitle, title: String
        public let isPriority, isReprint: Bool
        /// For a reprint, its original's evaluation (frozen so); these are its own for an original.
        public let grade, nextDirection, result, challenge: String?
        /// Where a reprint is evaluated; nil for an original, and for a reprint frozen before
        /// snapshots recorded it.
        public var reprintOrigin: ReprintOrigin? = nil

        /// What every export prints after a reprint's title.
        public var reprintMark: String {
            guard isReprint else { return "" }
            switch reprintOrigin {
            case .original(let code, let dept)?: return "（再掲：評価は \(code)・\(dept)）"
            case .outsidePlan?: return "（再掲：本計画外の初出箇所で評価）"
            case nil: return "（再掲）"
            }
        }
    }

    /// Where a reprint （再掲） is evaluated: at its original in this plan, or where it is first
    /// printed, outside this plan.
    public enum ReprintOrigin: Sendable, Equatable {
        case original(code: String, dept: String)
        case outsidePlan
    }

    public struct Policy: Sendable {
        public let code, title, leadDept, vision: String
        public let firstGrade, firstComment, secondGrade, secondComment: String?
        public var indicators: [Indicator] = []
        public var initiatives: [Initiative] = []
    }

    public let info: SnapshotInfo
    public let plan: PlanRef
    public let policies: [Policy]
    /// A line per policy on the outlook (見通し), when the report carries one (`withOutlook`).
    public var outlook: [String: Message] = [:]
    /// The frozen 事務事業 and costs; empty for a document assembled from live rows.
    public var projectsSection = SnapshotProjects()

    public static func load(_ store: PlanDatabase, plan: PlanRef, snapshot: SnapshotInfo) throws -> SnapshotDocument {
        let db = store.connection
        func rows(_ table: String) throws -> [Row] { try db.rows("SELECT * FROM \(table) WHERE snapshot_id = ? ORDER BY seq", [snapshot.id]) }
        var document = assemble(
            info: snapshot, plan: try frozenPlan(db, snapshot: snapshot, live: plan), policies: try rows("snapshot_policies"),
            indicators: try rows("snapshot_indicators"), initiatives: try rows("snapshot_initiatives"), reprints: try rows("snapshot_reprints"))
        document.projectsSection = try SnapshotProjects.load(db, snapshotID: snapshot.id)
        return document
    }

    /// A document from rows named as the snapshot tables' columns: the frozen rows, or the live
    /// rows a snapshot would freeze (SnapshotContent's queries).
    static func assemble(
        info snapshot: SnapshotInfo, plan: PlanRef, policies: [Row], indicators: [Row], initiatives: [Row], reprints: [Row]
    ) -> SnapshotDocument {
        var policies = policies.map(Policy.init(fields:))
        let indicators = indicators.map(Indicator.init(fields:))
        let origins = reprintOrigins(reprints)
        let initiatives = initiatives.map { Initiative(fields: $0, origins: origins) }
        for index in policies.indices {
            policies[index].indicators = indicators.filter { $0.policyCode == policies[index].code }
            policies[index].initiatives = initiatives.filter { $0.policyCode == policies[index].code }
        }
        return SnapshotDocument(info: snapshot, plan: plan, policies: policies)
    }

    /// Where each reprint of the snapshot is evaluated, by initiative code (few rows).
    static func reprintOrigins(_ reprints: [Row]) -> [String: ReprintOrigin] {
        Dictionary(uniqueKeysWithValues: reprints.map { row in
            (row.string("initiative_code") ?? "",
             row.string("original_code").map { ReprintOrigin.original(code: $0, dept: row.string("original_dept") ?? "") } ?? .outsidePlan)
        })
    }

    /// The plan as it was when the snapshot was frozen: the report prints its name, municipality,
    /// period and coordinator, and must not follow later edits of the plans table.
    static func frozenPlan(_ db: Database, snapshot: SnapshotInfo, live: PlanRef) throws -> PlanRef {
        guard let row = try db.row("SELECT * FROM snapshot_headers WHERE snapshot_id = ?", [snapshot.id]) else { return live }
        return PlanRef(
            id: live.id, code: row.string("plan_code") ?? "", name: row.string("plan_name") ?? "", municipality: row.string("municipality") ?? "",
            startYear: row.int("start_year") ?? 0, endYear: row.int("end_year") ?? 0, coordinator: row.string("coordinator") ?? "",
            grades: live.grades, visionLabel: live.visionLabel)
    }

    /// The `targets` column: a "year:text:value" line per printed target. Read over the UTF-8
    /// bytes (a snapshot has one per indicator, and Characters made exports several times
    /// slower); a text where a byte split could differ from the Character split the format was
    /// defined with (CR LF, or a colon joined to a combining mark) takes the Character split.
    static func parseTargets(_ text: String) -> [(year: Int, text: String, value: Double?)] {
        splitTargetBytes(text) ?? parseTargetCharacters(text)
    }

    /// Lines split at "\n" and at their first two ":"; nil when a separator has beside it a
    /// character that a grapheme cluster could join to it (`joinsNothing`).
    private static func splitTargetBytes(_ text: String) -> [(year: Int, text: String, value: Double?)]? {
        // Read in the string's own storage: an array of its bytes per indicator was a copy for nothing.
        var text = text
        return text.withUTF8(splitTargetBytes)
    }

    private static func splitTargetBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [(year: Int, text: String, value: Double?)]? {
        let newline = UInt8(ascii: "\n"), colon = UInt8(ascii: ":")
        func plainNeighbours(_ index: Int) -> Bool {
            // An ASCII neighbour is answered from its byte, as joinsNothing answers it: only a CR
            // joins (to LF). Most separators have one, and decoding each was a tenth of an export.
            let beforeByte = index == 0 ? nil : bytes[index - 1], afterByte = index + 1 == bytes.count ? nil : bytes[index + 1]
            if let beforeByte, beforeByte < 0x80, beforeByte == 0x0D { return false }
            if let afterByte, afterByte < 0x80, afterByte == 0x0D { return false }
            if (beforeByte ?? 0) < 0x80, (afterByte ?? 0) < 0x80 { return true }
            var first = index - 1
            while first > 0, bytes[first] & 0xC0 == 0x80 { first -= 1 }
            let before = index == 0 || joinsNothing(scalar(at: first))
            let after = index + 1 == bytes.count || joinsNothing(scalar(at: index + 1))
            return before && after
        }
        // The scalar that starts at a byte; nil for an ill-formed one (String(decoding:) made it
        // U+FFFD): joinsNothing is false for both.
        func scalar(at start: Int) -> Unicode.Scalar? {
            var iterator = bytes[start...].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return nil
        }
        // Each line's parts as byte ranges; a line becomes a target only with all three parts and
        // a whole year, as in parseTargetCharacters, and only then are its strings made.
        var targets: [(year: Int, text: String, value: Double?)] = []
        // Room for the handful of targets a plan prints, so that the array is not grown target by target.
        targets.reserveCapacity(8)
        var parts: [Range<Int>] = []
        var start = 0
        func cut(_ end: Int) {
            parts.append(start..<end)
            start = end + 1
        }
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func finishLine() {
            guard parts.count == 3, let year = wholeNumber(bytes[parts[0]]) ?? Int(string(parts[0])) else { return }
            let value = plainDecimal(bytes[parts[2]]) ?? Double(string(parts[2]))
            targets.append((year, string(parts[1]), value))
        }
        for (index, byte) in bytes.enumerated() {
            if byte == newline {
                guard plainNeighbours(index) else { return nil }
                // An empty line is skipped, as split(separator:) skips it.
                if index > start || !parts.isEmpty {
                    cut(index)
                    finishLine()
                } else {
                    start = index + 1
                }
                parts.removeAll(keepingCapacity: true)
            } else if byte == colon, parts.count < 2 {
                guard plainNeighbours(index) else { return nil }
                cut(index)
            }
        }
        if start < bytes.count || !parts.isEmpty {
            cut(bytes.count)
            finishLine()
        }
        return targets
    }

    /// Plain digits read without making a String; nil for anything else (a sign, too many digits
    /// to be sure of no overflow), which Int(String) then reads as it always did.
    private static func wholeNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard (1...18).contains(digits.count) else { return nil }
        var number = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return number
    }

    /// Digits with at most one point among them (`131.0`, `95.15`), fifteen digits at most, read
    /// as their whole number over a power of ten: both are exact in a Double, so the quotient is
    /// the correctly rounded value that Double(String) gives too (strtod's own fast path, after
    /// Clinger). nil for anything else (a sign, an exponent, more digits), which Double(String)
    /// then reads as it always did; strtod was a twelfth of a large CSV export.
    private static func plainDecimal(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var mantissa = 0, digits = 0, fractionDigits: Int? = nil
        for byte in text {
            if byte == UInt8(ascii: "."), fractionDigits == nil, digits > 0 {
                fractionDigits = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 15 else { return nil }
            mantissa = mantissa * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            if let count = fractionDigits { fractionDigits = count + 1 }
        }
        guard digits > 0, fractionDigits != 0 else { return nil }
        return Double(mantissa) / powersOfTen[fractionDigits ?? 0]
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1) { power, _ in power * 10 } }

    /// ASCII but CR, or a CJK, kana or full-width character that is not a combining mark: no
    /// grapheme cluster rule joins one of these to a neighbouring "\n" or ":" (a CR joins LF;
    /// marks, ZWJ, emoji modifiers and prepend characters lie outside these blocks or are marks).
    private static func joinsNothing(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII { return scalar != "\r" }
        guard cjkRange.contains(scalar.value) else { return false }
        return cjkJoinsNothing[Int(scalar.value - cjkRange.lowerBound)]
    }

    private static let cjkRange: ClosedRange<UInt32> = 0x3000...0xFFEF

    /// joinsNothing for every scalar from U+3000 to U+FFEF, worked out once (a few ms): the two
    /// Unicode property look-ups per separator beside a kanji were a tenth of a large export.
    private static let cjkJoinsNothing: [Bool] = cjkRange.map { value in
        let blocks: [ClosedRange<UInt32>] = [0x3000...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF]
        guard let scalar = Unicode.Scalar(value), blocks.contains(where: { $0.contains(value) }) else { return false }
        return !scalar.properties.isGraphemeExtend && scalar.properties.generalCategory != .spacingMark
    }

    static func parseTargetCharacters(_ text: String) -> [(year: Int, text: String, value: Double?)] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, let year = Int(parts[0]) else { return nil }
            return (year, parts[1], Double(parts[2]))
        }
    }

    public var indicators: [Indicator] { policies.flatMap(\.indicators) }
    public var initiatives: [Initiative] { policies.flatMap(\.initiatives) }

    /// One row per item: what `snapshot show` prints and the CSV export holds.
    public func rows() -> (columns: [String], rows: [[Value]]) {
        var rows: [[Value]] = []
        for policy in policies {
            rows.append([.text("施策"), .text(policy.code), .text(policy.title), .text(policy.firstGrade ?? ""), .text(policy.secondGrade ?? ""),
                .text(""), .text(""), .text(policy.leadDept)])
            for indicator in policy.indicators {
                rows.append([
                    .text("指標"), .text(indicator.code), .text(indicator.name), .text(FigureText.recorded(indicator.valueText, unit: indicator.unit) ?? ""),
                    .text(Self.targetLabel(indicator)), .text(indicator.achievedLabel ?? ""),
                    indicator.progress.map(Value.real) ?? .null, .text(indicator.sourceDept),
                ])
            }
            for initiative in policy.initiatives {
                rows.append([.text("取組"), .text(initiative.code), .text(initiative.title + initiative.reprintMark), .text(initiative.grade ?? ""),
                    .text(initiative.nextDirection ?? ""), .text(""), .null, .text(policy.leadDept)])
            }
        }
        return (["区分", "コード", "名称", "実績・評価", "目標・方向性", "達成", "進捗率", "担当"], rows)
    }

    static func targetLabel(_ indicator: Indicator) -> String {
        switch indicator.targetBasis {
        case "printed": return indicator.targetText ?? ""
        case "interpolated": return indicator.targetValue.map { FigureText.computed($0) + indicator.unit + "（補間）" } ?? ""
        default: return "目標値なし"
        }
    }
}

/// What changed between two snapshots: values, achievement and grades.
public enum SnapshotDiff {
    /// The changed fields; the kind is a key (policy, indicator, initiative) unless the rows are
    /// `forPeople`, when it is the word in the user's language.
    public static func rows(_ a: SnapshotDocument, _ b: SnapshotDocument, forPeople: Bool = false) -> (columns: [String], rows: [[Value]]) {
        var rows: [[Value]] = []
        func compare(_ kind: String, _ code: String, _ field: String, _ old: String?, _ new: String?) {
            let kind = forPeople ? Message.snapshotDiffKind(kind).text() : kind
            if old != new { rows.append([.text(kind), .text(code), .text(field), old.map(Value.text) ?? .null, new.map(Value.text) ?? .null]) }
        }
        let oldPolicies = Dictionary(uniqueKeysWithValues: a.policies.map { ($0.code, $0) })
        for policy in b.policies {
            let old = oldPolicies[policy.code]
            compare("policy", policy.code, "一次評価", old?.firstGrade, policy.firstGrade)
            compare("policy", policy.code, "二次評価", old?.secondGrade, policy.secondGrade)
        }
        let oldIndicators = Dictionary(uniqueKeysWithValues: a.indicators.map { ($0.code, $0) })
        for indicator in b.indicators {
            let old = oldIndicators[indicator.code]
            // For people, as every report prints a recorded value (512345 → 512,345千円).
            let shown = { (text: String?) in forPeople ? FigureText.recorded(text, unit: indicator.unit) : text }
            compare("indicator", indicator.code, "実績値", shown(old?.valueText), shown(indicator.valueText))
            compare("indicator", indicator.code, "達成", old?.achieved.map { $0 ? "1" : "0" }, indicator.achieved.map { $0 ? "1" : "0" })
            compare("indicator", indicator.code, "進捗率", old?.progress.map(CellText.realText), indicator.progress.map(CellText.realText))
        }
        let oldInitiatives = Dictionary(uniqueKeysWithValues: a.initiatives.map { ($0.code, $0) })
        for initiative in b.initiatives {
            let old = oldInitiatives[initiative.code]
            compare("initiative", initiative.code, "評価", old?.grade, initiative.grade)
            compare("initiative", initiative.code, "今後の方向性", old?.nextDirection, initiative.nextDirection)
        }
        return (["kind", "code", "field", "\(a.info.fiscalYear) v\(a.info.version)", "\(b.info.fiscalYear) v\(b.info.version)"], rows)
    }

    /// The headings above the rows for people.
    public static func headings(_ a: SnapshotDocument, _ b: SnapshotDocument) -> [Message] {
        [.snapshotDiffKindHeading, .snapshotDiffCodeHeading, .snapshotDiffFieldHeading,
         .snapshotDiffSideHeading(a.info.fiscalYear, version: a.info.version), .snapshotDiffSideHeading(b.info.fiscalYear, version: b.info.version)]
    }
}

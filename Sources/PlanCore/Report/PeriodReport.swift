import SQLiteDB

/// The plan's years side by side (期間評価): each indicator, initiative and policy across the
/// years, read from the latest frozen snapshot of each year, or from the live data for a year
/// not frozen yet (marked so). Every figure of a year is traceable to its source: the year's
/// snapshot version and SHA-256.
public struct PeriodReport: Sendable {
    /// Where a year's figures come from: its latest snapshot, or the live data (snapshot nil).
    public struct Source: Sendable {
        public let year: Int
        public let snapshot: SnapshotInfo?
    }

    public struct IndicatorYear: Sendable {
        public let year: Int
        public let targetText: String?
        public let targetValue: Double?
        public let targetBasis: String
        public let valueText: String?
        public let value: Double?
        public let achieved: Bool?
        public let progress: Double?
    }

    public struct Indicator: Sendable {
        public let code, policyCode, name, unit, sourceDept, direction, baselineText: String
        public let isKPI: Bool
        public let baselineValue: Double?
        public let baselineYear: Int
        public let targets: [(year: Int, text: String, value: Double?)]
        /// One per year of the report, in order.
        public let years: [IndicatorYear]
        /// Least squares over the baseline and the actuals of every year of the plan up to the
        /// report's last year (OutlookFit: the formula of v_indicator_outlook); nil with no actual.
        public let outlook: OutlookFit?
        /// The last printed target with a number, as printed.
        public let finalTarget: (year: Int, text: String, value: Double)?
        public let judgement: OutlookJudgement?

        /// The latest year of the report with an actual.
        public var latest: IndicatorYear? { years.last { $0.value != nil } }
    }

    public struct InitiativeYear: Sendable {
        public let year: Int
        public let grade, nextDirection: String?
        /// The grade or 今後の方向性 differs from the nearest earlier year that has an evaluation.
        public let changed: Bool
    }

    public struct Initiative: Sendable {
        public let code, policyCode, directionTitle, title: String
        public let isReprint: Bool
        public let years: [InitiativeYear]
    }

    public struct PolicyYear: Sendable {
        public let year: Int
        public let firstGrade, firstComment, secondGrade, secondComment: String?
        /// What the policy cost that year (千円), from its projects; nil without any.
        public var cost: SnapshotProjects.Cost? = nil
    }

    public struct Policy: Sendable {
        public let code, title, leadDept: String
        public let years: [PolicyYear]
        public let indicators: [Indicator]
        public let initiatives: [Initiative]
    }

    /// The indicators sorted for the summary.
    public struct Summary: Sendable {
        public let achieved, notAchieved, atRisk, noActual: [Indicator]
    }

    public let plan: PlanRef
    public let from: Int
    public let to: Int
    public let sources: [Source]
    public let policies: [Policy]

    public var indicators: [Indicator] { policies.flatMap(\.indicators) }
    public var initiatives: [Initiative] { policies.flatMap(\.initiatives) }

    public var summary: Summary {
        let all = indicators
        return Summary(
            achieved: all.filter { $0.latest?.achieved == true }, notAchieved: all.filter { $0.latest?.achieved == false },
            atRisk: all.filter { $0.judgement?.onTrack == false }, noActual: all.filter { $0.latest == nil })
    }

    public func source(_ year: Int) -> Source? { sources.first { $0.year == year } }

    /// Reads the years `from` to `to` (both within the plan's period). The outlook also uses the
    /// plan's years before `from`, so it is the outlook as of `to` whatever the first year shown.
    public static func build(_ store: PlanDatabase, plan: PlanRef, from: Int, to: Int) throws -> PeriodReport {
        for year in [from, to] where !(plan.startYear...plan.endYear).contains(year) {
            throw PlanError(.outlookYearOutside(FiscalYear.label(year), from: plan.startYear, to: plan.endYear),
                            advice: .reportYearOutsideAdvice(from: plan.startYear, to: plan.endYear))
        }
        guard from <= to else { throw PlanError(.reportYearsReversed(from, to), advice: .reportYearsReversedAdvice) }
        let snapshots = try Snapshots(store, plan: plan).list()
        var documents: [Int: SnapshotDocument] = [:]
        var sources: [Source] = []
        for year in plan.startYear...to {
            let latest = snapshots.last { $0.fiscalYear == year }
            documents[year] = try latest.map { try SnapshotDocument.load(store, plan: plan, snapshot: $0) } ?? SnapshotDocument.live(store, plan: plan, year: year)
            if year >= from { sources.append(Source(year: year, snapshot: latest)) }
        }
        let shown = Array(from...to)
        let allYears = Array(plan.startYear...to)
        // The plan's text as the last year shows it; each year's figures from that year.
        let last = documents[to]!
        // Looked up by code, not searched: a linear search per item and year made a plan of
        // 100,000 indicators take minutes (issue #14). The first of a repeated code wins, as before.
        func byCode<T>(_ items: [T], _ code: (T) -> String) -> [String: T] { Dictionary(items.map { (code($0), $0) }, uniquingKeysWith: { first, _ in first }) }
        let indicators = documents.mapValues { byCode($0.indicators, \.code) }
        let initiatives = documents.mapValues { byCode($0.initiatives, \.code) }
        let policiesByCode = documents.mapValues { byCode($0.policies, \.code) }
        func indicator(_ code: String, in year: Int) -> SnapshotDocument.Indicator? { indicators[year]?[code] }
        func initiative(_ code: String, in year: Int) -> SnapshotDocument.Initiative? { initiatives[year]?[code] }
        func policy(_ code: String, in year: Int) -> SnapshotDocument.Policy? { policiesByCode[year]?[code] }

        let policies = last.policies.map { latestPolicy in
            let indicators = latestPolicy.indicators.map { latestIndicator -> Indicator in
                let years = shown.map { year -> IndicatorYear in
                    let item = indicator(latestIndicator.code, in: year)
                    return IndicatorYear(
                        year: year, targetText: item?.targetText, targetValue: item?.targetValue, targetBasis: item?.targetBasis ?? "none",
                        valueText: item?.valueText, value: item?.value, achieved: item?.achieved, progress: item?.progress)
                }
                let actuals = allYears.compactMap { year in indicator(latestIndicator.code, in: year)?.value.map { (year: year, value: $0) } }
                let baseline = latestIndicator.baselineValue.map { (year: latestIndicator.baselineYear, value: $0) }
                let outlook = OutlookFit(baseline: baseline, actuals: actuals, finalYear: plan.endYear)
                let finalTarget = latestIndicator.targets.last { $0.value != nil }.map { (year: $0.year, text: $0.text, value: $0.value!) }
                return Indicator(
                    code: latestIndicator.code, policyCode: latestIndicator.policyCode, name: latestIndicator.name, unit: latestIndicator.unit,
                    sourceDept: latestIndicator.sourceDept, direction: latestIndicator.direction, baselineText: latestIndicator.baselineText,
                    isKPI: latestIndicator.isKPI, baselineValue: latestIndicator.baselineValue, baselineYear: latestIndicator.baselineYear,
                    targets: latestIndicator.targets, years: years, outlook: outlook, finalTarget: finalTarget,
                    judgement: outlook.map {
                        OutlookJudgement(direction: latestIndicator.direction, forecast: $0.forecast, finalTarget: finalTarget?.value,
                                         baseline: latestIndicator.baselineValue)
                    })
            }
            let initiatives = latestPolicy.initiatives.map { latestInitiative -> Initiative in
                var previous: (String?, String?)? = nil
                let years = shown.map { year -> InitiativeYear in
                    let item = initiative(latestInitiative.code, in: year)
                    let current = (item?.grade, item?.nextDirection)
                    let changed = item?.grade != nil && previous.map { $0.0 != current.0 || $0.1 != current.1 } == true
                    if item?.grade != nil { previous = current }
                    return InitiativeYear(year: year, grade: item?.grade, nextDirection: item?.nextDirection, changed: changed)
                }
                return Initiative(code: latestInitiative.code, policyCode: latestInitiative.policyCode, directionTitle: latestInitiative.directionTitle,
                                  title: latestInitiative.title, isReprint: latestInitiative.isReprint, years: years)
            }
            let years = shown.map { year -> PolicyYear in
                let item = policy(latestPolicy.code, in: year)
                return PolicyYear(year: year, firstGrade: item?.firstGrade, firstComment: item?.firstComment,
                                  secondGrade: item?.secondGrade, secondComment: item?.secondComment,
                                  cost: documents[year]?.projectsSection.cost(policy: latestPolicy.code))
            }
            return Policy(code: latestPolicy.code, title: latestPolicy.title, leadDept: latestPolicy.leadDept, years: years,
                          indicators: indicators, initiatives: initiatives)
        }
        return PeriodReport(plan: plan, from: from, to: to, sources: sources, policies: policies)
    }
}

extension SnapshotDocument {
    /// What a snapshot of `year` would hold if the year were frozen now (version 0, no hash).
    static func live(_ store: PlanDatabase, plan: PlanRef, year: Int) throws -> SnapshotDocument {
        let rows = try SnapshotContent.liveRows(store.connection, plan: plan, year: year)
        let info = SnapshotInfo(id: 0, fiscalYear: year, version: 0, createdAt: "", createdBy: "", note: nil, missing: 0, sha256: "")
        var document = assemble(info: info, plan: plan, policies: rows["snapshot_policies"] ?? [], indicators: rows["snapshot_indicators"] ?? [],
                                initiatives: rows["snapshot_initiatives"] ?? [], reprints: rows["snapshot_reprints"] ?? [])
        document.projectsSection = SnapshotProjects(
            projects: rows["snapshot_projects"] ?? [], links: rows["snapshot_project_links"] ?? [], costs: rows["snapshot_costs"] ?? [])
        return document
    }

    /// The yearly report with a line per policy on the outlook: computed from the snapshots of
    /// the plan's years up to this one, like the period report, so that it rests on frozen figures
    /// (SnapshotOutlook, which the HTML export prints).
    public func withOutlook(_ store: PlanDatabase) throws -> SnapshotDocument {
        var document = self
        document.outlook = try SnapshotOutlook.policyLines(store, snapshot: info, plan: plan)
        return document
    }
}

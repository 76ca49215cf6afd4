/// What an export reads of a snapshot, in the document's order: a loaded SnapshotDocument, or a
/// SnapshotStream that reads the frozen rows through cursors, so that both give the same bytes.
protocol SnapshotSource {
    var info: SnapshotInfo { get }
    var plan: PlanRef { get }
    /// The outlook line per policy; empty unless the export prints it (HTML).
    var outlook: [String: Message] { get }
    /// Every policy (without its items) with its figures for the summary, in order.
    func summaries() throws -> [(policy: SnapshotDocument.Policy, summary: PolicySummary)]
    /// Calls the visitor for each policy, then each of its indicators, then its initiatives.
    func walk(_ visitor: some SnapshotVisitor) throws
    /// The year's 事務事業 and what each policy and 主な取組 cost; empty when none were frozen.
    func projects() throws -> SnapshotProjects
}

/// Receives a snapshot's items in the document's order: `policy`, its indicators, `initiatives`,
/// its initiatives, `endPolicy`; then the next policy.
protocol SnapshotVisitor: AnyObject {
    func policy(_ policy: SnapshotDocument.Policy) throws
    func indicator(_ indicator: SnapshotDocument.Indicator) throws
    func initiatives(of policy: SnapshotDocument.Policy) throws
    func initiative(_ initiative: SnapshotDocument.Initiative) throws
    func endPolicy(_ policy: SnapshotDocument.Policy) throws
}

extension SnapshotSource {
    var title: String {
        "\(plan.municipality) \(plan.name) \(FiscalYear.label(info.fiscalYear)) 評価結果報告書"
    }

    var stamp: String {
        "第\(info.version)版・\(JapanTime.display(info.createdAt)) 作成（\(info.createdBy)）・SHA-256 \(info.sha256)"
    }

    /// A policy's cost in one line, as every text report prints it; nil when it has no projects.
    func costLine(_ cost: SnapshotProjects.Cost?) -> String? {
        guard let cost else { return nil }
        let amount = { (value: Int64?) in value.map { SnapshotProjects.amount($0) + "千円" } ?? "—" }
        return "フルコスト \(amount(cost.fullCost))（予算額 \(amount(cost.budget))・決算額 \(amount(cost.settled))・人件費 \(amount(cost.personnelCost))・一般財源 \(amount(cost.generalRevenue))、事業 \(cost.projects) 件）"
    }

    /// The CSV's 区分 of a policy's cost row and of a project's row.
    var policyCostKind: String { "施策の費用" }
    var projectKind: String { "事業" }

    /// A project's figures and 人工 in one line, for the CSV's 備考.
    func figuresAndStaffLine(_ project: SnapshotProjects.Project) -> String {
        figuresLine(project) + (project.staff.isEmpty ? "" : "・人工 " + project.staffLabel)
    }

    /// A project's figures in one line (千円).
    func figuresLine(_ project: SnapshotProjects.Project) -> String {
        let amount = SnapshotProjects.amount
        return "予算額 \(amount(project.budget))・決算額 \(amount(project.settled))・人件費 \(amount(project.personnelCost))・フルコスト \(amount(project.fullCost))・一般財源 \(amount(project.generalRevenue))（千円、事業費は\(project.basisLabel ?? "—")）"
    }
}

extension SnapshotDocument: SnapshotSource {
    func projects() throws -> SnapshotProjects { projectsSection }

    func summaries() throws -> [(policy: Policy, summary: PolicySummary)] {
        policies.map { ($0, PolicySummary($0)) }
    }

    func walk(_ visitor: some SnapshotVisitor) throws {
        for policy in policies {
            try visitor.policy(policy)
            for indicator in policy.indicators { try visitor.indicator(indicator) }
            try visitor.initiatives(of: policy)
            for initiative in policy.initiatives { try visitor.initiative(initiative) }
            try visitor.endPolicy(policy)
        }
    }
}

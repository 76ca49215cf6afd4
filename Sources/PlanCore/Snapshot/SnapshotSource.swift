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
        "第\(info.version)版・\(info.createdAt.prefix(10)) 作成（\(info.createdBy)）・SHA-256 \(info.sha256)"
    }
}

extension SnapshotDocument: SnapshotSource {
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

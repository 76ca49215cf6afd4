// The catalog: submission (提出) of a year by a department and its return (差し戻し).
extension Message {
    /// The column `plandb history` adds after historyHeadings: who made the change.
    public static let historyActorHeading = Message("submission.heading.actor", en: "by", ja: "入力者")

    /// The two columns `status` adds after statusSummaryHeadings.
    public static let submissionSummaryHeadings = [
        Message("submission.heading.state", en: "state", ja: "状態"),
        Message("submission.heading.since", en: "since", ja: "日時"),
    ]

    static func submitted(_ dept: String, _ year: String, _ entered: Int, _ required: Int, _ coordinator: String) -> Message {
        Message("submission.submitted",
            en: "\(dept) submitted \(year) with \(entered) of \(required) items entered; its entries for the year are refused until \(coordinator) returns it",
            ja: "\(dept) は \(year) を提出しました（\(required) 件中 \(entered) 件入力済み）。\(coordinator) が差し戻すまで、この年度の入力はできません。")
    }
    static func alreadySubmitted(_ dept: String, _ year: String, _ at: String, _ actor: String) -> Message {
        Message("submission.already_submitted",
            en: "\(dept) already submitted \(year) (at \(at), by \(actor)); nothing was changed",
            ja: "\(dept) は \(year) をすでに提出しています（\(at)、\(actor)）。何も変更していません。")
    }
    static func returnAdvice(_ dept: String, _ year: Int, _ coordinator: String) -> Message {
        Message("submission.return.advice",
            en: "to change it, \(coordinator) returns it first: `plandb return \(dept) --year \(year) --reason TEXT --as \(coordinator)`",
            ja: "変更するには、まず \(coordinator) が差し戻します: `plandb return \(dept) --year \(year) --reason TEXT --as \(coordinator)`")
    }
    static func entriesRefusedSubmitted(_ dept: String, _ year: String, _ at: String) -> Message {
        Message("submission.entries_refused",
            en: "\(dept) submitted \(year) (at \(at)): its entries for the year are refused until it is returned; nothing was recorded",
            ja: "\(dept) は \(year) を提出済みです（\(at)）。差し戻されるまで、この年度の入力はできません。何も記録していません。")
    }
    static func returnNotCoordinator(_ dept: String, _ coordinator: String) -> Message {
        Message("submission.return_not_coordinator",
            en: "\(dept) cannot return a submission: only the coordinator \(coordinator) may; nothing was changed",
            ja: "\(dept) は差し戻しできません。差し戻せるのは取りまとめ課の \(coordinator) だけです。何も変更していません。")
    }
    static func returnNotCoordinatorAdvice(_ coordinator: String) -> Message {
        Message("submission.return_not_coordinator.advice",
            en: "ask \(coordinator) to return it",
            ja: "\(coordinator) に差し戻しを依頼してください。")
    }
    static func notSubmitted(_ dept: String, _ year: String, _ state: String) -> Message {
        Message("submission.not_submitted",
            en: "\(dept) has not submitted \(year) (its state is \(state)); there is nothing to return",
            ja: "\(dept) は \(year) を提出していません（状態: \(state)）。差し戻すものはありません。")
    }
    static func notSubmittedAdvice(_ dept: String) -> Message {
        Message("submission.not_submitted.advice",
            en: "`plandb status --year YEAR` shows each department's state; \(dept) submits with `plandb submit`",
            ja: "各課の状態は `plandb status --year YEAR` で確認できます。\(dept) は `plandb submit` で提出します。")
    }
    static let returnReasonMissing = Message("submission.reason_missing",
        en: "a return needs a reason; nothing was changed",
        ja: "差し戻しには理由が必要です。何も変更していません。")
    static let returnReasonAdvice = Message("submission.reason_missing.advice",
        en: "say what to correct with --reason TEXT",
        ja: "--reason で直してほしい点を書いてください。")
    static func returned(_ dept: String, _ year: String, _ reason: String) -> Message {
        Message("submission.returned",
            en: "returned \(year) to \(dept) (reason: \(reason)); \(dept) can enter again and submit",
            ja: "\(year) を \(dept) に差し戻しました（理由: \(reason)）。\(dept) は再び入力して提出できます。")
    }

    static func stateNotSubmittedLine(_ dept: String, _ year: String) -> Message {
        Message("submission.state_line.not_submitted",
            en: "\(dept) has not submitted \(year) yet (未提出)",
            ja: "\(dept) は \(year) をまだ提出していません（未提出）。")
    }
    static func stateSubmittedLine(_ dept: String, _ year: String, _ at: String, _ actor: String) -> Message {
        Message("submission.state_line.submitted",
            en: "\(dept) submitted \(year) at \(at), by \(actor) (提出済)",
            ja: "\(dept) は \(year) を提出しました（提出済、\(at)、\(actor)）。")
    }
    static func stateReturnedLine(_ dept: String, _ year: String, _ at: String, _ actor: String, _ reason: String) -> Message {
        Message("submission.state_line.returned",
            en: "\(year) was returned to \(dept) at \(at), by \(actor) (差し戻し): \(reason)",
            ja: "\(year) は \(dept) に差し戻されました（差し戻し、\(at)、\(actor)）。理由: \(reason)")
    }
}

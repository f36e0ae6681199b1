import AtelierKit

/// Action planning: turns the proposals selected by a vote (or the top of a matrix) into the action
/// list — title, carrier, lead service, partners, horizon, priority rank and provenance — merging and
/// splitting proposals on request and keeping what the facilitator already wrote.
///
/// Reads items, categories, results and actions; writes actions. See `methods/builtin/action-plan.md`.
public struct ActionPlan: WorkshopMethod {
    /// The name the registry's `implementation.module` uses.
    public static let moduleName = "ActionPlan"

    /// Creates the method; it keeps no state between runs.
    public init() {}

    /// Drafts one action per selected proposal (or merge group, or split part) and reconciles the
    /// drafts with the existing actions.
    /// - Throws: ``MethodError`` when there is no source result or it selects nothing, a parameter names a
    ///   proposal or category the workshop lacks, or an action would have no title or no carrier.
    public func run(_ request: MethodRequest) throws -> MethodResult {
        let workshop = request.workshop
        let settings = try PlanSettings(request)
        let selection = try SelectedProposals(settings, workshop: workshop)
        let drafts = try DraftMaker(settings: settings, selection: selection, workshop: workshop).drafts()
        let ledger = ActionLedger(drafts: drafts, existing: workshop.actions)
        let summary = PlanWording(language: request.language).summary(
            actions: drafts.count, step: selection.step, created: ledger.created, updated: ledger.updated,
            unchanged: ledger.unchanged, kept: ledger.kept.map(\.id))
        return MethodResult(changes: ChangeSet(actions: Edits(upsert: ledger.upserts)), summary: summary)
    }
}

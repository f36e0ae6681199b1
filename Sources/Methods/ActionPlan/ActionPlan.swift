import AtelierKit

/// Action planning: turns the proposals selected by a vote (or the top of a matrix) into the action
/// list — title, carrier, lead service, partners, horizon, priority rank and provenance — merging and
/// splitting proposals on request and keeping what the facilitator already wrote.
///
/// Reads items, categories, results and actions; writes actions and its result (which proposal became
/// which action, remembered for the next run). See `methods/builtin/action-plan.md`.
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
        let ledger = ActionLedger(drafts: drafts, existing: workshop.actions,
                                  previous: Self.previous(workshop.result(forStep: request.step.id)))
        let wording = PlanWording(language: request.language)
        let summary = wording.summary(
            actions: ledger.placed.count, step: selection.step, created: ledger.created, updated: ledger.updated,
            unchanged: ledger.unchanged, kept: ledger.kept.map(\.id))
        var entries: [ResultEntry] = []
        for (index, (draft, action)) in ledger.placed.enumerated() {
            var values: [String: Double] = [:]
            if let dots = draft.dots { values["dots"] = Double(dots) }
            if let score = draft.score { values["score"] = score }
            entries.append(ResultEntry(item: draft.proposals[0].id, rank: index + 1, values: values, group: action,
                                       members: draft.proposals.dropFirst().map(\.id)))
        }
        let result = StepResult(
            step: request.step.id, method: request.method, summary: summary, entries: entries,
            metrics: [
                "actions": Double(ledger.placed.count), "created": Double(ledger.created), "updated": Double(ledger.updated),
                "unchanged": Double(ledger.unchanged), "kept": Double(ledger.kept.count), "declined": Double(ledger.declined.count),
            ],
            notes: ledger.declined.map { wording.declined(proposal: $0.draft.proposals[0], action: $0.action) })
        return MethodResult(changes: ChangeSet(actions: Edits(upsert: ledger.upserts), results: [result]), summary: summary)
    }

    /// The action the last run made of each draft, by ``ActionLedger/key(_:)``: its result's entries
    /// name the first proposal and, as group, the action; a split proposal's parts come in order.
    static func previous(_ result: StepResult?) -> [String: String] {
        var previous: [String: String] = [:]
        var parts: [String: Int] = [:]
        for entry in result?.entries ?? [] {
            guard let action = entry.group else { continue }
            parts[entry.item, default: 0] += 1
            previous[entry.item] = previous[entry.item] ?? action
            previous["\(entry.item)#\(parts[entry.item]!)"] = action
        }
        return previous
    }
}

import AtelierKit

/// Brings the drafts together with the actions already in the workshop, so that running the step
/// again never undoes what the facilitator wrote.
///
/// A draft continues the existing action whose first source is the draft's first proposal (for the
/// k-th part of a split proposal, the k-th such action in recorded order). On such an action the run
/// refreshes the rank and the provenance (sources, dots, score) and fills the fields that are still
/// blank — title, description, problem, owner, partners, horizon; it never overwrites a field that has
/// a value, nor the carrier, budget, status or milestones. A draft without an action becomes a new
/// action numbered after the highest existing `A` number (`A01`, `A02`, …), in priority order. The
/// actions no draft continues are ranked after the drafted ones, in their earlier order.
///
/// A draft the last run turned into an action that the facilitator has since relinked to other
/// proposals, or removed, is declined: the facilitator's decision stands, and no action is made again
/// for a proposal they let go.
struct ActionLedger {
    /// New and changed actions, in priority order: what the change set upserts.
    private(set) var upserts: [Action] = []
    private(set) var created = 0
    private(set) var updated = 0
    private(set) var unchanged = 0
    /// Existing actions made from a proposal that no selected proposal continues; they are kept as they are.
    private(set) var kept: [Action] = []
    /// The drafts placed, in priority order, with the action each became or continues.
    private(set) var placed: [(draft: ActionDraft, action: String)] = []
    /// Drafts declined, with the action the last run made of them, which the facilitator relinked or removed.
    private(set) var declined: [(draft: ActionDraft, action: String)] = []

    /// The key of a draft in ``previous`` maps: its first proposal, and its part when split (`P04#2`).
    static func key(_ draft: ActionDraft) -> String {
        draft.proposals[0].id + (draft.part.map { "#\($0)" } ?? "")
    }

    /// - Parameter previous: The action the last run made of each draft, by ``key(_:)``.
    init(drafts: [ActionDraft], existing: [Action], previous: [String: String] = [:]) {
        var continued: [String: [Action]] = [:]
        for action in existing {
            if let first = action.sources.first { continued[first, default: []].append(action) }
        }
        var next = existing.compactMap(Self.number).max().map { $0 + 1 } ?? 1
        var matched = Set<String>()
        for draft in drafts {
            let candidates = continued[draft.proposals[0].id] ?? []
            let slot = (draft.part ?? 1) - 1
            let rank = placed.count + 1
            if slot < candidates.count {
                let before = candidates[slot]
                matched.insert(before.id)
                placed.append((draft, before.id))
                let after = Self.refresh(before, from: draft, rank: rank)
                if after == before {
                    unchanged += 1
                } else {
                    upserts.append(after)
                    updated += 1
                }
            } else if let earlier = previous[Self.key(draft)] {
                declined.append((draft, earlier))
            } else {
                let id = Self.id(next)
                placed.append((draft, id))
                upserts.append(Self.action(from: draft, id: id, rank: rank))
                next += 1
                created += 1
            }
        }
        kept = existing.filter { !$0.sources.isEmpty && !matched.contains($0.id) }
        rankAfter(placed.count, existing.filter { !matched.contains($0.id) })
    }

    /// Ranks the actions no draft continues after the drafted ones, in their earlier order, so that
    /// no two actions share a rank; an unranked action stays unranked.
    private mutating func rankAfter(_ last: Int, _ others: [Action]) {
        let ranked = others.enumerated().filter { $0.element.rank != nil }
            .sorted { a, b in a.element.rank != b.element.rank ? a.element.rank! < b.element.rank! : a.offset < b.offset }
        for (index, (_, action)) in ranked.enumerated() where action.rank != last + index + 1 {
            var reranked = action
            reranked.rank = last + index + 1
            upserts.append(reranked)
        }
    }

    private static func refresh(_ action: Action, from draft: ActionDraft, rank: Int) -> Action {
        var action = action
        if action.title.collapsingWhitespace.isEmpty { action.title = draft.title }
        if action.description.isEmpty { action.description = draft.description }
        if action.problem.isEmpty { action.problem = draft.problem }
        if action.owner.isEmpty { action.owner = draft.owner }
        if action.partners.isEmpty { action.partners = draft.partners }
        if action.horizon == nil { action.horizon = draft.horizon }
        action.rank = rank
        action.sources = draft.sources
        action.dots = draft.dots
        action.score = draft.score
        return action
    }

    private static func action(from draft: ActionDraft, id: String, rank: Int) -> Action {
        Action(
            id: id, title: draft.title, description: draft.description, problem: draft.problem,
            carrier: draft.carrier, owner: draft.owner, partners: draft.partners, horizon: draft.horizon, rank: rank,
            status: .notStarted, sources: draft.sources, dots: draft.dots, score: draft.score)
    }

    /// `A` followed by the number, at least two digits: `A01`, `A12`, `A100`.
    static func id(_ number: Int) -> String {
        let digits = String(number)
        return "A" + String(repeating: "0", count: max(0, 2 - digits.count)) + digits
    }

    /// The number of an id of the form `A` + up to six digits; longer numbers are not ids this method made.
    private static func number(_ action: Action) -> Int? {
        guard action.id.first == "A" else { return nil }
        let digits = action.id.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return digits.count <= 6 ? Int(digits) : nil
    }
}

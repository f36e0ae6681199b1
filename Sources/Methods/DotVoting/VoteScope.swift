import AtelierKit

/// The items on the ballot of one vote, in the order they were recorded.
struct VoteScope {
    let items: [Item]
    /// How the ballot was drawn up, for messages: `items of kind proposal`, `category 'mobility'`.
    let description: String

    /// Draws up the ballot.
    ///
    /// Items merged into another as duplicates are left out of `all` and `category` ballots. A `top`
    /// ballot holds the entries of the earlier step whose rank is at most `top` (so every item tied at
    /// the cut-off), or all of that step's entries when `top` is not given.
    /// - Throws: ``MethodError`` when the category or step is unknown, or the ballot would be empty.
    init(_ settings: VoteSettings, workshop: Workshop) throws {
        let kindList = settings.kinds.map(\.rawValue).joined(separator: ", ")
        switch settings.scope {
        case .all:
            items = workshop.items.filter { settings.kinds.contains($0.kind) && $0.duplicateOf == nil }
            description = "items of kind \(kindList)"
        case .category:
            let category = settings.category ?? ""
            guard workshop.categories.contains(where: { $0.id == category }) else {
                throw MethodError(
                    "parameter category: '\(category)' is not a category of the workshop; use one of "
                        + workshop.categories.map(\.id).joined(separator: ", "))
            }
            items = workshop.items.filter {
                settings.kinds.contains($0.kind) && $0.duplicateOf == nil && $0.category == category
            }
            description = "items of kind \(kindList) in category '\(category)'"
        case .top:
            let step = settings.fromStep ?? ""
            guard let result = workshop.result(forStep: step) else {
                throw MethodError("parameter from_step: step '\(step)' has no result yet; run that step first or check its id")
            }
            let kept = result.entries.filter { $0.rank <= (settings.top ?? Int.max) }
            for entry in kept where workshop.item(entry.item) == nil {
                throw MethodError(
                    "parameter from_step: the result of step '\(step)' lists item '\(entry.item)', which is no "
                        + "longer in the workshop; run step '\(step)' again")
            }
            let wanted = Set(kept.map(\.item))
            items = workshop.items.filter { wanted.contains($0.id) }
            description = settings.top.map { "the top \($0) of step '\(step)'" } ?? "the items of step '\(step)'"
        }
        guard !items.isEmpty else { throw MethodError("no item to vote on: the ballot (\(description)) is empty") }
    }
}

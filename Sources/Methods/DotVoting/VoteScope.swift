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
    /// - Throws: ``MethodError`` when the category is unknown, an entry's item is gone, or the ballot is empty.
    init(_ settings: VoteSettings, workshop: Workshop) throws {
        let kindList = settings.kinds.map(\.rawValue).joined(separator: ", ")
        let listed = workshop.items.filter { settings.kinds.contains($0.kind) && $0.duplicateOf == nil }
        switch settings.scope {
        case .all:
            items = listed
            description = "items of kind \(kindList)"
        case .category(let category):
            guard workshop.categories.contains(where: { $0.id == category }) else {
                throw MethodError(
                    "parameter category: '\(category)' is not a category of the workshop; use one of "
                        + workshop.categories.map(\.id).joined(separator: ", "))
            }
            items = listed.filter { $0.category == category }
            description = "items of kind \(kindList) in category '\(category)'"
        case .top(let result, let top):
            let kept = result.entries.filter { $0.rank <= (top ?? Int.max) }
            let wanted = Set(try result.items(of: kept, in: workshop).map(\.id))
            items = workshop.items.filter { wanted.contains($0.id) }
            description = top.map { "the top \($0) of step '\(result.step)'" } ?? "the items of step '\(result.step)'"
        }
        guard !items.isEmpty else { throw MethodError("no item to vote on: the ballot (\(description)) is empty") }
    }
}

import AtelierKit

/// The items on the ballot of one vote, in the order they were recorded.
struct VoteScope {
    let items: [Item]
    /// How the ballot was drawn up, for messages: `items of kind proposal`, `category 'mobility'`.
    let description: String
    /// With teams, the team of each item (in `items`' order).
    let teams: [Int]
    /// With teams, the items of the scope that belong to no team and so are not on the ballot.
    let teamless: [Item]

    /// Draws up the ballot.
    ///
    /// Items merged into another as duplicates are left out of `all` and `category` ballots. A `top`
    /// ballot holds the entries of the earlier step whose rank is at most `top` (so every item tied at
    /// the cut-off), or all of that step's entries when `top` is not given.
    /// With teams (`groups_from`), only the items that belong to a team are on the ballot.
    /// - Throws: ``MethodError`` when the category is unknown, an entry's item is gone, or the ballot is empty.
    init(_ settings: VoteSettings, workshop: Workshop) throws {
        let kindList = settings.kinds.map(\.rawValue).joined(separator: ", ")
        let listed = workshop.items.filter { settings.kinds.contains($0.kind) && $0.duplicateOf == nil }
        var chosen: [Item]
        var described: String
        switch settings.scope {
        case .all:
            chosen = listed
            described = "items of kind \(kindList)"
        case .category(let category):
            guard workshop.categories.contains(where: { $0.id == category }) else {
                throw MethodError(
                    "parameter category: '\(category)' is not a category of the workshop; use one of "
                        + workshop.categories.map(\.id).joined(separator: ", "))
            }
            chosen = listed.filter { $0.category == category }
            described = "items of kind \(kindList) in category '\(category)'"
        case .top(let result, let top):
            let kept = result.entries.filter { $0.rank <= (top ?? Int.max) }
            let wanted = Set(try result.items(of: kept, in: workshop).map(\.id))
            chosen = workshop.items.filter { wanted.contains($0.id) }
            described = top.map { "the top \($0) of step '\(result.step)'" } ?? "the items of step '\(result.step)'"
        }
        if let teams = settings.teams {
            let placed = chosen.map { (item: $0, team: teams.team(of: $0)) }
            teamless = placed.filter { $0.team == nil }.map(\.item)
            let kept = placed.compactMap { entry in entry.team.map { (item: entry.item, team: $0) } }
            chosen = kept.map(\.item)
            self.teams = kept.map(\.team)
            described += ", each team's own (groups_from: \(teams.step))"
        } else {
            teamless = []
            self.teams = []
        }
        items = chosen
        description = described
        guard !items.isEmpty else { throw MethodError("no item to vote on: the ballot (\(description)) is empty") }
    }
}

import AtelierKit

/// Dots per item counted from the ballots, and who placed them.
struct VoteTally {
    /// Total dots per item id.
    private(set) var dots: [String: Int] = [:]
    /// Distinct voters per item id (paper ballots without a voter do not count as voters).
    private var voterSets: [String: Set<String>] = [:]

    init(_ ballots: [Ballot]) {
        for ballot in ballots {
            dots[ballot.item, default: 0] += ballot.dots
            if let participant = ballot.participant, ballot.dots > 0 {
                voterSets[ballot.item, default: []].insert(participant)
            }
        }
    }

    /// Items that received ballots, most dots first; ties share a rank (1, 2, 2, 4) and keep the
    /// items' recorded order, items not in `itemOrder` after them by id.
    func ranking(itemOrder: [String]) -> [(rank: Int, item: String, dots: Int, voters: Int)] {
        var position: [String: Int] = [:]
        for (index, id) in itemOrder.enumerated() where position[id] == nil { position[id] = index }
        let items = dots.keys.sorted { a, b in
            let (da, db) = (dots[a] ?? 0, dots[b] ?? 0)
            if da != db { return da > db }
            switch (position[a], position[b]) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
        var lines: [(rank: Int, item: String, dots: Int, voters: Int)] = []
        for (index, item) in items.enumerated() {
            let count = dots[item] ?? 0
            let rank = index > 0 && lines[index - 1].dots == count ? lines[index - 1].rank : index + 1
            lines.append((rank, item, count, voterSets[item]?.count ?? 0))
        }
        return lines
    }
}

import AtelierKit

/// One SWOT item after the merge: the card that stands for it and the cards that repeat it.
struct MergedCard {
    /// The earliest recorded card of the group; the others record it in `duplicateOf`.
    let representative: Item
    /// The cards merged into the representative, in recorded order.
    let duplicates: [Item]
    /// Position of the representative in the workshop's items: the last tie-break.
    let recordedIndex: Int
    /// Distinct authors of the cards, each anonymous card counting as one more.
    let support: Int
    /// Dots placed on any of the cards, in any ballot.
    let votes: Int

    /// Every card of the group, the representative first.
    var cards: [Item] { [representative] + duplicates }

    /// Merges the cards of one quadrant.
    ///
    /// Cards are taken in recorded order. Each joins the earlier group whose representative it is most
    /// similar to (the earliest such group on a tie) when that similarity reaches `threshold`, and
    /// starts a group of its own otherwise. Comparing with representatives only keeps the merge from
    /// chaining: a card never joins a group because it resembles a card that itself barely matched.
    /// Cards with the same normalised text always merge; a threshold of 1 merges only those.
    /// - Parameters:
    ///   - cards: The quadrant's cards with their positions in the workshop's items, in recorded order.
    ///   - threshold: The similarity from which two cards count as the same item (see ``CardText``).
    ///   - dots: Dots per item id, summed over all ballots.
    static func merge(_ cards: [(index: Int, item: Item)], threshold: Double, dots: [String: Int]) -> [MergedCard] {
        var groups: [(index: Int, cards: [Item])] = []
        var representatives: [CardText] = []
        var exact: [String: Int] = [:]
        for (index, item) in cards {
            let text = CardText(item.text)
            if let group = exact[text.key] ?? closestGroup(to: text, in: representatives, threshold: threshold) {
                groups[group].cards.append(item)
                // A later card with this very text must land in the same group, even if a closer
                // representative appears in between.
                exact[text.key] = group
            } else {
                exact[text.key] = groups.count
                groups.append((index, [item]))
                representatives.append(text)
            }
        }
        return groups.map { group in
            let authors = Set(group.cards.compactMap(\.author))
            let anonymous = group.cards.count(where: { $0.author == nil })
            return MergedCard(
                representative: group.cards[0], duplicates: Array(group.cards.dropFirst()),
                recordedIndex: group.index, support: authors.count + anonymous,
                votes: group.cards.reduce(0) { $0 + (dots[$1.id] ?? 0) })
        }
    }

    /// The index of the representative most similar to `text`, if any reaches the threshold.
    private static func closestGroup(to text: CardText, in representatives: [CardText], threshold: Double) -> Int? {
        guard threshold < 1 else { return nil }
        var best: (index: Int, similarity: Double)?
        for (index, representative) in representatives.enumerated() {
            // Only a strictly closer representative replaces the best so far: ties go to the earliest.
            let floor = best?.similarity ?? threshold
            if let similarity = text.similarity(to: representative, atLeast: floor), similarity > (best?.similarity ?? -1) {
                best = (index, similarity)
            }
        }
        return best?.index
    }

    /// Orders a quadrant's items: most support first, then most votes, then the earliest recorded.
    /// - Returns: The items with their ranks; items equal in support and votes share a rank (1, 2, 2, 4).
    static func ranked(_ items: [MergedCard]) -> [(item: MergedCard, rank: Int)] {
        let ordered = items.sorted {
            ($1.support, $1.votes, $0.recordedIndex) < ($0.support, $0.votes, $1.recordedIndex)
        }
        var result: [(item: MergedCard, rank: Int)] = []
        for (position, item) in ordered.enumerated() {
            if let last = result.last, last.item.support == item.support, last.item.votes == item.votes {
                result.append((item, last.rank))
            } else {
                result.append((item, position + 1))
            }
        }
        return result
    }
}

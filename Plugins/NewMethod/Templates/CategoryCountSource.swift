extension ScaffoldedMethod {
    /// `Sources/Methods/<Module>/CategoryCount.swift`: the grouping and ranking.
    var categoryCountSource: String {
        #"""
        import AtelierKit

        /// The cards of one category, and the category's place in the ranking.
        struct CategoryCount: Equatable {
            /// The category's id; nil for the cards that have none.
            let category: String?
            /// Its cards, in recorded order.
            let cards: [Item]
            /// 1-based; categories with as many cards share a rank (1, 1, 3).
            let rank: Int
            /// Whether another category has as many cards.
            let tied: Bool

            /// The category's line in the step result.
            var entry: ResultEntry {
                ResultEntry(
                    item: cards[0].id, rank: rank, value: Double(cards.count), group: category,
                    flags: tied ? ["tie"] : [], members: cards.map(\.id))
            }

            /// Groups cards by category and ranks the groups, most cards first.
            ///
            /// Groups with as many cards share a rank and keep a fixed order: the workshop's categories in
            /// the order they were recorded, then categories it does not know by id, then the cards without
            /// a category.
            static func ranked(_ cards: [Item], categories: [Category]) -> [CategoryCount] {
                var groups: [String?: [Item]] = [:]
                for card in cards { groups[card.category, default: []].append(card) }
                var recorded: [String: Int] = [:]
                for (index, category) in categories.enumerated() where recorded[category.id] == nil {
                    recorded[category.id] = index
                }
                func place(_ category: String?) -> (Int, String) {
                    guard let category else { return (categories.count + 1, "") }
                    return (recorded[category] ?? categories.count, category)
                }
                let ordered = groups.sorted { a, b in
                    a.value.count != b.value.count ? a.value.count > b.value.count : place(a.key) < place(b.key)
                }
                return ordered.map { category, members in
                    CategoryCount(
                        category: category, cards: members,
                        rank: 1 + ordered.count(where: { $0.value.count > members.count }),
                        tied: ordered.count(where: { $0.value.count == members.count }) > 1)
                }
            }
        }

        """#
    }
}

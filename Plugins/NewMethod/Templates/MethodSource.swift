extension ScaffoldedMethod {
    /// `Sources/Methods/<Module>/<Module>.swift`: the method type.
    var methodSource: String {
        #"""
        import AtelierKit

        /// \#(name) (`\#(id)`): counts the cards of the chosen kinds in each category.
        ///
        /// It reads the items whose kind the `kinds` parameter lists (by default `idea`), groups them by
        /// category and ranks the categories by their number of cards (see ``CategoryCount``). It changes
        /// no card. Its result has one entry per category holding cards, the largest first (item: the
        /// category's first card; value: its number of cards; group: the category's id, none for the cards
        /// without a category; members: all its cards, in recorded order).
        public struct \#(module): WorkshopMethod {
            public static let moduleName = "\#(module)"

            public init() {}

            /// Counts the cards of each category.
            /// - Throws: ``MethodError`` when `kinds` is empty or names something that is not a kind of card,
            ///   or when the workshop has no card of those kinds.
            public func run(_ request: MethodRequest) throws -> MethodResult {
                let kinds = try Self.kinds(request)
                let workshop = request.workshop
                let cards = workshop.items.filter { kinds.contains($0.kind) }
                guard !cards.isEmpty else {
                    throw MethodError(
                        "the workshop has no cards of kind \(kinds.map(\.rawValue).joined(separator: ", ")): import items "
                            + "of those kinds, or choose others with --param kinds=..., then run \(request.method) again")
                }
                let counts = CategoryCount.ranked(cards, categories: workshop.categories)
                let categorised = counts.filter { $0.category != nil }
                let uncategorised = counts.first { $0.category == nil }?.cards.count ?? 0
                let largest = categorised.prefix { $0.cards.count == categorised[0].cards.count }

                var metrics: [String: Double] = ["cards": Double(cards.count), "categories": Double(categorised.count)]
                for count in categorised {
                    if let category = count.category { metrics["cards.\(category)"] = Double(count.cards.count) }
                }
                if uncategorised > 0 { metrics["uncategorised"] = Double(uncategorised) }

                let summary = \#(module)Texts(language: request.language).summary(
                    cards: cards.count, kinds: kinds, categories: categorised.count, uncategorised: uncategorised,
                    largest: largest.compactMap { $0.category.map { Self.name(of: $0, in: workshop) } },
                    each: largest.first?.cards.count ?? 0)
                var changes = ChangeSet()
                changes.results = [StepResult(
                    step: request.step.id, method: request.method, summary: summary,
                    entries: counts.map(\.entry), metrics: metrics)]
                return MethodResult(changes: changes, summary: summary)
            }

            /// The kinds of card the `kinds` parameter lists, in the order ``ItemKind`` declares them.
            /// - Throws: ``MethodError`` when the list is empty or names something that is not a kind of card.
            static func kinds(_ request: MethodRequest) throws -> [ItemKind] {
                let names = try request.list("kinds")
                let known = ItemKind.allCases.map(\.rawValue).joined(separator: ", ")
                guard !names.isEmpty else {
                    throw MethodError("parameter kinds is empty; list the kinds of card to count: \(known)")
                }
                let kinds = try names.map { name in
                    guard let kind = ItemKind(rawValue: name.lowercased()) else {
                        throw MethodError("parameter kinds names '\(name)', which is not a kind of card; use \(known)")
                    }
                    return kind
                }
                return ItemKind.allCases.filter(kinds.contains)
            }

            /// A category's name as the workshop records it; its id when the workshop has no such category.
            static func name(of category: String, in workshop: Workshop) -> String {
                workshop.categories.first { $0.id == category }?.name ?? category
            }
        }

        """#
    }
}

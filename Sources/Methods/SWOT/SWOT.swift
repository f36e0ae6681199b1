import AtelierKit

/// The SWOT method: strengths, weaknesses, opportunities and threats, merged, ranked and crossed.
///
/// It reads every card of kind `strength`, `weakness`, `opportunity` or `threat` and
/// - merges exact and near duplicates within a quadrant (see ``CardText`` and
///   ``MergedCard/merge(_:threshold:dots:)``), recording each merge as the duplicate's `duplicateOf`
///   (merges are recomputed on every run, so changing `merge_threshold` can undo them);
/// - ranks each quadrant by support (distinct authors, each anonymous card counting one), then by the
///   dots placed on the item and its duplicates, then by the order the cards were recorded;
/// - derives candidate challenges from the TOWS cross-strategies (see ``CandidateChallenges``).
///
/// The result has one entry per shown item (group: the quadrant; value: its support; members: its
/// duplicates), then one per candidate challenge (group: `so`, `st`, `wo` or `wt`; members: the
/// strength or weakness it builds on, then the opportunity or threat it addresses).
public struct SWOT: WorkshopMethod {
    public static let moduleName = "SWOT"

    public init() {}

    /// Merges, ranks and crosses the workshop's SWOT cards.
    /// - Throws: ``MethodError`` when there are no SWOT cards, when a card has no text, or when a
    ///   challenge identifier is taken by another item.
    public func run(_ request: MethodRequest) throws -> MethodResult {
        let settings = try SWOTSettings(request)
        let workshop = request.workshop
        let step = request.step.id
        let texts = SWOTTexts(language: request.language)

        let cards = try Self.cardsByQuadrant(workshop)
        var dots: [String: Int] = [:]
        for ballot in workshop.ballots { dots[ballot.item, default: 0] += ballot.dots }

        var ranked: [Quadrant: [MergedCard]] = [:]
        var changes = ChangeSet()
        var entries: [ResultEntry] = []
        var notes: [String] = []
        var metrics: [String: Double] = [:]
        for quadrant in Quadrant.allCases {
            let merged = MergedCard.merge(cards[quadrant] ?? [], threshold: settings.mergeThreshold, dots: dots)
            let ordered = MergedCard.ranked(merged)
            ranked[quadrant] = ordered.map(\.item)
            changes.items.upsert += Self.mergeRecords(merged)
            entries += Self.entries(ordered.prefix(settings.maxItems), quadrant: quadrant, all: ordered)
            if ordered.count > settings.maxItems {
                notes.append(texts.hidden(ordered.count - settings.maxItems, of: quadrant, maxItems: settings.maxItems))
            }
            metrics["items.\(quadrant.rawValue)"] = Double(merged.count)
        }

        let challenges = try CandidateChallenges(
            step: step, ranked: ranked, top: settings.towsPairs, workshop: workshop, texts: texts)
        changes.items.upsert += challenges.upserts
        changes.items.remove = challenges.removals
        entries += challenges.entries
        notes += challenges.notes

        let cardCount = cards.values.reduce(0) { $0 + $1.count }
        let itemCount = ranked.values.reduce(0) { $0 + $1.count }
        metrics["cards"] = Double(cardCount)
        metrics["items"] = Double(itemCount)
        metrics["duplicates"] = Double(cardCount - itemCount)
        metrics["challenges"] = Double(challenges.entries.count)
        let summary = texts.summary(cards: cardCount, items: itemCount, challenges: challenges.entries.count)
        changes.results = [StepResult(
            step: step, method: request.method, summary: summary, entries: entries, metrics: metrics, notes: notes)]
        return MethodResult(changes: changes, summary: summary)
    }

    /// The SWOT cards of each quadrant with their positions in the workshop's items, in recorded order.
    /// - Throws: ``MethodError`` when there is none, or when one has no text.
    static func cardsByQuadrant(_ workshop: Workshop) throws -> [Quadrant: [(index: Int, item: Item)]] {
        var cards: [Quadrant: [(index: Int, item: Item)]] = [:]
        for (index, item) in workshop.items.enumerated() {
            guard let quadrant = Quadrant(item.kind) else { continue }
            guard item.text.contains(where: { !$0.isWhitespace }) else {
                throw MethodError(
                    "\(item.kind.rawValue) card '\(item.id)' has no text; write its text or remove the card, "
                        + "then run swot again")
            }
            cards[quadrant, default: []].append((index, item))
        }
        guard !cards.isEmpty else {
            throw MethodError(
                "the workshop has no SWOT cards: add or import items of kind strength, weakness, opportunity "
                    + "or threat before running swot")
        }
        return cards
    }

    /// The cards whose `duplicateOf` must change so that the model records the merge: duplicates point
    /// to their representative, representatives to nothing.
    static func mergeRecords(_ merged: [MergedCard]) -> [Item] {
        var changed: [Item] = []
        for group in merged {
            for card in group.cards {
                let target = card.id == group.representative.id ? nil : group.representative.id
                guard card.duplicateOf != target else { continue }
                var updated = card
                updated.duplicateOf = target
                changed.append(updated)
            }
        }
        return changed
    }

    /// Result entries for the shown items of a quadrant; `all` is the whole ranking, to flag ties.
    static func entries(
        _ shown: ArraySlice<(item: MergedCard, rank: Int)>, quadrant: Quadrant, all: [(item: MergedCard, rank: Int)]
    ) -> [ResultEntry] {
        var sharing: [Int: Int] = [:]
        for entry in all { sharing[entry.rank, default: 0] += 1 }
        return shown.map { merged, rank in
            ResultEntry(
                item: merged.representative.id, rank: rank, value: Double(merged.support),
                values: [
                    "support": Double(merged.support), "votes": Double(merged.votes),
                    "cards": Double(merged.cards.count),
                ],
                group: quadrant.rawValue, flags: sharing[rank, default: 0] > 1 ? ["tie"] : [],
                members: merged.duplicates.map(\.id))
        }
    }
}

import AtelierKit

/// The candidate challenges a SWOT step derives from the TOWS cross-strategies, and what that changes
/// in the workshop's items.
///
/// Each challenge has a fixed identifier (`<step>-so-1`, …), so running the step again replaces its
/// challenges instead of adding new ones. A challenge that still crosses the same two items is left
/// as it is, keeping any rewording the facilitator did. A challenge of an earlier run that no longer
/// comes from the top items is removed, unless something else in the workshop refers to it.
struct CandidateChallenges {
    /// New challenges, and earlier ones whose pair of items changed.
    var upserts: [Item] = []
    /// Challenges of an earlier run of the step that nothing refers to any more.
    var removals: [String] = []
    /// One entry per challenge, grouped by strategy (`so`, `st`, `wo`, `wt`).
    var entries: [ResultEntry] = []
    var notes: [String] = []

    /// Derives the challenges of one step.
    /// - Parameters:
    ///   - step: The step's identifier, the prefix of the challenges' identifiers.
    ///   - ranked: Each quadrant's merged items in rank order.
    ///   - top: How many top items of each quadrant to cross.
    ///   - workshop: The workshop, to find earlier challenges and what refers to them.
    ///   - texts: The language to write challenges and notes in.
    /// - Throws: ``MethodError`` when an item that is not one of the step's challenges already has the
    ///   identifier a challenge needs.
    init(step: String, ranked: [Quadrant: [MergedCard]], top: Int, workshop: Workshop, texts: SWOTTexts) throws {
        let existing = Dictionary(workshop.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var derived = Set<String>()
        for strategy in TOWSStrategy.allCases {
            let internals = ranked[strategy.internalQuadrant] ?? []
            let externals = ranked[strategy.externalQuadrant] ?? []
            if top > 0 && (internals.isEmpty || externals.isEmpty) {
                notes.append(texts.skipped(strategy))
            }
            let pairs = TOWSStrategy.pairs(internalCount: internals.count, externalCount: externals.count, top: top)
            for (number, pair) in pairs.enumerated() {
                let id = strategy.challengeID(step: step, number: number + 1)
                let basis = internals[pair.internal].representative
                let target = externals[pair.external].representative
                derived.insert(id)
                entries.append(ResultEntry(
                    item: id, rank: number + 1, group: strategy.rawValue, members: [basis.id, target.id]))
                if let earlier = existing[id] {
                    guard Self.isChallenge(earlier, of: step) else {
                        throw MethodError(
                            "item '\(id)' (kind \(earlier.kind.rawValue)) already exists, but step '\(step)' "
                                + "needs that identifier for a candidate challenge; give that item another "
                                + "identifier or run the step under another step id")
                    }
                    if earlier.buildsOn == basis.id && earlier.addresses == target.id { continue }
                }
                upserts.append(Item(
                    id: id, text: texts.challenge(strategy, basis: basis.text, target: target.text),
                    kind: .challenge, buildsOn: basis.id, step: step, addresses: target.id))
            }
        }
        for item in workshop.items where Self.isGenerated(item, step: step) && !derived.contains(item.id) {
            let referrers = Self.referrers(of: item.id, in: workshop, step: step)
            if referrers.isEmpty {
                removals.append(item.id)
            } else {
                notes.append(texts.kept(item.id, referredToBy: referrers))
            }
        }
    }

    /// Whether an item is a challenge the step produced.
    private static func isChallenge(_ item: Item, of step: String) -> Bool {
        item.kind == .challenge && item.step == step
    }

    /// Whether an item is a challenge of the step with an identifier the step generates.
    private static func isGenerated(_ item: Item, step: String) -> Bool {
        guard isChallenge(item, of: step) else { return false }
        return TOWSStrategy.allCases.contains { strategy in
            let prefix = "\(step)-\(strategy.rawValue)-"
            guard item.id.hasPrefix(prefix) else { return false }
            let number = item.id.dropFirst(prefix.count)
            return number.first != "0" && !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    /// What in the workshop refers to an item, outside the step's own result: item and action
    /// identifiers, and the steps of ballots, scores and results.
    private static func referrers(of id: String, in workshop: Workshop, step: String) -> [String] {
        var found = Set<String>()
        for item in workshop.items where item.id != id {
            if item.buildsOn == id || item.addresses == id || item.duplicateOf == id { found.insert(item.id) }
        }
        for action in workshop.actions where action.sources.contains(id) { found.insert(action.id) }
        for ballot in workshop.ballots where ballot.item == id { found.insert(ballot.step ?? "ballots") }
        for score in workshop.scores where score.item == id { found.insert(score.step ?? "scores") }
        for result in workshop.results where result.step != step {
            if result.entries.contains(where: { $0.item == id || $0.members.contains(id) }) { found.insert(result.step) }
        }
        return found.sorted()
    }
}

import AtelierKit

/// The scores that count in one matrix run, checked and grouped by item and criterion.
///
/// A score counts when it was given in this step (`Score.step` is the step's id). When no score of
/// the workshop carries this step's id, the scores recorded without a step count instead: a workshop
/// that scored only once, imported without steps, needs no extra bookkeeping, and scores of other
/// steps never leak in.
struct ScoreSheet {
    /// `values[item][criterion]` lists every rater's value, in the order the scores were recorded.
    private(set) var values: [String: [String: [Double]]] = [:]
    /// Distinct raters (a participant, a group or the plenary) whose scores count.
    private(set) var raters: Set<Rater> = []
    /// How many scores count.
    private(set) var count = 0

    /// Collects the scores of the step on the given items and criteria.
    /// - Throws: ``MethodError`` naming the item, criterion and rater when a value lies outside its
    ///   criterion's scale, or when one rater scored the same item on the same criterion twice.
    init(
        workshop: Workshop, step: String, items: [Item], criteria: [Criterion], raters filter: MatrixSettings.Raters
    ) throws {
        let ofStep = workshop.scores.contains { $0.step == step }
        let itemIds = Set(items.map(\.id))
        let criteriaById = Dictionary(criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [RatedCell: Double] = [:]
        seen.reserveCapacity(workshop.scores.count)
        for score in workshop.scores {
            guard ofStep ? score.step == step : score.step == nil,
                  itemIds.contains(score.item), let criterion = criteriaById[score.criterion],
                  Self.counts(score, filter)
            else { continue }
            guard criterion.accepts(score.value) else {
                throw MethodError(
                    "\(Self.describe(score)) gave item '\(score.item)' the score \(figure(score.value)) on criterion "
                        + "'\(criterion.id)', outside its scale \(figure(criterion.scaleMin))–\(figure(criterion.scaleMax)); "
                        + "correct the score and run the step again")
            }
            let rater = Rater(score)
            let key = RatedCell(rater: rater, item: score.item, criterion: score.criterion)
            if let earlier = seen[key] {
                throw MethodError(
                    "\(Self.describe(score)) scored item '\(score.item)' on criterion '\(criterion.id)' twice "
                        + "in this step (\(figure(earlier)) and \(figure(score.value))); keep one of the two scores")
            }
            seen[key] = score.value
            values[score.item, default: [:]][score.criterion, default: []].append(score.value)
            raters.insert(rater)
            count += 1
        }
    }

    private static func counts(_ score: Score, _ filter: MatrixSettings.Raters) -> Bool {
        switch filter {
        case .all: true
        case .participants: score.participant != nil
        case .groups: score.participant == nil && score.group != nil
        }
    }

    /// Who gave a score, for a message: `participant p3`, `group A` or `the plenary`.
    static func describe(_ score: Score) -> String {
        if let participant = score.participant { return "participant '\(participant)'" }
        if let group = score.group { return "group '\(group)'" }
        return "the plenary"
    }
}

/// Who gave a score, telling raters apart as ``Score/rater`` does: the participant when there is one,
/// else the group, else the plenary.
struct Rater: Hashable {
    var participant: String?
    var group: String?

    init(_ score: Score) {
        participant = score.participant
        group = score.participant == nil ? score.group : nil
    }
}

/// One rater's score on one item and criterion: at most one per step.
private struct RatedCell: Hashable {
    var rater: Rater
    var item: String
    var criterion: String
}

import AtelierKit

/// The scores that count in one matrix run, checked and grouped by item and criterion.
///
/// A score counts when it was given in this step (`Score.step` is the step's id). When no score of
/// the workshop carries this step's id, the scores recorded without a step count instead: a workshop
/// that scored only once, imported without steps, needs no extra bookkeeping, and scores of other
/// steps never leak in.
///
/// With teams (`groups_from`), the members of a team speak with one voice: their values on an item and
/// criterion are averaged into the team's, which counts as one rater's.
struct ScoreSheet {
    /// `values[item][criterion]` lists every rater's value (a team's: its members' mean), in the order
    /// the scores were recorded (a team's where its first score was).
    private(set) var values: [String: [String: [Double]]] = [:]
    /// How many distinct raters (a participant, a team, a group or the plenary) gave scores that count.
    private(set) var raters = 0
    /// How many scores count.
    private(set) var count = 0

    /// Collects the scores of the step on the given items and criteria.
    /// - Parameter teams: The team of each participant in one, by id, when teams speak with one voice.
    /// - Throws: ``MethodError`` naming the item, criterion and rater when a value lies outside its
    ///   criterion's scale, or when one rater scored the same item on the same criterion twice.
    init(
        workshop: Workshop, step: String, items: [Item], criteria: [Criterion], raters filter: MatrixSettings.Raters,
        teams: [String: String] = [:]
    ) throws {
        let ofStep = workshop.scores.contains { $0.step == step }
        let itemIDs = Set(items.map(\.id))
        let criteriaByID = Dictionary(criteria.map { ($0.id, $0) }) { first, _ in first }
        var voices = Set<Rater>()
        var pools: [String: [String: [Pool]]] = [:]
        var seen = Set<Cell>(minimumCapacity: workshop.scores.count)
        for score in workshop.scores {
            guard ofStep ? score.step == step : score.step == nil,
                  itemIDs.contains(score.item), let criterion = criteriaByID[score.criterion], Self.counts(score, filter)
            else { continue }
            guard criterion.accepts(score.value) else {
                throw MethodError(
                    "\(Self.describe(score)) gave item '\(score.item)' the score \(figure(score.value)) on criterion "
                        + "'\(criterion.id)', outside its scale \(figure(criterion.scaleMin))–\(figure(criterion.scaleMax)); "
                        + "correct the score and run the step again")
            }
            let rater = Rater(score)
            guard seen.insert(Cell(rater: rater, item: score.item, criterion: score.criterion)).inserted else {
                let earlier = workshop.scores.first {
                    (ofStep ? $0.step == step : $0.step == nil) && Rater($0) == rater && $0.item == score.item
                        && $0.criterion == score.criterion
                }!
                throw MethodError(
                    "\(Self.describe(score)) scored item '\(score.item)' on criterion '\(criterion.id)' twice "
                        + "in this step (\(figure(earlier.value)) and \(figure(score.value))); keep one of the two scores")
            }
            let team = score.participant.flatMap { teams[$0] }
            voices.insert(team.map { Rater(team: $0) } ?? rater)
            var cell = pools[score.item, default: [:]][score.criterion, default: []]
            if let team, let pool = cell.firstIndex(where: { $0.team == team }) {
                cell[pool].sum += score.value
                cell[pool].count += 1
            } else {
                cell.append(Pool(team: team, sum: score.value, count: 1))
            }
            pools[score.item, default: [:]][score.criterion] = cell
            count += 1
        }
        values = pools.mapValues { $0.mapValues { $0.map { $0.sum / Double($0.count) } } }
        self.raters = voices.count
    }

    /// The values of one rater, or of one team's members together.
    private struct Pool {
        var team: String?
        var sum: Double
        var count: Int
    }

    /// One rater's score of one item on one criterion.
    private struct Cell: Hashable {
        var rater: Rater
        var item: String
        var criterion: String
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
/// else the group, else the plenary; or the team a participant's voice joins.
struct Rater: Hashable {
    var participant: String?
    var group: String?
    var team: String?

    init(_ score: Score) {
        participant = score.participant
        group = score.participant == nil ? score.group : nil
    }

    init(team: String) {
        self.team = team
    }
}

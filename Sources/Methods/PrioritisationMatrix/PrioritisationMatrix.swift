import AtelierKit

/// The prioritisation matrix: scores items on two or more criteria, places each in a quadrant of the
/// first two (quick win, major project, fill-in, thankless task) and ranks them by weighted score.
///
/// Reads items, criteria, scores and results; writes the step's result and, when a listed criterion
/// is missing from the workshop, the criterion it creates. See `methods/builtin/prioritisation-matrix.md`.
public struct PrioritisationMatrix: WorkshopMethod {
    /// The name the registry's `implementation.module` uses.
    public static let moduleName = "PrioritisationMatrix"

    /// Creates the method; it keeps no state between runs.
    public init() {}

    /// Aggregates the step's scores, ranks the items and reports missing scores and disagreements.
    /// - Throws: ``MethodError`` for contradictory parameters, a score outside its scale or given twice
    ///   by one rater, or when there is nothing to score or no score yet.
    public func run(_ request: MethodRequest) throws -> MethodResult {
        let settings = try MatrixSettings(request)
        let workshop = request.workshop
        let criteria = try MatrixCriteria(ids: settings.criteria, workshop: workshop, language: request.language)
        let assessor = try MatrixAssessor(criteria: criteria, settings: settings)
        let items = try settings.items(in: workshop)
        let step = request.step.id
        guard workshop.scores.contains(where: { $0.step == step || $0.step == nil }) else {
            throw MethodError(MatrixWording(language: request.language).noScores(step: step, inAgenda: workshop.agenda.step(step) != nil))
        }
        let sheet = try ScoreSheet(
            workshop: workshop, step: request.step.id, items: items, criteria: criteria.all, raters: settings.raters,
            teams: settings.teams)
        let order = Dictionary(workshop.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let assessments = items.map { assessor.assess($0, order: order[$0.id] ?? 0, sheet: sheet) }
        let ranked = MatrixRanking.ranked(assessments)

        let wording = MatrixWording(language: request.language)
        var notes = criteria.created.map(wording.created)
        var entries: [ResultEntry] = []
        var quadrants: [Quadrant: Int] = [:]
        for (index, assessment) in ranked.enumerated() {
            var flags: [String] = []
            if !assessment.isComplete {
                flags.append("missing-scores")
                notes.append(wording.missing(assessment.item, assessment.missing))
            }
            if !assessment.disagreements.isEmpty {
                flags.append("disagreement")
                notes += assessment.disagreements.map { wording.disagreement(assessment.item, $0) }
            }
            if let quadrant = assessment.quadrant { quadrants[quadrant, default: 0] += 1 }
            entries.append(
                ResultEntry(
                    item: assessment.item.id, rank: index + 1, value: assessment.weightedScore,
                    values: assessment.aggregates, group: assessment.quadrant?.rawValue, flags: flags))
        }

        let incomplete = ranked.filter { !$0.isComplete }.count
        let disputed = ranked.filter { !$0.disagreements.isEmpty }.count
        var metrics: [String: Double] = [
            "items": Double(ranked.count),
            "scored": Double(ranked.count - incomplete),
            "missing": Double(incomplete),
            "disagreements": Double(disputed),
            "raters": Double(sheet.raters),
            "scores": Double(sheet.count),
        ]
        for quadrant in Quadrant.allCases { metrics[quadrant.rawValue] = Double(quadrants[quadrant, default: 0]) }

        let summary = wording.summary(
            items: ranked.count, criteria: criteria.all, quadrants: quadrants, incomplete: incomplete,
            disputed: disputed)
        let result = StepResult(
            step: request.step.id, method: request.method, summary: summary, entries: entries, metrics: metrics,
            notes: notes)
        return MethodResult(
            changes: ChangeSet(criteria: Edits(upsert: criteria.created), results: [result]), summary: summary)
    }
}

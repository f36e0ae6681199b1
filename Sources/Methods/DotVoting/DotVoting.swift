import AtelierKit

/// Dot voting: every eligible participant places a budget of dots on the items of a ballot; the method
/// checks every ballot, counts, ranks with ties shown as ties, reports turnout and selects the leading
/// items for the next step.
///
/// Reads participants, items, categories, ballots and results; writes the step's result. See
/// `methods/builtin/dot-voting.md`.
public struct DotVoting: WorkshopMethod {
    /// The name the registry's `implementation.module` uses.
    public static let moduleName = "DotVoting"

    /// Creates the method; it keeps no state between runs.
    public init() {}

    /// Checks the step's ballots and tallies them.
    /// - Throws: ``MethodError`` for contradictory parameters, an empty ballot, no ballots yet, or the first ballot that
    ///   breaks a rule (naming its participant and item); nothing is counted then.
    public func run(_ request: MethodRequest) throws -> MethodResult {
        let settings = try VoteSettings(request)
        let workshop = request.workshop
        let scope = try VoteScope(settings, workshop: workshop)
        let step = request.step.id
        guard workshop.ballots.contains(where: { $0.step == step || $0.step == nil }) else {
            throw MethodError(VoteWording(language: request.language).noBallots(step: step, inAgenda: workshop.agenda.step(step) != nil))
        }
        let box: BallotBox
        do {
            box = try BallotBox(step: request.step.id, settings: settings, scope: scope, workshop: workshop)
        } catch let error as BallotError {
            throw MethodError(error.message)
        }
        let tally = Tally(scope: scope, box: box, settings: settings)
        let voters = box.voters
        let paperDots = box.paperDots.reduce(0) { $0 + $1 }
        let anyPaper = !box.paper.isEmpty

        let entries = tally.lines.map { line in
            var values: [String: Double] = ["dots": Double(line.dots), "voters": Double(line.voters)]
            if anyPaper { values["paper"] = Double(line.paper) }
            var flags: [String] = []
            if line.tied { flags.append("tie") }
            if line.selected { flags.append("selected") }
            return ResultEntry(
                item: line.item.id, rank: line.rank, value: Double(line.dots), values: values,
                group: line.team.map { settings.teams!.names[$0] } ?? line.item.category, flags: flags)
        }

        var metrics: [String: Double] = [
            "dots_cast": Double(tally.dotsCast),
            "voters": Double(voters.count),
            "eligible": Double(box.eligible.count),
            "items": Double(tally.lines.count),
            "selected": Double(tally.selected.count),
        ]
        let wording = VoteWording(language: request.language)
        var notes: [String] = []
        if anyPaper {
            metrics["paper_dots"] = Double(paperDots)
            notes.append(wording.paperTurnout(paperDots))
        } else {
            if !box.eligible.isEmpty { metrics["turnout"] = Double(voters.count) / Double(box.eligible.count) }
            let absent = box.absent.map(\.id)
            if !absent.isEmpty { notes.append(wording.nonVoters(absent)) }
        }
        if !scope.teamless.isEmpty { notes.append(wording.teamless(scope.teamless.map(\.id))) }
        if let top = settings.selectTop, settings.teams == nil, tally.selected.count > top {
            notes.append(wording.tiedAtCutOff(top: top, items: tally.selected.map(\.item.id)))
        }

        let summary = wording.summary(
            voters: voters.count, eligible: box.eligible.count, dots: tally.dotsCast, items: tally.lines.count,
            paper: anyPaper ? paperDots : nil, selected: tally.selected.count)
        let result = StepResult(
            step: request.step.id, method: request.method, summary: summary, entries: entries, metrics: metrics,
            notes: notes)
        return MethodResult(changes: ChangeSet(results: [result]), summary: summary)
    }
}

import AtelierKit

/// The proposals an action plan is drawn from, with the votes and scores they received.
struct SelectedProposals {
    /// The selected items, in the source result's rank order.
    let items: [Item]
    /// The step whose result gave them.
    let step: String
    /// The dots, ranks and scores of the vote and matrix that go with the source.
    let figures: ProposalFigures

    /// Finds the source result and takes its selected entries.
    ///
    /// The source is the result of `from_step` when given, otherwise the latest result of the method
    /// named by `source`. The proposals are the entries flagged `selected`, or, when `top` is given,
    /// the entries ranked `top` or better.
    /// - Throws: ``MethodError`` when there is no such result, it selects nothing, or it names an item
    ///   no longer in the workshop.
    init(_ settings: PlanSettings, workshop: Workshop) throws {
        guard let result = settings.fromStep ?? workshop.latestResult(ofMethod: settings.source.method) else {
            throw MethodError(
                "no \(settings.source.method) result yet: run that step first, or name the step to draw the "
                    + "actions from with from_step")
        }
        let chosen = result.entries.enumerated()
            .filter { _, entry in settings.top.map { entry.rank <= $0 } ?? entry.flags.contains("selected") }
            .sorted { a, b in a.element.rank != b.element.rank ? a.element.rank < b.element.rank : a.offset < b.offset }
            .map(\.element)
        guard !chosen.isEmpty else {
            throw MethodError(
                "the result of step '\(result.step)' (\(result.method)) selects no proposal; select some in that "
                    + "step (select_top or select_threshold of a vote) or give the parameter top")
        }
        var seen = Set<String>()
        items = try result.items(of: chosen, in: workshop).filter { seen.insert($0.id).inserted }
        step = result.step
        figures = ProposalFigures(source: result, workshop: workshop)
    }
}

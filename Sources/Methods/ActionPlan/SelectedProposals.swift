import AtelierKit

/// The proposals an action plan is drawn from, with the votes and scores they received.
struct SelectedProposals {
    /// The selected items, in the source result's rank order.
    let items: [Item]
    /// The step whose result gave them.
    let step: String
    /// Per item id: rank in the latest vote (or the source, when it is a vote).
    private let voteRanks: [String: Int]
    /// Per item id: dots in that vote.
    private let dots: [String: Int]
    /// Per item id: weighted score in the latest matrix (or the source, when it is a matrix).
    private let scores: [String: Double]

    /// Finds the source result and takes its selected entries.
    ///
    /// The source is the result of `from_step` when given, otherwise the latest result of the method
    /// named by `source`. The proposals are the entries flagged `selected`, or, when `top` is given,
    /// the entries ranked `top` or better. Dots and vote ranks come from the source when it is a vote,
    /// otherwise from the latest dot-voting result; scores likewise from the matrix.
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
        let vote = result.method == PlanSettings.Source.vote.method
            ? result : workshop.latestResult(ofMethod: PlanSettings.Source.vote.method)
        let matrix = result.method == PlanSettings.Source.matrix.method
            ? result : workshop.latestResult(ofMethod: PlanSettings.Source.matrix.method)
        var voteRanks: [String: Int] = [:]
        var dots: [String: Int] = [:]
        for entry in vote?.entries ?? [] {
            voteRanks[entry.item] = entry.rank
            if let value = entry.value, let count = Int(exactly: value.rounded()) { dots[entry.item] = count }
        }
        var scores: [String: Double] = [:]
        for entry in matrix?.entries ?? [] { scores[entry.item] = entry.value }
        self.voteRanks = voteRanks
        self.dots = dots
        self.scores = scores
    }

    /// The best vote rank among the proposals.
    func voteRank(of proposals: [Item]) -> Int? { proposals.compactMap { voteRanks[$0.id] }.min() }

    /// The dots the proposals received together; nil when none was voted on.
    func dots(of proposals: [Item]) -> Int? {
        let found = proposals.compactMap { dots[$0.id] }
        return found.isEmpty ? nil : found.reduce(0, +)
    }

    /// The best weighted matrix score among the proposals.
    func score(of proposals: [Item]) -> Double? { proposals.compactMap { scores[$0.id] }.max() }
}

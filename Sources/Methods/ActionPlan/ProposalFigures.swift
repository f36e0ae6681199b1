import AtelierKit

/// The figures an action draws from the proposals it comes from: the dots and rank of each in the
/// vote, and its weighted score in the matrix.
///
/// The vote is the source result when that is a vote, otherwise the latest dot-voting result; the
/// matrix likewise. An action's figures are those of its proposals: its dots their sum, its score
/// the best of theirs, its vote rank the best of theirs.
struct ProposalFigures {
    /// Per item id: rank in the vote.
    private var voteRanks: [String: Int] = [:]
    /// Per item id: dots in the vote.
    private var dots: [String: Int] = [:]
    /// Per item id: weighted score in the matrix.
    private var scores: [String: Double] = [:]

    /// The figures of the vote and matrix that go with a source result (nil: the latest of each).
    init(source: StepResult?, workshop: Workshop) {
        let vote = source?.method == PlanSettings.Source.vote.method
            ? source : workshop.latestResult(ofMethod: PlanSettings.Source.vote.method)
        let matrix = source?.method == PlanSettings.Source.matrix.method
            ? source : workshop.latestResult(ofMethod: PlanSettings.Source.matrix.method)
        for entry in vote?.entries ?? [] {
            voteRanks[entry.item] = entry.rank
            if let value = entry.value, let count = Int(exactly: value.rounded()) { dots[entry.item] = count }
        }
        for entry in matrix?.entries ?? [] { scores[entry.item] = entry.value }
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

    /// The proposals among an action's sources, as the action plan lists them: the sources the vote
    /// or the matrix ranked, except those an earlier source builds on, addresses or absorbed as a
    /// duplicate (they are its provenance, not proposals of their own).
    func proposals(among sources: [String], in workshop: Workshop) -> [Item] {
        var provenance = Set<String>()
        var proposals: [Item] = []
        for id in sources {
            guard let item = workshop.item(id) else { continue }
            if !provenance.contains(id), voteRanks[id] != nil || scores[id] != nil { proposals.append(item) }
            provenance.formUnion(DraftMaker.provenance(of: [item], in: workshop).dropFirst())
        }
        return proposals
    }
}

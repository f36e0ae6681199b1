/// The matrix's order of priority.
///
/// Fully scored items come first, by weighted score (highest first), then by their value on the first
/// criterion (best first), then in the order they were recorded. Items missing a score follow, in the
/// order they were recorded: they are never treated as if they had scored zero. Every item gets its own
/// rank, 1 to n.
enum MatrixRanking {
    static func ranked(_ assessments: [ItemAssessment]) -> [ItemAssessment] {
        let complete = assessments.filter(\.isComplete).sorted { a, b in
            let (wa, wb) = (key(a.weightedScore), key(b.weightedScore))
            if wa != wb { return wa > wb }
            let (fa, fb) = (key(a.firstNormalised), key(b.firstNormalised))
            if fa != fb { return fa > fb }
            return a.order < b.order
        }
        let incomplete = assessments.filter { !$0.isComplete }.sorted { $0.order < $1.order }
        return complete + incomplete
    }

    /// Compares figures to nine decimals, so that sums added in a different order still tie.
    private static func key(_ value: Double?) -> Double { ((value ?? 0) * 1e9).rounded() }
}

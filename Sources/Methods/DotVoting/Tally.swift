import AtelierKit

/// The count of one vote: dots per item, the ranking with ties, and the selection for the next step.
struct Tally {
    /// One item's line.
    struct Line {
        let item: Item
        /// All dots: digital ballots and paper counts.
        let dots: Int
        /// Dots counted on paper.
        let paper: Int
        /// Participants who placed at least one dot on the item digitally.
        let voters: Int
        /// Competition rank: 1 plus the number of items with more dots (1, 2, 2, 4).
        let rank: Int
        /// True when another item has the same number of dots.
        let tied: Bool
        let selected: Bool
    }

    /// Lines in rank order; tied items in the order they were recorded.
    let lines: [Line]

    /// Counts the dots on every item of the ballot.
    ///
    /// Selection: with `select_top` N, the items ranked N or better (every item tied at the cut-off is
    /// selected, so more than N may be); with `select_threshold` T, the items with at least T dots; with
    /// both, the items meeting both; with neither, none. An item without dots is never selected.
    init(scope: VoteScope, box: BallotBox, settings: VoteSettings) {
        let dots = zip(box.digitalDots, box.paperDots).map { digital, paper in
            let (sum, overflow) = digital.addingReportingOverflow(paper)
            return overflow ? Int.max : sum
        }
        let ordered = scope.items.indices.sorted { a, b in dots[a] != dots[b] ? dots[a] > dots[b] : a < b }
        var frequency: [Int: Int] = [:]
        for index in ordered { frequency[dots[index], default: 0] += 1 }
        var lines: [Line] = []
        for (position, index) in ordered.enumerated() {
            let count = dots[index]
            let rank = lines.last.map { $0.dots == count ? $0.rank : position + 1 } ?? 1
            let selected = Self.isSelected(dots: count, rank: rank, settings: settings)
            lines.append(
                Line(
                    item: scope.items[index], dots: count, paper: box.paperDots[index], voters: box.itemVoters[index],
                    rank: rank, tied: frequency[count, default: 0] > 1, selected: selected))
        }
        self.lines = lines
    }

    private static func isSelected(dots: Int, rank: Int, settings: VoteSettings) -> Bool {
        guard dots > 0, settings.selectTop != nil || settings.selectThreshold != nil else { return false }
        if let top = settings.selectTop, rank > top { return false }
        if let threshold = settings.selectThreshold, dots < threshold { return false }
        return true
    }

    var dotsCast: Int { lines.reduce(0) { $0 + $1.dots } }
    var selected: [Line] { lines.filter(\.selected) }
}

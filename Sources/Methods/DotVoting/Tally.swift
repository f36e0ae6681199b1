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
        /// Competition rank: 1 plus the number of items with more dots (1, 2, 2, 4), within the item's
        /// team when teams vote on their own items.
        let rank: Int
        /// True when another item (of the same team) has the same number of dots.
        let tied: Bool

        let selected: Bool
        /// The item's team, when teams vote on their own items.
        let team: Int?
    }

    /// Lines in rank order (team by team when teams vote on their own items); tied items in the order
    /// they were recorded.
    let lines: [Line]

    /// Counts the dots on every item of the ballot.
    ///
    /// Selection: with `select_top` N, the items ranked N or better (every item tied at the cut-off is
    /// selected, so more than N may be); with `select_threshold` T, the items with at least T dots; with
    /// both, the items meeting both; with neither, none; team by team when teams vote on their own items.
    /// An item without dots is never selected.
    init(scope: VoteScope, box: BallotBox, settings: VoteSettings) {
        let dots = zip(box.digitalDots, box.paperDots).map { digital, paper in
            let (sum, overflow) = digital.addingReportingOverflow(paper)
            return overflow ? Int.max : sum
        }
        let team = { (index: Int) in scope.teams.isEmpty ? 0 : scope.teams[index] }
        let ordered = scope.items.indices.sorted { a, b in
            (team(a), dots[b], a) < (team(b), dots[a], b)
        }
        var frequency: [Score: Int] = [:]
        for index in ordered { frequency[Score(team: team(index), dots: dots[index]), default: 0] += 1 }
        var lines: [Line] = []
        var first = 0
        for (position, index) in ordered.enumerated() {
            let count = dots[index]
            if position > 0 && team(ordered[position - 1]) != team(index) { first = position }
            let rank = position > first && lines[position - 1].dots == count ? lines[position - 1].rank : position - first + 1
            let selected = Self.isSelected(dots: count, rank: rank, settings: settings)
            lines.append(
                Line(
                    item: scope.items[index], dots: count, paper: box.paperDots[index], voters: box.itemVoters[index],
                    rank: rank, tied: frequency[Score(team: team(index), dots: count), default: 0] > 1, selected: selected,
                    team: scope.teams.isEmpty ? nil : team(index)))
        }
        self.lines = lines
    }

    /// A number of dots within a team: items sharing one are tied.
    private struct Score: Hashable {
        var team: Int
        var dots: Int
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

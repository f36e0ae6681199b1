/// The fair lotteries of Flanigan, Gölz, Gupta, Hennig and Procaccia, "Fair algorithms for selecting
/// citizens' assemblies", Nature 596 (2021): among all lotteries over the panels that meet the
/// quotas, the one that makes the smallest selection probability as large as it can be (maximin),
/// or that then does the same for the next smallest, and so on (leximin).
///
/// Both are found by column generation, over the kinds of people (``PanelProblem/kinds``): people
/// alike are interchangeable, so some optimal lottery gives them the same probability, and a panel
/// is known by how many of each kind sit. The master linear program chooses probabilities for the
/// panels found so far and maximises the level `z` every kind's selection probability must reach:
/// `max z` subject to `Σ_P p_P c_k(P) / n_k ≥ z` for each kind `k` of `n_k` people, `Σ p_P = 1`,
/// `p ≥ 0`. Its duals (GLPK's row duals) weigh the kinds; the pricing problem (``PanelFinder``, a
/// mixed-integer program) looks for the feasible panel of most weight, which enters the master when
/// its reduced cost is positive. When none is, the lottery is optimal over all feasible panels, not
/// only those found.
public enum FairLottery {
    /// How far a panel's reduced cost must be positive to enter the master.
    static let tolerance = 1e-9
    /// The most panels the master takes in one search, a guard against numerical cycling.
    static let columnLimit = 20_000

    /// The maximin lottery.
    /// - Throws: ``PanelError/infeasible(seats:)`` when no panel meets the quotas; ``SolverError``.
    public static func maximin(_ problem: PanelProblem) throws -> PanelDistribution {
        var search = try Search(problem)
        return try search.solve().distribution
    }

    /// The leximin lottery: the maximin level is fixed for the kinds held at it (those of positive
    /// dual weight), then the smallest probability of the others is raised, until every kind's level
    /// is fixed.
    /// - Throws: ``PanelError/infeasible(seats:)`` when no panel meets the quotas; ``SolverError``.
    public static func leximin(_ problem: PanelProblem) throws -> PanelDistribution {
        var search = try Search(problem)
        while true {
            let (distribution, level, weights) = try search.solve()
            let open = search.open
            var held = open.filter { weights[$0] > 1e-7 }
            if held.isEmpty {
                // No dual weight left to tell them apart (rounding): fix those at the level.
                let probabilities = search.kindProbabilities(distribution)
                held = open.filter { probabilities[$0] <= level + 1e-7 }
            }
            try search.fix(held, at: level)
            if held.isEmpty || search.open.isEmpty { return distribution }
        }
    }

    /// The master problem, the panels found so far and the pricing problem, kept across the rounds
    /// of leximin: a round changes the bounds of the kinds it fixes and adds panels, and the simplex
    /// method starts from the last basis.
    struct Search {
        let problem: PanelProblem
        let finder: PanelFinder
        let master = SolverModel(sense: .maximise)
        var panels: [[Int]] = []
        var known: Set<[Int]> = []
        /// The master's row of each kind; nil for a kind no feasible panel seats.
        var rows: [Int?] = []
        /// The master's row making the probabilities add up to 1.
        var convexity = 0
        /// The kinds whose probability is still raised together (the level `z`, column 0).
        var open: [Int] = []
        /// Whether bounds changed since the master was last solved (the dual simplex method then).
        var boundsChanged = false

        /// Starts with panels that together seat every kind some feasible panel seats: each time
        /// the panel with most kinds not yet seated, until no panel has more.
        init(_ problem: PanelProblem) throws {
            self.problem = problem
            finder = try PanelFinder(problem)
            var seated = Array(repeating: false, count: problem.kinds.count)
            var start: [[Int]] = []
            while true {
                // A seat of a kind not yet seated is worth 1 over the kind's size: a panel gains at
                // most 1 for each such kind, and exactly 1 when it seats all its people.
                let weights = problem.kinds.indices.map { seated[$0] ? 0.0 : 1.0 / Double(problem.kinds[$0].count) }
                guard let (counts, gain) = try finder.heaviest(weights) else {
                    throw PanelError.infeasible(seats: problem.seats)
                }
                let newKinds = counts.indices.filter { counts[$0] > 0 && !seated[$0] }
                if gain < 1e-9 || newKinds.isEmpty { break }
                start.append(counts)
                for kind in newKinds { seated[kind] = true }
            }
            for kind in problem.kinds.indices {
                rows.append(seated[kind] ? try master.addRow([], bounds: .atLeast(0)) : nil)
            }
            open = problem.kinds.indices.filter { seated[$0] }
            convexity = try master.addRow([], bounds: .exactly(1))
            try master.addColumn(bounds: .free, objective: 1, entries: open.map { (rows[$0]!, -1.0) })
            for counts in start { try add(counts) }
        }

        /// Adds a panel to the master.
        private mutating func add(_ counts: [Int]) throws {
            let entries = problem.kinds.indices.compactMap { kind in
                counts[kind] > 0 ? rows[kind].map { ($0, Double(counts[kind]) / Double(problem.kinds[kind].count)) } : nil
            }
            try master.addColumn(bounds: .atLeast(0), entries: entries + [(convexity, 1.0)])
            panels.append(counts)
            known.insert(counts)
        }

        /// Holds kinds at a level from now on: their probability must stay at least there (less a
        /// rounding margin) and no longer rises with `z`.
        mutating func fix(_ kinds: [Int], at level: Double) throws {
            for kind in kinds { try master.setRowBounds(rows[kind]!, .atLeast(max(0, level - 1e-9))) }
            open.removeAll { kinds.contains($0) }
            boundsChanged = true
            try master.setEntries(0, open.map { (rows[$0]!, -1.0) })
        }

        /// Each kind's probability under a lottery.
        func kindProbabilities(_ distribution: PanelDistribution) -> [Double] {
            var result = Array(repeating: 0.0, count: problem.kinds.count)
            for (counts, probability) in zip(distribution.panels, distribution.probabilities) {
                for (kind, count) in counts.enumerated() { result[kind] += probability * Double(count) / Double(problem.kinds[kind].count) }
            }
            return result
        }

        /// Solves the master over all feasible panels, generating panels as needed.
        /// - Returns: The lottery, the level `z` reached, and each kind's dual weight.
        mutating func solve() throws -> (distribution: PanelDistribution, level: Double, weights: [Double]) {
            let kinds = problem.kinds.indices
            var duals = Array(repeating: 0.0, count: kinds.count)
            while true {
                guard try master.solveLinear(dual: boundsChanged) else { throw SolverError.failed("the master problem has no solution") }
                boundsChanged = false
                for kind in kinds { duals[kind] = rows[kind].map { max(0, -master.rowDual($0)) } ?? 0 }
                let threshold = master.rowDual(convexity)
                let weights = kinds.map { duals[$0] / Double(problem.kinds[$0].count) }
                guard let (counts, weight) = try finder.heaviest(weights) else { throw PanelError.infeasible(seats: problem.seats) }
                if weight <= threshold + FairLottery.tolerance || known.contains(counts) || panels.count >= FairLottery.columnLimit { break }
                try add(counts)
            }
            var chosen: [[Int]] = []
            var probabilities: [Double] = []
            for (index, counts) in panels.enumerated() {
                let probability = master.linearValue(index + 1)
                if probability > 1e-9 {
                    chosen.append(counts)
                    probabilities.append(probability)
                }
            }
            let total = probabilities.reduce(0, +)
            return (PanelDistribution(panels: chosen, probabilities: probabilities.map { $0 / total }), master.linearValue(0), duals)
        }
    }
}

import AtelierKit
import Testing
@testable import AtelierPanel

/// Column generation against the whole truth on small pools: every feasible panel enumerated, the
/// maximin program solved over all of them at once, person by person.
@Suite struct BruteForceTests {
    /// A pool of `people` with two features of two and three values, from a seed; loose quotas
    /// around the pool's own shares, and a household of two.
    static func problem(seed: UInt64, people: Int = 9, seats: Int = 4) -> PanelProblem {
        var generator = SplitMix64(state: seed)
        let gender = (0..<people).map { _ in Int(generator.next() % 2) }
        let age = (0..<people).map { _ in Int(generator.next() % 3) }
        let quotas = (0..<2).map { value in
            PanelProblem.Bound(min: 1, max: 3, members: (0..<people).filter { gender[$0] == value })
        } + (0..<3).map { value in
            PanelProblem.Bound(min: value == 0 ? 1 : 0, max: 2, members: (0..<people).filter { age[$0] == value })
        }
        return PanelProblem(people: people, seats: seats, quotas: quotas, households: [[0, 1]])
    }

    /// Every set of `seats` people that is a feasible panel.
    static func allPanels(_ problem: PanelProblem) -> [[Int]] {
        func subsets(from start: Int, _ size: Int) -> [[Int]] {
            guard size > 0 else { return [[]] }
            return (start..<problem.people).flatMap { first in subsets(from: first + 1, size - 1).map { [first] + $0 } }
        }
        return subsets(from: 0, problem.seats).filter(problem.isFeasible)
    }

    /// The maximin level over all feasible panels: max z, each person's probability ≥ z.
    static func bruteForceMaximin(_ problem: PanelProblem) throws -> Double {
        let panels = allPanels(problem)
        let model = SolverModel(sense: .maximise)
        let level = try model.addColumn(bounds: .free, objective: 1)
        let rows = try (0..<problem.people).map { _ in try model.addRow([(level, -1.0)], bounds: .atLeast(0)) }
        let convexity = try model.addRow([], bounds: .exactly(1))
        for panel in panels {
            try model.addColumn(bounds: .atLeast(0), entries: panel.map { (rows[$0], 1.0) } + [(convexity, 1.0)])
        }
        #expect(try model.solveLinear())
        return model.linearObjective
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func maximinEqualsTheOptimumOverAllPanels(seed: UInt64) throws {
        let problem = Self.problem(seed: seed)
        try #require(!Self.allPanels(problem).isEmpty)
        let lottery = try FairLottery.maximin(problem)
        let lowest = lottery.selectionProbabilities(problem).min()!
        #expect(abs(lowest - (try Self.bruteForceMaximin(problem))) < 1e-7)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func leximinKeepsTheMaximinLevelAndOnlyFeasiblePanels(seed: UInt64) throws {
        let problem = Self.problem(seed: seed)
        let leximin = try FairLottery.leximin(problem)
        let maximin = try FairLottery.maximin(problem)
        #expect(abs(leximin.selectionProbabilities(problem).min()! - maximin.selectionProbabilities(problem).min()!) < 1e-7)
        // Every panel drawn from the lottery is feasible, and the probabilities add up to the seats.
        var generator = SplitMix64(state: seed)
        for _ in 0..<50 { #expect(problem.isFeasible(leximin.draw(problem, using: &generator))) }
        #expect(abs(leximin.selectionProbabilities(problem).reduce(0, +) - Double(problem.seats)) < 1e-7)
    }

    @Test func theLegacyDrawOnlyDrawsFeasiblePanels() throws {
        let problem = Self.problem(seed: 3)
        var generator = SplitMix64(state: 3)
        for _ in 0..<50 {
            let panel = try #require(LegacyDraw.draw(problem, using: &generator))
            #expect(problem.isFeasible(panel))
        }
    }
}

/// Finds the feasible panel of most total weight: the pricing problem of column generation, one
/// mixed-integer program over the kinds of people, solved again for each set of weights.
final class PanelFinder {
    let problem: PanelProblem
    private let model: SolverModel

    init(_ problem: PanelProblem) throws {
        self.problem = problem
        model = try problem.panelModel(sense: .maximise)
    }

    /// The feasible panel, counted by kind, whose seats' weights add up to most, with that sum; nil
    /// when no panel meets the quotas.
    /// - Parameter weights: One per kind: what each seat given to someone of that kind weighs.
    func heaviest(_ weights: [Double]) throws -> (counts: [Int], weight: Double)? {
        guard weights.count == problem.kinds.count else {
            throw SolverError.invalidInput("\(weights.count) weights for \(problem.kinds.count) kinds of people")
        }
        for (kind, weight) in weights.enumerated() { try model.setObjective(kind, weight) }
        guard try model.solveInteger() else { return nil }
        let counts = weights.indices.map { Int(model.integerValue($0).rounded()) }
        return (counts, zip(counts, weights).reduce(0) { $0 + Double($1.0) * $1.1 })
    }
}

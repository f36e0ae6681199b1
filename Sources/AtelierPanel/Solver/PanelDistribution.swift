import AtelierKit

/// A lottery over feasible panels, each counted by kind (how many people of each kind sit) with its
/// probability. Drawing a panel draws its counts, then that many people of each kind, each set of
/// them equally likely, so the people of a kind share its seats equally.
public struct PanelDistribution: Sendable, Equatable {
    /// Each panel's count of each kind (``PanelProblem/kinds``).
    public var panels: [[Int]]
    public var probabilities: [Double]

    public init(panels: [[Int]], probabilities: [Double]) {
        self.panels = panels
        self.probabilities = probabilities
    }

    /// Each person's probability of being drawn: the expected seats of their kind, shared by its people.
    public func selectionProbabilities(_ problem: PanelProblem) -> [Double] {
        var result = Array(repeating: 0.0, count: problem.people)
        for (counts, probability) in zip(panels, probabilities) {
            for (kind, count) in counts.enumerated() where count > 0 {
                let share = probability * Double(count) / Double(problem.kinds[kind].count)
                for person in problem.kinds[kind] { result[person] += share }
            }
        }
        return result
    }

    /// One panel drawn: the first panel whose running total of probability passes a uniform number
    /// in [0, 1) made of the generator's top 53 bits, then in each kind the first people of a
    /// Fisher–Yates shuffle of its people. Returns the members in increasing order.
    func draw(_ problem: PanelProblem, using generator: inout SplitMix64) -> [Int] {
        let target = Double(generator.next() >> 11) * 0x1p-53
        var total = 0.0
        var chosen = panels.count - 1
        for (index, probability) in probabilities.enumerated() {
            total += probability
            if target < total {
                chosen = index
                break
            }
        }
        var members: [Int] = []
        for (kind, count) in panels[chosen].enumerated() where count > 0 {
            var people = problem.kinds[kind]
            generator.shuffle(&people)
            members += people.prefix(count)
        }
        return members.sorted()
    }
}

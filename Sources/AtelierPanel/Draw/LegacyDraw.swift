import AtelierKit

/// The greedy draw `sortition-algorithms` calls legacy (the Sortition Foundation's original
/// method), step for step: at each seat, the quota whose unmet minimum is largest against the
/// people left in it (file order on a tie, so with every minimum met the first quota with people
/// left); a person of it at random; their household out; a quota that reaches its max empties.
/// An attempt that gets stuck or misses a quota is started again, up to ``attempts`` times.
///
/// It gives no guarantee on anyone's chance: people with rare combinations of values are drawn
/// far less often than others (see BENCHMARKS.md), which is what the fair lotteries correct.
public enum LegacyDraw {
    /// Attempts before giving up.
    public static let attempts = 100

    /// One panel drawn greedily; nil when every attempt failed.
    public static func draw(_ problem: PanelProblem, using generator: inout SplitMix64) -> [Int]? {
        for _ in 0..<attempts {
            if let panel = attempt(problem, using: &generator), problem.isFeasible(panel) { return panel.sorted() }
        }
        return nil
    }

    /// Every person's share of `runs` greedy draws: the legacy method's selection probabilities,
    /// estimated, since it defines no distribution of its own.
    public static func estimatedProbabilities(_ problem: PanelProblem, runs: Int, using generator: inout SplitMix64) -> [Double] {
        var counts = Array(repeating: 0, count: problem.people)
        var drawn = 0
        for _ in 0..<runs {
            guard let panel = draw(problem, using: &generator) else { continue }
            drawn += 1
            for person in panel { counts[person] += 1 }
        }
        return counts.map { drawn == 0 ? 0 : Double($0) / Double(drawn) }
    }

    private static func attempt(_ problem: PanelProblem, using generator: inout SplitMix64) -> [Int]? {
        let quotasOf = problem.quotasOf
        var left = Array(repeating: true, count: problem.people)
        var remaining = problem.quotas.map(\.members.count)
        var selected = Array(repeating: 0, count: problem.quotas.count)
        var panel: [Int] = []
        func remove(_ person: Int) {
            left[person] = false
            for q in quotasOf[person] { remaining[q] -= 1 }
        }
        for quota in problem.quotas where quota.max == 0 {
            for person in quota.members where left[person] { remove(person) }
        }
        for seat in 0..<problem.seats {
            var best: (quota: Int, ratio: Double)?
            for (q, quota) in problem.quotas.enumerated() {
                let needed = max(0, quota.min - selected[q])
                if remaining[q] < needed { return nil }
                if remaining[q] == 0 || quota.max == 0 { continue }
                let ratio = Double(needed) / Double(remaining[q])
                if best == nil || ratio > best!.ratio { best = (q, ratio) }
            }
            guard let best else { return nil }
            let candidates = problem.quotas[best.quota].members.filter { left[$0] }
            let person = candidates[Int(generator.next() % UInt64(candidates.count))]
            panel.append(person)
            remove(person)
            for q in quotasOf[person] { selected[q] += 1 }
            if let household = problem.householdOf[person] {
                for other in problem.households[household] where left[other] { remove(other) }
            }
            for q in quotasOf[person] where selected[q] == problem.quotas[q].max {
                for other in problem.quotas[q].members where left[other] { remove(other) }
            }
            if seat < problem.seats - 1 && !left.contains(true) { return nil }
        }
        return panel
    }
}

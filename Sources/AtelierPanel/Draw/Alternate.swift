import AtelierKit

/// Someone who may take the seat of a panel member who drops out, keeping every quota and household
/// rule: their id and the members whose seat they can take.
public struct Alternate: Sendable, Equatable, Codable {
    public var id: String
    /// The ids of the members they can replace, in pool order.
    public var replaces: [String]

    public init(id: String, replaces: [String]) {
        self.id = id
        self.replaces = replaces
    }

    /// The first `count` people off the panel, in the generator's order, who can replace at least
    /// one member. When a member drops out, the first alternate listed who can replace them takes
    /// the seat.
    static func list(_ count: Int, panel: [Int], problem: PanelProblem, ids: [String], using generator: inout SplitMix64) -> [Alternate] {
        let members = Set(panel)
        var others = (0..<problem.people).filter { !members.contains($0) }
        generator.shuffle(&others)
        let quotasOf = problem.quotasOf
        let counts = problem.quotas.map { $0.members.filter(members.contains).count }
        /// Whether `person` can take `member`'s seat: the counts after the swap within every quota,
        /// and no other member of the person's household on the panel.
        func canReplace(_ person: Int, _ member: Int) -> Bool {
            var changed = counts
            for q in quotasOf[member] { changed[q] -= 1 }
            for q in quotasOf[person] { changed[q] += 1 }
            let quotasTouched = Set(quotasOf[member] + quotasOf[person])
            guard quotasTouched.allSatisfy({ (problem.quotas[$0].min...problem.quotas[$0].max).contains(changed[$0]) }) else { return false }
            guard let household = problem.householdOf[person] else { return true }
            return problem.households[household].allSatisfy { $0 == member || !members.contains($0) }
        }
        var result: [Alternate] = []
        for person in others where result.count < count {
            let replaces = panel.sorted().filter { canReplace(person, $0) }
            if !replaces.isEmpty { result.append(Alternate(id: ids[person], replaces: replaces.map { ids[$0] })) }
        }
        return result
    }
}

/// The panels a draw chooses among, in numbers: people 0..<people, the seats, each quota's bounds
/// and members, and the households of more than one person.
///
/// A panel is feasible when it has exactly `seats` people, each quota's count of members between its
/// min and max, and at most one person of each household.
public struct PanelProblem: Sendable, Equatable {
    public var people: Int
    public var seats: Int
    public var quotas: [Bound]
    /// Groups of people of one household (two or more each).
    public var households: [[Int]]
    /// The kinds of people: people alike in everything the quotas and households see (the same
    /// value of every feature, no household shared with anyone) are interchangeable, and a fair
    /// lottery gives them the same probability, so it is sought over how many of each kind sit.
    /// Someone sharing a household is a kind of their own. Each kind's people, in pool order.
    public var kinds: [[Int]]
    /// Each person's kind.
    public var kindOf: [Int]
    /// The quotas counting each person (indices into ``quotas``).
    public var quotasOf: [[Int]]
    /// Each person's household of more than one (an index into ``households``), if any.
    public var householdOf: [Int?]

    /// A quota's bounds and the people it counts.
    public struct Bound: Sendable, Equatable {
        public var min: Int
        public var max: Int
        public var members: [Int]

        public init(min: Int, max: Int, members: [Int]) {
            self.min = min
            self.max = max
            self.members = members
        }
    }

    public init(people: Int, seats: Int, quotas: [Bound], households: [[Int]] = []) {
        self.people = people
        self.seats = seats
        self.quotas = quotas
        self.households = households
        var householdOf = Array(repeating: Int?.none, count: people)
        for (h, household) in households.enumerated() { for person in household { householdOf[person] = h } }
        self.householdOf = householdOf
        var memberships = Array(repeating: [Int](), count: people)
        for (q, quota) in quotas.enumerated() { for person in quota.members { memberships[person].append(q) } }
        quotasOf = memberships
        var signatures: [[Int]: Int] = [:]
        var kinds: [[Int]] = []
        kindOf = (0..<people).map { person in
            if householdOf[person] == nil, let kind = signatures[memberships[person]] {
                kinds[kind].append(person)
                return kind
            }
            if householdOf[person] == nil { signatures[memberships[person]] = kinds.count }
            kinds.append([person])
            return kinds.count - 1
        }
        self.kinds = kinds
    }

    /// The problem of a pool and its quotas for a number of seats.
    public init(pool: Pool, quotas: Quotas, seats: Int) {
        let index = Dictionary(uniqueKeysWithValues: quotas.features.enumerated().map { ($1, $0) })
        let bounds = quotas.quotas.map { quota in
            Bound(min: quota.min, max: quota.max, members: pool.respondents.indices.filter {
                pool.respondents[$0].values[index[quota.feature]!] == quota.value
            })
        }
        var households: [String: [Int]] = [:]
        for (person, respondent) in pool.respondents.enumerated() {
            if let household = respondent.household { households[household, default: []].append(person) }
        }
        self.init(people: pool.respondents.count, seats: seats, quotas: bounds,
                  households: households.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] })
    }

    /// Whether a set of people is a feasible panel.
    public func isFeasible(_ panel: [Int]) -> Bool {
        let members = Set(panel)
        guard members.count == panel.count, panel.count == seats, panel.allSatisfy({ (0..<people).contains($0) }) else { return false }
        return quotas.allSatisfy { quota in (quota.min...quota.max).contains(quota.members.filter(members.contains).count) }
            && households.allSatisfy { $0.filter(members.contains).count <= 1 }
    }

    /// A model whose integer solutions are the feasible panels, counted by kind: column `k` is how
    /// many people of kind `k` sit (people of a kind are interchangeable, so which of them is left
    /// to the draw).
    /// - Parameter slack: Also a column per quota side lowering its min or raising its max, each in
    ///   the objective with cost 1 (see ``Relaxation``), after the kinds' columns.
    func panelModel(sense: SolverModel.Sense, slack: Bool = false) throws -> SolverModel {
        let model = SolverModel(sense: sense)
        for kind in kinds { try model.addColumn(bounds: .between(0, Double(kind.count)), integer: true) }
        try model.addRow(kinds.indices.map { ($0, 1.0) }, bounds: .exactly(Double(seats)))
        for quota in quotas {
            let terms = Set(quota.members.map { kindOf[$0] }).sorted().map { ($0, 1.0) }
            if slack {
                let lower = try model.addColumn(bounds: .between(0, Double(quota.min)), objective: 1, integer: true)
                let upper = try model.addColumn(bounds: .between(0, Double(seats)), objective: 1, integer: true)
                try model.addRow(terms + [(lower, 1.0)], bounds: .atLeast(Double(quota.min)))
                try model.addRow(terms + [(upper, -1.0)], bounds: .atMost(Double(quota.max)))
            } else {
                try model.addRow(terms, bounds: .between(Double(quota.min), Double(quota.max)))
            }
        }
        for household in households { try model.addRow(household.map { (kindOf[$0], 1.0) }, bounds: .atMost(1)) }
        return model
    }
}

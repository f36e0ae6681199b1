import AtelierKit

/// How evenly the attributes of a room spread over its teams.
///
/// For each attribute, every team's share of each value (the share of its members from the Finance
/// service, say) is set against the room's share; a team's deviation is the largest difference over
/// the values, and the attribute's deviation the largest over the teams.
struct Mix: Sendable {
    let attributes: [WeightedAttribute]
    /// `codes[attribute][person]`: the index of the person's value among the attribute's values.
    let codes: [[Int]]
    /// `roomShares[attribute][value]`: the share of the room holding that value.
    let roomShares: [[Double]]

    /// `values[attribute][code]`: the attribute's values, sorted.
    let values: [[String]]

    init(people: [Participant], attributes: [WeightedAttribute]) {
        self.attributes = attributes
        var codes: [[Int]] = []
        var shares: [[Double]] = []
        var allValues: [[String]] = []
        for weighted in attributes {
            let values = people.map { weighted.attribute.value(of: $0) }
            let distinct = Array(Set(values)).sorted()
            allValues.append(distinct)
            let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
            let personCodes = values.map { index[$0]! }
            var counts = [Int](repeating: 0, count: distinct.count)
            for code in personCodes { counts[code] += 1 }
            codes.append(personCodes)
            shares.append(counts.map { Double($0) / Double(max(1, people.count)) })
        }
        self.codes = codes
        self.roomShares = shares
        self.values = allValues
    }

    /// How many members of `team` (person indices) hold each value of attribute `a`.
    func counts(of team: [Int], attribute a: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: roomShares[a].count)
        for person in team { counts[codes[a][person]] += 1 }
        return counts
    }

    /// The largest difference between a team's share of a value and the room's, for attribute `a`.
    func deviation(counts: [Int], size: Int, attribute a: Int) -> Double {
        guard size > 0 else { return 0 }
        return zip(counts, roomShares[a]).map { abs(Double($0) / Double(size) - $1) }.max() ?? 0
    }

    /// The sum of squared differences between a team's counts and the room's shares of its size:
    /// what separates arrangements with the same largest deviation.
    func spread(counts: [Int], size: Int, attribute a: Int) -> Double {
        zip(counts, roomShares[a]).reduce(0) { sum, pair in
            let gap = Double(pair.0) - Double(size) * pair.1
            return sum + gap * gap
        }
    }

    /// Per attribute, the largest deviation of any of `teams` from the room's mix.
    func largestDeviations(_ teams: [[Int]]) -> [Double] {
        attributes.indices.map { a in
            teams.map { deviation(counts: counts(of: $0, attribute: a), size: $0.count, attribute: a) }.max() ?? 0
        }
    }

    /// A team more than half of which holds one value of a spread attribute.
    struct Majority: Equatable {
        var team: Int
        var attribute: Int
        var value: String
        var count: Int
    }

    /// The majorities of one value in a team, for the attributes whose room allows teams without any:
    /// every value is held by no more people than the teams can take without a majority (⌊size / 2⌋
    /// each). A value nobody holds (`""`, no value given) never counts as a majority.
    func majorities(_ teams: [[Int]], sizes: [Int]) -> [Majority] {
        let room = codes.first?.count ?? 0
        let roomAllows = sizes.reduce(0) { $0 + $1 / 2 }
        var found: [Majority] = []
        for a in attributes.indices where roomShares[a].allSatisfy({ Int(($0 * Double(room)).rounded()) <= roomAllows }) {
            for (t, team) in teams.enumerated() {
                for (code, count) in counts(of: team, attribute: a).enumerated() where count * 2 > team.count && !values[a][code].isEmpty {
                    found.append(Majority(team: t, attribute: a, value: values[a][code], count: count))
                }
            }
        }
        return found
    }
}

import AtelierKit

/// The figures of formed and assigned teams: how many people got their first or top-two choice, and
/// each team's line in the step result.
struct TeamFigures {
    let mix: Mix
    /// Person indices per team.
    let teams: [[Int]]
    /// Participant ids per team.
    let members: [[String]]
    /// The challenge of each team; empty when there are no challenges.
    let assigned: [String]
    let preferences: Preferences

    /// A share (0.25) as percentage points with one decimal (25.0).
    static func points(_ share: Double) -> Double { (share * 1000).rounded() / 10 }

    /// The people in teams who ranked at least one challenge.
    var ranked: Int { members.joined().count { !(preferences.ranks[$0]?.isEmpty ?? true) } }

    /// How many members of a team ranked its challenge within the first `best` places.
    private func choices(_ team: Int, within best: Int) -> Int {
        guard team < assigned.count else { return 0 }
        return members[team].count { (preferences.rank($0, assigned[team]) ?? Int.max) <= best }
    }

    /// `ranked`, and `first_choice` and `top_two` as percentages of them, when anyone ranked.
    var metrics: [String: Double] {
        guard ranked > 0, !assigned.isEmpty else { return ["ranked": Double(ranked)] }
        let first = teams.indices.reduce(0) { $0 + choices($1, within: 1) }
        let topTwo = teams.indices.reduce(0) { $0 + choices($1, within: 2) }
        return [
            "ranked": Double(ranked),
            "first_choice": Self.points(Double(first) / Double(ranked)),
            "top_two": Self.points(Double(topTwo) / Double(ranked)),
        ]
    }

    /// One entry per team with a challenge: item the challenge, rank the team's number, group its name,
    /// value its members' first choices, values `top_two` and `deviation_<attribute>`.
    func entries(names: [String]) -> [ResultEntry] {
        zip(assigned.indices, assigned).map { team, challenge in
            var values: [String: Double] = ["top_two": Double(choices(team, within: 2))]
            for (a, weighted) in mix.attributes.enumerated() {
                let counts = mix.counts(of: teams[team], attribute: a)
                values["deviation_\(weighted.attribute.name)"] =
                    Self.points(mix.deviation(counts: counts, size: teams[team].count, attribute: a))
            }
            return ResultEntry(
                item: challenge, rank: team + 1, value: Double(choices(team, within: 1)), values: values, group: names[team])
        }
    }
}

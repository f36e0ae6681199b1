import AtelierKit

/// How many people each team takes: sizes as even as possible that add up to the people there are.
enum TeamSizes {
    /// The smallest team there may be: one person is not a team.
    static let smallest = 2

    /// Sizes for `people` in teams of `minimum` to `maximum` people: the fewest teams that can hold
    /// everyone, the larger teams first (23 in teams of 4 to 6 → 6, 6, 6, 5).
    /// - Throws: ``MethodError`` naming the numbers when no number of teams fits (23 people in teams of
    ///   exactly 6), or when the minimum is above the maximum.
    static func bounded(people: Int, minimum: Int, maximum: Int) throws -> [Int] {
        guard minimum <= maximum else {
            throw MethodError("team_size_min (\(minimum)) is above team_size_max (\(maximum)); give a minimum no larger than the maximum")
        }
        let teams = (people + maximum - 1) / maximum
        guard teams * minimum <= people else {
            let fewer = (teams - 1) * maximum
            let range = minimum == maximum ? "exactly \(minimum)" : "\(minimum) to \(maximum)"
            throw MethodError("\(people) people cannot be split into teams of \(range): \(teams - 1) teams hold at most \(fewer) "
                + "and \(teams) teams need at least \(teams * minimum); change team_size_min or team_size_max, or set teams")
        }
        return even(people: people, teams: teams)
    }

    /// Sizes for `people` in exactly `teams` teams, as even as possible, the larger first.
    /// - Throws: ``MethodError`` when a team would have fewer than ``smallest`` people.
    static func counted(people: Int, teams: Int) throws -> [Int] {
        guard teams >= 1, people / teams >= smallest else {
            throw MethodError("\(people) people cannot form \(teams) teams of at least \(smallest); "
                + "ask for at most \(max(1, people / smallest)) teams")
        }
        return even(people: people, teams: teams)
    }

    private static func even(people: Int, teams: Int) -> [Int] {
        (0..<teams).map { people / teams + ($0 < people % teams ? 1 : 0) }
    }
}

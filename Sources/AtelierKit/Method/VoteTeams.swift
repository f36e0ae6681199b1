/// The teams of an earlier step (`groups_from`, a `teams` step): each team votes on its own items,
/// and the items are ranked team by team (dot voting; the live room's ballot shows a voter their team's).
///
/// An item is a team's when a member of the team wrote it, else when it addresses the challenge that
/// team alone works on (the earlier step's entry for the team).
public struct VoteTeams: Sendable {
    /// The earlier step's id, for messages.
    public let step: String
    /// The teams' names, in the earlier step's order.
    public let names: [String]
    /// The team of each participant in a team, by id.
    public let teamOfParticipant: [String: Int]

    /// The teams of a step's result.
    /// - Throws: ``MethodError`` when the step's result forms no groups.
    public init(_ result: StepResult) throws {
        guard !result.groups.isEmpty else {
            throw MethodError("parameter groups_from: step '\(result.step)' forms no groups; name a teams step")
        }
        step = result.step
        names = result.groups.map(\.name)
        var teams: [String: Int] = [:]
        for (index, group) in result.groups.enumerated() {
            for member in group.members where teams[member] == nil { teams[member] = index }
        }
        teamOfParticipant = teams
        let byName = Dictionary(result.groups.indices.map { (result.groups[$0].name, $0) }) { first, _ in first }
        var challengeTeams: [String: [Int]] = [:]
        for entry in result.entries {
            if let team = entry.group.flatMap({ byName[$0] }) { challengeTeams[entry.item, default: []].append(team) }
        }
        soleTeamOfChallenge = challengeTeams.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }

    /// The team working on each challenge that only one team has.
    private let soleTeamOfChallenge: [String: Int]

    /// The team an item belongs to: its author's, else the one team working on the challenge it addresses.
    public func team(of item: Item) -> Int? {
        if let author = item.author, let team = teamOfParticipant[author] { return team }
        return item.addresses.flatMap { soleTeamOfChallenge[$0] }
    }
}

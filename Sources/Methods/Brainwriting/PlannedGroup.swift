import AtelierKit

/// One brainwriting group: who sits in it, and where each sheet is in each round.
struct PlannedGroup: Equatable {
    /// `1`, `2`, … in plan order; with `keep_tables`, the table's name (`A`), or `A-1`, `A-2` when a
    /// large table is split.
    let name: String
    /// Participant ids in seating order; member `s` starts sheet `s`.
    let members: [String]
    /// Rounds the sheets go: the requested number, but never more than the group has members.
    let rounds: Int
    /// The challenge every sheet of the group addresses: a team's own challenge, when the groups come
    /// from a teams step and the `challenges` parameter does not hand out others.
    var topic: String? = nil

    /// `rotation[round][sheet]`: the participant holding the sheet in that round (0-based).
    ///
    /// Sheets move one seat on each round: in round `r`, sheet `s` is with member `(s + r) mod n`. Each
    /// round is therefore a permutation of the members, and over `n` rounds each sheet visits every
    /// member exactly once.
    var rotation: [[String]] {
        (0..<rounds).map { round in
            members.indices.map { sheet in members[(sheet + round) % members.count] }
        }
    }

    /// The group as the step result records it, with the challenge of each sheet (the group's own
    /// topic, else `topics` in turn) and the ideas each holder writes per round.
    func participantGroup(topics: [String], ideasPerRound: Int) -> ParticipantGroup {
        ParticipantGroup(
            name: name, members: members, rotation: rotation,
            sheetTopics: topic.map { Array(repeating: $0, count: members.count) }
                ?? (topics.isEmpty ? [] : members.indices.map { topics[$0 % topics.count] }),
            slots: ideasPerRound)
    }

    /// Splits a number of people into the fewest groups of at most `groupSize`, as even as possible,
    /// larger groups first: 14 by 6 gives 5+5+4, 7 by 6 gives 4+3.
    ///
    /// No group is smaller than 3: when even groups would be (5 by 4 gives 3+2, 7 by 3 gives 3+2+2),
    /// there are fewer groups (5; 4+3). Only a `groupSize` of 3 or 4 can so give groups larger than
    /// itself, and never larger than 5, so for a `groupSize` of 3 to 8 every group has 3 to 8 people.
    /// - Precondition: `count` is at least 3 and `groupSize` at least 1.
    static func sizes(for count: Int, groupSize: Int) -> [Int] {
        var groups = (count + groupSize - 1) / groupSize
        while groups > 1 && count / groups < 3 { groups -= 1 }
        let base = count / groups
        let larger = count % groups
        return (0..<groups).map { $0 < larger ? base + 1 : base }
    }

    /// Splits people into groups of ``sizes(for:groupSize:)``, keeping their order.
    static func split(_ people: [String], groupSize: Int) -> [[String]] {
        var start = 0
        return sizes(for: people.count, groupSize: groupSize).map { size in
            defer { start += size }
            return Array(people[start..<start + size])
        }
    }
}

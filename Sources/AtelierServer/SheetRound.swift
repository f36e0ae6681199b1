import AtelierKit

/// A brainwriting step in the room: the sheets' plan that the method made (its result's groups, with
/// the 6-3-5 rotation), the round the sheets are in, and who has passed their sheet on.
///
/// Every group writes the same round at the same time. A round ends when everyone holding a sheet in
/// it has passed, or when the facilitator moves the room on; a group with fewer members than rounds
/// has finished once each of its sheets has visited every member.
struct SheetRound: Sendable, Equatable {
    /// The planned groups, in plan order: group `g` (1-based) of a sheet position is `groups[g - 1]`.
    let groups: [ParticipantGroup]
    /// Idea boxes per holder and round.
    let slots: Int
    /// The round being written, from 1.
    private(set) var round: Int
    /// The people of this round who have passed their sheet.
    private(set) var passed: Set<String> = []

    /// Where a sheet is in one round: the group and the sheet, both from 1.
    struct Seat: Sendable, Equatable {
        var group: Int
        var sheet: Int
    }

    /// - Parameter written: The ideas already on the step's sheets: the room goes on from the latest
    ///   round written in, as after a restart.
    init(groups: [ParticipantGroup], slots: Int, written: [SheetPosition]) {
        self.groups = groups
        self.slots = slots
        round = min(max(1, written.map(\.round).max() ?? 1), max(1, groups.map(\.rotation.count).max() ?? 1))
    }

    /// The number of rounds of the largest group.
    var rounds: Int { groups.map(\.rotation.count).max() ?? 0 }

    /// The sheet a participant holds in the current round, if any.
    func seat(of participant: String) -> Seat? {
        for (index, group) in groups.enumerated() where round <= group.rotation.count {
            if let sheet = group.rotation[round - 1].firstIndex(of: participant) { return Seat(group: index + 1, sheet: sheet + 1) }
        }
        return nil
    }

    /// Whether the participant is in one of the planned groups.
    func plans(_ participant: String) -> Bool {
        groups.contains { $0.members.contains(participant) }
    }

    /// Everyone holding a sheet in the current round.
    var holders: Set<String> {
        Set(groups.filter { round <= $0.rotation.count }.flatMap { $0.rotation[round - 1] })
    }

    /// Whether the sheets have been through every round.
    var finished: Bool { round >= rounds && holders.isSubset(of: passed) }

    /// Notes that a participant has passed their sheet; the round ends when every holder has.
    mutating func pass(_ participant: String) {
        passed.insert(participant)
        if holders.isSubset(of: passed) { nextRound() }
    }

    /// Moves every sheet on to the next round (the last round stays, everyone passed).
    mutating func nextRound() {
        guard round < rounds else {
            passed = holders
            return
        }
        round += 1
        passed = []
    }
}

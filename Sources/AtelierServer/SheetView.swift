import AtelierKit

/// A phone's brainwriting sheet in the current round: the challenge at its head, the ideas written on
/// it in earlier rounds, and the boxes of this round.
struct SheetView: Sendable {
    /// The round being written and the rounds the phone's group has.
    var round: Int
    var rounds: Int
    /// The sheet the phone holds this round; nil when it holds none (not in the plan, passed, or done).
    var seat: SheetRound.Seat?
    /// Whether the participant is in the groups the method planned.
    var planned: Bool
    /// Whether the participant has passed their sheet this round.
    var passed: Bool
    /// Whether the sheets have been round the participant's group.
    var done: Bool
    /// The challenge the sheet works on.
    var topic: String?
    /// The ideas of earlier rounds on the sheet, by round and box.
    var above: [Item]
    /// The ideas already written on the sheet this round.
    var written: [Item]
    /// Boxes per round.
    var slots: Int

    init(_ sheets: SheetRound, participant: String, step: String, workshop: Workshop) {
        round = sheets.round
        planned = sheets.plans(participant)
        passed = sheets.passed.contains(participant)
        seat = passed ? nil : sheets.seat(of: participant)
        slots = sheets.slots
        let group = sheets.groups.first { $0.members.contains(participant) }
        rounds = group?.rotation.count ?? sheets.rounds
        done = sheets.finished || sheets.round > rounds
        guard let seat else {
            above = []
            written = []
            return
        }
        let topics = sheets.groups[seat.group - 1].sheetTopics
        topic = topics.indices.contains(seat.sheet - 1) ? workshop.item(topics[seat.sheet - 1])?.text : nil
        let onSheet = workshop.items.filter { $0.step == step && $0.position?.group == seat.group && $0.position?.sheet == seat.sheet }
            .sorted { ($0.position!.round, $0.position!.slot) < ($1.position!.round, $1.position!.slot) }
        above = onSheet.filter { $0.position!.round < sheets.round }
        written = onSheet.filter { $0.position!.round == sheets.round }
    }
}

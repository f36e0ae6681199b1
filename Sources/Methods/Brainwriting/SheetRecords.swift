import AtelierKit

/// The ideas written on a step's sheets, checked against the plan and linked to what they build on.
///
/// An idea belongs to the sheets when it is of kind `idea`, has a `position`, and belongs to the step
/// (or to no step yet: it is then given this one). For each such idea:
/// - `buildsOn` is the idea above it in the same column: the same slot in the nearest earlier round
///   that has an idea in that slot (a row left blank is skipped); nothing in round 1;
/// - `addresses` is the sheet's challenge when the step gives the sheets challenges, and is left as it
///   is otherwise;
/// - `dimension` is the step's dimension when it has one, and is left as it is otherwise;
/// - `author`, when missing, is the person who held the sheet in that round.
struct SheetRecords {
    /// Ideas on the sheets, after the changes, ordered by group, sheet, round and slot.
    private(set) var ideas: [Item] = []
    /// Ideas whose links, author or step changed.
    private(set) var upserts: [Item] = []
    private(set) var notes: [String] = []

    /// Reads and links the ideas of a step.
    /// - Parameter topics: The challenges given to the sheets in turn (a group's own topic comes first);
    ///   empty when sheets have none.
    /// - Throws: ``MethodError`` listing every idea whose position does not fit the plan (group, sheet,
    ///   round or slot out of range) and every pair of ideas in the same place.
    init(
        workshop: Workshop, step: String, plan: [PlannedGroup], settings: BrainwritingSettings, topics: [String],
        texts: BrainwritingTexts
    ) throws {
        let candidates = workshop.items.filter { $0.kind == .idea && ($0.step == nil || $0.step == step) }
        let placed = candidates.compactMap { idea in idea.position.map { (idea: idea, position: $0) } }
        try Self.check(placed, plan: plan, ideasPerRound: settings.ideasPerRound, step: step)
        var cells: [SheetPosition: String] = [:]
        for (idea, position) in placed { cells[position] = idea.id }
        let rotations = plan.map(\.rotation)

        var linkedIdeas: [(idea: Item, position: SheetPosition)] = []
        for (idea, position) in placed {
            var linked = idea
            linked.step = step
            linked.buildsOn = stride(from: position.round - 1, through: 1, by: -1).lazy.compactMap { round in
                cells[SheetPosition(group: position.group, sheet: position.sheet, round: round, slot: position.slot)]
            }.first
            if let topic = plan[position.group - 1].topic {
                linked.addresses = topic
            } else if !topics.isEmpty {
                linked.addresses = topics[(position.sheet - 1) % topics.count]
            }
            if let dimension = settings.dimension { linked.dimension = dimension }
            let holder = rotations[position.group - 1][position.round - 1][position.sheet - 1]
            if let author = idea.author, author != holder {
                notes.append(texts.author(idea: idea.id, author: author, holder: holder, at: position))
            }
            linked.author = idea.author ?? holder
            if linked != idea { upserts.append(linked) }
            linkedIdeas.append((linked, position))
        }
        ideas = linkedIdeas.sorted { a, b in
            let (p, q) = (a.position, b.position)
            return (p.group, p.sheet, p.round, p.slot) < (q.group, q.sheet, q.round, q.slot)
        }.map(\.idea)
        let unplaced = candidates.count(where: { $0.step == step && $0.position == nil })
        if unplaced > 0 { notes.append(texts.unplaced(unplaced)) }
    }

    /// Checks every position against the plan.
    /// - Throws: ``MethodError`` with one line per problem, after a line describing the plan.
    private static func check(
        _ ideas: [(idea: Item, position: SheetPosition)], plan: [PlannedGroup], ideasPerRound: Int, step: String
    ) throws {
        var problems: [String] = []
        var seen: [SheetPosition: String] = [:]
        for (idea, p) in ideas {
            let place = "idea '\(idea.id)'"
            guard (1...plan.count).contains(p.group) else {
                problems.append("\(place) is on group \(p.group), but the plan has groups 1 to \(plan.count)")
                continue
            }
            let group = plan[p.group - 1]
            if !(1...group.members.count).contains(p.sheet) {
                problems.append(
                    "\(place) is on sheet \(p.sheet) of group \(p.group), which has sheets 1 to \(group.members.count)")
            }
            if !(1...group.rounds).contains(p.round) {
                problems.append(
                    "\(place) is in round \(p.round) of group \(p.group), which has rounds 1 to \(group.rounds)")
            }
            if !(1...ideasPerRound).contains(p.slot) {
                problems.append(
                    "\(place) is in slot \(p.slot), but ideas_per_round is \(ideasPerRound) (slots 1 to \(ideasPerRound))")
            }
            if let other = seen[p] {
                problems.append(
                    "ideas '\(other)' and '\(idea.id)' are both on group \(p.group), sheet \(p.sheet), round "
                        + "\(p.round), slot \(p.slot); move one of them")
            } else {
                seen[p] = idea.id
            }
        }
        guard problems.isEmpty else {
            let sizes = plan.map { String($0.members.count) }.joined(separator: "+")
            throw MethodError(
                "the ideas on the sheets of step '\(step)' do not fit its plan (groups of \(sizes), "
                    + "\(ideasPerRound) ideas per round):\n" + problems.map { "- " + $0 }.joined(separator: "\n"))
        }
    }
}

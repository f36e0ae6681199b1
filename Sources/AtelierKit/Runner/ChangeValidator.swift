/// Checks a change set against a workshop before it is applied: identifiers present, unique and
/// visible, every reference resolving to something that exists once the change is applied, values
/// on their scales, no text holding NUL, and only the parts a method declared written.
///
/// Every change goes through it, whatever brought it: a CSV file or a spreadsheet (``Importer``)
/// and a method module's output (``Runner``). An id or a reference holding a control or invisible
/// character (see ``hiddenCharacter(in:)``) is refused, so two ids that differ only by such
/// characters never match nor replace one another.
public struct ChangeValidator: Sendable {
    /// Parts the writer may change; nil allows every part (imports).
    public var allowedParts: Set<ModelPart>?

    public init(allowedParts: Set<ModelPart>? = nil) {
        self.allowedParts = allowedParts
    }

    /// The parts of the workshop ``issues(in:for:)`` reads to check a change that writes `written`:
    /// the ids a new row must not repeat, the rows its references point to, and the rows a removal
    /// would leave pointing at nothing. A workshop holding at least these parts is checked as fully as
    /// the whole workshop.
    public static func partsRead(checking written: Set<ModelPart>) -> Set<ModelPart> {
        written.reduce(into: Set<ModelPart>()) { parts, part in
            switch part {
            case .info, .agenda: break
            case .participants: parts.formUnion([.participants, .items, .ballots, .scores])
            case .items: parts.formUnion([.items, .categories, .participants, .ballots, .scores, .actions, .results])
            case .categories: parts.formUnion([.categories, .items])
            case .criteria: parts.formUnion([.criteria, .scores])
            case .scores: parts.formUnion([.scores, .items, .criteria, .participants])
            case .ballots: parts.formUnion([.ballots, .items, .participants])
            case .results: parts.formUnion([.results, .items])
            case .actions: parts.formUnion([.actions, .items])
            }
        }
    }

    /// Every issue found, in a stable order; empty when the change can be applied.
    public func issues(in changes: ChangeSet, for workshop: Workshop) -> [ChangeIssue] {
        var issues: [ChangeIssue] = []
        if let allowedParts {
            for part in changes.writtenParts.subtracting(allowedParts).sorted() {
                issues.append(ChangeIssue(part: part, index: nil, field: nil,
                                          message: "writes \(part.rawValue), which its manifest does not declare in 'writes'"))
            }
        }
        // A step result names no participant: a panel's hundreds of thousands of ids are gathered only
        // for a change that can refer to them.
        let namesParticipants = !changes.participants.isEmpty || changes.items.upsert.contains { $0.author != nil }
            || changes.scores.contains { $0.participant != nil } || changes.ballots.contains { $0.participant != nil }
        let participants = namesParticipants
            ? ids(workshop.participants.map(\.id), changes.participants, .participants, &issues) : []
        let categories = ids(workshop.categories.map(\.id), changes.categories, .categories, &issues)
        let criteria = ids(workshop.criteria.map(\.id), changes.criteria, .criteria, &issues)
        let items = ids(workshop.items.map(\.id), changes.items, .items, &issues)
        _ = ids(workshop.actions.map(\.id), changes.actions, .actions, &issues)
        /// A reference to an id: refused when it holds a hidden character, else when `known` is
        /// given and does not hold it (`unknown` then says what is wrong). True when it resolves.
        @discardableResult
        func refer(_ value: String, in known: Set<String>?, _ part: ModelPart, _ index: Int, _ field: String,
                   unknown: @autoclosure () -> String = "") -> Bool {
            if let scalar = Self.hiddenCharacter(in: value) {
                issues.append(ChangeIssue(part: part, index: index, field: field, message: Self.hiddenCharacterMessage(value, scalar)))
                return false
            }
            guard let known, !known.contains(value) else { return true }
            issues.append(ChangeIssue(part: part, index: index, field: field, message: unknown()))
            return false
        }
        var criterionByID: [String: Criterion] = [:]
        for c in workshop.criteria { criterionByID[c.id] = c }
        for c in changes.criteria.upsert { criterionByID[c.id] = c }

        for (i, p) in changes.participants.upsert.enumerated() where p.name.isBlank {
            issues.append(ChangeIssue(part: .participants, index: i, field: "name", message: "participant '\(p.id)' has no name"))
        }
        for (i, c) in changes.categories.upsert.enumerated() where c.name.isBlank {
            issues.append(ChangeIssue(part: .categories, index: i, field: "name", message: "category '\(c.id)' has no name"))
        }
        for (i, c) in changes.criteria.upsert.enumerated() {
            if !(c.scaleMin.isFinite && c.scaleMax.isFinite && c.scaleMin < c.scaleMax) {
                issues.append(ChangeIssue(part: .criteria, index: i, field: "scale",
                                          message: "criterion '\(c.id)' needs a scale whose minimum is below its maximum"))
            }
            if !(c.weight.isFinite && c.weight >= 0) {
                issues.append(ChangeIssue(part: .criteria, index: i, field: "weight",
                                          message: "criterion '\(c.id)' needs a weight of 0 or more"))
            }
        }
        for (i, item) in changes.items.upsert.enumerated() {
            func check(_ value: String?, _ field: String, in set: Set<String>, _ what: String) {
                if let value {
                    refer(value, in: set, .items, i, field, unknown: "item '\(item.id)' refers to unknown \(what) '\(value)'")
                }
            }
            if item.text.isBlank {
                issues.append(ChangeIssue(part: .items, index: i, field: "text", message: "item '\(item.id)' has no text"))
            }
            check(item.category, "category", in: categories, "category")
            check(item.author, "author", in: participants, "participant")
            check(item.buildsOn, "builds_on", in: items, "item")
            check(item.addresses, "addresses", in: items, "item")
            check(item.duplicateOf, "duplicate_of", in: items, "item")
            if let step = item.step { refer(step, in: nil, .items, i, "step") }
            if item.buildsOn == item.id || item.duplicateOf == item.id {
                issues.append(ChangeIssue(part: .items, index: i, field: item.buildsOn == item.id ? "builds_on" : "duplicate_of",
                                          message: "item '\(item.id)' cannot refer to itself"))
            }
        }
        var lastScoreStep: String?
        for (i, score) in changes.scores.enumerated() {
            refer(score.item, in: items, .scores, i, "item", unknown: "unknown item '\(score.item)'")
            if let p = score.participant {
                refer(p, in: participants, .scores, i, "participant", unknown: "unknown participant '\(p)'")
            }
            if let step = score.step, step != lastScoreStep {
                lastScoreStep = step
                refer(step, in: nil, .scores, i, "step")
            }
            if refer(score.criterion, in: criteria, .scores, i, "criterion", unknown: "unknown criterion '\(score.criterion)'"),
               let criterion = criterionByID[score.criterion], !criterion.accepts(score.value) {
                issues.append(ChangeIssue(
                    part: .scores, index: i, field: "value",
                    message: "\(score.value.plain) is outside the scale of '\(criterion.id)' (\(criterion.scaleMin.plain)–\(criterion.scaleMax.plain))"))
            }
        }
        var lastVoter: String?
        var lastBallotStep: String?
        for (i, ballot) in changes.ballots.enumerated() {
            refer(ballot.item, in: items, .ballots, i, "item", unknown: "unknown item '\(ballot.item)'")
            if let p = ballot.participant, p != lastVoter,
               refer(p, in: participants, .ballots, i, "participant", unknown: "unknown participant '\(p)'") {
                lastVoter = p
            }
            if let step = ballot.step, step != lastBallotStep {
                lastBallotStep = step
                refer(step, in: nil, .ballots, i, "step")
            }
            if ballot.dots < 1 {
                issues.append(ChangeIssue(part: .ballots, index: i, field: "dots",
                                          message: "dots must be a whole number of 1 or more, not \(ballot.dots)"))
            }
        }
        var resultSteps = Set<String>()
        for (i, result) in changes.results.enumerated() {
            if refer(result.step, in: nil, .results, i, "step"), !resultSteps.insert(result.step).inserted {
                issues.append(ChangeIssue(part: .results, index: i, field: "step",
                                          message: "two results for step '\(result.step)'"))
            }
            for entry in result.entries {
                refer(entry.item, in: items, .results, i, "entries",
                      unknown: "result of '\(result.step)' ranks unknown item '\(entry.item)'")
            }
            let members = result.entries.flatMap(\.members) + result.groups.flatMap { $0.members + $0.rotation.joined() }
            for member in members { refer(member, in: nil, .results, i, "groups") }
        }
        for (i, action) in changes.actions.upsert.enumerated() {
            if action.title.isBlank {
                issues.append(ChangeIssue(part: .actions, index: i, field: "title", message: "action '\(action.id)' has no title"))
            }
            if case .other(let name) = action.carrier, name.isBlank {
                issues.append(ChangeIssue(part: .actions, index: i, field: "carrier", message: "action '\(action.id)' has no carrier"))
            }
            if let rank = action.rank, rank < 1 {
                issues.append(ChangeIssue(part: .actions, index: i, field: "rank", message: "action '\(action.id)' has rank \(rank); ranks start at 1"))
            }
            if let score = action.score, !score.isFinite {
                issues.append(ChangeIssue(part: .actions, index: i, field: "score", message: "action '\(action.id)' has a score that is not a number"))
            }
            for source in action.sources {
                refer(source, in: items, .actions, i, "sources", unknown: "action '\(action.id)' comes from unknown item '\(source)'")
            }
        }
        issues += Self.nulIssues(in: changes)
        issues += danglingReferences(after: changes, in: workshop, items: items)
        return issues
    }

    /// The ids of a part once the edits are applied; reports empty, duplicate and unknown ids on the way.
    private func ids<T>(_ existing: [String], _ edits: Edits<T>, _ part: ModelPart, _ issues: inout [ChangeIssue]) -> Set<String> {
        var result = Set(existing)
        for id in edits.remove where !result.contains(id) {
            issues.append(ChangeIssue(part: part, index: nil, field: "id", message: "cannot remove unknown id '\(id)'"))
        }
        result.subtract(edits.remove)
        var seen = Set<String>()
        for (i, element) in edits.upsert.enumerated() {
            let id = element.id
            if id.isBlank {
                issues.append(ChangeIssue(part: part, index: i, field: "id", message: "an id must be a non-empty single line"))
            } else if let scalar = Self.hiddenCharacter(in: id) {
                issues.append(ChangeIssue(part: part, index: i, field: "id", message: Self.hiddenCharacterMessage(id, scalar)))
            } else if !seen.insert(id).inserted {
                issues.append(ChangeIssue(part: part, index: i, field: "id", message: "id '\(id)' appears twice"))
            }
            result.insert(id)
        }
        return result
    }

    /// Removals that would leave something pointing at nothing.
    private func danglingReferences(
        after changes: ChangeSet, in workshop: Workshop, items: Set<String>
    ) -> [ChangeIssue] {
        let removedItems = Set(changes.items.remove)
        let removedParticipants = Set(changes.participants.remove)
        let removedCategories = Set(changes.categories.remove)
        let removedCriteria = Set(changes.criteria.remove)
        guard !(removedItems.isEmpty && removedParticipants.isEmpty && removedCategories.isEmpty && removedCriteria.isEmpty)
        else { return [] }
        var issues: [ChangeIssue] = []
        let replaced = Set(changes.items.upsert.map(\.id))
        for item in workshop.items where !replaced.contains(item.id) && items.contains(item.id) {
            for (ref, field) in [(item.buildsOn, "builds_on"), (item.addresses, "addresses"), (item.duplicateOf, "duplicate_of")] {
                if let ref, removedItems.contains(ref) {
                    issues.append(ChangeIssue(part: .items, index: nil, field: field,
                                              message: "cannot remove item '\(ref)': item '\(item.id)' refers to it"))
                }
            }
            if let author = item.author, removedParticipants.contains(author) {
                issues.append(ChangeIssue(part: .participants, index: nil, field: "id",
                                          message: "cannot remove participant '\(author)': item '\(item.id)' is theirs"))
            }
            if let category = item.category, removedCategories.contains(category) {
                issues.append(ChangeIssue(part: .categories, index: nil, field: "id",
                                          message: "cannot remove category '\(category)': item '\(item.id)' is in it"))
            }
        }
        for ballot in workshop.ballots {
            if removedItems.contains(ballot.item) {
                issues.append(ChangeIssue(part: .items, index: nil, field: "id",
                                          message: "cannot remove item '\(ballot.item)': it has votes"))
            }
            if let p = ballot.participant, removedParticipants.contains(p) {
                issues.append(ChangeIssue(part: .participants, index: nil, field: "id",
                                          message: "cannot remove participant '\(p)': they voted"))
            }
        }
        for score in workshop.scores {
            if removedItems.contains(score.item) {
                issues.append(ChangeIssue(part: .items, index: nil, field: "id", message: "cannot remove item '\(score.item)': it has scores"))
            }
            if removedCriteria.contains(score.criterion) {
                issues.append(ChangeIssue(part: .criteria, index: nil, field: "id",
                                          message: "cannot remove criterion '\(score.criterion)': scores use it"))
            }
        }
        for action in workshop.actions {
            for source in action.sources where removedItems.contains(source) {
                issues.append(ChangeIssue(part: .items, index: nil, field: "id",
                                          message: "cannot remove item '\(source)': action '\(action.id)' comes from it"))
            }
        }
        // A result the change does not replace keeps ranking its items: removing them would leave it
        // pointing at nothing.
        let replacedResults = Set(changes.results.map(\.step))
        for result in workshop.results where !replacedResults.contains(result.step) {
            var ranked: [String] = []
            for entry in result.entries {
                for id in [entry.item] + entry.members where removedItems.contains(id) && !ranked.contains(id) { ranked.append(id) }
            }
            guard !ranked.isEmpty else { continue }
            let items = ranked.map { "'\($0)'" }.joined(separator: ", ")
            issues.append(ChangeIssue(part: .items, index: nil, field: "id", message: ranked.count == 1
                ? "cannot remove item \(items): the result of step '\(result.step)' ranks it"
                : "cannot remove items \(items): the result of step '\(result.step)' ranks them"))
        }
        var unique: [ChangeIssue] = []
        for issue in issues where !unique.contains(issue) { unique.append(issue) }
        return unique
    }
}

extension String {
    /// True when the text is empty or only white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

extension Double {
    /// The number as people write it: `3` rather than `3.0`.
    var plain: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}

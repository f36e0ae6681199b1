import AtelierKit
import Foundation

/// Forms the brainwriting groups of a step from the workshop's participants.
enum GroupPlanner {
    /// The groups for the people who write: participants and experts, and facilitators when the
    /// settings say so, in the workshop's order.
    ///
    /// Without `keep_tables`, people are split in order into groups of
    /// ``PlannedGroup/sizes(for:groupSize:)``. With it, each table (the participants' `group` field, in
    /// order of first appearance) forms a group, split the same way when it is larger than `group_size`.
    /// - Throws: ``MethodError`` when fewer than 3 people write, or, with `keep_tables`, when someone
    ///   has no table or a table has fewer than 3 people.
    static func plan(_ participants: [Participant], settings: BrainwritingSettings, results: [StepResult] = []) throws -> [PlannedGroup] {
        if let step = settings.groupsFrom { return try groups(from: step, results: results, participants: participants, settings: settings) }
        let writers = participants.filter { person in
            switch person.role {
            case .participant, .expert: true
            case .facilitator: settings.includeFacilitators
            case .observer: false
            }
        }
        guard writers.count >= 3 else {
            let who = settings.includeFacilitators ? "participant, expert or facilitator" : "participant or expert"
            let hint = settings.includeFacilitators
                ? "add participants" : "add participants, or set include_facilitators to true"
            throw MethodError(
                "brainwriting needs at least 3 people who write (role \(who)), but the workshop has "
                    + "\(writers.count): \(hint)")
        }
        let rounds = { (members: [String]) in min(settings.rounds ?? members.count, members.count) }
        guard settings.keepTables else {
            return PlannedGroup.split(writers.map(\.id), groupSize: settings.groupSize).enumerated().map {
                PlannedGroup(name: String($0.offset + 1), members: $0.element, rounds: rounds($0.element))
            }
        }
        let table = { (person: Participant) in (person.group ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        let unseated = writers.filter { table($0).isEmpty }
        guard unseated.isEmpty else {
            throw MethodError(
                "keep_tables is true but \(unseated.map { "'\($0.id)' (\($0.name))" }.joined(separator: ", ")) "
                    + "\(unseated.count == 1 ? "has" : "have") no table: give every participant a group, "
                    + "or set keep_tables to false")
        }
        var tables: [(name: String, members: [String])] = []
        for person in writers {
            if let index = tables.firstIndex(where: { $0.name == table(person) }) {
                tables[index].members.append(person.id)
            } else {
                tables.append((table(person), [person.id]))
            }
        }
        if let small = tables.first(where: { $0.members.count < 3 }) {
            throw MethodError(
                "table '\(small.name)' has \(small.members.count) \(small.members.count == 1 ? "person" : "people") "
                    + "who write (\(small.members.joined(separator: ", "))), but a brainwriting group needs at "
                    + "least 3: move people to that table, or set keep_tables to false")
        }
        return tables.flatMap { seated in
            let parts = PlannedGroup.split(seated.members, groupSize: settings.groupSize)
            return parts.enumerated().map { index, members in
                PlannedGroup(
                    name: parts.count == 1 ? seated.name : "\(seated.name)-\(index + 1)", members: members,
                    rounds: rounds(members))
            }
        }
    }

    /// The groups an earlier step formed (a teams step), each whole, split when larger than
    /// `group_size`, named as that step names them. Each works on its team's challenge (the item of
    /// the step's entry for that group) unless the `challenges` parameter hands out others.
    /// - Throws: ``MethodError`` when the step has no result, forms no groups, names someone the
    ///   workshop lacks, or a group has fewer than 3 people.
    static func groups(
        from step: String, results: [StepResult], participants: [Participant], settings: BrainwritingSettings
    ) throws -> [PlannedGroup] {
        guard let result = results.last(where: { $0.step == step }) else {
            throw MethodError("groups_from names step '\(step)', which has no result yet: run it first")
        }
        guard !result.groups.isEmpty else {
            throw MethodError("groups_from names step '\(step)', whose result forms no groups")
        }
        let known = Set(participants.map(\.id))
        var planned: [PlannedGroup] = []
        for group in result.groups {
            if let stranger = group.members.first(where: { !known.contains($0) }) {
                throw MethodError("group '\(group.name)' of step '\(step)' names '\(stranger)', who is not a participant of the workshop")
            }
            guard group.members.count >= 3 else {
                throw MethodError(
                    "group '\(group.name)' of step '\(step)' has \(group.members.count) people, but a brainwriting group needs at least 3")
            }
            let parts = PlannedGroup.split(group.members, groupSize: settings.groupSize)
            let topic = settings.challenges.isEmpty ? result.entries.first { $0.group == group.name }?.item : nil
            for (index, members) in parts.enumerated() {
                planned.append(PlannedGroup(
                    name: parts.count == 1 ? group.name : "\(group.name)-\(index + 1)", members: members,
                    rounds: min(settings.rounds ?? members.count, members.count), topic: topic))
            }
        }
        return planned
    }
}

import AtelierKit

/// The parameters of one matrix run, read from the request and checked against each other.
struct MatrixSettings {
    /// How the values of several raters on one item and criterion are combined.
    enum Aggregate: String, CaseIterable {
        case mean, median
    }

    /// Whose scores count.
    enum Raters: String, CaseIterable {
        /// Every score: individual, table and plenary.
        case all
        /// Only scores given by a participant.
        case participants
        /// Only scores given by a table together.
        case groups
    }

    var kinds: [ItemKind]
    /// The result of the step named by `items_from`, when given.
    var itemsFrom: StepResult?
    var criteria: [String]
    var aggregate: Aggregate
    var raters: Raters
    var firstThreshold: Double?
    var secondThreshold: Double?
    var disagreementThreshold: Double
    /// With `groups_from`, the team of each participant in one: a team's members speak with one voice.
    var teams: [String: String]

    init(_ request: MethodRequest) throws {
        kinds = try request.itemKinds("kinds")
        itemsFrom = try request.earlierResult("items_from")
        if kinds.isEmpty && itemsFrom == nil {
            throw MethodError("parameter kinds is empty: name the kinds of item to score, for example [proposal]")
        }
        criteria = try request.list("criteria")
        guard criteria.count >= 2 else {
            throw MethodError(
                "parameter criteria lists \(criteria.count) criterion; the matrix needs at least two "
                    + "(its axes), for example [impact, feasibility]")
        }
        var seen = Set<String>()
        for id in criteria {
            guard !id.isEmpty else { throw MethodError("parameter criteria contains an empty criterion id") }
            guard seen.insert(id).inserted else {
                throw MethodError("parameter criteria names '\(id)' twice; list each criterion once")
            }
        }
        aggregate = try request.choice("aggregate", as: Aggregate.self)
        raters = try request.choice("raters", as: Raters.self)
        firstThreshold = request.optional("first_threshold")?.doubleValue
        secondThreshold = request.optional("second_threshold")?.doubleValue
        disagreementThreshold = try request.number("disagreement_threshold")
        teams = [:]
        if let result = try request.earlierResult("groups_from") {
            guard !result.groups.isEmpty else {
                throw MethodError("parameter groups_from: step '\(result.step)' forms no groups; name a teams step")
            }
            for group in result.groups { for member in group.members where teams[member] == nil { teams[member] = group.name } }
        }
    }

    /// The items to score, in the order they were recorded.
    ///
    /// With `items_from`, the items of that step's latest result (whatever their kind); otherwise every
    /// item of the listed kinds that has not been merged into another as a duplicate.
    /// - Throws: ``MethodError`` when the step has no result, names an unknown item, or nothing is left to score.
    func items(in workshop: Workshop) throws -> [Item] {
        let chosen: [Item]
        if let result = itemsFrom {
            let wanted = Set(try result.items(of: result.entries, in: workshop).map(\.id))
            chosen = workshop.items.filter { wanted.contains($0.id) }
            guard !chosen.isEmpty else {
                throw MethodError("parameter items_from: the result of step '\(result.step)' lists no item to score")
            }
        } else {
            chosen = workshop.items.filter { kinds.contains($0.kind) && $0.duplicateOf == nil }
            guard !chosen.isEmpty else {
                throw MethodError(
                    "no item to score: the workshop has no item of kind "
                        + kinds.map(\.rawValue).joined(separator: ", ")
                        + "; add or import them, or change the parameter kinds")
            }
        }
        return chosen
    }
}

import Foundation
import AtelierKit

/// The brainwriting method's parameters, read from a request and checked.
struct BrainwritingSettings {
    /// Largest number of people per group, except where 3 or 4 would leave someone in a group under 3.
    let groupSize: Int
    /// Rounds each sheet goes; nil means as many as the group has members, so every sheet visits everyone.
    let rounds: Int?
    /// Ideas each person writes on a sheet per round: the slots of a row.
    let ideasPerRound: Int
    let minutesPerRound: Int
    /// Whether facilitators write too; participants and experts always do, observers never.
    let includeFacilitators: Bool
    /// Whether groups follow the participants' tables (their `group` field) instead of their order.
    let keepTables: Bool
    /// The earlier step whose result's groups become the brainwriting groups (a teams step, say).
    let groupsFrom: String?
    /// Challenges given to the sheets in turn: sheet 1 of every group gets the first, sheet 2 the
    /// second, and round again when there are more sheets than challenges. Empty: sheets have no set topic.
    let challenges: [String]
    /// The dimension every idea of the step works on, if the facilitator set one.
    let dimension: String?

    /// Reads the parameters the manifest declares.
    /// - Throws: ``MethodError`` when one is missing or outside its bounds, which happens only when
    ///   the method is called without the host's checks.
    init(_ request: MethodRequest) throws {
        groupSize = try request.integer("group_size")
        rounds = request.optional("rounds") == nil ? nil : try request.integer("rounds")
        ideasPerRound = try request.integer("ideas_per_round")
        minutesPerRound = try request.integer("minutes_per_round")
        includeFacilitators = try request.bool("include_facilitators")
        keepTables = try request.bool("keep_tables")
        let from = request.optional("groups_from") == nil ? "" : try request.string("groups_from")
        groupsFrom = from.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : from.trimmingCharacters(in: .whitespaces)
        challenges = request.optional("challenges") == nil ? [] : try request.list("challenges")
        let dimension = request.optional("dimension") == nil ? "" : try request.string("dimension")
        let trimmed = dimension.trimmingCharacters(in: .whitespacesAndNewlines)
        self.dimension = trimmed.isEmpty ? nil : trimmed
        guard (3...8).contains(groupSize) else {
            throw MethodError("parameter group_size is \(groupSize); a brainwriting group has 3 to 8 people")
        }
        for (name, value) in [("rounds", rounds ?? 1), ("ideas_per_round", ideasPerRound),
                              ("minutes_per_round", minutesPerRound)] where value < 1 {
            throw MethodError("parameter \(name) is \(value); it must be at least 1")
        }
    }
}

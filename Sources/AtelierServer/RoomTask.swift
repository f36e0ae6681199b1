import AtelierKit

/// What the open step asks of a phone, told by the step's method: cards to write (a SWOT quadrant, or
/// the kind the facilitator chose for a step without a method), ideas on brainwriting sheets, dots to
/// place, or items to score.
///
/// The room knows the built-in methods by their ids only (it depends on no method module); the
/// ballot and the score sheet are drawn up from the step's parameters as the methods read them, and
/// every submission is then checked by the method itself through the import checks.
public enum RoomTask: Sendable, Equatable {
    /// Cards of one of these kinds, in one of the workshop's categories when it has any.
    case cards(kinds: [ItemKind])
    /// Dots on the ballot's items: `budget` in all, at most `cap` on one item.
    case dots(items: [Item], budget: Int, cap: Int?)
    /// One score per criterion for each item.
    case scores(items: [Item], criteria: [Criterion])
    /// Ideas on the brainwriting sheets the method planned: `slots` per holder and round.
    case ideas(groups: [ParticipantGroup], slots: Int)
    /// Nothing to do from a phone (a step whose method the room does not run).
    case none

    /// The SWOT quadrants, in the order a SWOT grid shows them.
    public static let quadrants: [ItemKind] = [.strength, .weakness, .opportunity, .threat]

    /// The task of a step.
    /// - Parameters:
    ///   - cardKind: The kind of card a step without a method collects (the facilitator's choice).
    ///   - parameters: The step's parameters with the method's defaults (see `MethodManifest.resolveParameters`).
    /// - Throws: ``RoomError/stepNotRunnable(_:_:)`` when the ballot or the score sheet is empty, or
    ///   when a brainwriting step has no planned sheets (its method run gives them).
    public init(step: AgendaStep, cardKind: ItemKind, parameters: [String: ParameterValue], workshop: Workshop) throws(RoomError) {
        switch step.method {
        case nil:
            self = .cards(kinds: [cardKind])
        case "swot":
            self = .cards(kinds: Self.quadrants)
        case "brainwriting":
            let groups = workshop.results.first { $0.step == step.id }?.groups.filter { !$0.rotation.isEmpty } ?? []
            guard !groups.isEmpty else { throw RoomError.stepNotRunnable(step.id, "its sheets are not planned") }
            self = .ideas(groups: groups, slots: groups.compactMap(\.slots).max() ?? 3)
        case "dot-voting":
            let items = try Self.items(from: parameters["from_step"]?.stringValue, top: parameters["top"]?.intValue,
                                       kinds: parameters["kinds"], category: parameters["scope"]?.stringValue == "category"
                                           ? parameters["category"]?.stringValue : nil, workshop: workshop)
            guard !items.isEmpty else { throw RoomError.stepNotRunnable(step.id, "no item is on the ballot") }
            self = .dots(items: items, budget: parameters["dots"]?.intValue ?? 5, cap: parameters["max_per_item"]?.intValue)
        case "prioritisation-matrix":
            let items = try Self.items(from: parameters["items_from"]?.stringValue, top: nil, kinds: parameters["kinds"],
                                       category: nil, workshop: workshop)
            let wanted = parameters["criteria"]?.listValue ?? []
            let criteria = wanted.compactMap { workshop.criterion($0) }
            guard !items.isEmpty, !criteria.isEmpty else {
                throw RoomError.stepNotRunnable(step.id, items.isEmpty ? "no item is to be scored" : "the workshop has none of the criteria \(wanted.joined(separator: ", "))")
            }
            self = .scores(items: items, criteria: criteria)
        default:
            self = .none
        }
    }

    /// The teams of a dot vote whose teams each vote on their own items (`groups_from`), else nil.
    /// - Throws: ``RoomError/stepNotRunnable(_:_:)`` when the teams step has no result or forms no groups.
    static func teams(of step: AgendaStep, parameters: [String: ParameterValue], workshop: Workshop) throws(RoomError) -> VoteTeams? {
        guard step.method == "dot-voting", let from = parameters["groups_from"]?.stringValue else { return nil }
        guard let result = workshop.results.first(where: { $0.step == from }) else {
            throw .stepNotRunnable(step.id, "step '\(from)' (groups_from) has no result yet")
        }
        do {
            return try VoteTeams(result)
        } catch {
            throw .stepNotRunnable(step.id, (error as? MethodError)?.message ?? "\(error)")
        }
    }

    /// The task as one voter sees it: with teams, the ballot holds only the items of the voter's team
    /// (nothing for someone in no team), as the vote's checks accept.
    func ballot(of participant: String, teams: VoteTeams?) -> RoomTask {
        guard let teams, case .dots(let items, let budget, let cap) = self else { return self }
        let team = teams.teamOfParticipant[participant]
        return .dots(items: items.filter { team != nil && teams.team(of: $0) == team }, budget: budget, cap: cap)
    }

    /// The items of an earlier step's result (ranked `top` or better), or those of the listed kinds
    /// (not merged into another), in one category when given.
    private static func items(
        from step: String?, top: Int?, kinds: ParameterValue?, category: String?, workshop: Workshop
    ) throws(RoomError) -> [Item] {
        if let step {
            guard let result = workshop.results.first(where: { $0.step == step }) else { return [] }
            do {
                return try result.items(of: result.entries.filter { $0.rank <= (top ?? Int.max) }, in: workshop)
            } catch {
                throw .stepNotRunnable(step, (error as? MethodError)?.message ?? "\(error)")
            }
        }
        let wanted = Set((kinds?.listValue ?? ["proposal"]).compactMap { ItemKind(rawValue: $0) })
        return workshop.items.filter {
            wanted.contains($0.kind) && $0.duplicateOf == nil && (category == nil || $0.category == category)
        }
    }
}

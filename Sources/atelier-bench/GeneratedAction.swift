import AtelierKit

/// Action `index` of a generated action list: the same index always gives the same action.
///
/// As CSV it is the ten fields `atelier import actions` reads and every peer converts: text, a whole
/// number (the rank) and a date (the horizon). As a model value it is exactly what that import makes
/// of the row, built directly so the in-memory source costs the exporter next to nothing.
struct GeneratedAction {
    static let header = ["id", "title", "description", "problem", "carrier", "owner", "partners", "horizon", "rank", "status"]

    let action: Action

    init(_ index: Int) {
        var r = SeededRandom(stream: 1, index: index)
        let title = FrenchText.title(&r)
        let description = FrenchText.description(&r)
        let problem = FrenchText.problem(&r)
        let carrier: Carrier = switch r.below(10) {
        case 0, 5: .government
        case 7: .other(r.pick(FrenchText.bodies))
        default: .administration
        }
        let owner = r.pick(FrenchText.services)
        let partners = (0..<r.below(4)).map { _ in r.pick(FrenchText.partners) }
        let horizon = CalendarDate(year: 2026 + r.below(4), month: 1 + r.below(12), day: 1 + r.below(28))!
        let status = ActionStatus.allCases[r.below(4)]
        action = Action(
            id: "A\(index)", title: title, description: description, problem: problem, carrier: carrier, owner: owner,
            partners: partners, horizon: Horizon(horizon), rank: index, status: status)
    }

    /// The CSV row, in the order of ``header``.
    var fields: [String] {
        [action.id, action.title, action.description, action.problem, action.carrier.description, action.owner,
         action.partners.joined(separator: "; "), action.horizon?.description ?? "", action.rank.map(String.init) ?? "",
         Self.statusWords[action.status]!]
    }

    /// Status as people write it in a CSV file (`ActionStatus(parsing:)` reads these).
    private static let statusWords: [ActionStatus: String] = [
        .notStarted: "not started", .limited: "limited", .substantial: "substantial", .completed: "completed",
    ]
}

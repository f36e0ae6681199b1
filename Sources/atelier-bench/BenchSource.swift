import AtelierKit

/// A workshop whose actions are generated as they are visited, like the store reading rows with a
/// cursor: the rows `generate actions` writes, and none of them held.
struct BenchSource: WorkshopSource {
    let count: Int

    /// The workshop the benchmark script creates with `atelier init` before importing the actions.
    static let info = WorkshopInfo(
        title: "Consultation citoyenne : l'accueil des services publics",
        organisation: "SPF Stratégie et Appui", place: "Bruxelles",
        startDate: CalendarDate(year: 2025, month: 3, day: 12), endDate: CalendarDate(year: 2025, month: 3, day: 12),
        languages: [.fr])

    func workshopWithoutActions() throws -> Workshop { Workshop(info: Self.info) }

    func actionCount(carrier: Carrier.Kind?) throws -> Int {
        guard let carrier else { return count }
        var matching = 0
        try forEachAction(carrier: carrier) { _ in matching += 1 }
        return matching
    }

    func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws {
        for index in 1..<(count + 1) {
            let action = GeneratedAction(index).action
            if carrier == nil || action.carrier.kind == carrier { try body(action) }
        }
    }
}

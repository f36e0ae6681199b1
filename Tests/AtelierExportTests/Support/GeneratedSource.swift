import AtelierKit

/// A workshop source that makes its actions up as they are visited, as the store does with a
/// cursor: it never holds the action list, and counts how often it was walked.
final class GeneratedSource: WorkshopSource {
    let count: Int
    let failAfter: Int?
    private(set) var walks: [Carrier.Kind?] = []
    private let workshop: Workshop

    init(count: Int, failAfter: Int? = nil) {
        self.count = count
        self.failAfter = failAfter
        var workshop = SampleWorkshop.make()
        workshop.actions = []
        self.workshop = workshop
    }

    func workshopWithoutActions() throws -> Workshop { workshop }

    func actionCount(carrier: Carrier.Kind?) throws -> Int {
        guard let carrier else { return count }
        return (1..<(count + 1)).filter { Self.carrier($0).kind == carrier }.count
    }

    func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws {
        walks.append(carrier)
        var visited = 0
        for index in 1..<(count + 1) where carrier == nil || Self.carrier(index).kind == carrier {
            if let failAfter, visited >= failAfter { throw Interrupted(after: visited) }
            try body(Self.action(index))
            visited += 1
        }
    }

    static func carrier(_ index: Int) -> Carrier {
        index % 5 == 0 ? .government : index % 11 == 0 ? .other("Commune d'Eupen") : .administration
    }

    static func action(_ index: Int) -> Action {
        Action(
            id: "G\(index)", title: "Action générée n°\(index) — « suivi » 🙂",
            description: "Décrire l'action \(index)\u{0001}\tavec  espaces", carrier: carrier(index),
            owner: "Service \(index % 13)", partners: ["SPF \(index % 7)"], horizon: Horizon("\(2026 + index % 4)"),
            rank: index, status: ActionStatus.allCases[index % 4], sources: ["pr\(1 + index % 5)"], dots: index % 9,
            score: index % 17 == 0 ? .nan : Double(index % 50) / 10)
    }

    struct Interrupted: Error, CustomStringConvertible {
        var after: Int
        var description: String { "the store stopped after \(after) actions" }
    }
}

import AtelierKit

/// A workshop whose actions are generated as they are visited, like the store reading rows with a
/// cursor: realistic French text and figures, the same for the same count, and none of it held.
struct BenchSource: WorkshopSource {
    let count: Int
    private let workshop: Workshop

    init(count: Int) {
        self.count = count
        var workshop = Workshop(info: WorkshopInfo(
            title: "Consultation citoyenne : l'accueil des services publics",
            organisation: "SPF Stratégie et Appui", place: "Bruxelles",
            startDate: CalendarDate(year: 2025, month: 3, day: 12), endDate: CalendarDate(year: 2025, month: 3, day: 13),
            languages: [.fr]))
        workshop.items = (1...50).map { Item(id: "pr\($0)", text: "Proposition n°\($0) : \(Self.phrases[$0 % Self.phrases.count])", kind: .proposal) }
        self.workshop = workshop
    }

    func workshopWithoutActions() throws -> Workshop { workshop }

    func actionCount(carrier: Carrier.Kind?) throws -> Int {
        guard let carrier else { return count }
        return (1..<(count + 1)).lazy.filter { Self.carrier($0).kind == carrier }.count
    }

    func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws {
        for index in 1..<(count + 1) where carrier == nil || Self.carrier(index).kind == carrier {
            try body(Self.action(index))
        }
    }

    static func carrier(_ index: Int) -> Carrier {
        switch index % 10 {
        case 0, 5: .government
        case 7: .other("Région de Bruxelles-Capitale")
        default: .administration
        }
    }

    static func action(_ index: Int) -> Action {
        let phrase = phrases[index % phrases.count]
        return Action(
            id: "A\(index)", title: "\(verbs[index % verbs.count]) \(phrase)",
            description: "Pour \(phrases[(index * 7) % phrases.count]) : suivi trimestriel par le comité « accueil ».",
            carrier: carrier(index), owner: services[index % services.count],
            partners: [services[(index + 3) % services.count]], horizon: Horizon(CalendarDate(
                year: 2026 + index % 4, month: 1 + index % 12, day: 1 + index % 28)!),
            rank: index, status: ActionStatus.allCases[index % 4], sources: ["pr\(1 + index % 50)"], dots: index % 23,
            score: Double(index % 400) / 100)
    }

    static let verbs = ["Simplifier", "Numériser", "Former les agents à", "Évaluer", "Mutualiser", "Traduire"]
    static let phrases = [
        "les formulaires de demande d'allocations", "la prise de rendez-vous au guichet",
        "l'accueil téléphonique des citoyens âgés", "les courriers envoyés aux entreprises",
        "le suivi des plaintes et des réclamations", "l'accès aux bâtiments pour les personnes à mobilité réduite",
        "les horaires d'ouverture des antennes locales", "la publication des données ouvertes",
    ]
    static let services = ["DG Accueil", "Service du personnel", "Cellule numérique", "Direction financière", "SPF BOSA"]
}

import AtelierKit

/// The method's words for people, in the four working languages.
struct TeamsTexts {
    let language: Language

    /// A team's name from its index (0 → "Team 1").
    func teamName(_ index: Int) -> String {
        switch language {
        case .en, .nl, .de: "Team \(index + 1)"
        case .fr: "Équipe \(index + 1)"
        }
    }

    /// The one-line summary of a run.
    /// - Parameters:
    ///   - deviations: Each spread attribute's largest deviation, in percentage points.
    ///   - ranked: The people who ranked challenges; `firstChoice` and `topTwo` are percentages of them.
    func summary(people: Int, sizes: [Int], deviations: [(Attribute, Double)], ranked: Int, firstChoice: Double?, topTwo: Double?) -> String {
        let low = sizes.min() ?? 0, high = sizes.max() ?? 0
        let range = low == high ? "\(low)" : "\(low)–\(high)"
        let spread = deviations.map { "\(attribute($0.0)) \(number($0.1))" }.joined(separator: ", ")
        let choices = firstChoice.flatMap { first in topTwo.map { (first, $0) } }
        switch language {
        case .en:
            return "Teams: \(people) people in \(sizes.count) teams of \(range)"
                + (spread.isEmpty ? "" : "; largest gap from the room's mix (percentage points): \(spread)")
                + (choices.map { "; of the \(ranked) who ranked challenges, \(number($0.0))% got their first choice, \(number($0.1))% one of their top two" } ?? "")
                + "."
        case .fr:
            return "Équipes\u{A0}: \(people) personnes en \(sizes.count) équipes de \(range)"
                + (spread.isEmpty ? "" : "\u{A0}; plus grand écart avec la composition de la salle (points de pourcentage)\u{A0}: \(spread)")
                + (choices.map { "\u{A0}; sur les \(ranked) qui ont classé les défis, \(number($0.0))\u{A0}% ont leur premier choix, \(number($0.1))\u{A0}% l’un de leurs deux premiers" } ?? "")
                + "."
        case .nl:
            return "Teams: \(people) mensen in \(sizes.count) teams van \(range)"
                + (spread.isEmpty ? "" : "; grootste afwijking van de samenstelling van de zaal (procentpunten): \(spread)")
                + (choices.map { "; van de \(ranked) die uitdagingen rangschikten kreeg \(number($0.0))% hun eerste keuze, \(number($0.1))% een van hun eerste twee" } ?? "")
                + "."
        case .de:
            return "Teams: \(people) Personen in \(sizes.count) Teams zu \(range)"
                + (spread.isEmpty ? "" : "; größte Abweichung von der Zusammensetzung des Raums (Prozentpunkte): \(spread)")
                + (choices.map { "; von den \(ranked), die Herausforderungen gereiht haben, erhielten \(number($0.0)) % ihre erste Wahl, \(number($0.1)) % eine ihrer ersten beiden" } ?? "")
                + "."
        }
    }

    /// A keep-apart pair the search could not separate.
    func keptTogether(_ first: String, _ second: String, team: String) -> String {
        switch language {
        case .en: "'\(first)' and '\(second)' were to be kept apart but are both in \(team): no arrangement found separates them."
        case .fr: "«\u{A0}\(first)\u{A0}» et «\u{A0}\(second)\u{A0}» devaient être séparés mais sont tous deux dans l’\(team.lowercased())\u{A0}: aucune répartition trouvée ne les sépare."
        case .nl: "'\(first)' en '\(second)' moesten gescheiden blijven maar zitten allebei in \(team): geen gevonden indeling scheidt hen."
        case .de: "„\(first)“ und „\(second)“ sollten getrennt werden, sind aber beide in \(team): keine gefundene Aufteilung trennt sie."
        }
    }

    /// A team with a majority from one value of an attribute although the room allows none.
    func majority(team: String, attribute: Attribute, value: String, count: Int, size: Int) -> String {
        let name = self.attribute(attribute)
        switch language {
        case .en: return "\(team) has a majority with the same \(name), '\(value)' (\(count) of \(size)), although the room allows teams without one."
        case .fr: return "L’\(team.lowercased()) a une majorité de même \(name), «\u{A0}\(value)\u{A0}» (\(count) sur \(size)), alors que la salle permet des équipes sans majorité."
        case .nl: return "\(team) heeft een meerderheid met dezelfde waarde voor \(name), '\(value)' (\(count) van \(size)), hoewel de zaal teams zonder meerderheid toelaat."
        case .de: return "\(team) hat eine Mehrheit mit demselben Wert für \(name), „\(value)“ (\(count) von \(size)), obwohl der Raum Teams ohne Mehrheit erlaubt."
        }
    }

    /// Challenges left without a team because there are fewer teams than challenges.
    func uncovered(_ challenges: [String], teams: Int) -> String {
        let list = challenges.joined(separator: ", ")
        switch language {
        case .en: return "Challenges without a team (\(teams) teams for more challenges): \(list)."
        case .fr: return "Défis sans équipe (\(teams) équipes pour plus de défis)\u{A0}: \(list)."
        case .nl: return "Uitdagingen zonder team (\(teams) teams voor meer uitdagingen): \(list)."
        case .de: return "Herausforderungen ohne Team (\(teams) Teams für mehr Herausforderungen): \(list)."
        }
    }

    /// The attribute's name in the language: group and role translated, imported ones as the file
    /// names them (`age_band` as "age band").
    private func attribute(_ attribute: Attribute) -> String {
        switch (attribute, language) {
        case (.group, .en): "group"
        case (.group, .fr): "groupe"
        case (.group, .nl): "groep"
        case (.group, .de): "Gruppe"
        case (.role, .en): "role"
        case (.role, .fr): "rôle"
        case (.role, .nl): "rol"
        case (.role, .de): "Rolle"
        default: attribute.name.replacing("_", with: " ")
        }
    }

    private func number(_ value: Double) -> String { language.decimal(value, fractionDigits: 1) }
}

import AtelierKit

/// The sentences a matrix run writes for the facilitator, in the request's language.
struct MatrixWording {
    let language: Language

    func summary(items: Int, criteria: [Criterion], quadrants: [Quadrant: Int], incomplete: Int, disputed: Int)
        -> String
    {
        let names = criteria.map(\.name).joined(separator: ", ")
        let counts = Quadrant.allCases.map { "\(label($0)) \(quadrants[$0, default: 0])" }.joined(separator: ", ")
        let tail: String
        switch language {
        case .en: tail = "; missing scores \(incomplete); disagreements \(disputed)."
        case .fr: tail = "\u{A0}; scores manquants \(incomplete)\u{A0}; désaccords \(disputed)."
        case .nl: tail = "; ontbrekende scores \(incomplete); onenigheid \(disputed)."
        case .de: tail = "; fehlende Bewertungen \(incomplete); Uneinigkeit \(disputed)."
        }
        switch language {
        case .en: return "Ranked \(items) items on \(names) — \(counts)" + tail
        case .fr: return "\(items) éléments classés selon \(names) — \(counts)" + tail
        case .nl: return "\(items) items gerangschikt op \(names) — \(counts)" + tail
        case .de: return "\(items) Einträge nach \(names) geordnet — \(counts)" + tail
        }
    }

    /// The quadrant's name in the plural, as the summary counts it.
    func label(_ quadrant: Quadrant) -> String {
        switch (quadrant, language) {
        case (.quickWin, .en): "quick wins"
        case (.quickWin, .fr): "gains rapides"
        case (.quickWin, .nl): "snelle winsten"
        case (.quickWin, .de): "schnelle Erfolge"
        case (.majorProject, .en): "major projects"
        case (.majorProject, .fr): "projets majeurs"
        case (.majorProject, .nl): "grote projecten"
        case (.majorProject, .de): "Großprojekte"
        case (.fillIn, .en): "fill-ins"
        case (.fillIn, .fr): "compléments"
        case (.fillIn, .nl): "opvullers"
        case (.fillIn, .de): "Lückenfüller"
        case (.thankless, .en): "thankless tasks"
        case (.thankless, .fr): "tâches ingrates"
        case (.thankless, .nl): "ondankbare taken"
        case (.thankless, .de): "undankbare Aufgaben"
        }
    }

    func created(_ criterion: Criterion) -> String {
        let name = quoted(criterion.name)
        let low = language.decimal(criterion.scaleMin)
        let high = language.decimal(criterion.scaleMax)
        let weight = language.decimal(criterion.weight)
        let lower = criterion.direction == .lowerIsBetter
        switch language {
        case .en:
            return "Criterion \(name) (\(criterion.id)) was not in the workshop: created on a \(low)–\(high) scale, "
                + "weight \(weight), \(lower ? "lower" : "higher") is better."
        case .fr:
            return "Le critère \(name) (\(criterion.id)) n’existait pas\u{A0}: créé sur une échelle de \(low) à \(high), "
                + "poids \(weight), \(lower ? "plus bas" : "plus haut") est meilleur."
        case .nl:
            return "Criterium \(name) (\(criterion.id)) bestond nog niet: aangemaakt op een schaal van \(low) tot "
                + "\(high), gewicht \(weight), \(lower ? "lager" : "hoger") is beter."
        case .de:
            return "Kriterium \(name) (\(criterion.id)) fehlte: angelegt auf einer Skala von \(low) bis \(high), "
                + "Gewicht \(weight), \(lower ? "niedriger" : "höher") ist besser."
        }
    }

    func missing(_ item: Item, _ criteria: [Criterion]) -> String {
        let head = "\(item.id) \(quoted(item.excerpt()))"
        let names = criteria.map(\.name).joined(separator: ", ")
        switch language {
        case .en: return "\(head): no score on \(names); ranked after the fully scored items."
        case .fr: return "\(head)\u{A0}: aucun score pour \(names)\u{A0}; classé après les éléments entièrement notés."
        case .nl: return "\(head): geen score op \(names); gerangschikt na de volledig gescoorde items."
        case .de: return "\(head): keine Bewertung für \(names); nach den vollständig bewerteten Einträgen eingereiht."
        }
    }

    func disagreement(_ item: Item, _ d: ItemAssessment.Disagreement) -> String {
        let head = "\(item.id) \(quoted(item.excerpt()))"
        let name = d.criterion.name
        let (low, high) = (language.decimal(d.lowest), language.decimal(d.highest))
        switch (language, d.middleHalf) {
        case (.en, false): return "\(head): \(name) ratings range from \(low) to \(high) across \(d.raters) raters; worth discussing."
        case (.en, true):
            return "\(head): the middle half of \(d.raters) raters' \(name) ratings spans \(low) to \(high); worth discussing."
        case (.fr, false): return "\(head)\u{A0}: les scores \(name) vont de \(low) à \(high) entre \(d.raters) évaluateurs\u{A0}; à discuter."
        case (.fr, true):
            return "\(head)\u{A0}: la moitié centrale des scores \(name) de \(d.raters) évaluateurs va de \(low) à \(high)\u{A0}; à discuter."
        case (.nl, false): return "\(head): de scores voor \(name) lopen van \(low) tot \(high) bij \(d.raters) beoordelaars; te bespreken."
        case (.nl, true):
            return "\(head): de middelste helft van de scores voor \(name) van \(d.raters) beoordelaars loopt van \(low) tot \(high); te bespreken."
        case (.de, false):
            return "\(head): die Bewertungen für \(name) reichen von \(low) bis \(high) bei \(d.raters) Bewertenden; zu besprechen."
        case (.de, true):
            return "\(head): die mittlere Hälfte der Bewertungen für \(name) von \(d.raters) Bewertenden reicht von \(low) bis \(high); zu besprechen."
        }
    }

    private func quoted(_ text: String) -> String {
        switch language {
        case .en, .nl: "“\(text)”"
        case .fr: "«\u{A0}\(text)\u{A0}»"
        case .de: "„\(text)“"
        }
    }

    /// The matrix's step has no score yet: what to import, with the command (`--step` only for a step
    /// of the agenda).
    func noScores(step: String, inAgenda: Bool) -> String {
        let option = inAgenda ? " --step \(step)" : ""
        switch language {
        case .en: return "no scores for step '\(step)' yet; import them first: atelier import scores FILE\(option)"
        case .fr: return "pas encore de notes pour l’étape '\(step)'\u{A0}; importez-les d’abord\u{A0}: atelier import scores FICHIER\(option)"
        case .nl: return "nog geen scores voor stap '\(step)'; importeer ze eerst: atelier import scores BESTAND\(option)"
        case .de: return "noch keine Bewertungen für Schritt '\(step)'; zuerst importieren: atelier import scores DATEI\(option)"
        }
    }
}

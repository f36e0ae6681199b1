import AtelierKit

/// The sentences a dot vote writes for the facilitator, in the request's language.
struct VoteWording {
    let language: Language

    /// - Parameter paper: the dots counted on paper, or nil when every ballot was digital.
    func summary(voters: Int, eligible: Int, dots: Int, items: Int, paper: Int?, selected: Int) -> String {
        switch (language, paper) {
        case (.en, let paper?):
            return "\(dots) dots (\(paper) counted on paper) placed on \(items) items; \(selected) selected."
        case (.en, nil):
            return "\(voters) of \(eligible) eligible participants placed \(dots) dots on \(items) items; "
                + "\(selected) selected."
        case (.fr, let paper?):
            return "\(dots) gommettes (dont \(paper) comptées sur papier) placées sur \(items) éléments\u{A0}; "
                + "\(selected) retenus."
        case (.fr, nil):
            return "\(voters) participants sur \(eligible) ont placé \(dots) gommettes sur \(items) éléments\u{A0}; "
                + "\(selected) retenus."
        case (.nl, let paper?):
            return "\(dots) stippen (waarvan \(paper) op papier geteld) geplaatst op \(items) items; "
                + "\(selected) geselecteerd."
        case (.nl, nil):
            return "\(voters) van de \(eligible) stemgerechtigden plaatsten \(dots) stippen op \(items) items; "
                + "\(selected) geselecteerd."
        case (.de, let paper?):
            return "\(dots) Punkte (davon \(paper) auf Papier gezählt) auf \(items) Einträge verteilt; "
                + "\(selected) ausgewählt."
        case (.de, nil):
            return "\(voters) von \(eligible) Stimmberechtigten haben \(dots) Punkte auf \(items) Einträge "
                + "verteilt; \(selected) ausgewählt."
        }
    }

    func nonVoters(_ ids: [String]) -> String {
        let list = ids.joined(separator: ", ")
        switch language {
        case .en: return "Did not vote (\(ids.count)): \(list)."
        case .fr: return "N’ont pas voté (\(ids.count))\u{A0}: \(list)."
        case .nl: return "Niet gestemd (\(ids.count)): \(list)."
        case .de: return "Nicht abgestimmt (\(ids.count)): \(list)."
        }
    }

    func paperTurnout(_ paper: Int) -> String {
        switch language {
        case .en: return "\(paper) dots were counted on paper: who placed them is not known, so turnout is not computed."
        case .fr: return "\(paper) gommettes ont été comptées sur papier\u{A0}: on ne sait pas qui les a placées, le taux de participation n’est donc pas calculé."
        case .nl: return "\(paper) stippen werden op papier geteld: wie ze plaatste is niet bekend, dus de opkomst wordt niet berekend."
        case .de: return "\(paper) Punkte wurden auf Papier gezählt: wer sie vergeben hat, ist unbekannt, daher wird die Beteiligung nicht berechnet."
        }
    }

    /// Items left off a vote where each team votes on its own items: no member wrote them and no
    /// single team works on their challenge.
    func teamless(_ ids: [String]) -> String {
        let list = ids.joined(separator: ", ")
        switch language {
        case .en: return "Not on any team's ballot (no team member wrote them, and no single team has their challenge): \(list)."
        case .fr: return "Hors des bulletins des équipes (écrits par personne d’une équipe, défi d’aucune équipe seule)\u{A0}: \(list)."
        case .nl: return "Op geen enkel teamstembiljet (door geen teamlid geschreven, uitdaging van geen enkel team alleen): \(list)."
        case .de: return "Auf keinem Stimmzettel eines Teams (von keinem Teammitglied geschrieben, Herausforderung keines einzelnen Teams): \(list)."
        }
    }

    func tiedAtCutOff(top: Int, items: [String]) -> String {
        let list = items.joined(separator: ", ")
        switch language {
        case .en: return "Items tied at the cut-off are all selected, so \(items.count) rather than \(top): \(list)."
        case .fr: return "Les éléments à égalité au seuil sont tous retenus, soit \(items.count) au lieu de \(top)\u{A0}: \(list)."
        case .nl: return "Items die gelijk eindigen op de grens worden allemaal geselecteerd, dus \(items.count) in plaats van \(top): \(list)."
        case .de: return "Am Schnitt gleichauf liegende Einträge werden alle ausgewählt, also \(items.count) statt \(top): \(list)."
        }
    }

    /// The vote's step has no ballot yet: what to import, with the command (`--step` only for a step of
    /// the agenda).
    func noBallots(step: String, inAgenda: Bool) -> String {
        let option = inAgenda ? " --step \(step)" : ""
        switch language {
        case .en: return "no ballots for step '\(step)' yet; import them first: atelier import ballots FILE\(option)"
        case .fr: return "pas encore de bulletins pour l’étape '\(step)'\u{A0}; importez-les d’abord\u{A0}: atelier import ballots FICHIER\(option)"
        case .nl: return "nog geen stemmen voor stap '\(step)'; importeer ze eerst: atelier import ballots BESTAND\(option)"
        case .de: return "noch keine Stimmzettel für Schritt '\(step)'; zuerst importieren: atelier import ballots DATEI\(option)"
        }
    }
}

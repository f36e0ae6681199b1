import AtelierKit

/// The sentences an action-plan run writes for the facilitator, in the request's language.
struct PlanWording {
    let language: Language

    func summary(actions: Int, step: String, created: Int, updated: Int, unchanged: Int, kept: [String]) -> String {
        let list = kept.joined(separator: ", ")
        switch language {
        case .en:
            return "\(actions) actions from the proposals selected in step \(step): \(created) new, \(updated) "
                + "updated, \(unchanged) unchanged."
                + (kept.isEmpty ? "" : " Kept, ranked after them, no longer from a selected proposal: \(list).")
        case .fr:
            return "\(actions) actions issues des propositions retenues à l’étape \(step)\u{A0}: \(created) nouvelles, "
                + "\(updated) mises à jour, \(unchanged) inchangées."
                + (kept.isEmpty ? "" : " Conservées et classées à la suite, car elles ne viennent plus d’une proposition retenue\u{A0}: \(list).")
        case .nl:
            return "\(actions) acties uit de voorstellen geselecteerd in stap \(step): \(created) nieuw, \(updated) "
                + "bijgewerkt, \(unchanged) ongewijzigd."
                + (kept.isEmpty ? "" : " Behouden en daarna gerangschikt, niet langer afkomstig van een geselecteerd voorstel: \(list).")
        case .de:
            return "\(actions) Maßnahmen aus den in Schritt \(step) ausgewählten Vorschlägen: \(created) neu, "
                + "\(updated) aktualisiert, \(unchanged) unverändert."
                + (kept.isEmpty ? "" : " Beibehalten und dahinter eingereiht, da nicht mehr aus einem ausgewählten Vorschlag: \(list).")
        }
    }

    /// Says that a proposal the last run made an action of is not drafted again: the facilitator
    /// relinked or removed that action.
    func declined(proposal: Item, action: String) -> String {
        switch language {
        case .en: "\(proposal.id) is not drafted again: the facilitator relinked or removed \(action), drafted from it in the last run."
        case .fr: "\(proposal.id) n’est pas reprise\u{A0}: l’animateur a relié à d’autres propositions ou retiré \(action), issue d’elle au dernier passage."
        case .nl: "\(proposal.id) wordt niet opnieuw uitgewerkt: de begeleider koppelde \(action), bij de vorige uitvoering eruit gemaakt, aan andere voorstellen of verwijderde die actie."
        case .de: "\(proposal.id) wird nicht erneut entworfen: die Moderation hat \(action), beim letzten Lauf daraus entstanden, anderen Vorschlägen zugeordnet oder entfernt."
        }
    }
}

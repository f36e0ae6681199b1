import AtelierKit

/// The words around a step result in the terminal, in each of Atelier's languages.
struct ResultLabels {
    var rank, item, text, value, values, group, flags, from: String
    var notes, figures, groups, sheets, round, selected: String
    /// `{n}` more entries, and the command showing them all.
    var more: String
    /// Flag names as a facilitator reads them; a flag not listed is shown as the method wrote it.
    var flagNames: [String: String]

    /// The labels in a language.
    static func `in`(_ language: Language) -> ResultLabels {
        switch language {
        case .en:
            ResultLabels(rank: "Rank", item: "Item", text: "Text", value: "Value", values: "Values", group: "Group", flags: "Flags",
                         from: "From", notes: "Notes", figures: "Figures", groups: "Groups", sheets: "Sheets", round: "Round",
                         selected: "Selected", more: "{n} more: atelier show {step}",
                         flagNames: ["selected": "selected", "tie": "tie", "disagreement": "disagreement", "missing-scores": "missing scores"])
        case .fr:
            ResultLabels(rank: "Rang", item: "Carte", text: "Texte", value: "Valeur", values: "Valeurs", group: "Groupe", flags: "Marques",
                         from: "Issue de", notes: "Remarques", figures: "Chiffres", groups: "Groupes", sheets: "Feuilles", round: "Tour",
                         selected: "Retenues", more: "{n} de plus : atelier show {step}",
                         flagNames: ["selected": "retenue", "tie": "ex aequo", "disagreement": "désaccord", "missing-scores": "notes manquantes"])
        case .nl:
            ResultLabels(rank: "Rang", item: "Kaart", text: "Tekst", value: "Waarde", values: "Waarden", group: "Groep", flags: "Kenmerken",
                         from: "Afkomstig van", notes: "Opmerkingen", figures: "Cijfers", groups: "Groepen", sheets: "Bladen", round: "Ronde",
                         selected: "Geselecteerd", more: "nog {n}: atelier show {step}",
                         flagNames: ["selected": "geselecteerd", "tie": "gelijke stand", "disagreement": "onenigheid",
                                     "missing-scores": "ontbrekende scores"])
        case .de:
            ResultLabels(rank: "Rang", item: "Karte", text: "Text", value: "Wert", values: "Werte", group: "Gruppe", flags: "Merkmale",
                         from: "Aus", notes: "Hinweise", figures: "Kennzahlen", groups: "Gruppen", sheets: "Blätter", round: "Runde",
                         selected: "Ausgewählt", more: "{n} weitere: atelier show {step}",
                         flagNames: ["selected": "ausgewählt", "tie": "Gleichstand", "disagreement": "Uneinigkeit",
                                     "missing-scores": "fehlende Bewertungen"])
        }
    }
}

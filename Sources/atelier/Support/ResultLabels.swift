import AtelierKit

/// The words around a step result in the terminal, in each of Atelier's languages.
struct ResultLabels {
    var rank, item, text, value, values, group, flags, from: String
    var notes, figures, groups, sheets, round, selected: String
    /// `{n}` more entries, and the command showing them all.
    var more: String
    /// The `--param` values of the last run that a run reuses (`{params}`), and its step (`{step}`).
    var reusing: String
    /// The names of the flags every method may set; other flags are named by the method's manifest.
    var flagNames: [String: String]

    /// The labels in a language.
    static func `in`(_ language: Language) -> ResultLabels {
        switch language {
        case .en:
            ResultLabels(rank: "Rank", item: "Item", text: "Text", value: "Value", values: "Values", group: "Group", flags: "Flags",
                         from: "From", notes: "Notes", figures: "Figures", groups: "Groups", sheets: "Sheets", round: "Round",
                         selected: "Selected", more: "{n} more: atelier show {step}",
                         reusing: "Reusing {params} from the last run of {step}.",
                         flagNames: ["selected": "selected", "tie": "tie"])
        case .fr:
            ResultLabels(rank: "Rang", item: "Carte", text: "Texte", value: "Valeur", values: "Valeurs", group: "Groupe", flags: "Marques",
                         from: "Issue de", notes: "Remarques", figures: "Chiffres", groups: "Groupes", sheets: "Feuilles", round: "Tour",
                         selected: "Retenues", more: "{n} de plus : atelier show {step}",
                         reusing: "Reprise de {params} du dernier passage de {step}.",
                         flagNames: ["selected": "retenue", "tie": "ex aequo"])
        case .nl:
            ResultLabels(rank: "Rang", item: "Kaart", text: "Tekst", value: "Waarde", values: "Waarden", group: "Groep", flags: "Kenmerken",
                         from: "Afkomstig van", notes: "Opmerkingen", figures: "Cijfers", groups: "Groepen", sheets: "Bladen", round: "Ronde",
                         selected: "Geselecteerd", more: "nog {n}: atelier show {step}",
                         reusing: "{params} overgenomen van de vorige uitvoering van {step}.",
                         flagNames: ["selected": "geselecteerd", "tie": "gelijke stand"])
        case .de:
            ResultLabels(rank: "Rang", item: "Karte", text: "Text", value: "Wert", values: "Werte", group: "Gruppe", flags: "Merkmale",
                         from: "Aus", notes: "Hinweise", figures: "Kennzahlen", groups: "Gruppen", sheets: "Blätter", round: "Runde",
                         selected: "Ausgewählt", more: "{n} weitere: atelier show {step}",
                         reusing: "{params} aus dem letzten Lauf von {step} übernommen.",
                         flagNames: ["selected": "ausgewählt", "tie": "Gleichstand"])
        }
    }
}

/// A sheet of the tracking workbook, with its name in each language: the exporter names its sheets
/// so, and the spreadsheet import finds the sheet of a kind by any of these names.
public enum WorkbookSheet: CaseIterable, Sendable {
    case actions, items, scores, participants

    /// The sheet's name in a language.
    public func name(in language: Language) -> String { names[language] }

    private var names: LocalisedText {
        switch self {
        case .actions: LocalisedText("Actions", "Actions", "Acties", "Maßnahmen")
        case .items: LocalisedText("Items", "Éléments", "Items", "Elemente")
        case .scores: LocalisedText("Scores", "Scores", "Scores", "Bewertungen")
        case .participants: LocalisedText("Participants", "Participants", "Deelnemers", "Teilnehmende")
        }
    }
}

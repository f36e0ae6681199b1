extension ActionStatus {
    /// The status as documents write it and the spreadsheet import reads it back.
    public func name(in language: Language) -> String {
        switch self {
        case .notStarted: LocalisedText("Not started", "Pas commencée", "Niet gestart", "Nicht begonnen")[language]
        case .limited: LocalisedText("Limited progress", "Avancement limité", "Beperkte voortgang", "Begrenzter Fortschritt")[language]
        case .substantial: LocalisedText("Substantial progress", "Avancement substantiel", "Aanzienlijke voortgang", "Wesentlicher Fortschritt")[language]
        case .completed: LocalisedText("Completed", "Terminée", "Voltooid", "Abgeschlossen")[language]
        }
    }
}

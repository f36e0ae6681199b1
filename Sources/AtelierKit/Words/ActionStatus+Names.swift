extension ActionStatus {
    /// The status as documents write it and the spreadsheet import reads it back.
    public func name(in language: Language) -> String { names[language] }

    private var names: LocalisedText {
        switch self {
        case .notStarted: LocalisedText("Not started", "Pas commencée", "Niet gestart", "Nicht begonnen")
        case .limited: LocalisedText("Limited progress", "Avancement limité", "Beperkte voortgang", "Begrenzter Fortschritt")
        case .substantial: LocalisedText("Substantial progress", "Avancement substantiel", "Aanzienlijke voortgang", "Wesentlicher Fortschritt")
        case .completed: LocalisedText("Completed", "Terminée", "Voltooid", "Abgeschlossen")
        }
    }

    /// Other ways people write a status, in each language; work that has begun and is "in progress"
    /// is ``limited`` progress.
    private var synonyms: [String] {
        switch self {
        case .notStarted:
            ["not-started", "not started", "not begun", "to do", "pas commencé", "non commencée", "non commencé",
             "pas démarré", "pas démarrée", "à faire", "niet begonnen", "nog niet gestart", "nog niet begonnen",
             "te doen", "nicht gestartet", "noch nicht begonnen", "offen"]
        case .limited:
            ["limited", "in progress", "started", "ongoing", "under way", "limité", "limitée", "en cours",
             "commencé", "commencée", "démarré", "démarrée", "beperkt", "in uitvoering", "lopend", "bezig",
             "gestart", "begonnen", "begrenzt", "gering", "in Bearbeitung", "in Arbeit", "laufend", "gestartet"]
        case .substantial:
            ["substantial", "well advanced", "advanced", "substantiel", "substantielle", "bien avancé",
             "bien avancée", "avancé", "avancée", "substantieel", "substantiële voortgang", "aanzienlijk",
             "gevorderd", "ver gevorderd", "erheblich", "wesentlich", "fortgeschritten", "weit fortgeschritten"]
        case .completed:
            ["completed", "complete", "done", "finished", "terminé", "achevé", "achevée", "fini", "finie",
             "réalisé", "réalisée", "fait", "faite", "afgerond", "klaar", "gereed", "uitgevoerd", "erledigt",
             "fertig", "umgesetzt"]
        }
    }

    /// Every word of every status: the names documents print in the four languages, the stored
    /// value, and the synonyms. CSV files and spreadsheets are read with this one table.
    static let words = WordTable(allCases.map { status in
        (status, Language.allCases.map(status.name(in:)) + [status.rawValue] + status.synonyms)
    })

    /// Reads a status as people write it: the label a document prints in any of the four languages
    /// (`Pas commencée`, `Beperkte voortgang`), the stored value (`not-started`), or a common synonym
    /// (`en cours`, `in uitvoering`, `in Bearbeitung`, `done`); case, accents and hyphens aside.
    public init?(parsing text: String) {
        guard let status = Self.words[text] else { return nil }
        self = status
    }

    /// What a message suggests instead of a word it cannot read: the four names in a language.
    public static func hint(in language: Language) -> String {
        "one of " + allCases.map { $0.name(in: language) }.joined(separator: ", ")
    }
}

extension Carrier.Kind {
    /// The kind of carrier as documents write it and the spreadsheet import reads it back.
    public func name(in language: Language) -> String {
        switch self {
        case .administration: LocalisedText("Administration", "Administration", "Administratie", "Verwaltung")[language]
        case .government: LocalisedText("Next government", "Prochain gouvernement", "Volgende regering", "Nächste Regierung")[language]
        case .other: LocalisedText("Other body", "Autre organisme", "Andere instantie", "Andere Stelle")[language]
        }
    }
}

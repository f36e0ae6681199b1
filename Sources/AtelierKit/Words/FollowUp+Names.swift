extension FollowUp.Addressee {
    /// The addressee as documents write it and the spreadsheet import reads it back.
    public func name(in language: Language) -> String { names[language] }

    private var names: LocalisedText {
        switch self {
        case .administration: LocalisedText("Administration", "Administration", "Administratie", "Verwaltung")
        case .government: LocalisedText("Government", "Gouvernement", "Regering", "Regierung")
        case .parliament: LocalisedText("Parliament", "Parlement", "Parlement", "Parlament")
        case .other: LocalisedText("Other", "Autre", "Andere", "Andere")
        }
    }

    /// Every name in the four languages and the stored value.
    static let words = WordTable(allCases.map { addressee in
        (addressee, Language.allCases.map(addressee.name(in:)) + [addressee.rawValue])
    })

    /// Reads an addressee in any of the four languages (`Parlement`, `Regierung`, `government`).
    public init?(parsing text: String) {
        guard let addressee = Self.words[text] else { return nil }
        self = addressee
    }
}

extension FollowUp.Response {
    /// The response as documents write it and the spreadsheet import reads it back.
    public func name(in language: Language) -> String { names[language] }

    private var names: LocalisedText {
        switch self {
        case .adopted: LocalisedText("Adopted", "Adoptée", "Aangenomen", "Angenommen")
        case .partlyAdopted: LocalisedText("Partly adopted", "Partiellement adoptée", "Gedeeltelijk aangenomen", "Teilweise angenommen")
        case .rejected: LocalisedText("Rejected", "Rejetée", "Verworpen", "Abgelehnt")
        case .pending: LocalisedText("Pending", "En attente", "In behandeling", "Ausstehend")
        }
    }

    /// Every name in the four languages, the stored value, and the masculine French forms.
    static let words = WordTable(allCases.map { response in
        (response, Language.allCases.map(response.name(in:)) + [response.rawValue, String(response.name(in: .fr).dropLast())])
    })

    /// Reads a response in any of the four languages (`Rejetée`, `gedeeltelijk aangenomen`, `partly-adopted`).
    public init?(parsing text: String) {
        guard let response = Self.words[text] else { return nil }
        self = response
    }
}

import Foundation

extension Carrier.Kind {
    /// The kind of carrier as documents write it and the spreadsheet import reads it back.
    public func name(in language: Language) -> String { names[language] }

    private var names: LocalisedText {
        switch self {
        case .administration: LocalisedText("Administration", "Administration", "Administratie", "Verwaltung")
        case .government: LocalisedText("Next government", "Prochain gouvernement", "Volgende regering", "Nächste Regierung")
        case .other: LocalisedText("Other body", "Autre organisme", "Andere instantie", "Andere Stelle")
        }
    }

    /// Other ways people write a kind of carrier, in each language.
    private var synonyms: [String] {
        switch self {
        case .administration:
            ["admin", "the administration", "l'administration", "de administratie", "die Verwaltung"]
        case .government:
            ["government", "the next government", "gouvernement", "le prochain gouvernement", "regering",
             "de volgende regering", "Regierung", "die nächste Regierung"]
        case .other:
            ["other", "another body", "autre", "un autre organisme", "andere", "een andere instantie", "eine andere Stelle"]
        }
    }

    /// Every word of every kind: the names documents print in the four languages, the stored value
    /// and the synonyms. CSV files and spreadsheets are read with this one table.
    static let words = WordTable(allCases.map { kind in
        (kind, Language.allCases.map(kind.name(in:)) + [kind.rawValue] + kind.synonyms)
    })

    /// Reads a kind of carrier in any language (`Prochain gouvernement`, `Andere Stelle`, `government`).
    public init?(label text: String) {
        guard let kind = Self.words[text] else { return nil }
        self = kind
    }
}

extension Carrier {
    /// Reads a carrier as people type it: the administration or the next government in any of the
    /// four languages (`administration`, `gouvernement`, `Volgende regering`, …), or any other name,
    /// which names the body. Returns nil for an empty text.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        switch Kind(label: trimmed) {
        case .administration?: self = .administration
        case .government?: self = .government
        case .other?, nil: self = .other(trimmed)
        }
    }
}

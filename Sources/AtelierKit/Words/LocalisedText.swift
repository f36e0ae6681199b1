/// A word or phrase in each of Atelier's languages.
public struct LocalisedText: Sendable {
    let english, french, dutch, german: String

    init(_ english: String, _ french: String, _ dutch: String, _ german: String) {
        self.english = english
        self.french = french
        self.dutch = dutch
        self.german = german
    }

    /// The text in one language.
    public subscript(_ language: Language) -> String {
        switch language {
        case .en: english
        case .fr: french
        case .nl: dutch
        case .de: german
        }
    }
}

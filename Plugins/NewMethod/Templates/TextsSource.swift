extension ScaffoldedMethod {
    /// `Sources/Methods/<Module>/<Module>Texts.swift`: the summary in the four working languages.
    var textsSource: String {
        #"""
        import AtelierKit

        /// The method's sentences for people, in the four working languages.
        struct \#(module)Texts {
            let language: Language

            /// The method's name, as its manifest gives it.
            var name: String {
                switch language {
                case .en: \#(Literal.swift(names["en"] ?? name))
                case .fr: \#(Literal.swift(names["fr"] ?? name))
                case .nl: \#(Literal.swift(names["nl"] ?? name))
                case .de: \#(Literal.swift(names["de"] ?? name))
                }
            }

            /// The one-line summary of a run.
            /// - Parameters:
            ///   - cards: The cards counted.
            ///   - kinds: Their kinds.
            ///   - categories: How many categories hold cards.
            ///   - uncategorised: The cards without a category.
            ///   - largest: The names of the categories holding the most cards (several on a tie).
            ///   - each: How many cards each of them holds.
            func summary(cards: Int, kinds: [ItemKind], categories: Int, uncategorised: Int, largest: [String], each: Int) -> String {
                let kindList = kinds.map(\.rawValue).joined(separator: ", ")
                let names = largest.map(quoted).joined(separator: ", ")
                let several = largest.count > 1
                switch language {
                case .en:
                    return "\(name): \(count(cards, "card", "cards")) (\(kindList)) in \(count(categories, "category", "categories"))"
                        + (uncategorised > 0 ? ", \(uncategorised) without one" : "")
                        + (largest.isEmpty ? "." : "; largest: \(names) (\(each)\(several ? " each" : "")).")
                case .fr:
                    return "\(name)\u{A0}: \(count(cards, "carte", "cartes")) (\(kindList)) dans \(count(categories, "catégorie", "catégories"))"
                        + (uncategorised > 0 ? ", \(uncategorised) sans catégorie" : "")
                        + (largest.isEmpty ? "." : "\u{A0}; \(several ? "les plus grandes" : "la plus grande")\u{A0}: \(names) (\(each)\(several ? " chacune" : "")).")
                case .nl:
                    return "\(name): \(count(cards, "kaart", "kaarten")) (\(kindList)) in \(count(categories, "categorie", "categorieën"))"
                        + (uncategorised > 0 ? ", \(uncategorised) zonder categorie" : "")
                        + (largest.isEmpty ? "." : "; grootste: \(names) (\(several ? "elk " : "")\(each)).")
                case .de:
                    return "\(name): \(count(cards, "Karte", "Karten")) (\(kindList)) in \(count(categories, "Kategorie", "Kategorien"))"
                        + (uncategorised > 0 ? ", \(uncategorised) ohne Kategorie" : "")
                        + (largest.isEmpty ? "." : "; größte: \(names) (\(several ? "je " : "")\(each)).")
                }
            }

            /// A category's name inside the language's quotation marks.
            private func quoted(_ text: String) -> String {
                switch language {
                case .en, .nl: return "“\(text)”"
                case .fr: return "«\u{A0}\(text)\u{A0}»"
                case .de: return "„\(text)“"
                }
            }

            /// A number and its noun; French takes the singular for 0 and 1.
            private func count(_ n: Int, _ one: String, _ many: String) -> String {
                "\(n) \(n == 1 || (n == 0 && language == .fr) ? one : many)"
            }
        }

        """#
    }
}

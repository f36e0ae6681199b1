import Foundation

/// File-name slugs made from a workshop title: lower-case ASCII letters, digits and dashes.
enum Slug {
    /// The slug of a title (`Budget 2027 : l'accueil` → `budget-2027-l-accueil`): accents dropped,
    /// words joined by dashes, at most 60 characters cut between words; `workshop` when nothing
    /// usable is left (a title in a script without ASCII letters).
    static func make(_ title: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in title.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x0300...0x036F).contains(scalar.value) {
            for character in (foldings[scalar] ?? String(scalar)).unicodeScalars {
                if ("a"..."z").contains(character) || ("0"..."9").contains(character) {
                    word.unicodeScalars.append(character)
                } else if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            let longer = slug.isEmpty ? word : slug + "-" + word
            if longer.count > 60 {
                if slug.isEmpty { slug = String(word.prefix(60)) }
                break
            }
            slug = longer
        }
        return slug.isEmpty ? "workshop" : slug
    }

    private static let foldings: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]
}

import Foundation

/// Identifier- and file-name-safe forms of names people type: lower-case ASCII letters, digits and dashes.
public enum Slug {
    /// The slug of a name (`Budget 2027 : l'accueil` → `budget-2027-l-accueil`): accents dropped,
    /// letters such as ß and œ spelled out, words joined by dashes, at most 60 characters cut between
    /// words.
    /// - Parameter fallback: What to return when nothing usable is left (a name in a script without
    ///   ASCII letters).
    public static func make(_ name: String, fallback: String = "workshop") -> String {
        var words: [String] = []
        var word = ""
        for scalar in name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
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
        return slug.isEmpty ? fallback : slug
    }

    private static let foldings: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]
}

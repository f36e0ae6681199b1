import Foundation

/// Words people write for a small set of values (statuses, kinds of carrier), read back whatever
/// their case, accents, apostrophes, hyphens and spacing: `Pas commencée`, `pas commence`,
/// `PAS-COMMENCÉE` are one word.
struct WordTable<Value: Hashable & Sendable>: Sendable {
    private let values: [String: Value]
    /// Words given to two values: a test keeps it empty.
    let conflicts: [String]

    /// A table of every word of every value.
    init(_ words: [(Value, [String])]) {
        var values: [String: Value] = [:]
        var conflicts: [String] = []
        for (value, list) in words {
            for word in list {
                let key = Self.fold(word)
                if let earlier = values.updateValue(value, forKey: key), earlier != value { conflicts.append(word) }
            }
        }
        self.values = values
        self.conflicts = conflicts
    }

    /// The value a word names, if any.
    subscript(_ word: String) -> Value? { values[Self.fold(word)] }

    /// A word as the table compares it: lower-cased, without accents, typographic apostrophes as
    /// plain ones, hyphens and underscores as spaces, runs of white space as one space.
    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" })
            .joined(separator: " ")
    }
}
